"""A date after "since" opens a stretch of time (extract/events/nonevents.opens_a_stretch): what the clause
tells went on over it (a trend, a state, a series) and the date dates none of its event words; a known event
the clause names, an event word that names a stretch itself ("under sanctions since 1991") and "every
president since 1992 has sought to" (a run of acts) keep theirs."""
from __future__ import annotations

from datetime import date

import pytest

from timeline_builder.build.pipeline import Pipeline
from timeline_builder.records import Document


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _events(pipeline, text: str):
    found = pipeline(Document("d", "d.txt", text, "sha-" + text[-40:], dct=date(2004, 8, 15)))
    return [(e.kind, e.date_begin, e.source) for e in found.events]


@pytest.mark.parametrize("text", [
    "Since 1995, the cost of the scheme has nearly doubled.",
    "We have doubled our aid to schools since 1996.",
    "Since 1990 the rebels have attacked the capital twice.",
])
def test_a_stretch_s_start_dates_no_event(pipeline, text):
    assert _events(pipeline, text) == []


@pytest.mark.parametrize("text, kind, begin", [
    # the clause's own date, not a stretch's start
    ("In 1990 the rebels attacked the capital.", "operation", date(1990, 1, 1)),
    # a known event the clause names keeps its date
    ("The Tories have held the seat since the 1992 election.", "election", date(1992, 4, 9)),
    # an event word naming a stretch itself: "since" tells when it began
    ("Since 1991 the country has been under sanctions.", "sanction", date(1991, 1, 1)),
    # the date qualifies the event noun after it: that event's own date
    ("The fugitive has been on the run since the January 1998 bombing of a clinic in Ohio.", "operation",
     date(1998, 1, 1)),
    # every holder since the date: a run of acts
    ("Every prime minister since 1979 has tried to reform the health service.", "policy", date(1979, 1, 1)),
])
def test_other_dates_stay(pipeline, text, kind, begin):
    assert (kind, begin) in [(k, b) for k, b, _ in _events(pipeline, text)]


@pytest.mark.parametrize("text, kind", [
    # an event word naming a lasting state (nonevents.tsv, scope stretch): the stretch is the state itself,
    # and "since" tells when it began
    ("The army has occupied the northern valley since 1988.", "operation"),
    ("Two of the reporters have been detained since 1999 without a trial.", "other"),
    ("The party has been banned since 1997.", "law"),
    # a word between the event word and the date says it goes on
    ("Negotiations on the canal have been underway since 1996.", "meeting"),
])
def test_a_lasting_state_since_a_date_began_then(pipeline, text, kind):
    assert [(k, b) for k, b, _ in _events(pipeline, text)] == [(kind, date(int(text.split("since ")[1][:4]), 1, 1))]


def test_the_state_words_are_data(tmp_path):
    """A user's file adds a state word: "has chaired the board since 1996" keeps its start then."""
    text = "She has chaired the board since 1996."
    trigger = "forms\tpos\tlabel\tkind\tevent_type\treason\nchair|chaired|chairs\tverb\tchairs\tappointment\t\tnone\n"
    plain, stated = tmp_path / "plain", tmp_path / "stated"  # two folders: the knowledge loaders cache by folder
    for folder in (plain, stated):
        (folder / "triggers").mkdir(parents=True)
        (folder / "triggers" / "mine.tsv").write_text(trigger)
    (stated / "nonevents").mkdir()
    (stated / "nonevents" / "mine.tsv").write_text("class\tforms\tscope\nstate\tchaired\tstretch\n")
    assert [(k, b) for k, b, _ in _events(Pipeline(knowledge_dirs=(plain,)), "She chaired the board in 1996.")] == [
        ("appointment", date(1996, 1, 1))]
    assert _events(Pipeline(knowledge_dirs=(plain,)), text) == []
    assert [(k, b) for k, b, _ in _events(Pipeline(knowledge_dirs=(stated,)), text)] == [
        ("appointment", date(1996, 1, 1))]


def test_only_words_of_going_on_between_keep_the_date(pipeline):
    # "detained" between the event word and the date is a state word, but not the event word itself: the
    # meetings are a series over the stretch
    assert _events(pipeline, "Talks with the detained reporters have been held twice since 1999.") == []
