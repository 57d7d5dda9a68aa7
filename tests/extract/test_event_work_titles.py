"""A creative work's genre word and title are no event words (knowledge/nonevents scope ``work``,
extract/events/nonevents._work_words); the clause's own acts around them stay."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from timeline_builder.extract.events.nonevents import unasserted_spans
from timeline_builder.knowledge.nonevents import load_nonevent_cues

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from event_fixtures import events_with_timexes, year_timexes

CUES = load_nonevent_cues()
DCT = date(2024, 6, 1)


def events_of(text: str):
    return events_with_timexes(text, DCT, year_timexes(text))


@pytest.mark.parametrize("text", [
    "In 2019 the singer recorded the song We Meet Again with a choir.",
    "In 2019 he turned to protest songs with a new album.",
    "In 2011 the director shot the comedy Attack of the Aunts in a week.",
])
def test_a_work_s_title_or_genre_holds_no_event_word(text):
    assert events_of(text) == ()


@pytest.mark.parametrize("text, kind", [
    ("In 2019 the leaders signed the treaty and watched the film Peace Talks Now.", "agreement"),
    ("In 2019 the two leaders met in Paris.", "meeting"),
    ("In 2019 the singer met the band before the film premiere.", "meeting"),
])
def test_acts_beside_a_work_stay(text, kind):
    assert [e.kind for e in events_of(text)] == [kind]


def test_the_reach_is_the_word_before_the_noun_and_the_capitalised_title_after_it():
    text = "They sang protest songs and the ballad Never Surrender Now at the rally."
    spans = [text[s:e] for s, e in unasserted_spans(CUES, text, (0, len(text)), None)]
    assert "protest " in spans and "Never Surrender Now" in spans
    assert not any("rally" in s for s in spans)


def test_a_capitalised_word_before_the_noun_names_the_work_s_makers_not_its_genre():
    text = "In 2019 the Peace Pact Aid song went straight to number one."
    spans = [text[s:e] for s, e in unasserted_spans(CUES, text, (0, len(text)), None)]
    assert not any("Aid" in s for s in spans)
