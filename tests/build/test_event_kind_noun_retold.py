"""A bare noun of an event's kind with a date of its own ("the 1988 Act") tells again the one text
event of that kind the document told before in those days (issue 9, events16)."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from timeline_builder.build.event_merge import merge_document_events

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from event_fixtures import after_link_stage  # noqa: E402

_DCT = date(2001, 5, 2)
_ENACTED = "Parliament enacted the grazing provisions in 1988. "


def _laws(text: str) -> list[str]:
    found, linked = after_link_stage(text, _DCT)
    return sorted(e.name for e in merge_document_events(found.merge(linked)).events if e.kind == "law")


def test_the_act_of_a_year_is_the_law_enacted_that_year_told_before():
    laws = _laws(_ENACTED + "Farmers say the 1988 Act has failed them.")
    assert len(laws) == 1 and "Grazing" in laws[0]


def test_the_act_of_another_year_or_of_a_year_of_two_laws_is_its_own_row():
    assert len(_laws(_ENACTED + "Farmers say the 1994 Act has failed them.")) == 2
    assert len(_laws(_ENACTED + "In 1988 the assembly also passed a water bill. "
                                "Farmers say the 1988 Act has failed them.")) == 3


def test_the_act_told_before_the_enactment_is_its_own_row():
    assert len(_laws("Farmers say the 1988 Act has failed them. Parliament enacted it in 1988.")) == 2


def test_a_protest_of_the_days_of_an_arrest_told_before_is_its_own_row():
    # a protest, a meeting, a decision happen again and again: only a text (a law, a treaty) is one of its days
    found, linked = after_link_stage("Police arrested four men in the square in March 1999. "
                                     "The March 1999 protest was the largest of the decade.", _DCT)
    assert len(merge_document_events(found.merge(linked)).events) == 2
