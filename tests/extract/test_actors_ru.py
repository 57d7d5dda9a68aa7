"""Russian actors: sentence -> mentions (text, actor id), on sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from timeline_builder.extract.actors import ActorExtractor
from timeline_builder.knowledge.actors_ru import load_russian_actor_knowledge
from timeline_builder.errors import KnowledgeError
from timeline_builder.records import AnnotatedDocument, Document


@pytest.fixture(scope="module")
def extractor():
    return ActorExtractor()


def run(extractor, text: str, language: str = "ru"):
    doc = AnnotatedDocument(Document("d", "d.txt", text, "0", dct=date(2024, 3, 1), language=language))
    return extractor(doc)


def mentions(extractor, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.actor_id) for m in run(extractor, text).actor_mentions]


@pytest.mark.parametrize("text, expected", [
    # inflected names resolve to one actor, with the English ids
    ("Путин встретился с послом.", [("Путин", "vladimir-putin")]),
    ("Слова Путина процитировали все.", [("Путина", "vladimir-putin")]),
    ("Письмо направили Путину.", [("Путину", "vladimir-putin")]),
    ("С Путиным говорил Владимир Зеленский.", [("Путиным", "vladimir-putin"), ("Владимир Зеленский", "volodymyr-zelensky")]),
    ("Сергей Лавров прилетел, Лаврова встретили.", [("Сергей Лавров", "sergey-lavrov"), ("Лаврова", "sergey-lavrov")]),
    # states, capitals as governments, seats of power
    ("США ввели санкции.", [("США", "united-states")]),
    ("Вашингтону это невыгодно.", [("Вашингтону", "united-states")]),
    ("Вашингтон ответил отказом.", [("Вашингтон", "united-states")]),
    ("Кремль заявил о готовности.", [("Кремль", "russia")]),
    ("Москва предложила перемирие.", [("Москва", "russia")]),
    ("С Соединёнными Штатами Америки нет диалога.", [("Соединёнными Штатами Америки", "united-states")]),
    ("Соединенным Штатам это выгодно.", [("Соединенным Штатам", "united-states")]),
    ("Конфликт на Украине продолжается.", [("Украине", "ukraine")]),
    ("Выборы в США пройдут осенью.", [("США", "united-states")]),
    ("Швеции и Финляндии предложили вступить в НАТО.", [("Швеции", "sweden"), ("Финляндии", "finland"), ("НАТО", "nato")]),
    # a capital named as a place is not the government
    ("Переговоры прошли в Москве.", []),
    ("Делегация вылетела из Вашингтона.", []),
    # demonyms, in every case, gender and number
    ("Российский МИД выразил протест.", [("Российский МИД", "russian-ministry-of-foreign-affairs")]),
    ("Американские военные покинули базу.", [("Американские", "united-states")]),
    ("Это противоречит украинскому законодательству.", [("украинскому", "ukraine")]),
    ("Натовских контингентов там нет.", [("Натовских", "nato")]),
    ("Российско-американские отношения ухудшились.", [("Российско", "russia"), ("американские", "united-states")]),
    ("Звучит антиамериканская риторика.", [("американская", "united-states")]),
    ("Американская сторона отказалась.", [("Американская сторона", "united-states")]),
    ("Позиция американских властей изменилась.", [("американских властей", "united-states")]),
    # organisations and groups by Russian names and abbreviations
    ("Страны БРИКС и «Группы семи» спорят.", [("БРИКС", "brics"), ("Группы семи", "g7")]),
    ("Решение Совета Безопасности ООН обязательно.", [("Совета Безопасности ООН", "un-security-council")]),
    ("Госдума приняла закон, Совет Федерации одобрил.", [("Госдума", "state-duma"), ("Совет Федерации", "federation-council")]),
    ("Запад снова давит на соседей.", [("Запад", "the-west")]),
    ("Об этом сообщил представитель Пентагона.", [("Пентагона", "us-department-of-defense")]),
    ("Банк России повысил ставку.", [("Банк России", "central-bank-of-russia")]),
    ("Западные страны ввели санкции.", [("Западные страны", "the-west")]),
    # not actors
    ("Группировки на западном направлении усилены.", []),
    ("Торговля с Латинской Америкой растёт.", []),
    ("Мы помним, что они говорили.", []),
])
def test_russian_mentions(extractor, text, expected):
    assert mentions(extractor, text) == expected


def test_our_country_is_the_state_the_document_speaks_of(extractor):
    text = "Россия готова к диалогу. Это касается безопасности нашей страны."
    assert ("нашей страны", "russia") in mentions(extractor, text)


def test_unknown_people_are_discovered_and_their_surname_follows(extractor):
    found = run(extractor, "Министр финансов Антон Силуанов заявил, что бюджет исполнен. "
                           "По словам Силуанова, дефицита нет.")
    assert [(m.text, m.actor_id) for m in found.actor_mentions] == [
        ("Антон Силуанов", "anton-siluanov"), ("Силуанова", "anton-siluanov")]
    (actor,) = found.actors
    assert (actor.name, actor.type, actor.source) == ("Антон Силуанов", "person", "discovered")


def test_a_womans_name_keeps_its_feminine_nominative(extractor):
    found = run(extractor, "Об этом сообщила Ирина Петрова. Петровой также задали вопрос.")
    assert {a.name for a in found.actors} == {"Ирина Петрова"}
    assert len(found.actor_mentions) == 2


def test_a_title_names_a_person_unknown_to_the_dictionary(extractor):
    found = run(extractor, "Об этом заявил глава МИД Венгрии Петер Сийярто.")
    assert ("Петер Сийярто", "peter-siyyarto") in [(m.text, m.actor_id) for m in found.actor_mentions]


def test_organisations_are_discovered(extractor):
    found = run(extractor, "Компания «Роснефть» подписала контракт с Министерством финансов США.")
    by_id = {a.actor_id: a for a in found.actors}
    assert by_id["rosneft"].type == "organization"
    assert by_id["ministerstvo-finansov-ssha"].name == "Министерство финансов США"
    assert by_id["ministerstvo-finansov-ssha"].country == "USA"


def test_russian_and_english_documents_share_ids(extractor):
    russian = {a.actor_id for a in run(extractor, "Путин и Байден обсудили ДСНВ. Россия и США спорят.").actors}
    english = {a.actor_id for a in run(extractor, "Putin and Biden discussed New START. Russia and the US argue.",
                                       language="en").actors}
    assert {"vladimir-putin", "joe-biden", "russia", "united-states"} <= russian & english


def test_knowledge_roles_come_with_known_people(extractor):
    found = run(extractor, "Путин выступил с посланием.")
    assert any(r.actor_id == "vladimir-putin" and r.role == "president" for r in found.actor_roles)


def test_a_language_without_actor_rules_gets_none(extractor):
    assert run(extractor, "Il presidente Putin ha incontrato Biden a Ginevra.", language="it").actors == ()


def test_a_bad_russian_entry_names_file_and_line(tmp_path):
    from timeline_builder.knowledge.actors import load_actor_knowledge

    folder = tmp_path / "actors" / "ru"
    folder.mkdir(parents=True)
    (folder / "actors.tsv").write_text("id\tname\ttype\tcountry\taliases\nno-such-actor\t\t\t\tНикто\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="line 2"):
        load_russian_actor_knowledge(load_actor_knowledge(), (tmp_path,))


def test_a_user_entry_adds_a_russian_name(tmp_path):
    from timeline_builder.knowledge.actors import load_actor_knowledge

    folder = tmp_path / "actors" / "ru"
    folder.mkdir(parents=True)
    (folder / "actors.tsv").write_text("id\tname\ttype\tcountry\taliases\n"
                                       "sergey-kislyak\t\t\t\tСергей Кисляк|Кисляк\n", encoding="utf-8")
    extractor = ActorExtractor(knowledge_dirs=(tmp_path,))
    assert mentions(extractor, "Посол Кисляк встретился с Флинном.")[0] == ("Кисляк", "sergey-kislyak")


@pytest.mark.parametrize("text, expected", [
    # states of every continent, in case forms; names in parts and of several words
    ("Делегация Коста-Рики прибыла в Сьерра-Леоне.", [("Коста-Рики", "costa-rica"), ("Сьерра-Леоне", "sierra-leone")]),
    ("Экваториальная Гвинея и Гвинея-Бисау подписали соглашение.",
     [("Экваториальная Гвинея", "equatorial-guinea"), ("Гвинея-Бисау", "guinea-bissau")]),
    ("Посол Тринидада и Тобаго прибыл.", [("Тринидада и Тобаго", "trinidad-and-tobago")]),
    ("Президент Аргентины посетил Чили.", [("Аргентины", "argentina"), ("Чили", "chile")]),
    ("Новая Зеландия поддержала Черногорию.", [("Новая Зеландия", "new-zealand"), ("Черногорию", "montenegro")]),
    # capitals stand for their government, also written in parts
    ("Улан-Батор заявил о поддержке, Ташкент промолчал.", [("Улан-Батор", "mongolia"), ("Ташкент", "uzbekistan")]),
    ("Таиландская делегация прибыла.", [("Таиландская", "thailand")]),
    # a given name that is also a state's name is a person's here
    ("Сальвадор Дали написал картину.", [("Сальвадор Дали", "salvador-dali")]),
])
def test_states_beyond_the_first_list(extractor, text, expected):
    assert mentions(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a foreign surname after a given name takes the given name's case off ("Хольмом" -> Хольм)
    ("Министр встретился с Петером Хольмом в Брюсселе.", ("peter-kholm", "Петер Хольм")),
    ("Письмо получил Петер Хольм.", ("peter-kholm", "Петер Хольм")),
    # an indeclinable surname the dictionary lists as a given name
    ("Министр встретился с Джоном Кирби в Брюсселе.", ("dzhon-kirbi", "Джон Кирби")),
    ("Джон Кирби заявил о поддержке.", ("dzhon-kirbi", "Джон Кирби")),
])
def test_foreign_people_in_case_forms(extractor, text, expected):
    found = run(extractor, text)
    assert [(a.actor_id, a.name) for a in found.actors if a.type == "person"] == [expected]


def test_a_known_city_as_a_place_is_nobody(extractor):
    # "в Куала-Лумпур": the place, neither the state's government nor a person named "Куала Лумпур"
    assert mentions(extractor, "Премьер вылетел в Куала-Лумпур.") == []
    assert [a.actor_id for a in run(extractor, "Премьер вылетел в Куала-Лумпур.").actors] == []
