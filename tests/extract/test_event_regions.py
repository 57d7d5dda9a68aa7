"""Happenings in a region named in place of its states ("both NATO air campaigns across the Balkans") are
the agent's known events of that noun there; the region file is validated like the other knowledge."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from timeline_builder.errors import KnowledgeError
from timeline_builder.knowledge.regions import load_regions

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from actor_fixtures import events_found

ACTORS = {"nato": ("NATO", "organization"), "soviet-union": ("Soviet", "state"), "united-states": ("US", "state")}


def _known_ids(text: str, dct: date = date(2014, 3, 21)) -> set[str]:
    return {e.event_id for e in events_found(text, dct, ACTORS).events if e.kb_id}


@pytest.mark.parametrize("text, expected", [
    # the count agrees with the agent's interventions there: Bosnia 1995 and Yugoslavia 1999
    ("Belgrade never forgave both NATO air campaigns across the Balkans.",
     {"operation-deliberate-force", "nato-bombing-of-yugoslavia"}),
    ("The NATO interventions in the Western Balkans changed the Alliance.",
     {"operation-deliberate-force", "nato-bombing-of-yugoslavia"}),
])
def test_a_region_after_an_agent_s_happening_noun_gives_its_known_events_there(text, expected):
    assert expected <= _known_ids(text), _known_ids(text)


@pytest.mark.parametrize("text", [
    "Belgrade never forgave the three NATO air campaigns across the Balkans.",  # the count disagrees: no guess
    "Belgrade never forgave the NATO air campaign across the Balkans.",  # one of two: which one is not said
    "Belgrade feared new air campaigns across the Balkans.",  # no agent named
    "Belgrade never forgave both Chinese air campaigns across the Balkans.",  # no known agent
])
def test_no_event_when_the_region_reference_does_not_pick_known_events(text):
    assert not {"operation-deliberate-force", "nato-bombing-of-yugoslavia"} & _known_ids(text)


def test_only_events_before_the_dct_count():
    assert not _known_ids("Belgrade never forgave both NATO air campaigns across the Balkans.", date(1996, 1, 1)) & {
        "operation-deliberate-force", "nato-bombing-of-yugoslavia"}


def test_a_region_member_that_is_no_actor_is_reported_with_file_and_line(tmp_path):
    (tmp_path / "regions").mkdir()
    (tmp_path / "regions" / "mine.tsv").write_text("id\tforms\tmembers\nnowhere\tNowhere Land\tatlantis\n",
                                                   encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"mine\.tsv.*line 2.*atlantis"):
        load_regions((tmp_path,))


def test_the_packaged_regions_load():
    regions = load_regions()
    assert "serbia" in regions.members["Balkans"] and regions.pattern.search("across Central Asia")
