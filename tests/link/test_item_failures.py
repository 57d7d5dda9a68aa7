"""One event's failure in the link stage loses that event's links only: a problem row names the
document, the stage, the clause's span and the exception; the document's other links stay. Under
the test suite's TIMELINE_ITEM_ERRORS=raise (tests/conftest.py) the failure is raised instead."""
from __future__ import annotations

import re
from datetime import date

import pytest

from timeline_builder.cli import main
from timeline_builder.guard import ENVIRONMENT, ITEM_FAILED, item_failed
from timeline_builder.link.event_actors import EventActorLinker
from timeline_builder.records import Document, EventMention

TEXT = ("In 1998, France signed a trade agreement with Japan.\n\n"
        "In 2003, Brazil imposed sanctions on Chile after a long dispute.")
BROKEN = "Brazil imposed"  # the clause whose reading is made to fail


def _extract(pipeline):
    return pipeline(Document("d", "d.txt", TEXT, "sha", dct=date(2010, 5, 1)))


def _break_one_clause(monkeypatch) -> None:
    """The linker's reading of one clause raises (a stand-in for a bug such as ru16's grammeme compare)."""
    reading = EventActorLinker._clause_actors

    def failing(self, event, text, clause, mentions):
        if BROKEN in clause.text:
            raise RuntimeError("no reading of this clause")
        return reading(self, event, text, clause, mentions)

    monkeypatch.setattr(EventActorLinker, "_clause_actors", failing)


@pytest.fixture
def broken_clause(monkeypatch):
    _break_one_clause(monkeypatch)


def _links(found, word):
    events = {e.event_id for e in found.events if word in e.name}
    return {(l.event_id, l.actor_id, l.role, l.basis) for l in found.event_actors if l.event_id in events}


def test_one_failing_clause_loses_only_its_events_links(pipeline, monkeypatch):
    monkeypatch.setenv(ENVIRONMENT, "report")
    healthy = _extract(pipeline)
    _break_one_clause(monkeypatch)
    broken = _extract(pipeline)
    assert _links(healthy, "France") and _links(broken, "France") == _links(healthy, "France")
    assert _links(broken, "Brazil") < _links(healthy, "Brazil")  # the linker's own links of that event are gone
    assert {e.event_id for e in broken.events} == {e.event_id for e in healthy.events}
    [problem] = broken.problems
    start = TEXT.index("In 2003")
    assert (problem.code, problem.stage, problem.doc_id, problem.path, problem.severity) == \
        (ITEM_FAILED, "link", "d", "d.txt", "error")
    assert f"chars {start}-{len(TEXT)}" in problem.message
    assert "RuntimeError: no reading of this clause" in problem.message


def test_the_test_suite_raises_an_items_failure(pipeline, broken_clause):
    # conftest sets TIMELINE_ITEM_ERRORS=raise: the guard files nothing, the failure goes on (the
    # pipeline's document guard then reports the whole stage failed, as before the item guard)
    found = _extract(pipeline)
    assert not [p for p in found.problems if p.code == ITEM_FAILED]
    assert [p.code for p in found.problems] == ["extractor-failed"]
    with pytest.raises(ValueError, match="grammeme"):
        item_failed(ValueError("grammeme"), "link", Document("d", "d.txt", TEXT, "sha"),
                    EventMention("e", "d", 0, 5, "In 19"), "event e")


def test_the_build_summary_counts_the_problem_rows(tmp_path, monkeypatch, capsys, broken_clause):
    monkeypatch.setenv(ENVIRONMENT, "report")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "2010-05-01-trade.txt").write_text(TEXT, encoding="utf-8")
    code = main(["build", str(tmp_path / "in"), "--dataset", str(tmp_path / "ds"), "--no-cache"])
    err = capsys.readouterr().err
    assert code == 0
    assert "problems: 1 of 1 kind(s)" in err
    assert re.search(r"\b1 error +item-failed", err)
    assert "the document's other rows were kept" in err


RU_TEXT = "В 2015 году Франция подписала соглашение с Японией.\n\nВ 2019 году Бразилия ввела санкции против Чили."


def test_a_russian_role_reading_that_raises_costs_one_event(pipeline, monkeypatch):
    # ru16's case: the Russian role reading raised on one clause and the whole document lost its links
    import timeline_builder.link.clauses as clauses
    monkeypatch.setenv(ENVIRONMENT, "report")
    document = Document("r", "r.txt", RU_TEXT, "sha", dct=date(2020, 5, 1), language="ru")
    healthy = pipeline(document)
    reading = clauses.russian_role

    def failing(text, clause, actor, reported=False):
        if "Бразилия" in clause.text:
            raise ValueError("cannot compare a grammeme")
        return reading(text, clause, actor, reported)

    monkeypatch.setattr(clauses, "russian_role", failing)
    broken = pipeline(document)
    assert ("japan", "participant") in {(l.actor_id, l.role) for l in healthy.event_actors}
    assert _links(healthy, "Japan") and _links(broken, "Japan") == _links(healthy, "Japan")
    assert _links(broken, "Chile") < _links(healthy, "Chile")
    [problem] = broken.problems
    assert problem.code == ITEM_FAILED and problem.doc_id == "r"
    assert f"chars {RU_TEXT.index('В 2019')}-{len(RU_TEXT)}" in problem.message
    assert "ValueError: cannot compare a grammeme" in problem.message
