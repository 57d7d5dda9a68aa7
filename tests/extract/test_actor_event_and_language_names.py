"""Event names and names of a language: a person before "for the X Cup" stays a person; a
tournament named after a state ("US Open", event_heads.tsv) and a demonym before a noun of
language ("a Spanish version", language_nouns.tsv) are no mention of the state."""
from __future__ import annotations

from datetime import date

import pytest

from timeline_builder.records import AnnotatedDocument, Document, Extraction


def typed(extractor, text: str) -> dict[str, str]:
    result = extractor(AnnotatedDocument(Document("t", "t.txt", text, "", dct=date(2005, 3, 1)), Extraction()))
    types = {a.actor_id: a.type for a in result.actors}
    return {m.text: types[m.actor_id] for m in result.actor_mentions}


@pytest.mark.parametrize("text, person", [
    ("She will partner Daniela Korvath for the Winter Cup doubles.", "Daniela Korvath"),
    ("He picked Gareth Pryce for the Nations Open final.", "Gareth Pryce"),
])
def test_a_person_before_for_and_an_event_stays_a_person(actor_extractor, text, person):
    assert typed(actor_extractor, text).get(person) == "person"


@pytest.mark.parametrize("text, state", [
    ("The US Open champion lost in the first round.", "US"),
    ("She won the French Open and then the Australian Open title.", "French"),
    ("She won the French Open and then the Australian Open title.", "Australian"),
])
def test_a_tournament_named_after_a_state_is_no_mention_of_it(actor_extractor, text, state):
    assert state not in typed(actor_extractor, text)


@pytest.mark.parametrize("text, state", [
    ('"We shall not give way," said a Spanish version of the letter.', "Spanish"),
    ("An English translation of the memoir appeared a year later.", "English"),
    ("Most German speakers in the valley voted for the plan.", "German"),
])
def test_a_demonym_before_a_noun_of_language_names_the_language(actor_extractor, text, state):
    assert state not in typed(actor_extractor, text)


def test_a_demonym_before_other_nouns_still_names_its_state(actor_extractor):
    assert typed(actor_extractor, "Spanish troops left the base in May.").get("Spanish") == "state"
