"""A dated clause that names a known event and says what someone said or thought of it then: the known
event keeps the clause's mention, and the statement is a row of its own (extract/events/dated.py
``_statement_about_known``; describe.py for an event word an expressed attitude is about)."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from event_fixtures import events_after_all_stages

DCT = date(2005, 3, 26)
TREATY = "maastricht-treaty"  # the knowledge base's treaty, signed in February 1992


def _rows(text: str, dct: date = DCT) -> list[tuple[str | None, str, str, int | None]]:
    return sorted(((e.kb_id, e.name, e.kind, e.date_begin.year if e.date_begin else None)
                   for e in events_after_all_stages(text, dct).events), key=lambda r: (r[0] or "", r[1]))


@pytest.mark.parametrize("text", [
    "In the early 1990s, Paddy Ashdown voiced concern about the Maastricht Treaty.",
    "As party leader in the early 1990s, Paddy Ashdown kept an open mind on the Maastricht Treaty, "
    "weighing its costs.",
])
def test_a_statement_about_a_known_event_in_its_dated_clause_is_a_row_of_its_own(text):
    rows = _rows(text)
    assert any(kb == TREATY for kb, _, _, _ in rows)
    assert [(kb, year) for kb, _, kind, year in rows if kind == "statement"] == [(None, 1990)]


@pytest.mark.parametrize("text", [
    # an event word of another kind carries the clause: no statement row beside the known event
    "In the early 1990s, the Tory rebel said little and fought a campaign against the Maastricht Treaty.",
    # a statement word used as a noun ("the pledge of") is no statement made then
    "In the early 1990s, the Tory rebel read out the pledge of the Maastricht Treaty.",
    # the date after the known name is the known event's, not the statement's
    "The Tory rebel denounced the Maastricht Treaty in 1992.",
    # no statement word at all
    "In the early 1990s, the Tory rebel studied the Maastricht Treaty.",
])
def test_no_statement_row_without_a_statement_verb_carrying_the_clause(text):
    assert not [r for r in _rows(text) if r[2] == "statement"]


def test_support_expressed_during_a_visit_for_one_side_in_a_known_war_is_a_statement_of_the_visit():
    text = ("The Chilean president paid a state visit to Moscow to take part in the Victory Parade in 2015. "
            "During the visit, the two sides signed a fisheries agreement. The Chilean leader also called Putin "
            "a partner in trade and expressed support for Russia in the war against Ukraine.")
    rows = _rows(text, date(2016, 3, 1))
    statements = [(name, year) for kb, name, kind, year in rows if kind == "statement"]
    assert len(statements) == 1 and statements[0][1] == 2015 and "Support" in statements[0][0]
    # the war is still the known one, not a war of the visit's day
    assert not [r for r in rows if r[2] in ("war", "conflict") and r[3] == 2015]
