"""A known person's resignation from an office is the end of that tenure, which the actor knowledge
base dates (basis knowledge), unless the resignation's own conjunct states its date."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from timeline_builder.extract import registry
from timeline_builder.records import AnnotatedDocument, Document, Timex

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from actor_fixtures import extraction_with_actors

ACTORS = {"james-callaghan": ("Callaghan", "person"), "margaret-thatcher": ("Margaret Thatcher", "person"),
          "labour-party": ("Labour", "organization")}


def _resignations(text: str, dct: date = date(2005, 3, 26), timexes: tuple = ()) -> list[tuple[date, date, str]]:
    doc = Document("d", "d.txt", text, "sha", dct=dct)
    found = extraction_with_actors(text, ACTORS, timexes=timexes)
    events = registry.create("events")(AnnotatedDocument(doc, found)).events
    return [(e.date_begin, e.date_end, e.date_basis) for e in events
            if e.kind == "other" and ("Resign" in e.name or "Steps Down" in e.name)]


@pytest.mark.parametrize("text, expected", [
    # no date at all: the end of the party leadership
    ("Callaghan was a Labour politician of the old school. Much later he resigned as party leader.",
     (date(1980, 11, 10), date(1980, 11, 10), "knowledge")),
    # the year belongs to the other conjunct (the defeat), not to the resignation
    ("Labour lost power at the 1979 general election, and Callaghan resigned as party leader.",
     (date(1980, 11, 10), date(1980, 11, 10), "knowledge")),
    # another office of the same person: its own end
    ("After the devaluation Callaghan resigned as chancellor of the exchequer.",
     (date(1967, 11, 30), date(1967, 11, 30), "knowledge")),
])
def test_a_resignation_is_the_end_of_the_known_tenure(text, expected):
    assert _resignations(text) == [expected]


def test_a_date_the_resignation_s_own_clause_states_wins():
    text = "In November 1990 Margaret Thatcher stepped down as prime minister."
    said = "November 1990"
    tx = Timex("d", text.index(said), text.index(said) + len(said), said, "DATE", "1990-11", None,
               date(1990, 11, 1), date(1990, 11, 30), "month")
    found = _resignations(text, timexes=(tx,))
    assert found == [(date(1990, 11, 1), date(1990, 11, 30), "text")], found


def test_an_office_the_person_never_held_gives_no_date_from_knowledge():
    found = _resignations("Callaghan was a loyal man. He never resigned as ambassador to anywhere.")
    assert all(basis != "knowledge" for _, _, basis in found), found


def test_a_tenure_still_running_at_the_dct_is_not_ended_by_the_rule():
    # the dct falls inside the premiership: the knowledge's end is no resignation the text can mean
    found = _resignations("Margaret Thatcher resigned as prime minister, the rumour said.", dct=date(1985, 1, 1))
    assert all(basis != "knowledge" for _, _, basis in found), found
