""""Passed away" is a death, not a law passed (triggers knowledge, issue 9, dup16); two deaths of two
persons a document tells days apart are two deaths, not one told twice (build.event_merge)."""
from __future__ import annotations

from datetime import date

import pytest

from timeline_builder.records import Document

_DCT = date(2005, 1, 1)


def _rows(pipeline, text: str) -> list[tuple[str, str, date]]:
    found = pipeline(Document("t", "t.txt", text, "", dct=_DCT))
    return sorted((e.kind, e.name, e.date_begin) for e in found.events)


@pytest.mark.parametrize("text", [
    "The novelist Jane Roe passed away on Wednesday.",
    "The novelist Jane Roe, who passed away peacefully on Wednesday, will be missed.",
])
def test_passed_away_is_a_death(pipeline, text):
    assert [kind for kind, _, _ in _rows(pipeline, text)] == ["death"]


def test_a_bill_that_passed_is_still_a_law(pipeline):
    assert [kind for kind, _, _ in _rows(pipeline, "The harbour bill passed on Wednesday.")] == ["law"]


def test_two_persons_deaths_days_apart_are_two_rows(pipeline):
    text = "The singer Jane Roe died on Monday. The actor Tom Fell died on Wednesday."
    assert _rows(pipeline, text) == [("death", "Death of Jane Roe", date(2004, 12, 27)),
                                     ("death", "Death of Tom Fell", date(2004, 12, 29))]


def test_one_persons_death_told_again_days_later_is_one_row(pipeline):
    text = "The novelist Jane Roe died on Wednesday. Tributes were paid on Friday after the death of Roe."
    assert _rows(pipeline, text) == [("death", "Death of Jane Roe", date(2004, 12, 29))]
