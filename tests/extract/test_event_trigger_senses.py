"""A trigger's form in a phrase that tells no event (knowledge/triggers, pos none): a war stopped or
prevented and war as a field, a policy that is a document of terms, a broadcast programme, a host that is
a role, a past participle used as an adjective, membership as a body's roll. The events stay where the
same words tell one."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from event_fixtures import events_with_years  # noqa: E402


def events_of(text: str):
    return events_with_years(text, date(2024, 6, 1))


@pytest.mark.parametrize("text", [
    "In 2019 the navy struck the harbour to stop a war.",
    "By 2019 the laboratory was building new engines of war for the navy.",
    "From 2019 on, chemistry useful in war was shared among the allies.",
    "In 2019 the tribunal heard that the militia had committed war crimes.",
    "In 2019 the provider shut the forum for breaking its acceptable use policies.",
    "In 2019 she bought an insurance policy for the farmhouse.",
    "In 2019 the mayor was a guest on the Evening Live programme.",
    "The breakfast show host slipped to tenth place in 2019.",
    "In 2019 the mayor asked for less than half of the number requested by the council.",
    "In 2019 the camp guards carried out officially sanctioned acts of cruelty.",
    "In 2019 the survey reached 900 painters through artist membership organisations.",
])
def test_trigger_forms_in_phrases_of_no_event_are_no_event(text):
    assert [e.kind for e in events_of(text)] == []


@pytest.mark.parametrize("text, kind", [
    ("In 2019 the two valleys went to war over the river.", "war"),
    ("In 2019 the city hosted the summit of the northern mayors.", "meeting"),
    ("In 2019 the council requested more money for the bridge.", "statement"),
    ("In 2019 the league sanctioned the club for unpaid wages.", "sanction"),
    ("In 2019 the government introduced a new housing policy.", "policy"),
])
def test_the_same_words_telling_an_event_stay(text, kind):
    assert kind in [e.kind for e in events_of(text)]


@pytest.mark.parametrize("text", [
    "In 2019 the judges agreed he was the best pianist of the year.",
    "In 2019 the critics agreed that it was a dull season for opera.",
])
def test_agreeing_in_a_judgement_is_no_agreement(text):
    assert [e.kind for e in events_of(text)] == []


@pytest.mark.parametrize("text", [
    "In 2019 the two firms agreed to merge their shops.",
    "In 2019 the ministers agreed that the troops would leave the valley.",
    "In 2019 the council agreed a new budget.",
])
def test_agreeing_to_act_or_on_a_plan_is_an_agreement(text):
    assert "agreement" in [e.kind for e in events_of(text)]


@pytest.mark.parametrize("text", [
    "In 2019 the Northern Book Awards went to a first novel about a ferry.",
    "In 2019 the novelist signed copies at the Harbour Town Book Fair.",
])
def test_a_trigger_word_inside_a_prize_or_a_fair_is_no_event(text):
    assert "publication" not in [e.kind for e in events_of(text)]


def test_a_book_published_beside_a_prize_name_stays():
    assert "publication" in [e.kind for e in events_of("In 2019 she published a book on the Northern Book Awards.")]
