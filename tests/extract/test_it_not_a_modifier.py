""""It" stands for the head of a noun phrase, never for a name that only modifies a noun after an article
("the British shoe market"): a firm no actor names said it, not the state."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from actor_fixtures import events_after_all_stages  # noqa: E402


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
