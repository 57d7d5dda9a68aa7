"""A phrase of the ``not_actors`` cue list ("Latin America", "New York") is a lexicon entry of
kind "block" with no actor id. The rules that ask what a looked-up word names must skip it:
before, a blocked word as an organisation's qualifier, a title's "of" state or a citation's
source raised ``KeyError: ''`` and the document lost every actor and link."""
from __future__ import annotations

from datetime import date

import pytest

from timeline_builder.extract.actors import ActorExtractor
from timeline_builder.records import AnnotatedDocument, Document


@pytest.fixture(scope="module")
def extractor() -> ActorExtractor:
    return ActorExtractor()


def run(extractor: ActorExtractor, text: str):
    return extractor(AnnotatedDocument(Document("t", "t.txt", text, "", dct=date(2006, 5, 2))))


def _ids(found, surface: str) -> set[str]:
    return {m.actor_id for m in found.actor_mentions if m.text == surface}


@pytest.mark.parametrize("text, long, short", [
    ("The Latin America Trade Council met. The Trade Council said exports grew.",
     "Latin America Trade Council", "Trade Council"),
    ("The Middle East Peace Forum met in June. Later the Peace Forum said talks would resume.",
     "Middle East Peace Forum", "Peace Forum"),
])
def test_a_blocked_qualifier_names_no_parent(extractor, text, long, short):
    # aliases._merge_unqualified: the qualifier is no state or organisation, so the two names stay
    # two organisations (as for any qualifier that is no parent), and nothing is lost.
    found = run(extractor, text)
    assert _ids(found, long) and _ids(found, short)
    assert _ids(found, long) != _ids(found, short)


def test_a_blocked_qualifier_leaves_the_other_actors_of_the_text(extractor):
    text = ("The Latin America Trade Council met in Lima. The Trade Council said exports grew. "
            "Mr Ortega, its chairman, said Peru would sign.")
    found = run(extractor, text)
    assert _ids(found, "Peru")
    assert {a.type for a in found.actors if a.actor_id in _ids(found, "Peru")} == {"state"}


def test_a_title_of_a_blocked_place_resolves_to_no_one(extractor):
    # titles._titles: "of South America" names no state; the title is not resolved, nothing fails.
    found = run(extractor, "On 3 May 2005 the president of South America said France would help.")
    assert _ids(found, "France")
    assert not any(a.actor_id == "" for a in found.actors)
