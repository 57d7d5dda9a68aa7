"""A royal title before a name another person of the text bears names another person ("King
Hussein of Jordan" beside "Saddam Hussein"), and a bare "Hussein said" after it is the royal; a
capitalised conjunction after a plural title opens no name ("Kings And Queen", a film)."""
from __future__ import annotations

from datetime import date

from timeline_builder.records import AnnotatedDocument, Document, Extraction


def mentions(extractor, text: str) -> list[tuple[int, str, str]]:
    result = extractor(AnnotatedDocument(Document("t", "t.txt", text, "", dct=date(1990, 8, 16)), Extraction()))
    return sorted((m.char_start, m.text, m.actor_id) for m in result.actor_mentions)


STORY = ("Iraq's Saddam Hussein rejected the demand on Monday. The president then met King Hussein of "
         "Jordan at his ranch. \"We have no other port,\" Hussein said.")


def test_a_king_is_not_the_president_of_the_same_surname(actor_extractor):
    found = mentions(actor_extractor, STORY)
    king = next(actor for start, text, actor in found if start == STORY.index("Hussein of"))
    assert king != "saddam-hussein"
    assert ("Saddam Hussein", "saddam-hussein") in {(text, actor) for _, text, actor in found}


def test_the_bare_surname_that_speaks_after_the_king_is_the_king(actor_extractor):
    found = {start: actor for start, _, actor in mentions(actor_extractor, STORY)}
    assert found[STORY.index("Hussein said")] == found[STORY.index("Hussein of")]


def test_a_lower_case_king_is_a_metaphor(actor_extractor):
    text = "Fans hail comeback king Rowntree. Gary Rowntree scored twice on Saturday."
    found = {start: actor for start, _, actor in mentions(actor_extractor, text)}
    assert found[text.index("Rowntree.")] == found[text.index("Gary Rowntree")]


def test_a_capitalised_conjunction_after_a_plural_title_opens_no_name(actor_extractor):
    text = "Best actors are Tom Vale for Dust, Alan Ross for Kings And Queen, Peter Hale for The Choir."
    assert "And Queen" not in {text for _, text, _ in mentions(actor_extractor, text)}
