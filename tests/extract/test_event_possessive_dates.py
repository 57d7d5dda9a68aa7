"""A date word in the possessive ("today's crisis", "last week's summit") dates the noun phrase it
governs: that phrase is its event, and another date of the clause does not take it."""
from __future__ import annotations

from datetime import date

import pytest

from timeline_builder.extract.events.dated import own_dated_nouns
from timeline_builder.records import Document

DCT = date(2014, 3, 21)


def _events(pipeline, text: str):
    found = pipeline(Document("d", "d.txt", text, "sha-" + text[:30], dct=DCT))
    return {(e.name, e.date_begin, e.date_end, e.date_basis) for e in found.events}


@pytest.mark.parametrize("text, anchor, owned", [
    ("They spoke of the 1998 accord and of yesterday's vote in parliament.", "1998", ["vote in parliament"]),
    ("Beyond the feuds of the 1970s and today's crisis over the border, little is left.", "the 1970s", ["crisis over the border"]),
    # the anchor's own phrase is not left out of its own event
    ("Last week's summit in Riga ended without a deal.", "Last week", []),
    ("This year's disruption of the Ho Chi Minh Trail will save lives.", "lives", ["disruption of the Ho Chi Minh Trail"]),
])
def test_a_possessive_date_owns_its_noun_phrase(text, anchor, owned):
    at = text.find(anchor)
    spans = own_dated_nouns(text, (0, len(text)), (at, at + len(anchor)))
    assert [text[s:e] for s, e in spans] == owned


def test_each_date_of_a_clause_dates_its_own_event(pipeline):
    found = _events(pipeline, "The ministers recalled the 1998 accord and yesterday's vote in parliament.")
    assert ("1998 Accord", date(1998, 1, 1), date(1998, 12, 31), "text") in found, found
    assert ("Vote in Parliament", date(2014, 3, 20), date(2014, 3, 20), "context") in found, found


def test_today_in_the_possessive_is_the_dct(pipeline):
    found = _events(pipeline, "Today's talks in Geneva were cut short by the delegates.")
    assert ("Talks in Geneva", DCT, DCT, "context") in found, found


def test_a_decade_and_today_in_a_list_are_no_range(pipeline):
    found = _events(pipeline, "The rivals have moved beyond the quarrels of the 1970s and today's crisis over the islands.")
    crises = [(begin, end) for name, begin, end, _ in found if "Crisis" in name]
    assert crises == [(DCT, DCT)], found


def test_any_before_an_event_word_names_no_happening(pipeline):
    found = _events(pipeline, "In 2013 the diplomats warned that any reset would fail.")
    assert not any("Reset" in name for name, _, _, _ in found), found


@pytest.mark.parametrize("text", [
    "The expectations of today's visitors are higher than ever, and the staff kept pace with their demands.",
    "In today's wars, many more civilians are killed than soldiers.",
    "The lasting answer to today's problems is steady growth, not new reforms.",
])
def test_today_s_world_is_the_present_not_a_happening(pipeline, text):
    assert not any(begin == DCT for _, begin, _, _ in _events(pipeline, text)), _events(pipeline, text)
