"""Properties of the temporal extractor that hold for any text and any dct (hypothesis)."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import example, given, settings, strategies as st

from timeline_builder.extract.temporal import TemporalExtractor, find_timexes
from timeline_builder.extract.temporal.calendar import OutOfCalendar, add_days, add_months, part_of, value_interval
from timeline_builder.extract.temporal.resolve import format_value
from timeline_builder.records import AnnotatedDocument, Document

# Text built from time words, numbers and punctuation reaches far more rules than random letters.
WORDS = st.sampled_from([
    "the", "end", "of", "first", "quarter", "half", "early", "late", "mid-", "last", "next", "this",
    "year", "years", "ago", "decade", "century", "21st", "1960s", "'80s", "May", "March", "December",
    "Dec.", "12", "2023", "1,962", "$2024", "February", "30,", "29", "Friday", "today", "now", "more",
    "than", "a", "three", "months", "every", "week", "10:35", "a.m.", "noon", "fiscal", "1989", "-",
    "/", "2025-02-30", "12/31/1999", "Soviet", "times", "post-Soviet", "period", "\xa0", "\n", ",", ".",
    "earlier", "later", "half", "of", "the", "2010s", "nineteen", "ninety-six", "summer", "weekend",
    "Christmas", "Easter", "Thanksgiving", "tomorrow", "yesterday", "tonight", "morning", "following",
    "day", "winter", "season", "Monday", "the 12th", "year-ago", "year-end", "latest", "hence", "from",
    "5000", "9999", "0001", "1957-58", "1990-95", "Q3", "2d", "August", "centuries", "millennia", "1:30",
    "per", "biannual", "year-after-year", "turn", "Century", "since", "two", "or", "and", "18",
    "вчера", "завтра", "5 лет назад", "в следующем году", "в понедельник", "gestern", "morgen",
    "cut", "shut", "he", "is", "playing", "are", "meeting", "said", "over", "at", "night", "before", "previous",
    "evening", "seventies", "Eighties", "his", "Holocaust", "Memorial Day", "Father", "perils", "sank",
])
TEXTS = st.one_of(st.text(max_size=200), st.lists(WORDS, max_size=40).map(" ".join))
# the whole calendar, with its two ends drawn often: that is where arithmetic overflows
EDGES = [date.min, date(1, 1, 2), date(1, 12, 31), date(2, 1, 1), date(9998, 12, 31), date(9999, 1, 1),
         date(9999, 12, 30), date.max]
DCTS = st.one_of(st.none(), st.sampled_from(EDGES), st.dates(),
                 st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
LANGUAGES = st.sampled_from(["en", "en", "de", "ru"])


def _well_formed(found, text):
    for timex in found:
        assert 0 <= timex.char_start < timex.char_end <= len(text)
        assert timex.text == text[timex.char_start:timex.char_end]
        assert timex.type in ("DATE", "TIME", "DURATION", "SET")
        assert timex.value
        if timex.date_begin is not None and timex.date_end is not None:
            assert timex.date_begin <= timex.date_end
    assert all(a.char_end <= b.char_start for a, b in zip(found, found[1:]))


@settings(max_examples=300, deadline=None)
@given(TEXTS, DCTS, LANGUAGES)
@example("He left tomorrow, the week before, on Christmas, next Friday, next year.", date.max, "en")
@example("It happened yesterday, last week, last winter and 5000 years ago.", date.min, "en")
def test_any_text_and_any_dct_give_well_formed_timexes(text, dct, language):
    _well_formed(find_timexes(text, dct, language=language), text)


@pytest.mark.parametrize("text, dct, kept, dropped", [
    ("Talks end tomorrow; they began today.", date.max, "today", "tomorrow"),
    ("It rained yesterday and it rains today.", date.min, "today", "yesterday"),
    ("Next year, and this year too.", date.max, "this year", "Next year"),
    ("Last week and this week.", date.min, "this week", "Last week"),
])
def test_a_date_past_the_calendar_ends_is_a_problem_not_a_traceback(text, dct, kept, dropped):
    document = Document(doc_id="d", path="d.txt", text=text, sha256="0", dct=dct, language="en")
    extraction = TemporalExtractor()(AnnotatedDocument(document=document))
    texts = [t.text for t in extraction.timexes]
    assert kept in texts and dropped not in texts
    assert [p.code for p in extraction.problems] == ["timex-out-of-calendar"]
    assert dropped in extraction.problems[0].message


@given(st.dates(), st.integers(-4_000_000, 4_000_000))
def test_adding_days_stays_in_the_calendar_or_says_so(day, days):
    try:
        moved = add_days(day, days)
    except OutOfCalendar:
        assert not date.min.toordinal() <= day.toordinal() + days <= date.max.toordinal()
    else:
        assert moved.toordinal() == day.toordinal() + days


@given(st.dates(), st.integers(-130_000, 130_000))
def test_adding_months_stays_in_the_calendar_or_says_so(day, months):
    try:
        moved = add_months(day, months)
    except OutOfCalendar:
        assert not 1 <= (day.year * 12 + day.month - 1 + months) // 12 <= 9999
    else:
        assert (moved.year * 12 + moved.month) - (day.year * 12 + day.month) == months


@given(st.dates(), st.sampled_from(["day", "week", "month", "quarter", "half", "season", "year", "decade", "century"]),
       st.sampled_from([None, "START", "MID", "END"]))
def test_every_period_of_every_day_has_an_interval_containing_it(day, granularity, mod):
    value = format_value(day, granularity)
    begin, end, _ = value_interval(value)
    if begin is None:  # the ISO week or winter of a day at the calendar's ends may reach past it
        assert day.year in (1, 9999)
        return
    assert begin <= day <= end, value
    first, last = part_of(begin, end, mod)
    assert begin <= first <= last <= end


@given(st.text(max_size=30))
def test_value_interval_takes_any_string(value):
    begin, end, _ = value_interval(value)
    assert (begin is None) == (end is None)


@settings(max_examples=200, deadline=None)
@given(st.sets(st.text(alphabet="abcdeéy'", min_size=1, max_size=6), min_size=1, max_size=12),
       st.text(alphabet="abcdeéy'", max_size=7))
def test_word_trie_matches_exactly_its_words(words, probe):
    """The scanner finds anchor words with one trie regex: it must accept exactly the words it was built from."""
    import re

    from timeline_builder.extract.temporal.patterns import word_trie

    pattern = re.compile(word_trie(words))
    assert all(pattern.fullmatch(word) for word in words)
    assert bool(pattern.fullmatch(probe)) == (probe in words)


def test_anchor_scan_finds_the_same_words_as_a_scan_of_every_word():
    """Anchors are whole runs of letters or numbers, found however they touch punctuation or digits."""
    import re

    from timeline_builder.extract.temporal.scanner import rule_set

    rules = rule_set(())
    text = ("last year,yesterday;FY2005 (1990s) mid-2005 the '80s 10.30am todays mayor yesterday's "
            "3years ago Q3 H1 December-January nights_ 12/31/1999 year2005 ago.")
    expected = [(m.group(), m.span()) for m in re.finditer(r"[^\W\d_]+|\d+", text.lower())
                if m.group()[0].isdigit() or m.group() in rules.word_rules]
    found = [(m.group(), m.span()) for m in rules.anchor_words.finditer(text.lower())]
    assert [f for f in found if f not in expected] == []
    # the only words left out are glued to the word before ("3years", "FY2005", "Q3"): every rule
    # starts at a word and puts a space or a hyphen between its words, so none could match there
    missed = [f for f in expected if f not in found]
    assert [word for word, _ in missed] == ["2005", "years", "3", "1", "2005"]
    assert all(text[start - 1].isalnum() for _, (start, _) in missed)


MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]
WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MIDDLE_DCTS = st.dates(min_value=date(2, 1, 1), max_value=date(9998, 12, 31))


@settings(max_examples=150, deadline=None)
@given(MIDDLE_DCTS, st.sampled_from(MONTH_NAMES), st.sampled_from(["cut jobs", "shut", "split", "sank"]))
def test_a_past_after_a_singular_subject_never_dates_a_month_ahead(dct, month, verb):
    text = f"The firm {verb} in {month}."
    found = find_timexes(text, dct)
    assert [t.text for t in found] == [month]
    assert found[0].date_begin <= dct


@settings(max_examples=150, deadline=None)
@given(MIDDLE_DCTS, st.sampled_from(WEEKDAY_NAMES), st.sampled_from(["is playing", "are meeting", "is opening"]))
def test_a_present_progressive_before_a_weekday_is_the_coming_one(dct, weekday, verb):
    found = find_timexes(f"The choir {verb} in Bergen on {weekday}.", dct)
    assert [t.text for t in found] == [weekday]
    assert 0 <= (found[0].date_begin - dct).days < 7
    assert found[0].date_begin.weekday() == WEEKDAY_NAMES.index(weekday)


@settings(max_examples=100, deadline=None)
@given(DCTS, st.sampled_from(["early", "mid-", "late", "mid "]),
       st.sampled_from(["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
                        "nineties"]), st.booleans())
def test_a_part_of_a_spelt_decade_or_an_age(dct, part, word, owned):
    text = f"It changed in {'her' if owned else 'the'} {part}{word if part.endswith(('-', ' ')) else ' ' + word}."
    found = find_timexes(text, dct)
    if owned:
        assert found == []  # "her late forties": an age
    else:
        assert len(found) == 1 and found[0].text.endswith(word)
        assert found[0].mod == {"early": "START", "late": "END"}.get(part, "MID")
        assert found[0].value.endswith(str(["twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                                            "eighties", "nineties"].index(word) + 2))
