"""An alias written after ``=`` in an event file matches only with the capitals it is given
(knowledge/events.py, extract/events/matcher.py): "the Border War" names the known war, "the
border war planners" tell of none."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from timeline_builder.extract.events.matcher import AliasMatcher
from timeline_builder.knowledge.events import read_event_files

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from event_fixtures import events_after_all_stages  # noqa: E402

_HEADER = "id\tname\tkind\tdate_begin\tdate_end\tgranularity\taliases\tparticipants\twikidata\tcues\n"


def _matcher(tmp_path: Path, aliases: str) -> AliasMatcher:
    path = tmp_path / "wars.tsv"
    path.write_text(_HEADER + f"border-war\tRuritanian Border War\twar\t1931\t1933\tyear\t{aliases}\t\t\t\n",
                    encoding="utf-8")
    return AliasMatcher(list(read_event_files([path]).values()))


def _found(matcher: AliasMatcher, text: str) -> list[str]:
    return [text[m.start:m.end] for m in matcher.find(text)]


def test_a_cased_alias_is_read_without_its_mark(tmp_path):
    path = tmp_path / "wars.tsv"
    path.write_text(_HEADER + "border-war\tRuritanian Border War\twar\t1931\t1933\tyear\t=Border War|Frontier War\t\t\t\n",
                    encoding="utf-8")
    event = read_event_files([path])["border-war"]
    assert event.aliases == ("Border War", "Frontier War") and event.cased == ("Border War",)


def test_a_cased_alias_needs_its_capitals(tmp_path):
    matcher = _matcher(tmp_path, "=Border War|Frontier War")
    assert _found(matcher, "Historians of the Border War disagree.") == ["Border War"]
    assert _found(matcher, "The Border war planners met.") == []
    assert _found(matcher, "The border war planners met.") == []
    assert _found(matcher, "The Frontier war ended.") == ["Frontier war"]  # an alias without the mark as before


def test_a_demonym_before_war_in_a_compound_noun_is_no_known_war():
    text = "American war planners studied the options in the desert.\n"
    assert not {e.kb_id for e in events_after_all_stages(text, date(2005, 1, 1)).events if e.kb_id}
    told = "Hanoi still calls it the American War.\n"
    assert "vietnam-war" in {e.kb_id for e in events_after_all_stages(told, date(2005, 1, 1)).events}
