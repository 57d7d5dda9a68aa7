"""Event detection and dating rules added for recall on unseen articles (issue 9): known events
of more families, terms told apart by the holder's given names, descriptive aliases that a
sentence dates to another time."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from timeline_builder.extract import registry
from timeline_builder.records import AnnotatedDocument, Document, Extraction, Timex

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from actor_fixtures import extraction_with_actors
from event_fixtures import year_timex

DCT = date(2024, 10, 1)


def run(text: str, timexes=(), dct=DCT):
    doc = Document("d", "d.txt", text, "sha", dct=dct)
    result = registry.create("events")(AnnotatedDocument(doc, Extraction(timexes=tuple(timexes))))
    return {e.event_id: e for e in result.events}


@pytest.mark.parametrize("sentence, event_id, begin", [
    ("Leaders argued over burden sharing at the Wales summit.", "nato-summit-wales-2014", date(2014, 9, 4)),
    ("KFOR troops patrolled the border.", "kfor", date(1999, 6, 12)),
    ("ISAF handed over to Afghan forces.", "isaf", date(2001, 12, 20)),
    ("The Libya air campaign strained European stocks.", "operation-unified-protector", date(2011, 3, 23)),
    ("Operation Deliberate Force ended the siege.", "operation-deliberate-force", date(1995, 8, 30)),
    ("Britain and France renewed the Treaty of Dunkirk's spirit.", "treaty-of-dunkirk", date(1947, 3, 4)),
    ("The Brussels Treaty bound five states.", "brussels-treaty", date(1948, 3, 17)),
    ("Hanoi paid dearly for the Vietnamese invasion of Cambodia.", "cambodian-vietnamese-war", date(1978, 12, 25)),
    ("Exports boomed after China's accession to the WTO.", "china-wto-accession", date(2001, 12, 11)),
    ("Russia's accession to the World Trade Organization took 18 years.", "russia-wto-accession", date(2012, 8, 22)),
    ("The Soviet withdrawal from Afghanistan was complete.", "soviet-withdrawal-from-afghanistan", date(1988, 5, 15)),
    ("Unions remembered the Winter of Discontent.", "winter-of-discontent", date(1978, 11, 1)),
    ("In Place of Strife divided the cabinet.", "in-place-of-strife", date(1969, 1, 17)),
    ("Markets fell after the Brexit referendum.", "brexit-referendum", date(2016, 6, 23)),
    ("The Taiwan Relations Act still governs arms sales.", "taiwan-relations-act", date(1979, 4, 10)),
    ("Critics blamed the Freedom Agenda for the backlash.", "freedom-agenda", date(2003, 11, 6)),
    ("Moscow was angry that Washington had sanctioned Russia and the West called Crimea's annexation illegal.",
     "annexation-of-crimea", date(2014, 2, 20)),
    ("NATO stayed out of the Iraq intervention.", "iraq-war", date(2003, 3, 20)),
    ("Oil prices jumped during the Twelve-Day War.", "twelve-day-war", date(2025, 6, 13)),
    ("The Beslan school siege hardened Kremlin policy.", "beslan-school-siege", date(2004, 9, 1)),
    ("After the Galwan Valley clash India banned many apps.", "galwan-valley-clash", date(2020, 6, 15)),
    ("Kyiv signed the EU-Ukraine Association Agreement in Brussels.", "eu-ukraine-association-agreement", date(2014, 6, 27)),
    ("Critics cite the Zeitenwende speech as a turning point.", "zeitenwende-speech", date(2022, 2, 27)),
    ("Moscow protested against NATO enlargement to the Baltic states.", "nato-enlargement-2004", date(2004, 3, 29)),
    ("Russia helped the US-led campaign in Afghanistan with overflight rights.", "war-in-afghanistan-2001", date(2001, 10, 7)),
    # by the names and paraphrases writers use for them
    ("Chinese and Soviet troops fought on Damansky Island.", "damansky-island-incident", date(1969, 3, 2)),
    ("The Zhenbao Island incident shocked Moscow.", "damansky-island-incident", date(1969, 3, 2)),
    ("Xi Jinping watched the Victory Parade in 2025 beside his host.", "moscow-victory-parade-2025", date(2025, 5, 9)),
    ("The 2020 Victory Day parade was held in June.", "moscow-victory-parade-2020", date(2020, 6, 24)),
    ("The Obama administration's reset soon faltered.", "russian-reset", date(2009, 2, 7)),
    ("Both powers oversaw the removal of Syria's chemical weapons.", "syria-chemical-weapons-deal", date(2013, 9, 14)),
])
def test_known_events_of_more_families_are_found_with_their_real_dates(sentence, event_id, begin):
    # told no earlier than the event began: a text cannot name a war that broke out after it was written
    events = run(sentence, dct=max(DCT, begin))
    assert event_id in events, sorted(events)
    assert events[event_id].date_begin == begin
    assert events[event_id].date_basis == "knowledge"


def test_the_border_conflict_of_1969_is_not_its_first_clash():
    events = run("The Sino-Soviet border conflict lasted until September.")
    assert "sino-soviet-border-conflict" in events and "damansky-island-incident" not in events


def test_a_dated_clause_links_to_a_known_event_by_its_cue_words():
    text = "Sterling held for three years, but the government gave in to devaluation in 1967."
    events = run(text, [year_timex(text, "1967", 1967)])
    assert "devaluation-of-sterling-1967" in events


@pytest.mark.parametrize("text, holder_begin", [
    ("Détente resumed late in George H.W. Bush's presidency.", date(1989, 1, 20)),
    ("George W. Bush's administration wanted a partner against terrorism.", date(2001, 1, 20)),
])
def test_given_names_choose_between_holders_of_one_surname(text, holder_begin):
    terms = [e for e in run(text, dct=date(2014, 3, 21)).values() if e.kind == "term"]
    assert [t.date_begin for t in terms] == [holder_begin]


def test_a_descriptive_alias_in_a_sentence_dated_long_before_the_event_is_not_that_event():
    text = "In 1987 Moscow announced fewer troops in Mongolia and a partial withdrawal from Afghanistan."
    events = run(text, [year_timex(text, "1987", 1987)])
    assert "fall-of-kabul-2021" not in events
    undated = run("Critics still debate the withdrawal from Afghanistan.")
    assert "fall-of-kabul-2021" in undated  # without a date of its own the sentence names the known event


def test_two_titles_before_a_name_are_two_tenures():
    from timeline_builder.records import Actor, ActorMention

    text = "The trip was arranged by National Security Advisor and Secretary of State Henry Kissinger."
    start = text.index("Henry Kissinger")
    found = Extraction(actor_mentions=(ActorMention("henry-kissinger", "d", start, start + 15, "Henry Kissinger"),),
                       actors=(Actor("henry-kissinger", "Henry Kissinger", "person"),))
    doc = Document("d", "d.txt", text, "sha", dct=date(2025, 7, 11))
    events = registry.create("events")(AnnotatedDocument(doc, found)).events
    assert sorted((e.kind, e.date_begin) for e in events) == [("term", date(1969, 1, 20)), ("term", date(1973, 9, 22))]


def test_a_planned_event_is_not_linked_to_a_known_event_already_begun():
    text = "Ukraine is at war. The United States will withdraw its last troops from Afghanistan this year."
    start = text.index("this year")
    this_year = Timex("d", start, start + 9, "this year", "DATE", "2014", None, date(2014, 1, 1), date(2014, 12, 31), "year")
    events = run(text, [this_year], dct=date(2014, 3, 21))
    dated = [e for e in events.values() if e.text_date == "this year"]
    assert dated and all(e.kb_id is None and e.date_basis == "context" for e in dated)
    assert all(e.date_begin == date(2014, 1, 1) for e in dated)


def test_an_agreement_between_parties_dated_by_its_clause_is_not_an_older_known_treaty():
    from timeline_builder.records import Actor, ActorMention

    def parties(text):
        mentions = tuple(ActorMention(a, "d", text.index(n), text.index(n) + len(n), n)
                         for a, n in (("russia", "Russia"), ("china", "China")))
        return Extraction(actor_mentions=mentions, actors=(Actor("russia", "Russia", "state"), Actor("china", "China", "state")))

    undated = "Officials praised the treaty between Russia and China."
    doc = Document("d", "d.txt", undated, "sha", dct=DCT)
    found = registry.create("events")(AnnotatedDocument(doc, parties(undated))).events
    assert any(e.kb_id for e in found)  # the latest known treaty of the two
    text = "In the spring of 2024, accords were struck between Russia and China on grain."
    start = text.index("the spring of 2024")
    spring = Timex("d", start, start + 18, "the spring of 2024", "DATE", "2024-SP", None, date(2024, 3, 1),
                   date(2024, 5, 31), "season")
    doc = Document("d", "d.txt", text, "sha", dct=DCT)
    found = registry.create("events")(AnnotatedDocument(doc, Extraction(timexes=(spring,), actor_mentions=parties(text).actor_mentions,
                                                                        actors=parties(text).actors))).events
    assert not any(e.kb_id and e.kind in ("treaty", "agreement") for e in found)


def test_a_dated_summit_clause_links_to_the_known_summit_of_that_year():
    text = "At the summit in Lisbon in 2010 the allies adopted a new strategic concept."
    assert "nato-summit-lisbon-2010" in run(text, [year_timex(text, "2010", 2010)])


def test_a_deadline_does_not_date_an_event():
    text = "At a summit in Lisbon the leaders promised that Europe would lead the world by 2010."
    assert "nato-summit-lisbon-2010" not in run(text, [year_timex(text, "2010", 2010)])



def _people(text: str, names: dict[str, str]):
    return extraction_with_actors(text, {actor_id: (name, "person") for actor_id, name in names.items()})


def test_a_news_story_death_is_dated_by_the_dct_and_an_earlier_one_by_the_days_between():
    text = ("The retired judge Mary Holt has died at the age of 88. She died at home, "
            "just 9 days after her husband Peter Holt died in hospital.")
    doc = Document("d", "d.txt", text, "sha", dct=date(2010, 5, 20))
    found = _people(text, {"mary-holt": "Mary Holt", "peter-holt": "Peter Holt"})
    found_events = registry.create("events")(AnnotatedDocument(doc, found)).events
    # "has died" and "She died" may be two rows here (the build merges them into the finer one)
    mary = {(e.date_begin, e.date_basis) for e in found_events if e.name == "Death of Mary Holt"}
    assert (date(2010, 5, 20), "context") in mary
    assert [e.date_begin for e in found_events if e.name == "Death of Peter Holt"] == [date(2010, 5, 11)]
    # its mention is its own clause, apart from "She died at home", which tells the story's death
    peter = next(e.event_id for e in found_events if e.name == "Death of Peter Holt")
    result = registry.create("events")(AnnotatedDocument(doc, found))
    assert [m.text for m in result.event_mentions if m.event_id == peter] == ["9 days after her husband Peter Holt died in hospital"]


def test_a_past_death_without_news_is_not_dated_by_the_dct():
    text = "Peter Holt died in hospital, 9 days after Mary Holt died."
    doc = Document("d", "d.txt", text, "sha", dct=date(2010, 5, 20))
    found = _people(text, {"mary-holt": "Mary Holt", "peter-holt": "Peter Holt"})
    assert not [e for e in registry.create("events")(AnnotatedDocument(doc, found)).events if e.kind == "death"]


def test_a_plural_title_before_two_names_gives_each_a_tenure():
    text = "The plan was praised by former Secretaries of State Madeleine Albright and Colin Powell."
    found = _people(text, {"madeleine-albright": "Madeleine Albright", "colin-powell": "Colin Powell"})
    doc = Document("d", "d.txt", text, "sha", dct=date(2015, 1, 1))
    terms = sorted(e.date_begin for e in registry.create("events")(AnnotatedDocument(doc, found)).events if e.kind == "term")
    assert terms == [date(1997, 1, 23), date(2001, 1, 20)]


def test_a_date_dating_a_known_name_also_dates_the_summit_its_clause_names():
    text = "Allies launched the NATO Training Mission in Iraq at the summit in Istanbul in 2004."
    events = run(text, [year_timex(text, "2004", 2004)])
    assert {"ntm-i", "nato-summit-istanbul-2004"} <= set(events)


def test_a_cue_in_the_sentence_before_does_not_link_a_clause_of_another_kind():
    text = "Brezhnev spoke warmly of China in Tashkent. In 1982 the two foreign ministers met for talks."
    events = run(text, [year_timex(text, "1982", 1982)])
    assert "tashkent-speech-1982" not in events
    same = "In 1982 Brezhnev spoke warmly of China in a speech in Tashkent."
    assert "tashkent-speech-1982" in run(same, [year_timex(same, "1982", 1982)])


@pytest.mark.parametrize("text, begin", [
    ("After four years as prime minister, Putin came back in 2012 to begin a third term.", date(2012, 5, 7)),
    ("Putin, who sought a second term in 2004, won easily.", None),  # 2004 begins no term of his: none
])
def test_a_holder_returning_for_an_nth_term_is_that_term(text, begin):
    terms = [e for e in run(text, dct=date(2014, 3, 21)).values() if e.kind == "term" and "putin" in e.event_id]
    assert [t.date_begin for t in terms] == ([begin] if begin else [])


@pytest.mark.parametrize("text, begin", [
    ("In 1968 the chancellor refused to back prime minister Harold Wilson.", date(1964, 10, 16)),
    ("In 1975 the cabinet met under prime minister Harold Wilson.", date(1974, 3, 4)),
])
def test_of_two_terms_in_one_office_the_title_means_the_one_the_sentence_dates(text, begin):
    found = _people(text, {"harold-wilson": "Harold Wilson"})
    doc = Document("d", "d.txt", text, "sha", dct=date(2005, 3, 26))
    terms = [e.date_begin for e in registry.create("events")(AnnotatedDocument(doc, found)).events
             if e.kind == "term" and "wilson" in e.event_id]
    assert terms == [begin]


def test_an_indefinite_article_makes_a_descriptive_alias_generic():
    from timeline_builder.records import Actor, ActorMention

    def events(text):
        start = text.index("Washington")
        found = Extraction(actor_mentions=(ActorMention("united-states", "d", start, start + 10, "Washington"),),
                           actors=(Actor("united-states", "United States", "state"),))
        doc = Document("d", "d.txt", text, "sha", dct=date(2025, 7, 1))
        return {e.event_id for e in registry.create("events")(AnnotatedDocument(doc, found)).events}

    assert "new-world-order" not in events("Beijing wants to build a new world order without Washington.")
    assert "new-world-order" in events("Washington once proclaimed the new world order.")


def test_a_period_reached_with_into_does_not_date_an_event():
    text = "The ruling shaped French law well into the 21st century."
    start = text.index("the 21st century")
    century = Timex("d", start, start + 16, "the 21st century", "DATE", "20", None, date(2001, 1, 1),
                    date(2100, 12, 31), "century")
    assert not [e for e in run(text, [century]).values() if e.date_begin == date(2001, 1, 1)]


def _month(text: str, span: str, year: int, month: int) -> Timex:
    import calendar

    start = text.index(span)
    last = calendar.monthrange(year, month)[1]
    return Timex("d", start, start + len(span), span, "DATE", f"{year}-{month:02d}", None, date(year, month, 1),
                 date(year, month, last), "month")


def test_a_clause_saying_a_known_event_ended_that_month_is_its_mention():
    text = "In February 1989 the last Soviet troops left Afghanistan."
    events = run(text, [_month(text, "February 1989", 1989, 2)])
    assert "soviet-withdrawal-from-afghanistan" in events
    other = "In February 1989 the strike ended in Leeds."
    assert not [e for e in run(other, [_month(other, "February 1989", 1989, 2)]).values() if e.kb_id]


@pytest.mark.parametrize("text, span, days", [
    ("Russia recently tested a new missile over the Barents Sea.", "recently", 90),
    ("In recent weeks Russia has bombed two towns in Syria.", "In recent weeks", 60),
    ("In recent months China has signed three arms deals with Iran.", "In recent months", 183),
])
def test_vague_recency_dates_an_event_with_an_honest_interval_up_to_the_dct(text, span, days):
    from datetime import timedelta

    start = text.index(span)
    vague = Timex("d", start, start + len(span), span, "DATE", "PAST_REF", None, None, None, None)
    dct = date(2025, 6, 1)
    dated = [e for e in run(text, [vague], dct=dct).values() if e.text_date == span]
    assert [(e.date_begin, e.date_end, e.date_basis) for e in dated] == [(dct - timedelta(days=days), dct, "context")]



@pytest.mark.parametrize("text, span, year", [
    ("Harold Wilson resigned as party leader in 1976 after the defeat.", "1976", 1976),
    ("Jim Smith enlisted in the army in 1942 and was made a captain.", "1942", 1942),
])
def test_a_dated_clause_whose_only_event_word_is_a_trigger_is_an_event(text, span, year):
    dated = [e for e in run(text, [year_timex(text, span, year)]).values() if e.text_date == span]
    assert [(e.date_begin.year, e.date_basis) for e in dated] == [(year, "text")]


def test_a_trigger_a_user_adds_makes_its_dated_clause_an_event(tmp_path):
    text = "Street musicians busked outside the palace in 1957."
    timexes = [year_timex(text, "1957", 1957)]
    assert not [e for e in run(text, timexes).values() if e.text_date == "1957"]
    folder = tmp_path / "triggers"
    folder.mkdir()
    (folder / "mine.tsv").write_text("forms\tpos\tlabel\tkind\tevent_type\treason\n"
                                     "busk|busks|busked\tverb\tbusks\tother\t\tPLOVER codes no busking\n", encoding="utf-8")
    doc = Document("d", "d.txt", text, "sha", dct=DCT)
    extractor = registry.create("events", knowledge_dirs=(tmp_path,))
    events = extractor(AnnotatedDocument(doc, Extraction(timexes=tuple(timexes)))).events
    assert [e.date_begin.year for e in events if e.text_date == "1957"] == [1957]


def _terms(text: str, names: dict[str, str], dct=date(2005, 1, 1)) -> dict[str, date]:
    found = _people(text, names)
    doc = Document("d", "d.txt", text, "sha", dct=dct)
    return {e.name: e.date_begin for e in registry.create("events")(AnnotatedDocument(doc, found)).events
            if e.kind == "term"}


MARSHALL = {"george-marshall": "George Marshall"}


@pytest.mark.parametrize("text, begins", [
    ("George Marshall was admired by many. When secretary of state, he ordered the airlift.", [date(1947, 1, 21)]),
    ("George Marshall was admired. As secretary of defense in the early 1950s, General George Marshall rebuilt the army.",
     [date(1950, 9, 21)]),
    ("After the war George Marshall became secretary of defense for a year.", [date(1950, 9, 21)]),
    ("George Marshall held the offices of secretary of state and secretary of defense during his career.",
     [date(1947, 1, 21), date(1950, 9, 21)]),
])
def test_an_office_said_of_a_person_is_a_tenure_dated_by_the_actor_knowledge(text, begins):
    assert sorted(_terms(text, MARSHALL).values()) == begins


def test_an_office_said_of_no_one_or_not_held_gives_no_tenure():
    assert not _terms("When secretary of state, he ordered the airlift.", {})
    assert not _terms("George Marshall was admired. As foreign observers noted, he was calm.", MARSHALL)
    assert not _terms("George Marshall became prime minister of nowhere.", MARSHALL)


def test_a_party_s_leader_is_the_party_leader_role():
    terms = _terms("Tory leader Margaret Thatcher won in 1979.", {"margaret-thatcher": "Margaret Thatcher"})
    assert list(terms.values()) == [date(1975, 2, 11)]


def _with_types(text: str, actors: dict[str, tuple[str, str]]) -> Extraction:
    return extraction_with_actors(text, actors)


@pytest.mark.parametrize("text, expected", [
    ("Today NATO counts Finland and Sweden as full members.", {"finland-nato-accession", "sweden-nato-accession"}),
    ("NATO met in Madrid. Finland has since become a member of the Alliance.", {"finland-nato-accession"}),
    ("Finland, a NATO member, buys American jets.", set()),
    ("Finland and Sweden talked with NATO.", set()),
])
def test_a_state_said_to_join_an_organisation_is_its_known_accession(text, expected):
    found = _with_types(text, {"finland": ("Finland", "state"), "sweden": ("Sweden", "state"),
                               "nato": ("NATO", "organization")})
    doc = Document("d", "d.txt", text, "sha", dct=DCT)
    events = registry.create("events")(AnnotatedDocument(doc, found)).events
    assert {e.event_id for e in events if "accession" in e.event_id} == expected


def _season(text: str, span: str, year: int) -> Timex:
    start = text.index(span)
    return Timex("d", start, start + len(span), span, "DATE", f"{year}-SU", None, date(year, 6, 1),
                 date(year, 8, 31), "season")


def test_a_conference_named_by_its_place_alone_in_a_dated_clause_is_that_conference():
    text = "Truman first faced Stalin at Potsdam in the summer of 1945."
    assert "potsdam-conference" in run(text, [_season(text, "the summer of 1945", 1945)])
    other = "Truman stayed in a villa near Potsdam in the summer of 1945."
    assert "potsdam-conference" not in run(other, [_season(other, "the summer of 1945", 1945)])


@pytest.mark.parametrize("dct, expected", [
    (date(2024, 4, 4), "nato-summit-washington-2024"),
    (date(1999, 2, 1), "nato-summit-washington-1999"),
    (date(2010, 2, 1), None),
])
def test_a_summit_named_by_its_place_alone_is_the_one_nearest_the_dct(dct, expected):
    text = "NATO must send strong signals at the Washington summit."
    found = _with_types(text, {"nato": ("NATO", "organization")})
    doc = Document("d", "d.txt", text, "sha", dct=dct)
    events = registry.create("events")(AnnotatedDocument(doc, found)).events
    summits = [e.event_id for e in events if e.kind == "meeting"]
    assert summits == ([expected] if expected else [])


def test_a_happening_joined_to_a_known_event_under_its_date_is_an_event_of_its_own():
    text = ("After the signing of the Treaty of Rome and the withdrawal of French troops from Tunisia in 1957, "
            "Paris looked to Europe.")
    events = run(text, [year_timex(text, "1957", 1957)])
    assert "treaty-of-rome" in events
    others = [e for e in events.values() if e.kb_id is None]
    assert [(e.date_begin.year, e.date_basis) for e in others] == [(1957, "text")]
    assert "withdraw" in others[0].name.lower()


def test_a_part_telling_the_known_event_again_or_far_from_the_date_is_no_second_event():
    text = "The Treaty of Rome was signed in 1957, and the six founders ratified it within months."
    assert [e.event_id for e in run(text, [year_timex(text, "1957", 1957)]).values()] == ["treaty-of-rome"]
    text = ("During the long negotiations over farm policy and tariffs, ministers quarrelled, and the six signed "
            "what became the Treaty of Rome, which entered into force after ratification in 1958.")
    events = run(text, [year_timex(text, "1958", 1958)])
    assert not [e for e in events.values() if "negotiat" in e.name.lower()]


def test_an_anniversary_being_celebrated_is_an_event_of_the_founding_s_day():
    text = "NATO meets in Brussels. While the Alliance marks its 75th anniversary, its members quarrel."
    found = _with_types(text, {"nato": ("NATO", "organization")})
    doc = Document("d", "d.txt", text, "sha", dct=date(2024, 4, 2))
    events = [e for e in registry.create("events")(AnnotatedDocument(doc, found)).events if "Anniversary" in e.name]
    assert [(e.date_begin, e.date_basis) for e in events] == [(date(2024, 4, 4), "knowledge")]
    doc = Document("d", "d.txt", text, "sha", dct=date(2030, 4, 2))  # no founding 75 years before: the dct
    events = [e for e in registry.create("events")(AnnotatedDocument(doc, found)).events if "Anniversary" in e.name]
    assert [(e.date_begin, e.date_basis) for e in events] == [(date(2030, 4, 2), "context")]


def test_a_law_named_after_its_sponsors_is_found_from_their_names():
    text = "Legislation sponsored by Senators Henry Jackson and Charles Vanik tied trade to emigration."
    assert "jackson-vanik-amendment" in run(text)
    assert not run("Henry Jackson and Charles Vanik met for lunch.")


def _duration(text: str, span: str, years: int) -> Timex:
    start = text.index(span)
    return Timex("d", start, start + len(span), span, "DURATION", f"P{years}Y", None, None, None, None)


@pytest.mark.parametrize("text, date_span, year, period, years, expected", [
    ("Elected for Leeds at the 1955 election, she represented the city for more than 30 years.",
     "1955", 1955, "more than 30 years", 30, (1955, 1985, "term")),
    ("With the peso under pressure, the bank defended the peg for four years, before giving up in 1994.",
     "1994", 1994, "four years", 4, (1990, 1994, None)),
])
def test_a_span_of_years_its_sentence_anchors_to_a_date_is_a_dated_period(text, date_span, year, period, years,
                                                                            expected):
    events = run(text, [year_timex(text, date_span, year), _duration(text, period, years)])
    periods = [e for e in events.values() if e.text_date == period]
    assert [(e.date_begin.year, e.date_end.year, e.date_basis) for e in periods] == [expected[:2] + ("context",)]
    if expected[2]:
        assert periods[0].kind == expected[2]


def test_a_span_of_years_with_no_date_in_its_sentence_or_telling_a_known_term_is_no_period():
    text = "She represented the city for more than 30 years."
    assert not run(text, [_duration(text, "more than 30 years", 30)])
    text = "Putin returned in 2012 after the Medvedev presidency, which lasted for four years."
    events = run(text, [year_timex(text, "2012", 2012), _duration(text, "four years", 4)])
    assert not [e for e in events.values() if e.text_date == "four years"]


def _period(text: str, span: str, value: str) -> Timex:
    start = text.index(span)
    return Timex("d", start, start + len(span), span, "DURATION", value, None, None, None, None)


@pytest.mark.parametrize("text, span, value, begin", [
    ("China signed three arms deals with Iran in the past two years.", "the past two years", "P2Y", date(2022, 10, 1)),
    ("NATO has deployed new battalions to Romania over the last six months.", "the last six months", "P6M",
     date(2024, 4, 1)),
])
def test_an_event_in_the_last_stretch_of_time_is_dated_up_to_the_dct(text, span, value, begin):
    dated = [e for e in run(text, [_period(text, span, value)]).values() if e.text_date == span]
    assert [(e.date_begin, e.date_end, e.date_basis) for e in dated] == [(begin, DCT, "context")]


def test_a_last_stretch_of_time_without_an_event_word_is_no_event():
    text = "The weather was mild in the last six months."
    assert not run(text, [_period(text, "the last six months", "P6M")])


@pytest.mark.parametrize("text, timexes, expected", [
    ("The Korean War began in 1950. After the war, Seoul rebuilt its factories.", [], "korean-war"),
    ("Labour won in the summer of 1945. Many hoped the alliance formed during the war would last.",
     [("the summer of 1945", 1945)], "world-war-ii"),
    ("We must win the war on terror.", [], None),
    ('Adams wrote that the revolution was "effected before the war commenced."', [], None),
])
def test_a_bare_the_war_is_the_war_named_or_under_way_just_before(text, timexes, expected):
    found = run(text, [year_timex(text, span, year) for span, year in timexes])
    wars = [e.event_id for e in found.values() if e.kind == "war"]
    assert wars == ([expected] if expected else [])


@pytest.mark.parametrize("text, dct, expected", [
    ("The Obama team's outreach held up in the president's first term.", date(2014, 3, 1),
     (date(2009, 1, 20), date(2013, 1, 20))),
    ("Critics say little changed in the president's second term.", date(2016, 6, 1),
     (date(2013, 1, 20), date(2017, 1, 20))),
])
def test_the_president_s_nth_term_is_that_four_year_term_of_the_president_named_or_in_office(text, dct, expected):
    terms = [(e.date_begin, e.date_end) for e in run(text, dct=dct).values() if e.name.endswith("Term")]
    assert terms == [expected]


def test_what_happened_during_the_visit_the_sentence_before_tells_takes_its_date():
    text = ("The president paid a state visit to Hanoi in 2016. During the visit, the two sides signed a "
            "defence agreement. During the visit, the weather was fine.")
    events = run(text, [year_timex(text, "2016", 2016)])
    signed = [e for e in events.values() if e.date_basis == "context"]
    assert [(e.kind, e.date_begin.year) for e in signed] == [("agreement", 2016)]


def test_a_government_that_came_in_at_a_date_is_the_one_known_term_begun_then():
    text = "The Labour government came in as the war ended, in the summer of 1945."
    terms = [e.event_id for e in run(text, [_season(text, "the summer of 1945", 1945)]).values() if e.kind == "term"]
    assert len(terms) == 1 and "attlee" in terms[0]
    text = "The new government took office in 1997."
    assert not [e for e in run(text, [year_timex(text, "1997", 1997)]).values() if e.kb_id]


def test_a_government_named_after_a_head_of_government_is_dated_by_the_actor_knowledge():
    text = "Donors funded the Hamid Karzai government for years."
    found = _people(text, {"hamid-karzai": "Hamid Karzai"})
    doc = Document("d", "d.txt", text, "sha", dct=DCT)
    terms = [(e.name, e.date_begin) for e in registry.create("events")(AnnotatedDocument(doc, found)).events
             if e.kind == "term"]
    # his whole unbroken time at the head of the state: interim leader, then president (twice)
    assert terms == [("Hamid Karzai Government", date(2001, 12, 22))]


def test_the_author_s_office_at_a_date_is_the_author_s_tenure():
    text = "The war began in 1991. At that time, I was still ambassador to Iraq. By 1995, I was national security adviser."
    timexes = [year_timex(text, "1991", 1991), year_timex(text, "1995", 1995)]
    tenures = sorted((e.name, e.date_begin.year) for e in run(text, timexes).values() if e.name.startswith("Author"))
    assert tenures == [("Author's Tenure as Ambassador to Iraq", 1991),
                       ("Author's Tenure as National Security Adviser", 1995)]
    text = "In 1991 I was talking to the governor."
    assert not [e for e in run(text, [year_timex(text, "1991", 1991)]).values() if e.name.startswith("Author")]


# --- known happenings told by their noun and the states they happened in ---------------------------

def _states_run(text: str, states: tuple[str, ...], dct=DCT):
    found = extraction_with_actors(text, {state.lower(): (state, "state") for state in states})
    result = registry.create("events")(AnnotatedDocument(Document("d", "d.txt", text, "sha", dct=dct), found))
    return {e.event_id for e in result.events}, result.event_mentions


@pytest.mark.parametrize("text, states, expected", [
    # two states: the revolutions of one period (Ukraine's of 2004, not of 2014, beside Georgia's of 2003)
    ("Washington welcomed the peaceful revolutions in Ukraine and Georgia, to Moscow's anger.",
     ("Ukraine", "Georgia"), {"orange-revolution", "rose-revolution"}),
    ("Few in Washington regretted the coups in Chile and Iran.", ("Chile", "Iran"),
     {"chilean-coup-1973", "iranian-coup-1953"}),
    ("Its troops never forgot the invasion of Kuwait.", ("Kuwait",), {"iraqi-invasion-of-kuwait"}),
])
def test_a_happening_noun_with_the_states_it_happened_in_is_the_known_event(text, states, expected):
    events, mentions = _states_run(text, states)
    assert expected <= events
    assert all(m.text.split()[0].lower().rstrip("s") in ("revolution", "coup", "invasion")
               for m in mentions if m.event_id in expected)  # the noun phrase is the evidence


@pytest.mark.parametrize("text, states", [
    ("Nobody in Kyiv wants a revolution in Ukraine.", ("Ukraine",)),  # a kind of thing, not a known one
    ("The revolution in Ukraine changed everything.", ("Ukraine",)),  # Ukraine had two: which, the text does not say
    ("Clinton sent the fleet to deter a threatened invasion of Kuwait.", ("Kuwait",)),  # not the one of 1990
    ("Analysts discussed the intervention in Narnia.", ("Narnia",)),  # no known event of that state
])
def test_a_happening_noun_without_one_known_event_is_not_linked(text, states):
    events, _ = _states_run(text, states)
    assert not events & {"orange-revolution", "euromaidan", "iraqi-invasion-of-kuwait", "color-revolutions"}
    assert all(not e.startswith(("orange", "euromaidan", "iraqi", "color")) for e in events)


def test_a_happening_already_named_is_not_found_twice():
    events, mentions = _states_run("The Orange Revolution in Ukraine was peaceful.", ("Ukraine",))
    assert [m.text for m in mentions if m.event_id == "orange-revolution"] == ["Orange Revolution"]


# --- what a person did in an office the sentence opens with ------------------------------------------

def _person_run(text: str, dct=date(2005, 3, 26)):
    timexes = [year_timex(text, "1966", 1966)] if "1966" in text else []
    found = extraction_with_actors(text, {"james-callaghan": ("James Callaghan", "person")}, timexes)
    result = registry.create("events")(AnnotatedDocument(Document("d", "d.txt", text, "sha", dct=dct), found))
    return result.events


def test_an_act_told_after_when_in_office_is_dated_by_that_tenure():
    events = _person_run("James Callaghan was a Labour politician. "
                         "As chancellor, he imposed a new tax on gambling.")
    acts = [e for e in events if e.kind != "term"]
    assert len(acts) == 1
    act = acts[0]
    assert "Tax" in act.name and act.date_basis == "context" and act.granularity is None
    # the tenure the knowledge base dates: Chancellor of the Exchequer, October 1964 to November 1967
    assert (act.date_begin, act.date_end) == (date(1964, 10, 16), date(1967, 11, 30))


@pytest.mark.parametrize("sentence", [
    "As chancellor, he was known for his charm.",  # no event word: no event
    "As chancellor in 1966, he imposed a new tax on gambling.",  # its own date dates it (the dated-clause rules)
])
def test_no_act_in_office_without_an_event_word_or_with_a_date_of_its_own(sentence):
    text = "James Callaghan was a Labour politician. " + sentence
    acts = [e for e in _person_run(text) if e.kind != "term" and e.date_basis == "context"]
    assert acts == []


@pytest.mark.parametrize("text, begins", [
    # the title sits in the appositive before the one next to the name
    ("In 1948 the foreign secretary at the time, my great predecessor, Ernest Bevin, sent papers to Washington.",
     [date(1945, 7, 27)]),
    # no title in either appositive
    ("In 1948 a man of the left, my great predecessor, Ernest Bevin, sent papers to Washington.", []),
])
def test_a_title_in_the_appositive_before_the_name_s_own_is_a_tenure(text, begins):
    assert sorted(_terms(text, {"ernest-bevin": "Ernest Bevin"}).values()) == begins


@pytest.mark.parametrize("text, names, begins", [
    # a Senate leader's or committee chairman's years as a senator come from the actor knowledge
    ("The amendment was sponsored by then-Senator Joe Biden.", {"joe-biden": "Joe Biden"}, [date(1973, 1, 3)]),
    ("A letter from Senators Bob Dole and George Mitchell reached the embassy.",
     {"bob-dole": "Bob Dole", "george-j-mitchell": "George Mitchell"}, [date(1969, 1, 3), date(1980, 5, 17)]),
])
def test_a_senator_named_by_title_is_that_senate_service(text, names, begins):
    found = _people(text, names)
    doc = Document("d", "d.txt", text, "sha", dct=date(2020, 1, 1))
    terms = sorted(e.date_begin for e in registry.create("events")(AnnotatedDocument(doc, found)).events
                   if e.kind == "term")
    assert terms == begins
