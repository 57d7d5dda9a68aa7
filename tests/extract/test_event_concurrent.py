"""What happened while a known event was happening is dated by the known event (basis knowledge)."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest


sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from actor_fixtures import events_found

PEOPLE = {"ernest-bevin": ("Bevin", "person"), "george-marshall": ("Marshall", "person"),
          "harry-s-truman": ("Truman", "person")}


def _text_events(text: str) -> list[tuple[str, date, date | None, str]]:
    return [(e.name, e.date_begin, e.date_end, e.date_basis) for e in events_found(text, date(2024, 4, 4), PEOPLE).events if not e.event_id.startswith(("brussels", "korean", "north-atlantic"))]


@pytest.mark.parametrize("text, begin, end", [
    # a signing dates what happened as it was signed to its day
    ("Just as the North Atlantic Treaty was being signed, Truman met Marshall at Blair House.",
     date(1949, 4, 4), date(1949, 4, 4)),
    ("Bevin met Marshall in London as the Brussels Treaty was signed.", date(1948, 3, 17), date(1948, 3, 17)),
    # a war dates what happened while it raged to its years
    ("While the Korean War raged, Truman visited Tokyo.", date(1950, 6, 25), date(1953, 7, 27)),
])
def test_a_clause_told_as_happening_while_a_known_event_was_under_way_takes_its_dates(text, begin, end):
    found = _text_events(text)
    assert len(found) == 1 and found[0][1:] == (begin, end, "knowledge"), found


@pytest.mark.parametrize("text", [
    "As the Korean War showed, alliances matter.",  # "as X showed" is no time
    "While the Korean War raged, it was cold.",  # no event word in the clause
    "The Brussels Treaty was signed in March.",  # no "as"/"while"
])
def test_no_event_without_a_clause_of_its_own_told_during_the_known_event(text):
    assert _text_events(text) == []



def _with_events(text: str, dct: date = date(2024, 4, 4)) -> list[tuple[str, date, date | None, str]]:
    actors = {"russia": ("Russia", "state")}
    return [(e.name, e.date_begin, e.date_end, e.date_basis) for e in events_found(text, dct, actors).events
            if not e.kb_id]


@pytest.mark.parametrize("text, begin, end", [
    # "With the <known event>, <clause>": the clause happened as the known event did
    ("With the Chernobyl disaster, Kyiv began talks with its neighbours.", date(1986, 4, 26), date(1986, 4, 26)),
    # a lasting one gives its years
    ("But with the Suez Crisis, London opened talks with its allies.", date(1956, 10, 29), date(1956, 11, 7)),
])
def test_a_sentence_opening_with_a_known_event_dates_its_clause_by_it(text, begin, end):
    found = _with_events(text)
    assert len(found) == 1 and found[0][1:] == (begin, end, "knowledge"), found


@pytest.mark.parametrize("text, dct", [
    ("With the Chernobyl disaster still unfolding, Kyiv began talks.", date(2024, 4, 4)),  # no comma after the name
    ("With the Chernobyl disaster, it was quiet in Kyiv.", date(2024, 4, 4)),  # no event word
    ("Officials coped with the Chernobyl disaster, Kyiv began talks.", date(2024, 4, 4)),  # not the opening
    ("With the Chernobyl disaster, Kyiv began talks with its neighbours.", date(1980, 1, 1)),  # not yet happened
])
def test_no_clause_dated_by_a_known_event_it_does_not_open_with(text, dct):
    assert _with_events(text, dct) == []
