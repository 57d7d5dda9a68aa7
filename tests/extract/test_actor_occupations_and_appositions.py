"""Occupations before a name make a person (cues/person_titles.tsv); an apposition's title that
introduces another name, or a participle's clause, gives the name before the comma no role."""
from __future__ import annotations

from datetime import date

import pytest

from timeline_builder.records import AnnotatedDocument, Document, Extraction


def typed(extractor, text: str) -> dict[str, str]:
    result = extractor(AnnotatedDocument(Document("t", "t.txt", text, "", dct=date(2005, 3, 1)), Extraction()))
    types = {a.actor_id: a.type for a in result.actors}
    return {m.text: types[m.actor_id] for m in result.actor_mentions}


@pytest.mark.parametrize("text, person", [
    ("The album was mixed by engineer Tarquin Vollard in a week.", "Tarquin Vollard"),
    ("The sequel comes from producer Kenzo Hamasaki and a new cast.", "Kenzo Hamasaki"),
    ("On stage was the guitarist Osvin Trell with his old band.", "Osvin Trell"),
    ("The match was stopped by referee Ulmar Brekke after an hour.", "Ulmar Brekke"),
])
def test_an_occupation_before_an_unlisted_given_name_makes_a_person(actor_extractor, text, person):
    assert typed(actor_extractor, text).get(person) == "person"


@pytest.mark.parametrize("text, name", [
    # the title in the apposition introduces another person's name
    ("The critic wrote for Silver Screen Weekly, a view shared by the singer Tom Vale.", "Silver Screen Weekly"),
    ("We honour our Pioneer Settlers, an author named Hale and a printer named Ross.", "Pioneer Settlers"),
    # a participle opens a clause, no apposition
    ("The prize went to Northern Lanterns, beating the studio's young actress at the last.", "Northern Lanterns"),
])
def test_an_apposition_that_names_someone_else_gives_no_person(actor_extractor, text, name):
    assert typed(actor_extractor, text).get(name) != "person"


def test_an_apposition_relating_the_name_to_another_person_still_describes_it(actor_extractor):
    text = "The partners were left out, with Ferris Quade, Mr Hale's former deputy, suing in 2001."
    assert typed(actor_extractor, text).get("Ferris Quade") == "person"


def test_limited_ends_a_company_name(actor_extractor):
    text = "The show was made by the TV producer Brightwater Vision Limited."
    assert typed(actor_extractor, text).get("Brightwater Vision Limited") == "organization"
