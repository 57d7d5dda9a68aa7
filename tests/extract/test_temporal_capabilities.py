"""Forms news and history prose uses that the first rules missed: each a table of sentences -> timexes.

Each row lists every timex the sentence should give, as (span text, type, value[, mod, begin, end]).
"""
from __future__ import annotations

from datetime import date

import pytest

from timeline_builder.extract.temporal import find_timexes

DCT = date(2025, 2, 18)  # a Tuesday


def found(text: str, dct: date | None = DCT) -> list[tuple]:
    return [(t.text, t.type, t.value) for t in find_timexes(text, dct)]


def intervals(text: str, dct: date | None = DCT) -> list[tuple]:
    return [(t.text, t.value, t.mod, str(t.date_begin), str(t.date_end)) for t in find_timexes(text, dct)]


@pytest.mark.parametrize("text, expected", [
    # a range of years with the second written short: each end its own timex, as TimeML marks ranges
    ("The drought of 1957-58 ruined the farms.", [("1957", "DATE", "1957"), ("58", "DATE", "1958")]),
    ("Growth slowed in 1990–95.", [("1990", "DATE", "1990"), ("95", "DATE", "1995")]),
    ("They won the 2012-13 league title.", [("2012", "DATE", "2012"), ("13", "DATE", "2013")]),
    ("The 1999-00 budget was cut.", [("1999", "DATE", "1999"), ("00", "DATE", "2000")]),
    ("See pages 1990-95 of the report.", []),
    ("He moved in 1990-95 troops.", []),
])
def test_two_digit_year_ranges(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The armistice was signed August 2d, 1918, at noon.", [("August 2d, 1918", "DATE", "1918-08-02"),
                                                              ("noon", "TIME", "1918-08-02T12:00")]),
    ("Congress met on March 23d, 1861.", [("March 23d, 1861", "DATE", "1861-03-23")]),
    ("The troops left on June 22d, 1862, and returned on the 3d.", [("June 22d, 1862", "DATE", "1862-06-22"),
                                                                    ("the 3d", "DATE", "1862-06-03")]),
    ("The 2d Battalion and the 3d Division marched.", []),
])
def test_old_style_ordinals(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Revenue rose in Q3 2023.", [("Q3 2023", "DATE", "2023-Q3")]),
    ("Margins in 2022 Q2 were thin.", [("2022 Q2", "DATE", "2022-Q2")]),
    ("Sales in Q1'24 and Q3-2021 were flat.", [("Q1'24", "DATE", "2024-Q1"), ("Q3-2021", "DATE", "2021-Q3")]),
    ("Earnings fell in Q4.", [("Q4", "DATE", "2024-Q4")]),  # said in February: the last one reported
    ("The company expects a profit in Q2.", [("Q2", "DATE", "2025-Q2")]),
    ("H1 2024 was the best half on record.", [("H1 2024", "DATE", "2024-H1")]),
    ("The Audi Q3 and the H5 virus and Q9.", []),
])
def test_quarter_shorthand(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Historians of the Nineteenth Century disagree.", [("the Nineteenth Century", "DATE", "18")]),
    ("Art of the 20th Century was bold.", [("the 20th Century", "DATE", "19")]),
    ("A film by 20th Century Fox opened.", []),
])
def test_capitalised_century(text, expected):
    assert found(text) == expected


def test_hundreds_written_as_a_decade_are_the_hundred_years():
    assert intervals("Mills spread in the late 1800s and the 1900s; the 2000s were calm.") == [
        ("the late 1800s", "18", "END", "1870-01-01", "1899-12-31"),
        ("the 1900s", "19", None, "1900-01-01", "1999-12-31"),
        ("the 2000s", "200", None, "2000-01-01", "2009-12-31"),
    ]


@pytest.mark.parametrize("text, expected", [
    ("The loan runs 12 and 18 months.", [("12", "DURATION", "P12M"), ("18 months", "DURATION", "P18M")]),
    ("It will take two or three years.", [("two", "DURATION", "P2Y"), ("three years", "DURATION", "P3Y")]),
    ("Sentences of between five and ten years were handed down.",
     [("five", "DURATION", "P5Y"), ("ten years", "DURATION", "P10Y")]),
    ("Five and a half years passed.", [("Five and a half years", "DURATION", "P5Y6M")]),
    ("It happened two or three years ago.", [("three years ago", "DATE", "2022")]),
    ("The 6- and 7-year-old children.", []),
])
def test_coordinated_durations(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("She won the race in 1:30 flat.", [("1:30", "DURATION", "PT1H30M")]),
    ("The film runs 2:15.", [("2:15", "DURATION", "PT2H15M")]),
    ("He set a marathon record of 2:08:35 in Berlin.", [("2:08:35", "DURATION", "PT2H8M35S")]),
    ("The call lasted 2:15 minutes.", [("2:15 minutes", "DURATION", "PT2M15S")]),
    ("They met at 1:30 and left at 4:45 p.m.", [("1:30", "TIME", "2025-02-18T01:30"),
                                                ("4:45 p.m", "TIME", "2025-02-18T16:45")]),
    ("Read John 3:16 in the 5:2 ratio.", []),
])
def test_clock_format_durations(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Members meet twice per year.", [("per year", "SET", "P1Y")]),
    ("The review is biannual.", [("biannual", "SET", "P6M")]),
    ("A semi-annual report and a biennial congress.", [("semi-annual", "SET", "P6M"), ("biennial", "SET", "P2Y")]),
    ("Prices rose year-after-year.", [("year-after-year", "SET", "P1Y")]),
    ("They worked day after day.", [("day after day", "SET", "P1D")]),
    ("The bonds pay 5% per annum.", [("per annum", "SET", "P1Y")]),
    ("Every winter the river freezes.", [("Every winter", "SET", "XXXX-WI")]),
    ("The day after the vote, a year after that.", []),
])
def test_sets(text, expected):
    assert [f for f in found(text) if f[1] == "SET"] == expected


@pytest.mark.parametrize("text, expected", [
    ("In the first decade of this century, prices fell.",
     [("the first decade of this century", "200", None, "2000-01-01", "2009-12-31")]),
    ("The last decade of the 20th century was calm.",
     [("The last decade of the 20th century", "199", None, "1990-01-01", "1999-12-31")]),
    ("Mills closed in the second decade of the 1800s.",
     [("the second decade of the 1800s", "181", None, "1810-01-01", "1819-12-31")]),
])
def test_decades_of_a_century(text, expected):
    assert intervals(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("At the turn of the century, few people owned cars.",
     [("the turn of the century", "2000", "APPROX", "1995-01-01", "2005-12-31")]),
    ("In 1895 there were few cars. At the turn of the century, cars were rare.",
     [("1895", "1895", None, "1895-01-01", "1895-12-31"),
      ("the turn of the century", "1900", "APPROX", "1895-01-01", "1905-12-31")]),
    ("By the turn of the century, we will have robots.",
     [("the turn of the century", "2100", "APPROX", "2095-01-01", "2105-12-31")]),
    ("Vienna at the turn of the 20th century was a capital of ideas.",
     [("the turn of the 20th century", "1900", "APPROX", "1895-01-01", "1905-12-31")]),
    ("Fears grew before the turn of the millennium.",
     [("the turn of the millennium", "2000", "APPROX", "1995-01-01", "2005-12-31")]),
])
def test_turn_of_the_century(text, expected):
    assert intervals(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a count of days or weeks after a date of coarser precision keeps that precision
    ("In 1987 he moved to Leeds. Three days later he left.",
     [("1987", "1987", None, "1987-01-01", "1987-12-31"), ("Three days later", "1987", None, "1987-01-01", "1987-12-31")]),
    ("In March 1987 he moved. Two weeks later he left.",
     [("March 1987", "1987-03", None, "1987-03-01", "1987-03-31"),
      ("Two weeks later", "1987-03", None, "1987-03-01", "1987-03-31")]),
    ("In 1987 he moved. The following month he returned. A year later he died.",
     [("1987", "1987", None, "1987-01-01", "1987-12-31"),
      ("The following month", "1987", None, "1987-01-01", "1987-12-31"),
      ("A year later", "1988", None, "1988-01-01", "1988-12-31")]),
    ("On May 4, 1987 he moved. Three days later he left.",
     [("May 4, 1987", "1987-05-04", None, "1987-05-04", "1987-05-04"),
      ("Three days later", "1987-05-07", None, "1987-05-07", "1987-05-07")]),
])
def test_later_keeps_the_precision_of_the_date_it_counts_from(text, expected):
    assert intervals(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Since 2014, the war has gone on.", [("2014", "2014", None, "2014-01-01", "2025-02-18")]),
    ("Prices have risen ever since the 1990s.", [("the 1990s", "199", None, "1990-01-01", "2025-02-18")]),
    ("Nothing has changed since last year.", [("last year", "2024", None, "2024-01-01", "2025-02-18")]),
    # a past perfect ends at a past moment the text does not give: the year keeps its own interval
    ("By 1999 he had lived there since 1990.", [("1999", "1999", None, "1999-01-01", "1999-12-31"),
                                                 ("1990", "1990", None, "1990-01-01", "1990-12-31")]),
    ("He has lived there since 1990.", [("1990", "1990", None, "1990-01-01", "2025-02-18")]),
])
def test_since_is_open_to_the_dct(text, expected):
    assert intervals(text) == expected


def test_since_without_a_dct_keeps_the_named_interval():
    assert intervals("Since 2014, the war has gone on.", dct=None) == [("2014", "2014", None, "2014-01-01", "2014-12-31")]


FILLER = ("Delegates from forty countries argued about tariffs, quotas, subsidies and the rules of origin, "
          "and the chairman called for patience repeatedly while aides shuttled between the rooms with drafts "
          "and notes for everyone present; the mood in the hall was sour and the coffee was cold. ")


@pytest.mark.parametrize("text, expected", [
    (f"The talks began on March 3, 2024. {FILLER}At 10:30 a.m. they broke off.",
     [("March 3, 2024", "DATE", "2024-03-03"), ("10:30 a.m.", "TIME", "2024-03-03T10:30")]),
    (f"The talks began in 2024. {FILLER}At 10:30 a.m. they broke off.",
     [("2024", "DATE", "2024"), ("10:30 a.m.", "TIME", "2025-02-18T10:30")]),  # no day named: the dct's
    ("At 10:30 a.m. the talks broke off.", [("10:30 a.m.", "TIME", "2025-02-18T10:30")]),
])
def test_a_time_of_day_is_on_the_last_day_the_story_named(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("It all began a long time ago.", [("a long time ago", "DATE", "PAST_REF")]),
    ("As I said a while ago, and again the other day.", [("a while ago", "DATE", "PAST_REF"),
                                                          ("the other day", "DATE", "PAST_REF")]),
    ("At the moment, prices are rising.", [("the moment", "DATE", "PRESENT_REF")]),
    ("For the moment the plan stands.", []),  # "the" after it: a clause, "the moment the plan ..."
    ("At the moment of impact the car stopped.", []),
    ("Things were different in those days.", []),
    ("Prices fell in the 1990’s.", [("the 1990’s", "DATE", "199")]),
    ("By the end of the decade, oil will run short.", [("the end of the decade", "DATE", "202")]),
    ("Profits fell this financial year.", [("this financial year", "DATE", "2025")]),
    ("In 1972 Nixon went to China. In May of the same year he visited Moscow.",
     [("1972", "DATE", "1972"), ("May of the same year", "DATE", "1972-05")]),
    ("In 1989 the wall fell. In June of the following year the states merged.",
     [("1989", "DATE", "1989"), ("June of the following year", "DATE", "1990-06")]),
    ("Done at the City of Washington this 26th day of July, 1946.", [("26th day of July, 1946", "DATE", "1946-07-26")]),
    ("I have served for more than a quarter of a century.", [("more than a quarter of a century", "DURATION", "P25Y")]),
    ("We waited three quarters of an hour.", [("three quarters of an hour", "DURATION", "PT45M")]),
    # a part of one unit: its length, and as many years back before "ago" (dct 2025), not a whole century
    ("The mill closed a third of a century ago.", [("a third of a century ago", "DATE", "1991")]),
    ("The bridge opened a quarter of a century ago.", [("a quarter of a century ago", "DATE", "2000")]),
    ("Peace has held for two-thirds of a century.", [("two-thirds of a century", "DURATION", "P66Y8M")]),
    ("Over this past third of a century our town grew.", [("this past third of a century", "DURATION", "P33Y4M")]),
    ("The crossing took a third of a day.", [("a third of a day", "DURATION", "PT8H")]),
    ("A third of the year had gone.", [("the year", "DATE", "2025")]),  # a share of a named year: no length
    ("It will take another year or so; he stayed another two years.",
     [("another year or so", "DURATION", "P1Y"), ("another two years", "DURATION", "P2Y")]),
])
def test_more_forms_of_news_and_speeches(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The talks opened on March 6, 1998. By mid afternoon they had failed.",
     [("March 6, 1998", "DATE", "1998-03-06"), ("mid afternoon", "TIME", "1998-03-06TAF")]),
    ("Late evening brought the news.", [("Late evening", "TIME", "2025-02-18TEV")]),
    ("Police carried out early-morning raids.", [("early-morning", "TIME", "2025-02-18TMO")]),
    ("The midafternoon sun was hot.", [("midafternoon", "TIME", "2025-02-18TAF")]),
])
def test_early_late_and_mid_parts_of_the_day(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Rates rose two and three-quarters percent.", []),
    ("Sales rose for two or three quarters.", [("two", "DURATION", "P2Q"), ("three quarters", "DURATION", "P3Q")]),
    ("A novel set at the turn of the 19th Century.", [("the turn of the 19th Century", "DATE", "1800")]),
])
def test_fractions_are_not_quarters_and_a_capitalised_turn_is_kept(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("On March 3, 2024 the attack began at 0200 local time and ended at 1400 GMT.",
     [("March 3, 2024", "DATE", "2024-03-03"), ("0200 local time", "TIME", "2024-03-03T02:00"),
      ("1400 GMT", "TIME", "2024-03-03T14:00")]),
    ("The blast came at 10:35 a.m. (0735 GMT).", [("10:35 a.m.", "TIME", "2025-02-18T10:35")]),  # one time, two zones
    ("Markets closed at 4 p.m. ET.", [("4 p.m. ET", "TIME", "2025-02-18T16:00")]),
    ("In 1999 GMT was the standard; 2000 et cetera.", [("1999", "DATE", "1999"), ("2000", "DATE", "2000")]),
])
def test_four_digit_clock_times_and_zones(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("In the post-war period, Europe rebuilt.", [("the post-war period", "PAST_REF", None, "1945-09-02", "None")]),
    ("The postwar years were lean.", [("The postwar years", "PAST_REF", None, "1945-09-02", "None")]),
    ("The pre-war era was tense.", [("The pre-war era", "PAST_REF", None, "None", "1939-09-01")]),
    ("The war years were hard.", []),  # which war's? the era file names it only after post-/pre-
])
def test_eras_named_only_with_a_prefix(text, expected):
    assert intervals(text) == expected


def test_a_bad_forms_cell_in_a_users_era_file_names_the_line(tmp_path):
    from timeline_builder.errors import KnowledgeError

    (tmp_path / "temporal").mkdir()
    (tmp_path / "temporal" / "eras.tsv").write_text(
        "adjective\tbegin\tend\tforms\nwar\t1939-09-01\t1945-09-02\tsometimes\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="forms") as caught:
        find_timexes("The post-war period.", DCT, knowledge_dirs=(tmp_path,))
    assert caught.value.line == 2


@pytest.mark.parametrize("text, expected", [
    ("Over the past decade prices doubled.", [("the past decade", "DURATION", "P10Y")]),
    ("The last decade was calm.", [("The last decade", "DATE", "201")]),
    ("The next decade will be better.", [("The next decade", "DATE", "203")]),
])
def test_the_past_decade_is_ten_years_up_to_now(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The festival runs from 3-8 May in Lucerne.", [("3", "DATE", "2025-05-03"), ("8 May", "DATE", "2025-05-08")]),
    ("Talks on 24 and 25 March 2005 failed.", [("24", "DATE", "2005-03-24"), ("25 March 2005", "DATE", "2005-03-25")]),
    ("He won 6-4 7-6 in May.", [("May", "DATE", "2024-05")]),  # told in February: the past May
    ("The firm will trial it in the summer and also plans more.", [("the summer", "DATE", "2025-SU")]),
])
def test_days_before_their_month_and_seasons_before_and(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Empires of the 19th and 20th centuries fell.", [("the 19th", "DATE", "18"), ("20th centuries", "DATE", "19")]),
    ("The eighteenth or nineteenth century saw it.", [("The eighteenth", "DATE", "17"), ("nineteenth century", "DATE", "18")]),
    ("The 20th and 19th centuries.", []),
])
def test_coordinated_centuries(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("In the summer and autumn of 1945 they fought.", [("the summer", "DATE", "1945-SU"), ("autumn of 1945", "DATE", "1945-FA")]),
    ("The winter and spring of 1999 were wet.", [("The winter", "DATE", "1998-WI"), ("spring of 1999", "DATE", "1999-SP")]),
    ("The summer and the summer of 1999.", [("the summer of 1999", "DATE", "1999-SU")]),
])
def test_two_seasons_of_one_year(text, expected):
    assert found(text) == expected
