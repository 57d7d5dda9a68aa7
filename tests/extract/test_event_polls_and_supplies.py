"""Opinion polls are no election and supply as a noun of goods or of a market is no act of supplying
(knowledge/triggers, pos none); an election and an act of supplying stay."""
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
    "Successive national polls in 2019 put the governor well ahead of his rivals.",
    "In 2019 the senator was far behind in the polls among young voters.",
    "Steel prices hit a record in 2019 because of supply bottlenecks at the ports.",
    "In 2019 cheap labour was in short supply across the region.",
    "The cold winter of 2019 depleted our supplies of heating oil.",
])
def test_polls_and_supplies_that_are_no_act_are_no_event(text):
    assert [e.kind for e in events_of(text)] == []


@pytest.mark.parametrize("text, kind", [
    ("In 2019 voters went to the polls to choose a new parliament.", "election"),
    ("In 2019 the firm supplied the army with new radios.", "policy"),
])
def test_elections_and_supplying_stay(text, kind):
    assert kind in [e.kind for e in events_of(text)]
