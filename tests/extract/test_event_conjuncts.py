"""A date's own coordinated predicate tells its event ("... over three decades and was made a life peer
in 1992"), and elevations to the peerage and knighthoods are appointments."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from timeline_builder.extract import registry
from timeline_builder.records import AnnotatedDocument, Document

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from actor_fixtures import extraction_with_actors
from event_fixtures import year_timex


def _events(text: str, year: int) -> list[tuple[str, str, date]]:
    tx = year_timex(text, str(year), year)
    found = extraction_with_actors(text, {"jane-doe": ("Jane Doe", "person")}, timexes=(tx,))
    doc = Document("d", "d.txt", text, "sha", dct=date(2010, 1, 1))
    return [(e.name, e.kind, e.date_begin) for e in registry.create("events")(AnnotatedDocument(doc, found)).events]


@pytest.mark.parametrize("text, year, name", [
    ("Jane Doe held many posts during her career and became Baroness Doe of Leeds in 1997.", 1997,
     "Elevation of Jane Doe to the Peerage"),
    ("Jane Doe was made a life peer in 2001.", 2001, "Elevation of Jane Doe to the Peerage"),
    ("Jane Doe was knighted in 1999.", 1999, "Knighthood of Jane Doe"),
    ("Jane Doe held several offices and then resigned in 1988.", 1988, "Jane Doe Resigns"),
])
def test_the_date_s_own_conjunct_names_its_event(text, year, name):
    found = _events(text, year)
    assert (name, "appointment" if "Resigns" not in name else "other", date(year, 1, 1)) in found, found


def test_a_conjunct_without_an_event_word_adds_nothing():
    assert _events("Jane Doe held many posts and lived in Leeds in 1997.", 1997) == []


def test_reserving_the_right_to_act_is_a_threat_the_news_reports():
    text = "Moscow has reserved the right to protect Russian speakers in the region."
    found = extraction_with_actors(text, {"russia": ("Moscow", "state")})
    doc = Document("d", "d.txt", text, "sha", dct=date(2020, 1, 10))
    events = registry.create("events")(AnnotatedDocument(doc, found)).events
    assert [(e.kind, e.event_type, e.date_basis) for e in events] == [("statement", "THREATEN", "context")]


def test_at_that_time_reaches_past_a_comment_to_the_last_date_given():
    from timeline_builder.records import Extraction
    text = ("The allies split over the war in 1999. That was a bitter period. At that time, I was still ambassador "
            "to Greece. Nothing else happened. Much later. At that time, I was chief of staff.")
    tx = year_timex(text, "1999", 1999)
    doc = Document("d", "d.txt", text, "sha", dct=date(2010, 1, 1))
    events = registry.create("events")(AnnotatedDocument(doc, Extraction(timexes=(tx,)))).events
    tenures = [(e.name, e.date_begin, e.date_basis) for e in events if e.name.startswith("Author")]
    # the second "at that time" is three sentences past the date: no tenure
    assert tenures == [("Author's Tenure as Ambassador to Greece", date(1999, 1, 1), "context")]


def _with_year(text: str, year: int, actors: dict) -> list[tuple[str, str]]:
    tx = year_timex(text, str(year), year)
    doc = Document("d", "d.txt", text, "sha", dct=date(2016, 1, 1))
    found = extraction_with_actors(text, actors, timexes=(tx,))
    return sorted((e.kind, e.date_basis) for e in registry.create("events")(AnnotatedDocument(doc, found)).events)


def test_a_date_inside_a_known_name_also_dates_another_happening_its_clause_tells():
    actors = {"xi-jinping": ("Xi Jinping", "person"), "russia": ("Moscow", "state")}
    text = "Ties peaked with Xi Jinping's trip to Moscow for the Victory Parade in 2015, which Western leaders shunned."
    # the trip was made for the parade: of the parade's day, a bound from knowledge (dated.py _trip_to_attend)
    assert _with_year(text, 2015, actors) == [("meeting", "knowledge"), ("other", "knowledge")]
    # the known event is only when the rest is measured from, or its clause tells nothing else
    text = "Ever since the Victory Parade in 2015, Xi Jinping has visited Moscow."
    assert ("meeting", "text") not in _with_year(text, 2015, actors)
    assert _with_year("Crowds cheered at the Victory Parade in 2015.", 2015, actors) == [("other", "knowledge")]
