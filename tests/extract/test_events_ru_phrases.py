"""Russian dated clauses beyond one word of event language: phrases of several words, an object
written before its verb, prepositions of two words, and names written in parts or in case forms.
The sentences are written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from timeline_builder.records import Document

DCT = date(2024, 3, 15)


def found(pipeline, text: str) -> list[tuple[str, str, dict[str, str]]]:
    """(name, kind, {actor: role}) of each event of a Russian document."""
    result = pipeline(Document("d", "d.txt", text, "0", dct=DCT, language="ru"))
    roles: dict[str, dict[str, str]] = {}
    for link in result.event_actors:
        roles.setdefault(link.event_id, {})[link.actor_id] = link.role
    return [(e.name, e.kind, roles.get(e.event_id, {})) for e in result.events]


@pytest.mark.parametrize("text, name, kind, roles", [
    # a phrase is event language where its first word alone is not
    ("Франция признала независимость Косова в феврале 2008 года.", "Recognition of Independence of Kosovo",
     "policy", {"france": "agent"}),
    ("Черногория стала членом НАТО в июне 2017 года.", "Accession to NATO", "treaty", {}),
    ("Канаду обвинили в срыве переговоров 3 марта 2023 года.", "Accusations of Disruption of Talks", "statement",
     {"canada": "target"}),
    # the verb governs the noun written before it: the act is the verb's, with its preposition
    ("В 2015 году из соглашения вышла Канада.", "Withdrawal from Agreement", "policy", {"canada": "agent"}),
    ("В 2010 году к договору присоединилась Сербия.", "Accession to Treaty", "treaty", {"serbia": "agent"}),
    # a preposition of two words
    ("Евросоюз ввёл санкции в отношении Сирии 2 марта 2023 года.", "Sanctions Against Syria", "sanction",
     {"european-union": "agent", "syria": "target"}),
])
def test_phrases_and_fronted_objects(pipeline, text, name, kind, roles):
    [(got_name, got_kind, got_roles)] = found(pipeline, text)
    assert (got_name, got_kind) == (name, kind)
    for actor, role in roles.items():
        assert got_roles.get(actor) == role, (actor, got_roles)


def test_a_phrase_of_another_comma_part_gives_way_to_the_dates_own_words(pipeline):
    events = found(pipeline, "Эстония вступила в ЕС в мае 2004 года, а Хорватия стала членом союза позже.")
    assert [(n, k) for n, k, _ in events] == [("Accession to EU", "treaty")]


def test_a_saying_verb_with_that_is_no_recognition(pipeline):
    events = found(pipeline, "Венгрия признала, что переговоры прошли в январе 2023 года.")
    assert [n for n, _, _ in events] == ["Talks"]
    assert events[0][2] == {"hungary": "mentioned"}


@pytest.mark.parametrize("text, name", [
    # adjectives the glossary knows, read as adjectives (not "новое", the noun "news")
    ("Президент подписал указ о новых пошлинах 2 марта 2023 года.", "Signing of Decree on New Tariffs"),
    # a place name in parts: the glossary's, else each part spelt out (the last in its dictionary form)
    ("Саммит в Нью-Дели прошёл в мае 2022 года.", "Summit in New Delhi"),
    ("Саммит в Порт-Луи прошёл в мае 2022 года.", "Summit in Port-Lui"),
    # a person known only in Russian: Latin letters, the surname in the nominative
    ("Министр встретился с Петером Хольмом в Брюсселе 2 марта 2023 года.", "Meeting with Peter Kholm in Brussels"),
    ("Министр встретился с Анной Хольм в Брюсселе 2 марта 2023 года.", "Meeting with Anna Kholm in Brussels"),
    # capitalised words of one name, neither known, join with no "of"
    ("Министр встретился с Джоном Кирби в Брюсселе 2 марта 2023 года.", "Meeting with Dzhon Kirbi in Brussels"),
])
def test_names_of_words_in_parts_and_people(pipeline, text, name):
    assert [n for n, _, _ in found(pipeline, text)] == [name]


def test_a_foreign_surname_after_a_given_name_in_a_case_form_is_read_in_the_nominative(pipeline):
    result = pipeline(Document("d", "d.txt", "Министр встретился с Петером Хольмом в Брюсселе 2 марта 2023 года.",
                               "0", dct=DCT, language="ru"))
    assert {a.actor_id for a in result.actors if a.type == "person"} == {"peter-kholm"}


@pytest.mark.parametrize("text, event_id, basis", [
    # a dated clause named as a known event, with dates that meet the known one's, is that event
    ("Россия присоединила Крым в марте 2014 года.", "annexation-of-crimea", "knowledge"),
    # not with another date: then it is the text's own event
    ("Россия присоединила Крым в марте 2016 года.", None, "text"),
])
def test_a_clause_named_as_a_known_event_of_its_date_is_that_event(pipeline, text, event_id, basis):
    result = pipeline(Document("d", "d.txt", text, "0", dct=DCT, language="ru"))
    [event] = result.events
    assert (event.kb_id, event.date_basis) == (event_id, basis)


@pytest.mark.parametrize("text, name, agent", [
    # a name in the nominative after a noun or the verb is the subject, no part of the name
    ("Решение о вступлении в альянс Швеция приняла в мае 2022 года.", "Accession to Alliance", "sweden"),
    ("Контракт на поставку газа подписала Венгрия в сентябре 2023 года.", "Signing of Contract on Supplies of Gas",
     "hungary"),
    # one in another case after the verb is its object
    ("Министр посетил Москву в мае 2023 года.", "Visit to Russia", None),
])
def test_a_subject_written_after_its_words_is_no_part_of_the_name(pipeline, text, name, agent):
    [(got, _, roles)] = found(pipeline, text)
    assert got == name
    if agent is not None:
        assert roles.get(agent) == "agent"


@pytest.mark.parametrize("text, name", [
    # the verb's object written before it names the act ("контракт" masculine, "подписала" feminine:
    # no subject), also after an opening date
    ("В мае 2023 года контракт подписала Венгрия.", "Signing of Contract"),
    # a motion "в" a place in the accusative goes to it; in the prepositional case it is there
    ("Визит в Китай совершил Макрон в апреле 2023 года.", "Visit to China"),
    ("Визит Макрона в Китае прошёл в апреле 2023 года.", "Visit of Emmanuel Macron in China"),
])
def test_objects_before_the_verb_and_destinations(pipeline, text, name):
    assert [n for n, _, _ in found(pipeline, text)] == [name]


def test_a_subject_before_the_verb_is_no_object(pipeline):
    # "делегация" is feminine like "подписала": it may be the subject, so it does not name the act
    assert [n for n, _, _ in found(pipeline, "Делегация подписала в мае 2023 года.")] == ["Signing"]


@pytest.mark.parametrize("text, name, kb_id", [
    # the subject of a passive participle is what the act is done to
    ("В 2015 году Крым был присоединён к России.", "Annexation of Crimea", None),
    # and so named, the known event of that date
    ("В марте 2014 года Крым был присоединён к России.", "Annexation of Crimea by Russia", "annexation-of-crimea"),
])
def test_the_subject_of_a_passive_names_the_act(pipeline, text, name, kb_id):
    result = pipeline(Document("d", "d.txt", text, "0", dct=DCT, language="ru"))
    assert [(e.name, e.kb_id) for e in result.events] == [(name, kb_id)]


@pytest.mark.parametrize("text, names", [
    # a meeting called off did not take place
    ("Министр отменил визит в Китай в мае 2023 года.", []),
    ("Встреча была отменена 3 марта 2023 года.", []),
    ("Переговоры отложили в апреле 2023 года.", []),
    # one called off earlier that then took place did
    ("Отменённый ранее визит состоялся в мае 2023 года.", ["Visit"]),
    ("Министр посетил Китай в мае 2023 года.", ["Visit to China"]),
])
def test_a_meeting_called_off_is_no_event(pipeline, text, names):
    assert [n for n, _, _ in found(pipeline, text)] == names
