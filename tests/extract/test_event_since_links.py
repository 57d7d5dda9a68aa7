"""A date after "since" runs to the dct, but the known event it may name is one begun in the year
it gives, not any event of the years after (extract/events/dated.py ``_link``)."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from event_fixtures import events_after_all_stages


def known_ids(text: str, dct: date) -> set[str]:
    return {e.kb_id for e in events_after_all_stages(text, dct).events if e.kb_id}


@pytest.mark.parametrize("text, later", [
    ("Since 1961 our fleets have watched the sea lanes around Cuba and the missiles never came back.",
     "cuban-missile-crisis"),
    ("Since 1959, the two governments have traded insults over Cuba and its invasion by exiles.",
     "bay-of-pigs-invasion"),
])
def test_since_a_year_links_no_known_event_begun_years_later(text, later):
    assert later not in known_ids(text, date(1980, 6, 1))


def test_since_the_year_a_known_event_began_still_links_it():
    text = "Since 1962, when Soviet missiles were found in Cuba, the two powers have kept a hotline open."
    assert "cuban-missile-crisis" in known_ids(text, date(1980, 6, 1))
