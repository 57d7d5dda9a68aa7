"""The temporal extractor, as a specification: text -> (span, value, mod, interval)."""
from __future__ import annotations

from datetime import date

import pytest

from timeline_builder.extract import registry
from timeline_builder.extract.temporal import EXTRACTOR_NAME, TemporalExtractor, find_timexes
from timeline_builder.records import AnnotatedDocument, Document

DCT = date(2025, 2, 18)  # a Tuesday
NBSP = "\xa0"


def only(text: str, dct: date | None = DCT, language: str = "en"):
    found = find_timexes(text, dct, language=language)
    assert len(found) == 1, [(t.text, t.value) for t in found]
    return found[0]


# text, expected span text, type, value, mod, begin, end
CASES = [
    ("It began on December 12, 2023.", "December 12, 2023", "DATE", "2023-12-12", None, "2023-12-12", "2023-12-12"),
    ("It began on 12 December 2023.", "12 December 2023", "DATE", "2023-12-12", None, "2023-12-12", "2023-12-12"),
    (f"It began on December{NBSP}12, 2023.", f"December{NBSP}12, 2023", "DATE", "2023-12-12", None, "2023-12-12", "2023-12-12"),
    ("Signed Tuesday, December 12, 2023 in Rome.", "Tuesday, December 12, 2023", "DATE", "2023-12-12", None, "2023-12-12", "2023-12-12"),
    ("Talks resumed Dec. 12 in Geneva.", "Dec. 12", "DATE", "2024-12-12", None, "2024-12-12", "2024-12-12"),
    ("Filed 2023-12-12 by the clerk.", "2023-12-12", "DATE", "2023-12-12", None, "2023-12-12", "2023-12-12"),
    ("Filed on 12/12/2023 by the clerk.", "12/12/2023", "DATE", "2023-12-12", None, "2023-12-12", "2023-12-12"),
    ("Expected by mid-December 2023.", "mid-December 2023", "DATE", "2023-12", "MID", "2023-12-11", "2023-12-20"),
    ("He arrived on the 12th of February 2025.", "the 12th of February 2025", "DATE", "2025-02-12", None, "2025-02-12", "2025-02-12"),
    ("It happened in 1962, when the crisis broke.", "1962", "DATE", "1962", None, "1962-01-01", "1962-12-31"),
    ("Prices fell in the 1960s.", "the 1960s", "DATE", "196", None, "1960-01-01", "1969-12-31"),
    ("Music of the '80s is back.", "the '80s", "DATE", "198", None, "1980-01-01", "1989-12-31"),
    ("In the early 1980s, things changed.", "the early 1980s", "DATE", "198", "START", "1980-01-01", "1983-12-31"),
    ("In the second half of the 2010s it grew.", "the second half of the 2010s", "DATE", "201", "END", "2015-01-01", "2019-12-31"),
    ("Wars of the 20th century.", "the 20th century", "DATE", "19", None, "1901-01-01", "2000-12-31"),
    ("By the first quarter of the 21st century.", "the first quarter of the 21st century", "DATE", "20", "START", "2001-01-01", "2025-12-31"),
    ("By the end of the first quarter of the 21st century.", "the end of the first quarter of the 21st century", "DATE", "2025", "END", "2001-01-01", "2025-12-31"),
    ("Profits will rise in the third quarter.", "the third quarter", "DATE", "2025-Q3", None, "2025-07-01", "2025-09-30"),
    ("Profits fell in the fourth quarter.", "the fourth quarter", "DATE", "2024-Q4", None, "2024-10-01", "2024-12-31"),
    ("Sales in the first half of 2024 fell.", "the first half of 2024", "DATE", "2024-H1", None, "2024-01-01", "2024-06-30"),
    ("We met last summer.", "last summer", "DATE", "2024-SU", None, "2024-06-01", "2024-08-31"),
    ("Last year was hard.", "Last year", "DATE", "2024", None, "2024-01-01", "2024-12-31"),
    ("It began three years ago.", "three years ago", "DATE", "2022", None, "2022-01-01", "2022-12-31"),
    ("It began 50 years ago.", "50 years ago", "DATE", "1975", None, "1975-01-01", "1975-12-31"),
    ("It began more than a decade ago.", "more than a decade ago", "DATE", "2015", "BEFORE", None, "2015-02-18"),
    ("More than half a century ago, it began.", "More than half a century ago", "DATE", "1975", "BEFORE", None, "1975-02-18"),
    ("The report comes out next month.", "next month", "DATE", "2025-03", None, "2025-03-01", "2025-03-31"),
    ("We will see this week.", "this week", "DATE", "2025-W08", None, "2025-02-17", "2025-02-23"),
    ("The minister said yesterday that talks failed.", "yesterday", "DATE", "2025-02-17", None, "2025-02-17", "2025-02-17"),
    ("The minister said today that talks failed.", "today", "DATE", "2025-02-18", None, "2025-02-18", "2025-02-18"),
    ("In today's world, things move fast.", "today", "DATE", "PRESENT_REF", None, None, None),
    ("They lack rights. And today, the right to work is everything.", "today", "DATE", "PRESENT_REF", None, None, None),
    ("What we see now is new.", "now", "DATE", "PRESENT_REF", None, None, None),
    ("They recently agreed.", "recently", "DATE", "PAST_REF", None, None, None),
    ("It will happen in the distant future.", "the distant future", "DATE", "FUTURE_REF", None, None, None),
    ("It will happen sooner or later.", "sooner or later", "DATE", "FUTURE_REF", None, None, None),
    ("Much changed in recent years.", "recent years", "DATE", "PAST_REF", None, None, None),
    ("It lasted three years.", "three years", "DURATION", "P3Y", None, None, None),
    ("In four years a new president comes.", "four years", "DURATION", "P4Y", None, None, None),
    ("It took many years.", "many years", "DURATION", "PXY", None, None, None),
    ("It went on for decades.", "decades", "DURATION", "PXDE", None, None, None),
    ("It took a long time.", "a long time", "DURATION", "PXY", None, None, None),
    ("a two-year program", "two-year", "DURATION", "P2Y", None, None, None),
    ("We meet every year.", "every year", "SET", "P1Y", None, None, None),
    ("The fee is paid annually.", "annually", "SET", "P1Y", None, None, None),
    ("She calls each Thursday.", "each Thursday", "SET", "XXXX-WXX-4", None, None, None),
    ("The vote is at 10:35 a.m. on site.", "10:35 a.m.", "TIME", "2025-02-18T10:35", None, "2025-02-18", "2025-02-18"),
    ("Soviet times were different.", "Soviet times", "DATE", "PAST_REF", None, "1922-12-30", "1991-12-26"),
    ("Russia in the post-Soviet period.", "the post-Soviet period", "DATE", "PAST_REF", None, "1991-12-26", None),
    ("Stocks rose in nineteen ninety-six.", "nineteen ninety-six", "DATE", "1996", None, "1996-01-01", "1996-12-31"),
    ("Results for fiscal 1989 were weak.", "fiscal 1989", "DATE", "1989", None, "1989-01-01", "1989-12-31"),
    ("They met on Thanksgiving Day.", "Thanksgiving Day", "DATE", "2024-11-28", None, "2024-11-28", "2024-11-28"),
    ("It closed at Christmas 2023.", "Christmas 2023", "DATE", "2023-12-25", None, "2023-12-25", "2023-12-25"),
    ("Debt rose at year-end.", "year-end", "DATE", "2025", "END", "2025-09-01", "2025-12-31"),
    ("Rules take effect by year's end.", "year's end", "DATE", "2025", "END", "2025-09-01", "2025-12-31"),
    ("The plan is due in the summer.", "the summer", "DATE", "2025-SU", None, "2025-06-01", "2025-08-31"),
    ("It took 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M", None, None, None),
    ("Bids are due by 5 p.m. EST Nov. 9, it said.", "5 p.m. EST Nov. 9", "TIME", "2025-11-09T17:00", None, "2025-11-09", "2025-11-09"),
    ("They met in the week of February 3, 2025.", "the week of February 3, 2025", "DATE", "2025-W06", None, "2025-02-03", "2025-02-09"),
    ("It ends in December this year.", "December this year", "DATE", "2025-12", None, "2025-12-01", "2025-12-31"),
    ("The paper ran it in today's editions.", "today", "DATE", "2025-02-18", None, "2025-02-18", "2025-02-18"),
    ("The offer had been due to expire Friday.", "Friday", "DATE", "2025-02-14", None, "2025-02-14", "2025-02-14"),
    ("The offer is due to expire Friday.", "Friday", "DATE", "2025-02-21", None, "2025-02-21", "2025-02-21"),
    ("\u201cToday is a sad day,\u201d she said.", "Today", "DATE", "2025-02-18", None, "2025-02-18", "2025-02-18"),
    ("Losses mounted over the past two quarters.", "the past two quarters", "DURATION", "P2Q", None, None, None),
    ("She will command a mission in December.", "December", "DATE", "2025-12", None, "2025-12-01", "2025-12-31"),
    ("Talks can go ahead now that the war is over.", "now", "DATE", "PRESENT_REF", None, None, None),
    ("Earnings will drop for the fiscal year.", "the fiscal year", "DATE", "2025", None, "2025-01-01", "2025-12-31"),
    ("The offer was extended to Aug. 20.", "Aug. 20", "DATE", "2025-08-20", None, "2025-08-20", "2025-08-20"),
    ("Its record high was set on Aug. 20.", "Aug. 20", "DATE", "2024-08-20", None, "2024-08-20", "2024-08-20"),
    ("Atlanta, January nineteen ninety-seven.", "January nineteen ninety-seven", "DATE", "1997-01", None, "1997-01-01", "1997-01-31"),
    ("The vote is on March eighth.", "March eighth", "DATE", "2025-03-08", None, "2025-03-08", "2025-03-08"),
    ("Troops arrive by the end of the month.", "the end of the month", "DATE", "2025-02", "END", "2025-02-01", "2025-02-28"),
    ("Prices fell in mid-1997.", "mid-1997", "DATE", "1997", "MID", "1997-05-01", "1997-08-31"),
    ("It changed post-1959 politics.", "post-1959", "DATE", "1959", "AFTER", "1960-01-01", None),
    ("The editorial on Friday, April 25: a verdict.", "Friday, April 25", "DATE", "2025-04-25", None, "2025-04-25", "2025-04-25"),
]


@pytest.mark.parametrize("text, span, type_, value, mod, begin, end", CASES, ids=[c[1] for c in CASES])
def test_forms(text, span, type_, value, mod, begin, end):
    timex = only(text)
    assert timex.text == span
    assert text[timex.char_start:timex.char_end] == span
    assert (timex.type, timex.value, timex.mod) == (type_, value, mod)
    assert timex.date_begin == (date.fromisoformat(begin) if begin else None)
    assert timex.date_end == (date.fromisoformat(end) if end else None)


@pytest.mark.parametrize("text, expected", [
    ("in 1956 and 1973", [("1956", "1956"), ("1973", "1973")]),
    ("Dobrynin (1919-2010) served", [("1919", "1919"), ("2010", "2010")]),
    ("the 1960s and 1970s", [("the 1960s", "196"), ("1970s", "197")]),
    ("in January/February 2025", [("January", "2025-01"), ("February 2025", "2025-02")]),
    ("met on Tuesday and again last Friday", [("Tuesday", "2025-02-18"), ("last Friday", "2025-02-14")]),
    ("opened on December 3, 2023 and closed on the 12th.", [("December 3, 2023", "2023-12-03"), ("the 12th", "2023-12-12")]),
    ("on the 12th floor of the 12th century tower", [("the 12th century", "11")]),
    ("net rose in the year ended Sept. 30, 2024", [("the year", "P1Y"), ("Sept. 30, 2024", "2024-09-30")]),
    ("at the summit on April 24 and 25.", [("April 24", "2025-04-24"), ("25", "2025-04-25")]),
    ("Talks ran Dec. 3-5, 2023 in Rome.", [("Dec. 3", "2023-12-03"), ("5, 2023", "2023-12-05")]),
    ("On Jan. 5 and 30 people died.", [("Jan. 5", "2025-01-05")]),
    ("It rose in March last year.", [("March last year", "2024-03")]),
    ("We met at 10:30 this morning.", [("10:30", "2025-02-18T10:30"), ("this morning", "2025-02-18TMO")]),
    ("The talks ended on Feb. 2. The next day, he left.", [("Feb. 2", "2025-02-02"), ("The next day", "2025-02-03")]),
    ("Revenue fell to $3 million last year, down from $4 million the year before.",
     [("last year", "2024"), ("the year before", "2023")]),
    ("It peaked the year before last.", [("the year before last", "2023")]),
    ("He spoke in a speech six weeks ago, saying at the time he would withdraw.",
     [("six weeks ago", "2025-W02"), ("the time", "PAST_REF")]),
    ("There were 12 members at the time of its founding.", []),
    ("Prices crashed in 1987. Traders lost heavily that day.", [("1987", "1987")]),
    ("He was shot on Feb. 3. His name was crossed out that same day.",
     [("Feb. 3", "2025-02-03"), ("that same day", "2025-02-03")]),
    ("Shares fell Friday. Dealers bought in the morning.", [("Friday", "2025-02-14"), ("the morning", "2025-02-14TMO")]),
    ("The night was dark.", []),
    ("Prices crashed on Oct. 19, 1987. Traders lost heavily that day.",
     [("Oct. 19, 1987", "1987-10-19"), ("that day", "1987-10-19")]),
    ("In May first-quarter sales will be known.", [("May", "2025-05"), ("first-quarter", "2025-Q1")]),
    ("Profits rose in the third quarter of 2024. Prices fell a month ago and a year ago.",
     [("the third quarter of 2024", "2024-Q3"), ("a month ago", "2025-01"), ("a year ago", "2023-Q3")]),
    ("Sales fell in the second quarter of 2024 but rose in the latest quarter.",
     [("the second quarter of 2024", "2024-Q2"), ("the latest quarter", "2024-Q4")]),
    ("Net fell to $3 million in the 2024 period. The year-ago results included a charge.",
     [("the 2024 period", "2024-Q4"), ("year-ago", "2024-Q4")]),
    ("Analysts expect a loss in the third quarter of 2025. In the year-ago period, it earned $5 million.",
     [("the third quarter of 2025", "2025-Q3"), ("the year-ago period", "2023-Q4")]),
    ("He was arrested on Feb. 12. He appeared in court the next morning.",
     [("Feb. 12", "2025-02-12"), ("the next morning", "2025-02-13")]),
])
def test_lists_and_ranges_give_one_timex_each(text, expected):
    assert [(t.text, t.value) for t in find_timexes(text, DCT)] == expected


@pytest.mark.parametrize("text", [
    "They sent 1,962 troops to the border.",
    "See page 1956 of the report.",
    "It costs $2024 in all.",
    "We may go there, she said.",
    "They will march on the capital.",
    "An august body of scholars met.",
    "The Second World War changed Europe.",
    "Secretary of State Marco Rubio has admitted it.",
    "as shown in [12] and note 3; see No. 2024 and pp. 1956-1960.",
    "The score was 3:2 and he scored 12 points.",
    "a thing of the past",
    "the future president's circle",
    "It was February 30, 2023.",
    "Average daily volume fell.",
    "A trickle of cash soon became a flood.",
    "Baker said on ABC's \"This Week\" that talks failed.",
    "He told CBS's 60 Minutes about it.",
    "Mr. Reupke, 52 years old, resigned.",
    "Only people at least 21 years of age may buy the tickets.",
    "The quarter-to-quarter comparison improved.",
    "Iraq imports about three-quarters of its food.",
    "Everyone suffers in the long run.",
])
def test_not_timexes(text):
    assert find_timexes(text, DCT) == []


def test_results_sorted_and_non_overlapping():
    text = "On 12 December 2023, three years ago, last year and in the 1990s it rained daily."
    found = find_timexes(text, DCT)
    assert [t.char_start for t in found] == sorted(t.char_start for t in found)
    assert all(a.char_end <= b.char_start for a, b in zip(found, found[1:]))


def test_relative_expressions_stay_unresolved_without_dct():
    timex = only("Last year was hard.", dct=None)
    assert timex.value == "XXXX"
    assert timex.date_begin is None and timex.date_end is None


@pytest.mark.parametrize("language, text, span, value", [
    ("ru", "Встреча состоялась 12 декабря 2023 года в Москве.", "12 декабря 2023 года", "2023-12-12"),
    ("de", "Die Sitzung fand am 12. Dezember 2023 statt.", "12. Dezember 2023", "2023-12-12"),
    ("fr", "La réunion a eu lieu le 12 décembre 2023.", "12 décembre 2023", "2023-12-12"),
    ("es", "La reunión fue el 12 de diciembre de 2023.", "12 de diciembre de 2023", "2023-12-12"),
    ("ru", "Это было в марте 2024 года.", "марте 2024 года", "2024-03"),
])
def test_other_languages(language, text, span, value):
    timex = only(text, language=language)
    assert (timex.text, timex.value) == (span, value)


def test_impossible_foreign_date_is_not_emitted():
    assert find_timexes("30 февраля 2023 года", DCT, language="ru") == []


def _annotated(text: str, dct: date | None) -> AnnotatedDocument:
    return AnnotatedDocument(Document(doc_id="d1", path="d1.txt", text=text, sha256="0", dct=dct))


def test_registered_extractor_adds_timexes_with_provenance():
    extractor = registry.create(EXTRACTOR_NAME)
    assert isinstance(extractor, TemporalExtractor)
    assert extractor.name == "temporal" and extractor.version
    result = extractor(_annotated("It began in 1962 and ended last year.", DCT))
    assert [t.value for t in result.timexes] == ["1962", "2024"]
    assert all(t.doc_id == "d1" and t.extractor.startswith("temporal/") for t in result.timexes)
    assert result.problems == ()


def test_one_unresolved_warning_per_document_without_dct():
    result = TemporalExtractor()(_annotated("Last year, last month and yesterday; also in 1962.", None))
    assert len(result.timexes) == 4
    assert [(p.code, p.stage, p.severity) for p in result.problems] == [("timex-unresolved", "extract", "warning")]


def test_user_knowledge_adds_eras(tmp_path):
    (tmp_path / "temporal").mkdir()
    (tmp_path / "temporal" / "eras.tsv").write_text(
        "adjective\tbegin\tend\nHabsburg\t1282-12-27\t1918-11-11\n", encoding="utf-8")
    text = "Vienna in Habsburg times."
    assert find_timexes(text, DCT) == []
    timex = find_timexes(text, DCT, knowledge_dirs=(tmp_path,))[0]
    assert (timex.text, timex.value, timex.date_begin) == ("Habsburg times", "PAST_REF", date(1282, 12, 27))
    extractor = registry.create(EXTRACTOR_NAME, knowledge_dirs=(tmp_path,))
    assert [t.text for t in extractor(_annotated(text, DCT)).timexes] == ["Habsburg times"]


def test_impossible_date_is_a_problem_not_a_timex():
    result = TemporalExtractor()(_annotated("It was signed on February 30, 2023.", DCT))
    assert result.timexes == ()
    assert [p.code for p in result.problems] == ["timex-invalid-date"]
