"""Anchoring and reading rules of the temporal stage: timetables, ages, centuries counted from a founding.

Each row lists every timex the sentence should give, as (span text, type, value).
"""
from __future__ import annotations

from datetime import date

import pytest

from timeline_builder.extract.temporal import find_timexes
from timeline_builder.extract.temporal.context import Context

DCT = date(2025, 2, 18)  # a Tuesday


def found(text: str, dct: date | None = DCT) -> list[tuple]:
    return [(t.text, t.type, t.value) for t in find_timexes(text, dct)]


@pytest.mark.parametrize("text, expected", [
    # a timetable verb in the plain present right before the weekday: the coming one
    ("The finance chiefs convene on Thursday in Oslo.", [("Thursday", "DATE", "2025-02-20")]),
    ("The two premiers meet separately Friday with the mediator.", [("Friday", "DATE", "2025-02-21")]),
    ("The fraud hearing opens Monday at the district court.", [("Monday", "DATE", "2025-02-24")]),
    ("The exhibition ends on Sunday.", [("Sunday", "DATE", "2025-02-23")]),
    # the past tense, a noun after a determiner or "did" keep the last one
    ("The finance chiefs met on Thursday in Oslo.", [("Thursday", "DATE", "2025-02-13")]),
    ("Clerks counted the votes Friday.", [("Friday", "DATE", "2025-02-14")]),
    ("The council did not meet Monday.", [("Monday", "DATE", "2025-02-17")]),
    # the dct's own weekday stays the day itself
    ("The summit opens Tuesday.", [("Tuesday", "DATE", "2025-02-18")]),
])
def test_a_timetable_in_the_present_is_ahead(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Applicants must be over 21 years of age.", []),
    ("Pensions go to everyone 67 years of age and older.", []),
    # "year olds" written apart is an age too
    ("Only 12% of 18 to 24 year olds cast a ballot.", []),
    ("The club has forty 9-year olds and a few 10 year olds.", []),
    # a length that is no age stays one
    ("The lease ran for 21 years.", [("21 years", "DURATION", "P21Y")]),
])
def test_an_age_is_no_duration(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # a possessive before a low ordinal century: an age counted from a founding, not the calendar's
    ("As the republic enters its third century, hopes are high.", date(1976, 7, 4), []),
    ("Our second century of statehood begins.", date(1912, 1, 1), []),
    ("The academy's fourth century opened quietly.", date(2024, 5, 1), []),
    # a possessive before a near century, or no possessive: the calendar's
    ("The troubles of our 21st century are new.", date(2024, 5, 1), [("21st century", "DATE", "20")]),
    ("In the third century, trade routes shifted.", date(2024, 5, 1), [("the third century", "DATE", "02")]),
])
def test_a_century_counted_from_a_founding(text, dct, expected):
    assert found(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # a quarter named by its last day is the calendar quarter holding most of its months
    ("In the quarter ended Aug. 31, the retailer sold 3 million units.", date(1995, 10, 12),
     [("the quarter", "DATE", "1995-Q3"), ("Aug. 31", "DATE", "1995-08-31")]),
    ("Output climbed in the quarter ending April 30.", date(1995, 6, 2),
     [("the quarter", "DATE", "1995-Q1"), ("April 30", "DATE", "1995-04-30")]),
    # told in February, the quarter ended Dec. 31 is last year's; a written year decides
    ("Margins shrank in the quarter ended Dec. 31.", date(1996, 2, 9),
     [("the quarter", "DATE", "1995-Q4"), ("Dec. 31", "DATE", "1995-12-31")]),
    ("Margins shrank in the quarter ended June 30, 1993.", date(1996, 2, 9),
     [("the quarter", "DATE", "1993-Q2"), ("June 30, 1993", "DATE", "1993-06-30")]),
])
def test_a_quarter_named_by_its_last_day(text, dct, expected):
    assert found(text, dct) == expected


@pytest.mark.parametrize("text, expected", [
    # after the results of a quarter already over, "this quarter's" and "this quarter" in the past tense are it
    ("The chain earned $3 million in the quarter to Dec. 31. This quarter's profit reflects lower rents.",
     [("the quarter", "DATE", "2024-Q4"), ("Dec. 31", "DATE", "2024-12-31"), ("This quarter", "DATE", "2024-Q4")]),
    ("Exports fell in the fourth quarter. Imports this quarter rose 4%.",
     [("the fourth quarter", "DATE", "2024-Q4"), ("this quarter", "DATE", "2024-Q4")]),
    # a forecast, or no quarter just reported: the quarter the dct is in
    ("Exports fell in the fourth quarter. Imports this quarter will rise.",
     [("the fourth quarter", "DATE", "2024-Q4"), ("this quarter", "DATE", "2025-Q1")]),
    ("This quarter's sales look strong.", [("This quarter", "DATE", "2025-Q1")]),
])
def test_this_quarter_after_results_just_reported(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a vague "later" after a past moment is still before the telling
    ("The mill closed in 2019. A few weeks later, the owners sold the land.",
     [("2019", "DATE", "2019"), ("A few weeks later", "DATE", "PAST_REF")]),
    ("Several years later he returned to Lagos.", [("Several years later", "DATE", "PAST_REF")]),
    # ahead of a future one it stays the future
    ("A few days later the envoys will meet again.", [("A few days later", "DATE", "FUTURE_REF")]),
    # a counted "later" in the past tense with no date before it to count from: also before the telling
    ("She lost the final. Just four days later, she won the relay.", [("four days later", "DATE", "PAST_REF")]),
    # with a date before it, counted from that date
    ("She lost on 3 May 2019. Four days later, she won the relay.",
     [("3 May 2019", "DATE", "2019-05-03"), ("Four days later", "DATE", "2019-05-07")]),
])
def test_a_vague_later_in_the_past_tense(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the past century" is the hundred years up to now, like "the past decade"; "the last century" the one before
    ("Living standards rose over the past century.", [("the past century", "DURATION", "P100Y")]),
    ("Housing in the last century was cheaper.", [("the last century", "DATE", "19")]),
])
def test_the_past_century_is_a_length(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a plural unit before "-long" is a vague number of them; "a" belongs to the noun after
    ("Talks resumed in the decades-long border dispute.", [("decades-long", "DURATION", "PXDE")]),
    ("She ended a years-long silence.", [("years-long", "DURATION", "PXY")]),
    ("The weeks-long blockade hurt farmers.", [("weeks-long", "DURATION", "PXW")]),
    # one unit stays one
    ("The month-long strike ended.", [("month-long", "DURATION", "P1M")]),
])
def test_a_plural_unit_long(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "some time" of no stated length is valued in months (TimeML practice); "a while" stays unknown
    ("The garrison may stay there for some time.", [("some time", "DURATION", "PXM")]),
    ("The garrison may stay there for a while.", [("a while", "DURATION", "PXX")]),
    ("The treaty lapsed some time ago.", [("some time ago", "DATE", "PAST_REF")]),
])
def test_some_time_is_months(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the day after/before" + a determiner, or "the <unit> after" ending a clause: counted from the story's date
    ("The mayor was arrested on June 8. Aides cleared his desk the day after his arrest.",
     [("June 8", "DATE", "2024-06-08"), ("the day after", "DATE", "2024-06-09")]),
    ("The strike began on 12 May 1926. The day before the strike, talks collapsed.",
     [("12 May 1926", "DATE", "1926-05-12"), ("The day before", "DATE", "1926-05-11")]),
    ("The canal opened in 1869. The year after, traffic doubled.",
     [("1869", "DATE", "1869"), ("The year after", "DATE", "1870")]),
    # in apposition to a date the day is that date (TIMEX3 marks it too); a capitalised name after it is what
    # the day counts from
    ("She left on 4 April, the day before the election.",
     [("4 April", "DATE", "2024-04-04"), ("the day", "DATE", "2024-04-04")]),
    ("Galas are often held on 3 May. Galas are held the day before the Oscars.", [("3 May", "DATE", "2024-05-03")]),
    # with only a year to count from, the day is unknown
    ("The fort fell in 1783. The day after the siege, the city burned.", [("1783", "DATE", "1783")]),
    ("The day after the siege, the city burned.", []),
])
def test_the_day_after_counts_from_the_story_date(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a year before 1700 after a preposition of time, before a clause's punctuation or a word opening one
    ("The abbey was founded in 1132, long before the town.", [("1132", "DATE", "1132")]),
    # (before "and"/"to" it is left out: "from 1130 to 1215 GMT" are clock times)
    ("The charter dates from 1215 and still hangs there.", []),
    ("The guild was chartered in 1566 by the city council.", [("1566", "DATE", "1566")]),
    # counts and clock times stay out
    ("The navy sent 1400 sailors in 1400 boats.", []),
    ("Trading resumed at 1130 GMT.", [("1130 GMT", "TIME", "2025-02-18T11:30")]),
])
def test_a_year_before_1700(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the weekday written right after a clock time is its day, not the day the story was at
    ("Talks ended on 9 February. The squad will be named at 1830 GMT on Thursday.",
     [("9 February", "DATE", "2025-02-09"), ("1830 GMT", "TIME", "2025-02-20T18:30"), ("Thursday", "DATE", "2025-02-20")]),
    ("On 9 February the yen slid. By 0900 GMT on Monday, it had recovered.",
     [("9 February", "DATE", "2025-02-09"), ("0900 GMT", "TIME", "2025-02-17T09:00"), ("Monday", "DATE", "2025-02-17")]),
    # without one, the day the story is at
    ("On 9 February the yen slid. By 0900 GMT, it had recovered.",
     [("9 February", "DATE", "2025-02-09"), ("0900 GMT", "TIME", "2025-02-09T09:00")]),
])
def test_a_clock_time_before_a_weekday(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb spelt alike in present and past, after a singular subject, is the past (the present would be "shuts")
    ("The carmaker cut 300 jobs in May.", [("May", "DATE", "2024-05")]),
    ("Ansett quietly cut its fares in May.", [("May", "DATE", "2024-05")]),
    ("The coalition split in May.", [("May", "DATE", "2024-05")]),
    ("She put the plan to the board in May.", [("May", "DATE", "2024-05")]),
    ("The sawmill shut in spring.", [("spring", "DATE", "2024-SP")]),
    # another person, a modal, a noun ("a tax cut") or a plural name: no past, the nearest May
    ("They cut fares in May.", [("May", "DATE", "2025-05")]),
    ("The board will cut fares in May.", [("May", "DATE", "2025-05")]),
    ("The tax cut in May will help savers.", [("May", "DATE", "2025-05")]),
    ("Hopes in southeast Asia spread in May.", [("May", "DATE", "2025-05")]),
    ("The brewery shuts in spring.", [("spring", "DATE", "2025-SP")]),
])
def test_a_past_spelt_like_the_present(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb past a conjunction belongs to another clause: the verb on the date's own side decides
    ("The ferry line had a slow start in the summer and now it is thriving.",
     [("the summer", "DATE", "2024-SU"), ("now", "DATE", "PRESENT_REF")]),
    ("The minister will open the bridge on Friday and is expected to speak.", [("Friday", "DATE", "2025-02-21")]),
    ("The bill passed a first vote on Wednesday and goes to the senate next.",
     [("Wednesday", "DATE", "2025-02-12")]),
    # "is set to", "seems certain to", "is likely to": ahead of the telling
    ("The striker is set to return on Saturday.", [("Saturday", "DATE", "2025-02-22")]),
    ("The premier seems certain to call the vote on Monday.", [("Monday", "DATE", "2025-02-24")]),
    ("The band is likely to headline in March.", [("March", "DATE", "2025-03")]),
])
def test_the_tense_of_the_dates_own_clause(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a capitalised word inside the sentence right before a holiday makes it part of another name
    ("Schools in Leeds marked Holocaust Memorial Day with readings.", []),
    ("The children wrote letters to Father Christmas in the library.", []),
    ("Crowds gathered for Orthodox Christmas in the old town.", []),
    # a possessive, a function word or the sentence's first word keep the holiday
    ("For the traders, Bradford's Boxing Day was quiet.", [("Boxing Day", "DATE", "2024-12-26")]),
    ("Muted Christmas for toy sellers in the north.", [("Christmas", "DATE", "2024-12-25")]),
    ("Shops in Derby closed early on Christmas Eve.", [("Christmas Eve", "DATE", "2024-12-24")]),
])
def test_a_holiday_inside_a_longer_name(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # any noun before "of tomorrow": the times to come
    ("Engineers will build the harbours of tomorrow.", [("tomorrow", "DATE", "FUTURE_REF")]),
    ("Farm policy must meet the needs of tomorrow.", [("tomorrow", "DATE", "FUTURE_REF")]),
    # a part of the next day, or its papers: the day
    ("The notice runs in many of tomorrow's papers.", [("tomorrow", "DATE", "2025-02-19")]),
    ("Rain is due by the end of tomorrow.", [("tomorrow", "DATE", "2025-02-19")]),
])
def test_a_noun_of_tomorrow(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a spelt decade after "the early/mid/late": the part of the decade
    ("Rents soared in the late seventies.", [("the late seventies", "DATE", "197", "END")]),
    ("The mill peaked in the mid-Eighties.", [("the mid-Eighties", "DATE", "198", "MID")]),
    ("By the early sixties the port was silent.", [("the early sixties", "DATE", "196", "START")]),
    # after a possessive it is an age
    ("She took up rowing in her late forties.", []),
    ("He retired in his mid-fifties.", []),
])
def test_a_part_of_a_spelt_decade(text, expected):
    assert [(t.text, t.type, t.value, t.mod) for t in find_timexes(text, DCT)] == expected


@pytest.mark.parametrize("text, expected", [
    # the part of the day before the day the story is at
    ("The barge sank on 9 October 2003. Its crew had quarrelled the night before.",
     [("9 October 2003", "DATE", "2003-10-09"), ("the night before", "DATE", "2003-10-08")]),
    ("The barge sank on 9 October 2003. Its crew had quarrelled the previous evening.",
     [("9 October 2003", "DATE", "2003-10-09"), ("the previous evening", "DATE", "2003-10-08")]),
    # before a noun it is counted from that event, which has no date here
    ("They quarrelled the night before the launch.", []),
])
def test_the_part_of_the_day_before(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # irregular pasts: the last such month, not the coming one
    ("The trawler sank in May.", [("May", "DATE", "2024-05")]),
    ("The rebels fled in April.", [("April", "DATE", "2024-04")]),
    ("The council withdrew the plan in June.", [("June", "DATE", "2024-06")]),
])
def test_more_irregular_pasts(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # "is/are" and a present participle right before the date: an arrangement, ahead
    ("The choir is singing in Bergen on Friday.", DCT, [("Friday", "DATE", "2025-02-21")]),
    ("Transport ministers are meeting on Thursday in Riga.", DCT, [("Thursday", "DATE", "2025-02-20")]),
    # a possessive "'s" or a progressive after the date is not one
    ("Thursday's meeting was short.", DCT, [("Thursday", "DATE", "2025-02-13")]),
    ("Thursday's talks are dragging on.", DCT, [("Thursday", "DATE", "2025-02-13")]),
    # a reporting verb before a preposition of time tells the past: the turn already gone
    ("As a judge said at the turn of the century, the law is blind.", date(1962, 6, 1),
     [("the turn of the century", "DATE", "1900")]),
])
def test_the_present_progressive_as_an_arrangement(text, dct, expected):
    assert found(text, dct) == expected


@pytest.mark.parametrize("text, expected", [
    # a second day after a first one takes its month; a first day before a second is one too
    ("The fair opens on August 2d and closes on the 3d.", [("August 2d", "DATE", "2025-08-02"),
                                                          ("the 3d", "DATE", "2025-08-03")]),
    ("Tickets go on sale on August 2d and the 3d.", [("August 2d", "DATE", "2025-08-02"),
                                                    ("the 3d", "DATE", "2025-08-03")]),
    ("The ferry sails on the 12th or the 13th.", [("the 12th", "DATE", "2025-02-12"),
                                                  ("the 13th", "DATE", "2025-02-13")]),
    # ordinals of other things stay out
    ("They sold 12 and the 3rd was kept.", []),
])
def test_a_day_of_the_month_beside_another(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a count of days or weeks before or after a named day: one timex, the day it lands on
    # (DCT is Tuesday 18 February 2025)
    ("The day before last Thursday, the ferry company cut its fares.",
     [("The day before last Thursday", "DATE", "2025-02-12")]),
    ("Two days after 9 January the miners went back underground.",
     [("Two days after 9 January", "DATE", "2025-01-11")]),
    ("The shipyard reopened a week after New Year's Day.",
     [("a week after New Year's Day", "DATE", "2025-01-08")]),
    ("Payment fell due 30 days after October 2, 2024.", [("30 days after October 2, 2024", "DATE", "2024-11-01")]),
    # "the week before" a day is the week that ends before it
    ("Shops hired extra staff the week before Christmas 2023.", [("the week before Christmas 2023", "DATE", "2023-W51")]),
    # the named day stays what "the next morning" counts from
    ("The day before last Friday's hearing the lawyers met; the judge ruled the next morning.",
     [("The day before last Friday", "DATE", "2025-02-13"), ("the next morning", "DATE", "2025-02-15")]),
    # how long something lasted, counted from the day, stays a length and the day
    ("The strikers held the plant for three days after 9 January.",
     [("three days", "DURATION", "P3D"), ("9 January", "DATE", "2025-01-09")]),
    # a month has no day to count from: the count stays a length and the month as it was
    ("Sales will slow two weeks after March.", [("two weeks", "DURATION", "P2W"), ("March", "DATE", "2025-03")]),
    # a day after an event, not after a date, stays the day after the last date the story named
    ("The envoy landed on 4 January; the day after his arrival he met the premier.",
     [("4 January", "DATE", "2025-01-04"), ("the day after", "DATE", "2025-01-05")]),
])
def test_days_counted_from_a_named_day(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a part of the day (week, month, year) the story is at: the last date it named (DCT Tuesday 18 Feb 2025)
    ("Rebels crossed the river on 6 October 2019. Earlier in the day the garrison had pulled back.",
     [("6 October 2019", "DATE", "2019-10-06"), ("Earlier in the day", "DATE", "2019-10-06")]),
    ("The ferry sank on Sunday; divers reached it later in the day.",
     [("Sunday", "DATE", "2025-02-16"), ("later in the day", "DATE", "2025-02-16")]),
    ("The cabinet meets on 2 June 2026, and the budget follows later in the week.",
     [("2 June 2026", "DATE", "2026-06-02"), ("later in the week", "DATE", "2026-W23")]),
    ("Copper slumped in April 2011 and recovered late in the year.",
     [("April 2011", "DATE", "2011-04"), ("late in the year", "DATE", "2011")]),
    # with no date named before it, the dct's
    ("The union walked out earlier in the week.", [("earlier in the week", "DATE", "2025-W08")]),
    ("Fares rise later in the month.", [("later in the month", "DATE", "2025-02")]),
    # a year named before says nothing of which week: the dct's week
    ("Exports hit a record in 2009, the trade office said earlier in the week.",
     [("2009", "DATE", "2009"), ("earlier in the week", "DATE", "2025-W08")]),
    # the idiom (too late) is no time, nor is a year a clause goes on to name
    ("Critics say the rescue plan came rather late in the day.", []),
    ("The offer arrived relatively late in the day for the workers.", []),
])
def test_a_part_of_the_period_the_story_is_at(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # in apposition to a day, "the day before/after <something>" is that day
    ("Bond yields jumped on 14 March 2023, the day before the central bank met.",
     [("14 March 2023", "DATE", "2023-03-14"), ("the day", "DATE", "2023-03-14")]),
    ("The minister resigned on Monday evening, the day after the leaked memo appeared.",
     [("Monday evening", "TIME", "2025-02-17TEV"), ("the day", "DATE", "2025-02-17")]),
    # after a year there is no day to name
    ("Tariffs fell in 2016, the day after the treaty came into force.", [("2016", "DATE", "2016")]),
])
def test_the_day_in_apposition_to_a_date(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "before last" counts back from the telling, two days (DCT is Tuesday 18 February 2025)
    ("The night before last a gale tore the roof off the depot.",
     [("The night before last", "TIME", "2025-02-16TNI")]),
    ("Looters emptied the shop the evening before last.", [("the evening before last", "TIME", "2025-02-16TEV")]),
    # "the night before." still counts from the day the story is at
    ("The crew sailed on 2 July 2024. They had loaded the hold the night before.",
     [("2 July 2024", "DATE", "2024-07-02"), ("the night before", "DATE", "2024-07-01")]),
])
def test_a_part_of_the_day_before_last(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # the month a change is counted from comes before the month it reached, whatever the dct's month
    ("The lira, slipping to 1,900 a dollar in July from 1,750.50 in November, has steadied.", date(2001, 9, 3),
     [("July", "DATE", "2001-07"), ("November", "DATE", "2000-11")]),
    ("Turnout, climbing to 61.5% in April from 58.2% in February, surprised pollsters.", date(2019, 10, 1),
     [("April", "DATE", "2019-04"), ("February", "DATE", "2019-02")]),
])
def test_the_month_a_change_is_counted_from(text, dct, expected):
    assert found(text, dct) == expected


@pytest.mark.parametrize("text, expected", [
    # a forecast in the past perfect was overtaken before the telling: its month is the last one
    ("Traders had expected the mill to reopen in October.", [("October", "DATE", "2024-10")]),
    ("The rise had been expected, coming after November's slump in orders.", [("November", "DATE", "2024-11")]),
    # still expected, or expected now: the coming one
    ("Traders expected the mill to reopen in October.", [("October", "DATE", "2025-10")]),
    ("The ruling has been expected in October.", [("October", "DATE", "2025-10")]),
])
def test_a_forecast_in_the_past_perfect_is_behind(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a month "of last/this/next year" is one timex, the month of that year (dct 2025-02-18)
    ("Orders have risen since January of last year.", [("January of last year", "DATE", "2024-01")]),
    ("The plant was sold in March of this year.", [("March of this year", "DATE", "2025-03")]),
    ("The lease runs out in June of next year.", [("June of next year", "DATE", "2026-06")]),
    ("In October of last year the mayor quit.", [("October of last year", "DATE", "2024-10")]),
    # the anaphoric forms stay as they were
    ("In 1990 the dam broke. In May of that year it rained.", [("1990", "DATE", "1990"), ("May of that year", "DATE", "1990-05")]),
])
def test_a_month_of_a_relative_year(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "that day" with no day named before it, or only the telling's own, points away from the telling: no timex
    ("We look forward to that day when the border opens.", []),
    ("Until that day, let every ranger keep watch.", []),
    ("I am glad to be here today. Yet the hopes of that day were not met.", [("today", "DATE", "2025-02-18")]),
    # a day named before it: that day
    ("The dam burst on 4 March 2019. Nobody slept that day.", [("4 March 2019", "DATE", "2019-03-04"),
                                                             ("that day", "DATE", "2019-03-04")]),
    # the day before the telling is a day of its own
    ("The pier closed yesterday. Anglers were angry that day.", [("yesterday", "DATE", "2025-02-17"),
                                                                    ("that day", "DATE", "2025-02-17")]),
])
def test_that_day_needs_a_day_other_than_the_telling(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # "the Fourth of July" (and without "the") is the holiday, not the month of July
    ("Crowds gathered on the Fourth of July to watch the boats.", date(2021, 8, 2),
     [("the Fourth of July", "DATE", "2021-07-04")]),
    ("Happy Fourth of July, neighbours!", date(2021, 7, 4), [("Fourth of July", "DATE", "2021-07-04")]),
])
def test_the_fourth_of_july(text, dct, expected):
    assert found(text, dct) == expected


@pytest.mark.parametrize("text, expected", [
    # the day of a thing named after "since" is over, as "since March" is (told 2025-02-18, when the nearest such
    # days lie ahead)
    ("Sales have climbed since the auction, March 9th, and kept climbing.", [("March 9th", "DATE", "2024-03-09")]),
    ("Fares have doubled since the strike on 3 April.", [("3 April", "DATE", "2024-04-03")]),
    ("The bridge has stayed shut ever since the big flood of 20 March.", [("20 March", "DATE", "2024-03-20")]),
    ("Little has moved since the board meeting in April.", [("April", "DATE", "2024-04")]),
    ("Nobody has called since Easter.", [("Easter", "DATE", "2024-03-31")]),
    # a causal "since" opening the clause, before a verb of the present or a plan, dates nothing already over
    ("Since the depot closes on 3 March, drivers are moving.", [("3 March", "DATE", "2025-03-03")]),
    ("Since the depot is to close on 3 March, drivers are moving.", [("3 March", "DATE", "2025-03-03")]),
    # after a perfect, the same day is the last one
    ("Drivers have left since the depot shut on 3 March.", [("3 March", "DATE", "2024-03-03")]),
    # without "since" the nearest
    ("The auction is on March 9th.", [("March 9th", "DATE", "2025-03-09")]),
])
def test_the_day_of_a_thing_named_after_since(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # an outcome or a mishap named by a month possessive has happened, whatever the clause's tense (told
    # 2025-02-18, when the nearest April lies ahead)
    ("The side wants revenge for April's 40-12 thrashing in Cardiff.", date(2025, 2, 18),
     [("April", "DATE", "2024-04")]),
    ("The visitors remember April's defeat.", date(2025, 2, 18), [("April", "DATE", "2024-04")]),
    ("The valley has not recovered from April's floods.", date(2025, 2, 18), [("April", "DATE", "2024-04")]),
    ("The March drubbing still rankles.", date(2025, 2, 18), [("March", "DATE", "2024-03")]),
    # any other noun keeps the tense's reading
    ("April's vote will be close.", date(2025, 2, 18), [("April", "DATE", "2025-04")]),
    ("April's figures are due next week.", date(2025, 2, 18),
     [("April", "DATE", "2025-04"), ("next week", "DATE", "2025-W09")]),
])
def test_an_outcome_named_by_a_month_possessive(text, dct, expected):
    assert found(text, dct) == expected


@pytest.mark.parametrize("text, expected", [
    # "last"/"next" before a month and its day: the day itself, the last one before the dct or the next after
    ("The treaty was signed last November 8th in Lima.", [("last November 8th", "DATE", "2024-11-08")]),
    ("Last March 3 the mill closed.", [("Last March 3", "DATE", "2024-03-03")]),
    ("The mill reopens next March 3rd.", [("next March 3rd", "DATE", "2025-03-03")]),
    ("The mill reopens next February 18.", [("next February 18", "DATE", "2026-02-18")]),
    ("The mill closed last February 18.", [("last February 18", "DATE", "2024-02-18")]),
    # with a year written the year decides
    ("The mill closed last November 8, 2021.", [("last November 8, 2021", "DATE", "2021-11-08")]),
])
def test_last_or_next_month_and_day(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a month right before a count of years back is that month of the year the count reaches
    ("On a May morning 40 years ago the dam gave way.", [("May", "DATE", "1985-05"), ("40 years ago", "DATE", "1985")]),
    ("Output was lower than March a year ago.", [("March", "DATE", "2024-03"), ("a year ago", "DATE", "2024")]),
    ("The charter signed in July two years ago still holds.",
     [("July", "DATE", "2023-07"), ("two years ago", "DATE", "2023")]),
    # the month counted back is no date the story moves to: "the year" stays the telling's
    ("Sales were below March a year ago. Spring is the busy season of the year.",
     [("March", "DATE", "2024-03"), ("a year ago", "DATE", "2024"), ("the year", "DATE", "2025")]),
])
def test_a_month_before_a_count_of_years_back(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a count "later" in the present tense reaches the telling itself (the present, as "now"), never that far past
    # the dct
    ("The mill was founded by weavers. A century later, it is still a mill.",
     [("A century later", "DATE", "PRESENT_REF")]),
    ("Now, 40 years later, the town is thriving.", [("40 years later", "DATE", "PRESENT_REF")]),
    ("The bridge opened on 4 March. Two years later, it is busier than ever.",
     [("4 March", "DATE", "2024-03-04"), ("Two years later", "DATE", "PRESENT_REF")]),
    # in the past tense it stays before the telling; after a past date it counts from it
    ("Just five years later, the mill closed.", [("five years later", "DATE", "PAST_REF")]),
    ("The mill opened in 1990. Five years later it closed.", [("1990", "DATE", "1990"), ("Five years later", "DATE", "1995")]),
    # the future tense counts from the telling
    ("The mill will reopen and, two years later, it will close again.", [("two years later", "DATE", "2027")]),
])
def test_a_count_later_in_the_present_is_the_telling(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a month and day "of this/last/next year" is one timex of that year
    ("Not until March 21 of this year did the auditors call.", [("March 21 of this year", "DATE", "2025-03-21")]),
    ("On June 5 of last year the mill closed.", [("June 5 of last year", "DATE", "2024-06-05")]),
    ("The mill reopens January 9 of next year.", [("January 9 of next year", "DATE", "2026-01-09")]),
])
def test_a_month_and_day_of_a_relative_year(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a reporting verb after the date that opens what it reports ("that", a colon) has the date: the telling's
    # past, not the reported clause's future
    ("On the night of March 30th, I announced that I would not run again.", [("March 30th", "DATE", "2024-03-30")]),
    ("Then on April 2nd, the mayor said: \"The tunnel will not close.\"", [("April 2nd", "DATE", "2024-04-02")]),
    # a verb before the date in its sentence keeps the date its own; a reporting verb closing the sentence is the
    # telling's
    ("The votes, which are to be counted on April 2nd, the mayor said: \"We will win.\"",
     [("April 2nd", "DATE", "2025-04-02")]),
    ("The tunnel will close on April 2nd, the mayor said.", [("April 2nd", "DATE", "2025-04-02")]),
])
def test_the_date_of_a_reporting_verb_opening_a_report(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a year after "of" dates a month and day as one after a comma does
    ("The ledger runs to April 27 of 1911.", [("April 27 of 1911", "DATE", "1911-04-27")]),
    ("The ferry sank on 9 May of 1911.", [("9 May of 1911", "DATE", "1911-05-09")]),
])
def test_a_month_and_day_of_a_written_year(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb no list names is read as the present by its form after a subject pronoun: the plain form after I/we/
    # you/they, the form in -s after he/she/it; a count "later" in the present is then the telling itself
    ("Seventy years later, what a quiet harbour we sail from.", [("Seventy years later", "DATE", "PRESENT_REF")]),
    ("Seventy years later, they still argue about the wreck.", [("Seventy years later", "DATE", "PRESENT_REF")]),
    ("The pier was built by fishermen. Seventy years later, it draws crowds all summer.",
     [("Seventy years later", "DATE", "PRESENT_REF")]),
])
def test_the_present_told_by_a_verbs_form(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Seventy years later, they still argue about the wreck.", "present"),
    ("Seventy years later, I doubt it.", "present"),
    ("Seventy years later, she owns the boatyard.", "present"),
    # an object pronoun before a bare verb ("let you fish"), a function word or a name after the pronoun: no verb
    ("Seventy years later, the old men let you fish there.", None),
    ("Seventy years later, thank you for coming.", None),
    ("Seventy years later, we Americans honour them.", None),
    # a word with a listed tense anywhere in the sentence wins over a form read so
    ("On Monday I think the ferry sailed.", "past"),
    ("Seventy years later, we hope the ferry will sail.", "future"),
])
def test_the_tense_a_verbs_form_gives_after_a_pronoun(text, expected):
    span = "Seventy years later" if "Seventy" in text else "Monday"
    start = text.index(span)
    assert Context(text, DCT).tense(start, start + len(span)) == expected


@pytest.mark.parametrize("text, expected", [
    # a weekday written before a month and day that the chosen year does not fit: the next year to it that does,
    # on the tense's side of the dct (told on Tuesday 18 February 2025)
    ("On Sunday, February 4, the mayor resigned.", [("Sunday, February 4", "DATE", "2024-02-04")]),
    ("The crew rested on Sunday, 4 February.", [("Sunday, 4 February", "DATE", "2024-02-04")]),
    ("The mayor will resign on Thursday, March 5.", [("Thursday, March 5", "DATE", "2026-03-05")]),
    # a past tense never moves the day ahead of the telling (2026-02-04 is a Wednesday)
    ("On Wednesday, February 4, the mayor resigned.", [("Wednesday, February 4", "DATE", "2025-02-04")]),
    # "the next day" tells no future: the day after the one the story is at, in any tense
    ("The next day, Sunday, February 4, the crew rested.",
     [("The next day", "DATE", "2025-02-19"), ("Sunday, February 4", "DATE", "2024-02-04")]),
])
def test_a_weekday_the_year_of_a_month_and_day_must_fit(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The next day, in March, the crew rested on deck.", "past"),
    # "the next" before another noun is still what is to come
    ("At the next meeting, in March, the board votes on it.", "future"),
])
def test_the_next_day_tells_no_tense(text, expected):
    start = text.index("March")
    assert Context(text, DCT).tense(start, start + len("March")) == expected


@pytest.mark.parametrize("text, expected", [
    # a contracted auxiliary tells its tense: "didn't" the past, "we'll" the future, "we're going to" the future
    ("I didn't sail on Sunday.", [("Sunday", "DATE", "2025-02-16")]),
    ("We'll sail from the north quay on Thursday and then rest.", [("Thursday", "DATE", "2025-02-20")]),
    ("Come February 3rd, you'll pay the new harbour fee.", [("February 3rd", "DATE", "2026-02-03")]),
    ("This weekend we're going to paint the hull.", [("This weekend", "DATE", "2025-W08-WE")]),
    # a contracted present is read as a verb's form is, only when no other word tells a tense
    ("The quay was rebuilt by the council. Six years later, it's the busiest in the county.",
     [("Six years later", "DATE", "PRESENT_REF")]),
])
def test_the_tense_of_a_contracted_auxiliary(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Six years later, it's busier.", "present"),
    ("Six years later, they've rebuilt the quay.", "present"),  # the perfect reaches the telling
    ("Six years later, we'll rebuild it.", "future"),
    ("Six years later, they didn't come back.", "past"),
    ("Six years later, I'd know.", None),  # had or would
    ("Six years later, the quay's wall fell.", "past"),  # a noun's "'s" is a possessive
])
def test_the_tense_a_contraction_gives(text, expected):
    span = "Six years later"
    assert Context(text, DCT).tense(0, len(span)) == expected


@pytest.mark.parametrize("text, expected", [
    # a form in -ed after a hyphen is the second part of a compound adjective, no past verb
    ("Tonight, two decades later, the quay is busier, but its well-tended gardens are gone.", "present"),
    ("The long-awaited ferry would start sailing in March.", None),
    # after a verb prefix it is a verb: the past
    ("In March the harbour master was re-elected.", "past"),
    ("In March she co-founded the rowing club.", "past"),
])
def test_a_compound_adjective_is_no_past_verb(text, expected):
    span = "two decades later" if "two decades" in text else "March"
    start = text.index(span)
    assert Context(text, DCT).tense(start, start + len(span)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The long-awaited ferry would start sailing in March.", [("March", "DATE", "2025-03")]),
    ("The harbour trust was founded by weavers. Almost a century later, our quay may be quieter, but its "
     "clear-sighted keepers are proud.", [("Almost a century later", "DATE", "PRESENT_REF")]),
])
def test_a_compound_adjective_leaves_the_tense_to_the_verbs(text, expected):
    assert found(text) == expected
