"""A generic name of a text event (no one's name in it, three content words or fewer) says the
period its text gives, as analysts tell one such event from another: "Arms Race in the 1980s"."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from timeline_builder.build.pipeline import Pipeline
from timeline_builder.extract.events.naming import period_words, with_period
from timeline_builder.records import Document

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from event_fixtures import events_after_all_stages


def _names(text: str) -> list[str]:
    found = events_after_all_stages(text, date(2005, 3, 26)).events
    return sorted(e.name for e in found)


@pytest.mark.parametrize("granularity, begin, words", [
    ("year", date(1982, 1, 1), "1982"),
    ("decade", date(1980, 1, 1), "the 1980s"),
    ("century", date(1901, 1, 1), "the 20th Century"),
    ("century", date(2001, 1, 1), "the 21st Century"),
    ("month", date(1982, 5, 1), ""),
    ("year", None, ""),
])
def test_period_words(granularity, begin, words):
    assert period_words(granularity, begin) == words


@pytest.mark.parametrize("name, period, out", [
    ("Arms Race", "the 1980s", "Arms Race in the 1980s"),
    ("Exchange of Ideas", "the 20th Century", "Exchange of Ideas in the 20th Century"),
    ("2005 General Election", "2005", "2005 General Election"),  # it says its year already
    ("Talks Between Four Big Trading Blocs", "1982", "Talks Between Four Big Trading Blocs"),  # long enough
    ("Arms Race", "", "Arms Race"),
])
def test_with_period(name, period, out):
    assert with_period(name, period) == out


@pytest.mark.parametrize("text, name", [
    ("Cooperation between the two churches was resumed in 1991.", "Cooperation Between Two Churches in 1991"),
    ("In the 1990s a new policy was adopted.", "Adoption of New Policy in the 1990s"),
    # agent + verb: a name of its own kind, not a noun phrase
    ("In 2000 the alliance agreed.", "Alliance Agrees"),
    # someone's name in it: it is told apart by that
    ("In 1983 Ruritania imposed sanctions on Freedonia.", "Ruritania Imposes Sanctions on Freedonia"),
])
def test_a_generic_text_event_says_its_period(text, name):
    assert name in _names(text), _names(text)


def test_a_generic_russian_event_says_its_period():
    found = Pipeline()(Document("d", "d.txt", "В 90-е годы началась новая гонка вооружений.", "0",
                                dct=date(2024, 3, 15), language="ru"))
    assert "New Arms Race in the 1990s" in [e.name for e in found.events], [e.name for e in found.events]
