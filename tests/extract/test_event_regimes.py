"""A state named by its ruler's possessive ("Idi Amin's Uganda") is the state under that ruler: a
term dated by the ruler's time in power (basis context), only where that rule is over by the dct."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest


sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from actor_fixtures import events_found

ACTORS = {"saddam-hussein": ("Saddam Hussein", "person"), "iraq": ("Iraq", "state"),
          "joseph-stalin": ("Stalin", "person"), "soviet-union": ("Soviet Union", "state"),
          "vladimir-putin": ("Putin", "person"), "russia": ("Russia", "state")}


def _terms(text: str, dct: date = date(2014, 1, 1)) -> list[tuple[str, date, date | None, str]]:
    return [(e.name, e.date_begin, e.date_end, e.date_basis) for e in events_found(text, dct, ACTORS).events if e.kind == "term"]


@pytest.mark.parametrize("text, expected", [
    # the actor knowledge's role, where the event knowledge has no term of the ruler
    ("The envoy flew to Saddam Hussein's Iraq to seek the release of the hostages.",
     ("Saddam Hussein's Rule in Iraq", date(1979, 7, 16), date(2003, 4, 9), "context")),
    # the known term, where there is one
    ("Few dissidents survived in Stalin's Soviet Union.",
     ("Joseph Stalin's Leadership of the Soviet Union", date(1924, 1, 21), date(1953, 3, 5), "context")),
])
def test_a_state_named_by_its_ruler_is_the_ruler_s_time_in_power(text, expected):
    assert expected in _terms(text), _terms(text)


@pytest.mark.parametrize("text, dct", [
    ("The envoy flew to Saddam Hussein's Iraq to seek the release of the hostages.", date(1990, 1, 1)),  # still ruling
    ("Critics of Putin's Russia were silenced.", date(2014, 1, 1)),  # still ruling at the dct
    ("Saddam Hussein's speech shocked Iraq.", date(2014, 1, 1)),  # the possessive owns a speech, not the state
    ("Stalin's Soviet Union policy was cautious.", date(2014, 1, 1)),  # the state only modifies "policy"
])
def test_no_regime_period_while_the_ruler_rules_or_without_the_possessive_state(text, dct):
    assert not [t for t in _terms(text, dct) if "Rule in" in t[0] or "Leadership" in t[0]], _terms(text, dct)


def test_a_deputy_s_term_is_no_rule_of_the_state():
    # Biden's vice presidency (2009-2017) is over by 2020, but a vice president rules no state
    actors = {"joe-biden": ("Joe Biden", "person"), "united-states": ("America", "state")}
    text = "In Joe Biden's America, nobody would be safe."
    events = events_found(text, date(2020, 6, 20), actors).events
    assert not [e for e in events if e.kind == "term"], events
