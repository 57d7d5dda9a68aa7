"""Russian events through the same event records: sentences written for these tests -> events."""
from __future__ import annotations

from datetime import date

import pytest

from timeline_builder.build.pipeline import Pipeline
from timeline_builder.records import Document

DCT = date(2024, 3, 15)


def events(pipeline, text: str, dct: date | None = DCT) -> dict[str, tuple]:
    found = pipeline(Document("d", "d.txt", text, "0", dct=dct, language="ru"))
    return {e.event_id: (e.name, e.kind, e.date_begin, e.date_end, e.date_basis, e.text_date) for e in found.events}


@pytest.mark.parametrize("text, event_id", [
    ("Россия приостановила участие в ДСНВ.", "new-start"),
    ("Судьба Договора о сокращении стратегических наступательных вооружений неясна.", "new-start"),
    ("Во время Карибского кризиса мир стоял на грани войны.", "cuban-missile-crisis"),
    ("Карибский кризис показал опасность.", "cuban-missile-crisis"),
    ("Закон CAATSA ударил по европейским компаниям.", "caatsa"),
    ("Минские соглашения так и не были выполнены.", "minsk-agreements"),
    ("Задачи специальной военной операции будут решены.", "russian-invasion-of-ukraine"),
    ("Расширение НАТО на восток встревожило Москву.", "nato-enlargement"),
    ("После распада СССР началась новая эпоха.", "dissolution-of-the-soviet-union"),
    ("Иран и ДНЯО: что дальше.", "npt"),
    ("Наш проект договора о предотвращении размещения оружия в космосе никто не обсуждает.", "ppwt"),
    ("Договор о космосе запрещает ядерное оружие на орбите.", "outer-space-treaty"),
    # crises, pandemics and climate treaties (events/ru/names.tsv)
    ("После дефолта 1998 года рубль обесценился.", "russian-financial-crisis-1998"),
    ("Великая депрессия изменила экономику.", "great-depression"),
    ("Кризис еврозоны ударил по Италии.", "european-debt-crisis"),
    ("Во время пандемии коронавируса границы закрылись.", "covid-19-pandemic"),
    ("Монреальский протокол защитил озоновый слой.", "montreal-protocol"),
])
def test_knowledge_events_by_russian_names(pipeline, text, event_id):
    found = events(pipeline, text)
    assert event_id in found
    assert found[event_id][4] == "knowledge"


@pytest.mark.parametrize("text, event_id", [
    ("Москву тревожит расширение НАТО на восток, с вступлением в альянс Финляндии и Швеции.", "nato-enlargement-2022"),
    ("Москву тревожит расширение НАТО на восток, с вступлением в альянс Польши, Венгрии и Чехии.",
     "nato-enlargement-1999"),
])
def test_a_growth_of_nato_with_the_states_that_joined_is_their_round(pipeline, text, event_id):
    found = events(pipeline, text)
    assert event_id in found and "nato-enlargement" not in found


def test_a_shared_name_takes_the_year_of_its_clause(pipeline):
    found = events(pipeline, "Об этом говорилось в Послании 2018 года.")
    assert "putin-federal-assembly-address-2018" in found
    assert found["putin-federal-assembly-address-2018"][5] == "2018 года"


def test_a_shared_name_without_a_year_takes_the_one_nearest_the_document(pipeline):
    found = events(pipeline, "Накануне президентских выборов в США напряжённость выросла.")
    assert "us-presidential-election-2024" in found
    found = events(pipeline, "Накануне президентских выборов в США напряжённость выросла.", dct=date(2020, 9, 1))
    assert "us-presidential-election-2020" in found


def test_a_war_named_alike_in_two_eras_is_the_one_nearest_the_document(pipeline):
    assert "soviet-afghan-war" in events(pipeline, "Война в Афганистане длилась годы.", dct=date(1990, 1, 1))
    assert "war-in-afghanistan-2001" in events(pipeline, "Война в Афганистане длилась годы.", dct=date(2022, 1, 1))


def test_the_government_of_a_state_at_the_document_date(pipeline):
    found = events(pipeline, "Позиция американских властей не изменилась.", dct=date(2022, 5, 1))
    assert found["biden-administration"][4] == "context"
    found = events(pipeline, "Позиция американских властей не изменилась.", dct=date(2018, 5, 1))
    assert found["trump-first-administration"][4] == "context"


def test_a_conflict_in_a_region_is_the_war_running_there(pipeline):
    found = events(pipeline, "Мир обсуждает конфликт на Ближнем Востоке.")
    assert "israel-hamas-war" in found
    assert "israel-hamas-war" not in events(pipeline, "Мир обсуждает конфликт на Ближнем Востоке.", dct=date(2023, 5, 1))


def test_an_occasion_takes_the_document_date(pipeline):
    found = events(pipeline, "Зал встал. (Минута молчания.)")
    (event,) = [v for v in found.values() if v[0] == "Minute of silence"]
    assert event[2:5] == (DCT, DCT, "context")


@pytest.mark.parametrize("text, begin, end, kind", [
    ("Договор о дружбе стороны подписали 12 мая 2001 года.", date(2001, 5, 12), date(2001, 5, 12), "treaty"),
    ("В 2008 году мы подготовили проект договора.", date(2008, 1, 1), date(2008, 12, 31), "treaty"),
    ("Саммит в Лиме состоялся в июне 2021 года.", date(2021, 6, 1), date(2021, 6, 30), "meeting"),
    ("В 1980-е годы Запад навязал гонку вооружений.", date(1980, 1, 1), date(1989, 12, 31), "policy"),
])
def test_dated_clauses_with_event_language(pipeline, text, begin, end, kind):
    found = [v for k, v in events(pipeline, text).items()]
    assert any(v[2:4] == (begin, end) and v[1] == kind and v[4] == "text" for v in found), found


@pytest.mark.parametrize("text", [
    "В 1992 году доля страны составляла 45 процентов.",
    "К 2030 году всё станет иначе.",
    "В прошлом году погода была тёплой.",
])
def test_a_date_without_event_language_is_no_event(pipeline, text):
    assert events(pipeline, text) == {}


def test_a_negated_event_is_no_event(pipeline):
    assert events(pipeline, "До 2026 года новых соглашений не будет.") == {}


def test_one_capitalised_word_at_a_sentence_start_is_no_event_name(pipeline):
    assert events(pipeline, "Послание было написано от руки.") == {}
    assert "putin-federal-assembly-address-2018" in events(pipeline, "Он говорил об этом в Послании 2018 года.")


@pytest.mark.parametrize("text, name", [
    ("Это проект договора о запрещении ядерных испытаний, который наша страна внесла в 2008 году.",
     "Draft Treaty on Prohibition of Nuclear Tests"),
    ("В 1980-е годы Запад навязал Советскому Союзу гонку вооружений.", "Arms Race in the 1980s"),
    ("Договор о дружбе стороны подписали 12 мая 2001 года.", "Treaty on Friendship"),
    ("Переговоры в Женеве состоялись в июне 2021 года.", "Talks in Geneva"),
    ("В 2019 году США вышли из Договора о ракетах средней и меньшей дальности.",
     "Withdrawal from Treaty on Missiles of Intermediate and Short Range"),
    ("В 2023 году Финляндия вступила в НАТО.", "Accession to NATO"),
    ("12 марта 2022 года стороны подписали соглашение о сотрудничестве.", "Signing of Agreement on Cooperation"),
    # a sending onto a place is "to" it, a demonym is an adjective of its noun
    ("Отправку на Украину натовских воинских контингентов обсуждали в феврале 2024 года.",
     "Dispatch to Ukraine of NATO Military Contingents"),
    ("В 2014 году Россия напала на Украину.", "Attack on Ukraine"),
])
def test_a_dated_clause_is_named_in_english(pipeline, text, name):
    assert name in [v[0] for v in events(pipeline, text).values()]


def test_a_trigger_without_english_keeps_its_russian_name(tmp_path):
    (tmp_path / "events" / "ru").mkdir(parents=True)
    (tmp_path / "events" / "ru" / "triggers.tsv").write_text("word\tkind\nпереселение\tother\n", encoding="utf-8")
    found = events(Pipeline(knowledge_dirs=(tmp_path,)), "Переселение народов началось в 1941 году.")
    assert [v[0] for v in found.values()] == ["переселение народов началось в 1941 году"]


@pytest.mark.parametrize("row, message", [
    ("dogovor\ttreaty", "is not Russian words in Cyrillic"),
    ("договор\tдоговор", "is not an English word or phrase"),
    ("договор\t", "column 'english' is empty"),
])
def test_a_bad_glossary_row_names_its_file_and_line(tmp_path, row, message):
    from timeline_builder.errors import KnowledgeError
    from timeline_builder.knowledge.events import load_event_knowledge
    from timeline_builder.extract.events.ru import load_russian_event_knowledge

    (tmp_path / "events" / "ru").mkdir(parents=True)
    (tmp_path / "events" / "ru" / "glossary.tsv").write_text(f"russian\tenglish\n{row}\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=message) as caught:
        load_russian_event_knowledge(load_event_knowledge(), (tmp_path,))
    assert "glossary.tsv" in str(caught.value) and "2" in str(caught.value)


@pytest.mark.parametrize("text, name, kind", [
    ("В 1998 году Индия провела ядерные испытания.", "Nuclear Tests in 1998", "other"),
    ("В 2019 году парламент принял закон о выборах.", "Law on Elections in 2019", "law"),
    ("В 2022 году западные страны ввели масштабные санкции.", "Sanctions in 2022", "sanction"),
    ("В 2010 году был подписан новый договор.", "Signing of New Treaty in 2010", "agreement"),
])
def test_a_light_verb_gives_way_to_the_event_word_and_adjectives_stay(pipeline, text, name, kind):
    assert (name, kind) in [(v[0], v[1]) for v in events(pipeline, text).values()]


@pytest.mark.parametrize("text, name, kind", [
    ("В 2008 году войска напали на Южную Осетию.", "Attack on South Ossetia", "war"),
    ("В 2019 году состоялись переговоры в нормандском формате.", "Talks in Normandy Format", "meeting"),
    ("В 2014 году Запад ввёл против России экономические санкции.", "Economic Sanctions in 2014", "sanction"),
    ("В 2007 году в Мюнхене я выступил с речью о безопасности.", "Speech on Security in 2007", "statement"),
    ("В 2014 году на Украине произошёл государственный переворот.", "Coup in 2014", "other"),
])
def test_verbs_whose_infinitive_is_also_a_noun_and_phrases_of_the_glossary(pipeline, text, name, kind):
    assert (name, kind) in [(v[0], v[1]) for v in events(pipeline, text).values()]



@pytest.mark.parametrize("text, word", [
    # what unnamed others say now: a verb of saying with no subject
    ("Теперь заявляют, что Финляндия готовится напасть на Норвегию.", "Attack"),
    # words the speaker attributes to others and doubts ("якобы": allegedly)
    ("Звучат обвинения, что Польша якобы собирается разместить ракеты на границе.", "Deployment"),
])
def test_claims_of_others_are_statements_of_the_weeks_before_the_speech(pipeline, text, word):
    claims = [v for v in events(pipeline, text).values() if v[0].startswith("Claims")]
    assert len(claims) == 1, events(pipeline, text)
    name, kind, begin, end, basis, _ = claims[0]
    assert kind == "statement" and basis == "context" and word in name
    assert end == DCT and (DCT - begin).days == 30


@pytest.mark.parametrize("text, name", [
    ("Теперь заявляют, что Финляндия якобы намеревается напасть на Норвегию.", "Claims that Finland Intends Attack"),
    ("Звучат обвинения, что Польша якобы собирается разместить ракеты на границе.", "Claims that Poland Plans Deployment"),
    ("Слышны обвинения, что Латвия якобы намерена напасть на Литву.", "Claims that Latvia Intends Attack"),
    # "мы": the state the claim is addressed to, named before "что"
    ("Звучат обвинения в адрес Казахстана, что мы якобы готовим вторжение.", "Claims that Kazakhstan Prepares Invasion"),
    # no verb of intent: what is claimed names it alone
    ("Звучат обвинения, что Польша якобы разместила ракеты на границе.", "Claims of Deployment"),
])
def test_a_claim_that_someone_intends_something_names_who_and_the_intent(pipeline, text, name):
    claims = [v[0] for v in events(pipeline, text).values() if v[0].startswith("Claims")]
    assert len(claims) == 1 and claims[0].startswith(name), claims


@pytest.mark.parametrize("text", [
    "Мы заявляем, что готовы к переговорам.",  # the speaker's own words are the speech itself
    "В 2019 году они заявляли, что договор устарел.",  # a date of its own: the dated-clause rules
    "Погода сегодня хорошая, и мы гуляем.",  # no claim at all
])
def test_no_claim_for_the_speakers_own_words_dated_sentences_or_plain_ones(pipeline, text):
    assert not [v for v in events(pipeline, text).values() if v[0].startswith("Claims")]


def test_a_known_event_heading_its_own_transcript_is_dated_by_the_document(pipeline):
    """The title line names the address the document is: its day is the document's (context); named
    in the body, or on another day, it keeps the knowledge's date."""
    title = "Послание Федеральному Собранию\n\nГоворим сегодня о строительстве дорог и школ.\n"
    found = events(pipeline, title, dct=date(2018, 3, 1))
    assert found["putin-federal-assembly-address-2018"][4] == "context"
    body = "Мы обсуждали дороги.\nОб этом было сказано в Послании Федеральному Собранию.\n"
    assert events(pipeline, body, dct=date(2018, 3, 1))["putin-federal-assembly-address-2018"][4] == "knowledge"
    assert events(pipeline, title, dct=date(2018, 3, 20))["putin-federal-assembly-address-2018"][4] == "knowledge"


@pytest.mark.parametrize("text, dct, event_id", [
    ("Саммит в Женеве в 1985 году открыл путь к договору о ракетах.", date(1990, 1, 1), "geneva-summit-1985"),
    ("Саммит в Женеве прошёл в июне 2021 года спокойно.", date(2022, 1, 1), "geneva-summit-2021"),
    ("Отключение российских банков от SWIFT ударило по торговле.", date(2022, 6, 1), "swift-exclusion-2022"),
    ("Ветераны Великой Отечественной войны пришли на парад.", date(2020, 6, 24), "great-patriotic-war"),
    ("Организаторы госпереворота на Украине пришли к власти.", date(2015, 1, 1), "revolution-of-dignity"),
])
def test_known_events_of_the_new_classes_by_russian_names(pipeline, text, dct, event_id):
    assert event_id in events(pipeline, text, dct=dct)


@pytest.mark.parametrize("text, kind, word", [
    # a plan the text places only in the vague future: from the document's date, open end
    ("Мы скоро продемонстрируем новые корабли на учениях в Балтийском море.", "other", "Demonstration"),
    ("Стороны в обозримой перспективе подпишут соглашение о торговле.", "agreement", "Signing"),
    ("Надо в ближайшее время сформировать общую систему коллективной обороны.", "policy", "Formation"),
    ("Встреча министров состоится скоро.", "meeting", "Meeting"),
])
def test_a_plan_placed_only_in_the_vague_future_begins_at_the_document_date(pipeline, text, kind, word):
    planned = [v for v in events(pipeline, text).values() if v[4] == "context"]
    assert len(planned) == 1, events(pipeline, text)
    name, found_kind, begin, end, _, text_date = planned[0]
    assert found_kind == kind and word in name
    assert begin == DCT and end is None and text_date


@pytest.mark.parametrize("text, name", [
    # an object pronoun after the event's verb is named by the one noun of its number the sentence before
    # has as its subject; a name in quotes after that noun goes before it
    ("На полигон доставлены новые баллистические ракеты «Тополь». Армия скоро продемонстрирует их на учениях.",
     "Demonstration of Topol Ballistic Missiles on Exercises"),
    ("На полигон доставлена новая система. Мы скоро продемонстрируем её.", "Demonstration of New System"),
    # two nouns of its number before: no guess; "их" before a noun is "their"
    ("Ракеты и корабли доставлены на полигон. Мы скоро продемонстрируем их.", "Demonstration"),
    ("Полигон готов. Мы скоро продемонстрируем их ракеты.", "Demonstration of Missiles"),
])
def test_an_object_pronoun_is_named_by_the_noun_it_stands_for(pipeline, text, name):
    planned = [v for v in events(pipeline, text).values() if v[4] == "context"]
    assert [v[0] for v in planned] == [name], events(pipeline, text)


@pytest.mark.parametrize("text", [
    "Скоро стало ясно, что соглашение подписали без нас.",  # a past the clause tells
    "Если бы нас позвали, мы скоро подписали бы соглашение.",  # only imagined
    "В обозримой перспективе никакой встречи не будет.",  # what will not happen
    "Погода скоро изменится к лучшему.",  # no event language
    "В будущем санкции могут быть сняты.",  # only possible
    "Не исключено, что в ближайшее время будет подписан договор.",  # only possible
    "Мы скоро увидим, чего стоят их заявления.",  # the time places the seeing, not what is after the comma
])
def test_no_plan_for_a_past_an_imagined_or_a_denied_future_or_plain_words(pipeline, text):
    assert not [v for v in events(pipeline, text).values() if v[4] == "context" and v[3] is None], events(pipeline, text)


@pytest.mark.parametrize("text, dct, event_id", [
    # states that recently joined a body the sentence names: its latest enlargement before the document
    ("Вместе с государствами, которые недавно стали членами БРИКС, группа выросла.", date(2024, 6, 1),
     "brics-enlargement-2024"),
    ("Страны, которые недавно вступили в БРИКС, принесли новые рынки.", date(2025, 3, 1),
     "brics-enlargement-2025"),
    ("НАТО усилилось странами, которые недавно присоединились к альянсу.", date(2020, 9, 1), "nato-enlargement-2020"),
])
def test_states_that_recently_joined_a_body_are_its_latest_enlargement(pipeline, text, dct, event_id):
    found = events(pipeline, text, dct=dct)
    assert event_id in found, found
    assert found[event_id][4] == "knowledge"


@pytest.mark.parametrize("text, dct", [
    ("Государства, которые недавно стали членами БРИКС, довольны.", date(2019, 6, 1)),  # none in the last two years
    ("Недавно мы обсуждали с БРИКС торговлю.", date(2024, 6, 1)),  # no one joined
])
def test_no_enlargement_without_a_recent_one_or_a_verb_of_joining(pipeline, text, dct):
    assert not [k for k in events(pipeline, text, dct=dct) if "enlargement" in k]


@pytest.mark.parametrize("text, dct, event_id", [
    # a clause telling the past, in a region where no war runs now: the latest war there that ended
    ("Наши отцы прошли через тяжёлые бои во время войны на Кавказе.", date(2015, 1, 1), "second-chechen-war"),
    # "борьба с терроризмом" is an armed fight there
    ("Тогда мы прошли через испытания в ходе борьбы с терроризмом на Кавказе.", date(2020, 1, 1), "second-chechen-war"),
    # while one runs, it is the one meant
    ("Люди прошли через тяжёлые бои во время войны на Кавказе.", date(2000, 6, 1), "second-chechen-war"),
    ("Люди прошли через тяжёлые бои во время войны на Кавказе.", date(1995, 6, 1), "first-chechen-war"),
])
def test_a_past_war_in_a_region_is_the_latest_that_ended_there(pipeline, text, dct, event_id):
    assert event_id in events(pipeline, text, dct=dct)


@pytest.mark.parametrize("text", [
    "На Кавказе будет борьба за туристов.",  # a struggle that is no armed fight
    "На Кавказе построят новые дороги, конфликт интересов исключён.",  # nothing told in the past
    "Борьба с коррупцией на Кавказе шла годами.",  # a fight against no armed enemy
])
def test_no_past_war_for_a_struggle_a_future_or_a_fight_against_corruption(pipeline, text):
    assert not [k for k in events(pipeline, text, dct=date(2020, 1, 1)) if "chechen" in k]


def test_a_recent_enlargement_is_told_by_its_comma_part_and_links_no_other_body_of_the_sentence(pipeline):
    text = "Экономисты ждут, что к 2030 году БРИКС вместе со странами, которые недавно вступили в объединение, обгонит «Группу семи»."
    found = pipeline(Document("d", "d.txt", text, "0", dct=date(2024, 6, 1), language="ru"))
    spans = [text[m.char_start:m.char_end] for m in found.event_mentions if m.event_id == "brics-enlargement-2024"]
    assert spans == ["которые недавно вступили в объединение"]
    assert {a.actor_id for a in found.event_actors if a.event_id == "brics-enlargement-2024"} == {"brics"}


@pytest.mark.parametrize("text, dated", [
    ("В 2030 году страны, которые вступили в союз, станут богаче.", False),  # a past act is not dated by a later year
    ("В 2030 году будет подписан новый договор.", True),
    ("В 2010 году стороны подписали договор.", True),
])
def test_a_later_date_does_not_date_a_verb_in_the_past_tense(pipeline, text, dated):
    found = events(pipeline, text, dct=date(2024, 6, 1))
    assert bool([v for v in found.values() if v[4] == "text"]) is dated, found


@pytest.mark.parametrize("text, event_id, other", [
    # a date in the clause picks the war running then, not the latest that ended
    ("В 1995 году бои на Кавказе шли каждый день.", "first-chechen-war", "second-chechen-war"),
    ("В 2001 году бои на Кавказе шли каждый день.", "second-chechen-war", "first-chechen-war"),
])
def test_a_dated_past_war_in_a_region_is_the_one_running_at_that_date(pipeline, text, event_id, other):
    found = events(pipeline, text, dct=date(2024, 6, 1))
    assert event_id in found and other not in found, found


@pytest.mark.parametrize("text, name", [
    # a name of 11 or 12 English words is kept whole, as English names are: its place is not cut off
    ("Надо в ближайшее время сформировать новую общую систему равной и коллективной обороны в Европе.",
     "Formation of New Common System of Equal and Collective Defence in Europe"),
    # a longer one is cut at ten words (and never ends on a small word)
    ("Надо в ближайшее время сформировать новую общую систему равной и коллективной обороны стран Европы и Азии "
     "и Африки.", "Formation of New Common System of Equal and Collective Defence"),
])
def test_a_russian_name_of_up_to_twelve_words_is_kept_whole(pipeline, text, name):
    assert [v[0] for v in events(pipeline, text).values()] == [name], events(pipeline, text)


@pytest.mark.parametrize("text, name", [
    # whom the talks are with, said by a pronoun after "с", is left out and the phrase goes on
    ("Мы скоро проведём переговоры с ними о торговле.", "Talks on Trade"),
    # a named party stays
    ("Мы скоро проведём переговоры с Китаем о торговле.", "Talks with China on Trade"),
])
def test_a_pronoun_after_with_is_left_out_of_a_russian_name(pipeline, text, name):
    assert [v[0] for v in events(pipeline, text).values() if v[4] == "context"] == [name], events(pipeline, text)


def test_the_issues_talks_are_on_stay_in_a_claim_s_name(pipeline):
    text = "Министр заявил, что чиновники якобы хотят переговоров с нами по вопросам торговли."
    assert [v[0] for v in events(pipeline, text).values()] == ["Claims of Talks on Issues of Trade"], events(pipeline, text)


@pytest.mark.parametrize("text, name", [
    # the other side of a generic act, written "с <actor>" right after its date, goes into its name
    ("Мы помним гонку вооружений, которую вели в 1970-е годы с Соединёнными Штатами.",
     "Arms Race with US in the 1970s"),
    ("Началась торговая война, затеянная в 2018 году с Китаем.", "Trade War with China in 2018"),
    # "с" with the genitive is "from", not a party
    ("Санкции сняли в 2016 году с Ирана.", None),
    # in the act's own comma-part the party is no name of it: the period still comes
    ("Торговую войну начали в 2018 году с Китаем.", "Trade War with China in 2018"),
    ("Гонку вооружений вели в 1970-е годы с Советским Союзом, и её проиграли.",
     "Arms Race with Soviet Union in the 1970s"),
    # no actor after "с": the plain generic name
    ("Гонку вооружений вели в 1970-е годы с огромными затратами.", "Arms Race in the 1970s"),
    # "с" and the actor not right after the date: no party
    ("Гонку вооружений с большим трудом вели в 1970-е годы.", "Arms Race in the 1970s"),
])
def test_a_party_with_whom_beside_the_date_names_a_generic_act(pipeline, text, name):
    names = [v[0] for v in events(pipeline, text).values()]
    if name is None:
        assert not any(" with " in n.lower() for n in names), names
    else:
        assert name in names, names
