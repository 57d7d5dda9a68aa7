"""A happening named in passing by its kind's noun, as the circumstance of another act ("who fled after a
coup last year"), before the document tells it in full ("In July last year ... staged a coup"), is that
happening: one row, without the other act's actors (build.event_merge, issue 9, dup16)."""
from __future__ import annotations

from datetime import date

from timeline_builder.records import Document

_DCT = date(1998, 2, 19)


def _rows(pipeline, text: str) -> list[tuple[str, str, date, list[tuple[str, str]]]]:
    found = pipeline(Document("t", "t.txt", text, "", dct=_DCT))
    actors = {a.actor_id: a.name for a in found.actors}
    return sorted((e.kind, e.name, e.date_begin,
                   sorted((actors[l.actor_id], l.role) for l in found.event_actors if l.event_id == e.event_id))
                  for e in found.events)


def test_a_coup_named_in_passing_is_the_coup_told_later(pipeline):
    text = ("General Tom Vell, who had to flee the Freedonian capital after a coup last year, said Thursday "
            "he would return. In July last year in the capital, Prime Minister Ana Kors staged a successful "
            "coup against President Leo Marr.")
    rows = _rows(pipeline, text)
    assert [(kind, begin) for kind, _, begin, _ in rows] == [("other", date(1997, 7, 1))]
    assert ("Tom Vell", "agent") not in rows[0][3]  # the one who fled took no part in the coup


def test_an_election_in_passing_is_the_one_told_later(pipeline):
    rows = _rows(pipeline, "Prices fell after the election last year. The election was held in May last year.")
    assert [(kind, begin) for kind, _, begin, _ in rows] == [("election", date(1997, 5, 1))]


def test_two_happenings_of_the_kind_told_later_keep_the_passing_mention(pipeline):
    text = ("Tom Vell fled the capital after a coup last year. In July last year Ana Kors staged a coup. "
            "In October last year Leo Marr staged another coup.")
    assert len([row for row in _rows(pipeline, text) if row[0] == "other"]) == 3

