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
