"""A count of years before a phrase (extract/events/dated.py ``_duration``): "after three years of
talks" dates the talks from that many years before the document's day, "in the nine years since the
crash" dates the crash; a count of years of something that is no event dates nothing."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from event_fixtures import events_after_all_stages

DCT = date(2010, 5, 3)


def _rows(text: str) -> list[tuple[str, int | None]]:
    return [(e.kind, e.date_begin.year if e.date_begin else None) for e in events_after_all_stages(text, DCT).events]


def test_years_of_an_event_date_it_from_their_start():
    assert ("meeting", 2007) in _rows("After three years of negotiations, the two ports settled their quarrel.")


def test_years_of_something_that_is_no_event_date_nothing_of_the_clause():
    assert _rows("Now, after six years of hard work, we have the plan we promised.") == []
    assert _rows("After four years of steady effort, the council passed a budget.") == []


def test_years_since_an_event_date_it_before_the_document_not_after():
    rows = _rows("The town has changed a great deal in the nine years since the two ports signed a pact that would end "
                 "their quarrel.")
    assert rows == [("agreement", 2001)]
