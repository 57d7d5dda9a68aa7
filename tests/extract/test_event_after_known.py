"""A happening told as coming "after" a known event whose date the text gives is an event of its
own, dated from that event's day to the dct; a date right after a known name is that event's
date, not the date of the clause the name is related to."""
from __future__ import annotations

from datetime import date

import pytest

from timeline_builder.records import Document


def _events(pipeline, text: str, dct: date) -> list[tuple[str, date | None, date | None, str]]:
    found = pipeline(Document("d", "d.txt", text, "sha-" + text[:20], dct=dct))
    return [(e.name, e.date_begin, e.date_end, e.date_basis) for e in found.events]


@pytest.mark.parametrize("text", [
    "Hu Jintao offered Chinese assistance to the Spanish police after the Madrid train bombings of March 2004.",
    # the act is the one after the subordinate opener, not the sentence's first words
    "The fourth thaw came at Beijing's urging, when Hu Jintao offered Chinese assistance to the hunt for the "
    "plotters following the Madrid train bombings of March 2004.",
])
def test_an_act_after_a_dated_known_event_is_dated_from_it(pipeline, text):
    found = _events(pipeline, text, date(2014, 3, 21))
    later = [e for e in found if "Assistance" in e[0]]
    # from the known day of the bombings (not the first of the month: that day is knowledge's) to the dct
    assert later == [(later[0][0], date(2004, 3, 11), date(2014, 3, 21), "knowledge")], found
    assert not later[0][0].startswith("The Fourth Thaw"), later


def test_a_date_after_a_known_name_is_not_the_related_clause_s_date(pipeline):
    text = "Sweden joined the alliance in 2024 after the Russian invasion of Ukraine in February 2022."
    found = _events(pipeline, text, date(2024, 6, 1))
    sweden = [(begin, end) for name, begin, end, _ in found if "Sweden" in name]
    assert sweden == [(date(2024, 1, 1), date(2024, 12, 31))], found


def test_the_clause_s_own_date_still_dates_it(pipeline):
    found = _events(pipeline, "In 1967, after the Six-Day War, Egypt expelled the observers.", date(2000, 1, 1))
    assert any("Egypt" in name and begin == date(1967, 1, 1) for name, begin, _, _ in found), found


def test_following_a_likeness_is_no_happening_it_came_after(pipeline):
    text = ("Some officials hope that Tokyo and Seoul can be kept apart, following a scenario reminiscent of "
            "the quarrels of 50 years ago, but the hope is vain.")
    found = _events(pipeline, text, date(2020, 5, 1))
    assert not any(end == date(2020, 5, 1) and basis == "context" and begin and begin.year < 1980
                   for _, begin, end, basis in found), found


def test_a_day_without_its_year_that_names_a_known_event_means_that_event(pipeline):
    text = "After September 11, the government deployed special forces to hunt the terrorists."
    found = _events(pipeline, text, date(2004, 5, 1))
    assert ("September 11 attacks", date(2001, 9, 11), date(2001, 9, 11), "knowledge") in found, found
    # the act after it runs from that day to the dct; nothing is dated by the day's last passing
    assert any(begin == date(2001, 9, 11) and end == date(2004, 5, 1) and basis == "knowledge"
               for _, begin, end, basis in found), found
    assert not any(begin == date(2003, 9, 11) for _, begin, _, _ in found), found


@pytest.mark.parametrize("text, day", [
    # no word of the known event's name or cues: the day's last passing before the dct
    ("On September 11, the minister met his French counterpart in Paris.", date(2004, 9, 11)),
    # the year is said: the text's date stands
    ("On September 11, 2004, gunmen attacked a bus depot in the capital.", date(2004, 9, 11)),
])
def test_a_day_is_left_as_the_text_dates_it_without_evidence_or_with_a_year(pipeline, text, day):
    found = _events(pipeline, text, date(2004, 10, 1))
    assert any(begin == day for _, begin, _, _ in found), found
    assert not any(name == "September 11 attacks" for name, _, _, _ in found), found


def test_a_day_the_text_states_in_full_keeps_the_context_basis(pipeline):
    text = "Hu Jintao offered Chinese assistance to the Spanish police after the Madrid train bombings of 11 March 2004."
    later = [e for e in _events(pipeline, text, date(2014, 3, 21)) if "Assistance" in e[0]]
    assert [(begin, basis) for _, begin, _, basis in later] == [(date(2004, 3, 11), "context")], later


def test_since_a_day_alone_that_temporal_dates_as_the_known_event(pipeline):
    # temporal gives "since September 11" the event's own year; the events stage still links the known event
    text = "Since September 11, the police have hunted the terrorists across the region."
    found = _events(pipeline, text, date(2004, 5, 1))
    assert ("September 11 attacks", date(2001, 9, 11), date(2001, 9, 11), "knowledge") in found, found
    assert not any(begin == date(2003, 9, 11) for _, begin, _, _ in found), found


def test_a_day_alone_is_its_named_event_before_a_neighbour_of_that_day(pipeline):
    # a known event of the next day (a resolution about the attacks) is not what "since September 11" names
    text = "Since September 11, law enforcement agencies have cooperated more closely to find the terrorists."
    found = _events(pipeline, text, date(2003, 2, 1))
    assert ("September 11 attacks", date(2001, 9, 11), date(2001, 9, 11), "knowledge") in found, found
    assert not any("Resolution" in name for name, _, _, _ in found), found


def test_a_clause_dated_by_a_day_whose_year_knowledge_gave_has_the_knowledge_basis(pipeline):
    # the year of "September 11" told in 2004 is neither the text's nor the dct's (SCHEMA: basis knowledge)
    text = "In the days just after September 11, the minister signed an order to close the border."
    found = _events(pipeline, text, date(2004, 5, 1))
    assert [(begin, basis) for _, begin, _, basis in found] == [(date(2001, 9, 11), "knowledge")], found


def test_a_day_named_by_its_month_and_year_keeps_the_text_basis(pipeline):
    text = "On September 11, 2003, the minister signed an order to close the border."
    found = _events(pipeline, text, date(2004, 5, 1))
    assert [(begin, basis) for _, begin, _, basis in found] == [(date(2003, 9, 11), "text")], found
