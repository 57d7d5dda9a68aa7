"""A known war, conflict or operation is fought by the parties its knowledge lists: a clause that
merely brings it up makes no outsider its agent; a listed party, or a person of a listed state, stays."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from event_fixtures import after_link_stage

DCT = date(2024, 6, 1)


def links(text: str) -> dict[str, dict[str, str]]:
    """kb id (or name) of each event -> actor id -> role, of the links both the events stage (its clause
    reading's agent and target) and the link stage made."""
    found, linked = after_link_stage(text, DCT)
    names = {e.event_id: e.kb_id or e.name for e in found.events}
    out: dict[str, dict[str, str]] = {}
    for link in found.event_actors + linked.event_actors:
        out.setdefault(names[link.event_id], {})[link.actor_id] = link.role
    return out


def test_leaders_of_states_outside_an_invasion_are_not_its_agents():
    found = links("Joe Biden and Xi Jinping have shaped the Russian invasion of Ukraine since 2022.")
    parties = found["russian-invasion-of-ukraine"]
    assert "joe-biden" not in parties and "xi-jinping" not in parties
    assert parties.get("russia") == "agent" and parties.get("ukraine") == "target"


def test_states_and_alliances_that_opposed_a_war_are_not_its_agents():
    found = links("In 2003 Russia and NATO opposed the Iraq War.")
    assert not {"russia", "nato"} & set(found.get("iraq-war", {}))


def test_a_leader_of_a_listed_party_stays_the_agent():
    parties = links("Tony Blair took Britain into the Iraq War in 2003.")["iraq-war"]
    assert parties.get("tony-blair") == "agent"
    assert parties.get("united-kingdom") == "agent"


def test_events_that_are_not_fought_keep_their_clause_agents():
    found = links("In 2023 Emmanuel Macron met Olaf Scholz in Berlin.")
    assert any(roles.get("emmanuel-macron") == "agent" for roles in found.values())


def test_the_force_an_operation_is_named_after_stays_its_agent():
    assert links("KFOR has kept the peace in Kosovo since 1999.")["kfor"].get("kfor") == "agent"


def test_a_people_of_a_listed_state_stays_the_agent():
    found = links("In the late 1980s Americans finally won the Cold War.")
    assert found["cold-war"].get("americans") == "agent"
