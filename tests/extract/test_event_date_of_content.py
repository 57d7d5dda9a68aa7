"""Dates from a non-event (issue 9), precision16: a date inside what is said, a stretch up to now, a bond's
term and a second predicate's date. "Net income jumped ..., in the second quarter, X said" is a statement of
the story's day, not of the quarter; "the past four years" dates no single event; "notes due 2031" is no day
of an announcement; "founded the yard and sold it in 2019" dates the selling only. Sentences written for
these tests."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from timeline_builder.extract.events.statements import dated_in_content

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from event_fixtures import kinds_and_begins, unasserted_words, undated_reason_for

TOLD = date(2025, 3, 5)  # a Wednesday


def _in_content(text: str, verb: str, timex: str) -> bool:
    v, t = text.index(verb), text.index(timex)
    return dated_in_content(text, (v, v + len(verb)), (t, t + len(timex)))


def test_a_period_after_a_comma_of_what_is_said_does_not_date_the_saying():
    text = "Harlow Mills said net income jumped to $4.2 million, or 11 cents a share, in the second quarter."
    assert _in_content(text, "said", "the second quarter")
    assert kinds_and_begins(text, TOLD) == [("statement", TOLD)]
    # a comma with no verb of what is said before it may end the content: left as it was
    assert not _in_content("Harlow Mills said Smith, the chief executive, on Friday.", "said", "Friday")


def test_a_date_before_a_trailing_attribution_is_what_is_said():
    text = "Retail sales rose sharply in January, the Office for National Statistics has said."
    assert _in_content(text, "said", "January")
    assert kinds_and_begins(text, TOLD) == [("statement", TOLD)]
    assert _in_content("Handset sales grew fastest in the quarter, he said.", "said", "the quarter")
    # an inverted verb's statement is this row alone: left dated as it was
    assert not _in_content("Orders fell in March, said the statistics office.", "said", "March")
    # the saying's own day after the verb still dates it
    assert ("statement", date(2025, 2, 28)) in kinds_and_begins("The plant closed in May, Harlow Mills said on Friday.", TOLD)
    # a date opening the sentence before the speaker is the saying's
    assert not _in_content("On Friday, the statistics office said.", "said", "Friday")
    assert not _in_content("On Friday, Tom Hale, the mayor, said that the roads were closed.", "said", "Friday")


def test_a_possessive_date_right_after_said_opens_what_is_said():
    text = "Harlow Mills said last month's discovery of a stolen van near the border was a turning point."
    assert _in_content(text, "said", "last month")
    assert kinds_and_begins(text, TOLD) == [("statement", TOLD)]


def test_a_speaker_with_a_bracketed_acronym_is_a_speaker():
    assert kinds_and_begins("The Office for National Statistics (ONS) said shop prices fell.", TOLD) == [("statement", TOLD)]


def test_a_stretch_up_to_now_dates_no_single_event():
    text = "A joint panel is examining the links between the raid on the depot and three others in the past four years."
    assert undated_reason_for(text, "the past four years") == "stretch"
    assert kinds_and_begins(text, TOLD) == []
    assert undated_reason_for("Prices doubled during the last decade.", "the last decade") == "stretch"
    assert undated_reason_for("Hundreds of rebels were captured in the last year.", "the last year") == "stretch"
    # a calendar year and a year of something named are dates
    assert undated_reason_for("The rebels seized the port last year.", "last year") is None
    assert undated_reason_for("The strike in the last year of the war crippled the port.", "the last year") is None


def test_the_day_a_bond_runs_out_dates_no_announcement():
    text = "Tarvo Corp. announced the pricing of its $200 million of 5% notes due Oct. 15, 2031."
    assert undated_reason_for(text, "Oct. 15, 2031") == "deadline"
    assert ("statement", date(2031, 10, 15)) not in kinds_and_begins(text, TOLD)
    assert undated_reason_for("The firm will repay bonds maturing in 2030.", "2030") == "deadline"
    # a day set without a year is left to the other rules ("a ruling due Monday")
    assert undated_reason_for("A ruling is due Monday.", "Monday") is None


def test_a_date_of_a_second_predicate_does_not_date_the_first():
    text = "Most of the boats were built by the Harlands, who founded the Blue Reef shipyard and sold it to Vosper in 2019."
    assert any("founded the Blue Reef shipyard" in s for s in unasserted_words(text, "2019"))
    assert ("founding", date(2019, 1, 1)) not in kinds_and_begins(text, TOLD)
    # one act told by two verbs with one object shares the date
    assert ("operation", date(2019, 1, 1)) in kinds_and_begins("Rebels attacked and seized the town in 2019.", TOLD)
    assert not any("attacked" in s for s in unasserted_words("Rebels attacked and seized the town in 2019.", "2019"))
    # a day's date: one day's acts ("arrested the driver and charged him on Friday")
    assert unasserted_words("Police arrested the driver and charged him with murder on Friday.", "Friday") == []
    # the date before both predicates dates both
    assert not any("attacked" in s for s in unasserted_words("In 2019 the rebels attacked the town and seized the "
                                                               "airport.", "2019"))


def test_a_stretch_of_months_is_left_to_date_its_news():
    assert undated_reason_for("A shift in the bank's lending has been seen in the last six months.", "the last six months") is None


def test_a_later_conjunct_with_its_own_date_is_not_dated_by_the_first():
    text = ("After touring the port of Mombasa on Thursday and meeting with Kenyan police chiefs on Friday morning, "
            "the FBI director said that he was satisfied.")
    spans = unasserted_words(text, "Thursday")
    assert any(s.startswith(" and meeting with Kenyan police chiefs") and s.endswith("satisfied.") for s in spans)
    assert not any(kind == "meeting" and day == date(2025, 2, 27) for kind, day in kinds_and_begins(text, TOLD))
    # a conjunct with no date of its own shares the first
    assert unasserted_words("Rebels attacked the town on Monday and burned the market.", "Monday") == []


def test_a_day_something_should_be_ready_in_time_for_dates_nothing():
    text = "Retailers are sure that parcels sent as gifts will arrive in time for Christmas."
    assert undated_reason_for(text, "Christmas") is not None


def test_a_counted_series_of_acts_keeps_the_stretch_as_its_dates():
    text = "The navy sank four smuggling boats off the coast in the past three years."
    assert undated_reason_for(text, "the past three years") is None


def test_a_date_in_a_relative_clause_closing_the_sentence_dates_only_that_clause():
    text = ("The committee's report also discussed the visa scandal which led to the resignation of the interior "
            "minister Tom Hale last year.")
    assert ("publication", date(2024, 1, 1)) not in kinds_and_begins(text, TOLD)
    assert ("other", date(2024, 1, 1)) in kinds_and_begins(text, TOLD)  # the resignation, the relative clause's own event
    text = ("The court on Friday rejected British objections to a Libyan case that has blocked the trial of two men "
            "suspected of blowing up a jet over Scotland in 1988.")
    assert ("statement", date(1988, 1, 1)) not in kinds_and_begins(text, TOLD)
    assert ("statement", date(2025, 2, 28)) in kinds_and_begins(text, TOLD)
    # a nominal trigger the restrictive clause describes keeps its date ("a law that was repealed in 1990")
    text = "Much of this is legislation which the senator proposed in 2019."
    assert [day for _, day in kinds_and_begins(text, TOLD)] == [date(2019, 1, 1)]
