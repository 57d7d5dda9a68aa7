"""A surname in a list of initials and surnames (a team sheet) is a known person only when the initial fits."""
from __future__ import annotations

from datetime import date

import pytest

from timeline_builder.extract.actors import ActorExtractor
from timeline_builder.records import AnnotatedDocument, Document, Extraction


@pytest.fixture(scope="module")
def extractor() -> ActorExtractor:
    return ActorExtractor()


def found(extractor: ActorExtractor, text: str) -> set[tuple[str, str]]:
    result = extractor(AnnotatedDocument(Document("t", "t.txt", text, "", dct=date(2005, 3, 1)), Extraction()))
    return {(m.text, m.actor_id) for m in result.actor_mentions}


@pytest.mark.parametrize("text", [
    "Substitutes: K Allan, P Hughes, M Blair, D Shaw, R Lyle.",
    "Back row: D. Shaw; M. Blair; R. Lyle.",
    "M Blair, D Shaw and R Lyle all scored tries.",
])
def test_a_listed_initial_that_does_not_fit_is_not_the_known_person(extractor, text):
    assert not any(actor_id == "tony-blair" for _, actor_id in found(extractor, text))


@pytest.mark.parametrize("text", [
    "Guests: K Allan, T Blair, D Shaw.",               # the initial fits
    "In Brussels, M Blair met the other leaders.",    # no list: "M" may be a courtesy title
    "Tony Blair spoke first. Then Blair left.",
])
def test_a_fitting_initial_or_no_list_keeps_the_known_person(extractor, text):
    assert any(actor_id == "tony-blair" for _, actor_id in found(extractor, text))
