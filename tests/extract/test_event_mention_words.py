"""A treaty's expiry is mentioned by the treaty's name and the words of its ending, not from the
start of a clause that may tell of something else first."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from timeline_builder.extract import registry
from timeline_builder.records import AnnotatedDocument, Document

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from actor_fixtures import extraction_with_actors


def _mentions(text: str, dct: date) -> dict[str, list[str]]:
    doc = Document("d", "d.txt", text, "sha", dct=dct)
    found = registry.create("events")(AnnotatedDocument(doc, extraction_with_actors(text, {})))
    names = {e.event_id: e.name for e in found.events}
    out: dict[str, list[str]] = {}
    for m in found.event_mentions:
        out.setdefault(names[m.event_id], []).append(text[m.char_start:m.char_end])
    return out


def test_an_expiry_is_mentioned_from_the_treaty_s_name_to_its_ending():
    text = "The only arms control pact still standing, the New START treaty, is due to expire in under two years."
    found = _mentions(text, date(2024, 6, 1))
    assert found["Expiry of the New START Treaty"] == ["New START treaty, is due to expire"]
    assert found["New START Treaty"] == ["New START treaty"]


def test_an_ending_word_before_the_name_starts_the_mention():
    found = _mentions("Diplomats in Geneva fear the expiry of New START.", date(2024, 6, 1))
    assert found["Expiry of the New START Treaty"] == ["expiry of New START"]


def test_a_death_in_a_life_span_is_mentioned_by_its_closing_year_and_the_life_by_the_whole():
    text = "A tribute to the diplomat Ivan Petrovich Sidorov (1921-2003) appeared in a journal."
    found = _mentions(text, date(2024, 6, 1))
    assert found["Life of Ivan Petrovich Sidorov"] == ["Ivan Petrovich Sidorov (1921-2003)"]
    assert found["Death of Ivan Petrovich Sidorov"] == ["2003"]
