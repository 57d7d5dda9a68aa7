"""Which known event a name links to: a growth of a body named in general in a sentence naming the
states that joined is those states' accession or round (extract/events/matcher.py ``Accessions``)."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from timeline_builder.records import Timex

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from actor_fixtures import events_found
from event_fixtures import events_after_all_stages

ACTORS = {"finland": ("Finland", "state"), "sweden": ("Sweden", "state"), "nato": ("NATO", "organization"),
          "russia": ("Moscow", "state"), "poland": ("Poland", "state"), "hungary": ("Hungary", "state"),
          "czech-republic": ("Czech Republic", "state"), "serbia": ("Serbia", "state"),
          "montenegro": ("Montenegro", "state")}


def _known(text: str, dct: date) -> list[str]:
    events = events_found(text, dct, ACTORS).events
    return sorted(e.event_id for e in events if e.kb_id)


@pytest.mark.parametrize("text, dct, expected", [
    ("Moscow protested against NATO enlargement, which drew Finland into the alliance.", date(2024, 5, 1),
     ["finland-nato-accession"]),
    ("NATO enlargement brought Poland, Hungary and the Czech Republic in.", date(2005, 1, 1), ["nato-enlargement-1999"]),
    ("The expansion of NATO reached Montenegro, a small Adriatic state.", date(2018, 1, 1), ["nato-enlargement-2017"]),
    # no joining state named, or one that joined in no known round: the growth as a whole
    ("Moscow has opposed NATO enlargement since the 1990s.", date(2024, 5, 1), ["nato-enlargement"]),
    ("NATO enlargement and the bombing of Serbia angered Moscow.", date(2005, 1, 1), ["nato-enlargement"]),
    # states of two rounds: no one known event holds just them
    ("NATO enlargement took in Poland in 1999 and Montenegro later.", date(2020, 1, 1), ["nato-enlargement"]),
    ("NATO enlargement took in Finland and Montenegro.", date(2024, 5, 1), ["nato-enlargement"]),
    # the two Nordic states applied together in 2022 and joined a year apart: one round
    ("Moscow protested against NATO enlargement, which drew Finland and Sweden in.", date(2024, 5, 1),
     ["nato-enlargement-2022"]),
    ("NATO expansion, now taking in Sweden and Finland, worries the Kremlin.", date(2023, 6, 1),
     ["nato-enlargement-2022"]),
])
def test_a_growth_named_in_general_with_the_states_that_joined_is_their_accession(text, dct, expected):
    assert [e for e in _known(text, dct) if "enlargement" in e or "accession" in e] == expected


def test_a_known_speech_heading_its_own_transcript_is_dated_by_the_document():
    text = "Putin's Munich speech\n\nThe speaker thanked the organisers and turned to the subject of security.\n"
    events = events_found(text, date(2007, 2, 10), {}).events
    assert [(e.event_id, e.date_basis) for e in events if e.kb_id] == [("munich-speech-2007", "context")]
    events = events_found(text, date(2008, 2, 10), {}).events
    assert [(e.event_id, e.date_basis) for e in events if e.kb_id] == [("munich-speech-2007", "knowledge")]


def _events(text: str, dct: date, actors: dict) -> dict[str, tuple]:
    found = events_found(text, dct, actors).events
    return {e.event_id: (e.date_begin, e.date_basis) for e in found}


PARTIES = {"united-states": ("Washington", "state"), "russia": ("Russia", "state"), "cuba": ("Cuba", "state")}


def test_a_text_event_told_by_its_parties_is_the_known_event_of_its_time():
    """"Washington has sanctioned Russia" in spring 2014 is the known round of sanctions begun then."""
    found = _events("Washington has sanctioned Russia over the seizure of the peninsula.", date(2014, 4, 2), PARTIES)
    assert found.get("sanctions-against-russia-2014") == (date(2014, 3, 6), "knowledge")


@pytest.mark.parametrize("text, dct", [
    # years away from the known event: another happening of the same parties
    ("Washington has sanctioned Russia over the seizure of the peninsula.", date(2005, 4, 2)),
    ("Washington has tightened its sanctions on Cuba this week.", date(2004, 5, 10)),
    # a date the text gives is the text's event
    ("Washington sanctioned Russia in April 1983.", date(2014, 4, 2)),
])
def test_the_same_parties_years_away_or_on_a_stated_date_are_not_the_known_event(text, dct):
    found = _events(text, dct, PARTIES)
    assert "sanctions-against-russia-2014" not in found and "us-embargo-against-cuba" not in found


@pytest.mark.parametrize("text, dct, expected", [
    ("Allies argued over the wording of the 2010 Strategic Concept in Lisbon.", date(2012, 1, 1),
     "nato-strategic-concept-2010"),
    ("The Nuclear Posture Review widened the role of low-yield warheads.", date(2018, 3, 1),
     "us-nuclear-posture-review-2018"),
    ("Moscow's Foreign Policy Concept of 2016 named the West a rival.", date(2017, 1, 1),
     "russian-foreign-policy-concept-2016"),
    ("The Integrated Review Refresh called China an epoch-defining challenge.", date(2023, 6, 1),
     "uk-integrated-review-refresh-2023"),
])
def test_strategy_documents_are_found_by_name_and_year(text, dct, expected):
    assert expected in _events(text, dct, {})


def _dated(text: str, span: str, timex_date: tuple[date, date, str], dct: date, actors: dict) -> set[str]:
    start = text.index(span)
    begin, end, granularity = timex_date
    timex = Timex("d", start, start + len(span), span, "DATE", begin.isoformat()[:7 if granularity == "month" else 4],
                  None, begin, end, granularity)
    events = events_found(text, dct, actors, timexes=(timex,)).events
    return {e.event_id for e in events}


LEADERS = {"vladimir-putin": ("Putin", "person"), "kim-jong-un": ("Kim Jong Un", "person"),
           "russia": ("Russia", "state")}


def test_a_year_and_a_leaders_name_are_not_one_of_his_known_meetings():
    """A dated meeting clause links to a known meeting by its kind noun and the words of its name;
    a participant's own name in a year-dated clause is not such a word (he met many that year)."""
    year = "Putin set out his terms at a meeting with diplomats in 2024."
    found = _dated(year, "2024", (date(2024, 1, 1), date(2024, 12, 31), "year"), date(2025, 2, 1), LEADERS)
    assert not {k for k in found if k.startswith(("putin-visit-pyongyang", "putin-state-visit"))}
    month = "Putin held a summit meeting with Kim Jong Un in June 2024."
    found = _dated(month, "June 2024", (date(2024, 6, 1), date(2024, 6, 30), "month"), date(2025, 2, 1), LEADERS)
    assert "putin-visit-pyongyang-2024" in found


@pytest.mark.parametrize("text, dct, event_id, linked", [
    # a war, a treaty or a withdrawal named by a text written long before the known one began is an
    # earlier happening of that name
    ("The war in Lebanon has emptied the villages of the south.", date(1983, 4, 2), "israel-hezbollah-war-2024", False),
    ("The war in Lebanon has emptied the villages of the south.", date(2025, 3, 1), "israel-hezbollah-war-2024", True),
    ("Hanoi broke the Paris accords within weeks of signing them.", date(1974, 6, 1), "paris-agreement", False),
    ("Hanoi broke the Paris accords within weeks of signing them.", date(2019, 6, 1), "paris-agreement", True),
    ("Their grain deal with the Soviet Union was a windfall for the traders.", date(1977, 3, 1),
     "black-sea-grain-initiative", False),
    # what is scheduled or negotiated is named before it happens, within a few years
    ("At April's Nuclear Security Summit the delegations will sit down in Washington.", date(2010, 1, 27),
     "nuclear-security-summit-2010", True),
    ("Negotiators hope to finish the Trans-Pacific Partnership before the autumn.", date(2013, 2, 13),
     "trans-pacific-partnership", True),
])
def test_a_document_cannot_name_a_happening_that_began_long_after_it(text, dct, event_id, linked):
    assert (event_id in _known(text, dct)) is linked


def test_a_rough_dct_leaves_a_year_of_slack():
    from timeline_builder.extract.events.matcher import named_before_it_began
    from timeline_builder.knowledge.events import load_event_knowledge

    war = load_event_knowledge().events["israel-hezbollah-war-2024"]
    assert named_before_it_began(war, date(2023, 9, 1), "filename")
    assert not named_before_it_began(war, date(2023, 9, 1), "option")  # a corpus-wide --dct
    assert not named_before_it_began(war, date(2024, 7, 1), "metadata")  # weeks before: slack
    assert not named_before_it_began(war, None, "none")


def test_a_name_going_on_with_of_and_another_state_is_another_happening():
    from timeline_builder.extract.events.matcher import of_another_state
    from timeline_builder.knowledge.events import load_event_knowledge

    invasion = load_event_knowledge().events["russian-invasion-of-ukraine"]
    text = "Veterans of the full-scale invasion of Iraq met the veterans of the full-scale invasion of Ukraine."
    states = {text.index("Iraq"): "iraq", text.index("Ukraine"): "ukraine"}
    first = text.index("full-scale invasion") + len("full-scale invasion")
    second = text.rindex("full-scale invasion") + len("full-scale invasion")
    assert of_another_state(invasion, text, first, states.get)
    assert not of_another_state(invasion, text, second, states.get)
    assert not of_another_state(invasion, "the full-scale invasion began", 19, states.get)


def test_the_invasion_of_georgia_is_not_the_invasion_of_ukraine():
    actors = {"georgia": ("Georgia", "state"), "russia": ("Russia", "state")}
    found = events_found("Russia's invasion of Georgia cost Tbilisi two provinces.", date(2023, 5, 1), actors).events
    assert [e.event_id for e in found if e.kb_id] == ["russo-georgian-war"]


def _with_countries(text: str, dct: date, actors: dict[str, tuple[str, str, str]]) -> list[str]:
    """Known events found where each actor also has a country (id -> (surface, type, ISO code))."""
    from timeline_builder.extract import registry
    from timeline_builder.records import Actor, ActorMention, AnnotatedDocument, Document, Extraction

    mentions, found = [], []
    for actor_id, (name, kind, country) in actors.items():
        start = text.find(name)
        while start >= 0:
            mentions.append(ActorMention(actor_id, "d", start, start + len(name), name))
            start = text.find(name, start + 1)
        found.append(Actor(actor_id, name, kind, country))
    extraction = Extraction(actor_mentions=tuple(sorted(mentions, key=lambda m: m.char_start)), actors=tuple(found))
    events = registry.create("events")(AnnotatedDocument(Document("d", "d.txt", text, "sha", dct=dct), extraction)).events
    return sorted(e.kb_id for e in events if e.kb_id)


CUBA = {"cuba": ("Cuba", "state", "CUB"), "fidel-castro": ("Castro", "person", "CUB"),
        "north-korea": ("North Korea", "state", "PRK"), "donald-trump": ("Trump", "person", "USA")}


@pytest.mark.parametrize("text, dct, expected", [
    # the leader's own country is who, not what: no word of the crisis
    ("Castro told the crowd that the sugar harvest in Cuba had been the best in years.", date(1999, 7, 1), []),
    # a word of the crisis beside him is
    ("Castro insisted that the missiles would stay in Cuba.", date(1963, 4, 1), ["cuban-missile-crisis"]),
    # a foreign state named beside a leader still tells his dealings with it
    ("Take North Korea, which Trump never managed to tame.", date(2025, 4, 1), ["trump-kim-summits"]),
])
def test_a_persons_known_event_needs_more_than_the_name_of_their_own_country(text, dct, expected):
    assert _with_countries(text, dct, CUBA) == expected


WARS = {"iraq": ("Iraq", "state"), "kuwait": ("Kuwait", "state"), "georgia": ("Georgia", "state"),
        "syria": ("Syria", "state"), "russia": ("Russia", "state"), "ukraine": ("Ukraine", "state")}


@pytest.mark.parametrize("text, dct, expected", [
    # the longest name belongs to another state's war: the shorter name it hid is meant
    ("Pundits in Ottawa still debate the full-scale invasion of Iraq and its cost.", date(2016, 3, 1), ["iraq-war"]),
    ("Ukraine has resisted the full-scale invasion since its first week.", date(2023, 3, 1),
     ["russian-invasion-of-ukraine"]),
    # an indefinite or unreal invasion is no known one, whichever name is inside
    ("Analysts in Ankara feared a full-scale invasion of Iraq that spring.", date(2016, 3, 1), []),
])
def test_a_name_hidden_inside_a_longer_name_of_another_state_is_found(text, dct, expected):
    found = events_found(text, dct, WARS).events
    assert sorted(e.event_id for e in found if e.kb_id) == expected


@pytest.mark.parametrize("text", [
    "Moscow's generals studied the invasion of Georgia closely in their staff colleges.",
    "Diplomats in Vienna discussed the war in Syria over a long dinner.",
])
def test_a_bare_noun_of_another_state_is_not_the_current_event(text):
    found = events_found(text, date(2023, 5, 1), WARS).events
    assert "russian-invasion-of-ukraine" not in {e.event_id for e in found}


def test_a_bare_noun_of_a_party_state_is_still_the_current_event():
    found = events_found("Russia pressed on with the invasion of Ukraine through the winter.", date(2023, 5, 1),
                         WARS).events
    assert "russian-invasion-of-ukraine" in {e.event_id for e in found}


def test_a_state_that_is_one_of_the_events_cue_words_still_counts_as_its_party():
    # the war's listed target is North Vietnam; the text names the South, where it was fought
    actors = {"south-vietnam": ("South Vietnam", "state"), "united-states": ("America", "state")}
    found = events_found("Every evening he regretted that the bloody conflict in South Vietnam went on.",
                         date(1967, 2, 2), actors).events
    assert "us-ground-war-vietnam" in {e.event_id for e in found}


@pytest.mark.parametrize("text, dct, absent", [
    ("Bankers feared the slump would turn into a second Great Depression.", date(2009, 3, 1), "great-depression"),
    ("Generals in Riyadh warned against another Gulf War over the islands.", date(1996, 3, 1), "gulf-war"),
])
def test_one_more_of_a_named_event_is_a_likeness_not_the_event(text, dct, absent):
    found = events_found(text, dct, WARS).events
    assert absent not in {e.event_id for e in found}
    assert absent in {e.event_id for e in events_found(text.replace("a second", "the").replace("another", "the"),
                                                             dct, WARS).events}


@pytest.mark.parametrize("text", [
    "Riyadh braced for a threatened invasion by Iraq's army.",
    "The emir's cousins spoke of the much-feared northern invasion as if it were certain.",
])
def test_a_bare_noun_of_a_happening_that_has_not_taken_place_is_not_the_current_event(text):
    assert not [e for e in events_found(text, date(1990, 8, 13), WARS).events if e.kb_id]


def test_a_bare_noun_of_a_current_happening_is_still_linked():
    found = events_found("Riyadh watched the invasion by Iraq's army with alarm.", date(1990, 8, 13), WARS).events
    assert "iraqi-invasion-of-kuwait" in {e.event_id for e in found}


SOVIETS = {"cuba": ("Cuba", "state", "CUB"), "nikita-khrushchev": ("Khrushchev", "person", "SUN"),
           "john-f-kennedy": ("Kennedy", "person", "USA"), "north-korea": ("North Korea", "state", "PRK"),
           "donald-trump": ("Trump", "person", "USA")}


@pytest.mark.parametrize("text, dct, expected", [
    # a short episode's parties outlive it: a party's name beside another party is no evidence of it
    ("Khrushchev complained again about the reconnaissance planes crossing Cuba.", date(1964, 6, 1), []),
    ("Kennedy flew to Florida and spoke about Cuba to the exiles.", date(1963, 11, 1), []),
    # a word of the episode itself is
    ("Khrushchev agreed to take the missiles out of Cuba.", date(1963, 2, 1), ["cuban-missile-crisis"]),
    # a clause about an event of another kind tells of that one, whatever topic word it shares
    ("Under Kennedy the country won a treaty that stopped nuclear explosions in the air.", date(1964, 9, 1), []),
    # a lasting relation keeps its parties as evidence
    ("Take North Korea, which Trump never managed to tame.", date(2025, 4, 1), ["trump-kim-summits"]),
])
def test_a_short_episode_needs_a_word_of_itself_beside_the_person(text, dct, expected):
    assert _with_countries(text, dct, SOVIETS) == expected


def _known_after_all_stages(text: str, dct: date) -> list[str]:
    return sorted(e.event_id for e in events_after_all_stages(text, dct).events if e.kb_id)


@pytest.mark.parametrize("text, dct, expected", [
    # a person who took part in a short episode did much else in its year: the name and a year are no evidence
    ("Four years ago, President Kennedy signed an order on housing in the cities.", date(1966, 5, 1), []),
    ("Kennedy spoke in 1962 about sending a man to the moon.", date(1970, 5, 1), []),
    ("In the early sixties Kennedy persuaded Congress to cut taxes for industry.", date(1990, 5, 1), []),
    # a word of the episode itself is, and so is a second party of it, or a month inside it
    ("In 1962 Khrushchev sent missiles to Cuba.", date(1970, 5, 1), ["cuban-missile-crisis"]),
    ("In 1962 Kennedy faced down Khrushchev over Cuba.", date(1970, 5, 1), ["cuban-missile-crisis"]),
    ("In October 1962 Kennedy spoke to the nation.", date(1970, 5, 1), ["cuban-missile-crisis"]),
    # a state is where the happening was; an election's party is what it is about
    ("In 1990 the dictator's army overran Kuwait.", date(2000, 5, 1), ["iraqi-invasion-of-kuwait"]),
    ("Labour won back power in 1964 after thirteen years.", date(1990, 5, 1), ["uk-general-election-1964"]),
])
def test_a_dated_clause_naming_only_a_person_of_a_short_episode_is_not_that_episode(text, dct, expected):
    assert _known_after_all_stages(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # a crisis's party named beside a noun that is not the crisis's own: another happening of that party
    ("The people of Cuba, he said, deserve the fruits of their revolution.", date(1963, 6, 1), []),
    # the crisis's own noun beside its party is the crisis
    ("The crisis over Cuba kept everyone awake.", date(1962, 11, 5), ["cuban-missile-crisis"]),
])
def test_a_bare_noun_beside_only_a_party_of_a_current_crisis_must_be_the_crisis_own(text, dct, expected):
    assert [e for e in _known_after_all_stages(text, dct) if e == "cuban-missile-crisis"] == expected


@pytest.mark.parametrize("text, dct, expected", [
    # "terrorism" is no word of the Chechen war alone: the American campaign of those years uses it too
    ("We are winning the war against terrorism with our allies.", date(2003, 1, 1), []),
    ("The war against Chechen terrorism goes on, the Kremlin said.", date(2000, 1, 1), ["second-chechen-war"]),
])
def test_a_war_against_terrorism_is_not_the_chechen_war_without_a_word_of_chechnya(text, dct, expected):
    assert [e for e in _known_after_all_stages(text, dct) if e == "second-chechen-war"] == expected


@pytest.mark.parametrize("text, dct, absent, present", [
    # a cue is a word of the one happening: the common noun "powers" is not the pilot Gary Powers
    ("The crisis showed how closely hostile powers watch every move.", date(1960, 6, 1), "u2-incident", None),
    ("The crisis over the spy plane and its pilot Gary Powers dragged on.", date(1960, 6, 1), None, "u2-incident"),
    # nor are "workers" of any year the East German uprising
    ("More workers joined strikes in 1953 than in any year before.", date(1960, 5, 1), "east-german-uprising-1953",
     None),
    ("The uprising of June 1953 in East Berlin was crushed by tanks.", date(1960, 5, 1), None,
     "east-german-uprising-1953"),
])
def test_a_common_word_is_no_cue_of_a_known_event(text, dct, absent, present):
    found = _known_after_all_stages(text, dct)
    assert absent not in found and (present is None or present in found)


@pytest.mark.parametrize("text, expected", [
    # a treaty the sentence says does not exist is none of the parties' known treaties
    ("Officials said there was no treaty between the US and Russia to share such data.", []),
    ("Moscow has never had any agreement between Russia and the US on such flights.", []),
    ("Officials said the treaty between the US and Russia would be kept.", ["sort"]),
])
def test_no_treaty_between_two_states_is_not_their_latest_treaty(text, expected):
    assert [e for e in _known_after_all_stages(text, date(2005, 1, 1)) if e == "sort"] == expected
