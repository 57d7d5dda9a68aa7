"""A term in office read from a title is done by its holder and by the state whose office it is
(agents, as the event knowledge's terms list them); a party or other body an office belongs to
takes part in it, and so does the state of a seat in its legislature (actors/cues/seats.tsv: a
senator). The events stage's links stand (the linker does not redo a pair it has)."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from actor_fixtures import events_found  # noqa: E402

ACTORS = {"james-baker": ("James Baker", "person"), "united-states": ("United States", "state"),
          "madeleine-albright": ("Madeleine Albright", "person"), "hugh-gaitskell": ("Hugh Gaitskell", "person"),
          "labour-party": ("Labour Party", "organization"), "sam-nunn": ("Sam Nunn", "person")}


def _term_roles(text: str, dct: date) -> dict[tuple[str, str], str]:
    found = events_found(text, dct, ACTORS)
    terms = {e.event_id: e.name for e in found.events if e.kind == "term"}
    return {(terms[l.event_id], l.actor_id): l.role for l in found.event_actors if l.event_id in terms}


def test_a_former_officials_tenure_has_him_and_his_state_as_agents():
    roles = _term_roles("The museum in the United States invited former secretary of state James Baker to "
                        "open its new wing.", dct=date(2010, 3, 1))
    assert roles, "no tenure found"
    assert {r for (name, actor), r in roles.items() if actor == "james-baker"} == {"agent"}, roles
    assert {r for (name, actor), r in roles.items() if actor == "united-states"} == {"agent"}, roles


def test_a_tenure_said_of_a_person_has_its_holder_as_agent():
    roles = _term_roles("Madeleine Albright, who served as secretary of state, spoke to the graduates on "
                        "Friday.", dct=date(2012, 5, 4))
    holders = {r for (name, actor), r in roles.items() if actor == "madeleine-albright"}
    assert holders == {"agent"}, roles


def test_a_party_leadership_has_the_party_taking_part_not_acting():
    roles = _term_roles("The Labour Party archive holds letters of former party leader Hugh Gaitskell to "
                        "his constituents.", dct=date(2001, 1, 1))
    assert {r for (name, actor), r in roles.items() if actor == "hugh-gaitskell"} == {"agent"}, roles
    assert {r for (name, actor), r in roles.items() if actor == "labour-party"} == {"participant"}, roles


def test_a_senators_tenure_has_the_state_taking_part_not_acting():
    roles = _term_roles("The museum in the United States invited former senator Sam Nunn to open its new "
                        "wing.", dct=date(2010, 3, 1))
    assert {r for (name, actor), r in roles.items() if actor == "sam-nunn"} == {"agent"}, roles
    assert {r for (name, actor), r in roles.items() if actor == "united-states"} == {"participant"}, roles
