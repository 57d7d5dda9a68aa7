"""A dated clause is linked to a known election only where the document names one of its parties
(extract/events/dated.py ``_link``, ``party_named``): the generic words of voting ("voters", "the
polls") fit every country's election of that year."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from event_fixtures import events_after_all_stages


def known_ids(text: str, dct: date = date(2005, 1, 1)) -> set[str]:
    return {e.kb_id for e in events_after_all_stages(text, dct).events if e.kb_id}


@pytest.mark.parametrize("text", [
    "The council warned that thousands of voters dropped off the register in Leeds when a new form came in in 2002.",
    "Turnout among students at the polls was low in 2002, the union's survey of Leeds campuses found.",
])
def test_voting_words_in_a_story_naming_none_of_an_election_s_parties_link_no_election(text):
    assert not any("election" in event_id for event_id in known_ids(text))


def test_the_same_words_where_the_document_names_the_country_link_its_election():
    text = "French voters went to the polls in 2002 and many stayed away in the first round."
    assert "french-presidential-election-2002" in known_ids(text)
