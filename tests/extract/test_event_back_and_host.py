"""Phrases holding "back" or "host" that name no backing and no hosting (knowledge/triggers, pos none)."""
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
