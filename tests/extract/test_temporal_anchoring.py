"""Anchoring and reading rules of the temporal stage: timetables, ages, centuries counted from a founding.

Each row lists every timex the sentence should give, as (span text, type, value).
"""
from __future__ import annotations

from datetime import date

import pytest

from timeline_builder.extract.temporal import find_timexes

DCT = date(2025, 2, 18)  # a Tuesday


def found(text: str, dct: date | None = DCT) -> list[tuple]:
    return [(t.text, t.type, t.value) for t in find_timexes(text, dct)]


@pytest.mark.parametrize("text, expected", [
    # a timetable verb in the plain present right before the weekday: the coming one
    ("The finance chiefs convene on Thursday in Oslo.", [("Thursday", "DATE", "2025-02-20")]),
    ("The two premiers meet separately Friday with the mediator.", [("Friday", "DATE", "2025-02-21")]),
    ("The fraud hearing opens Monday at the district court.", [("Monday", "DATE", "2025-02-24")]),
    ("The exhibition ends on Sunday.", [("Sunday", "DATE", "2025-02-23")]),
    # the past tense, a noun after a determiner or "did" keep the last one
    ("The finance chiefs met on Thursday in Oslo.", [("Thursday", "DATE", "2025-02-13")]),
    ("Clerks counted the votes Friday.", [("Friday", "DATE", "2025-02-14")]),
    ("The council did not meet Monday.", [("Monday", "DATE", "2025-02-17")]),
    # the dct's own weekday stays the day itself
    ("The summit opens Tuesday.", [("Tuesday", "DATE", "2025-02-18")]),
])
def test_a_timetable_in_the_present_is_ahead(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Applicants must be over 21 years of age.", []),
    ("Pensions go to everyone 67 years of age and older.", []),
    # a length that is no age stays one
    ("The lease ran for 21 years.", [("21 years", "DURATION", "P21Y")]),
])
def test_an_age_is_no_duration(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # a possessive before a low ordinal century: an age counted from a founding, not the calendar's
    ("As the republic enters its third century, hopes are high.", date(1976, 7, 4), []),
    ("Our second century of statehood begins.", date(1912, 1, 1), []),
    ("The academy's fourth century opened quietly.", date(2024, 5, 1), []),
    # a possessive before a near century, or no possessive: the calendar's
    ("The troubles of our 21st century are new.", date(2024, 5, 1), [("21st century", "DATE", "20")]),
    ("In the third century, trade routes shifted.", date(2024, 5, 1), [("the third century", "DATE", "02")]),
])
def test_a_century_counted_from_a_founding(text, dct, expected):
    assert found(text, dct) == expected
