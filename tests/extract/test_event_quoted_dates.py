"""A date inside a quotation dates what is quoted, not the saying (extract/events/statements.py
dated_in_quotation, used by the dated-clause finder)."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from event_fixtures import events_after_all_stages
from timeline_builder.extract.events.statements import dated_in_quotation

DCT = date(2025, 1, 10)


@pytest.mark.parametrize("text", [
    '"We were asked all kinds of questions about the night of 12 August," said John Carter.',
    '"We talked about the summer of 2019 and the flood," said John Carter.',
])
def test_a_date_inside_a_quotation_does_not_date_the_saying(text):
    found = events_after_all_stages(text, DCT).events
    assert not [e for e in found if e.kind == "statement" and e.date_begin != DCT]


def test_an_event_told_inside_a_quotation_keeps_its_date():
    found = events_after_all_stages('"In 1962 the army invaded the island," said John Carter.', DCT).events
    assert [(e.kind, e.date_begin.year) for e in found] == [("war", 1962)]


@pytest.mark.parametrize("quotes, trigger, timex, inside", [
    ([(0, 40)], (42, 46), (20, 24), True),    # '"... 2019 ...," said X'
    ([(0, 40)], (10, 14), (20, 24), False),   # the verb inside the same quotation
    ([(30, 60)], (5, 9), (12, 16), False),    # 'X said in 2019: "..."'
])
def test_dated_in_quotation(quotes, trigger, timex, inside):
    assert dated_in_quotation(quotes, trigger, timex) is inside


def test_a_quotation_s_today_is_the_day_of_the_saying():
    found = events_after_all_stages('"Today I have realised a dream," said John Carter.', DCT).events
    assert [(e.kind, e.date_begin) for e in found] == [("statement", DCT)]


def test_a_stretch_a_quotation_counts_back_does_not_date_the_saying():
    text = ('The singer Maria Okafor has backed the campaign. "Over the last ten years, I have seen a lot of things '
            'happen and it is nothing to be proud of," she said.')
    assert [e.date_begin for e in events_after_all_stages(text, date(2005, 1, 1)).events if e.kind == "statement"
            and e.date_begin is not None and e.date_begin.year < 2005] == []
