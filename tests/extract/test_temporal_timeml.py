"""TimeML practice the TempEval-3 news data follows, each rule a table of sentences -> timexes.

Each row lists every timex the sentence should give, as (span text, type, value).
"""
from __future__ import annotations

from datetime import date

import pytest

from timeline_builder.extract.temporal import find_timexes

DCT = date(2025, 2, 18)  # a Tuesday


def found(text: str, dct: date | None = DCT) -> list[tuple]:
    return [(t.text, t.type, t.value) for t in find_timexes(text, dct)]


@pytest.mark.parametrize("text, expected", [
    ("The ferry sails on Mondays.", [("Mondays", "SET", "XXXX-WXX-1")]),
    ("The show airs Tuesday nights.", [("Tuesday nights", "SET", "XXXX-WXX-2TNI")]),
    ("Flights leave on Monday and Thursday evenings.", [("Monday", "SET", "XXXX-WXX-1TEV"),
                                                        ("Thursday evenings", "SET", "XXXX-WXX-4TEV")]),
    ("The market opens Saturdays or Sundays.", [("Saturdays", "SET", "XXXX-WXX-6"),
                                                 ("Sundays", "SET", "XXXX-WXX-7")]),
    ("The show moves to Tuesdays, Wednesdays and Thursdays.", [("Tuesdays", "SET", "XXXX-WXX-2"),
                                                               ("Wednesdays", "SET", "XXXX-WXX-3"),
                                                               ("Thursdays", "SET", "XXXX-WXX-4")]),
    # names
    ("He danced with the Happy Mondays.", []),
    ("They ate at TGI Fridays.", []),
    # one day each: no plural, no set
    ("They met on Monday and Thursday.", [("Monday", "DATE", "2025-02-17"), ("Thursday", "DATE", "2025-02-13")]),
    ("He was robbed on Friday night.", [("Friday night", "TIME", "2025-02-14TNI")]),
])
def test_plural_weekdays_are_sets(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the tense of "said" is the telling's, not the reported event's: the nearest August 6
    ("He said the new plant would open on August 6.", [("August 6", "DATE", "2025-08-06")]),
    ("Officials told reporters the route would reopen in June.", [("June", "DATE", "2025-06")]),
    # the event's own past tense still decides
    ("He said the plant closed on August 6.", [("August 6", "DATE", "2024-08-06")]),
    ("The plant closed in September, officials said.", [("September", "DATE", "2024-09")]),
])
def test_a_reporting_verb_does_not_date_what_it_reports(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "was/were" before a word of plans is a plan, ahead of the telling
    ("Protesters were planning a march on Saturday.", [("Saturday", "DATE", "2025-02-22")]),
    # a plan told in the past dates a month as the nearest one, leaning forward: not a year ahead
    ("The meeting was expected in January.", [("January", "DATE", "2025-01")]),
    ("The vote was scheduled for April.", [("April", "DATE", "2025-04")]),
    # "is going to" is the future at "is", the verb nearest the date
    ("From Monday on he is going to be available.", [("Monday", "DATE", "2025-02-24")]),
    # a plan told after the date is a plan of its own: the date keeps the past verb before it
    ("The envoy stayed in Paris in September and was due to return.", [("September", "DATE", "2024-09")]),
    # a participle after an adverb or a determiner is an adjective and has no tense
    ("On Friday, the hastily planned summit opened.", [("Friday", "DATE", "2025-02-14")]),
    ("On Friday, the expected ruling came.", [("Friday", "DATE", "2025-02-14")]),
    # "plans" is the verb only before "to"; "vacation plans" is a noun
    ("On Friday, she set aside her vacation plans.", [("Friday", "DATE", "2025-02-14")]),
    ("The company plans to cut jobs on Friday.", [("Friday", "DATE", "2025-02-21")]),
    # "since" names a past month, whatever tense the rest of the sentence has
    ("The carrier has been at sea since March and was scheduled to return.", [("March", "DATE", "2024-03")]),
    ("Prices have risen since January.", [("January", "DATE", "2025-01")]),
    # "until" with a past perfect: a limit already reached
    ("Until Thursday, the police had not named a suspect.", [("Thursday", "DATE", "2025-02-13")]),
    ("The office is closed until Thursday.", [("Thursday", "DATE", "2025-02-20")]),
    # "planned" as a simple past verb after the date dates the planning, told in the past ...
    ("On Friday, the ministry planned to refund the fees.", [("Friday", "DATE", "2025-02-14")]),
    ("On Monday the union said it planned a walkout.", [("Monday", "DATE", "2025-02-17")]),
    # ... but before the date the date is the plan's, ahead; so is a participle's ("is planned for")
    ("The crew planned to sail from Hull on Thursday.", [("Thursday", "DATE", "2025-02-20")]),
    ("The parade is planned for Sunday.", [("Sunday", "DATE", "2025-02-23")]),
    ("A rally planned for Sunday was called off.", [("Sunday", "DATE", "2025-02-23")]),
    ("On Friday, the council was planning cuts.", [("Friday", "DATE", "2025-02-14")]),
])
def test_the_tense_of_plans_since_and_until(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a count of things per unit is a rate, a SET, like "$5 a week"
    ("The airline runs four flights a week to Bombay.", [("a week", "SET", "P1W")]),
    ("The plant makes 700 cars a day.", [("a day", "SET", "P1D")]),
    ("Prices rose 5 percent a year.", [("a year", "SET", "P1Y")]),
    # a count of time units before "a week" is no rate, and "a year ago" stays a date
    ("After two years a week passed quietly.", [("two years", "DURATION", "P2Y"), ("a week", "DURATION", "P1W")]),
    ("The two sides met a year ago.", [("a year ago", "DATE", "2024")]),
    ("They stayed for a week.", [("a week", "DURATION", "P1W")]),
])
def test_counted_things_per_unit_are_rates(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the March <noun>": the month modifies the noun
    ("The March accession will let them vote.", [("March", "DATE", "2025-03")]),
    ("Turnout in the May elections was low.", [("May", "DATE", "2024-05")]),
    ("The May elections will be close.", [("May", "DATE", "2025-05")]),
    ("The August coup failed.", [("August", "DATE", "2024-08")]),
    # a march, a name, a verb
    ("The March on Washington drew crowds.", []),
    ("the March of Dimes", []),
    ("The march was long.", []),
    ("Under the May government taxes rose.", []),
    ("They may march again.", []),
])
def test_an_ambiguous_month_before_a_noun(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a reporting verb right beside the date dates the telling: "said Thursday" is the past Thursday
    ("A spokesman said Thursday that the U.S. troops will stay.", [("Thursday", "DATE", "2025-02-13")]),
    ("The minister said on Friday that talks will resume.", [("Friday", "DATE", "2025-02-14")]),
    # an abbreviation's full stop does not end the sentence: the verb after "U.S." still counts
    ("On Friday the U.S. envoy will arrive.", [("Friday", "DATE", "2025-02-21")]),
    # "next to" is a place, not the future
    ("Bombs exploded next to the U.S. embassy on Friday.", [("Friday", "DATE", "2025-02-14")]),
])
def test_reporting_verbs_beside_a_date_and_abbreviations(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a past verb tells of the past month even when the next one is nearer (dct 2025-02-18)
    ("The company changed its fiscal year in April.", [("April", "DATE", "2024-04")]),
    ("In the fiscal year ended April 30, the company earned $3 million.",
     [("the fiscal year", "DURATION", "P1Y"), ("April 30", "DATE", "2024-04-30")]),
    ("A bomb exploded at a clinic in May.", [("May", "DATE", "2024-05")]),
    ("The company will change its fiscal year in April.", [("April", "DATE", "2025-04")]),
    # an -ed word after a determiner is an adjective, not a past tense
    ("The split would be paid on a still unspecified date in March.", [("March", "DATE", "2025-03")]),
    ("An unnamed official will visit in April.", [("April", "DATE", "2025-04")]),
])
def test_a_past_verb_dates_a_month_in_the_past(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "one day" after a modal, or opening a sentence with a comma, is some day, not a length
    ("Islam will one day be the second largest religion.", [("one day", "DATE", "FUTURE_REF")]),
    ("The treaty may not one day survive.", [("one day", "DATE", "FUTURE_REF")]),
    ("One day, we will win.", [("One day", "DATE", "FUTURE_REF")]),
    ("He left. One day, he walked back in.", [("One day", "DATE", "PAST_REF")]),
    # opening a clause, with its subject and a modal after it
    ("I hope that one day we can visit the islands.", [("one day", "DATE", "FUTURE_REF")]),
    ('"One day you will be able to tell them," he said.', [("One day", "DATE", "FUTURE_REF")]),
    # "some day" is "someday", never a length
    ("Perhaps some day the two states will merge.", [("some day", "DATE", "FUTURE_REF")]),
    ("We shall some day move on.", [("some day", "DATE", "FUTURE_REF")]),
    # lengths and counts stay what they were
    ("The trip took one day.", [("one day", "DURATION", "P1D")]),
    ("He will stay one day longer.", [("one day", "DURATION", "P1D")]),
    ("The strike took one day and they will meet again.", [("one day", "DURATION", "P1D")]),
    ("They passed two laws in one day. Others will follow.", [("one day", "DURATION", "P1D")]),
])
def test_one_day_as_some_day(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "tomorrow" as the times to come, not the next day
    ("Let us strive for a much better tomorrow.", [("tomorrow", "DATE", "FUTURE_REF")]),
    ("The cities of tomorrow will be green.", [("tomorrow", "DATE", "FUTURE_REF")]),
    ("We are building our tomorrow.", [("tomorrow", "DATE", "FUTURE_REF")]),
    ("We must build tomorrow's America.", [("tomorrow", "DATE", "FUTURE_REF")]),
    # the next day
    ("Tomorrow's vote will be close.", [("Tomorrow", "DATE", "2025-02-19")]),
    ("They will meet the president tomorrow.", [("tomorrow", "DATE", "2025-02-19")]),
    ("He will see a doctor tomorrow.", [("tomorrow", "DATE", "2025-02-19")]),
    ("We leave tomorrow.", [("tomorrow", "DATE", "2025-02-19")]),
])
def test_a_better_tomorrow_is_the_future(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Now," opening a sentence is a discourse marker; "now" in the clause is the present
    ("Now, that does not mean we can solve every problem.", []),
    ("Now the people of Cyprus are free.", [("Now", "DATE", "PRESENT_REF")]),
    ("We must act now, and we will.", [("now", "DATE", "PRESENT_REF")]),
    # "the present" before a noun is an adjective
    ("He quoted the present Governor of Georgia.", []),
    ("The present system works.", []),
    ("We live in the present.", [("the present", "DATE", "PRESENT_REF")]),
    ("At the present time we have no reports.", [("the present", "DATE", "PRESENT_REF")]),
    # "hopes one day to be": some day ahead
    ("Our nation hopes one day to be their friend.", [("one day", "DATE", "FUTURE_REF")]),
])
def test_discourse_now_and_the_adjective_present(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a unit's length as an adjective with no number before it
    ("Lawyers left their third day-long meeting.", [("day-long", "DURATION", "P1D")]),
    ("The month-long strike ended.", [("month-long", "DURATION", "P1M")]),
    ("He gave an hour-long speech.", [("an hour-long", "DURATION", "PT1H")]),
    ("The 10-year-long war ended.", [("10-year-long", "DURATION", "P10Y")]),
    ("The long-term plan and the day-to-day work.", []),
])
def test_unit_long_adjectives(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # British news forms (dct 2025-02-18)
    ("Profits fell in the year to January.", [("the year", "DURATION", "P1Y"), ("January", "DATE", "2025-01")]),
    ("Sales rose in the year to the end of June.", [("the year", "DURATION", "P1Y"),
                                                    ("the end of June", "DATE", "2024-06")]),
    ("The talks began a fortnight ago.", [("a fortnight ago", "DATE", "2025-W06")]),
    ("He was arrested in the early hours of Sunday.", [("Sunday", "DATE", "2025-02-16")]),
    ("The bank is closed on Easter Monday.", [("Easter Monday", "DATE", "2025-04-21")]),
    ("Shops open on Good Friday and Easter Sunday.", [("Good Friday", "DATE", "2025-04-18"),
                                                     ("Easter Sunday", "DATE", "2025-04-20")]),
])
def test_british_news_forms(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # British clock times write the minutes after a full stop
    ("The polls open at 9.30am.", [("9.30am", "TIME", "2025-02-18T09:30")]),
    ("Kick-off will be at 7.45 pm on Saturday.", [("7.45 pm on Saturday", "TIME", "2025-02-22T19:45")]),
    ("The statement came at 10.15 GMT.", [("10.15 GMT", "TIME", "2025-02-18T10:15")]),
    # without am/pm or a zone such a number is an amount
    ("Shares closed at 9.30 on Friday.", [("Friday", "DATE", "2025-02-14")]),
])
def test_british_clock_times(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("FY2005 results were strong.", [("FY2005", "DATE", "2005")]),
    ("Targets for FY26 and FY 2024 were cut.", [("FY26", "DATE", "2026"), ("FY 2024", "DATE", "2024")]),
    ("The FY rules changed.", []),
])
def test_fiscal_year_codes(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a winter written with the two years it spans is one winter
    ("Snow fell all through the winter of 2003-04.", [("the winter of 2003-04", "DATE", "2003-WI")]),
    ("Prices peaked in winter 1999-00.", [("winter 1999-00", "DATE", "1999-WI")]),
    # other ranges stay two years
    ("They won the 2003-04 league.", [("2003", "DATE", "2003"), ("04", "DATE", "2004")]),
])
def test_a_winter_across_two_years(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the fall" as a drop is no season
    ("The fall in oil prices hurt exporters.", []),
    ("The fall was steep.", []),
    ("We met in the fall in Paris.", [("the fall", "DATE", "2024-FA")]),
])
def test_the_fall_as_a_drop(text, expected):
    assert found(text) == expected


def test_a_season_told_in_the_future_is_not_one_already_over():
    # told in mid-January, the autumn just past is nearer, but the future tense rules it out
    assert found("We will meet in the fall.", date(2025, 1, 15)) == [("the fall", "DATE", "2025-FA")]
    assert found("We met in the fall.", date(2025, 1, 15)) == [("the fall", "DATE", "2024-FA")]


@pytest.mark.parametrize("text, expected", [
    # a participle takes the tense of its auxiliary, also through one adverb ("have already earmarked")
    ("Unions have already earmarked 12 July for a strike.", [("12 July", "DATE", "2025-07-12")]),
    ("The team is getting prepared for the summer.", [("the summer", "DATE", "2025-SU")]),
    ("She is still undecided about racing in Madrid on 4 July.", [("4 July", "DATE", "2025-07-04")]),
    ("The tower is due to be officially opened on 31 December.", [("31 December", "DATE", "2025-12-31")]),
    # a past auxiliary still makes it past
    ("The tower was officially opened on 31 December.", [("31 December", "DATE", "2024-12-31")]),
    ("The bridge had already closed in October.", [("October", "DATE", "2024-10")]),
    # a sentence ends before a closing quote: the verb of the quote does not date the next sentence
    ('He told fans: "We have waited and we delivered." In July the club moves to a new ground.',
     [("July", "DATE", "2025-07")]),
    ('"We delivered." On Friday the club will name a coach.', [("Friday", "DATE", "2025-02-21")]),
])
def test_participles_after_auxiliaries_and_quoted_sentences(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # told in January to March without a future tense, the fourth quarter is the one just over
    ("I am surprised at the weak fourth quarter number.", date(2025, 1, 20), [("fourth quarter", "DATE", "2024-Q4")]),
    ("Shares rose on strong fourth quarter results.", date(2025, 2, 5), [("fourth quarter", "DATE", "2024-Q4")]),
    ("Growth in Q4 is revised up.", date(2025, 3, 2), [("Q4", "DATE", "2024-Q4")]),
    # the future tense, a plan or a later dct keep this year's
    ("Profits will rise in the fourth quarter.", date(2025, 1, 20), [("the fourth quarter", "DATE", "2025-Q4")]),
    ("The company expects a loss in the fourth quarter.", date(2025, 1, 20),
     [("the fourth quarter", "DATE", "2025-Q4")]),
    ("I am surprised at the weak fourth quarter number.", date(2025, 5, 20), [("fourth quarter", "DATE", "2025-Q4")]),
    # the third quarter, half a year ahead in January, is not decided by this rule
    ("In the third quarter, sales are flat.", date(2025, 1, 20), [("the third quarter", "DATE", "2025-Q3")]),
])
def test_the_fourth_quarter_in_the_results_season(text, dct, expected):
    assert found(text, dct) == expected


@pytest.mark.parametrize("text, expected", [
    # newspapers and magazines named after a day or a frequency are no timexes
    ("He told the Sunday Times that he would stay.", []),
    ("The Sunday Telegraph reported the deal.", []),
    ("A Daily Telegraph poll found wide support.", []),
    ("She writes for the Weekly Standard and Screen Daily.", []),
    # the words themselves still are
    ("Daily prices rose.", [("Daily", "SET", "P1D")]),
    ("The paper is published daily.", [("daily", "SET", "P1D")]),
    ("On Sunday Mr Blair spoke.", [("Sunday", "DATE", "2025-02-16")]),
    ("The Sunday meeting was cancelled.", [("Sunday", "DATE", "2025-02-16")]),
    ("The Sunday March drew crowds.", [("Sunday", "DATE", "2025-02-16")]),
])
def test_newspaper_names(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a capitalised word inside the sentence right before a year makes it a name: products, laws, events, editions
    ("The bank still runs its tills on Office 2007.", []),
    ("Police used powers under the Crime Prevention Act 1997 to hold him.", []),
    ("Tickets for Euro 2028 go on sale this week.", [("this week", "DATE", "2025-W08")]),
    ("Visitors flocked to the Shanghai Expo 2010 pavilions.", []),
    ("The studio released Tennis Champions 2006 in the spring.", [("the spring", "DATE", "2024-SP")]),  # past: the last
    # a year opening the sentence, after a possessive or after a word that dates it stays a date
    ("In 1997 the law changed.", [("1997", "DATE", "1997")]),
    ("Since 2010, prices have doubled.", [("2010", "DATE", "2010")]),
    ("They recalled Italy's 1982 triumph.", [("1982", "DATE", "1982")]),
    ("Sales peaked at Christmas 2019.", [("Christmas 2019", "DATE", "2019-12-25")]),
    ("The firm expects growth in fiscal 2026 and Fiscal 2027.", [("fiscal 2026", "DATE", "2026"),
                                                                 ("Fiscal 2027", "DATE", "2027")]),
    ("Exports Rose In 2023", [("2023", "DATE", "2023")]),
    ("The 1997 act changed little.", [("1997", "DATE", "1997")]),
])
def test_a_year_ending_a_name_is_no_date(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a capitalised "Last", "This" or "Next" inside a sentence starts a title (songs, plays, films)
    ("The band closed with their hit Last Christmas in Paris.", []),
    ("She starred in a revival of Suddenly Last Summer.", []),
    ("Their album Next Winter sold well.", []),
    # opening a sentence, or in lower case, they are dates
    ("Last Christmas the shops closed early.", [("Last Christmas", "DATE", "2024-12-25")]),
    ("Sales fell last winter.", [("last winter", "DATE", "2024-WI")]),
    ('He said: "This Christmas was quiet."', [("This Christmas", "DATE", "2024-12-25")]),
])
def test_a_title_opening_with_last_or_this_is_no_date(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # told in February (dct 2025-02-18), the Christmas just past is nearer, but what will happen is the coming one
    ("This Christmas will be quiet.", [("This Christmas", "DATE", "2025-12-25")]),
    ("We will visit them at Christmas.", [("Christmas", "DATE", "2025-12-25")]),
    ("The town is going to light its tree at Christmas.", [("Christmas", "DATE", "2025-12-25")]),
    # in the past tense it is the last one; a holiday close ahead stays the coming one when nothing says otherwise
    ("This Christmas was quiet.", [("This Christmas", "DATE", "2024-12-25")]),
    ("The shops were full at Christmas.", [("Christmas", "DATE", "2024-12-25")]),
    ("The church is full at Easter.", [("Easter", "DATE", "2025-04-20")]),
])
def test_a_holiday_told_in_the_future_is_not_one_already_over(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a holiday describing the noun after it names a kind of thing, not a day
    ("Shoppers queued to buy Christmas presents.", []),
    ("Easter eggs were cheaper this year.", [("this year", "DATE", "2025")]),
    ("She mailed a Christmas card to each client.", []),
    ("The song was a Christmas number one.", []),
    ("Their Halloween costumes sold out.", []),
    ("Thanksgiving dinner was served late.", []),
    # a stretch of time or an event on the day keeps the date ("the Christmas period", "the Boxing Day storm")
    ("Sales rose over the Christmas period.", [("Christmas", "DATE", "2024-12-25")]),
    ("The Boxing Day storm cut power to the coast.", [("Boxing Day", "DATE", "2024-12-26")]),
    # an unforeseen event on the day has happened, whatever the tense: the last such day
    ("Victims of the Christmas Day flood will get more aid.", [("Christmas Day", "DATE", "2024-12-25")]),
    ("The Easter speech will be broadcast live.", [("Easter", "DATE", "2025-04-20")]),
    ("Post-Christmas trading was slow.", [("Christmas", "DATE", "2024-12-25")]),
    # a holiday opening a clause is a date unless an auxiliary shows the next word is its noun
    ("Christmas falls on a Sunday.", [("Christmas", "DATE", "2024-12-25"), ("Sunday", "DATE", "2025-02-16")]),
    ("Before Christmas, the firm cut prices.", [("Christmas", "DATE", "2024-12-25")]),
    ("On Christmas Day alone it sold a million copies.", [("Christmas Day", "DATE", "2024-12-25")]),
    ("It was the best Christmas ever.", [("Christmas", "DATE", "2024-12-25")]),
    ("By Easter we will know.", [("Easter", "DATE", "2025-04-20")]),
])
def test_a_holiday_as_a_noun_modifier_is_no_date(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # counts of 1,000 and more days or weeks are lengths too (other units that large stay out: "5,000 hours")
    ("In the 1,460 days of his term, he never rested.", [("the 1,460 days", "DURATION", "P1460D")]),
    ("The siege lasted 1,200 days.", [("1,200 days", "DURATION", "P1200D")]),
    ("The study followed them for 1,040 weeks.", [("1,040 weeks", "DURATION", "P1040W")]),
    ("The engine ran 5,000 hours.", []),
])
def test_counts_of_a_thousand_days_or_weeks(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare "the year" is the year the story is at when one was named just before (dct 2025-02-18)
    ("Few expected it, but 1968 became the year of decision.", [("1968", "DATE", "1968"),
                                                                 ("the year", "DATE", "1968")]),
    ("In March 1962 the mill closed; by the end of the year the town had emptied.",
     [("March 1962", "DATE", "1962-03"), ("the end of the year", "DATE", "1962")]),
    # the dct's year otherwise, and after a forecast
    ("Prices rose during the year.", [("the year", "DATE", "2025")]),
    ("Sales could double by 2030. During the year the firm hired 40 people.",
     [("2030", "DATE", "2030"), ("the year", "DATE", "2025")]),
])
def test_the_year_is_the_year_the_story_is_at(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "half-" before a frequency word halves the period
    ("A half-hourly train links the two towns.", [("half-hourly", "SET", "PT30M")]),
    ("The firm posts half-yearly results.", [("half-yearly", "SET", "P6M")]),
    ("Trains run hourly.", [("hourly", "SET", "PT1H")]),
    ("He paid the half-monthly rent.", [("half-monthly", "SET", "P2W")]),
])
def test_half_frequencies(text, expected):
    assert found(text) == expected


_MATCH = "Wales scored two tries and a penalty before the referee blew the whistle. "


@pytest.mark.parametrize("text, expected", [
    # in a report of a game, an unqualified half or quarter is a period of the match
    (_MATCH + "Italy led 9-8 early in the second half.", []),
    (_MATCH + "A second-half try from the captain sealed it.", []),
    (_MATCH + "Two errors came inside the first quarter.", []),
    # with a year, or money in the sentence, it is the year's half
    (_MATCH + "The club's first-half profits fell 10%.", [("first-half", "DATE", "2025-H1")]),
    (_MATCH + "The second half of 2024 was better.", [("The second half of 2024", "DATE", "2024-H2")]),
    # and outside a game report it always is
    ("Sales slowed in the first half.", [("the first half", "DATE", "2025-H1")]),
])
def test_halves_of_a_match(text, expected):
    assert found(text) == expected


_SPEECH = "We must try, and try again, to reach our goals. " + "The nation stands firm. " * 400


@pytest.mark.parametrize("text, expected", [
    # the talk after a game: a score and the people of a sport count as words of a match report
    ('The 2-0 defeat hurt. "The early goal in the second half gave us a mountain to climb," the coach said.', []),
    # a game's deficit and "spending time in their half" are no money
    ("England led 17-6 at half-time, but four penalties overhauled the deficit in the second half.", []),
    # a score beside the quarter is enough, even in a story of one sentence
    ("The Lakers outscored Boston 30-18 in the final quarter.", []),
    ("A 28-17 win. We scored twice. The second half was about spending more time in their half, said the captain.", []),
    # a half or quarter "of" something other than a year is that thing's, in any story
    ("He battled back in the second half of the season.", []),
    ("Two errors came in the last quarter of the game.", []),
    ("Rusedski is in the same quarter of the draw.", []),
    ("The rules for the first half of the debate are simple. In the second half, the panel asks.", []),
    # the year's stay dates, also before money
    ("Output rose in the second half of the year.", [("the second half of the year", "DATE", "2025-H2")]),
    ("It lost money in the third quarter of $5 million.", [("the third quarter", "DATE", "2024-Q3")]),
    # a long speech that tries to reach its goals is no match report
    (_SPEECH + "Unemployment fell in the first half.", [("the first half", "DATE", "2025-H1")]),
])
def test_halves_of_a_game_a_season_or_a_debate(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the past quarter of a century" is 25 years, not last year's fourth quarter and then a century
    ("Music of the past quarter of a century was voted on.", [("the past quarter of a century", "DURATION", "P25Y")]),
    ("Over the last quarter of a century, prices rose.", [("the last quarter of a century", "DURATION", "P25Y")]),
    ("The firm lost money in the past quarter.", [("the past quarter", "DATE", "2024-Q4")]),
])
def test_a_quarter_of_a_century(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "N quarters" as a share of something or a place is no length of time
    ("Three-quarters said the minister was right.", []),
    ("In many firms up to three-quarters fell into the high-risk group.", []),
    ("The recall affects almost three quarters of all consoles sold.", []),
    ("The plan drew praise in some quarters and anger in others.", []),
    ("Offers came from several quarters.", []),
    # with "the past", "the next", "for", or a vague amount after another word, it is a length of quarters
    ("Profits fell over the next three quarters.", [("the next three quarters", "DURATION", "P3Q")]),
    ("Sales fell for three quarters.", [("three quarters", "DURATION", "P3Q")]),
    ("It made money after several quarters of losses.", [("several quarters", "DURATION", "PXQ")]),
])
def test_quarters_as_a_share_or_a_place(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "in five years" after "will"/"would" is that far after the telling: a date (dct 2025-02-18)
    ("Federal debt will grow in 10 years to $5 trillion.", [("10 years", "DATE", "2035")]),
    ("The stock would be redeemed in five years.", [("five years", "DATE", "2030")]),
    ("The plant will close in three weeks.", [("three weeks", "DATE", "2025-W11")]),
    ("They will meet again in two days.", [("two days", "DATE", "2025-02-20")]),
    # a record or a count over a length of time stays a duration
    ("It will be the first rise in five years.", [("five years", "DURATION", "P5Y")]),
    ("He will be the club's ninth manager in eight years.", [("eight years", "DURATION", "P8Y")]),
    ("Sales rose 5% in two years.", [("two years", "DURATION", "P2Y")]),
    ("He will say that sales rose in two years.", [("two years", "DURATION", "P2Y")]),
])
def test_in_so_many_years_from_now(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a holiday's week is the (ISO) week holding it: Easter 2025 is Sunday 20 April, in week 16
    ("Crowds will gather during Easter week.", [("Easter week", "DATE", "2025-W16")]),
    ("Sales rose in Christmas week 2024.", [("Christmas week 2024", "DATE", "2024-W52")]),
    ("On Easter Sunday they will meet.", [("Easter Sunday", "DATE", "2025-04-20")]),
    # told in the past, the last one (Easter 2024 was Sunday 31 March, in week 13)
    ("Crowds gathered during Easter week.", [("Easter week", "DATE", "2024-W13")]),
])
def test_a_holidays_week(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two quarters of a named year are its half, a date like "the first half of 1990"
    ("Sales fell in the first two quarters of 1990.", [("the first two quarters of 1990", "DATE", "1990-H1")]),
    ("Sales fell in the last two quarters of 2004.", [("the last two quarters of 2004", "DATE", "2004-H2")]),
    # without a year, a length of time
    ("Sales fell in the past two quarters.", [("the past two quarters", "DURATION", "P2Q")]),
    ("Sales fell in the first two quarters.", [("the first two quarters", "DURATION", "P2Q")]),
])
def test_two_quarters_of_a_year(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "since year-end" counts from the end of a year already over
    ("The index is up 5% since year-end.", [("year-end", "DATE", "2024")]),
    ("Shares have risen since the year end.", [("the year end", "DATE", "2024")]),
    ("The deal should close by year-end.", [("year-end", "DATE", "2025")]),
])
def test_since_year_end(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "is/are to" + verb before the date: an arrangement, ahead
    ("The ferry is to leave Oban on Thursday.", [("Thursday", "DATE", "2025-02-20")]),
    ("The bonds are to start trading in Tokyo Friday.", [("Friday", "DATE", "2025-02-21")]),
    # ... but not when it says what a thing is ("our aim is to"), nor after the date
    ("On Thursday, our aim is to listen.", [("Thursday", "DATE", "2025-02-13")]),
    ("In January the answer to high rents is to build more.", [("January", "DATE", "2025-01")]),
    # "plan/intend/hope to" before the date: the date is the plan's
    ("The mayor said she did not plan to close the bridge on Thursday.", [("Thursday", "DATE", "2025-02-20")]),
    ("Two unions intend to walk out on Friday.", [("Friday", "DATE", "2025-02-21")]),
    ("The club hoped to sign him in July.", [("July", "DATE", "2025-07")]),
    # ... unless it was a plan made before a moment already past
    ("The two envoys had planned to meet on Friday.", [("Friday", "DATE", "2025-02-14")]),
    # "plans" after a past verb is a noun: a date before it dates the announcing
    ("In September, the brewer unveiled plans to close two sites.", [("September", "DATE", "2024-09")]),
    ("The brewer unveiled plans to close two sites in September.", [("September", "DATE", "2025-09")]),
    # "would be <verb>ing": a plan ahead of the telling; a bare "would" is left to the other verbs
    ("The coach said the team would be flying home on Thursday.", [("Thursday", "DATE", "2025-02-20")]),
    ("On Thursday, the coach said the team would win.", [("Thursday", "DATE", "2025-02-13")]),
])
def test_arrangements_and_intentions(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A survey for the Independent on Sunday found support.", []),
    ("He told the Mail on Sunday he would stay.", []),
    ("Scotland on Sunday printed the letter.", []),
    # a weekday after a person is a date
    ("The Pope on Sunday urged calm.", [("Sunday", "DATE", "2025-02-16")]),
    ("The Independent on Monday reported a loss.", [("Monday", "DATE", "2025-02-17")]),
])
def test_sunday_newspapers(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "since the <date> <event>": the event is over, whatever tense the clause has
    ("Police have been looking for him since shortly after the Oct. 23 shooting.", [("Oct. 23", "DATE", "2024-10-23")]),
    ("Prices have doubled since the May 3 vote.", [("May 3", "DATE", "2024-05-03")]),
    # without "since" the nearest such day
    ("Police are preparing for the May 3 vote.", [("May 3", "DATE", "2025-05-03")]),
])
def test_since_an_event_on_a_date(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two vague lengths joined: one duration, told in the first unit
    ("The envoy may stay weeks or months.", [("weeks or months", "DURATION", "PXW")]),
    ("Repairs could take days to weeks.", [("days to weeks", "DURATION", "PXD")]),
    ("It may be years or decades before the forest grows back.", [("years or decades", "DURATION", "PXY")]),
    # a change from one length to another is no single length
    ("The test cuts the wait from weeks to hours.", [("weeks", "DURATION", "PXW")]),
])
def test_coordinated_vague_durations(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # "last year's quarter" in a results story: the quarter a year before the one reported
    ("Profit rose in the third quarter. Exports in last year's quarter were small.", date(1989, 11, 1),
     [("the third quarter", "DATE", "1989-Q3"), ("last year's quarter", "DATE", "1988-Q3")]),
    ("Last year's quarter was weak.", date(1989, 11, 1), [("Last year's quarter", "DATE", "1988-Q3")]),
])
def test_last_years_quarter(text, dct, expected):
    assert found(text, dct) == expected


@pytest.mark.parametrize("text, expected", [
    # a part of the day before "yesterday/today/tomorrow" is that day's
    ("Shares rose at mid-afternoon yesterday.", [("mid-afternoon yesterday", "TIME", "2025-02-17TAF")]),
    ("The vote is due late afternoon tomorrow.", [("late afternoon tomorrow", "TIME", "2025-02-19TAF")]),
    ("In the early morning today, the rain stopped.", [("early morning today", "TIME", "2025-02-18TMO")]),
    # the usual order is unchanged
    ("Shares rose yesterday afternoon.", [("yesterday afternoon", "TIME", "2025-02-17TAF")]),
])
def test_a_part_of_the_day_before_the_day(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an hour told with the part of the day after a preposition of time is a clock time
    ("The ferry leaves at 4 in the morning.", [("4 in the morning", "TIME", "2025-02-18T04:00")]),
    ("The bar stays open until ten at night.", [("ten at night", "TIME", "2025-02-18T22:00")]),
    ("We met at three o'clock in the afternoon.", [("three o'clock in the afternoon", "TIME", "2025-02-18T15:00")]),
    # on the day the story is at
    ("He left on Friday. He came back at six in the evening.",
     [("Friday", "DATE", "2025-02-14"), ("six in the evening", "TIME", "2025-02-14T18:00")]),
    # a count of people is no hour
    ("Two in the morning group left.", [("the morning", "TIME", "2025-02-18TMO")]),
])
def test_an_hour_with_the_part_of_the_day(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a past verb governing the date (through a preposition, or as the verb of the clause the date opens) has
    # the date over, even when the coming one is nearer (dct 18 February 2025)
    ("We met at Easter.", [("Easter", "DATE", "2024-03-31")]),
    ("The shops closed early over Christmas.", [("Christmas", "DATE", "2024-12-25")]),
    ("He passed away on 17 March.", [("17 March", "DATE", "2024-03-17")]),
    ("In March the firm planned to expand.", [("March", "DATE", "2024-03")]),
    ("In March, the board approved the deal.", [("March", "DATE", "2024-03")]),
    ("On 5 March Mr Smith resigned.", [("5 March", "DATE", "2024-03-05")]),
    # a form in -ed before a noun is an adjective; the future keeps the coming date
    ("The firm will redeem its preferred shares on March 31.", [("March 31", "DATE", "2025-03-31")]),
    ("In March, the board will approve the deal.", [("March", "DATE", "2025-03")]),
    ("They will meet at Easter.", [("Easter", "DATE", "2025-04-20")]),
    # a past verb far from the date only leans to the past: the nearest March is still this one
    ("The board, which had argued for a year about the plan and its costs, meets in March.",
     [("a year", "DURATION", "P1Y"), ("March", "DATE", "2025-03")]),
])
def test_a_past_verb_governing_the_date(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # a mishap named by its month or day has happened: the last such date, even when the next is nearer
    ("Police say they have evidence in the October slaying of a doctor.", date(2025, 4, 19),
     [("October", "DATE", "2024-10")]),
    ("Survivors of the Sept. 2 explosion are suing.", date(2025, 2, 18), [("Sept. 2", "DATE", "2024-09-02")]),
    # a planned event keeps the nearest
    ("The October election will be close.", date(2025, 4, 19), [("October", "DATE", "2025-10")]),
])
def test_a_mishap_named_by_its_date(text, dct, expected):
    assert found(text, dct) == expected


@pytest.mark.parametrize("text, expected", [
    # "than expected", "as expected" compare with a forecast: no plan, the past verb dates the month
    ("The economy created fewer jobs than expected in January.", [("January", "DATE", "2025-01")]),
    ("Sales rose as expected in December.", [("December", "DATE", "2024-12")]),
    # a plan stays a plan
    ("The ruling is expected in January.", [("January", "DATE", "2026-01")]),
])
def test_than_expected_is_no_plan(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the year to <day> <month>": twelve months of results up to that day, like "the year to March"
    ("Profits for the year to 31 December rose.", [("the year", "DURATION", "P1Y"), ("31 December", "DATE", "2024-12-31")]),
    ("Losses for the year to July grew.", [("the year", "DURATION", "P1Y"), ("July", "DATE", "2024-07")]),
])
def test_the_year_to_a_day(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # "this winter" is dated by its December: told in January, the winter that began in December
    ("This winter is cold.", date(2025, 1, 20), [("This winter", "DATE", "2024-WI")]),
    # told from March to November, the one already over in the past tense, the coming one otherwise
    ("The storms which this winter closed the roads are gone.", date(2025, 6, 1), [("this winter", "DATE", "2024-WI")]),
    ("This winter will be cold.", date(2025, 6, 1), [("This winter", "DATE", "2025-WI")]),
    # the other seasons of "this" are the dct's year's
    ("This summer was hot.", date(2025, 9, 1), [("This summer", "DATE", "2025-SU")]),
])
def test_this_winter(text, dct, expected):
    assert found(text, dct) == expected
