"""A mission is an operation only when it is a mission of a sort an operation has (trigger knowledge,
issue 9, events16): alone it is mostly a purpose or an office."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from event_fixtures import events_after_all_stages  # noqa: E402

_DCT = date(2006, 3, 9)


def _kinds(text: str) -> list[str]:
    return [e.kind for e in events_after_all_stages(text, _DCT).events]


@pytest.mark.parametrize("text", [
    "In 2003 the army sent a rescue mission into the flooded valley.",
    "The peacekeeping mission in the border towns ended in 2004.",
])
def test_a_mission_of_a_sort_an_operation_has_is_an_operation(text):
    assert _kinds(text) == ["operation"]


@pytest.mark.parametrize("text", [
    "In 1990 their mission was to teach every child to read.",
    "On Friday thousands of farmers marched to the Freedonian mission.",
    "She came to the valley in 1972 on a mission of goodwill.",
])
def test_a_mission_alone_is_no_operation(text):
    assert "operation" not in _kinds(text)
