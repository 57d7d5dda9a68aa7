"""Text events dated only to a year after the dct (extract/events/future.py): no event unless hoped for;
a month after the dct only when no plan or expectation governs it; a day after the dct, a year before it
and the dct's own year still date events."""
from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

import pytest

from timeline_builder.extract.events.future import unscheduled_future
from timeline_builder.knowledge.nonevents import load_nonevent_cues
from timeline_builder.records import Timex

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from event_fixtures import events_with_timexes  # noqa: E402

CUES = load_nonevent_cues()
DCT = date(2024, 6, 1)


def _timexes(text: str) -> list[Timex]:
    """Each "May 2025"-like month or bare year in the text as a DATE timex."""
    out = []
    for m in re.finditer(r"(?:(May|October) )?(\d{4})", text):
        year = int(m.group(2))
        if m.group(1):
            month = 5 if m.group(1) == "May" else 10
            out.append(Timex("d", m.start(), m.end(), m.group(0), "DATE", f"{year}-{month:02d}", None,
                             date(year, month, 1), date(year, month, 28), "month"))
        else:
            out.append(Timex("d", m.start(), m.end(), m.group(0), "DATE", str(year), None,
                             date(year, 1, 1), date(year, 12, 31), "year"))
    return out


def events_of(text: str):
    return events_with_timexes(text, DCT, _timexes(text))


@pytest.mark.parametrize("text", [
    "The minister said the new rail line will open in 2027.",
    "The council promised to hold a referendum on the plan in 2026.",
    "Full coverage under the scheme will begin in 2026.",
    "The harbour authority expects to sign a contract with the builders in 2025.",
    # a month after the dct that a plan or an expectation governs
    "The firm is due to launch the new service in May 2025.",
    "The two ministers are expected to meet in Rome in October 2024.",
    "The firm plans to open the plant in May 2025.",
])
def test_a_happening_dated_only_to_a_coming_year_is_no_event(text):
    assert events_of(text) == ()


@pytest.mark.parametrize("text, kind", [
    # a hope whose stretch holds the date: a hoped-for event the text places in time
    ("Many exiles live in the hope that in 2028 the summit will be held in their city.", "meeting"),
    # a set month after the dct is a scheduled happening
    ("The two presidents will meet in Vienna in October 2024.", "meeting"),
    # a month after the dct with no plan or expectation before it
    ("The first ships will be delivered to the navy in May 2025.", "policy"),
    # a plan for a month that has passed is told as what happened then
    ("The firm planned to launch the new service in May 2024 and did so.", "founding"),
    # the year of the dct and years before it are untouched
    ("The two presidents met in Vienna in 2024.", "meeting"),
    ("The minister signed the treaty in 2019.", "agreement"),
])
def test_hoped_for_scheduled_and_past_events_stay(text, kind):
    events = events_of(text)
    assert [e.kind for e in events] == [kind], events


def test_the_rule_asks_for_a_coarse_date_after_the_dct_with_no_hope_before_it():
    text = "They hope that in 2030 the border will open, but the talks will end in 2030."
    first, second = [(m.start(), m.end()) for m in re.finditer("2030", text)]
    sentence = (0, len(text))
    begin = date(2030, 1, 1)
    assert not unscheduled_future(CUES, text, first, sentence, begin, "year", DCT)  # hoped for
    assert unscheduled_future(CUES, text, second, sentence, begin, "year", DCT)  # "but" ends the hope's stretch
    assert not unscheduled_future(CUES, text, second, sentence, begin, "month", DCT)  # a set month
    assert not unscheduled_future(CUES, text, second, sentence, begin, "year", None)  # no dct: no future
    assert not unscheduled_future(CUES, text, second, sentence, date(2024, 1, 1), "year", DCT)  # the dct's year
    # the dct's year with a future start governing it: what will begin in it has not begun
    start = "The talks will begin in 2024."
    at = (start.index("2024"), start.index("2024") + 4)
    assert unscheduled_future(CUES, start, at, (0, len(start)), date(2024, 1, 1), "year", DCT)


def test_a_plan_governs_a_month_to_the_end_of_its_stretch():
    text = "The line is due to open next year, and trains will run in May 2025."
    at = (text.index("May 2025"), len(text) - 1)
    begin = date(2025, 5, 1)
    assert not unscheduled_future(CUES, text, at, (0, len(text)), begin, "month", DCT)  # the comma ends it
    text = "The line is due to open to passengers in May 2025."
    at = (text.index("May 2025"), len(text) - 1)
    assert unscheduled_future(CUES, text, at, (0, len(text)), begin, "month", DCT)
    assert not unscheduled_future(CUES, text, at, (0, len(text)), begin, "day", DCT)  # a set day is scheduled
