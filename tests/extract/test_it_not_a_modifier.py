""""It" stands for the head of a noun phrase, never for a name that only modifies a noun after an article
("the British shoe market"): a firm no actor names said it, not the state; and "It is not known whether"
stands for nothing named."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from event_fixtures import events_after_all_stages


def _statement_agents(text: str) -> set[str]:
    found = events_after_all_stages(text, date(1989, 10, 30))
    said = {e.event_id for e in found.events if e.kind == "statement"}
    return {l.actor_id for l in found.event_actors if l.event_id in said and l.role == "agent"}


def test_it_is_not_a_state_named_as_a_modifier():
    text = ("Zarnets, which holds 30% of the British shoe market, would raise the number of its stores. "
            "It has said it hopes to control 5% of the shoe business in the U.S. by 1992.")
    assert "united-kingdom" not in _statement_agents(text)


def test_it_still_stands_for_a_state_that_heads_its_sentence():
    text = "Peru cut taxes in May. It has said it hopes to control 5% of the shoe business in the U.S. by 1992."
    assert "peru" in _statement_agents(text)


def test_an_it_that_stands_for_what_follows_names_no_agent():
    # "It is not known whether ...": the "it" is no body named before, so no state released anyone
    text = ("Peru told the two men in a letter that they would be arrested if they came back.\n\n"
            "It is not known whether the other two men released from the Lima prison camp in January have "
            "also had such letters.")
    found = events_after_all_stages(text, date(2005, 1, 1))
    released = {e.event_id for e in found.events if "Releas" in e.name}
    assert released, [e.name for e in found.events]
    assert not any(l.event_id in released and l.role == "agent" for l in found.event_actors), found.event_actors


def test_it_is_not_a_state_named_after_a_possessive():
    text = ("Zarnets, which holds 30% of the British shoe market, would raise the number of its U.S. stores to "
            "450 from 360. It has said it hopes to control 5% of the shoe business in the U.S. by 1992.")
    assert not _statement_agents(text) & {"united-states", "united-kingdom"}
