"""A known event a dated clause links to needs evidence of itself, not only a date and a word its
name shares (extract/events/dated.py ``DatedClauseFinder._link``): a happening after the document's
own dct, an opinion poll, another country's election, a preposition of a title."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from event_fixtures import events_after_all_stages


def _known(text: str, dct: date, dct_source: str = "metadata") -> set[str]:
    found = events_after_all_stages(text, dct, dct_source=dct_source)
    return {e.kb_id for e in found.events if e.kb_id}


def test_a_happening_after_the_documents_own_dct_is_not_what_its_clause_dates():
    text = "The coupon, printed in today's Wall Street Journal, lapses at the end of November.\n"
    assert "fall-of-the-berlin-wall" not in _known(text, date(1989, 11, 2))


def test_an_election_after_the_dct_is_still_what_the_clause_may_tell():
    # a speech speaks of the coming election in any tense: the kinds named ahead are left to the cues
    coming = "Voters across the United States go to the polls this year, officials in Washington said.\n"
    assert "us-midterm-elections-1998" in _known(coming, date(1998, 2, 13))


def test_an_opinion_poll_is_no_election():
    poll = "Polls have shown support for the new highway in the United States rising through 1996.\n"
    assert "us-presidential-election-1996" not in _known(poll, date(1997, 1, 15))
    vote = "Voters in the United States went to the polls in 1996 and re-elected the president.\n"
    assert "us-presidential-election-1996" in _known(vote, date(1997, 1, 15))


def test_an_election_of_another_country_is_not_the_known_one_of_that_year():
    text = ("Officials in Washington followed the debate in Canberra.\n\n"
            "Australia's former leader, beaten in his 1996 run for re-election, praised the Australian vote.\n")
    assert "us-presidential-election-1996" not in _known(text, date(1998, 2, 13))
    ours = ("Officials in Washington followed the debate in Canberra.\n\n"
            "The American president, who won his 1996 run for re-election, praised the vote in the United States.\n")
    assert "us-presidential-election-1996" in _known(ours, date(1998, 2, 13))


def test_a_preposition_of_a_title_is_no_word_of_a_known_events_name():
    text = "Yesterday the Senate passed the Protection Against Fraud Act, first drafted twenty years ago.\n"
    assert "iraq-resolution-2002" not in _known(text, date(2022, 5, 1))


def test_years_of_a_cue_word_tell_of_something_that_lasted_not_of_an_episode():
    lasting = "Radio Havana said that decades of the blockade had only hardened Fidel Castro and his followers.\n"
    assert "cuban-missile-crisis" not in _known(lasting, date(2000, 1, 7))
    episode = "Nikita Khrushchev gave way in the end, and the blockade of the island was lifted.\n"
    assert "cuban-missile-crisis" in _known(episode, date(2000, 1, 7))


def test_a_known_policy_named_by_a_common_word_after_a_and_an_adjective_is_one_of_its_kind():
    text = ("The steel maker, in the middle of a sweeping restructuring, expects higher margins next year.\n\n"
            "It also sells turbines to the Soviets.\n")
    assert "perestroika" not in _known(text, date(1989, 10, 26))
    named = ("Gorbachev pressed on with the restructuring of the Soviet economy.\n\n"
             "It also sells turbines to the Soviets.\n")
    assert "perestroika" in _known(named, date(1989, 10, 26))


def test_a_topic_word_of_current_talks_is_no_evidence_in_a_story_naming_none_of_their_parties():
    other = ("Ministers of Portugal and Brazil met in Lisbon on Tuesday.\n\n"
             "Both sides agreed to hold talks on the safety of nuclear plants.\n")
    assert "six-party-talks" not in _known(other, date(2005, 1, 1))
    theirs = ("Envoys of North Korea and South Korea met in Beijing on Tuesday.\n\n"
              "Both sides agreed to return to the talks on the nuclear programme.\n")
    assert "six-party-talks" in _known(theirs, date(2005, 1, 1))


def test_an_ambassadors_title_is_not_an_earlier_post_when_the_knowledge_has_the_one_of_the_day():
    # roles.tsv holds both of the man's posts: the title in 1966 is not his UN post of 1953-1960
    found = events_after_all_stages("The news from Ambassador Lodge this evening shows that prices there are steadier.\n",
                                    date(1966, 7, 20), dct_source="filename")
    assert not [e for e in found.events if e.kind == "term" and e.date_begin is not None and e.date_begin.year == 1953]
