"""Dates from the wrong clause (issue 9): a date that belongs to one clause of a sentence must not date an
event of another: the object of a verb of reacting ("condemned the shooting"), a relative clause between a
speaker and the verb ("X, which last month ..., said"), what a statement reports ("said output fell in
November"), what was recommended ("I recommended in 1962 that Congress pass a law"). Sentences written for
these tests."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from timeline_builder.extract.events.statements import (
    dated_in_content,
    relative_clause_around,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from event_fixtures import kinds_and_begins, unasserted_words

TOLD = date(2025, 3, 5)  # a Wednesday


def test_the_object_of_a_verb_of_reacting_is_not_dated_by_the_reaction_s_day():
    text = "Peru on Sunday condemned the shooting of two aid workers in the north of Chad."
    spans = unasserted_words(text, "Sunday")
    assert any("the shooting of two aid workers" in s for s in spans)
    assert not any("condemned" in s for s in spans)  # the condemnation is asserted: a statement of its day
    assert kinds_and_begins(text, TOLD) == [("statement", date(2025, 3, 2))]
    # not dated by the day it was welcomed, and "welcomed" names no event of its own
    assert kinds_and_begins("The Greek foreign ministry yesterday welcomed the release of the hostages held in the south.", TOLD) == []


def test_a_date_of_the_reacted_to_event_itself_still_dates_it():
    # inside the object, or in a relative clause describing it: the object's own date
    assert unasserted_words("Peru condemned the shooting on 3 March of two aid workers in Chad.", "3 March") == []
    text = "Peru condemned the bombing, which took place in March, and recalled its envoy."
    assert unasserted_words(text, "March") == []
    assert [kind for kind, day in kinds_and_begins(text, TOLD) if day == date(2025, 3, 1)] == ["operation"]
    # not a verb of reacting: the clause's date stays the event's
    assert unasserted_words("On Sunday the rebels released the hostages held in the south.", "Sunday") == []


def test_a_relative_clause_between_speaker_and_verb_does_not_date_the_saying():
    text = "Zeta Motors, which last month forecast higher sales, said it had bought a parts maker."
    at = text.index("last month")
    assert relative_clause_around(text, (0, len(text)), at) == (text.index("which"), text.index(", said"))
    assert relative_clause_around(text, (0, len(text)), text.index("bought")) is None
    assert kinds_and_begins(text, TOLD) == [("statement", TOLD)]
    text = "The former singer Tom Vale, who recorded on 1970s albums such as Blue Hour, said Smith was one of his heroes."
    assert kinds_and_begins(text, TOLD) == [("statement", TOLD)]
    # its own event is still dated by it
    text = "General Motors, which in January signed a deal with Ford, said it would hire 300 workers."
    assert ("statement", TOLD) in kinds_and_begins(text, TOLD)
    assert [(kind, day) for kind, day in kinds_and_begins(text, TOLD) if kind != "statement"] == [("agreement", date(2025, 1, 1))]


def test_a_statement_whose_only_date_is_in_what_it_reports_is_of_the_story_s_day():
    text = "General Motors said output fell in November."
    i, j = text.index("said"), text.index("November")
    assert dated_in_content(text, (i, i + 4), (j, j + len("November")))
    assert kinds_and_begins(text, TOLD) == [("statement", TOLD)]
    # a date of the saying itself, right after the verb, still dates it
    assert kinds_and_begins("General Motors said on Monday that output fell.", TOLD) == [("statement", date(2025, 3, 3))]
    for text in ("General Motors said separately on Monday that output fell.", "General Motors said recently that output fell."):
        i = text.index("said")
        j = text.index("Monday") if "Monday" in text else text.index("recently")
        assert not dated_in_content(text, (i, i + 4), (j, j + 6))
    # "added" takes a bare noun as its object: the date is the adding's
    text = "Fly-half Tom Price added four conversions this season as his side won."
    i, j = text.index("added"), text.index("this season")
    assert not dated_in_content(text, (i, i + 5), (j, j + 11))


def test_what_was_recommended_is_not_dated_by_the_recommendation():
    assert kinds_and_begins("In 1962 I recommended that the Congress pass a law to protect the rivers of the west.", TOLD) == []
    assert kinds_and_begins("The panel recommended in 1998 the closure of two army bases.", TOLD) == []
    assert [kind for kind, _ in kinds_and_begins("In 1962 the Congress passed a law to protect the rivers of the west.", TOLD)] == ["law"]


def test_the_act_a_verb_of_judging_names_is_not_dated_by_the_judgement():
    text = "Although one man, Tom Reese, was convicted in 1997 of setting fires in the village, others were not."
    assert any("of setting fires" in s for s in unasserted_words(text, "1997"))
    assert kinds_and_begins("The minister apologised on Tuesday for the bombing of the wrong village.", TOLD) == []
    assert kinds_and_begins("In 1997 a court convicted two men of the bombing of the town hall.", TOLD) == []
    # the act's own date still dates it
    assert unasserted_words("Two men were convicted of the bombing of the town hall in 1997.", "1997") == []


def test_a_date_that_dates_no_event_does_not_date_the_saying_either():
    # a balance sheet's day and a comparison's year: the statement is of the story's day
    assert kinds_and_begins("As of March 31, the lender had assets of $900 million and deposits of $700 million, "
                 "Wells Fargo said.", TOLD) == [("statement", TOLD)]
    assert kinds_and_begins("It is the worst drought since 1976, the Environment Agency said.", TOLD) == [("statement", TOLD)]
    assert kinds_and_begins("Microsoft said in 1998 that it would split.", TOLD) == [("statement", date(1998, 1, 1))]


def test_a_clause_joined_after_the_judged_act_keeps_its_date():
    text = "Last year alone over 9,000 smugglers were convicted and nearly $200 million of their assets were seized."
    spans = unasserted_words(text, "Last year")
    assert spans and not any("seized" in s for s in spans)
    # "and" inside the object's noun phrase does not end it: the condemnation's day dates no attack
    text = "The Chilean government Saturday condemned two bomb attacks in Lima and Quito, calling them a crime."
    assert any("Lima and Quito" in s for s in unasserted_words(text, "Saturday"))
