"""Brackets that continue a clause (a list of names, a spelled-out abbreviation) belong to it; a
bracketed aside with a verb or a date of its own is a clause apart."""
from __future__ import annotations

from datetime import date

import pytest

from timeline_builder.extract.events.text import TextLayout, continues_clause
from timeline_builder.records import Document


@pytest.mark.parametrize("content, continues", [
    ("the Interior Ministry and the border police", True),
    ("Labour, the Greens and Plaid Cymru", True),
    ("Organisation for Economic Co-operation and Development", True),
    ("the former name of Myanmar", True),
    ("1934-2011", False),  # a life span dates its own aside
    ("in 1998", False),
    ("March", False),  # a corrected month
    ("then the Home Secretary", False),
    ("which the minister later denied", False),
    ("it was her second visit", False),
    ("see below", False),
    ("officials disputed the figure", False),
    ("", False),
])
def test_which_bracket_contents_continue_a_clause(content, continues):
    assert continues_clause(content) is continues


def _clause_of(text: str, word: str) -> str:
    layout = TextLayout(Document("d", "d.txt", text, "s"))
    at = text.index(word)
    start, end = layout.clause(at, at + len(word))
    return text[start:end]


@pytest.mark.parametrize("text, word, clause", [
    # the bodies listed in brackets stay in the clause, and so does what follows them
    ("Last spring the two states signed accords on policing (the Interior Ministry and the border police) "
     "and on customs.", "signed",
     "Last spring the two states signed accords on policing (the Interior Ministry and the border police) "
     "and on customs."),
    ("The deal was struck by three parties (Labour, the Greens and Plaid Cymru) after a week of talks.",
     "struck",
     "The deal was struck by three parties (Labour, the Greens and Plaid Cymru) after a week of talks."),
    # an aside with a verb or a date is cut off, on either side
    ("The envoy resigned in 2009 (a decision he later regretted) and went home.", "resigned",
     "The envoy resigned in 2009"),
    ("The painter (1934-2011) opened a school in Lyon.", "opened", "opened a school in Lyon."),
])
def test_a_clause_keeps_brackets_that_continue_it(text, word, clause):
    assert _clause_of(text, word) == clause


def _mentions(pipeline, text: str) -> list[str]:
    found = pipeline(Document("d", "d.txt", text, "sha-" + text, dct=date(2020, 1, 1)))
    return [text[m.char_start:m.char_end] for m in found.event_mentions]


def test_the_mention_of_an_event_keeps_the_parties_listed_in_brackets_after_it(pipeline):
    text = ("In the spring of 2019 the two governments signed agreements on the work of their police forces "
            "(the Interior Ministry of Ruritania and the State Security Bureau of Freedonia).")
    mentions = _mentions(pipeline, text)
    assert any("State Security Bureau of Freedonia)" in m for m in mentions), mentions


def test_the_mention_of_an_event_leaves_out_an_aside_after_it(pipeline):
    text = "In the spring of 2019 the two governments signed a treaty on fishing (the talks had lasted a decade)."
    mentions = _mentions(pipeline, text)
    assert mentions and not any("lasted" in m for m in mentions), mentions
