"""Dates from a non-event (issue 9): a date that belongs to a saying, a finding, an award or a deadline must not
date an event the sentence tells: "said Friday the strikes were not linked" dates no strike on Friday, "was
identified Monday as the man who bombed" dates no bombing on Monday, "athlete of 2024" is what an award is for,
"the June 1 deadline" is a day set for what is to come. Sentences written for these tests."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from event_fixtures import kinds_and_begins, unasserted_words, undated_reason_for

TOLD = date(2025, 3, 5)  # a Wednesday


def test_a_date_on_a_verb_of_saying_dates_the_saying_not_what_is_said():
    text = "The navy chief Tom Hale said Friday that the air strikes on the port were not linked with the inquiry."
    assert any("the air strikes on the port" in s for s in unasserted_words(text, "Friday"))
    assert kinds_and_begins(text, TOLD) == [("statement", date(2025, 2, 28))]
    text = "A senior official was quoted Tuesday by local papers as saying that a rebel group planned the attacks."
    assert any("planned the attacks" in s for s in unasserted_words(text, "Tuesday"))
    assert ("operation", date(2025, 3, 4)) not in kinds_and_begins(text, TOLD)
    # a date before the verb in the same clause is the finding's too
    text = "In March, detectives who had been looking for the boy concluded he had been killed after being abducted."
    assert any("had been killed" in s for s in unasserted_words(text, "March"))


def test_the_speaker_s_own_act_announced_that_day_stays_its_event():
    text = "Corvel Tools said on Thursday it had signed a new four-year agreement with a Dutch retailer."
    spans = unasserted_words(text, "Thursday")
    assert not any("signed" in s for s in spans) and any("agreement with a Dutch retailer" in s for s in spans)
    assert ("agreement", date(2025, 2, 27)) in kinds_and_begins(text, TOLD)
    assert ("agreement", date(2001, 9, 11)) in kinds_and_begins("On September 11, 2001, the minister told reporters he had signed a deal.", TOLD)
    # what follows the act is not dated by the saying
    text = "The rebel commander said Thursday he has sent a team to find the remains of an engineer killed by rebels."
    assert any("killed by rebels" in s for s in unasserted_words(text, "Thursday"))
    # a proper name holding a verb of saying in capitals says nothing
    assert unasserted_words("Last night the United States army struck a camp near the border.", "Last night") == []


def test_a_verb_of_finding_out_does_not_date_the_act_its_relative_clause_tells():
    text = "The gunman who fired at the guards was identified Monday as a man who had bombed a bus in the capital."
    assert any("who had bombed a bus" in s for s in unasserted_words(text, "Monday"))
    assert ("operation", date(2025, 3, 3)) not in kinds_and_begins(text, TOLD)


def test_a_date_right_after_the_verb_does_not_date_its_subject_s_relative_clause():
    text = "The man who threw a grenade at the guards seconds before the bomb exploded was identified Monday as Tom Lee."
    assert any("the bomb exploded" in s for s in unasserted_words(text, "Monday"))
    assert ("operation", date(2025, 3, 3)) not in kinds_and_begins(text, TOLD)


def test_the_year_of_a_document_dates_no_other_event_of_the_clause():
    text = "The merger is also in line with a 2019 directive from the central bank that asked for fewer lenders."
    assert undated_reason_for(text, "2019") == "title"
    assert [day for _, day in kinds_and_begins(text, TOLD)] == []
    # an event noun after the year is that event's date
    assert undated_reason_for("The 2019 election was won by the opposition.", "2019") is None


def test_a_date_closing_a_trailing_attribution_dates_the_report_not_what_comes_before_it():
    text = "A man who planted the bomb at the station was arrested, newspapers reported Friday."
    assert any("planted the bomb" in s for s in unasserted_words(text, "Friday"))
    # its own date still dates it
    assert not any("stormed" in s for s in unasserted_words("Troops stormed the town on Thursday, officials said Friday.", "Thursday"))


def test_a_date_inside_what_is_said_or_of_another_clause_still_dates_its_event():
    # the date is what is said: left to the content
    assert unasserted_words("Police said the army attacked the town in 2019.", "2019") == []
    # a date after the whole saying, or before a break into another clause
    assert not any("attacked" in s for s in unasserted_words("Rebels attacked the town, officials said on Friday, and then fled.", "Friday"))
    text = "On Friday troops stormed the town, and officials said two men were hurt."
    assert not any("stormed" in s for s in unasserted_words(text, "Friday"))
    # a time clause after the date tells the date's own event; an inverted verb has its speaker after it
    assert unasserted_words("The plan was revealed on Monday, when the rebels attacked the port.", "Monday") == []
    assert unasserted_words("Sales will double by the end of 2026, says a report from a research firm.", "2026") == []
    # not a verb of saying: the clause's date stays the event's
    assert kinds_and_begins("In 2019 the army attacked the town.", TOLD) == [("operation", date(2019, 1, 1))]
    # "concluded" alone concludes a deal: its object is no content
    assert unasserted_words("In May the two states concluded a treaty on fishing rights.", "May") == []


def test_the_year_an_award_is_for_dates_no_event():
    assert undated_reason_for("Fiona Lane has been voted European athlete of 2024 in the annual poll.", "2024") == "award"
    assert kinds_and_begins("Fiona Lane has been voted European athlete of 2024 in the annual poll.", TOLD) == []
    assert kinds_and_begins("Tom Reed was voted male athlete of the year.", TOLD) == []
    # a year after "of" on an event noun is that event's date
    assert undated_reason_for("The riots of 1981 began in the south of the city.", "1981") is None


def test_a_deadline_s_day_dates_no_event():
    text = "The bank said its effort would go on past the Nov. 1 deadline set in that accord."
    assert undated_reason_for(text, "Nov. 1") == "deadline"
    assert undated_reason_for("The talks missed a deadline of March 1 for a deal.", "March 1") == "deadline"
    assert undated_reason_for("The talks ended on March 1 and the deadline passed.", "March 1") is None
    assert undated_reason_for("In 2004 the deadline was moved.", "2004") is None


def test_the_close_of_business_is_the_day_a_count_is_stated_at_not_an_event_s_day():
    text = "At the close of business Thursday, Zeta and Omni said 9,400 shares had been tendered to their offer."
    assert undated_reason_for(text, "Thursday") == "comparison"  # the date scope's reason: a balance stated at a day
    assert kinds_and_begins(text, TOLD) == []
    assert kinds_and_begins("On Thursday, Zeta and Omni said 9,400 shares had been tendered to their offer.", TOLD) == [
        ("statement", date(2025, 2, 27))]

