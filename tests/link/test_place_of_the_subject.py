"""A state named in a place phrase of the subject ("a bombing in Israel killed 19", "protests across
France grew") says where the act happened; the linker does not make it the act's agent."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from event_fixtures import after_link_stage  # noqa: E402


def _roles(text: str) -> dict[str, str]:
    found, linked = after_link_stage(text, date(2000, 1, 7))
    names = {a.actor_id: a.name for a in found.actors}
    return {names.get(l.actor_id, l.actor_id): l.role for l in found.event_actors + linked.event_actors}


@pytest.mark.parametrize("text, state", [
    ("A bombing in Israel killed 19 people on Monday.", "Israel"),
    ("The floods across Bangladesh killed 300 people on Monday.", "Bangladesh"),
])
def test_a_state_where_the_subject_acted_is_no_agent(text, state):
    roles = _roles(text)
    assert state in roles, roles
    assert roles[state] != "agent", roles


def test_a_state_that_is_the_subject_stays_the_agent():
    roles = _roles("Israel bombed the camp on Monday.")
    assert roles.get("Israel") == "agent", roles
