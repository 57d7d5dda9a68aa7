"""Roles of actors in Russian clauses (extract/ru_roles.py): case and preposition, not English word
order. The sentences are written for these tests; each is one short news report."""
from __future__ import annotations

from datetime import date

import pytest

from timeline_builder.link.clauses import text_role
from timeline_builder.extract.ru_roles import russian_role
from timeline_builder.records import ActorMention, Document, EventMention

DCT = date(2025, 6, 18)


def roles(pipeline, text: str) -> dict[str, dict[str, str]]:
    """event name -> {actor id: role} for the text events of a Russian document."""
    found = pipeline(Document("d", "d.txt", text, "0", dct=DCT, language="ru"))
    names = {e.event_id: e.name for e in found.events}
    out: dict[str, dict[str, str]] = {}
    for link in found.event_actors:
        out.setdefault(names[link.event_id], {})[link.actor_id] = link.role
    return out


def only(found: dict[str, dict[str, str]]) -> dict[str, str]:
    assert len(found) == 1, found
    return next(iter(found.values()))


@pytest.mark.parametrize("text, expected", [
    # the subject before the verb does it; "против X" is its target
    ("Евросоюз ввёл санкции против России в марте 2025 года.",
     {"european-union": "agent", "russia": "target"}),
    # an adjective naming a state after "против" ("против российских банков")
    ("В прошлом году Евросоюз ввёл новые санкции против российских банков.",
     {"european-union": "agent", "russia": "target"}),
    # two subjects joined by "и" both sign
    ("Россия и Китай подписали договор о сотрудничестве 15 марта 2022 года.",
     {"russia": "agent", "china": "agent"}),
    # "с X" in the instrumental: the other side of a meeting
    ("Путин встретился с Байденом в Женеве в июне 2021 года.",
     {"vladimir-putin": "agent", "joe-biden": "participant"}),
    # a state in the genitive inside the instrumental phrase ("с госсекретарём США"); the state in the
    # minister's title is mentioned, the minister acts
    ("Министр иностранных дел России Сергей Лавров встретился в понедельник с госсекретарём США.",
     {"sergey-lavrov": "agent", "united-states": "participant", "russia": "mentioned"}),
    # "X сообщил, что ...": the one who tells is mentioned; the doer follows "что"
    ("Кремль сообщил, что Владимир Путин провёл телефонный разговор с Дональдом Трампом 12 февраля 2025 года.",
     {"russia": "mentioned", "vladimir-putin": "agent", "donald-trump": "participant"}),
    # the one who condemns another's act does not do it
    ("Китай осудил решение Вашингтона ввести пошлины против китайских компаний в апреле.",
     {"united-states": "mentioned", "china": "target"}),
    ("США вышли из договора о ракетах средней дальности в 2019 году.", {"united-states": "agent"}),
    # the state a visit goes to hosts it
    ("Канцлер Германии посетил Варшаву в октябре 2024 года.", {"poland": "participant"}),
])
def test_roles_from_russian_case_and_order(pipeline, text, expected):
    found = only(roles(pipeline, text))
    for actor, role in expected.items():
        assert found.get(actor) == role, (actor, found)


def _mention(text: str, words: str, actor: str) -> ActorMention:
    start = text.index(words)
    return ActorMention(actor, "d", start, start + len(words), words)


@pytest.mark.parametrize("text, words, role", [
    # "с" with the genitive is "from", not "with"
    ("С прошлого года Евросоюз вводит пошлины.", "Евросоюз", "agent"),
    # a place after "в" is no party
    ("В России прошли выборы.", "России", "mentioned"),
    # "по словам X": according to X, not a strike on X
    ("По словам Лаврова, удар нанесли ночью.", "Лаврова", "mentioned"),
    ("Армия нанесла удар по Киеву.", "Киеву", "target"),
    # a genitive before the verb is no subject ("дел" is a noun here, not a verb)
    ("Министр иностранных дел России подписал соглашение.", "России", "mentioned"),
    # a preposition's phrase does not reach across a verb: the nominative right after an
    # intransitive verb is its subject
    ("С Путиным встретился Байден.", "Байден", "agent"),
    ("В 2015 году из соглашения вышла Канада.", "Канада", "agent"),
    ("В 2010 году к договору присоединились Сербия и Черногория.", "Сербия", "agent"),
    # not where a nominative noun stands before the verb, nor after a comma
    ("Делегация из Москвы вышла, Канада осталась.", "Канада", "mentioned"),
    ("В 2015 году делегация вышла Канада.", "Канада", "mentioned"),
    # the number must agree: a singular verb takes no plural name for its subject
    ("В 2015 году из соглашения вышла США.", "США", "mentioned"),
    # after a transitive verb, a nominative agreeing with it where nothing before it could be its
    # subject ("пошлины" is plural, "ввела" singular; "Соглашение" is neuter, "подписала" feminine)
    ("Пошлины ввела Канада в мае.", "Канада", "agent"),
    ("Соглашение подписала Мексика в мае.", "Мексика", "agent"),
    ("Договор подписали Канада и Мексика в мае.", "Канада", "agent"),
    ("Договор подписали Канада и Мексика в мае.", "Мексика", "agent"),
    # not where the word before could be the subject too, nor an accusative
    ("Договор подписал Китай в мае.", "Китай", "mentioned"),
    ("Договор подписали Канаду и Мексику в мае.", "Мексику", "mentioned"),
    # "в отношении X": X is what the act is aimed at
    ("Совет ввёл ограничения в отношении Сирии.", "Сирии", "target"),
    # the accused of "обвинить" is its target, however the sentence is ordered
    ("Канаду обвинили в срыве переговоров.", "Канаду", "target"),
    ("Мексика обвинила Канаду в срыве переговоров.", "Канаду", "target"),
    # "признал" is a saying only with a "что" after it
    ("Франция признала независимость Косова.", "Франция", "agent"),
    ("Франция признала, что переговоры сорвались.", "Франция", "mentioned"),
])
def test_russian_role_of_one_mention(text, words, role):
    actor = "x"
    clause = EventMention("e", "d", 0, len(text), text)
    assert russian_role(text, clause, _mention(text, words, actor), reported=True) == role


def test_english_mentions_keep_the_english_reading():
    text = "The EU imposed sanctions against Russia."
    clause = EventMention("e", "d", 0, len(text), text)
    assert text_role(text, clause, _mention(text, "Russia", "russia"), True) == "target"
    assert text_role(text, clause, _mention(text, "The EU", "european-union"), True) == "agent"


@pytest.mark.parametrize("text, name", [
    # "встретиться" (events/ru/triggers.tsv) is a meeting as "встреча" is
    ("Путин встретился с Байденом в Женеве в июне 2021 года.", "Meeting with Joe Biden in Geneva"),
    # a phone call is named as one (events/ru/glossary.tsv), not by its light verb ("Holding")
    ("Путин провёл телефонный разговор с Дональдом Трампом 12 февраля 2025 года.", "Phone Call with Donald Trump"),
])
def test_meetings_and_calls_are_events(pipeline, text, name):
    found = pipeline(Document("d", "d.txt", text, "0", dct=DCT, language="ru"))
    assert [(e.name, e.kind) for e in found.events] == [(name, "meeting")]


@pytest.mark.parametrize("text, name, kind, agent", [
    # verbs the trigger list lacked: a visit, an annexation, an ambassador recalled
    # a verb glossed with its own preposition ("visit to") takes no "of"
    ("Министр обороны Германии посетил Варшаву в октябре 2024 года.", "Visit to Poland", "meeting", None),
    # (named as the known annexation of its year, it is that event: see test_events_ru_phrases.py)
    ("В 2014 году Россия присоединила Крым.", "Annexation of Crimea by Russia", "other", "russia"),
    ("Франция отозвала посла из Москвы в мае 2023 года.", "Recall of Ambassador from Moscow", "sanction", "france"),
    ("Выборы в Европарламент прошли в июне 2024 года.", "Elections in European Parliament", "election", None),
])
def test_more_russian_event_verbs(pipeline, text, name, kind, agent):
    found = pipeline(Document("d", "d.txt", text, "0", dct=DCT, language="ru"))
    assert [(e.name, e.kind) for e in found.events] == [(name, kind)]
    if agent is not None:
        assert {l.actor_id: l.role for l in found.event_actors}.get(agent) == "agent"


@pytest.mark.parametrize("text, known", [
    # a description of a known meeting whose doers are its parties is the known meeting
    ("Россия и Украина провели переговоры в Стамбуле в марте 2022 года.", ["istanbul-talks-2022"]),
    # a state that only supports it is no doer
    ("США поддержали переговоры в Стамбуле.", ["istanbul-talks-2022"]),
    # the same description done by a state not among its parties tells other talks
    ("Москва и Вашингтон провели переговоры в Стамбуле.", []),
])
def test_a_description_done_by_an_outsider_is_not_the_known_event(pipeline, text, known):
    found = pipeline(Document("d", "d.txt", text, "0", dct=DCT, language="ru"))
    assert [e.event_id for e in found.events if e.kb_id] == known


@pytest.mark.parametrize("text, words, role", [
    # the instrumental after a passive participle does the act, also through "и"
    ("Соглашение было подписано Румынией и Молдавией в мае.", "Румынией", "agent"),
    ("Соглашение было подписано Румынией и Молдавией в мае.", "Молдавией", "agent"),
    ("Пошлины, введённые Канадой, отменили.", "Канадой", "agent"),
    # a name after no participle is not (here a genitive after "для")
    ("Соглашение стало важным шагом для Румынии.", "Румынии", "mentioned"),
])
def test_the_instrumental_after_a_passive_participle_is_the_agent(text, words, role):
    clause = EventMention("e", "d", 0, len(text), text)
    assert russian_role(text, clause, _mention(text, words, "x"), reported=True) == role
