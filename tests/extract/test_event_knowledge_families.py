"""Known events of more families found by the names and paraphrases writers use for them."""
from __future__ import annotations

from datetime import date

import pytest

from timeline_builder.extract import registry
from timeline_builder.records import AnnotatedDocument, Document, Extraction


def _events(text: str, dct=date(2025, 7, 1)) -> dict:
    doc = Document("d", "d.txt", text, "sha", dct=dct)
    return {e.event_id: e for e in registry.create("events")(AnnotatedDocument(doc, Extraction())).events}


@pytest.mark.parametrize("sentence, event_id, begin", [
    ("Chinese and Soviet troops fought on Damansky Island.", "damansky-island-incident", date(1969, 3, 2)),
    ("The Zhenbao Island incident shocked Moscow.", "damansky-island-incident", date(1969, 3, 2)),
    ("Xi Jinping watched the Victory Parade in 2025 beside his host.", "moscow-victory-parade-2025", date(2025, 5, 9)),
    ("The 2020 Victory Day parade was held in June.", "moscow-victory-parade-2020", date(2020, 6, 24)),
    ("The Obama administration's reset soon faltered.", "russian-reset", date(2009, 2, 7)),
    ("Both powers oversaw the removal of Syria's chemical weapons.", "syria-chemical-weapons-deal", date(2013, 9, 14)),
])
def test_known_events_are_found_by_the_names_writers_use(sentence, event_id, begin):
    events = _events(sentence)
    assert event_id in events, sorted(events)
    assert events[event_id].date_begin == begin


def test_the_border_conflict_of_1969_is_not_its_first_clash():
    events = _events("The Sino-Soviet border conflict lasted until September.")
    assert "sino-soviet-border-conflict" in events and "damansky-island-incident" not in events
