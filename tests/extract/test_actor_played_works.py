"""Full names written as works: after a noun of works and a comma, before a film's credits, where an actor plays a part."""
from __future__ import annotations

from datetime import date

import pytest

from timeline_builder.extract.actors import ActorExtractor
from timeline_builder.records import AnnotatedDocument, Document, Extraction


@pytest.fixture(scope="module")
def extractor() -> ActorExtractor:
    return ActorExtractor()


def people(extractor: ActorExtractor, text: str) -> set[str]:
    result = extractor(AnnotatedDocument(Document("t", "t.txt", text, "", dct=date(2005, 3, 1)), Extraction()))
    types = {a.actor_id: a.type for a in result.actors}
    return {m.text for m in result.actor_mentions if types[m.actor_id] == "person"}


@pytest.mark.parametrize("text, work", [
    ("The score is by the composer of the touring stage musical, Billy Crane. It opens in May.", "Billy Crane"),
    ("She made her screen debut in 1971 in Molly Grange, directed by Peter Hale.", "Molly Grange"),
    ("Her first film, Sarah Lund, starring Ann Ross, opens today.", "Sarah Lund"),
    ("Ann Ross plays a weary nurse in Molly Grange, while Tom Vale stars as her son.", "Molly Grange"),
    ("He won for playing a broke gambler in Danny Sable.", "Danny Sable"),
])
def test_a_full_name_written_as_a_work_is_no_person(extractor, text, work):
    assert work not in people(extractor, text)


@pytest.mark.parametrize("text, person", [
    ("Peter Hale, starring in the remake, said he was tired.", "Peter Hale"),
    ("She appeared in court with Peter Hale on Monday.", "Peter Hale"),
    ("The director of the musical, Peter Hale, said it would close.", "Peter Hale"),
    ("He plays a role in Peter Hale's new film.", "Peter Hale"),
])
def test_people_near_works_stay_people(extractor, text, person):
    assert person in people(extractor, text)
