"""A firm named after its founder ("parts maker Robert Vane") is named again by the surname alone."""
from __future__ import annotations

from datetime import date

import pytest

from timeline_builder.extract.actors import ActorExtractor
from timeline_builder.records import AnnotatedDocument, Document, Extraction


@pytest.fixture(scope="module")
def extractor() -> ActorExtractor:
    return ActorExtractor()


def mentions(extractor: ActorExtractor, text: str) -> list[tuple[str, str, str]]:
    result = extractor(AnnotatedDocument(Document("t", "t.txt", text, "", dct=date(2005, 3, 1)), Extraction()))
    info = {a.actor_id: (a.type, a.name) for a in result.actors}
    return [(m.text, *info[m.actor_id]) for m in result.actor_mentions]


def test_the_surname_alone_names_the_firm(extractor):
    found = mentions(extractor, "The carmaker blamed German parts maker Robert Vane. It wants damages from Vane "
                                "for the faulty Vane pumps.")
    assert [m for m in found if m[0] == "Vane"] == [("Vane", "organization", "Robert Vane")] * 2


@pytest.mark.parametrize("text", [
    # a person of that surname keeps it
    "Parts maker Robert Vane cut jobs. Union leader Ann Vane said the cuts were wrong; Vane called a strike.",
    # a courtesy title makes the surname a person's
    "Parts maker Robert Vane cut jobs. Mr Vane, its founder, said little.",
    # the end of another name
    "Parts maker Robert Vane cut jobs. A painting by Hieronymus Vane was sold.",
])
def test_the_surname_stays_a_persons_or_unnamed(extractor, text):
    assert not any(m[0] == "Vane" and m[1] == "organization" for m in mentions(extractor, text))


def test_a_name_ending_in_a_head_gives_no_short_form(extractor):
    found = mentions(extractor, "Law firm Warren Court won the case. The Court of Appeal agreed.")
    assert not any(m[0] == "Court" for m in found)
