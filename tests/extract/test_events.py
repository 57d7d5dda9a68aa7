"""The event extractor: each way of dating an event, knowledge-base linking, de-duplication."""
from __future__ import annotations

from datetime import date

import pytest

from timeline_builder.extract import registry
from timeline_builder.extract.events.dated import clause_name, guess_kind
from timeline_builder.extract.events.matcher import AliasMatcher
from timeline_builder.extract.events.text import TextLayout, find_notes
from timeline_builder.knowledge.events import load_event_knowledge
from timeline_builder.records import ActorMention, AnnotatedDocument, Document, Extraction, Timex

DCT = date(2025, 2, 18)


def timex(text: str, span: str, value: str, begin, end, granularity="year", type_="DATE", mod=None, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(span, start + 1)
    return Timex("d", start, start + len(span), span, type_, value, mod, begin, end, granularity)


def mention(text: str, actor_id: str, span: str, nth: int = 0) -> ActorMention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(span, start + 1)
    return ActorMention(actor_id, "d", start, start + len(span), span)


def run(text: str, timexes=(), mentions=(), dct=DCT):
    doc = Document("d", "d.txt", text, "sha", dct=dct)
    found = Extraction(timexes=tuple(timexes), actor_mentions=tuple(mentions))
    result = registry.create("events")(AnnotatedDocument(doc, found))
    return result, {e.event_id: e for e in result.events}


def y(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


@pytest.fixture(scope="module")
def kb():
    return load_event_knowledge()


# --- knowledge-base events by name or alias ------------------------------------------------------

@pytest.mark.parametrize("text, event_id", [
    ("The New START treaty is soon to become a thing of the past.", "new-start"),
    ("This is the Countering America’s Adversaries Through Sanctions Act at work.", "caatsa"),
    ("Kiev ignored the Minsk agreements for years.", "minsk-agreements"),
    ("They signed the Six-Day War ceasefire.", "six-day-war"),
    ("Both sides remembered the Six Day War.", "six-day-war"),
    ("The INF Treaty collapsed.", "inf-treaty"),
    ("Memories of the Cuban missile crisis remain.", "cuban-missile-crisis"),
    ("Few diplomats still mention the PPWT.", "ppwt"),
])
def test_known_event_found_by_alias_with_knowledge_dates(text, event_id, kb):
    result, events = run(text)
    assert event_id in events
    event = events[event_id]
    assert event.date_basis == "knowledge" and event.kb_id == event_id
    assert event.date_begin == kb.events[event_id].date_begin


@pytest.mark.parametrize("text, event_id, words", [
    ("In a long speech on trade, the minister praised the Minsk agreements and attacked the farmers' union.",
     "minsk-agreements", ["Minsk agreements"]),
    ("When the talks began in Geneva, nobody had forgotten the Cuban missile crisis, least of all the generals.",
     "cuban-missile-crisis", ["Cuban missile crisis"]),
    # twice in one clause: each naming is its own evidence
    ("The INF Treaty was praised by some and the INF Treaty was mourned by others.", "inf-treaty",
     ["INF Treaty", "INF Treaty"]),
])
def test_a_known_event_named_in_a_clause_is_mentioned_by_its_name(text, event_id, words):
    """The clause may tell other things (a speech, a trip, a term); the evidence is the name."""
    result, _ = run(text)
    assert [m.text for m in result.event_mentions if m.event_id == event_id] == words


def test_a_known_event_is_named_with_the_short_forms_analysts_write():
    text = "Few expected Kennedy to win the 1960 US presidential election by so little."
    _, events = run(text, mentions=[mention(text, "united-states", "US")])
    assert events["us-presidential-election-1960"].name == "1960 US presidential election"


def test_capital_abbreviation_alias_needs_capitals():
    _, events = run("It was a new start for the two countries, said the inf officer.")
    assert "new-start" not in events and "inf-treaty" not in events


def test_quoted_alias_matches_only_in_quotes():
    _, quoted = run("The illusory nature of any “resets” with Washington is plain.")
    _, bare = run("Press reset on the router.")
    assert "russian-reset" in quoted and "russian-reset" not in bare


def test_alias_inside_a_longer_proper_name_is_not_a_match():
    _, events = run("The America First Policy Institute wrote it.")
    assert "america-first-policy" not in events


def test_matcher_prefers_the_longest_alias(kb):
    matcher = AliasMatcher(list(kb.events.values()))
    text = "promoting the ratification of the New START treaty"
    matches = matcher.find(text)
    assert [m.events[0].event_id for m in matches] == ["new-start-ratification"]
    assert text[matches[0].start:matches[0].end] == "ratification of the New START treaty"


# --- events the text dates ------------------------------------------------------------------------

def test_dated_clause_links_to_known_event_by_cues():
    text = ("Even during the Cold War – for instance, in 1962, when our countries came closer than ever "
            "to nuclear confrontation – diplomats helped.")
    result, events = run(text, [timex(text, "1962", "1962", *y(1962))])
    crisis = events["cuban-missile-crisis"]
    assert crisis.date_basis == "knowledge" and crisis.text_date == "1962"
    assert (crisis.date_begin, crisis.date_end) == (date(1962, 10, 16), date(1962, 10, 28))
    spans = [text[m.char_start:m.char_end] for m in result.event_mentions if m.event_id == "cuban-missile-crisis"]
    assert spans == ["for instance, in 1962, when our countries came closer than ever to nuclear confrontation"]


def test_two_dates_in_one_clause_link_by_cues_in_the_previous_sentence():
    text = ("We can see how quickly Middle Eastern crises brought nuclear powers to the brink. "
            "Similar threats arose during the events of both 1956 and 1973.")
    _, events = run(text, [timex(text, "1956", "1956", *y(1956)), timex(text, "1973", "1973", *y(1973))])
    assert {"suez-crisis", "yom-kippur-war"} <= set(events)
    assert events["suez-crisis"].text_date == "1956"


@pytest.mark.parametrize("text, span, year, event_id", [
    # The sentence before is about Gorbachev (a cue of the 1991 coup); this one is about something else.
    ("Gorbachev met the Chinese leader in Beijing.\n\nIn 1991, military cooperation between the two armies resumed.",
     "1991", 1991, "august-coup-1991"),
    ("Gorbachev met the Chinese leader in Beijing. In 1991, military cooperation between the two armies resumed.",
     "1991", 1991, "august-coup-1991"),
    ("The minister praised the Labour movement. She became a baroness in 1987.", "1987", 1987,
     "uk-general-election-1987"),
])
def test_a_year_with_cues_only_in_the_sentence_before_is_not_that_known_event(text, span, year, event_id):
    _, events = run(text, [timex(text, span, str(year), *y(year))])
    assert event_id not in events
    assert all(e.kb_id is None for e in events.values())


@pytest.mark.parametrize("text, span, year, event_id", [
    ("Tanks rolled through Moscow. In August 1991 the coup collapsed within three days.", "August 1991", 1991,
     "august-coup-1991"),
    ("Yeltsin climbed onto a tank in Moscow in 1991 and defied the plotters.", "1991", 1991, "august-coup-1991"),
])
def test_a_year_with_cues_in_its_own_sentence_is_the_known_event(text, span, year, event_id):
    month = span.startswith("August")
    begin, end = (date(1991, 8, 1), date(1991, 8, 31)) if month else y(year)
    _, events = run(text, [timex(text, span, "1991-08" if month else str(year), begin, end,
                                 "month" if month else "year")])
    assert event_id in events


def test_dated_clause_without_cues_is_a_text_event():
    text = "In 1987, the two academies exchanged delegations of young scientists."
    _, events = run(text, [timex(text, "1987", "1987", *y(1987))])
    (event,) = events.values()
    assert event.date_basis == "text" and event.kb_id is None
    assert (event.date_begin, event.date_end, event.granularity) == (*y(1987), "year")
    assert event.text_date == "1987" and event.time_relation == "past"
    assert event.name == "Two Academies Exchange Delegations of Young Scientists"


def test_a_date_without_event_language_is_no_event():
    text = "The weather in 1987 was mild."
    _, events = run(text, [timex(text, "1987", "1987", *y(1987))])
    assert events == {}


def test_relative_date_gives_context_basis():
    text = "The so-called peace plan appeared last year."
    _, events = run(text, [timex(text, "last year", "2024", *y(2024))])
    (event,) = events.values()
    assert event.date_basis == "context" and event.date_begin == date(2024, 1, 1)


def test_joined_decades_in_one_clause_make_one_event():
    # ("stretching back to the 1960s" alone would be no event: "stretching back" is no event word.)
    text = "The last talks of this kind, stretching back to the 1960s and 1970s, have broken off."
    _, events = run(text, [timex(text, "the 1960s", "196", date(1960, 1, 1), date(1969, 12, 31), "decade"),
                           timex(text, "1970s", "197", date(1970, 1, 1), date(1979, 12, 31), "decade")])
    (event,) = events.values()
    assert (event.date_begin, event.date_end) == (date(1960, 1, 1), date(1979, 12, 31))


def test_term_named_in_the_clause_bounds_a_text_interval():
    text = "He helped during the Reagan administration, which pursued a confrontational policy in the early 1980s."
    _, events = run(text, [timex(text, "the early 1980s", "198", date(1980, 1, 1), date(1983, 12, 31),
                                 "decade", mod="START")])
    policy = [e for e in events.values() if e.kb_id is None]
    assert len(policy) == 1
    assert policy[0].date_begin == date(1981, 1, 20) and policy[0].date_basis == "knowledge"
    assert "reagan-administration" in events


@pytest.mark.parametrize("sentence, span, value, expected", [
    ("After three years of brinkmanship in hybrid warfare mode, signals emerged.", "three years", "P3Y",
     (date(2022, 2, 18), None, "context")),
    ("They hope that in four years an antithesis of the president will come to power.", "four years", "P4Y",
     (date(2029, 1, 1), date(2029, 12, 31), "context")),
])
def test_durations_anchored_to_the_dct(sentence, span, value, expected):
    _, events = run(sentence, [timex(sentence, span, value, None, None, None, "DURATION")])
    (event,) = events.values()
    assert (event.date_begin, event.date_end, event.date_basis) == expected


def test_approximate_years_ago_links_with_slack():
    text = "Some hope Moscow and Beijing can be split, following a scenario reminiscent of 50 years ago."
    _, events = run(text, [timex(text, "50 years ago", "1975", *y(1975))])
    assert "sino-american-rapprochement" in events


# --- events dated by context ------------------------------------------------------------------------

@pytest.mark.parametrize("text, event_id", [
    ("The crisis peaked under the Joe Biden administration.", "biden-administration"),
    ("Ukraine, which under Biden became the main stumbling block.", "biden-administration"),
    ("The previous US administration’s focus was on defeat.", "biden-administration"),
    ("Constraints were imposed during Trump’s first term.", "trump-first-administration"),
    ("It was provoked by the first Trump team.", "trump-first-administration"),
    ("Since the previous Trump presidency, it has had authority.", "trump-first-administration"),
    ("Questions the Trump administration has not answered.", "trump-second-administration"),
    ("Many in the new administration support a buildup.", "trump-second-administration"),
    ("He broke the deadlock during the Reagan administration.", "reagan-administration"),
])
def test_terms_resolved_against_the_dct(text, event_id, kb):
    holders = {"Biden": "joe-biden", "Trump": "donald-trump", "Reagan": "ronald-reagan"}
    mentions = [mention(text, actor, name) for name, actor in holders.items() if name in text]
    _, events = run(text, mentions=mentions)
    assert event_id in events
    event = events[event_id]
    assert event.date_basis == "context" and event.kind == "term"
    assert event.date_begin == kb.events[event_id].date_begin


def test_under_a_month_name_is_not_a_term():
    _, events = run("Talks stalled during May and resumed in June.", dct=date(2017, 9, 1))
    assert events == {}


def test_administration_of_something_is_not_a_term():
    _, events = run("The administration of the program was poor.")
    assert events == {}


def test_bush_administration_is_resolved_by_the_dct():
    _, in_1990 = run("The Bush administration welcomed it.", dct=date(1990, 6, 1))
    _, in_2005 = run("The Bush administration welcomed it.", dct=date(2005, 6, 1))
    assert "george-h-w-bush-administration" in in_1990 and "george-w-bush-administration" in in_2005


def test_recent_change_of_administration():
    _, events = run("The change of administration in the US has created an opportunity.")
    (event,) = [e for e in events.values() if e.kind == "other"]
    assert event.date_begin == date(2025, 1, 20) and event.date_basis == "context"
    assert event.name == "Change of administration in the US (Trump takes office)"  # not "Second Trump"


def test_relative_terms_need_a_dct():
    _, events = run("The previous administration did this.", dct=None)
    assert events == {}


# --- cited sources -------------------------------------------------------------------------------------

NOTES = ("The plan appeared last year.2\n\nNOTES:\n\n"
         "1 Shizuka Kuramitsu. “Pentagon Says Arsenal Still Growing,” Arms Control Association, January/February 2025.\n\n"
         "2 “America First, Russia, & Ukraine,” AFPI, April 11, 2024.\n")


def notes_timexes():
    return [timex(NOTES, "last year", "2024", *y(2024)),
            timex(NOTES, "January", "2025-01", date(2025, 1, 1), date(2025, 1, 31), "month"),
            timex(NOTES, "February 2025", "2025-02", date(2025, 2, 1), date(2025, 2, 28), "month"),
            timex(NOTES, "April 11, 2024", "2024-04-11", date(2024, 4, 11), date(2024, 4, 11), "day")]


def test_notes_section_and_its_lines():
    start, notes = find_notes(NOTES)
    assert start == NOTES.index("NOTES:") and [n.number for n in notes] == [1, 2]
    assert NOTES[notes[1].start:notes[1].end] == "2 “America First, Russia, & Ukraine,” AFPI, April 11, 2024."


def test_citations_are_publications_dated_by_the_citation():
    result, events = run(NOTES, notes_timexes())
    pubs = {e.name: e for e in events.values() if e.source == "citation"}
    kuramitsu = pubs["Pentagon Says Arsenal Still Growing"]
    assert (kuramitsu.date_begin, kuramitsu.date_end) == (date(2025, 1, 1), date(2025, 2, 28))
    assert kuramitsu.kind == "publication" and kuramitsu.date_basis == "text"
    assert kuramitsu.text_date == "January/February 2025"


def test_footnoted_body_clause_joins_its_citation_event():
    result, events = run(NOTES, notes_timexes())
    plan = [e for e in events.values() if e.name == "America First, Russia, & Ukraine"]
    assert len(plan) == 1 and plan[0].date_begin == date(2024, 4, 11)
    spans = sorted(NOTES[m.char_start:m.char_end] for m in result.event_mentions if m.event_id == plan[0].event_id)
    assert spans[0].startswith("2 “America First") and spans[1].startswith("The plan appeared last year")


def test_life_span_gives_life_and_death_events():
    text = "5 “Pamyati A.F. Dobrynina (1919-2010),” Mezhdunarodnaya zhizn."
    _, events = run(text, mentions=[mention(text, "anatoly-dobrynin", "A.F. Dobrynina")])
    (life,) = [e for e in events.values() if e.kind == "other"]
    assert (life.date_begin, life.date_end, life.date_basis) == (date(1919, 1, 1), date(2010, 12, 31), "text")
    (death,) = [e for e in events.values() if e.kind == "death"]
    # The knowledge base knows the day; the text's year agrees with it.
    assert (death.event_id, death.date_begin, death.date_basis) == ("death-of-anatoly-dobrynin", date(2010, 4, 6),
                                                                    "knowledge")


def test_life_span_of_someone_unknown_is_dated_by_the_text():
    text = "In memory of Ivan Petrovich Sidorov (1901-1977), a diplomat."
    _, events = run(text)
    (death,) = [e for e in events.values() if e.kind == "death"]
    assert (death.date_begin, death.date_basis) == (date(1977, 1, 1), "text")


@pytest.mark.parametrize("text, span", [
    ("We mourn the late Mikhail Gorbachev.", "Mikhail Gorbachev"),
    ("After the death of Stalin, the thaw began.", "Stalin"),
    ("Brezhnev died in office.", "Brezhnev"),
    ("Andropov's death opened the way.", "Andropov"),
])
def test_deaths_the_knowledge_base_dates(text, span):
    actor = {"Mikhail Gorbachev": "mikhail-gorbachev", "Stalin": "joseph-stalin", "Brezhnev": "leonid-brezhnev",
             "Andropov": "yuri-andropov"}[span]
    _, events = run(text, mentions=[mention(text, actor, span)])
    deaths = [e for e in events.values() if e.kind == "death"]
    assert len(deaths) == 1 and deaths[0].date_basis == "knowledge" and deaths[0].date_begin.day


def test_a_living_mention_is_no_death():
    text = "Gorbachev spoke in Geneva."
    _, events = run(text, mentions=[mention(text, "mikhail-gorbachev", "Gorbachev")])
    assert not [e for e in events.values() if e.kind == "death"]


# --- tenures and appointments from titles --------------------------------------------------------------

def test_former_title_gives_a_tenure_from_actor_roles():
    text = "Its consultants include former attorney general Jeff Sessions."
    _, events = run(text, mentions=[mention(text, "jeff-sessions", "Jeff Sessions")])
    (tenure,) = [e for e in events.values() if e.kind == "term"]
    assert tenure.date_begin == date(2017, 2, 9) and tenure.date_basis == "knowledge"


@pytest.mark.parametrize("text, person, title", [
    ("The talks of the 1970s followed advice given by the former Secretary of State Henry Kissinger.",
     "henry-kissinger", "Secretary of State Henry Kissinger"),
    ("In his speech that year, the former attorney general Jeff Sessions spoke of crime.",
     "jeff-sessions", "attorney general Jeff Sessions"),
])
def test_a_tenure_is_mentioned_by_its_title_and_name_not_the_whole_clause(text, person, title):
    result, events = run(text, mentions=[mention(text, person, person.replace("-", " ").title())])
    (tenure,) = [e for e in events.values() if e.kind == "term"]
    spans = [(m.char_start, m.char_end) for m in result.event_mentions if m.event_id == tenure.event_id]
    start = text.index(title)
    assert spans == [(start, start + len(title))]


def test_new_title_gives_an_appointment():
    text = "As the new Secretary of State Marco Rubio has admitted, conditions are poor."
    _, events = run(text, mentions=[mention(text, "marco-rubio", "Marco Rubio")])
    (appointment,) = [e for e in events.values() if e.kind == "appointment"]
    assert appointment.date_begin == date(2025, 1, 21)


def test_current_title_is_no_event():
    text = "President Vladimir Putin spoke."
    _, events = run(text, mentions=[mention(text, "vladimir-putin", "Vladimir Putin")])
    assert events == {}


# --- one row per event -------------------------------------------------------------------------------------

def test_an_event_mentioned_many_times_is_one_row_with_many_mentions():
    text = "The Cold War shaped us. Even during the Cold War, talks went on. After the Cold War, it changed."
    result, events = run(text)
    assert list(events) == ["cold-war"]
    assert len([m for m in result.event_mentions if m.event_id == "cold-war"]) == 3


def test_same_known_event_by_alias_and_by_dated_clause_is_one_row():
    text = ("The Cuban Missile Crisis was a turning point. In 1962, the world came close to nuclear war "
            "over missiles in Cuba.")
    result, events = run(text, [timex(text, "1962", "1962", *y(1962))])
    assert list(events) == ["cuban-missile-crisis"]
    assert events["cuban-missile-crisis"].text_date == "1962"
    assert len(result.event_mentions) == 2


def test_text_event_ids_are_stable_and_content_derived():
    text = "In 1987, the two academies exchanged delegations."
    first, _ = run(text, [timex(text, "1987", "1987", *y(1987))])
    second, _ = run(text, [timex(text, "1987", "1987", *y(1987))])
    assert first.events[0].event_id == second.events[0].event_id
    assert first.events[0].event_id.startswith("two-academies-exchange-delegations-")


def test_prospective_and_current_relations():
    text = "The New START treaty expires soon; the Iraq War ended long ago."
    _, events = run(text)
    assert events["new-start"].time_relation == "current"
    assert events["iraq-war"].time_relation == "past"


def test_registered_with_name_and_version():
    extractor = registry.create("events")
    assert extractor.name == "events" and extractor.version


@pytest.mark.parametrize("words, kind", [
    ("the war in the south", "war"), ("the summit in Geneva", "meeting"),
    ("they signed the treaty", "treaty"), ("the exchanges went on", "other"),
])
def test_guess_kind(words, kind):
    assert guess_kind(words) == kind


def test_clause_name_keeps_the_date_and_drops_connectives():
    text = "Just as in the 1960s, this work will need to start from scratch."
    tx = timex(text, "the 1960s", "196", date(1960, 1, 1), date(1969, 12, 31), "decade")
    layout = TextLayout(Document("d", "d.txt", text, "s"))
    name = clause_name(text, layout.clause(tx.char_start, tx.char_end), tx)
    assert name.startswith("The 1960s") and "this work will need to start" in name


# --- events found through other events or through their parties ---------------------------------------

def test_treaty_ending_soon_is_its_expiry():
    _, events = run("The last pillar, the New START treaty, is soon to become a thing of the past.")
    assert events["new-start-expiry"].date_begin == date(2026, 2, 5)
    assert events["new-start-expiry"].time_relation == "prospective"


def test_treaty_named_by_its_parties():
    text = "Given the treaty obligations between Moscow and Pyongyang, Russia would be involved."
    doc_actors = ()
    mentions = [mention(text, "russia", "Moscow"), mention(text, "north-korea", "Pyongyang")]
    doc = Document("d", "d.txt", text, "sha", dct=DCT)
    from timeline_builder.records import Actor
    found = Extraction(actor_mentions=tuple(mentions), actors=(Actor("russia", "Russia", "state"),
                                                              Actor("north-korea", "North Korea", "state")))
    result = registry.create("events")(AnnotatedDocument(doc, found))
    assert [e.event_id for e in result.events] == ["russia-north-korea-treaty"]


def test_recent_events_named_by_place():
    _, events = run("The hawks are euphoric following events in Lebanon and Syria.")
    assert {"israel-hezbollah-war-2024", "fall-of-the-assad-regime"} <= set(events)
    _, old = run("The hawks are euphoric following events in Lebanon and Syria.", dct=date(1990, 1, 1))
    assert "fall-of-the-assad-regime" not in old


def test_by_a_date_gives_only_an_upper_bound():
    text = "By the end of the first quarter of the 21st century, cooperation had been paralyzed."
    span = "the end of the first quarter of the 21st century"
    _, events = run(text, [timex(text, span, "2025", date(2001, 1, 1), date(2025, 12, 31), "century", mod="END")])
    (event,) = events.values()
    assert (event.date_begin, event.date_end) == (None, date(2025, 12, 31))


def test_bare_event_noun_names_the_current_known_event():
    text = "Before the Soviet invasion, Afghanistan was neutral. This invasion threatens peace."
    _, events = run(text, mentions=[mention(text, "afghanistan", "Afghanistan")], dct=date(1980, 1, 4))
    assert list(events) == ["soviet-afghan-war"]
    _, later = run(text, dct=date(1995, 1, 4))
    assert "soviet-afghan-war" not in later


def test_named_participant_and_cue_recall_a_known_event():
    text = "Consider North Korea, which Trump ultimately failed to pacify."
    doc = Document("d", "d.txt", text, "sha", dct=DCT)
    from timeline_builder.records import Actor
    found = Extraction(actor_mentions=(mention(text, "donald-trump", "Trump"),),
                       actors=(Actor("donald-trump", "Donald Trump", "person"),))
    result = registry.create("events")(AnnotatedDocument(doc, found))
    assert [e.event_id for e in result.events] == ["trump-kim-summits"]


def test_a_title_alone_does_not_recall_events():
    text = "The President spoke of North Korea."
    doc = Document("d", "d.txt", text, "sha", dct=DCT)
    from timeline_builder.records import Actor
    found = Extraction(actor_mentions=(mention(text, "donald-trump", "President"),),
                       actors=(Actor("donald-trump", "Donald Trump", "person"),))
    assert registry.create("events")(AnnotatedDocument(doc, found)).events == ()


def test_same_day_signing_links_without_cues():
    text = "This ceremony and the treaty we're signing today are examples of patience."
    tx = timex(text, "today", "1987-12-08", date(1987, 12, 8), date(1987, 12, 8), "day")
    _, events = run(text, [tx], dct=date(1987, 12, 8))
    assert list(events) == ["inf-treaty"] and events["inf-treaty"].text_date == "today"


# --- robustness -------------------------------------------------------------------------------------------

from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

WORDS = st.sampled_from(["In", "1962", "the", "Cold War", "treaty", "signed", "between", "Moscow", "and",
                         "Washington", "under Biden", "after", "years of", "war", "NOTES:", "\n", "1", "“Title,”",
                         "by", "2025", "(1919-2010)", ",", ".", "–", "the previous administration", "crisis"])


@st.composite
def documents(draw):
    text = " ".join(draw(st.lists(WORDS, min_size=1, max_size=40)))
    timexes = []
    for _ in range(draw(st.integers(0, 4))):
        start = draw(st.integers(0, max(0, len(text) - 1)))
        end = draw(st.integers(start + 1, len(text))) if start < len(text) else start
        if end <= start:
            continue
        year = draw(st.integers(1, 9999))
        kind = draw(st.sampled_from(["DATE", "TIME", "DURATION", "SET"]))
        value = f"P{draw(st.integers(1, 9000))}Y" if kind == "DURATION" else str(year)
        begin = date(year, 1, 1) if kind != "DURATION" and draw(st.booleans()) else None
        end_day = date(year, 12, 31) if kind != "DURATION" and draw(st.booleans()) else None
        timexes.append(Timex("d", start, end, text[start:end], kind, value, None, begin, end_day,
                             draw(st.sampled_from(["day", "week", "year", "decade", None]))))
    dct = draw(st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))))
    return text, timexes, dct


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_any_document_gives_well_formed_events(doc):
    text, timexes, dct = doc
    result, events = run(text, timexes, dct=dct)
    ids = set(events)
    assert len(ids) == len(result.events)
    for m in result.event_mentions:
        assert m.event_id in ids and 0 <= m.char_start <= m.char_end <= len(text)
        assert m.text == text[m.char_start:m.char_end]
    for e in result.events:
        assert e.date_basis in ("text", "context", "knowledge")
        assert e.date_begin is None or e.date_end is None or e.date_begin <= e.date_end


def test_negated_date_is_no_event_and_contrasted_dates_stay_apart():
    text = "This was genocide in the heart of Europe, not in 1945 but in 1995."
    _, events = run(text, [timex(text, "1945", "1945", *y(1945)), timex(text, "1995", "1995", *y(1995))])
    assert [(e.date_begin, e.date_end) for e in events.values()] == [y(1995)]


def test_dated_death_is_the_known_death_once():
    text = "When Stalin died in 1953, it was not clear who would follow."
    _, events = run(text, [timex(text, "1953", "1953", *y(1953))], mentions=[mention(text, "joseph-stalin", "Stalin")],
                    dct=date(1964, 10, 18))
    assert list(events) == ["death-of-joseph-stalin"] and events["death-of-joseph-stalin"].text_date == "1953"


def test_no_death_after_the_document_was_written():
    text = "He went to the funeral of Gorbachev."
    _, events = run(text, mentions=[mention(text, "mikhail-gorbachev", "Gorbachev")], dct=date(1990, 1, 1))
    assert events == {}


def test_led_by_gives_the_tenure_heading_the_named_organisation():
    text = "The foreign ministry of Russia, led by Sergey Lavrov, protested."
    _, events = run(text, mentions=[mention(text, "russia", "Russia"), mention(text, "sergey-lavrov", "Sergey Lavrov")])
    (tenure,) = events.values()
    assert tenure.kind == "term" and tenure.date_begin == date(2004, 3, 9) and tenure.date_basis == "knowledge"


# --- comparisons, talk of war in general, dates as subjects ------------------------------------------------

def _decade(text: str, span: str, nth: int = 0) -> Timex:
    decade = int(span.strip("the s")[:4])
    return timex(text, span, str(decade)[:3], date(decade, 1, 1), date(decade + 9, 12, 31), "decade", nth=nth)


@pytest.mark.parametrize("text, spans", [
    ("Scholars of both countries began regular exchanges in the 1960s. Today the channel is broken. "
     "Just as in the 1960s, this work will have to start from scratch.", ("the 1960s", "the 1960s")),
    ("Engineers of the two agencies launched joint flights in the 1970s. As in the 1970s, the crews will "
     "need patience.", ("the 1970s", "the 1970s")),
])
def test_a_comparison_with_a_dated_time_is_another_mention_of_its_event(text, spans):
    timexes = [_decade(text, span, nth=i) for i, span in enumerate(spans)]
    result, events = run(text, timexes)
    (event,) = events.values()
    assert len([m for m in result.event_mentions if m.event_id == event.event_id]) == 2


def test_a_comparison_with_a_time_the_document_does_not_date_is_an_event_of_its_own():
    text = "Just as in the 2010s, hardliners will do all they can to disrupt any dialogue."
    _, events = run(text, [_decade(text, "the 2010s")])
    (event,) = events.values()
    assert event.date_begin == date(2010, 1, 1) and event.date_basis == "text"


@pytest.mark.parametrize("text, span, value, begin", [
    ("Since 1945 our policy has succeeded in deterring war in Europe.", "1945", "1945", date(1945, 1, 1)),
    ("No one in 1966 could doubt the necessity of preventing a nuclear war.", "1966", "1966", date(1966, 1, 1)),
    ("In 1983, the risk of nuclear war seemed remote to many.", "1983", "1983", date(1983, 1, 1)),
])
def test_talk_of_war_in_general_is_no_war(text, span, value, begin):
    _, events = run(text, [timex(text, span, value, begin, date(begin.year, 12, 31))])
    assert all(e.kind != "war" for e in events.values())


def test_a_date_as_the_subject_of_a_wish_is_the_signing_the_context_names():
    text = ("One last step, and the treaty will be signed.\n\nMay this day, December 8, 1987, become a date that "
            "will mark the end of the era of a mounting risk of nuclear war.")
    tx = timex(text, "December 8, 1987", "1987-12-08", date(1987, 12, 8), date(1987, 12, 8), "day")
    _, events = run(text, [tx], dct=date(1987, 12, 8))
    assert "inf-treaty" in events and all(e.kind != "war" for e in events.values())


@pytest.mark.parametrize("words, kind", [
    ("we act to stand united with our allies", "other"),
    ("the Helsinki Final Act was signed", "law"),
    ("out of the horrors of war came hope", "war"),
])
def test_guess_kind_of_verbs_and_names(words, kind):
    assert guess_kind(words) == kind


def test_a_date_with_a_comma_keeps_the_words_after_it_in_the_name():
    text = "It was over 6 years ago, November 18, 1981, that I first proposed the zero option."
    tx = timex(text, "November 18, 1981", "1981-11-18", date(1981, 11, 18), date(1981, 11, 18), "day")
    layout = TextLayout(Document("d", "d.txt", text, "s"))
    assert "first proposed" in clause_name(text, layout.clause(tx.char_start, tx.char_end), tx)


@pytest.mark.parametrize("text, span, value, begin, end", [
    ('"It is better to deal with him now than 5 years from now," she said.', "5 years from now", "1996",
     date(1996, 1, 1), date(1996, 12, 31)),
    ("The new treaty will cut more warheads than in 1972.", "1972", "1972", date(1972, 1, 1), date(1972, 12, 31)),
])
def test_a_time_compared_with_dates_no_event(text, span, value, begin, end):
    _, events = run(text, [timex(text, span, value, begin, end)], dct=date(1991, 1, 16))
    assert all(e.date_begin != begin for e in events.values())


# --- tenures of institute heads, successors, recent deaths, announced appointments -------------------------

@pytest.mark.parametrize("text, spans, person, begin, end", [
    ("A key role was played by the Institute for US and Canadian Studies, led by Academician Georgy Arbatov.",
     (("institute-for-us-and-canadian-studies", "Institute for US and Canadian Studies"),
      ("georgy-arbatov", "Georgy Arbatov")), "georgy-arbatov", date(1967, 1, 1), date(1995, 12, 31)),
    # "his successor": the role heading the organisation the sentence before names.
    ("Georgy Arbatov built the Institute for US and Canadian Studies. His successor, Academician Sergey Rogov, "
     "kept its ties with American scholars.",
     (("georgy-arbatov", "Georgy Arbatov"), ("institute-for-us-and-canadian-studies", "Institute for US and Canadian Studies"),
      ("sergey-rogov", "Sergey Rogov")), "sergey-rogov", date(1995, 1, 1), date(2015, 12, 31)),
    ("A key figure remains Fred Fleitz, former NSC chief of staff, who now runs a division.",
     (("fred-fleitz", "Fred Fleitz"), ("us-national-security-council", "NSC")), "fred-fleitz",
     date(2018, 5, 1), date(2018, 10, 31)),
    ("IMEMO grew under Primakov – under whose leadership it advised the Politburo.",
     (("imemo", "IMEMO"), ("yevgeny-primakov", "Primakov")), "yevgeny-primakov", date(1985, 1, 1),
     date(1989, 12, 31)),
])
def test_tenures_of_heads_of_institutes_are_dated_by_knowledge(text, spans, person, begin, end):
    result, events = run(text, mentions=[mention(text, a, s) for a, s in spans])
    tenures = [e for e in events.values() if e.kind == "term" and (e.date_begin, e.date_end) == (begin, end)]
    assert len(tenures) == 1 and tenures[0].date_basis == "knowledge"
    assert person in {l.actor_id for l in result.event_actors if l.event_id == tenures[0].event_id}


@pytest.mark.parametrize("text, span", [
    ("The recently deceased Academician Ivan Petrov led the dialogue.", "Ivan Petrov"),
    ("Ivan Petrov, who recently died, led the dialogue.", "Ivan Petrov"),
])
def test_a_recent_death_is_dated_by_the_dct(text, span):
    doc_mentions = [mention(text, "ivan-petrov", span)]
    doc = Document("d", "d.txt", text, "sha", dct=DCT)
    from timeline_builder.records import Actor
    found = Extraction(actors=(Actor("ivan-petrov", "Ivan Petrov", "person"),), actor_mentions=tuple(doc_mentions))
    result = registry.create("events")(AnnotatedDocument(doc, found))
    (death,) = [e for e in result.events if e.kind == "death"]
    assert death.date_end == DCT and death.date_begin < DCT and death.date_basis == "context"
    assert death.name == "Death of Ivan Petrov"


def test_the_late_someone_unknown_is_no_dated_death():
    text = "The late Ivan Petrov led the dialogue."
    _, events = run(text, mentions=[mention(text, "ivan-petrov", "Ivan Petrov")])
    assert all(e.kind != "death" for e in events.values())


def test_an_appointment_announced_before_office_is_dated_by_the_announcement():
    text = "Today, Keith Kellogg has been appointed Trump's special envoy for Ukraine."
    result, events = run(text, mentions=[mention(text, "keith-kellogg", "Keith Kellogg"),
                                         mention(text, "donald-trump", "Trump")])
    (appointment,) = [e for e in events.values() if e.kind == "appointment"]
    assert appointment.date_begin == date(2024, 11, 27)
    # The president-elect who named him, not the president of the announcement day.
    assert ("donald-trump", "agent") in {(l.actor_id, l.role) for l in result.event_actors
                                         if l.event_id == appointment.event_id}


def test_a_common_word_beside_a_presidents_name_recalls_no_speech():
    text = "Presidents Eisenhower and Kennedy were concerned with threats to the peace of the region."
    _, events = run(text, mentions=[mention(text, "john-f-kennedy", "Kennedy")], dct=date(1964, 8, 5))
    assert "american-university-speech" not in events


def test_a_known_war_the_date_falls_in_is_that_war_not_a_new_event():
    text = "He refused the condition for ending the Persian Gulf War in 1991."
    result, events = run(text, [timex(text, "1991", "1991", *y(1991))], dct=date(2003, 3, 17))
    assert list(events) == ["gulf-war"] and events["gulf-war"].text_date == "1991"


def test_an_era_the_date_falls_in_does_not_absorb_the_clause():
    text = "During the Cold War, in 1983, the two academies exchanged delegations of young scientists."
    _, events = run(text, [timex(text, "1983", "1983", *y(1983))], dct=date(2003, 3, 17))
    assert any(e.kb_id is None and e.date_begin == date(1983, 1, 1) for e in events.values())


@pytest.mark.parametrize("text, span, year, granularity, expected", [
    ("In one year, or five years, its power to inflict harm would be multiplied many times over.", "one year",
     2004, "year", False),
    # a set month after the dct is a scheduled happening; a later year alone dates none (extract/events/future.py)
    ("The talks will resume in January 2004 in Geneva.", "January 2004", 2004, "month", True),
    ("The talks will resume in 2004 in Geneva.", "2004", 2004, "year", False),
])
def test_a_hypothetical_future_is_no_event(text, span, year, granularity, expected):
    end = date(year, 1, 31) if granularity == "month" else date(year, 12, 31)
    _, events = run(text, [timex(text, span, str(year), date(year, 1, 1), end, granularity)], dct=date(2003, 3, 17))
    assert any(e.date_begin == date(year, 1, 1) for e in events.values()) == expected


def test_a_plan_reported_with_would_is_an_event():
    text = "I made it clear that our commitment was not open-ended, and that we would begin to draw down our forces this July."
    _, events = run(text, [timex(text, "this July", "2011-07", date(2011, 7, 1), date(2011, 7, 31), "month")],
                    dct=date(2011, 6, 22))
    assert any(e.date_begin == date(2011, 7, 1) for e in events.values())


def test_a_day_inside_a_known_war_is_an_event_of_its_own():
    text = "From the moment Operation Desert Storm commenced on January 16th, the nation watched with pride."
    tx = timex(text, "January 16th", "1991-01-16", date(1991, 1, 16), date(1991, 1, 16), "day")
    _, events = run(text, [tx], dct=date(1991, 3, 6))
    assert any(e.kb_id is None and e.date_begin == date(1991, 1, 16) for e in events.values())


@pytest.mark.parametrize("sentence, expected", [
    ("In one year, or five years, the power of the regime to inflict harm would be multiplied.", False),
    ("They hope that in four years an antithesis of the president will come to power.", True),
])
def test_a_duration_into_an_imagined_future_is_no_event(sentence, expected):
    tx = timex(sentence, "one year" if "one year" in sentence else "four years",
               "P1Y" if "one year" in sentence else "P4Y", None, None, None, "DURATION")
    _, events = run(sentence, [tx])
    assert bool(events) == expected


def test_years_ago_this_month_is_that_month_of_that_year():
    text = "Speaking precisely 40 years ago this month, he announced the plan."
    timexes = [timex(text, "40 years ago", "1947", *y(1947)),
               timex(text, "this month", "1987-06", date(1987, 6, 1), date(1987, 6, 30), "month")]
    _, events = run(text, timexes, dct=date(1987, 6, 12))
    (event,) = events.values()
    assert (event.date_begin, event.date_end, event.granularity) == (date(1947, 6, 1), date(1947, 6, 30), "month")


@pytest.mark.parametrize("text, span, value, day", [
    ("No more nights of hiding, wondering if the next day will bring death or deliverance.", "the next day",
     "1999-06-11", date(1999, 6, 11)),
    ("Nobody knows whether tomorrow the talks will collapse.", "tomorrow", "1999-06-11", date(1999, 6, 11)),
])
def test_a_relative_date_in_an_open_question_is_no_event(text, span, value, day):
    _, events = run(text, [timex(text, span, value, day, day, "day")], dct=date(1999, 6, 10))
    assert events == {}


def test_a_condition_set_off_by_a_comma_leaves_the_dated_event():
    text = "If we succeed, this joint statement that has been issued today may well be remembered."
    _, events = run(text, [timex(text, "today", "1971-05-20", date(1971, 5, 20), date(1971, 5, 20), "day")],
                    dct=date(1971, 5, 20))
    assert len(events) == 1


@pytest.mark.parametrize("text, dct, expected", [
    ("President: Ronald Reagan\n\nWhen I took the oath of office for the first time, we began dealing with "
     "Mikhail Gorbachev's predecessors.", date(1985, 11, 21), "reagan-administration"),
    ("President: Barack Obama\n\nWhen I took office, roughly 180,000 troops were deployed.", date(2011, 10, 21),
     "obama-administration"),
])
def test_when_i_took_office_is_the_start_of_the_speakers_term(text, dct, expected):
    people = [("ronald-reagan", "Ronald Reagan"), ("barack-obama", "Barack Obama"),
              ("mikhail-gorbachev", "Mikhail Gorbachev")]
    found = [mention(text, a, s) for a, s in people if s in text]
    _, events = run(text, mentions=found, dct=dct)
    assert expected in events and events[expected].date_basis == "context"


def test_took_office_without_a_named_office_holder_is_no_event():
    text = "When I took office, the ministry was in disarray."
    _, events = run(text, dct=date(2011, 10, 21))
    assert events == {}


@pytest.mark.parametrize("text, expected", [
    ("Throughout America today, we honor the dead of our wars.", 0),
    ("Today we pause to remember all who served in a war whose end offered no parades.", 0),
    ("Tonight, the battle has been joined.", 1),
    ("We gathered today for the national funeral of an unknown soldier of three wars.", 1),
])
def test_a_war_named_in_a_clause_about_today_does_not_happen_today(text, expected):
    assert len(_today_events(text)) == expected


def _today_events(text):
    span = "today" if "today" in text.lower() else "Tonight"
    start = text.lower().index(span.lower())
    tx = Timex("d", start, start + len(span), text[start:start + len(span)], "DATE", "1984-05-28", None,
               date(1984, 5, 28), date(1984, 5, 28), "day")
    return run(text, [tx], dct=date(1984, 5, 28))[1]


@pytest.mark.parametrize("text", [
    "Tonight I pledge to you that the factories will stay open.",
    "The gangs that threaten our towns today are well armed.",
])
def test_a_clause_about_today_told_by_a_trigger_word_alone_is_no_event(text):
    # the speaker's own telling or a state of today, held by a trigger word without event language
    assert _today_events(text) == {}


@pytest.mark.parametrize("text", [
    "The rebels attacked the capital today.",
    "Two smugglers were arrested at the border today.",
    "Tonight the new governor was sworn in.",
    "The rebels have attacked the capital today.",
])
def test_a_done_act_of_today_told_by_a_trigger_verb_alone_is_an_event(text):
    # the trigger verb is the verb nearest the date, past or after was/has, and not the teller's own act
    assert len(_today_events(text)) == 1


@pytest.mark.parametrize("text", [
    "We gathered today to bury a friend.",  # the teller's own act
    "I stand today in the town where my father was born.",  # the date is another clause's
    "Today the party is making promises it cannot keep.",  # not done
    "Police will arrest the smugglers today.",
    "Villagers say the rebels, who attacked the town last spring, are quiet today.",
])
def test_a_clause_about_today_whose_trigger_verb_is_no_done_act_of_today_is_no_event(text):
    assert _today_events(text) == {}


@pytest.mark.parametrize("text, begin, expected", [
    ("Russia will not forget the helping hand extended by China after the start of the Special Military Operation.",
     date(2022, 2, 24), True),
    ("The era of confrontation that has divided Europe since the end of the Second World War is over.",
     date(1945, 9, 2), True),
    ("It was the first time since the end of the Second World War that troops crossed the border.",
     date(1945, 9, 2), False),
])
def test_what_happened_after_a_known_events_start_or_end_is_dated_by_it(text, begin, expected):
    result, events = run(text, dct=date(2025, 2, 18))
    dated = [e for e in events.values() if e.kb_id is None and e.date_begin == begin and e.date_basis == "context"]
    assert bool(dated) == expected
    if expected:
        assert dated[0].date_end is None


@pytest.mark.parametrize("text, span", [
    ("British manufacturing output unexpectedly fell in November, statistics showed.", "November"),
    ("Gamers spent more than £1.34bn in 2004, almost 7% more than the year before.", "2004"),
])
def test_a_date_with_no_event_word_is_no_event(text, span):
    tx = timex(text, span, "2004-11" if span == "November" else "2004",
               date(2004, 11, 1) if span == "November" else date(2004, 1, 1),
               date(2004, 11, 30) if span == "November" else date(2004, 12, 31),
               "month" if span == "November" else "year")
    _, events = run(text, [tx], dct=date(2005, 1, 1))
    assert not events


def test_a_figurative_war_is_no_war():
    text = "The two formats fought a price war in the 1980s that VHS won."
    tx = timex(text, "the 1980s", "198", date(1980, 1, 1), date(1989, 12, 31), "decade")
    _, events = run(text, [tx], dct=date(2005, 1, 1))
    assert all(e.kind != "war" for e in events.values())


def test_text_events_carry_a_plover_type_or_the_reason_for_none():
    text = "In 1998, India tested nuclear weapons; in 1999, the two countries' leaders met in Lahore."
    _, events = run(text, [timex(text, "1998", "1998", *y(1998)), timex(text, "1999", "1999", *y(1999))])
    types = {e.event_type for e in events.values()}
    assert {"MOBILIZE", "CONSULT"} <= types
    assert all(e.event_type or e.event_type_reason for e in events.values())


@pytest.mark.parametrize("text, expected", [
    ("Labour says the next general election will be fought on the economy.", "uk-general-election-2005"),
    ("Labour won the last general election with a reduced majority.", "uk-general-election-2001"),
    ("Labour is preparing for the general election.", "uk-general-election-2005"),
])
def test_a_general_election_is_the_one_the_word_before_it_and_the_dct_select(text, expected):
    _, events = run(text, mentions=[mention(text, "labour-party", "Labour")], dct=date(2005, 1, 1))
    assert expected in events


def test_a_lower_case_alias_needs_a_party_the_document_names():
    text = "The general election will be held in the spring."
    _, events = run(text, dct=date(2005, 1, 1))
    assert "uk-general-election-2005" not in events


def test_a_dated_clause_whose_only_event_word_names_a_known_event_is_its_mention():
    text = "Labour expects the general election to be called on 4 April."
    tx = timex(text, "4 April", "2005-04-04", date(2005, 4, 4), date(2005, 4, 4), "day")
    _, events = run(text, [tx], mentions=[mention(text, "labour-party", "Labour")], dct=date(2005, 1, 1))
    assert set(events) == {"uk-general-election-2005"}
    assert events["uk-general-election-2005"].text_date == "4 April"


def test_one_election_named_by_two_stories_is_one_row(tmp_path):
    """Across documents, a known event is one row with a mention in each (the build merges by id)."""
    from timeline_builder.cli import main as timeline
    import pyarrow.parquet as pq

    corpus = tmp_path / "stories"
    corpus.mkdir()
    (corpus / "2005-01-10-a.txt").write_text("Labour will fight the next general election on the economy.\n")
    (corpus / "2005-02-11-b.txt").write_text("The Conservatives unveiled posters for the general election.\n")
    assert timeline(["build", str(corpus), "--dataset", str(tmp_path / "ds"), "--no-cache", "--quiet"]) == 0
    version = tmp_path / "ds" / "latest"
    elections = [e for e in pq.read_table(version / "events.parquet").to_pylist() if e["kind"] == "election"]
    assert [e["event_id"] for e in elections] == ["uk-general-election-2005"]
    mentions = [m for m in pq.read_table(version / "event_mentions.parquet").to_pylist()
                if m["event_id"] == "uk-general-election-2005"]
    assert len({m["doc_id"] for m in mentions}) == 2


@pytest.mark.parametrize("text, name", [
    ("President: Barack Obama\n\nIn March 2010 I signed the health care law.\n", "Barack Obama Signs Health Care Law"),
    ("Long ago, I first joined the finance ministry in 1978.\n", "Author Joins Finance Ministry"),
])
def test_a_speechs_own_i_is_its_speaker_and_an_articles_its_author(text, name):
    from timeline_builder.build.pipeline import Pipeline

    found = Pipeline()(Document("d", "d.txt", text, "0", dct=date(2011, 1, 5)))
    assert name in [e.name for e in found.events]


def test_two_stories_naming_a_generic_report_of_one_year_keep_two_events():
    import hashlib

    ids = []
    for doc_id, text in (("a", "A report published in 2004 said exports fell."),
                         ("b", "Rents rose, a report published in 2004 by the council said.")):
        doc = Document(doc_id, doc_id + ".txt", text, hashlib.sha256(text.encode("utf-8")).hexdigest(), dct=DCT)
        found = Extraction(timexes=(timex(text, "2004", "2004", *y(2004)),))
        result = registry.create("events")(AnnotatedDocument(doc, found))
        ids += [e.event_id for e in result.events if e.kb_id is None]
    assert len(ids) == 2 and ids[0] != ids[1]


def test_the_same_story_under_two_file_names_keeps_its_text_event_ids():
    import hashlib

    text = "A report published in 2004 said exports fell."
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    ids = [registry.create("events")(AnnotatedDocument(
        Document(doc_id, doc_id + ".txt", text, sha, dct=DCT),
        Extraction(timexes=(timex(text, "2004", "2004", *y(2004)),)))).events[0].event_id for doc_id in ("a", "z")]
    assert ids[0] == ids[1]
