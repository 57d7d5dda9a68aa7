"""Phrases holding "back" or "host" that name no backing and no hosting (knowledge/triggers, pos none)."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from event_fixtures import events_with_years


def events_of(text: str):
    return events_with_years(text, date(2024, 6, 1))


@pytest.mark.parametrize("text", [
    "In 2019 the guard was hit in the back by a stone.",
    "In 2019 the shop grew on the back of strong winter sales.",
    "In 2019 the team lost a host of senior players.",
])
def test_a_back_or_a_host_that_is_no_act_is_no_event(text):
    assert events_of(text) == ()


@pytest.mark.parametrize("text, kind", [
    ("In 2019 the senators backed the new budget.", "policy"),
    ("In 2019 the city hosted a summit of regional leaders.", "meeting"),
])
def test_backing_and_hosting_stay(text, kind):
    assert kind in [e.kind for e in events_of(text)]
