"""Forecasts in the dct's own year, a year's figures and a threat as a danger (issue 9): no text event.

- A future start ("will begin", "will start") governing a year, decade or century that holds the dct ("This
  year we will begin", "work on the plant will start in 2005" told in 2005) places nothing in time, as a future
  year does (extract/events/future.py); a past verb with the same date stays, and so does another future act
  the text places in the dct's year ("the troops will withdraw this year").
- A bare year right before a noun of figures ("2005 sales", "2004 profits") is the year the figures cover
  (extract/events/nonevents._year_of_figures): it dates no launch the clause names; "the 2004 report" and
  "the 1998 election results" keep their years.
- "The threat today is that ...", "poses a threat": a danger, not an act of threatening (triggers.tsv, pos none).
"""
from __future__ import annotations

from datetime import date

import pytest

from timeline_builder.build.pipeline import Pipeline
from timeline_builder.records import Document


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _events(pipeline, text: str, dct: date = date(2005, 3, 1)):
    found = pipeline(Document("d", "d.txt", text, "sha-" + text[-40:], dct=dct))
    return [(e.kind, e.date_begin) for e in found.events]


@pytest.mark.parametrize("text, dct", [
    ("This year we will really begin to see the new ferry service come to life.", date(2005, 3, 1)),
    ("In 2005, the brewery will start selling a new cola brand.", date(2005, 3, 1)),
    ("This year we'll start selling a new cola brand.", date(2005, 3, 1)),
    ("Work on the new brewery will begin in 2005.", date(2005, 3, 1)),
    ("In the 1970s the club will begin to build a new stadium.", date(1973, 6, 1)),
])
def test_a_future_verb_in_the_dct_s_own_period_dates_no_event(pipeline, text, dct):
    assert _events(pipeline, text, dct) == []


@pytest.mark.parametrize("text, dct, expected", [
    # a past verb with the same date: an event of that year
    ("The brewery launched a new cola brand in 2005.", date(2005, 3, 1), ("founding", date(2005, 1, 1))),
    ("In 2005 the brewery launched a new cola brand, and it will launch another soon.", date(2005, 3, 1),
     ("founding", date(2005, 1, 1))),
    # a year over before the dct: what a future verb says of it is no forecast of the dct's year
    ("The brewery will launch a new cola brand in 2004.", date(2005, 3, 1), ("founding", date(2004, 1, 1))),
    # another future act the text places in the dct's year
    ("The brewery will launch a new cola brand this year.", date(2005, 3, 1), ("founding", date(2005, 1, 1))),
])
def test_past_verbs_and_past_years_stay(pipeline, text, dct, expected):
    assert expected in _events(pipeline, text, dct)


@pytest.mark.parametrize("text", [
    "It hopes 2005 sales will benefit from the launch of a new cola brand.",
    "The brewer said 2004 profits had been lifted by the launch of a new cola brand.",
])
def test_a_year_right_before_a_noun_of_figures_dates_no_event(pipeline, text):
    assert [kind for kind, begin in _events(pipeline, text) if begin is not None and begin.year in (2004, 2005)] == []


@pytest.mark.parametrize("text, expected", [
    ("The 2004 report found that the agency had failed.", ("publication", date(2004, 1, 1))),
    ("The 1998 election results gave the coalition a majority.", ("election", date(1998, 1, 1))),
])
def test_a_document_s_year_and_an_event_s_figures_keep_their_year(pipeline, text, expected):
    assert expected in _events(pipeline, text)


@pytest.mark.parametrize("text", [
    "The threat today is that smugglers will acquire faster boats.",
    "On Monday the smugglers posed a threat to the port.",
])
def test_a_threat_as_a_danger_is_no_act_of_threatening(pipeline, text):
    assert _events(pipeline, text) == []


def test_an_act_of_threatening_stays(pipeline):
    assert ("statement", date(2005, 2, 28)) in _events(pipeline, "On Monday the smugglers threatened to burn the port.")


@pytest.mark.parametrize("text", [
    # a pledge (a plan cue) before a season after the dct: what is pledged for it has not happened
    "Speakers pledged to join the road-blocking protests this summer.",
    "The ferry is due to sail this summer.",
])
def test_a_season_a_plan_governs_dates_no_event(pipeline, text):
    assert _events(pipeline, text, date(1998, 3, 22)) == []


def test_a_pledge_keeps_its_own_day(pipeline):
    assert [begin for _, begin in _events(pipeline, "The union pledged on Monday to join the strike in May.",
                                          date(1998, 3, 22))] == [date(1998, 3, 16)]
