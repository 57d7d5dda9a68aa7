"""An obligation stated with "it is essential/necessary/vital/imperative/urgent/important that" (nonevents.tsv,
class obligation, scope hypothetical): what it says must be done is not done, and the rest of its
comma-part tells no event; the same act told as done stays."""
from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

import pytest

from timeline_builder.records import Timex

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from event_fixtures import events_with_timexes  # noqa: E402

DCT = date(2031, 9, 10)


def _timexes(text: str) -> list[Timex]:
    """"this year" (the dct's year) and "July 1, 2031" as DATE timexes."""
    out = []
    for m in re.finditer(r"this year|July 1, 2031", text):
        if m.group(0) == "this year":
            out.append(Timex("d", m.start(), m.end(), m.group(0), "DATE", "2031", None,
                             date(2031, 1, 1), date(2031, 12, 31), "year"))
        else:
            out.append(Timex("d", m.start(), m.end(), m.group(0), "DATE", "2031-07-01", None,
                             date(2031, 7, 1), date(2031, 7, 1), "day"))
    return out


def events_of(text: str):
    return events_with_timexes(text, DCT, _timexes(text))


@pytest.mark.parametrize("text", [
    "I believe it is essential that the assembly pass the harbour bill this year.",
    "It is again necessary that the senate enact the river tolls law before July 1, 2031.",
    "The minister said it was vital that parliament ratify the fishing treaty this year.",
])
def test_what_must_be_done_is_no_event(text):
    assert events_of(text) == ()


@pytest.mark.parametrize("text", [
    "The assembly passed the harbour bill this year.",
    "The senate enacted the river tolls law on July 1, 2031.",
])
def test_the_act_told_as_done_stays(text):
    assert len(events_of(text)) == 1
