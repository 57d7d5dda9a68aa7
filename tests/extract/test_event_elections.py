"""National elections as knowledge: "the YEAR election" and "the YEAR presidential election" name the
election of a state the sentence or the document names, and the knowledge's polling days are right."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from timeline_builder.extract import registry
from timeline_builder.knowledge.events import load_event_knowledge
from timeline_builder.records import AnnotatedDocument, Document

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from actor_fixtures import extraction_with_actors  # noqa: E402

PEOPLE = {"vladimir-putin": ("Putin", "person"), "francois-hollande": ("Hollande", "person"),
          "barack-obama": ("Obama", "person"), "united-kingdom": ("Britain", "state"),
          "united-states": ("America", "state")}


def _elections(text: str, dct: date) -> set[str]:
    present = {k: v for k, v in PEOPLE.items() if v[0] in text}
    doc = Document("d", "d.txt", text, "sha", dct=dct)
    events = registry.create("events")(AnnotatedDocument(doc, extraction_with_actors(text, present))).events
    return {e.event_id for e in events if e.kind == "election"}


@pytest.mark.parametrize("text, expected", [
    ("Putin won the 2012 presidential election after months of protest.", {"russian-presidential-election-2012"}),
    ("Hollande won the 2012 presidential election on a promise of growth.", {"french-presidential-election-2012"}),
    ("Obama won the 2012 presidential election.", {"us-presidential-election-2012"}),
    # the sentence names nobody: the party the document names decides
    ("Obama spoke in Ohio. Turnout in the 2012 presidential election was high.", {"us-presidential-election-2012"}),
])
def test_an_election_several_states_held_that_year_is_the_one_of_the_party_named(text, expected):
    assert _elections(text, date(2013, 1, 1)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Britain's Labour party won the 2005 election with a smaller majority.", {"uk-general-election-2005"}),
    ("America went to the polls again after the 2004 election.", {"us-presidential-election-2004"}),
    ("Nobody here remembers the 2005 election.", set()),  # whose election, the document does not say
    ("America's 2018 midterms gave the House to the opposition.", {"us-midterm-elections-2018"}),
])
def test_the_year_election_names_the_election_of_a_state_the_document_names(text, expected):
    assert _elections(text, date(2019, 1, 1)) == expected


def test_us_presidential_and_midterm_elections_fall_on_the_statutory_day():
    """The Tuesday after the first Monday of November, every four years (midterms two years apart)."""
    kb = load_event_knowledge(())
    us = [e for e in kb.events.values() if e.event_id.startswith(("us-presidential-election-", "us-midterm-elections-"))]
    years = {e.date_begin.year for e in us if "presidential" in e.event_id}
    assert set(range(1848, 2025, 4)) <= years
    for e in us:
        assert e.date_begin.month == 11 and 2 <= e.date_begin.day <= 8 and e.date_begin.weekday() == 1, e.event_id
        assert e.date_begin.year % 4 == (0 if "presidential" in e.event_id else 2), e.event_id
