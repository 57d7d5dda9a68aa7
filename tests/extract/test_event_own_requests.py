"""The teller's own request in the progressive or with "for"/"that" ("I am asking for", "we ask that",
"I am urging", "we are calling on"; nonevents.tsv, class hope, scope hypothetical): what is asked for
is not done, even when a date before the request ("This year I am asking ...") dates the clause; the
same act told as done stays."""
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
    """"this year" (the dct's year) as a DATE timex."""
    return [Timex("d", m.start(), m.end(), m.group(0), "DATE", "2031", None,
                  date(2031, 1, 1), date(2031, 12, 31), "year")
            for m in re.finditer(r"[Tt]his year", text)]


def events_of(text: str):
    return events_with_timexes(text, DCT, _timexes(text))


@pytest.mark.parametrize("text", [
    "This year I am asking the assembly to pass the harbour bill.",
    "This year we are asking for a new canal treaty with our neighbours.",
    "I ask that the senate enact the river tolls law this year.",
    "This year I am urging the council to ratify the fishing treaty.",
    "This year I propose a new harbour toll law to the assembly.",
])
def test_the_tellers_request_is_no_event(text):
    assert events_of(text) == ()


@pytest.mark.parametrize("text", [
    "This year the assembly passed the harbour bill.",
    "The senate enacted the river tolls law this year.",
])
def test_the_act_told_as_done_stays(text):
    assert len(events_of(text)) == 1
