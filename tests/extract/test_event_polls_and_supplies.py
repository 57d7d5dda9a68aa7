"""Opinion polls are no election and supply as a noun of goods or of a market is no act of supplying
(knowledge/triggers, pos none); an election and an act of supplying stay."""
from __future__ import annotations

import re
from datetime import date

import pytest

from timeline_builder.extract import registry
from timeline_builder.records import AnnotatedDocument, Document, Extraction, Timex


def events_of(text: str):
    timexes = tuple(Timex("d", m.start(), m.end(), m.group(0), "DATE", m.group(0), None,
                          date(int(m.group(0)), 1, 1), date(int(m.group(0)), 12, 31), "year")
                    for m in re.finditer(r"\d{4}", text))
    doc = Document("d", "d.txt", text, "sha", dct=date(2024, 6, 1))
    return registry.create("events")(AnnotatedDocument(doc, Extraction(timexes=timexes))).events


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
