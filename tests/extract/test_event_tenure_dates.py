"""Tenures dated from the actor knowledge's roles: a tenure the event knowledge has as a term takes
the term's dates (one tenure, one date, whichever file the rule reads), and "the X government" is
the person's whole unbroken time at the head of the state."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from timeline_builder.extract.events.tenures import _known_term_dates, _unbroken
from timeline_builder.knowledge.actors import KnownRole

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from actor_fixtures import events_found

ACTORS = {"vladimir-putin": ("Vladimir Putin", "person"), "hamid-karzai": ("Hamid Karzai", "person"),
          "afghanistan": ("Afghanistan", "state")}


def _terms(text: str, dct: date) -> list[tuple[str, date, date | None, str]]:
    return [(e.name, e.date_begin, e.date_end, e.date_basis) for e in events_found(text, dct, ACTORS).events if e.kind == "term"]


def test_a_titled_tenure_takes_the_dates_of_the_known_term_of_that_office():
    # the actor knowledge dates his first presidency from the acting months; the term from the inauguration
    found = _terms("Former President Vladimir Putin gave a long lecture to the students.", dct=date(2010, 6, 1))
    assert ("Presidency of Vladimir Putin", date(2000, 5, 7), date(2008, 5, 7), "knowledge") in found, found


def test_a_government_named_after_a_person_runs_through_each_of_his_unbroken_head_offices():
    found = _terms("Western donors paid most of the salaries of the Hamid Karzai government.", dct=date(2020, 1, 1))
    assert [(b, e) for n, b, e, _ in found if n.endswith("Government")] == [(date(2001, 12, 22), date(2014, 9, 29))]


def _role(role: str, begin: date, end: date | None) -> KnownRole:
    return KnownRole(actor_id="x", role=role, organization="y", date_begin=begin, date_end=end)


@pytest.mark.parametrize("roles, expected", [
    # handed on from one head office to the next: one run
    ([_role("leader", date(2001, 1, 1), date(2002, 6, 1)), _role("president", date(2002, 6, 1), date(2009, 1, 1))],
     [(date(2001, 1, 1), date(2009, 1, 1))]),
    # out of office for years in between: two runs
    ([_role("prime minister", date(1964, 1, 1), date(1970, 6, 1)),
      _role("prime minister", date(1974, 3, 1), date(1976, 4, 1))],
     [(date(1964, 1, 1), date(1970, 6, 1)), (date(1974, 3, 1), date(1976, 4, 1))]),
    # a run still going
    ([_role("president", date(2000, 1, 1), date(2008, 1, 1)), _role("prime minister", date(2008, 1, 2), None)],
     [(date(2000, 1, 1), None)]),
])
def test_unbroken_runs_of_roles(roles, expected):
    assert _unbroken(roles) == expected


class _Term:
    def __init__(self, office, begin, end):
        self.office, self.date_begin, self.date_end = office, begin, end


def test_a_term_of_another_office_or_mostly_apart_leaves_the_role_s_dates():
    role = _role("president", date(1999, 12, 31), date(2008, 5, 7))
    assert _known_term_dates(role, [_Term("russia-prime-minister", date(2000, 1, 1), date(2008, 1, 1))]) \
        == (date(1999, 12, 31), date(2008, 5, 7))
    assert _known_term_dates(role, [_Term("russia-president", date(2006, 1, 1), date(2012, 1, 1))]) \
        == (date(1999, 12, 31), date(2008, 5, 7))
    assert _known_term_dates(role, [_Term("russia-president", date(2000, 5, 7), date(2008, 5, 7))]) \
        == (date(2000, 5, 7), date(2008, 5, 7))


def test_a_party_leadership_titled_without_the_word_party_is_mentioned_by_its_title_and_name():
    text = "When the country voted in 1983, Tory leader Margaret Thatcher won a far bigger majority."
    actors = {"margaret-thatcher": ("Margaret Thatcher", "person")}
    found = events_found(text, date(2005, 1, 1), actors)
    terms = {e.event_id for e in found.events if e.kind == "term"}
    spans = [text[m.char_start:m.char_end] for m in found.event_mentions if m.event_id in terms]
    assert spans == ["Tory leader Margaret Thatcher"]


def test_a_term_the_text_refers_to_is_mentioned_by_its_own_words_not_the_clause_before_them():
    text = ("Dmitry Medvedev kept the Kremlin seat warm, and the détente with Obama cooled once "
            "Putin came back in 2012 for a third term.")
    actors = {"vladimir-putin": ("Putin", "person"), "dmitry-medvedev": ("Dmitry Medvedev", "person")}
    found = events_found(text, date(2014, 3, 21), actors)
    third = next(e.event_id for e in found.events if e.kb_id == "vladimir-putin-russia-president-2012")
    assert [text[m.char_start:m.char_end] for m in found.event_mentions if m.event_id == third] \
        == ["Putin came back in 2012 for a third term"]


# --- the subject of a role phrase, read from the people near it (tenures._between) -------------------

import re as _re  # noqa: E402

from timeline_builder.extract.events.tenures import _AS_ROLE, _ROLE_VERB, _sorted_starts, _subject_of  # noqa: E402
from timeline_builder.extract.events.text import TextLayout  # noqa: E402
from timeline_builder.records import ActorMention, Document  # noqa: E402

_ROLE_TEXT = ("Ann Kerr met Bo Lind. As foreign minister, Ann Kerr signed. When governor in 1990, she vetoed it. "
              "Bo Lind became chief justice; later Ann Kerr was appointed ambassador to Peru. "
              "Cy Moss then became mayor. While mayor, Cy Moss spoke.")


def _people(text: str) -> list[ActorMention]:
    return [ActorMention(name.lower().replace(" ", "-"), "d", m.start(), m.end(), name)
            for name in ("Ann Kerr", "Bo Lind", "Cy Moss") for m in _re.finditer(name, text)]


def test_the_subject_of_a_role_is_the_same_whether_the_people_are_read_near_it_or_all():
    layout = TextLayout(Document("d", "d.txt", _ROLE_TEXT, "sha"))
    shuffled = _people(_ROLE_TEXT)  # by name, not in text order: no bisection possible
    ordered = sorted(shuffled, key=lambda p: p.char_start)
    assert _sorted_starts(shuffled) is None and _sorted_starts(ordered) == [p.char_start for p in ordered]
    salient = lambda offset: None  # noqa: E731
    subjects = []
    for pattern, after in ((_AS_ROLE, True), (_ROLE_VERB, False)):
        for m in pattern.finditer(_ROLE_TEXT):
            clause = layout.clause(m.start(), m.end())
            near = _subject_of(_ROLE_TEXT, ordered, clause, m, after, salient, _sorted_starts(ordered))
            assert near == _subject_of(_ROLE_TEXT, ordered, clause, m, after, salient)
            assert near == _subject_of(_ROLE_TEXT, shuffled, clause, m, after, salient, _sorted_starts(shuffled))
            subjects.append(near[0])
    assert subjects == ["ann-kerr", None, "cy-moss", "bo-lind", "ann-kerr", "cy-moss"], subjects
