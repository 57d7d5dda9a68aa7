"""A series the text dates from "since" a date to now ("Every prime minister since 1997 has tried
to ...") is a run of real events, not a habit; an attempt ("sought to", "tried to") is an event
word of its own (kind policy)."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from timeline_builder.records import Document

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from event_fixtures import unasserted_words


@pytest.mark.parametrize("text, date_text, asserted", [
    ("Every Spanish premier since 1996 has tried to settle the quarrel over Gibraltar.", "1996", True),
    ("Every Spanish premier since 1996 has visited Rabat.", "1996", True),
    # a habit: "every" over a unit of time
    ("Every winter since 1996 the fleets have exercised together off Norway.", "1996", False),
    ("Every year since 1996 the fleets have exercised together off Norway.", "1996", False),
    # no "since": a habit, not a dated run
    ("Every Spanish premier in 1996 visited Rabat.", "1996", False),
    # not the present perfect
    ("Every Spanish premier since 1996 visits Rabat.", "1996", False),
])
def test_every_over_a_series_dated_since_a_date_in_the_present_perfect_is_asserted(text, date_text, asserted):
    assert (unasserted_words(text, date_text) == []) is asserted, unasserted_words(text, date_text)


def _events(pipeline, text: str, dct: date = date(2014, 3, 21)):
    found = pipeline(Document("d", "d.txt", text, "sha-" + text, dct=dct))
    return [(e.kind, e.date_begin, e.date_basis) for e in found.events]


@pytest.mark.parametrize("text, expected", [
    # an attempt over a series since a date: from that date, by context
    ("Each Spanish government since 1996 has sought to settle the quarrel over Gibraltar with Britain.",
     ("policy", date(1996, 1, 1), "context")),
    # an attempt on a date of its own
    ("In 2003 the European Union tried to mediate between Spain and Britain.",
     ("policy", date(2003, 1, 1), "text")),
])
def test_an_attempt_is_an_event(pipeline, text, expected):
    assert expected in _events(pipeline, text), _events(pipeline, text)


def test_a_habit_over_time_units_is_still_no_event(pipeline):
    assert _events(pipeline, "Every winter since 1996 the two fleets have exercised together off Norway.") == []
