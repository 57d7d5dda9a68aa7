"""How an event's ``date_basis`` is chosen: a known event whose whole interval its clause states is
dated by the text (``text``; where the text gives less, ``knowledge``), and "since 1992" in the
present perfect runs to the dct (``context``)."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from timeline_builder.extract import registry
from timeline_builder.records import AnnotatedDocument, Document, Timex

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from actor_fixtures import extraction_with_actors


def _known(text: str, expression: str, begin: date, end: date, granularity: str, event_id: str):
    start = text.index(expression)
    tx = Timex("d", start, start + len(expression), expression, "DATE", str(begin), None, begin, end, granularity)
    doc = Document("d", "d.txt", text, "sha", dct=date(2014, 3, 21))
    events = registry.create("events")(AnnotatedDocument(doc, extraction_with_actors(text, {}, timexes=(tx,)))).events
    return next(e for e in events if e.event_id == event_id)


@pytest.mark.parametrize("text, expression, begin, end, granularity, basis", [
    # the day of a one-day event, stated in full: the text dates it
    ("Blair stood with Bush after the terrorist attacks of September 11, 2001, in New York.",
     "September 11, 2001", date(2001, 9, 11), date(2001, 9, 11), "day", "text"),
    # only the year of it: the day comes from knowledge
    ("Putin offered help after the September 11 attacks in 2001.",
     "2001", date(2001, 1, 1), date(2001, 12, 31), "year", "knowledge"),
])
def test_a_known_event_is_text_dated_only_when_its_clause_states_its_whole_interval(text, expression, begin, end,
                                                                                    granularity, basis):
    event = _known(text, expression, begin, end, granularity, "september-11-attacks")
    assert (event.date_begin, event.date_basis) == (date(2001, 9, 11), basis), event
    if basis == "text":
        assert event.text_date == expression


def _text_events(text: str, dct: date = date(2014, 3, 21)):
    from timeline_builder.records import Extraction

    doc = Document("d", "d.txt", text, "sha", dct=dct, language="en")
    found = registry.create("temporal")(AnnotatedDocument(doc, Extraction()))
    return [(e.date_begin, e.date_end, e.date_basis) for e in registry.create("events")(AnnotatedDocument(doc, found)).events]


@pytest.mark.parametrize("text, expected", [
    # the start is the text's, the end the dct's
    ("Russia has occupied the island since 1964.", (date(1964, 1, 1), date(2014, 3, 21), "context")),
    # a stated year alone is the text's
    ("Russia occupied the island in 1964.", (date(1964, 1, 1), date(1964, 12, 31), "text")),
])
def test_since_a_date_up_to_the_dct_is_dated_by_context(text, expected):
    assert expected in _text_events(text), _text_events(text)


def _terms(text: str, actors: dict[str, tuple[str, str]], dct: date = date(2014, 3, 21)):
    from timeline_builder.records import Extraction

    doc = Document("d", "d.txt", text, "sha", dct=dct, language="en")
    timexes = registry.create("temporal")(AnnotatedDocument(doc, Extraction())).timexes
    found = extraction_with_actors(text, actors, timexes=timexes)
    return {(e.event_id, e.date_basis, e.text_date) for e in registry.create("events")(AnnotatedDocument(doc, found)).events
            if e.kind == "term"}


def test_a_term_its_clause_says_began_in_a_year_is_that_year_made_precise_by_knowledge():
    found = _terms("After four years as prime minister, Putin was elected in 2012 for a third term.",
                   {"vladimir-putin": ("Putin", "person"), "dmitry-medvedev": ("Medvedev", "person")})
    assert any(basis == "knowledge" and text_date == "2012" for _, basis, text_date in found), found


def test_a_term_named_as_a_period_keeps_context_though_its_clause_dates_another_event():
    found = _terms("This happened during the Reagan administration, which pursued a confrontational policy "
                   "in the early 1980s.", {"ronald-reagan": ("Reagan", "person")})
    assert found and all(basis == "context" for _, basis, _ in found), found


def test_a_known_event_a_deictic_date_states_is_dated_by_context():
    text = "The September 11 attacks happened today, the president said."
    start = text.index("today")
    tx = Timex("d", start, start + 5, "today", "DATE", "2001-09-11", None, date(2001, 9, 11), date(2001, 9, 11), "day")
    doc = Document("d", "d.txt", text, "sha", dct=date(2001, 9, 11))
    events = registry.create("events")(AnnotatedDocument(doc, extraction_with_actors(text, {}, timexes=(tx,)))).events
    attacks = next(e for e in events if e.event_id == "september-11-attacks")
    assert (attacks.date_basis, attacks.text_date) == ("context", "today")
