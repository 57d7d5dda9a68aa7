"""A news-wire dateline's agency ("CITY, Country (Agency) _ ...") filed the story: it takes no part in
what the story's first clause tells, in the events stage nor in the linker."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from timeline_builder.extract import registry
from timeline_builder.extract.events.text import dateline_sources
from timeline_builder.records import Actor, ActorMention, AnnotatedDocument, Document, Event, EventMention, Extraction

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from event_fixtures import events_after_all_stages


@pytest.mark.parametrize("text, agency", [
    ("LIMA, Peru (AP) _ Farmers blocked the main road on Tuesday.", "AP"),
    ("\n\nSANTIAGO (Reuters) --\n\nMiners went on strike on Monday.", "Reuters"),
    ("QUITO, May 3 (Xinhua) -- Ecuador devalued its currency.", "Xinhua"),
    ("LA PAZ, Bolivia (AP)_ The president resigned.", "AP"),
])
def test_the_agency_of_a_dateline_is_found(text, agency):
    assert [text[s:e] for s, e in dateline_sources(text)] == [agency]


@pytest.mark.parametrize("text", [
    "The North Atlantic Treaty Organization (NATO) - which met in May - agreed.",
    "Shares of Andean Mining (AMC) -- the largest firm -- fell.",
    "UN (UNHCR) -- figures rose.",
])
def test_a_bracketed_abbreviation_in_running_text_is_no_dateline(text):
    assert dateline_sources(text) == []


def _linked(text: str, told: str, names: dict[str, tuple[str, str]]) -> set[str]:
    mentions = sorted((ActorMention(a, "d", text.index(n), text.index(n) + len(n), n)
                       for a, (n, _) in names.items()), key=lambda m: m.char_start)
    start = text.index(told)
    event = Event("e", "Farmers Block Road", "other", date(2003, 5, 6), source="text")
    found = Extraction(events=(event,), event_mentions=(EventMention("e", "d", start, len(text), text[start:]),),
                       actor_mentions=tuple(mentions), actors=tuple(Actor(a, n, k) for a, (n, k) in names.items()))
    doc = Document("d", "d.txt", text, "sha", dct=date(2003, 5, 6))
    return {l.actor_id for l in registry.create("link")(AnnotatedDocument(doc, found)).event_actors}


def test_the_linker_takes_no_dateline_agency_as_a_party():
    text = "LIMA, Peru (AP) _ Farmers blocked the main road to Cuzco on Tuesday, the Andean Farmers Union said."
    names = {"associated-press": ("AP", "organization"), "union": ("Andean Farmers Union", "organization")}
    linked = _linked(text, "LIMA", names)  # the clause as the events stage cuts it: from the line start
    assert "associated-press" not in linked
    assert "union" in linked


def test_the_events_stage_takes_no_dateline_agency_as_an_agent():
    text = "LIMA, Peru (AP) _ Leaders of the two unions signed a wage agreement on Friday."
    found = events_after_all_stages(text, date(2003, 5, 6))
    assert found.events, "no event found"
    assert all(l.actor_id != "associated-press" for l in found.event_actors), found.event_actors
    assert all("Associated Press" not in e.name for e in found.events), found.events
