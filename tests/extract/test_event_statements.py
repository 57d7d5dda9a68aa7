"""Statements a news story reports without a date of their own are dated by the dct (statements.py)."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from timeline_builder.extract.events.statements import quoted_spans, reported_statements
from timeline_builder.extract.events.text import TextLayout
from timeline_builder.records import ActorMention, Document

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from event_fixtures import year_timex

DCT = date(2011, 6, 3)
PEOPLE = {"anna-berg": "Anna Berg", "tom-hale": "Tom Hale", "city-council": "City Council"}
TYPES = {"anna-berg": "person", "tom-hale": "person", "city-council": "organization"}


def _mentions(text: str, names=("Anna Berg", "Berg", "Tom Hale", "City Council")) -> list[ActorMention]:
    ids = {"Anna Berg": "anna-berg", "Berg": "anna-berg", "Tom Hale": "tom-hale", "City Council": "city-council"}
    out, taken = [], set()
    for name in names:
        start = text.find(name)
        while start >= 0:
            if not any(s <= start < e for s, e in taken):
                out.append(ActorMention(ids[name], "d", start, start + len(name), name))
                taken.add((start, start + len(name)))
            start = text.find(name, start + 1)
    return sorted(out, key=lambda m: m.char_start)


def _statements(text: str, timexes=(), dct=DCT):
    layout = TextLayout(Document("d", "d.txt", text, "sha", dct=dct))
    return reported_statements(layout, _mentions(text), list(timexes), TYPES, PEOPLE, dct)


@pytest.mark.parametrize("sentence", [
    'Mayor Anna Berg said the bridge would reopen "within weeks".',
    "Anna Berg, the mayor, told reporters the bridge was safe.",
    'Opposition leader Tom Hale called the plan "a disgrace".',
    "The City Council said it regretted the delay.",
    'Anna Berg has paid tribute to the engineers.',
    "The City Council has announced a review of the contract.",
    "Tom Hale condemns the closure as reckless.",
])
def test_an_undated_reported_statement_is_dated_by_the_dct(sentence):
    found = _statements("The bridge closed. " + sentence)
    assert len(found) == 1
    cand = found[0]
    assert (cand.kind, cand.date_begin, cand.date_end, cand.date_basis) == ("statement", DCT, DCT, "context")
    assert cand.actors[0][1] == "agent"


def test_he_said_after_a_quotation_is_the_last_speakers_statement():
    text = 'Tom Hale said he was shocked. "Nobody warned us," he said.'
    found = _statements(text)
    assert [c.actors[0][0] for c in found] == ["tom-hale", "tom-hale"]
    assert len({c.name for c in found}) == 1  # one event with two mentions


def test_a_date_inside_the_quotation_does_not_date_the_statement():
    text = 'Anna Berg said: "When I first came here in 1990 the river was clean."'
    found = _statements(text, [year_timex(text, "1990", 1990)])
    assert [(c.date_begin, c.date_basis) for c in found] == [(DCT, "context")]


@pytest.mark.parametrize("text, year", [
    ("Anna Berg said in 1998 that the bridge was unsafe.", 1998),  # dated by its own clause
    ("In 1998 Anna Berg opened the bridge. Berg said it would last a century.", 1998),  # narrated past
])
def test_a_statement_of_another_time_is_not_the_news(text, year):
    assert _statements(text, [year_timex(text, str(year), year)]) == []


@pytest.mark.parametrize("text", [
    "As Anna Berg said, bridges are promises.",  # a citation
    "Anna Berg once said that bridges are promises.",
    "Anna Berg had said nothing about the costs.",
    "Tom Hale called for an inquiry.",  # a request, not a statement
    "Anna Berg announced the bridge plan and won the vote.",  # simple past of announcing tells history too
    '"He said nothing," Tom Hale wrote.',  # 'he said' inside a quotation, no reporting verb after the name
    "Nobody knows what he said.",  # 'he said' with no speaker before it
])
def test_citations_and_other_times_are_not_statements(text):
    assert _statements(text) == []


def test_no_dct_no_statement():
    assert _statements("Anna Berg said the bridge was safe.", dct=None) == []


def test_a_quotation_left_open_runs_to_the_end_of_its_paragraph():
    text = 'He said: "First part.\n\n"Second part." Then more.'
    spans = quoted_spans(text)
    assert spans[0] == (9, 21)
    assert text[spans[1][0]:spans[1][1]] == '"Second part."'


def test_a_past_figure_quoted_is_no_news():
    text = 'Anna Berg said: "Bridges are promises."'
    layout = TextLayout(Document("d", "d.txt", text, "sha", dct=DCT))
    assert reported_statements(layout, _mentions(text), [], TYPES, PEOPLE, DCT, lambda a: a == "anna-berg") == []
    assert len(reported_statements(layout, _mentions(text), [], TYPES, PEOPLE, DCT, lambda a: False)) == 1


def test_the_knowledge_base_makes_a_long_retired_president_a_past_figure():
    from timeline_builder.extract import registry

    extractor = registry.create("events")
    assert extractor._past_figure("harry-s-truman", date(1990, 1, 1))
    assert not extractor._past_figure("harry-s-truman", date(1950, 1, 1))


@pytest.mark.parametrize("text", [
    "I disagree with what Tom Hale said about the bridge.",
    "I said the bridge was safe.",
])
def test_what_someone_said_and_the_speakers_own_words_are_not_news(text):
    layout = TextLayout(Document("d", "d.txt", text, "sha", dct=DCT))
    mentions = _mentions(text)
    if text.startswith("I "):
        mentions = [ActorMention("anna-berg", "d", 0, 1, "I")]
    assert reported_statements(layout, mentions, [], TYPES, PEOPLE, DCT) == []


def test_two_stories_reporting_one_speaker_on_one_day_keep_two_statement_events():
    import hashlib

    from timeline_builder.extract import registry
    from timeline_builder.records import Actor, AnnotatedDocument, Extraction

    ids = []
    for doc_id, text in (("a", 'Tom Hale said the budget was "a disgrace".'), ("b", 'Tom Hale said the strike was "regrettable".')):
        found = Extraction(actor_mentions=(ActorMention("tom-hale", doc_id, 0, 8, "Tom Hale"),),
                           actors=(Actor("tom-hale", "Tom Hale", "person"),))
        sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
        events = registry.create("events")(AnnotatedDocument(Document(doc_id, doc_id + ".txt", text, sha, dct=DCT), found)).events
        ids += [e.event_id for e in events if e.kind == "statement"]
    assert len(ids) == 2 and ids[0] != ids[1]
