"""A visit happens where it goes: its place, and the state it goes to as a participant."""
from __future__ import annotations

from datetime import date

import pytest

from timeline_builder.records import Document


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


def test_a_visit_to_a_state_named_by_its_short_alias_makes_the_state_its_host(pipeline):
    # "US" is the actor knowledge's alias of the state whose display name is the event's place
    events, links = run(pipeline, "Mexico and Spain met often. In 1999 the Spanish king ended his visit to the US.")
    visit = next(e for e in events.values() if e.kind == "meeting")
    assert (visit.place, visit.place_country) == ("United States", "USA")
    assert links[(visit.name, "united-states")] == ("participant", "US")


def test_the_presidents_visit_to_the_us_is_hosted_not_done_by_the_us(pipeline):
    events, links = run(pipeline, "The US and France are allies. In March 1990, the French president's visit to "
                                  "the US ended with a trade deal.")
    visit = next(e for e in events.values() if e.kind == "meeting")
    assert links[(visit.name, "united-states")] == ("participant", "US")
    assert links[(visit.name, "france")][0] == "agent"


def test_a_trip_to_britain_is_hosted_by_the_united_kingdom(pipeline):
    # "Britain" is an alias of the state stored as "United Kingdom"
    events, links = run(pipeline, "Britain and Peru signed a pact. In May 1991, the Peruvian minister made a trip "
                                  "to Britain to sign it.")
    trip = next(e for e in events.values() if e.kind == "meeting")
    assert trip.place == "United Kingdom"
    assert links[(trip.name, "united-kingdom")] == ("participant", "Britain")


def test_a_two_letter_alias_is_no_place_after_a_bare_in(pipeline):
    # only a visit's destination reads a two-letter alias as a place
    events, _ = run(pipeline, "Chile and Bolivia are neighbours. In March 1990, Chile and Bolivia held talks in US "
                              "dollars terms.")
    assert all(e.place != "United States" for e in events.values())


@pytest.mark.parametrize("text", [
    "Chile and Bolivia are neighbours. In March 1990, Chile and Bolivia held talks in the US.",
    "Chile and Bolivia are neighbours. In March 1990, Chile and Bolivia held talks in the U.S. on trade.",
])
def test_a_short_alias_after_in_the_is_a_place(pipeline, text):
    # the article makes "US" a place's name; "U.S." ends at its own full stop
    events, _ = run(pipeline, text)
    talks = [e for e in events.values() if e.kind == "meeting"]
    assert talks and all((e.place, e.place_country) == ("United States", "USA") for e in talks)
