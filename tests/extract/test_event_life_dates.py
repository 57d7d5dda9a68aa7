"""Births, deaths and lives of people the actor knowledge dates: the knowledge's day where it lies
in what the text says (basis knowledge), the text's date where it does not."""
from __future__ import annotations

from datetime import date

import pytest

from timeline_builder.extract.events.candidates import Candidate
from timeline_builder.extract.events.life_dates import dated_by_life
from timeline_builder.records import Document


def _events(pipeline, text: str, dct: date):
    found = pipeline(Document("d", "d.txt", text, "sha-" + text[:30], dct=dct))
    return {(e.name, e.date_begin, e.date_end, e.date_basis) for e in found.events}


def test_a_birth_year_becomes_the_known_birthday(pipeline):
    text = ("Jacques Chirac was a long-serving mayor of Paris. Born in 1932 in the capital, "
            "he studied at the national school of administration.")
    found = _events(pipeline, text, date(2010, 5, 4))
    assert ("Birth of Jacques Chirac", date(1932, 11, 29), date(1932, 11, 29), "knowledge") in found, found


def test_a_news_death_on_the_story_day_takes_the_known_day(pipeline):
    text = "Former West German chancellor Helmut Kohl has died at his home in Ludwigshafen, aged 87."
    found = _events(pipeline, text, date(2017, 6, 17))
    assert ("Death of Helmut Kohl", date(2017, 6, 16), date(2017, 6, 16), "knowledge") in found, found


def _candidate(name: str, kind: str, begin: date, end: date, basis: str = "text", granularity: str = "year"):
    return Candidate(name=name, kind=kind, span=(0, 10), date_begin=begin, date_end=end, granularity=granularity,
                     date_basis=basis, source="text", actors=[("someone", "participant", (0, 5))])


@pytest.mark.parametrize("known, cand, expected", [
    # the day lies in the text's year: the day, from knowledge
    ((date(1950, 6, 7), None), _candidate("Birth of A", "other", date(1950, 1, 1), date(1950, 12, 31)),
     (date(1950, 6, 7), date(1950, 6, 7), "knowledge")),
    # the text's year disagrees with the knowledge: the text stands
    ((date(1950, 6, 7), None), _candidate("Birth of A", "other", date(1951, 1, 1), date(1951, 12, 31)),
     (date(1951, 1, 1), date(1951, 12, 31), "text")),
    # a first of the month may be a year or month given alone: no day to take
    ((None, date(1999, 3, 1)), _candidate("Death of A", "death", date(1999, 1, 1), date(1999, 12, 31)),
     (date(1999, 1, 1), date(1999, 12, 31), "text")),
    # a death told in a story some days after it
    ((None, date(2001, 4, 28)), _candidate("Death of A", "death", date(2001, 5, 1), date(2001, 5, 1), "context", "day"),
     (date(2001, 4, 28), date(2001, 4, 28), "knowledge")),
    # a life's two years agree with the knowledge: both days
    ((date(1901, 2, 3), date(1977, 8, 9)), _candidate("Life of A", "other", date(1901, 1, 1), date(1977, 12, 31)),
     (date(1901, 2, 3), date(1977, 8, 9), "knowledge")),
    # a meeting of the person is no life event
    ((date(1901, 2, 3), date(1977, 8, 9)), _candidate("Visit of A", "meeting", date(1977, 1, 1), date(1977, 12, 31)),
     (date(1977, 1, 1), date(1977, 12, 31), "text")),
])
def test_life_days_date_only_what_the_text_allows(known, cand, expected):
    dated_by_life([cand], lambda actor_id: known if actor_id == "someone" else (None, None))
    assert (cand.date_begin, cand.date_end, cand.date_basis) == expected
