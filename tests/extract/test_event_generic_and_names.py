"""Clauses that assert no dated happening (issue 9): a habit told by "every" and a count of time units, a
standing commitment, a confident forecast, a request the speaker will make, "passing" tests, what "those who
say" hold, "back from" as a return, the words of a firm's or a campaign day's name (knowledge/nonevents scope
``name``), and a hope to do something oneself at a coming month or year (extract/events/future.py). The
clause's own acts beside them stay."""
from __future__ import annotations

from datetime import date

import pytest

from timeline_builder.records import Document

DCT = date(2004, 8, 15)


def _events(pipeline, text: str):
    found = pipeline(Document("d", "d.txt", text, "sha-" + text[-40:], dct=DCT))
    return [(e.kind, e.date_begin) for e in found.events if e.source == "text"]


@pytest.mark.parametrize("text", [
    # a habit: "every" and a count of time units, with the verb before it
    "Traffic on the site has doubled every four months since 2001.",
    "Supporters staged rallies almost every day in March 2003.",
    # what "those who say" hold, in general
    "There are some today who say that the reform signed in 1999 failed.",
    # "back from" is a return, not backing
    "The doctor, just back from the mosque, was cooking dinner in October 2003 when he was shot.",
    # a standing commitment to do something
    "Since 1992 we have been committed to seeking lasting trade agreements with our neighbours.",
    # a confident forecast of what others will do
    "Directors said on Tuesday they are highly confident the merger will be approved by regulators.",
    # a request the speaker will make
    "I will ask the Congress next February to enact a new tax credit for small farms.",
    # passing exams is no law passed
    "In 2003 most pupils at the village school passed state exams in science.",
    # the words of a campaign day's name and of a firm's name
    "The activists named 14 March \"Release the Poets Day\" in 2004.",
    "Harbour Operations Ltd. raised its offer for the shipping firm in July 2004.",
    # a hope to do something oneself in a coming month: the hoper's plan
    "The league is hoping to sign a new broadcast deal at a September meeting.",
])
def test_no_dated_happening_is_asserted(pipeline, text):
    assert [e for e in _events(pipeline, text) if e[0] != "statement"] == []


def test_the_saying_of_a_confident_forecast_stays(pipeline):
    found = _events(pipeline, "Directors said on Tuesday they are highly confident the merger will be approved by "
                              "regulators.")
    assert found == [("statement", date(2004, 8, 10))]


@pytest.mark.parametrize("text, kind, begin", [
    ("In 2002 the senators backed the new budget.", "policy", date(2002, 1, 1)),
    # a firm's name beside the clause's own act
    ("Harbour Operations Ltd. signed an agreement with the port authority in July 2004.", "agreement",
     date(2004, 7, 1)),
    # a hope that something will happen at a coming time names a hoped-for event
    ("In the hope that in 2007 the summit will be held in their city, the exiles wrote letters.", "meeting",
     date(2007, 1, 1)),
    # a law passed is still a law
    ("In 2003 the parliament passed a law requiring new safety inspections.", "law", date(2003, 1, 1)),
])
def test_acts_beside_them_stay(pipeline, text, kind, begin):
    assert (kind, begin) in _events(pipeline, text)
