""""When foreign secretary, X ordered ...": an order told in the past is an event word, and an act
told after a tenure is dated by that tenure, unless the sentence dates it; a date that says how
long ("well into the 2010s") dates nothing."""
from __future__ import annotations

from datetime import date

import pytest

from timeline_builder.records import Document

OPENING = "Jack Straw was a Labour minister for many years. "


def _events(pipeline, text: str, dct: date = date(2015, 6, 1)):
    found = pipeline(Document("d", "d.txt", text, "sha-" + text[-30:], dct=dct))
    return [(e.name, e.date_begin, e.date_end, e.date_basis) for e in found.events]


@pytest.mark.parametrize("act", [
    "When foreign secretary, he ordered the ambassador home from Tehran.",
    # a date of how long, not of when: the tenure still dates the order
    "When foreign secretary, Jack Straw ordered the embassy in Tehran closed, a step that shaped British "
    "diplomacy well into the 2010s.",
])
def test_an_order_given_in_an_office_is_dated_by_the_tenure(pipeline, act):
    found = _events(pipeline, OPENING + act)
    orders = [e for e in found if "Orders" in e[0]]
    assert [(begin, end, basis) for _, begin, end, basis in orders] == \
        [(date(2001, 6, 8), date(2006, 5, 5), "context")], found


def test_the_sentence_s_own_date_dates_the_order(pipeline):
    found = _events(pipeline, OPENING + "When foreign secretary in 2003, he ordered the ambassador home from Tehran.")
    orders = [e for e in found if "Orders" in e[0]]
    assert [(begin, end) for _, begin, end, _ in orders] == [(date(2003, 1, 1), date(2003, 12, 31))], found


@pytest.mark.parametrize("text", [
    "The reforms were meant to build a well ordered society in 1990.",
    "In 1990 the ministers met in order to settle the quarrel over fishing rights.",
])
def test_order_as_an_adjective_or_a_purpose_is_no_order(pipeline, text):
    assert not any("Orders" in name for name, _, _, _ in _events(pipeline, text)), _events(pipeline, text)


def test_he_of_an_office_is_the_one_of_the_people_named_last_who_held_it(pipeline):
    # Blair is named most, but only Straw of the people named last was foreign secretary
    text = ("Tony Blair trusted Jack Straw. Tony Blair and Gordon Brown argued often, and Blair usually won. "
            "When foreign secretary, he ordered the ambassador home from Tehran.")
    found = _events(pipeline, text)
    assert any(name.startswith("Jack Straw") and begin == date(2001, 6, 8) for name, begin, _, _ in found), found
    assert not any(name.startswith("Tony Blair Orders") for name, _, _, _ in found), found
