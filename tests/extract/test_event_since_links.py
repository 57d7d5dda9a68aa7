"""A date after "since" runs to the dct, but the known event it may name is one begun in the year
it gives, not any event of the years after (extract/events/dated.py ``_link``)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from timeline_builder.extract import registry
from timeline_builder.records import AnnotatedDocument, Document, Extraction


def known_ids(text: str, dct: date) -> set[str]:
    doc = Document("d", "d.txt", text, "sha", dct=dct, language="en")
    timexes = registry.create("temporal")(AnnotatedDocument(doc, Extraction())).timexes
    actors = registry.create("actors")(AnnotatedDocument(doc, Extraction(timexes=timexes)))
    found = registry.create("events")(AnnotatedDocument(doc, replace(actors, timexes=timexes)))
    return {e.kb_id for e in found.events if e.kb_id}


@pytest.mark.parametrize("text, later", [
    ("Since 1961 our fleets have watched the sea lanes around Cuba and the missiles never came back.",
     "cuban-missile-crisis"),
    ("Since 1959, the two governments have traded insults over Cuba and its invasion by exiles.",
     "bay-of-pigs-invasion"),
])
def test_since_a_year_links_no_known_event_begun_years_later(text, later):
    assert later not in known_ids(text, date(1980, 6, 1))


def test_since_the_year_a_known_event_began_still_links_it():
    text = "Since 1962, when Soviet missiles were found in Cuba, the two powers have kept a hotline open."
    assert "cuban-missile-crisis" in known_ids(text, date(1980, 6, 1))
