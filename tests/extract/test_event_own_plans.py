"""The teller's own future ("I will", "we shall") and a plan or an expectation governing the period the
text is written in (extract/events/future.py, nonevents.tsv cues of scope ``plan``): what the speaker says
they will do, and what is set or expected for the year or the month not yet over, is no event yet."""
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
DCT = date(2031, 3, 10)
_MONTHS = {"April": 4, "May": 5, "June": 6}


def _timexes(text: str) -> list[Timex]:
    """"this year" (the dct's year), "2031"/"2032" and "April/May/June 2031" as DATE timexes."""
    out = []
    for m in re.finditer(r"(?:(April|May|June) )?(20\d\d)|[Tt]his year", text):
        if m.group(0).lower() == "this year":
            out.append(Timex("d", m.start(), m.end(), m.group(0), "DATE", "2031", None,
                             date(2031, 1, 1), date(2031, 12, 31), "year"))
        elif m.group(1):
            year, month = int(m.group(2)), _MONTHS[m.group(1)]
            out.append(Timex("d", m.start(), m.end(), m.group(0), "DATE", f"{year}-{month:02d}", None,
                             date(year, month, 1), date(year, month, 28), "month"))
        else:
            year = int(m.group(2))
            out.append(Timex("d", m.start(), m.end(), m.group(0), "DATE", str(year), None,
                             date(year, 1, 1), date(year, 12, 31), "year"))
    return out


def events_of(text: str):
    return events_with_timexes(text, DCT, _timexes(text))


@pytest.mark.parametrize("text", [
    # the teller's own plan for the year not yet over
    "This year I will send the lawmakers a bill to reform the harbour tolls.",
    "This year, we shall submit a treaty on river fishing to the senate.",
    "I will sign an order on the canal tolls this year.",
    # the teller's own plan for a coming month
    "I shall report to the assembly on the canal talks in May 2031.",
    "In June 2031 we are going to launch a new ferry line.",
    # a plan or an expectation governing a coming month, the cue after the date opening the clause
    "In May 2031 the firm is due to open a plant in Leeds.",
])
def test_a_plan_for_a_period_not_yet_over_is_no_event(text):
    assert events_of(text) == ()


@pytest.mark.parametrize("text, kind", [
    # another's future in the dct's year is left to the rules of future years (a pull-out told as planned)
    ("The navy will withdraw its ships from the strait this year.", "other"),
    # the teller's past act in the dct's year
    ("This year I signed an order on the canal tolls.", "agreement"),
    # what we did, told before the date: no plan cue
    ("We met the ministers of the river states in 2031.", "meeting"),
    # another's plan or expectation in the dct's own year stays a planned event
    ("The two leaders are expected to meet in Oslo in 2031.", "meeting"),
    ("This year the two leaders are due to meet in Oslo.", "meeting"),
])
def test_done_acts_and_others_futures_stay(text, kind):
    events = events_of(text)
    assert [e.kind for e in events] == [kind], events


def test_a_plan_after_a_date_must_follow_it_closely():
    cues, begin = CUES, date(2031, 1, 1)
    # the plan cue right after the date opening the sentence, behind a subject of up to two words
    for text in ("This year we will send a bill.", "This year, I shall open a plant.",
                 "In 2031 we will open a plant."):
        at = (text.index("2031") if "2031" in text else text.index("year") - 5,)
        at = (at[0], at[0] + (4 if "2031" in text else 9))
        assert unscheduled_future(cues, text, at, (0, len(text)), begin, "year", DCT), text
    # a date not opening its clause, or a cue three words on, or a done act: no plan governs the date
    for text in ("The firm sold a plant this year and we will buy it back.",
                 "This year the old river firm will open a plant.",
                 "This year the firm opened a plant.",
                 "This year, the firm is due to open a plant."):  # another's plan in the dct's year
        at = (text.index("this year") if "this year" in text else 0,)
        at = (at[0], at[0] + 9)
        assert not unscheduled_future(cues, text, at, (0, len(text)), begin, "year", DCT), text
