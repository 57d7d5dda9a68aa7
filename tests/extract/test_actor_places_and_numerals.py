"""Names that are no people: an event's name ending in a Roman numeral, where a journey goes, the pronoun I."""
from __future__ import annotations

from datetime import date

import pytest

from timeline_builder.extract.actors import ActorExtractor
from timeline_builder.records import AnnotatedDocument, Document, Extraction


@pytest.fixture(scope="module")
def extractor() -> ActorExtractor:
    return ActorExtractor()


def typed(extractor: ActorExtractor, text: str) -> set[tuple[str, str]]:
    result = extractor(AnnotatedDocument(Document("t", "t.txt", text, "", dct=date(2005, 3, 1)), Extraction()))
    types = {a.actor_id: a.type for a in result.actors}
    return {(m.text, types[m.actor_id]) for m in result.actor_mentions}


@pytest.mark.parametrize("text", [
    "Her grandfather was gassed in World War I. He never spoke of it.",
    "The plays run from the Tudor age to the Great War I. Each had a new cast.",
    "Veterans of the Gulf War II. Some still suffer.",
])
def test_an_event_name_ending_in_a_roman_numeral_is_no_person(extractor, text):
    assert not any(kind == "person" for _, kind in typed(extractor, text))


def test_a_numeral_after_a_name_joined_by_a_connector_is_left_to_the_inner_name(extractor):
    # "President Garfield in World War I": the president stays a person.
    found = typed(extractor, "President Garfield in World War I. He served.")
    assert ("Garfield", "person") in found or ("President Garfield", "person") in found


def test_a_regnal_numeral_still_ends_a_persons_name(extractor):
    assert ("Henry V.", "person") in typed(extractor, "The play's hero, King Henry V. He wins.")


@pytest.mark.parametrize("text, place", [
    ("On a visit to San Marcos, his former wife met the mayor.", "San Marcos"),
    ("After his move to Oak Ridge, his manager, Ms Lowe, said little.", "Oak Ridge"),
    ("On a trip to Fort Collins, his brother found work.", "Fort Collins"),
])
def test_where_a_journey_goes_is_no_person(extractor, text, place):
    assert not any(surface == place for surface, _ in typed(extractor, text))


def test_a_journey_to_a_person_with_a_given_name_keeps_the_person(extractor):
    assert ("Peter Hume", "person") in typed(extractor, "On a visit to Peter Hume, the envoy said nothing.")


@pytest.mark.parametrize("text", [
    "They were the most loyal of any group I spoke with.",
    "It is the only bank I trust with my savings.",
])
def test_the_pronoun_after_a_kind_of_organisation_is_no_organisation(extractor, text):
    assert not any(surface == "I" for surface, _ in typed(extractor, text))


def test_a_kind_of_organisation_before_a_name_still_names_one(extractor):
    assert ("Harbour Trust", "organization") in typed(extractor, "The campaign group Harbour Trust objected.")


@pytest.mark.parametrize("text, place", [
    ("Two weeks ago in Port Elgin, I warned General Moss that we would act.", "Port Elgin"),
    ("Leaving Glen Cove, he met Senator Hale at the airport.", "Glen Cove"),
])
def test_a_clause_after_the_comma_is_no_apposition(extractor, text, place):
    # a subject pronoun opens a clause: the title after it gives the name before the comma no role
    assert not any(surface == place for surface, _ in typed(extractor, text))


def test_an_apposition_with_a_title_still_makes_a_person(extractor):
    assert ("Anna Lisle", "person") in typed(extractor, "Yesterday Anna Lisle, the new Senator for Ohio, spoke.")


@pytest.mark.parametrize("text, journal", [
    ("Writing in the journal Marsh Notes, the researchers said so.", "Marsh Notes"),
    ('"Prices rose," said Ann Roe, editor of film journal Reel Weekly.', "Reel Weekly"),
])
def test_a_name_after_journal_is_a_publication(extractor, text, journal):
    assert (journal, "organization") in typed(extractor, text)


def test_a_name_before_a_new_quotation_is_no_citation_author(extractor):
    # a sentence's words before the name: a quotation follows, no bibliography entry
    text = 'He added: "We rested over Easter and Loch Orchy. "It was too short," he said.'
    assert not any(surface == "Loch Orchy" for surface, _ in typed(extractor, text))


def test_a_bibliography_entry_still_names_its_authors(extractor):
    text = 'Sources\nMarta Quill and Tobin Ashe. "Harbour Trade in 1850." Port Review, 2001.'
    # the author before the period, after the names of the authors before it
    assert ("Tobin Ashe", "person") in typed(extractor, text)
    assert ("Ann Bell", "person") in typed(extractor, 'Notes\n3. Ann Bell. \u201cDocks at Night.\u201d Port Review, 2001.')
