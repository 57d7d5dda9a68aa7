"""Regressions found on real corpora: inputs that once crashed the temporal extractor."""
from __future__ import annotations

from datetime import date

import pytest

from timeline_builder.extract.temporal import find_timexes


@pytest.mark.parametrize("text, span, mod", [
    ("Sales rose in the early part of 2004.", "the early part of 2004", "START"),
    ("It was built in the latter part of the 1990s.", "the latter part of the 1990s", "END"),
])
def test_part_of_a_period(text, span, mod):
    found = find_timexes(text, date(2005, 1, 1))
    assert [(t.text, t.mod) for t in found] == [(span, mod)]


@pytest.mark.parametrize("text, span, value", [
    ("On September the 11th, 2001, the towers fell.", "September the 11th, 2001", "2001-09-11"),
    ("We met on March the 3rd.", "March the 3rd", "2001-03-03"),
    ("In September the 3 ships sailed.", "September", "2001-09"),
])
def test_month_the_ordinal_day(text, span, value):
    found = find_timexes(text, date(2001, 10, 1))
    assert [(t.text, t.value) for t in found] == [(span, value)]


@pytest.mark.parametrize("text, value", [
    ("We met on March 3.", "2001-03-03"),       # past tense: the March before the dct
    ("We will meet on March 3.", "2002-03-03"),  # future tense: the next one
])
def test_tense_decides_the_year_of_a_date_without_one(text, value):
    assert [t.value for t in find_timexes(text, date(2001, 10, 1))] == [value]


@pytest.mark.parametrize("text, value", [
    # "a year ago" after a quarter is the same quarter a year before, which needs the dct to check that
    # the quarter is past: without a dct it stays unresolved instead of raising
    ("Output grew in the second quarter of 1963 and fell a year ago.", "XXXX"),
    ("Orders slowed in the fourth quarter. They had risen a year ago.", "XXXX"),
])
def test_a_year_ago_after_a_quarter_without_a_dct(text, value):
    found = find_timexes(text, None)
    assert [t.value for t in found if t.text == "a year ago"] == [value]
