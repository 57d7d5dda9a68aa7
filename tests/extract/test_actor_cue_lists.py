"""The actor stage's word lists of kinship nouns, nouns for one person, royal titles, capitalised
conjunctions, post-nominal letters, nouns of works and the words that tell a firm (its kinds,
studies, parts, products and jobs) are knowledge files (knowledge/actors/cues/), which a user
folder passed with ``--knowledge`` extends."""
from __future__ import annotations

from datetime import date

import pytest

from timeline_builder.extract.actors import ActorExtractor
from timeline_builder.knowledge.actors import load_actor_knowledge
from timeline_builder.records import AnnotatedDocument, Document, Extraction


def extract(extractor: ActorExtractor, text: str):
    return extractor(AnnotatedDocument(Document("t", "t.txt", text, "", dct=date(2004, 5, 1)), Extraction()))


def names(extractor: ActorExtractor, text: str) -> set[str]:
    return {m.text for m in extract(extractor, text).actor_mentions}


def types(extractor: ActorExtractor, text: str) -> dict[str, str]:
    return {a.actor_id: a.type for a in extract(extractor, text).actors}


def user_folder(tmp_path, file: str, header: str, *words: str):
    cues = tmp_path / "actors" / "cues"
    cues.mkdir(parents=True)
    (cues / file).write_text(f"# my words\n{header}\n" + "".join(f"{w}\n" for w in words), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(("stem", "word"), [("kin_nouns", "widow"), ("person_nouns", "teenager"),
                                            ("royal_titles", "crown prince"), ("name_conjunctions", "And"),
                                            ("post_nominals", "QC"), ("work_nouns_before", "single"),
                                            ("work_nouns_after", "trilogy"), ("work_nouns_of", "members"),
                                            ("work_nouns_listed", "albums"), ("genre_nouns", "thriller"),
                                            ("organisation_nouns", "carmaker"), ("organisation_kinds_before", "brewer"),
                                            ("study_nouns", "survey"), ("firm_parts", "subsidiary"),
                                            ("firm_products", "handsets"), ("firm_jobs", "economist"),
                                            ("organisation_categories", "tanks"), ("media_kinds", "station"),
                                            ("organisation_kinds_after", "bank"), ("team_nouns", "allies"),
                                            ("person_makers", "film")])
def test_the_packaged_lists_are_read_from_the_cue_files(stem, word):
    assert word in load_actor_knowledge().cues[stem]


def test_a_users_kinship_noun_introduces_a_person_by_a_given_name(tmp_path):
    text = "The singer came with her godson Peter to the gala. Her wife Audrey stayed at home."
    assert names(ActorExtractor(), text) == {"Audrey"}
    mine = ActorExtractor((user_folder(tmp_path, "kin_nouns.tsv", "word", "godson"),))
    assert names(mine, text) == {"Audrey", "Peter"}


def test_a_users_noun_for_one_person_is_modified_by_the_words_before_it(tmp_path):
    text = "Police said a 31-year-old Sandy Ridge plumber was held."
    assert names(ActorExtractor(), text) == {"Sandy Ridge"}
    mine = ActorExtractor((user_folder(tmp_path, "person_nouns.tsv", "word", "plumber"),))
    assert names(mine, text) == set()
    assert names(mine, "Police said a 31-year-old Sandy Ridge man was held.") == set()


def test_a_users_post_nominal_letters_are_no_part_of_the_name(tmp_path):
    text = "Professor Alan Ross FRS said the results were clear."
    assert names(ActorExtractor(), text) == {"Alan Ross FRS"}
    mine = ActorExtractor((user_folder(tmp_path, "post_nominals.tsv", "word", "FRS"),))
    assert names(mine, text) == {"Alan Ross"}


def test_a_users_noun_of_works_before_a_title_makes_it_no_person(tmp_path):
    text = "Her haunting ballad Lady Rhubarb topped the chart. Lady Rhubarb sold well."
    assert names(ActorExtractor(), text) == {"Rhubarb"}
    mine = ActorExtractor((user_folder(tmp_path, "work_nouns_before.tsv", "word", "ballad"),))
    assert names(mine, text) == set()
    assert names(ActorExtractor(), text.replace("ballad", "song")) == set()


@pytest.mark.parametrize(("file", "word", "text"), [
    ("organisation_kinds_before.tsv", "chipmaker", "Shares in chipmaker Zentek fell. Zentek said it would recover."),
    ("firm_products.tsv", "wafers", "Sales of Zentek wafers fell. Zentek said it would recover."),
])
def test_a_users_words_of_a_firm_make_a_one_word_name_an_organisation(tmp_path, file, word, text):
    assert types(ActorExtractor(), text) == {"zentek": "person"}
    mine = ActorExtractor((user_folder(tmp_path, file, "word", word),))
    assert types(mine, text) == {"zentek": "organization"}


def test_a_users_collective_noun_after_a_persons_name_makes_a_group(tmp_path):
    text = "Senator Ann Ross spoke on Monday. Ross cheerleaders cheered."
    assert types(ActorExtractor(), text) == {"ann-ross": "person"}
    mine = ActorExtractor((user_folder(tmp_path, "team_nouns.tsv", "word", "cheerleaders"),))
    assert types(mine, text) == {"ann-ross": "person", "ross-cheerleaders": "group"}
