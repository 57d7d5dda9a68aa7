"""What a sentence tells happened under, during, early in or late in a term in office it names is an
event of the term's days (or of its first or last year), basis context."""
from __future__ import annotations

from datetime import date

import pytest

from timeline_builder.extract.events.term_acts import _act_part
from timeline_builder.records import Document

DCT = date(2015, 6, 1)


def _text_events(pipeline, text: str):
    found = pipeline(Document("d", "d.txt", text, "sha-" + text[:40], dct=DCT))
    return {(e.name, e.date_begin, e.date_end, e.date_basis) for e in found.events if e.kind != "term"}


def test_an_act_during_a_named_administration_takes_its_days(pipeline):
    found = _text_events(pipeline, "During the Obama administration, Washington expelled two Venezuelan diplomats.")
    assert any(begin == date(2009, 1, 20) and end == date(2017, 1, 20) and basis == "context" and "Expel" in name
               for name, begin, end, basis in found), found


def test_the_end_of_a_presidency_is_its_last_year(pipeline):
    text = "At the end of Jimmy Carter's presidency, the two governments signed a grain accord in Ottawa."
    found = _text_events(pipeline, text)
    assert any(begin.year == 1980 and end == date(1981, 1, 20) for _, begin, end, _ in found), found


def test_early_in_a_term_is_its_first_year(pipeline):
    found = _text_events(pipeline, "Early in the Clinton administration, Washington imposed sanctions on Khartoum.")
    assert any(begin == date(1993, 1, 20) and end.year == 1994 for _, begin, end, _ in found), found


def test_a_sentence_with_its_own_date_is_dated_by_it(pipeline):
    found = _text_events(pipeline, "Under the Obama administration, in 2011, Washington expelled two Venezuelan diplomats.")
    assert not any(begin == date(2009, 1, 20) for _, begin, _, _ in found), found


def test_a_term_without_an_event_word_gives_nothing(pipeline):
    assert _text_events(pipeline, "The economy was quite calm under the Blair government.") == set()


@pytest.mark.parametrize("text, lead, term, act", [
    ("Under Reagan, the navy sank two Iranian frigates.", "Under", "Reagan", "the navy sank two Iranian frigates"),
    ("Tariffs on steel were raised during the Bush years.", "during", "Bush years", "Tariffs on steel were raised"),
    ("The third thaw, late in Nixon's presidency, produced a trade pact.", "late in", "Nixon's presidency",
     "The third thaw, late in Nixon's presidency, produced a trade pact"),
    # the term phrase in the middle of a clause, no commas: not the act's date
    ("Critics attacked the cost of the prison system under Blair.", "under", "Blair", None),
    ("Exports under the Bush years were strong and grew.", "under", "Bush years", None),
])
def test_the_act_is_the_rest_of_the_sentence(text, lead, term, act):
    end = text.find(term) + len(term)
    found = _act_part(text, (0, len(text)), text.find(lead), end)
    assert (text[found[0]:found[1]] if found else None) == act


@pytest.mark.parametrize("act, linked", [
    # soldiers sent where a known deployment began during the tenure: that deployment
    ("As defence secretary, he deployed extra soldiers to Londonderry.", True),
    # a meeting in that city is no deployment
    ("As defence secretary, he met shipyard workers in Londonderry.", False),
])
def test_an_act_in_office_that_tells_a_known_event_is_that_event(pipeline, act, linked):
    text = "Denis Healey ran the ministry for six years. " + act
    found = pipeline(Document("d", "d.txt", text, "sha-" + act[:40], dct=date(2012, 5, 1)))
    banner = [e for e in found.events if e.event_id == "operation-banner"]
    assert bool(banner) == linked, [(e.name, e.date_begin) for e in found.events]
    if linked:
        assert banner[0].date_basis == "knowledge" and banner[0].date_begin == date(1969, 8, 14)
