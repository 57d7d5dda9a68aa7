"""A singular demonym used as a noun for one person ("the Australian said", "the Russian won") is no
mention of the state; the people named as a whole ("the Russians said", "the British were") and a
demonym adjective before its noun ("the Russian economy") still are."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from actor_fixtures import mentions_found


@pytest.mark.parametrize("text, state", [
    ("Seeded fourth, the Australian said he had never felt fitter.", "australia"),
    ("The Russian won in straight sets and will meet Jones next.", "russia"),
    ("Jones beat the Russian in the semi-final on a wet court.", "russia"),
    ("After the match the Australian, who is 19, thanked the crowd.", "australia"),
])
def test_a_demonym_for_one_person_is_not_the_state(actor_extractor, text, state):
    assert not any(actor_id == state for _, actor_id in mentions_found(actor_extractor, text)), mentions_found(actor_extractor, text)


@pytest.mark.parametrize("text, state", [
    ("The Russians said the pipeline would open in the spring.", "russia"),
    ("The British were slow to answer the letter.", "united-kingdom"),
    ("The Russian economy grew quickly after the harvest.", "russia"),
    ("The Australian government said the pipeline would open in the spring.", "australia"),
])
def test_the_people_as_a_whole_and_an_adjective_still_name_the_state(actor_extractor, text, state):
    assert any(actor_id == state for _, actor_id in mentions_found(actor_extractor, text)), mentions_found(actor_extractor, text)
