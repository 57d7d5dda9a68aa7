"""What almost happened did not: "almost" and "nearly" negate the word they govern, as "not" does
(nonevents knowledge, issue 9, events16); before a number they count, and the event stays."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from event_fixtures import events_after_all_stages  # noqa: E402

_DCT = date(2005, 1, 1)


def _kinds(text: str) -> list[str]:
    return [e.kind for e in events_after_all_stages(text, _DCT).events]


@pytest.mark.parametrize("text, kinds", [
    ("The singer died in hospital in 2002.", ["death"]),
    ("The singer nearly died in hospital in 2002.", []),
    ("The singer almost died in hospital in 2002.", []),
])
def test_a_death_that_almost_happened_is_none(text, kinds):
    assert _kinds(text) == kinds


def test_nearly_before_a_number_counts_and_the_event_stays():
    assert _kinds("In 1998 nearly 500 people were killed in the floods.") == ["other"]
