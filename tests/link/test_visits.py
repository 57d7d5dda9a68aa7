"""A visit happens where it goes: its place, and the state it goes to as a participant."""
from __future__ import annotations

from datetime import date

import pytest

from timeline_builder.build.pipeline import Pipeline
from timeline_builder.records import Document


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def run(pipeline, text: str):
    found = pipeline(Document("t", "t.txt", text, "", dct=date(2016, 1, 1)))
    names = {e.event_id: e.name for e in found.events}
    links = {(names[l.event_id], l.actor_id): (l.role, text[l.char_start:l.char_end]) for l in found.event_actors}
    return {e.name: e for e in found.events}, links


def test_a_visit_to_a_capital_takes_place_there_and_the_host_state_takes_part(pipeline):
    events, links = run(pipeline, "Peru and Chile trade a lot. In March 1990, the Chilean foreign minister paid a "
                                  "visit to Lima to open a bridge.")
    visit = next(e for name, e in events.items() if "Lima" in name)
    assert (visit.kind, visit.place, visit.place_country) == ("meeting", "Lima", "PER")
    assert links[(visit.name, "peru")] == ("participant", "Lima")


def test_talks_held_in_a_city_make_no_host(pipeline):
    # a venue is no party: only a visit's destination is its host
    events, links = run(pipeline, "Peru is a neutral host. In March 1990, Chile and Bolivia held talks in Lima.")
    talks = [e for e in events.values() if e.kind == "meeting"]
    assert talks and talks[0].place == "Lima"
    assert all((e.name, "peru") not in links for e in talks)
