"""An age before a pair of capitalised words ("18-year-old Aiden Roe") makes a person, unless the
words modify a noun for a person after them ("a 24-year-old Santa Rosa man")."""
from __future__ import annotations

from datetime import date

import pytest

from timeline_builder.records import AnnotatedDocument, Document, Extraction


def typed(extractor, text: str) -> dict[str, str]:
    result = extractor(AnnotatedDocument(Document("t", "t.txt", text, "", dct=date(2005, 3, 1)), Extraction()))
    types = {a.actor_id: a.type for a in result.actors}
    return {m.text: types[m.actor_id] for m in result.actor_mentions}


@pytest.mark.parametrize("text, person", [
    ("He has lost his place to 18-year-old Tamsin Quarrie this season.", "Tamsin Quarrie"),
    ("Last spring, 8-year-old Jorvik Allandale went missing near the farm.", "Jorvik Allandale"),
])
def test_an_age_before_a_name_makes_a_person(actor_extractor, text, person):
    assert typed(actor_extractor, text).get(person) == "person"


def test_words_between_an_age_and_a_noun_for_a_person_are_no_person(actor_extractor):
    text = "An unnamed 24-year-old Santa Rosa man was hurt in the crash."
    assert typed(actor_extractor, text).get("Santa Rosa") != "person"
