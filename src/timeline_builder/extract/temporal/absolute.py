"""Rules for calendar expressions: dates, months, years, decades, centuries, quarters, clock times."""
from __future__ import annotations

import re
from datetime import date

from .calendar import two_digit_year, valid_day
from .candidates import Candidate
from .context import Context
from .named_days import alone_named_day_year, named_day_year
from .lexicon import AMBIGUOUS_MONTHS, MONTHS, NUMBER_WORDS, ORDINALS, SEASONS, WEEKDAYS
from .patterns import (DAY, MONTH, NUMBER_WORD, OLD_ORDINAL, OPT_S, ORDINAL_NUMBER, ORDINAL_WORD, S, TIMEZONE, WEEKDAY,
                       YEAR4, is_capitalised, month_number, number_value, weekday_number)
from .quarters import named_quarter, numbered_quarter, quarter_code, year_ago_adjective  # their rules are listed here
from .resolve import (Found, a_timetable_before, at_clock, choose_year, dated, day_value, month_of, unresolved,
                      weekday_date)

INVALID = "timex-invalid-date"
_PREPOSITION_BEFORE = re.compile(
    r"(?:\b(?:in|since|until|till|by|during|from|through|of|before|after|to|between|and|or|early|"
    r"late|mid|last|next|this|that|on|for|until|throughout|at|into|around|about|circa|than)"
    r"[\s\xa0]+|[-–/(])\Z", re.I)
_THE_BEFORE = re.compile(r"\bthe[\s\xa0]+\Z", re.I)
# a lower-case noun after "the March": the month modifies it ("the March elections"), unless the word
# tells of a march or a verb ("the March on Washington", "the march was long")
# a month before a count of years back: "a June day 38 years ago", "March a year ago"
_YEARS_AGO_AFTER = re.compile(rf"(?:{S}(?:day|night|morning|afternoon|evening))?{S}(?P<n>an?|one|\d{{1,3}}|{NUMBER_WORD})"
                              rf"{S}years?{S}ago\b", re.I)
_MONTH_MODIFIES_AFTER = re.compile(r"[\s\xa0]+(?!(?:of|on|to|by|through|against|for|from|in|into|and|or|is|was|"
                                   r"were|will|would|has|had|past|began|ended|continued|went|passed|government|"
                                   r"administration|cabinet|ministry|family|doctrine)\b)[a-z]{3,}\b")
_NOT_A_YEAR_BEFORE = re.compile(
    r"(?:\b(?:pages?|pp?|no|nos|number|numbers|vol|volume|chapter|section|art|article|flight|route|"
    r"room|code|model|isbn|issn|tel|phone|fax|doi|item|case|file|box|ref|cat|id|resolution|"
    r"paragraph|para|annex|footnote|note|table|figure|fig|line|version|v|op|bwv|kv|zip)\.?[\s\xa0]*"
    r"|[$£€¥#№§+×x*^]|[\d,.]|\w[-/]?)\Z", re.I)
_NOT_A_YEAR_AFTER = re.compile(
    r"[\s\xa0]*(?:%|percent|per\b|troops|soldiers|people|persons|men|women|children|votes|tons?|"
    r"tonnes?|km|kilomet|miles?|met(?:er|re)s?|feet|ft\b|dollars|euros|rubles|roubles|pounds|"
    r"yuan|yen|shares|cars|units|pages|points|delegates|employees|workers|jobs|barrels|kg|lbs?|"
    r"residents|members|cases|deaths|dead|homes|houses|acres|hectares|times|hours|days|words|"
    r"participants|students|copies|guns|tanks|missiles|warheads|aircraft|planes|ships|seats|"
    r"\+|-\d{1,3}\b(?!-)|:\d|/\d|[.,]\d)", re.I)


def _full_date(start: int, end: int, year: int | None, month: int, day: int, ctx: Context,
               weekday: int | None = None) -> list[Found]:
    """A day date, its year chosen when the text gives none (``weekday``: the one written before it, which the
    year should fit); an impossible day is a problem."""
    if year is None:
        named = named_day_year(ctx.named_days, ctx.text, start, end, month, day, ctx.dct) if ctx.named_days else None
        year = choose_year(ctx, month, day, start, end) if named is None else None
        if year is not None and weekday is not None:
            year = _the_year_a_weekday_fits(ctx, year, month, day, weekday, start, end)
        if named is None and ctx.named_days and year is not None and ctx.dct is not None and valid_day(year, month, day):
            # "after September 11" names the event unless the text reads the day as still to come: "the vote
            # will be held after September 11" is the next one; in the present tense ("the vote is after
            # September 11", "the lessons of September 11 are") only in a story that tells of the event
            tense = ctx.tense(start, end) if date(year, month, day) > ctx.dct else None
            if tense in ("present", None) and date(year, month, day) > ctx.dct and a_timetable_before(ctx.text, start):
                tense = "future"  # "the talks resume after September 11": a timetable, the next one
            named = alone_named_day_year(ctx.named_days, ctx.text, start, month, day, ctx.dct, ahead_tense=tense)
        if named is not None:
            # "the 11 September attacks": the event's own day, a name in passing, not the day the story is at
            value = day_value(named, month, day)
            return [dated(start, end, value, anchor=False)] if value else []
        if year is None:
            if not valid_day(2000, month, day):
                ctx.problems.append((INVALID, ctx.text[start:end]))
                return []
            return [unresolved(start, end, f"XXXX-{month:02d}-{day:02d}")]
    value = day_value(year, month, day)
    if value is None:
        ctx.problems.append((INVALID, ctx.text[start:end]))
        return []
    return [dated(start, end, value)]


def _the_year_a_weekday_fits(ctx: Context, year: int, month: int, day: int, weekday: int, start: int,
                             end: int) -> int:
    """'Sunday, April 15' told in late April 1974 of the year before: the year next to the chosen one (and within a
    year of the dct) in which the day is that weekday, when the chosen one's is not; only on the tense's side of the
    dct (a past tense never moves the day ahead of the telling, a future one never behind it)."""
    if not valid_day(year, month, day) or date(year, month, day).weekday() == weekday or ctx.dct is None:
        return year
    tense = ctx.tense(start, end)
    for other in (year - 1, year + 1):
        if abs(other - ctx.dct.year) > 1 or not valid_day(other, month, day) \
                or date(other, month, day).weekday() != weekday:
            continue
        if tense == "past" and date(other, month, day) > ctx.dct \
                or tense in ("future", "planned") and date(other, month, day) < ctx.dct:
            continue
        return other
    return year


def iso_date(match: re.Match[str], text: str) -> Candidate:
    """'2023-12-12', optionally with 'T15:00'."""
    year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
    start, end = match.span()

    def resolve(ctx: Context) -> list[Found]:
        found = _full_date(start, end, year, month, day, ctx)
        if found and match["hh"]:
            value = f"{found[0].value}T{match['hh']}:{match['mm']}"
            return [dated(start, end, value, type="TIME")]
        return found
    return Candidate(start, end, "point", resolve, rank=1)


def numeric_date(match: re.Match[str], text: str) -> Candidate | None:
    """'12/31/2023' (month first) and '31.12.2023' (day first)."""
    first, second, year_text = int(match["a"]), int(match["b"]), match["y"]
    year = int(year_text) if len(year_text) == 4 else two_digit_year(year_text)
    # Slashes are month/day in English; dots are day.month (European).
    month, day = (first, second) if match["sep"] == "/" else (second, first)
    if month > 12 and day <= 12:
        month, day = day, month
    start, end = match.span()
    return Candidate(start, end, "point", lambda ctx: _full_date(start, end, year, month, day, ctx), rank=1)


def month_day(match: re.Match[str], text: str) -> Candidate | None:
    """'December 12, 2023', 'Dec. 12', 'Tuesday, December 12'."""
    month_token = match["month"]
    if not is_capitalised(month_token):
        return None
    if match["wd"] and not is_capitalised(match["wd"]):
        return None
    month = month_number(month_token)
    day = int(re.match(r"\d+", match["day"]).group())
    # "April 27 of 1973", "4 March of 1933": the year after "of" as after a comma
    written_year = match["year"] or match.groupdict().get("ofyear")
    year = int(written_year) if written_year else None
    start, end = match.span()
    relation = (match.groupdict().get("rel") or "").lower()  # day_month's matches have no relation
    year_relation = (match.groupdict().get("yrel") or "").lower()
    if year_relation:
        # "March 21 of this year", "June 5 of last year": one timex, the year told (as "January of last year")
        shift = {"this": 0, "last": -1, "next": 1}[year_relation]

        def resolve_told(ctx: Context) -> list[Found]:
            if ctx.dct is None:
                return [unresolved(start, end, f"XXXX-{month:02d}-{day:02d}")]
            return _full_date(start, end, ctx.dct.year + shift, month, day, ctx)
        return Candidate(start, end, "point", resolve_told, rank=1)
    if relation and year is None:
        # "last November 8th", "next March 3rd": the last such day before the dct, the next one after it
        def resolve(ctx: Context) -> list[Found]:
            if ctx.dct is None:
                return [unresolved(start, end, f"XXXX-{month:02d}-{day:02d}")]
            told = (ctx.dct.month, ctx.dct.day)
            if relation == "last":
                year_of = ctx.dct.year if (month, day) < told else ctx.dct.year - 1
            else:
                year_of = ctx.dct.year if (month, day) > told else ctx.dct.year + 1
            return _full_date(start, end, year_of, month, day, ctx)
        return Candidate(start, end, "point", resolve, rank=1)
    weekday = weekday_number(match["wd"]) if match.groupdict().get("wd") else None
    return Candidate(start, end, "point", lambda ctx: _full_date(start, end, year, month, day, ctx, weekday), rank=1)


_DAY_PREPOSITION = re.compile(r"\b(?:on|by|until|till|since|from|before|after|through|to)[\s\xa0]+\Z", re.I)
# "on August 2d and the 3d", "the 12th or the 13th": a second day after a first one
_AFTER_A_DAY = re.compile(r"\d(?:st|nd|rd|th|d)?,?[\s\xa0]+(?:and|or|to)[\s\xa0]+\Z", re.I)


def day_of_month(match: re.Match[str], text: str) -> Candidate | None:
    """'on the 12th': a day of the month last mentioned (or of the dct's month)."""
    start, end = match.span()
    if not _DAY_PREPOSITION.search(text, max(0, start - 8), start) \
            and not _AFTER_A_DAY.search(text, max(0, start - 16), start):
        return None
    day = int(match["day"] or match["day2"])

    def resolve(ctx: Context) -> list[Found]:
        reference = ctx.recent_reference(start, 600)
        if reference is not None and reference.granularity in ("day", "month"):
            base = reference.begin
        elif ctx.dct is not None:
            base = ctx.dct
        else:
            return [unresolved(start, end, f"XXXX-XX-{day:02d}")]
        value = day_value(base.year, base.month, day)
        if value is None:
            ctx.problems.append((INVALID, ctx.text[start:end]))
            return []
        return [dated(start, end, value)]
    return Candidate(start, end, "point", resolve, rank=4)


def day_pair(match: re.Match[str], text: str) -> Candidate | None:
    """'April 24 and 25', 'Dec. 3-5, 2023': two days of one month, one timex each."""
    month_token = match["month"]
    if not is_capitalised(month_token):
        return None
    month = month_number(month_token)
    first, second = int(re.match(r"\d+", match["d1"]).group()), int(re.match(r"\d+", match["d2"]).group())
    if second <= first:
        return None  # "June 5 and 3 others": not a second day of that month
    year = int(match["year"]) if match["year"] else None
    if match.start("month") < match.start("d1"):
        first_span, second_span = (match.start(), match.end("d1")), (match.start("d2"), match.end())
    else:  # "3-8 May", "24 and 25 March 2005": the month (and year) written once, after the second day
        first_span, second_span = match.span("d1"), (match.start("d2"), match.end())

    def resolve(ctx: Context) -> list[Found]:
        chosen = year if year is not None else choose_year(ctx, month, first, *first_span)
        return _full_date(*first_span, chosen, month, first, ctx) + _full_date(*second_span, chosen, month, second, ctx)
    return Candidate(match.start(), match.end(), "pair", resolve, rank=1)


def day_month(match: re.Match[str], text: str) -> Candidate | None:
    """'12 December 2023', 'Friday, the 12th of December' (its own rule: it reaches further back)."""
    return month_day(match, text)


def month_year(match: re.Match[str], text: str) -> Candidate | None:
    """'July 1997', 'December of 2023'."""
    if not is_capitalised(match["month"]):
        return None
    month, year = month_number(match["month"]), int(match["year"])
    start, end = match.span()
    return Candidate(start, end, "point", lambda ctx: [dated(start, end, month_of(year, month))], rank=2)


def month_pair(match: re.Match[str], text: str) -> Candidate | None:
    """'January/February 2025': two timexes, the first taking the second's year."""
    if not (is_capitalised(match["m1"]) and is_capitalised(match["m2"])):
        return None
    first, second, year = month_number(match["m1"]), month_number(match["m2"]), int(match["year"])
    first_span, second_span = match.span("m1"), (match.start("m2"), match.end())
    first_year = year - 1 if first > second else year

    def resolve(ctx: Context) -> list[Found]:
        return [dated(*first_span, month_of(first_year, first)), dated(*second_span, month_of(year, second))]
    return Candidate(match.start(), match.end(), "pair", resolve, rank=1)


# "rose to 5% in June from 4% in March": the month a change is counted from comes before the month it reached
_NO_SENTENCE_END = r"(?:[^.;!?]|(?<=\d)\.(?=\d))"  # a decimal point ("$29.75") ends no sentence
_FROM_MONTH_BEFORE = re.compile(rf"\bin{S}(?:{MONTH}){S}(?:{_NO_SENTENCE_END}{{0,50}}?{S})?from{S}"
                                rf"{_NO_SENTENCE_END}{{0,40}}?\bin{S}\Z", re.I)


def month_alone(match: re.Match[str], text: str) -> Candidate | None:
    """'January', 'last April', 'February this year', 'January of last year'; 'May' only where a month can stand."""
    token = match["month"]
    if not is_capitalised(token) or token.endswith(".") or len(token) < 3:
        return None
    name = token.lower()
    if name not in ("may", "june", "july") and len(name) <= 4:
        return None  # bare abbreviations ("Mar", "Dec") are too often something else
    relation = (match["rel"] or "").lower().split()
    start, end = match.span()
    if not relation and not match["yrel"] and not _YEARS_AGO_AFTER.match(text, end):
        before = text[max(0, start - 30):start]
        after = text[end:end + 20]
        if re.match(r"[\s\xa0]+[A-Z][a-z]", after) and not re.match(r"[\s\xa0]+(?:The|This|That|In|On|At)\b", after):
            return None  # "April Glaspie", "June Carter"
        if name in AMBIGUOUS_MONTHS and not _PREPOSITION_BEFORE.search(before) \
                and not (_THE_BEFORE.search(before) and _MONTH_MODIFIES_AFTER.match(after)):
            return None  # "May", "March" as words; but "the March elections" is the month
    month = month_number(token)
    year_relation = (match["yrel"] or "").lower()
    anaphor = (match["anaphor"] or "").lower().split()
    # "on a June day 38 years ago", "in July a year ago": the month of the year the count goes back to
    years_back = None
    if not relation and not year_relation and not anaphor:
        back = _YEARS_AGO_AFTER.match(text, end)
        if back is not None:
            count = 1 if back["n"].lower() in ("a", "one") else number_value(back["n"])
            years_back = int(count) if count is not None and count == int(count) else None
    step = 1 if anaphor[-1:] in (["following"], ["next"]) else -1 if anaphor[-1:] in (["previous"], ["prior"]) else 0
    counted_from = bool(_FROM_MONTH_BEFORE.search(text, max(0, start - 110), start))

    def resolve(ctx: Context) -> list[Found]:
        reference = ctx.recent_reference(start, 600) if anaphor else None
        if reference is not None:
            # "May of the same year": the month of the year the story is at
            return [dated(start, end, month_of(reference.begin.year + step, month))]
        if ctx.dct is None:
            return [unresolved(start, end, f"XXXX-{month:02d}")]
        year = ctx.dct.year
        if year_relation == "last":
            year -= 1
        elif year_relation == "next":
            year += 1
        elif year_relation:
            pass  # "February this year"
        elif relation and relation[0] == "last":
            year = year if month < ctx.dct.month else year - 1
        elif relation and relation[0] == "next":
            year = year if month > ctx.dct.month else year + 1
        elif years_back is not None:
            year -= years_back
        elif not relation:
            reached = ctx.recent_reference(start, 120)
            if reached is not None and reached.granularity == "month" and counted_from:
                # the change ran from this month up to the one just named: this month is the latest before it
                year = reached.begin.year - (month > reached.begin.month)
            else:
                year = choose_year(ctx, month, None, start, end) or year
        # a month counted back from the telling is no date the story moves to, as "a year ago" is none
        return [dated(start, end, month_of(year, month), anchor=years_back is None)]
    return Candidate(start, end, "point", resolve, rank=3)


# "Windows 2000", "the Terrorism Act 2000", "Euro 2004", "Expo 2005", "Film 2005": a capitalised word inside a
# sentence written right before a year makes the year part of a name (a product, a law, an event, an edition).
# The word must not open the sentence ("In 2003", "Since 2002"), be a possessive ("Spain's 2000 victory") or a word
# that dates a year itself ("Christmas 2004", "Fiscal 2005") or a title-case headline's preposition ("Sales Fell In 1989").
_CAPITALISED_BEFORE_YEAR = re.compile(r"(?<![\w'’.&-])([A-Z][\w&-]*)[ \xa0]\Z")
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?:;\n]|``|[\"“‘'(\[—–-])[\s\xa0\"“‘'`]*\Z")
_DATING_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(SEASONS) | frozenset({
    "christmas", "easter", "xmas", "thanksgiving", "halloween", "hanukkah", "ramadan", "diwali", "lent", "advent",
    "passover", "fiscal", "fy", "year", "ad", "bc", "ce", "bce", "anno", "domini", "circa", "ca", "mid", "early",
    "late", "midsummer", "midwinter", "yuletide", "new",
    # a title-case headline's prepositions, conjunctions and determiners
    "in", "on", "at", "by", "of", "for", "from", "to", "into", "since", "during", "until", "till", "before", "after",
    "between", "through", "throughout", "around", "about", "and", "or", "than", "as", "the", "a", "an", "this",
    "that", "last", "next", "past", "every", "each", "until", "versus", "vs", "per", "with", "without", "over",
    "under", "beyond", "toward", "towards", "within", "against", "like", "unlike", "amid", "despite", "via"})


def named_by_year(text: str, start: int) -> bool:
    """Whether the year at ``start`` ends a name ("Windows 2000", "Licensing Act 2003"), not a date."""
    word = _CAPITALISED_BEFORE_YEAR.search(text, max(0, start - 40), start)
    if word is None or word.group(1).lower() in _DATING_WORDS:
        return False
    return not _SENTENCE_BEFORE.search(text, max(0, word.start() - 12), word.start())


# a year before 1700 only after a preposition of time and before a clause's punctuation or a word that opens one
# ("in 1648, the treaty", "since 1497 -", "in 1337 by King Edward"): a count there takes its noun ("of 1200
# warships") and a clock its zone ("by 1200 GMT")
_AN_OLD_YEAR = re.compile(r"\b(?:[Ii]n|since|[Uu]ntil|from|[Bb]efore|[Aa]fter|[Aa]round|year)[\s\xa0]+\Z")
_AFTER_AN_OLD_YEAR = re.compile(r"[\s\xa0]*(?:[,.;:)!?]|[-–][\s\xa0]|\Z)|[\s\xa0]+(?:by|when|which|that|the|a|an|he|she|"
                                r"it|they|we|as|under|with|after|before|until|in|on)\b")


def bare_year(match: re.Match[str], text: str) -> Candidate | None:
    """'1962' as a year, not '1,962 troops', 'page 1956' or '$2024'."""
    start, end = match.span()
    year = int(match["year"])
    if not 1700 <= year <= 2099 and not (1000 <= year < 1700 and _AN_OLD_YEAR.search(text, max(0, start - 8), start)
                                         and _AFTER_AN_OLD_YEAR.match(text, end)):
        return None
    before = text[max(0, start - 12):start]
    side = re.search(r"\b(?P<side>pre|post)-\Z", before, re.I)
    if _NOT_A_YEAR_BEFORE.search(before) and not re.search(r"\b(?:mid|early|late|pre|post)-\Z", before, re.I):
        # "mid-1996" is a year (the modifier widens it); a year range "1919-2010" is fine (when its first year is); other hyphenated numbers are not
        if not re.search(r"(?:^|[^\d])(?:1\d{3}|20\d\d)[-–]\Z", before):
            return None
        if _NOT_A_YEAR_BEFORE.search(text[max(0, start - 17):start - 5]):
            return None
    if _NOT_A_YEAR_AFTER.match(text, end):
        after = text[end:end + 6]
        if not re.match(r"[-–](?:1\d{3}|20\d\d)\b", after):
            return None
    if named_by_year(text, start):
        return None
    if side:
        # "post-1959 politics": the open time after (or before) that year
        after_year = side["side"].lower() == "post"
        begin, last = (date(year + 1, 1, 1), None) if after_year else (None, date(year - 1, 12, 31))
        found = Found(start - len(side.group()), end, "DATE", f"{year:04d}", "AFTER" if after_year else "BEFORE",
                      begin, last, "year")
        return Candidate(found.start, end, "year", lambda ctx: [found], rank=4)
    return Candidate(start, end, "year", lambda ctx: [dated(start, end, f"{year:04d}")], rank=4)



def fiscal_code(match: re.Match[str], text: str) -> Candidate:
    """'FY2005', 'FY 05': a fiscal year, valued as its year like "fiscal 2005"."""
    start, end = match.span()
    digits = match["fy"]

    def resolve(ctx: Context) -> list[Found]:
        if len(digits) == 4:
            year = int(digits)
        else:
            # the century that puts a two-digit year nearest the dct (2000 without one)
            told = ctx.dct.year if ctx.dct else 2000
            centuries = (told // 100 * 100 - 100, told // 100 * 100, told // 100 * 100 + 100)
            year = min((c + int(digits) for c in centuries if 1 <= c + int(digits) <= 9999),
                       key=lambda y: abs(y - told))
        return [dated(start, end, f"{year:04d}")]
    return Candidate(start, end, "year", resolve, rank=3)


def year_range(match: re.Match[str], text: str) -> Candidate | None:
    """'1957-58', '1990–95', 'the 2012-13 season': two years, one timex each, as TimeML marks a range's ends."""
    first = int(match["y1"])
    short = int(match["y2"])
    century = first // 100 * 100
    if short > first % 100:
        second = century + short
    elif first % 100 == 99 and short == 0:
        second = century + 100  # "1999-00"
    else:
        return None  # "2011-09" is a month; "1990-85" no range
    if first < 1700 or _NOT_A_YEAR_BEFORE.search(text[max(0, match.start() - 12):match.start()]) \
            or _NOT_A_YEAR_AFTER.match(text, match.end()):
        return None  # "pages 1990-95", "1990-95 troops"
    winter = _WINTER_BEFORE.search(text, max(0, match.start() - 20), match.start())
    if winter and second == first + 1:
        # "the winter of 2003-04": the one winter that runs from the first year into the second
        found = dated(winter.start(), match.end(), f"{first:04d}-WI")
        return Candidate(winter.start(), match.end(), "point", lambda ctx: [found], rank=2)
    first_span, second_span = match.span("y1"), match.span("y2")

    def resolve(ctx: Context) -> list[Found]:
        return [dated(*first_span, f"{first:04d}"), dated(*second_span, f"{second:04d}")]
    return Candidate(match.start(), match.end(), "pair", resolve, rank=2)


_WINTER_BEFORE = re.compile(r"(?:\bthe[\s\xa0]+)?\bwinter[\s\xa0]+(?:of[\s\xa0]+)?\Z", re.I)


_SPELLED_YEAR = (r"(?P<c>nineteen|twenty)[\s\xa0-](?P<rest>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                 r"(?:[\s\xa0-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|"
                 r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b")


_DAY_ORDINAL_WORD = ("(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                     "thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
                     "thirtieth)")


def _spelled_year_value(century_word: str, rest: str) -> int | None:
    """1996 for ('nineteen', 'ninety-six'); None when the words are no year."""
    total = 0
    for part in re.split(r"[\s\xa0-]+", rest.lower()):
        if part not in NUMBER_WORDS:
            return None
        total += NUMBER_WORDS[part]
    if not 10 <= total <= 99:
        return None
    return (19 if century_word.lower() == "nineteen" else 20) * 100 + total


def spoken_date(match: re.Match[str], text: str) -> Candidate | None:
    """'March eighth', 'January nineteen ninety-seven', 'May first, nineteen ninety-eight' (transcripts)."""
    if not is_capitalised(match["month"]) or not (match["ord"] or match["c"]):
        return None
    month = month_number(match["month"])
    day = ORDINALS.get(re.sub(r"[\s\xa0]+", "-", match["ord"].lower())) if match["ord"] else None
    year = _spelled_year_value(match["c"], match["rest"]) if match["c"] else None
    if match["c"] and year is None or match["ord"] and day is None:
        return None
    start, end = match.span()

    def resolve(ctx: Context) -> list[Found]:
        if day is not None:
            return _full_date(start, end, year, month, day, ctx)
        return [dated(start, end, month_of(year, month))]
    return Candidate(start, end, "point", resolve, rank=1)


def spelled_year(match: re.Match[str], text: str) -> Candidate | None:
    """'nineteen ninety-six'."""
    year = _spelled_year_value(match["c"], match["rest"])
    if year is None:
        return None
    start, end = match.span()
    return Candidate(start, end, "year", lambda ctx: [dated(start, end, str(year))], rank=4)


def year_two_thousand(match: re.Match[str], text: str) -> Candidate:
    """'the year two thousand (and one)'."""
    tail = (match["tail"] or "").lower().replace(" ", "-")
    extra = sum(NUMBER_WORDS.get(p, 0) for p in tail.split("-") if p and p != "and")
    start, end = match.span()
    return Candidate(start, end, "year", lambda ctx: [dated(start, end, str(2000 + extra))], rank=3)


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}


def decade(match: re.Match[str], text: str) -> Candidate | None:
    """'the 1960s', '1970s', "the '80s", 'the nineties' (TIMEX3 writes '196')."""
    start, end = match.span()
    if match["full"]:
        first_year = int(match["full"])
        if first_year % 100 == 0 and first_year != 2000:
            # "the 1800s" are the hundred years 1800-1899 (TIMEX3 has only the century '18' for them);
            # "the 2000s" is, in use, the decade
            hundreds = first_year // 100

            def resolve_hundreds(ctx: Context) -> list[Found]:
                return [Found(start, end, "DATE", f"{hundreds:02d}", None, date(first_year, 1, 1),
                              date(first_year + 99, 12, 31), "century", anchor=True)]
            return Candidate(start, end, "century", resolve_hundreds, rank=2)
        prefix = first_year // 10
        return Candidate(start, end, "decade", lambda ctx: [dated(start, end, f"{prefix:03d}")], rank=2)
    short = match["short"] or match["short2"]
    digit = int(short) if short else _DECADE_WORDS[match["word"].lower()]

    def resolve(ctx: Context) -> list[Found]:
        century = (ctx.dct.year // 100) if ctx.dct else 19
        prefix = century * 10 + digit
        if ctx.dct and prefix * 10 > ctx.dct.year and prefix >= 10:
            prefix -= 10  # the last such decade; told in the first century there is none before, only the coming
        return [dated(start, end, f"{prefix:03d}")]
    return Candidate(start, end, "decade", resolve, rank=2)


def century(match: re.Match[str], text: str) -> Candidate | None:
    """'the 20th century', 'the twenty-first century' (TIMEX3 writes '19' for the 20th)."""
    start, end = match.span()
    token = match["ord"].lower().replace(" ", "-")
    number = ORDINALS.get(token) if not token[0].isdigit() else int(re.match(r"\d+", token).group())
    if not number or token in ("last", "final"):
        return None
    if text[end - 7:end] == "Century" and re.match(r"[\s\xa0]+[A-Z]", text[end:end + 2]):
        return None  # "20th Century Fox", "the 21st Century Group": names; "the Nineteenth Century" is the time
    owned = _OWNER_BEFORE.search(text, max(0, start - 24), start) is not None

    def resolve(ctx: Context) -> list[Found]:
        if owned and (ctx.dct.year if ctx.dct else 2000) - number * 100 > 300:
            # "as the republic enters its third century", "our second century": an age counted from a founding,
            # not the calendar's 200s or 100s (a possessive before a near century stays one: "our 21st century")
            return []
        return [dated(start, end, f"{number - 1:02d}")]
    return Candidate(start, end, "century", resolve, rank=2)


# a possessive right before an ordinal: "its", "our", "the nation's"
_OWNER_BEFORE = re.compile(r"(?:\b(?:its|our|their|his|her|your|my)|\w['’]s)[\s\xa0]+\Z", re.I)


def season_pair(match: re.Match[str], text: str) -> Candidate | None:
    """'the summer and autumn of 1945': two seasons of the one year written after the second."""
    year = int(match["year"])
    first, second = SEASONS[match["s1"].lower()], SEASONS[match["s2"].lower()]
    if first == second:
        return None
    first_span, second_span = (match.start(), match.end("s1")), (match.start("s2"), match.end())

    # "the winter and spring of 1999": the winter that leads into that spring began in 1998
    first_year = year - 1 if first == "WI" else year

    def resolve(ctx: Context) -> list[Found]:
        return [dated(*first_span, f"{first_year:04d}-{first}"), dated(*second_span, f"{year:04d}-{second}")]
    return Candidate(match.start(), match.end(), "pair", resolve, rank=2)


def century_pair(match: re.Match[str], text: str) -> Candidate | None:
    """'the 19th and 20th centuries', 'the eighteenth or nineteenth century': one timex a century."""
    numbers = []
    for name in ("o1", "o2"):
        token = match[name].lower().replace(" ", "-")
        number = ORDINALS.get(token) if not token[0].isdigit() else int(re.match(r"\d+", token).group())
        if not number or token in ("last", "final"):
            return None
        numbers.append(number)
    if numbers[1] <= numbers[0]:
        return None
    first_span, second_span = (match.start(), match.end("o1")), (match.start("o2"), match.end())

    def resolve(ctx: Context) -> list[Found]:
        return [dated(*first_span, f"{numbers[0] - 1:02d}"), dated(*second_span, f"{numbers[1] - 1:02d}")]
    return Candidate(match.start(), match.end(), "pair", resolve, rank=2)


def relative_century(match: re.Match[str], text: str) -> Candidate:
    """'this century', 'the last century'."""
    start, end = match.span()
    relation = match["rel"].lower().split()[-1]
    if match["rel"].lower().split()[0] == "the" and relation == "past" and not re.match(r"[\s\xa0]+of\b", text[end:end + 4]):
        # "over the past century" is the hundred years up to now, like "the past decade" (P10Y); "the last
        # century" is the one before
        return Candidate(start, end, "duration", lambda ctx: [Found(start, end, "DURATION", "P100Y")], rank=3)
    offset = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}[relation]

    def resolve(ctx: Context) -> list[Found]:
        if ctx.dct is None:
            return [unresolved(start, end, "XX")]
        return [dated(start, end, f"{(ctx.dct.year - 1) // 100 + offset:02d}")]
    return Candidate(start, end, "century", resolve, rank=3)


def century_turn(match: re.Match[str], text: str) -> Candidate | None:
    """'the turn of the century', 'the turn of the 20th century' (~1900), 'the turn of the millennium'.

    The value is the year of the turn, mod APPROX, over the decade centred on it. A bare
    'the century' is the turn nearest the date the story is at (or the dct), the next one
    after the dct in the future tense and before it in the past tense."""
    start, end = match.span()
    if match["ord"]:
        token = match["ord"].lower().replace(" ", "-")
        number = ORDINALS.get(token) if not token[0].isdigit() else int(re.match(r"\d+", token).group())
        if not number or token in ("last", "final"):
            return None
        fixed: int | None = (number - 1) * 100
    elif match["year"]:
        fixed = int(match["year"])
    else:
        fixed = None
    relation = (match["rel"] or "").lower().split()[-1] if match["rel"] else ""
    step = 1000 if (match["unit"] or "").lower() == "millennium" else 100

    def resolve(ctx: Context) -> list[Found]:
        if fixed is not None:
            year = fixed
        else:
            reference = ctx.recent_reference(start, 1500)
            told = reference.begin.year if reference is not None else ctx.dct.year if ctx.dct else None
            if told is None:
                return [unresolved(start, end, "XXXX", mod="APPROX")]
            if relation in ("this", "current"):
                year = (told - 1) // step * step
            elif relation in ("last", "previous", "past"):
                year = (told - 1) // step * step - step
            elif relation == "next":
                year = (told - 1) // step * step + step
            else:
                year = (told + step // 2) // step * step
                tense, now = ctx.tense(start, end), ctx.dct.year if ctx.dct else told
                if tense == "future" and year < now:
                    year += step  # what will happen happens after the dct
                elif tense == "past" and year > now:
                    year -= step
        if not 1 <= year <= 9999:
            return []
        begin, last = date(max(year - 5, 1), 1, 1), date(min(year + 5, 9999), 12, 31)
        return [Found(start, end, "DATE", f"{year:04d}", "APPROX", begin, last, "year", anchor=False)]
    return Candidate(start, end, "point", resolve, rank=1)


def clock_time(match: re.Match[str], text: str) -> Candidate | None:
    """'10:35 a.m.', '5 p.m. EST Nov. 9', 'noon Saturday'."""
    start, end = match.span()
    if match["special"]:
        word = match["special"].lower()
        hour, minute = (24, 0) if word == "midnight" else (12, 0)
    else:
        hour, minute = int(match["h"]), int(match["m"] or 0)
        meridiem = (match["ap"] or "").lower()
        if not meridiem and not (match["m"] and (match["lead"] or match["tz"])):
            return None
        if match["sep"] == "." and not (meridiem or match["tz"]):
            return None  # "closed at 9.30": a price; "9.30am" (British) is a time
        if hour > 23 or minute > 59 or (meridiem and not 1 <= hour <= 12):
            return None
        if meridiem.startswith("p") and hour < 12:
            hour += 12
        elif meridiem.startswith("a") and hour == 12:
            hour = 0
        # a sentence-final period belongs to the sentence, not to "p.m"
        if text[end - 1:end] == "." and not (match["wd"] or match["cmonth"]) and re.match(r"[\s\xa0]*(?:$|\n|[A-Z\"“])", text[end:end + 3]):
            end -= 1
    if match["lead"]:
        start = match.start("lead") if match["lead"].lower() in ("around", "about", "approximately") else match.start("core")
    weekday = weekday_number(match["wd"]) if match["wd"] else None
    if match["wd"] and not is_capitalised(match["wd"]) or match["cmonth"] and not is_capitalised(match["cmonth"]):
        return None
    month = month_number(match["cmonth"]) if match["cmonth"] else None
    month_day_ = int(re.match(r"\d+", match["cday"]).group()) if match["cday"] else None

    def resolve(ctx: Context) -> list[Found]:
        if month is not None:
            year = choose_year(ctx, month, month_day_, start, end)
            value = day_value(year, month, month_day_) if year is not None else None
            day = date.fromisoformat(value) if value else None
        elif weekday is not None:
            day = weekday_date(ctx, weekday, start, end)
        else:
            day = _day_of_a_time(ctx, end)
        return [at_clock(start, end, day, hour, minute)]
    return Candidate(start, end, "time", resolve, rank=2)


# "at 1830 GMT on Tuesday evening", "by 1200 GMT on Monday": the weekday right after a time is its day
_WEEKDAY_AFTER_A_TIME = re.compile(rf",?{S}(?:on{S})?(?P<wd>{WEEKDAY})\b", re.I)


def _day_of_a_time(ctx: Context, end: int) -> date | None:
    """The day of a clock time: the weekday written right after it, else the day the story is at (the last day it
    named, else the dct's)."""
    after = _WEEKDAY_AFTER_A_TIME.match(ctx.text, end)
    if after is not None and is_capitalised(after["wd"]):
        return weekday_date(ctx, weekday_number(after["wd"]), after.start("wd"), after.end("wd"))
    return ctx.last_day.begin if ctx.last_day is not None else ctx.dct


def military_time(match: re.Match[str], text: str) -> Candidate | None:
    """'0200 local time', '1400 GMT', '2200 UTC': a four-digit clock time, on the day the story is at."""
    if not match["zone"][:1].isupper() and not match["zone"].lower().startswith("local"):
        return None
    hour, minute = int(match["hhmm"][:2]), int(match["hhmm"][2:])
    start, end = match.span()
    if re.search(r"(?:[ap]\.?m\.?|\d:\d\d|time|[A-Z]T)[\s\xa0]*\([\s\xa0]*\Z", text[max(0, start - 24):start], re.I):
        return None  # "10:35 a.m. (0735 GMT)": the same time in another zone, which TimeML leaves unmarked

    def resolve(ctx: Context) -> list[Found]:
        return [at_clock(start, end, _day_of_a_time(ctx, end), hour, minute)]
    return Candidate(start, end, "time", resolve, rank=2)


def year_end(match: re.Match[str], text: str) -> Candidate:
    """'year-end', 'year end', "year's end": the end of the dct's year."""
    start, end = match.span()
    # "up 5% since year-end": the end of a year already over, last year's
    since = re.search(r"\bsince[\s\xa0]+(?:the[\s\xa0]+)?\Z", text[max(0, start - 12):start], re.I) is not None

    def resolve(ctx: Context) -> list[Found]:
        if ctx.dct is None:
            return [unresolved(start, end, "XXXX", mod="END")]
        year = ctx.dct.year - 1 if since and ctx.dct.month < 12 else ctx.dct.year
        return [dated(start, end, f"{year:04d}", mod="END", narrow=True, anchor=False)]
    return Candidate(start, end, "point", resolve, rank=3)


RULES = [
    (rf"\b(?:around{S}|the{S})?year(?:[-\s\xa0]|['’]s{S})end\b(?!-)", year_end),
    (r"\b(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?:T(?P<hh>\d\d):(?P<mm>\d\d))?\b", iso_date),
    (r"(?<![\w/.])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d\d)(?![\w/]|\.\d)", numeric_date),
    (rf"(?:(?P<wd>{WEEKDAY}),?{S})?(?:(?P<rel>last|next){S})?(?P<month>{MONTH}){OPT_S}(?:the{S}(?=\d{{1,2}}(?:st|nd|rd|th|d)))?(?P<day>{DAY})(?![\s\xa0]*(?:\d|:\d|%)|[.,]\d)"
     rf"(?:(?:,{OPT_S}|{S})(?P<year>{YEAR4})\b(?![-–/]\d\d-)|{S}of{S}(?P<yrel>this|last|next){S}year\b"
     rf"|{S}of{S}(?P<ofyear>{YEAR4})\b(?![-–/]\d))?", month_day),
    (rf"(?<![\d,.$])(?:(?P<wd>{WEEKDAY}),?{S})?(?:the{S})?(?P<day>{DAY})(?:{S}day(?={S}of))?(?:{S}of)?{S}(?P<month>{MONTH})"
     rf"(?:,?{S}(?P<year>{YEAR4})\b|{S}of{S}(?P<ofyear>{YEAR4})\b(?![-–/]\d))?", day_month),
    (rf"(?P<month>{MONTH}){OPT_S}(?P<d1>{DAY})(?:{S}(?:and|or|to|through){S}|{OPT_S}[-–]{OPT_S})(?P<d2>{DAY})"
     rf"(?:,?{S}(?P<year>{YEAR4})\b)?(?![\s\xa0]*(?:\d|%|[-–:/.,]\d)|[\s\xa0]+(?!(?:in|at|on|and|or|to|when|with|"
     rf"for|from|the|of|as|after|before|but|was|were|is|are|will)\b)[a-z])", day_pair),
    (rf"(?<![\d,.$:/–-])(?P<d1>{DAY})(?:{S}(?:and|or|to){S}|{OPT_S}[-–]{OPT_S})(?P<d2>{DAY})(?:{S}of)?{S}(?P<month>{MONTH})"
     rf"(?:,?{S}(?P<year>{YEAR4})\b)?", day_pair),
    (rf"(?P<month>{MONTH})(?:,?{S}|{S}of{S})(?P<year>{YEAR4})\b(?![-–/]\d)", month_year),
    (rf"\bthe{S}(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|{OLD_ORDINAL})\b(?![-\s\xa0]*(?:[a-z]|[A-Z]|\d))"
     # "the 12th or the 13th": a first day before a second
     rf"|\bthe{S}(?P<day2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|{OLD_ORDINAL})"
     rf"(?=,?{S}(?:and|or|to){S}the{S}\d{{1,2}}(?:st|nd|rd|th|{OLD_ORDINAL})\b(?![-\s\xa0]*(?:[a-z]|[A-Z]|\d)))",
     day_of_month),
    (rf"(?P<m1>{MONTH}){OPT_S}(?:/|-|–|{S}(?:and|or|to|through|until){S}){OPT_S}(?P<m2>{MONTH}),?{S}(?P<year>{YEAR4})\b",
     month_pair),
    (rf"(?P<month>{MONTH})(?:{S}(?P<ord>(?:twenty|thirty)[-\s\xa0](?:first|second|third|fourth|fifth|sixth|"
     rf"seventh|eighth|ninth)|{_DAY_ORDINAL_WORD})(?![-\w]))?(?:,?{S}{_SPELLED_YEAR})?", spoken_date),
    (rf"(?:(?P<rel>last|next|this{S}past|this{S}coming|this){S})?(?P<month>{MONTH})"
     rf"(?:{S}(?:of{S})?(?P<yrel>this|last|next){S}year\b|{S}of{S}(?P<anaphor>that|the{S}same|that{S}same|the{S}following|"
     rf"the{S}next|the{S}previous|the{S}prior){S}year\b)?", month_alone),
    (rf"(?<![\w$£€¥#№.,:/])(?<!\d[.,])(?P<year>{YEAR4})(?![\w%]|[.,:/]\d)", bare_year),
    (r"\bFY[\s\xa0]?(?P<fy>(?:19|20)\d\d|\d\d)\b(?![-–/]\d)", fiscal_code),
    (rf"\b{_SPELLED_YEAR}", spelled_year),
    (r"(?<![\w$£€¥#№.,:/-])(?P<y1>1\d{3}|20\d\d)[-–/](?P<y2>\d\d)(?![\w%]|[-–/.,:]\d)", year_range),
    (rf"\bthe{S}year{S}two{S}thousand(?:{S}and{S}(?P<tail>one|two|three|four|five|six|seven|eight|nine|ten))?\b",
     year_two_thousand),
    (rf"(?:\bthe{S})?(?:(?P<full>(?:1\d|20)\d0)['’]?s|['’](?P<short>\d)0['’]?s|(?<=the[\s\xa0])(?P<short2>\d)0s"
     # a spelt decade after "the" (or "the early/mid/late"): "his late thirties" is an age
     rf"|(?:(?<=the[\s\xa0])|(?<=the[\s\xa0]early[\s\xa0-])|(?<=the[\s\xa0]late[\s\xa0-])|(?<=the[\s\xa0]mid[\s\xa0-]))"
     rf"(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b",
     decade),
    (rf"(?:\bthe{S})?(?P<ord>{ORDINAL_NUMBER}|{ORDINAL_WORD})[-\s\xa0]+century\b", century),
    (rf"\b(?P<rel>this|the{S}last|the{S}past|the{S}previous|the{S}current|the{S}next|last|next){S}century\b",
     relative_century),
    (rf"\b(?:the{S})?(?P<s1>spring|summer|autumn|winter)(?:{S}and|{S}or|,){S}(?:the{S})?(?P<s2>spring|summer|autumn|fall|winter)"
     rf"{S}of{S}(?P<year>{YEAR4})\b", season_pair),
    (rf"(?:\bthe{S})?(?P<o1>{ORDINAL_NUMBER}|{ORDINAL_WORD})(?:{S}and|{S}or|,)?{S}(?P<o2>{ORDINAL_NUMBER}|{ORDINAL_WORD})"
     rf"[-\s\xa0]+centur(?:y|ies)\b", century_pair),
    (rf"\bthe{S}turn{S}of{S}(?:the{S}(?P<ord>{ORDINAL_NUMBER}|{ORDINAL_WORD})[-\s\xa0]+century"
     rf"|(?:the{S}|(?P<rel>this|the{S}last|last|the{S}next|next|the{S}previous|the{S}past|the{S}current){S})"
     rf"(?P<unit>century|millennium)|(?:the{S}year{S})?(?P<year>1\d00|2000))\b", century_turn),
    (rf"(?:(?P<lead>at|around|about|approximately|by|until|from|before|after){S})?(?P<core>"
     rf"(?:(?<![\d.,:$])(?P<h>[01]?\d|2[0-3])(?:(?P<sep>[:.])(?P<m>[0-5]\d))?(?:{OPT_S}(?P<ap>[ap]\.m\.?|[ap]m\b))?"
     rf"|(?P<special>noon|midnight|midday)\b)(?:{S}(?P<tz>{TIMEZONE}))?"
     rf"(?:,?{S}(?:on{S})?(?:(?P<wd>{WEEKDAY})|(?P<cmonth>{MONTH}){OPT_S}(?P<cday>{DAY})(?![\s\xa0]*\d)))?)",
     clock_time),
    (rf"(?:(?P<pre>(?:(?:the|its|their|a|this{S}year's|last{S}year's|next{S}year's|fiscal|calendar|"
     rf"(?:19|20)\d\d(?:'s)?|year-ago|year-earlier|same|comparable|corresponding|current|latest|"
     rf"previous|past|flat|final)(?:{S}|-))+))?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)"
     rf"[-\s\xa0]+(?:fiscal[-\s\xa0]+)?(?P<unit>quarter|half)(?P<plural>s)?\b"
     rf"(?:{S}of{S}(?:the{S}year{S})?(?:fiscal{S})?(?P<of>(?:19|20)\d\d|this{S}year|last{S}year|next{S}year))?",
     numbered_quarter),
    (rf"\b(?P<det>the{S}(?:latest|current|same|comparable|corresponding|year-ago|year-earlier|previous|"
     rf"prior|past|most{S}recent|(?P<year>(?:19|20)\d\d))|last{S}year['’]s|the|this|last|next|that|year-ago|year-earlier)"
     rf"{S}(?:(?:fiscal|calendar){S})?(?P<unit>quarter|period)\b(?!-)"
     rf"(?P<ya>{S}(?:a{S}year{S}(?:ago|earlier)|last{S}year))?", named_quarter),
    (r"\b(?:year-earlier|year-ago)\b", year_ago_adjective),
    (rf"(?<![\w$£€¥#.,:/-])(?P<hhmm>(?:[01]\d|2[0-3])[0-5]\d){S}(?P<zone>GMT|UTC|Zulu|local{S}time|{TIMEZONE})",
     military_time),
    (rf"(?<![\w$£€¥#-])(?:(?P<y1>(?:19|20)\d\d){S})?(?P<code>[QH])(?P<n>[1-4])"
     rf"(?:(?:{S}|[-/])(?:FY{OPT_S})?(?P<year>(?:19|20)\d\d)|['’](?P<yy>\d\d))?(?![\w-])", quarter_code),
]
