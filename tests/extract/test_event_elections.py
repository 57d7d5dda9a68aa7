"""National elections as knowledge: "the YEAR election" and "the YEAR presidential election" name the
election of a state the sentence or the document names, and the knowledge's polling days are right."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from timeline_builder.knowledge.events import load_event_knowledge

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from actor_fixtures import events_found

PEOPLE = {"vladimir-putin": ("Putin", "person"), "francois-hollande": ("Hollande", "person"),
          "barack-obama": ("Obama", "person"), "united-kingdom": ("Britain", "state"),
          "united-states": ("America", "state")}


def _elections(text: str, dct: date) -> set[str]:
    events = events_found(text, dct, PEOPLE).events
    return {e.event_id for e in events if e.kind == "election"}


@pytest.mark.parametrize("text, expected", [
    ("Putin won the 2012 presidential election after months of protest.", {"russian-presidential-election-2012"}),
    ("Hollande won the 2012 presidential election on a promise of growth.", {"french-presidential-election-2012"}),
    ("Obama won the 2012 presidential election.", {"us-presidential-election-2012"}),
    # the sentence names nobody: the party the document names decides
    ("Obama spoke in Ohio. Turnout in the 2012 presidential election was high.", {"us-presidential-election-2012"}),
])
def test_an_election_several_states_held_that_year_is_the_one_of_the_party_named(text, expected):
    assert _elections(text, date(2013, 1, 1)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Britain's Labour party won the 2005 election with a smaller majority.", {"uk-general-election-2005"}),
    ("America went to the polls again after the 2004 election.", {"us-presidential-election-2004"}),
    ("Nobody here remembers the 2005 election.", set()),  # whose election, the document does not say
    ("America's 2018 midterms gave the House to the opposition.", {"us-midterm-elections-2018"}),
])
def test_the_year_election_names_the_election_of_a_state_the_document_names(text, expected):
    assert _elections(text, date(2019, 1, 1)) == expected


def test_us_presidential_and_midterm_elections_fall_on_the_statutory_day():
    """The Tuesday after the first Monday of November, every four years (midterms two years apart)."""
    kb = load_event_knowledge(())
    us = [e for e in kb.events.values() if e.event_id.startswith(("us-presidential-election-", "us-midterm-elections-"))]
    years = {e.date_begin.year for e in us if "presidential" in e.event_id}
    assert set(range(1848, 2025, 4)) <= years
    for e in us:
        assert e.date_begin.month == 11 and 2 <= e.date_begin.day <= 8 and e.date_begin.weekday() == 1, e.event_id
        assert e.date_begin.year % 4 == (0 if "presidential" in e.event_id else 2), e.event_id


def _known(text: str, dct: date, present: dict[str, tuple[str, str]] | None = None) -> set[str]:
    return {e.event_id for e in events_found(text, dct, present or {}).events}


@pytest.mark.parametrize("text, dct, expected", [
    # a year in the sentence picks the summit of a shared name ...
    ("The finance pledges made at the G8 summit in 1999 were never met.", date(2012, 3, 1),
     {"g8-summit-1999-cologne"}),
    ("In 2017 the G20 summit ended without a word on trade.", date(2021, 5, 1), {"g20-summit-2017-hamburg"}),
    # ... without one, the summit nearest the story's date, coming or past
    ("Ministers are drafting a paper for the G8 summit.", date(2005, 2, 1), {"g8-summit-2005-gleneagles"}),
    ("Ministers are drafting a paper for the G8 summit.", date(2006, 12, 1), {"g8-summit-2006-st-petersburg"}),
    # a year after "since" measures from it and does not pick the summit
    ("No G7 summit since 2014 has met outside Europe or Japan.", date(2016, 3, 1), {"g7-summit-2016-ise-shima"}),
    # a place or a year in the name itself
    ("Protesters gathered outside the Evian summit.", date(2010, 1, 1), {"g8-summit-2003-evian"}),
    ("The 2019 G7 summit was held in the south-west of France.", date(2023, 1, 1), {"g7-summit-2019-biarritz"}),
])
def test_a_summit_of_a_shared_name_is_the_one_of_the_sentences_year_else_the_nearest(text, dct, expected):
    assert {e for e in _known(text, dct) if "summit" in e} == expected


def test_a_general_election_is_the_one_of_the_year_the_sentence_names():
    britain = {"united-kingdom": ("Britain", "state")}
    said = "In Britain the opposition won the general election of 1979 on a promise to curb the unions."
    assert "uk-general-election-1979" in _known(said, date(2005, 3, 1), britain)
    since = "In Britain this general election is the first since 2001 with a new party leader."
    assert "uk-general-election-2005" in _known(since, date(2005, 3, 1), britain)


@pytest.mark.parametrize("text, dct, expected", [
    ("Paris and London pushed UNSCR 1973 through the Council before the air strikes began.", date(2012, 1, 1),
     "unsc-resolution-1973"),
    ("The embargo rested on Security Council Resolution 661.", date(1991, 1, 1), "unsc-resolution-661"),
    ("Delegates at the 2015 NPT Review Conference failed to agree a final document.", date(2016, 1, 1),
     "npt-review-conference-2015"),
    ("The NPT Review Conference opens in New York next week.", date(2010, 4, 26), "npt-review-conference-2010"),
    ("Pyongyang carried out North Korea's sixth nuclear test under a mountain.", date(2018, 1, 1),
     "north-korean-nuclear-test-2017"),
])
def test_resolutions_conferences_and_tests_are_found_by_their_names(text, dct, expected):
    assert expected in _known(text, dct)


def test_a_year_alone_is_no_resolution():
    assert not {e for e in _known("In 1973 the Council met in a crisis session.", date(1980, 1, 1))
                if e.startswith("unsc-resolution-")}


@pytest.mark.parametrize("text, dct, expected", [
    ("Analysts compared the crisis with the collapse of Lehman Brothers.", date(2012, 6, 1), "collapse-of-lehman-brothers"),
    ("Beijing imposed the Hong Kong national security law without a vote in the city.", date(2021, 1, 1),
     "hong-kong-national-security-law"),
    ("The diplomats had not forgotten the Munich Agreement.", date(1960, 1, 1), "munich-agreement"),
    ("Relations soured after the sinking of the Cheonan.", date(2011, 1, 1), "sinking-of-the-cheonan"),
    ("The Kremlin called the Revolution of Dignity a putsch.", date(2015, 1, 1), "revolution-of-dignity"),
])
def test_well_known_events_of_the_new_classes_are_found_by_name(text, dct, expected):
    assert expected in _known(text, dct)


def test_a_film_or_a_generic_phrase_is_not_the_known_event():
    """"killing fields" of another war, a company's court "case": aliases the knowledge leaves out."""
    assert "cambodian-genocide" not in _known("Reporters walked through the killing fields of the valley.",
                                              date(2005, 1, 1))


@pytest.mark.parametrize("text, dct, expected", [
    ("Protests followed the 2009 Iranian presidential election for months.", date(2012, 1, 1),
     "iranian-presidential-election-2009"),
    ("In 2015 the Israeli election returned the prime minister to office.", date(2018, 1, 1),
     "israeli-legislative-election-2015"),
    ("Observers watched the Taiwanese presidential election closely.", date(2024, 1, 20),
     "taiwanese-presidential-election-2024"),
    ("Turnout at the European Parliament elections rose.", date(2019, 6, 1), "european-parliament-election-2019"),
])
def test_elections_of_more_states_are_found_by_state_and_year(text, dct, expected):
    assert expected in _known(text, dct)


def test_an_election_of_another_state_never_takes_a_bare_year_alias():
    """Aliases of these states' elections name the state: a story about Britain that mentions Iraq keeps
    "the 2005 election" for Britain's."""
    kb = load_event_knowledge(())
    import re

    for event in kb.events.values():
        if event.path.endswith("elections_world.tsv"):
            bare = [a for a in event.aliases if re.fullmatch(r"\d{4} (?:\w+ )?elections?", a)
                    and a.split()[1] in ("election", "elections", "presidential", "general", "parliamentary",
                                         "legislative", "federal")]
            assert bare == [], (event.event_id, bare)
    both = {"united-kingdom": ("Britain", "state"), "iraq": ("Iraq", "state")}
    said = "Britain sent observers to Iraq. Labour expects to win the 2005 election."
    assert "uk-general-election-2005" in _known(said, date(2005, 1, 10), both)
