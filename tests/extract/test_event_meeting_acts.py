"""Journeys made to attend a known happening, and what the sentences after a meeting tell of it
(extract/events/dated.py ``_trip_to_attend``, references.py ``during_the_meeting``)."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from event_fixtures import events_after_all_stages

PARADE_DAY = date(2015, 5, 9)  # the knowledge base's day of the 2015 Moscow Victory Day Parade


def events(text: str, dct: date = date(2016, 3, 1)) -> list[tuple[str, str, date | None, date | None, str]]:
    """(name, kind, begin, end, basis) of the events the temporal, actor and events stages find."""
    found = events_after_all_stages(text, dct)
    return sorted((e.name, e.kind, e.date_begin, e.date_end, e.date_basis) for e in found.events)


def text_rows(rows):
    return [r for r in rows if not r[0].startswith("2015 Moscow")]


def test_a_visit_made_to_attend_a_known_one_day_happening_takes_its_day_from_knowledge():
    rows = text_rows(events("The Serbian president paid a visit to Moscow for the Victory Parade in 2015, "
                            "against the advice of Brussels."))
    assert [(kind, begin, end, basis) for _, kind, begin, end, basis in rows] == \
        [("meeting", PARADE_DAY, PARADE_DAY, "knowledge")]


def test_a_journey_beside_a_happening_it_was_not_made_for_keeps_the_text_s_year():
    rows = text_rows(events("Weeks after the Victory Parade in 2015 the Serbian president paid a visit to Berlin."))
    assert all(begin != PARADE_DAY for _, _, begin, _, _ in rows)


def test_acts_during_a_visit_dated_by_knowledge_are_of_its_day_and_basis():
    rows = text_rows(events("The Serbian president paid a visit to Moscow for the Victory Parade in 2015. "
                            "During the visit, the two governments signed a memorandum on energy supplies."))
    signed = [r for r in rows if r[1] == "agreement"]
    assert [(begin, basis) for _, _, begin, _, basis in signed] == [(PARADE_DAY, "knowledge")]


def test_the_sentence_after_a_meeting_s_acts_where_its_subject_also_acts_is_of_the_meeting():
    text = ("The Chilean president paid a state visit to Hanoi in 2016. During the visit, the two sides signed a "
            "fisheries agreement. The Chilean leader also announced a new consulate in Da Nang.")
    rows = events(text)
    announced = [r for r in rows if r[1] == "statement"]
    assert [(begin.year, basis) for _, _, begin, _, basis in announced] == [(2016, "context")]


def test_a_following_sentence_without_also_with_its_own_date_or_in_a_new_paragraph_is_left_alone():
    head = ("The Chilean president paid a state visit to Hanoi in 2016. During the visit, the two sides signed a "
            "fisheries agreement.")
    for tail in (" The Chilean leader announced a new consulate in Da Nang.",
                 " In 2019 the Chilean leader also announced a new consulate in Da Nang.",
                 "\n\nThe Chilean leader also announced a new consulate in Da Nang."):
        statements = [r for r in events(head + tail) if r[1] == "statement"]
        assert all(begin.year != 2016 for _, _, begin, _, _ in statements), tail


def test_a_known_war_the_following_sentence_refers_to_is_not_an_act_of_the_meeting():
    text = ("The Chilean president paid a state visit to Hanoi in 2016. During the visit, the two sides signed a "
            "fisheries agreement. The Chilean leader also recalled the suffering of the Vietnam War.")
    assert not [r for r in events(text) if r[1] == "war" and r[2] is not None and r[2].year == 2016]
