"""Given names from a public first-name list (cues/given_names.tsv) make a pair of capitalised
words a person with no title or verb of saying; the words the list leaves out (places, peoples,
brands) do not."""
from __future__ import annotations

from datetime import date

import pytest

from timeline_builder.records import AnnotatedDocument, Document, Extraction


def typed(extractor, text: str) -> dict[str, str]:
    result = extractor(AnnotatedDocument(Document("t", "t.txt", text, "", dct=date(2005, 3, 1)), Extraction()))
    types = {a.actor_id: a.type for a in result.actors}
    return {m.text: types[m.actor_id] for m in result.actor_mentions}


@pytest.mark.parametrize("text, person", [
    ("The prize went to Imelda Farrowby, ahead of two older rivals.", "Imelda Farrowby"),
    ("In the second round he meets Orlando Pikeworth on clay.", "Orlando Pikeworth"),
    ("The club has signed Marlon Devereaux-Lyle from a rival.", "Marlon Devereaux-Lyle"),
    ("Tickets for Lindy Marchetti sold out in an hour.", "Lindy Marchetti"),
])
def test_a_listed_given_name_makes_a_person(actor_extractor, text, person):
    assert typed(actor_extractor, text).get(person) == "person"


@pytest.mark.parametrize("text, name", [
    ("Sales of the Mac Mini rose in the spring.", "Mac Mini"),
    ("Shares in Fannie Mae fell on Tuesday.", "Fannie Mae"),
    ("The report counted Roma families in the region.", "Roma"),
    ("The race was won by Scot Ewan Dunmore.", "Scot Ewan Dunmore"),
])
def test_words_the_list_leaves_out_make_no_person(actor_extractor, text, name):
    assert typed(actor_extractor, text).get(name) != "person"
