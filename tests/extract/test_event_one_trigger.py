"""One event word of one clause read with two dates tells one happening (extract/events/one_trigger.py)."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from timeline_builder.extract.events.candidates import Candidate
from timeline_builder.extract.events.one_trigger import one_row_per_trigger

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from event_fixtures import events_after_all_stages


def _dated(text: str, dct=date(2005, 3, 26)) -> list[tuple[str, date]]:
    found = events_after_all_stages(text, dct).events
    return sorted((e.kind, e.date_begin) for e in found)


@pytest.mark.parametrize("text, rows", [
    # the date next to the event word is its date; "last year" dates the charge
    ("Reed was charged last year in the June 1998 stabbing death of a shopkeeper.", [("death", date(1998, 6, 1))]),
    # the date in the event word's own part of the clause, not the one after the comma
    ("The Danes begin their tour on 4 September at home to Malta and finish it on 12 October 2005, "
     "with the visit of Greece.", [("other", date(2005, 9, 4))]),
])
def test_an_event_word_read_with_two_dates_is_one_event(text, rows):
    assert _dated(text) == rows


@pytest.mark.parametrize("text", [
    "The two leaders met in Oslo in March 1998 and again in Bergen in May 1999.",
    "The two leaders met in Oslo in March 1998 and in Bergen in May 1999.",
])
def test_a_happening_the_clause_says_recurs_keeps_each_date(text):
    assert _dated(text) == [("meeting", date(1998, 3, 1)), ("meeting", date(1999, 5, 1))]


def _cand(kind, begin, anchor, trigger, source="text", span=(0, 80)):
    return Candidate("Council Adopts Plan", kind, span, begin, begin, "day", "text", source, text_anchor=anchor,
                     trigger=trigger)


def test_only_text_events_of_one_clause_and_one_event_word_are_joined():
    text = "On 2 May the council adopted a plan, although on 9 May its mayor objected."
    near = _cand("policy", date(2020, 5, 2), (0, 8), (21, 28))
    far = _cand("policy", date(2020, 5, 9), (46, 54), (21, 28))
    assert one_row_per_trigger([far, near], text) == [near]
    other_word = _cand("policy", date(2020, 5, 9), (46, 54), (64, 72))
    assert one_row_per_trigger([near, other_word], text) == [near, other_word]
    other_clause = _cand("policy", date(2020, 5, 9), (46, 54), (21, 28), span=(0, 40))
    assert one_row_per_trigger([near, other_clause], text) == [near, other_clause]
    said = [_cand("statement", date(2020, 5, 2), (0, 8), (21, 28)),
            _cand("statement", date(2020, 5, 9), (46, 54), (21, 28))]
    assert one_row_per_trigger(said, text) == said  # statements: nonevents.without_twins decides
