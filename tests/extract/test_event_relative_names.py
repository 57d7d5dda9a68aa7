"""A known event a dated clause names only as what its date came before or after ("In June 1967,
just after the Six-Day War, ...") is not what the date dates: the clause tells its own event, and
the relative clause describing the known name ("the war when Israel seized Sinai") is that event's."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from event_fixtures import events_after_all_stages


def _events(text: str) -> list[tuple[str, date, str]]:
    found = events_after_all_stages(text, date(2005, 3, 26)).events
    return [(e.name, e.date_begin, e.date_basis) for e in found]


@pytest.mark.parametrize("text, own", [
    ("In June 1967, just after the Six-Day War, Egypt expelled the American ambassador.",
     ("Egypt Expels American Ambassador", date(1967, 6, 1), "text")),
    # the relative clause on the known name is the war's, not the clause's event
    ("In June 1967, just after the Six-Day War when Israel seized Sinai and Gaza, Egypt expelled the American "
     "ambassador.", ("Egypt Expels American Ambassador", date(1967, 6, 1), "text")),
    ('In November 1989, shortly before the "fall of the Berlin Wall", the Czech government resigned.',
     (None, date(1989, 11, 1), "text")),
])
def test_a_date_before_or_after_a_known_event_dates_the_clause_s_own_event(text, own):
    found = _events(text)
    assert any((own[0] is None or name == own[0]) and (begin, basis) == own[1:] for name, begin, basis in found), found
    assert len(found) == 2, found  # and the known event, by its name


def test_a_known_event_the_clause_s_date_dates_is_still_that_event():
    found = _events("In June 1967, the Six-Day War, which Israel won, changed the region.")
    assert found == [("Six-Day War", date(1967, 6, 5), "knowledge")], found


def test_a_date_inside_the_name_after_before_or_after_is_still_the_name_s():
    # "after the 1967 war": 1967 is the war's year, not the date of a happening after it
    found = _events("Long after the 1967 Six-Day War, the region stayed tense.")
    assert ("Six-Day War", date(1967, 6, 5), "knowledge") in found and len(found) == 1, found
