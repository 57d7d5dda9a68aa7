"""A count of time ago reaches known events only as far as it is approximate (extract/events/dated.py
``_slack_days``): "10 days ago" is exact, "41 years ago" is off by the year it was told in, a round
"40 years ago" by some years; and an episode reached only by that slack is not named by its parties'
names alone (``DatedClauseFinder._link``)."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from event_fixtures import events_after_all_stages  # noqa: E402


def _known(text: str, dct: date) -> set[str]:
    return {e.kb_id for e in events_after_all_stages(text, dct).events if e.kb_id}


def test_days_ago_are_no_year_of_slack():
    text = "The rebels left the talks after meetings with President Clinton 10 days ago.\n"
    found = events_after_all_stages(text, date(1998, 3, 22)).events
    assert not {e.kb_id for e in found if e.kb_id}  # not the summit of March 1997
    assert {str(e.date_begin) for e in found} == {"1998-03-12"}


def test_a_count_of_years_that_is_not_round_reaches_only_the_year_next_to_it():
    text = ("Crowds in Havana were the largest in Cuba since the revolution that brought Castro "
            "to power 41 years ago.\n")
    assert not _known(text, date(2000, 1, 15))  # not the invasion of 1961 nor the crisis of 1962


def test_an_episode_reached_by_slack_needs_more_than_its_parties_names():
    text = "Castro spoke to a crowd of farmers in Cuba 40 years ago.\n"
    assert not _known(text, date(2005, 6, 1))  # 1965 give or take four years: not the invasion of 1961


def test_a_round_count_of_years_still_reaches_an_episode_its_words_name():
    text = "Kennedy faced down Khrushchev over the missiles in Cuba 40 years ago.\n"
    assert "cuban-missile-crisis" in _known(text, date(2004, 6, 1))


def test_an_exact_count_of_years_still_dates_the_known_event_of_that_year():
    text = "Iraq invaded Kuwait 15 years ago.\n"
    assert "iraqi-invasion-of-kuwait" in _known(text, date(2005, 6, 1))


def test_one_topic_word_is_too_little_for_an_event_reached_by_slack():
    text = "We dropped a rule from 40 years ago that made farmers prove they could contain a spill of milk as if it were oil.\n"
    assert not _known(text, date(2012, 1, 24))  # 1972 give or take four years: no war of 1973


def test_a_city_after_of_is_too_little_for_a_summit_reached_by_slack():
    text = "There are three times as many lawyers in the offices of Washington as were here 20 years ago.\n"
    assert not _known(text, date(1995, 1, 24))  # 1975 give or take two years: no summit there in 1973


def test_an_event_reached_by_slack_with_a_word_of_its_kind_is_still_linked():
    text = "Peace may be nearer now than at any time since the start of the Arab-Israeli conflict almost 30 years ago.\n"
    assert "arab-israeli-war-1948" in _known(text, date(1977, 5, 22))


def test_a_small_count_of_years_still_reaches_the_year_before_on_one_cue():
    text = "I went to Beijing to build on the dialog with China started nearly 4 years ago.\n"
    assert "sino-american-rapprochement" in _known(text, date(1975, 12, 7))
