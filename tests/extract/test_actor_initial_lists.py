"""A surname in a list of initials and surnames (a team sheet) is a known person only when the initial fits."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from actor_fixtures import mentions_found


@pytest.mark.parametrize("text", [
    "Substitutes: K Allan, P Hughes, M Blair, D Shaw, R Lyle.",
    "Back row: D. Shaw; M. Blair; R. Lyle.",
    "M Blair, D Shaw and R Lyle all scored tries.",
])
def test_a_listed_initial_that_does_not_fit_is_not_the_known_person(actor_extractor, text):
    assert not any(actor_id == "tony-blair" for _, actor_id in mentions_found(actor_extractor, text))


@pytest.mark.parametrize("text", [
    "Guests: K Allan, T Blair, D Shaw.",               # the initial fits
    "In Brussels, M Blair met the other leaders.",    # no list: "M" may be a courtesy title
    "Tony Blair spoke first. Then Blair left.",
])
def test_a_fitting_initial_or_no_list_keeps_the_known_person(actor_extractor, text):
    assert any(actor_id == "tony-blair" for _, actor_id in mentions_found(actor_extractor, text))
