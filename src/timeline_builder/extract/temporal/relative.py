"""Rules for expressions resolved against the dct: weekdays, 'last year', '3 years ago', durations, sets."""
from __future__ import annotations

import re
from datetime import date, timedelta

from .calendar import add_days, add_months, in_calendar, shift
from .candidates import Candidate
from .context import Context
from .lexicon import SEASONS, UNITS, VAGUE_REFERENCES
from .patterns import (FRACTION, NUMBER_DIGITS, NUMBER_WORD, QUANTITY, S, UNIT, UNIT_PLURAL, VAGUE_QUANTITY, WEEKDAY, MONTH,
                       alternation, is_capitalised, month_number, number_value, unit_name, weekday_number,
                       word_trie)
from .resolve import UNIT_GRANULARITY, Found, at_clock, dated, format_value, unresolved, weekday_date
from .within import the_day_in_apposition

_PART_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI",
               "overnight": "NI"}


def _with_part(day: date, part: str | None) -> tuple[str, str]:
    """The value of a day, with a part-of-day suffix (TMO, TAF, TEV, TNI) if any."""
    code = _PART_CODES.get((part or "").lower())
    return (f"{day.isoformat()}T{code}", "TIME") if code else (day.isoformat(), "DATE")


def weekday(match: re.Match[str], text: str) -> Candidate | None:
    """'Friday', 'last Friday', 'Friday morning'."""
    token = match["wd"]
    if not is_capitalised(token):
        return None
    number = weekday_number(token)
    relation_words = (match["rel"] or "").lower().split()
    relation = None
    if relation_words:
        last = relation_words[-1]
        relation = {"last": "last", "past": "last", "previous": "last", "next": "next", "coming": "next",
                    "following": "next", "this": "this"}.get(last)
    part = match["part"]
    start, end = match.span()
    if not relation_words and not part and _NEWSPAPER_DAY.match(text, end) \
            and re.search(r"\b[Tt]he[\s\xa0]+\Z", text[max(0, start - 5):start]):
        return None  # "the Sunday Times", "The Sunday Telegraph": a newspaper's name
    if number == 6 and not relation_words and not part \
            and _NEWSPAPER_ON_DAY.search(text, max(0, start - 20), start):
        return None  # "the Mail on Sunday", "the Independent on Sunday": a newspaper's name
    anaphoric = relation_words[:1] == ["the"]

    def resolve(ctx: Context) -> list[Found]:
        if anaphoric and ctx.reference is not None:
            base = ctx.reference.begin
            step = -1 if relation == "last" else 1
            day = add_days(base, step)
            while day.weekday() != number:
                day = add_days(day, step)
        else:
            day = weekday_date(ctx, number, start, end, relation)
        if day is None:
            return [unresolved(start, end, f"XXXX-WXX-{number + 1}")]
        value, kind = _with_part(day, part)
        return [dated(start, end, value, type=kind)]
    return Candidate(start, end, "day", resolve, rank=3)


# a capitalised word, not a month or a time word, right after "the <weekday>"
_NEWSPAPER_DAY = re.compile(r"[\s\xa0]+(?!(?:January|February|March|April|May|June|July|August|September|October|"
                            r"November|December|Morning|Afternoon|Evening|Night)\b)[A-Z][a-z]")
# the British weekly papers named "<title> on Sunday"
_NEWSPAPER_ON_DAY = re.compile(r"\b(?:Mail|Independent|Scotland|Wales|Express|Mirror|Sport)[\s\xa0]+on[\s\xa0]+\Z")
_WEEKDAY_NAMES = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_PARTS = "morning|afternoon|evening|night"
WEEKDAY_SET = (rf"\b(?P<wd>{_WEEKDAY_NAMES})(?:s\b|{S}(?P<part>{_PARTS})s\b"
               rf"|(?={S}(?:and|or){S}(?:{_WEEKDAY_NAMES})(?:s\b|{S}(?P<shared>{_PARTS})s\b)))")

# a capitalised word (not one opening a sentence or a weekday list) just before
_NAME_WORD_BEFORE = re.compile(r"(?<![.!?:;\n\"“(]\s)(?<![.!?:;\n\"“(])\b(?!(?:On|Every|Each|And|Or|"
                               r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w'’]*[\s\xa0]+\Z")


def weekday_set(match: re.Match[str], text: str) -> Candidate | None:
    """'on Mondays', 'Tuesday nights', 'Monday and Tuesday nights': every such day, a SET.

    The first of two coordinated weekdays takes the plural (and the part of day) of the second."""
    if not is_capitalised(match["wd"]):
        return None
    start, end = match.span()
    if _NAME_WORD_BEFORE.search(text, max(0, start - 30), start):
        return None  # "Happy Mondays", "TGI Fridays": a name
    code = _PART_CODES.get((match["part"] or match["shared"] or "").lower())
    value = f"XXXX-WXX-{weekday_number(match['wd']) + 1}" + (f"T{code}" if code else "")
    return Candidate(start, end, "set", lambda ctx: [Found(start, end, "SET", value)], rank=2)


# What "today's" owns when it means the day itself rather than the present age ("today's world")
_DAY_BOUND_AFTER_TODAYS = re.compile(
    r"(?:[\s\xa0]+[a-z]+(?:-[a-z]+)?)?[\s\xa0]+(?:editions?|papers?|newspapers?|issues?|meetings?|sessions?|"
    r"hearings?|votes?|voting|elections?|games?|matche?s?|races?|talks|summit|ceremony|ceremonies|announcements?|"
    r"decisions?|ruling|statements?|speech|broadcasts?|programs?|programmes?|shows?|quiz|reports?|trading|"
    r"news|agenda|deadline|visit|rall(?:y|ies)|marche?s?|strikes?|attacks?|events?|conference|debate|"
    r"episode|lecture|press|briefing|auction|opening|close|closing|schedule|weather|forecast)\b", re.I)

# an article or a possessive before "tomorrow", perhaps through adjectives: "a much better tomorrow",
# "our tomorrow"; "the world of tomorrow"
_GENERIC_DAY_BEFORE = re.compile(
    r"(?:\b(?:a|an|our|your|their)(?:[\s\xa0]+(?:much|far|even|very|more))?(?:[\s\xa0]+(?:better|brighter|greater|"
    r"safer|greener|stronger|healthier|happier|new|bright|different|hopeful|prosperous|peaceful|secure|freer))?"
    r"|\b(?:world|people|leaders|children|jobs|challenges|promise|hopes?|dreams?|cities|technology)[\s\xa0]+of)"
    r"[\s\xa0]+\Z", re.I)

# any noun before "of tomorrow": "the industries of tomorrow", "the perils of tomorrow", "the Asia of tomorrow" (a
# next day's noun takes no "of": "tomorrow's vote", "the vote tomorrow")
_A_NOUN_OF_BEFORE = re.compile(r"\b(?!(?:many|some|all|most|none|each|any|one|part|much|half|rest|end|"
                               r"start|morning|evening|afternoon|night)\b)[A-Za-z]{3,}[\s\xa0]+of[\s\xa0]+\Z", re.I)


def deictic_day(match: re.Match[str], text: str) -> Candidate | None:
    """'yesterday', 'today', 'tomorrow night'."""
    start, end = match.span()
    word = " ".join(match["day"].lower().split())
    offset = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "the day before yesterday": -2,
              "the day after tomorrow": 2}[word]
    part = match["part"] or ("night" if word == "tonight" else None)

    if word == "tomorrow" and not part and text[end:end + 2] in ("'s", "’s") \
            and not _DAY_BOUND_AFTER_TODAYS.match(text, end + 2):
        # "tomorrow's America", like "today's world": the times to come; "tomorrow's vote" is the day
        return Candidate(start, end, "day", lambda ctx: [Found(start, end, "DATE", "FUTURE_REF")], rank=2)
    if word in ("tomorrow", "today") and not part and (
            _GENERIC_DAY_BEFORE.search(text, max(0, start - 30), start)
            or word == "tomorrow" and text[end:end + 2] not in ("'s", "’s")
            and _A_NOUN_OF_BEFORE.search(text, max(0, start - 30), start)):
        # "a better tomorrow", "the world of tomorrow"... "a brighter today": an age, not a day
        value = "FUTURE_REF" if word == "tomorrow" else "PRESENT_REF"
        return Candidate(start, end, "day", lambda ctx: [Found(start, end, "DATE", value)], rank=2)

    def resolve(ctx: Context) -> list[Found]:
        if word == "today" and not part:
            # "today" in "today's world" or a present-tense claim is the present, not the day
            opening = text[ctx.sentence(start, end)[0]:start].strip(" \t\n\xa0\"“'`")
            sentence_initial = opening in ("", "And", "But", "Yet", "So")  # "And today, the right to work is ..."
            # a quotation opening with "Today" is a speaker talking about the day they speak
            quoted = re.search(r"(?:``|[\"“‘])[\s\xa0]*\Z", text[max(0, start - 3):start])
            possessive = text[end:end + 2] in ("'s", "’s")
            if possessive and _DAY_BOUND_AFTER_TODAYS.match(text, end + 2):
                pass  # "today's editions", "today's vote": things of this one day
            elif possessive or re.search(r"\bof[\s\xa0]+\Z", text[max(0, start - 4):start]) \
                    or (sentence_initial and not quoted and ctx.tense(start, end) in (None, "present")):
                return [Found(start, end, "DATE", "PRESENT_REF")]
        if ctx.dct is None:
            return [unresolved(start, end, "XXXX-XX-XX")]
        value, kind = _with_part(add_days(ctx.dct, offset), part)
        return [dated(start, end, value, type=kind)]
    return Candidate(start, end, "day", resolve, rank=2)


def part_of_day(match: re.Match[str], text: str) -> Candidate | None:
    """'this morning', 'last night', 'overnight', 'the next morning'."""
    start, end = match.span()
    relation = " ".join((match["rel"] or "").lower().split())
    if match["part3"]:
        relation = "the"  # "by mid afternoon", "in the late evening": a part of the day being told
    elif match["before"] and match["last"]:
        relation = "before last"  # "the night before last": two days before the telling
    elif match["before"]:
        relation = "the previous"  # "the night before."
    elif relation == "the" and not match["pre"]:
        return None  # "the night" alone; "in the morning" is the morning of the day being told
    if match["pre"]:
        start = match.start("rel")
    part = (match["part"] or match["part2"] or match["part3"]).lower()
    following = relation in ("the next", "the following")
    previous = relation in ("the previous", "the preceding")
    # "at mid-afternoon yesterday", "in the morning today": the part of that day
    day_offset = {"yesterday": -1, "today": 0, "tomorrow": 1}.get((match["day"] or "").lower())
    if day_offset is not None and (relation not in ("the", "") or following):
        day_offset, end = None, match.start("day")  # "last night today ...": the day word is not this one's
        end = len(text[:end].rstrip(" \t\n\xa0"))

    def resolve(ctx: Context) -> list[Found]:
        if ctx.dct is None:
            return [unresolved(start, end, f"XXXX-XX-XXT{_PART_CODES[part]}", type="TIME")]
        day = add_days(ctx.dct, {"last": -1, "before last": -2}.get(relation, 0))
        if day_offset is not None:
            day = add_days(ctx.dct, day_offset)
        elif relation in ("that", "the", "the next", "the following", "the previous", "the preceding") \
                and ctx.reference is not None and ctx.reference.granularity == "day":
            day = ctx.reference.begin  # "dashed Friday. Dealers bought in the morning": Friday morning
        if following or previous:
            # "the next morning", "the previous evening", "the night before": the day after or before the one the
            # story is at (in TimeBank, a DATE)
            return [dated(start, end, add_days(day, 1 if following else -1).isoformat(), anchor=False)]
        return [dated(start, end, _with_part(day, part)[0], type="TIME", anchor=False)]
    return Candidate(start, end, "point", resolve, rank=3)


_HOUR_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
               "ten": 10, "eleven": 11, "twelve": 12}


def hour_of_the_day(match: re.Match[str], text: str) -> Candidate | None:
    """'at 4 in the morning', 'until ten at night': a clock hour told with the part of the day."""
    start, end = match.span("time")
    word, part = match["hour"].lower(), (match["part"] or "night").lower()
    hour = _HOUR_WORDS.get(word) or int(word)
    if not 1 <= hour <= 12:
        return None
    if part == "morning":
        hour %= 12  # "12 in the morning" is midnight's hour
    elif part == "night":
        hour = hour + 12 if 6 <= hour < 12 else hour % 12  # "10 at night" 22:00, "2 at night" 02:00
    elif hour < 12:
        hour += 12

    def resolve(ctx: Context) -> list[Found]:
        # like a clock time: on the day the story is at, the last day it named, else the dct's
        return [at_clock(start, end, ctx.last_day.begin if ctx.last_day is not None else ctx.dct, hour)]
    return Candidate(start, end, "time", resolve, rank=2)


def _this_winter(ctx: Context, start: int, end: int) -> int:
    """The year (of its December) of "this winter": the winter the dct is in (told in January, the one that began in
    December); told from March to November, the one already over in the past tense ("which this winter disturbed",
    told in June), the coming one otherwise. Other seasons of "this" are the dct's year's."""
    if ctx.dct.month <= 2:
        return ctx.dct.year - 1
    if ctx.dct.month == 12:
        return ctx.dct.year
    return ctx.dct.year - 1 if ctx.tense(start, end) == "past" else ctx.dct.year


_OFFSETS = {"this": 0, "current": 0, "the current": 0, "this past": -1, "last": -1, "past": -1,
            "the past": -1, "the last": -1, "previous": -1, "the previous": -1, "prior": -1, "the prior": -1,
            "next": 1, "the next": 1, "coming": 1, "the coming": 1, "this coming": 1, "following": 1,
            "the following": 1, "that": 0, "the same": 0, "the": 0, "the full": 0, "the whole": 0,
            "the entire": 0, "the latest": -1, "the most recent": -1, "that same": 0}
_ANAPHORIC = {"the following", "following", "the previous", "that", "the same", "that same", "the prior"}
_WITHIN_A_YEAR = frozenset({"year", "season", "quarter", "month", "week", "day"})
_UNIT_CODES = {"year": "Y", "month": "M", "week": "W", "decade": "DE", "weekend": "WE", "day": "D",
               "fiscal year": "Y"}


# "after" before a clause's end, or "after"/"before" and a determiner opening what the day is counted from
_THE_UNIT_AFTER = re.compile(r"[\s\xa0]+(?P<dir>(?i:after)(?=(?P<stop>[\s\xa0]*[,.;:)!?]))|(?i:after|before)(?=[\s\xa0]+"
                             r"(?i:the|his|her|its|their|our|a|an)[\s\xa0]+[a-z]))")


# "last seen Nov. 3, the day before the warrant": in apposition to a date, the day is that date, not one off it
_DATE_AND_COMMA_BEFORE = re.compile(rf"(?:\d|day|morning|afternoon|evening|night|\b(?:{MONTH}))[\s\xa0]*,[\s\xa0]+\Z",
                                    re.I)


def relative_period(match: re.Match[str], text: str) -> Candidate | None:
    """'last year', 'this week', 'next month', 'the coming decade', 'last fall', 'the year before'."""
    start, end = match.span()
    relation = " ".join(match["rel"].lower().split())
    unit_word = " ".join(match["unit"].lower().split()).replace("financial", "fiscal")
    needs_reference = False
    before = re.match(r"[\s\xa0]+before(?P<last>[\s\xa0]+last\b)?(?=[\s\xa0]*(?:[,.;:)!?]|\Z)|(?P=last))",
                      text[end:end + 20])
    if relation == "the" and unit_word in ("year", "month", "week") and before and before["last"]:
        unit_code = _UNIT_CODES[unit_word]
        stop = end + before.end()

        def resolve_before_last(ctx: Context) -> list[Found]:
            if ctx.dct is None:
                return [unresolved(start, stop, {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX"}[unit_code])]
            day = shift(ctx.dct, unit_code, -2)  # "the year before last": two years back
            return [dated(start, stop, format_value(day, UNIT_GRANULARITY[unit_code]), anchor=False)]
        return Candidate(start, stop, "relperiod", resolve_before_last, rank=3)
    if relation == "the" and unit_word in ("year", "month", "week", "day") and before:
        end += before.end()
        relation = "the previous"  # "down from $450 million the year before": the one before the last date
    elif relation == "the" and unit_word in ("year", "month", "week", "day"):
        after = _THE_UNIT_AFTER.match(text, end)
        if after and unit_word == "day" and after["stop"] is None \
                and _DATE_AND_COMMA_BEFORE.search(text, max(0, start - 12), start):
            return Candidate(start, end, "point", the_day_in_apposition(start, end), rank=3)
        if after and (after["stop"] is not None or unit_word == "day") \
                and not _DATE_AND_COMMA_BEFORE.search(text, max(0, start - 12), start):
            # "The year after, ...", "the day after his arrest", "the day before the vote": the one after (before)
            # the date the story is at; a date named next is what it counts from ("the day after Christmas") and is
            # left to that date's rule
            end = after.end("dir")
            relation = "the following" if after["dir"].lower() == "after" else "the previous"
            needs_reference = True  # with no date before it, "the day after his arrest" is no day after the dct
    position_of = re.search(r"\b(?:end|beginning|start|middle|close|rest|remainder)[\s\xa0]+of[\s\xa0]+\Z",
                            text[max(0, start - 16):start], re.I)
    if relation in ("the", "the full", "the whole", "the entire") and unit_word not in ("year", "fiscal year", "weekend") \
            and not (relation == "the" and unit_word in ("month", "week", "decade") and position_of):
        return None  # "the month" alone is anaphoric; "the end of the month" is this one's end
    # "the year ended March 31": a reporting period of one year, a duration ("for the year" alone is this year)
    if relation == "the" and unit_word in ("year", "fiscal year") and \
            re.match(rf"[\s\xa0]+(?:(?:that[\s\xa0]+)?end(?:ed|ing)\b|to[\s\xa0]+(?:the[\s\xa0]+end[\s\xa0]+of[\s\xa0]+)?"
                     rf"(?:\d{{1,2}}(?:st|nd|rd|th)?[\s\xa0]+)?(?:{MONTH}))", text[end:end + 40], re.I):
        # "the year to March", "the year to 31 December" (British reports): the twelve months up to then
        return Candidate(start, end, "duration", lambda ctx: [Found(start, end, "DURATION", "P1Y")], rank=4)
    if unit_word == "decade" and relation in ("the past", "past", "this past") \
            and not re.match(r"[\s\xa0]+of\b", text[end:end + 4]):
        # "over the past decade" is the ten years up to now (TimeBank: P10Y); "the last decade" is the one before
        return Candidate(start, end, "duration", lambda ctx: [Found(start, end, "DURATION", "P10Y")], rank=3)
    next_day = unit_word == "day" and relation == "the next"  # like "the following day"
    if unit_word == "day" and relation not in _ANAPHORIC and not next_day:
        return None
    offset = _OFFSETS[relation]
    anaphoric = relation in _ANAPHORIC or next_day

    if unit_word in SEASONS:
        code = SEASONS[unit_word]

        def resolve_season(ctx: Context) -> list[Found]:
            if ctx.dct is None:
                return [unresolved(start, end, f"XXXX-{code}")]
            year = ctx.dct.year + offset
            if relation == "this past" and {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code] + 2 < ctx.dct.month:
                year = ctx.dct.year
            if relation == "this" and code == "WI" and in_calendar(ctx.dct.year - 1):
                year = _this_winter(ctx, start, end)
            if anaphoric and ctx.reference is not None:
                year = ctx.reference.begin.year + offset
            return [dated(start, end, f"{year:04d}-{code}")]
        return Candidate(start, end, "point", resolve_season, rank=3)

    unit = _UNIT_CODES[unit_word]
    granularity = "day" if unit == "D" else UNIT_GRANULARITY[unit] if unit != "DE" else "decade"
    # "1968 was the year of decision", "In 1962 ... by the end of the year": a bare "the year" is the year the
    # story is at when it named one (up to the dct) just before, the dct's otherwise
    the_year = relation == "the" and unit == "Y"

    def resolve(ctx: Context) -> list[Found]:
        if needs_reference and ctx.reference is None:
            return []
        base = ctx.dct
        used_granularity = granularity
        reference = ctx.recent_reference(start, 200) if the_year else None
        if reference is not None and reference.granularity in _WITHIN_A_YEAR \
                and (ctx.dct is None or reference.begin <= ctx.dct):  # not a forecast's: "by 2006. During the year"
            return [dated(start, end, format_value(reference.begin, "year"), anchor=False)]
        if unit == "D" and relation in ("that", "that same") and (
                ctx.reference is None or ctx.dct is not None and ctx.reference.begin == ctx.dct):
            # "we look forward to that day when ...", "the promise of that day", "Until that day": with no day named
            # before it, or only the telling's own ("today"), "that" points away from the telling, never at the dct;
            # no day is better than a wrong one
            return []
        if anaphoric and ctx.reference is not None:
            if unit == "D" and ctx.reference.granularity != "day":
                return []  # "that day" after "in 1987": which day is unknown, and no day is better than a wrong one
            base = ctx.reference.begin
            if unit != "WE" and _COARSENESS.get(ctx.reference.granularity, 0) > _COARSENESS.get(granularity, 0):
                used_granularity = ctx.reference.granularity  # "the following month" after "in 1987": 1987
        if base is None:
            placeholder = {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "DE": "XXX",
                           "D": "XXXX-XX-XX"}[unit]
            return [unresolved(start, end, placeholder)]
        day = shift(base, unit, offset)
        if unit == "WE" and offset == 0 and base.weekday() < 5 and ctx.tense(start, end) != "future":
            day = add_days(base, -7)
        if unit == "WE":
            value = format_value(day, "week") + "-WE"
        else:
            value = format_value(day, used_granularity)
        return [dated(start, end, value, anchor=anaphoric is False and offset != 0)]
    return Candidate(start, end, "relperiod", resolve, rank=3)


def _unit_code(word: str) -> str:
    """TIMEX3 unit code of a unit word ('decades' -> 'DE')."""
    return UNITS[unit_name(word)]


def _duration_value(amount: float | None, code: str) -> str:
    """P3Y, PT5H, P6M for half a year, P2Q for two quarters, PXY for a vague amount."""
    time_units = {"H": "H", "MIN": "M", "S": "S"}
    if code == "Q" and (amount is None or amount == int(amount)):
        # TimeBank writes business quarters as their own unit: "the past two quarters" is P2Q
        return "PXQ" if amount is None else f"P{int(amount)}Q"
    if amount is None:
        if code in time_units:
            return f"PTX{time_units[code]}"
        return f"PX{code}" if code in ("DE", "CE", "ML") else f"PX{ {'WE': 'D', 'FN': 'W', 'Q': 'M'}.get(code, code)}"
    scale = {"DE": ("Y", 10), "CE": ("Y", 100), "ML": ("Y", 1000), "Q": ("M", 3), "FN": ("W", 2), "WE": ("D", 2)}
    if code in scale:
        code, factor = scale[code]
        amount *= factor
    whole = int(amount)
    parts = [(whole, code)] if whole else []
    smaller = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60), "MIN": ("S", 60)}
    if amount != whole and code in smaller:
        # "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M
        small_code, factor = smaller[code]
        parts.append((round((amount - whole) * factor), small_code))
    elif amount != whole:
        parts = [(round(amount, 2), code)]
    date_part = "".join(f"{n}{c}" for n, c in parts if c not in time_units)
    time_part = "".join(f"{n}{time_units[c]}" for n, c in parts if c in time_units)
    return "P" + date_part + (f"T{time_part}" if time_part else "")


# "$950m a year", "25% a year", "twice a day": "a <unit>" after an amount is a rate, a SET
_RATE_BEFORE = re.compile(r"(?:[\d%)]|\b(?:cents?|dollars?|pounds?|euros?|bn|m|million|billion|trillion|times|once|"
                          r"twice))[\s\xa0]+\Z", re.I)

# "four flights a week", "700 seats a day": a count of things per unit is a rate too
_COUNTED_BEFORE = re.compile(r"\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|"
                             r"dozens|hundreds?|thousands?|several|few)[\s\xa0]+(?:[a-z]+[\s\xa0]+)?"
                             r"(?:(?!(?:year|month|week|day|hour|minute|second|decade|time)s\b)[a-z]{2,}s|percent|"
                             r"per[\s\xa0]+cent)[\s\xa0]+\Z")

_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|may|might|can|shall|should|must|hope|hopes|hoped)"
                           r"(?:[\s\xa0]+not)?[\s\xa0]+\Z",
                           re.I)

_OPENING_BEFORE = re.compile(r"(?:^|[.!?\n\"“])[\s\xa0]*\Z")
# "one day" opening a clause and followed by its subject and a modal: "that one day we can help", "and one day
# they will", "Some day, one day it will": a day to come ("took one day and they will" has no opener before it)
_CLAUSE_OPENS_BEFORE = re.compile(r"(?:^|[.!?;:,\n\"“—–]|\b(?:that|and|but|when|if|because|so|hope|hopes|hoped|"
                                  r"perhaps|maybe))[\s\xa0]*\Z", re.I)
_MODAL_AFTER = re.compile(r"[\s\xa0,]+(?:[\w’']+[\s\xa0]+){0,2}?(?:will|would|could|may|might|can|shall|should|must)\b",
                          re.I)
_OF_A_YEAR = re.compile(r"[\s\xa0]+of[\s\xa0]+(?:fiscal[\s\xa0]+)?(?P<year>1\d{3}|20\d\d)\b")
# "will grow in 10 years", "would be redeemed in five years": that many years from the telling, a date
_IN_BEFORE = re.compile(r"\bin[\s\xa0]+\Z", re.I)
_WILL_BEFORE = re.compile(r"\b(?:will|would|shall|won't|’ll|'ll)\b[^.;:!?]*\Z", re.I)
# ... but "the first time in five years", "its biggest rise in a decade" count back over a length of time
_RECORD_BEFORE = re.compile(r"\b(?:first|last|only|ever|[a-z]{2,}est|most|least|second|third|fourth|fifth|sixth|"
                            r"seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b[^.;:!?]*\Z", re.I)


def _in_from_now(start: int, end: int, amount: float, code: str, value: str) -> Candidate:
    """"in five years" after "will"/"would", with no other tense nearer: the date that far after the dct."""
    def resolve(ctx: Context) -> list[Found]:
        if ctx.dct is None or ctx.tense(start, end) not in ("future", "planned", None):
            return [Found(start, end, "DURATION", value)]
        months = {"Y": 12, "DE": 120, "M": 1}.get(code)
        moved = add_months(ctx.dct, round(amount * months)) if months else shift(ctx.dct, code, int(amount))
        return [dated(start, end, format_value(moved, UNIT_GRANULARITY[code]), anchor=False)]
    return Candidate(start, end, "duration", resolve, rank=4)


def _a_fraction(text: str, match: re.Match[str], start: int, end: int) -> bool:
    """Whether "N quarters" (no "past", "next", ...) is a share of something or a place, not three months each.

    Hyphenated, it is always a share ("three-quarters of its food", "Three-quarters said", "the
    three-quarters had no space"); spaced, before "of" and a determiner ("almost three quarters of all
    Xboxes"); a vague amount after "in" or "from" is a place ("in some quarters", "from many quarters")."""
    if text[match.end("q"):match.start("unit")] == "-":
        return True
    if re.match(r"[\s\xa0]*(?:percent|per|point)\b|%", text[end:end + 10], re.I):
        return True  # "two and three quarters percent"
    if re.match(r"[\s\xa0]+of[\s\xa0]+(?:the|a|an|all|its|his|her|their|our|my|your|those|these|them|us|it)\b",
                text[end:end + 16], re.I):
        return True
    vague = number_value(match["q"]) is None
    return vague and not match["det"] and re.search(r"\b(?:in|from)[\s\xa0]+\Z", text[max(0, start - 6):start],
                                                      re.I) is not None


def duration(match: re.Match[str], text: str) -> Candidate | None:
    """'three years', 'the past two months', 'two-year', 'a minute and a half'."""
    start, end = match.span()
    quantity = match["q"]
    unit_word = match["unit"]
    code = _unit_code(unit_word)
    amount = number_value(quantity)
    if amount is not None and match["half"]:
        amount += 0.5
    quantity_lower = quantity.lower()
    if re.match(r"s?-(?!long\b)[a-z]", text[end:end + 3], re.I):
        return None  # "10-year-old", "a year-earlier quarter": part of a longer word
    if re.match(r"[\s\xa0]+(?:olds?\b|of[\s\xa0]+age\b)", text[end:end + 12]):
        return None  # "52 years old", "over 18 years of age", "25-year olds": an age, like "a 52-year-old"
    if match["det"] and "-" in text[match.end("q"):match.start("unit")]:
        start = match.start("rel") if match["rel"] else match.start("q")
    if quantity_lower in ("a", "an") and unit_word.lower() != unit_name(unit_word):
        return None  # "a decades-long feud": "a" goes with the noun after; "decades-long" is its own timex
    if quantity_lower in ("a", "an", "one") and unit_name(unit_word) in ("second", "quarter"):
        return None  # "a second term", "a quarter of voters"
    if unit_name(unit_word) == "quarter" and not match["rel"] and _a_fraction(text, match, start, end):
        return None  # "three-quarters of its food", "Three-quarters said", "in some quarters": a share or a place
    if amount is not None and amount >= 1000 and code not in ("Y", "D", "W"):
        return None  # "5,000 hours", "10,000 minutes" are rarely lengths in prose; "the 2,765 days of" is one
    one_day = quantity_lower == "one" and unit_word.lower() == "day" and not match["rel"] and not match["det"]
    if one_day and (_MODAL_BEFORE.search(text, max(0, start - 16), start) or (
            _CLAUSE_OPENS_BEFORE.search(text, max(0, start - 12), start) and _MODAL_AFTER.match(text, end))):
        # "Islam will one day be ...", "I hope that one day we can help": some day in the future, not a length
        return Candidate(start, end, "ref", lambda ctx: [Found(start, end, "DATE", "FUTURE_REF")], rank=4)
    if quantity_lower == "some" and unit_word.lower() == "day" and not match["rel"] and not match["det"]:
        # "some day men will understand it": "someday", never a length (that would be "some days")
        def someday(ctx: Context) -> list[Found]:
            return [Found(start, end, "DATE", "PAST_REF" if ctx.tense(start, end) == "past" else "FUTURE_REF")]
        return Candidate(start, end, "ref", someday, rank=4)
    if quantity_lower == "one" and code == "D" and not match["rel"] and not match["det"] \
            and text[end:end + 1] == "," and _OPENING_BEFORE.search(text, max(0, start - 4), start):
        # "One day, he walked in": a day the story does not date, before or after the telling
        def some_day(ctx: Context) -> list[Found]:
            value = "FUTURE_REF" if ctx.tense(start, end) == "future" else "PAST_REF"
            return [Found(start, end, "DATE", value)]
        return Candidate(start, end, "ref", some_day, rank=4)
    value = _duration_value(amount, code)
    halves = _OF_A_YEAR.match(text, end) if code == "Q" and amount == 2 and match["rel"] else None
    if halves and match["rel"].lower() in ("first", "last", "final"):
        # "the first two quarters of 1990" is the year's first half, a date like "the first half of 1990"
        half = "H1" if match["rel"].lower() == "first" else "H2"
        stop, year = halves.end(), halves["year"]
        return Candidate(start, stop, "point", lambda ctx: [dated(start, stop, f"{year}-{half}")], rank=3)
    if amount is not None and not match["det"] and not match["rel"] and code in ("D", "W", "M", "Y", "DE") \
            and _IN_BEFORE.search(text, max(0, start - 4), start) and _WILL_BEFORE.search(text, max(0, start - 80), start) \
            and not _RECORD_BEFORE.search(text, max(0, start - 60), start):
        return _in_from_now(start, end, amount, code, value)
    if quantity_lower in ("a", "an") and (_RATE_BEFORE.search(text, max(0, start - 12), start)
                                          or _COUNTED_BEFORE.search(text, max(0, start - 40), start)):
        return Candidate(start, end, "set", lambda ctx: [Found(start, end, "SET", value)], rank=4)
    return Candidate(start, end, "duration", lambda ctx: [Found(start, end, "DURATION", value)], rank=4)


_COARSENESS = {"day": 1, "week": 2, "month": 3, "quarter": 4, "season": 4, "year": 5, "decade": 6, "century": 7}


def ago(match: re.Match[str], text: str) -> Candidate | None:
    """'three years ago', 'a year earlier', 'two weeks from now'."""
    start, end = match.span()
    code = _unit_code(match["unit"])
    amount = number_value(match["q"])
    if code == "FN":
        # "a fortnight ago": two weeks (the calendar knows no fortnights)
        code, amount = "W", None if amount is None else amount * 2
    direction = " ".join(match["dir"].lower().split())
    sign = 1 if direction in ("later", "from now", "hence", "after") else -1
    if code in ("H", "MIN", "S"):
        return None
    relative_to_text = direction in ("earlier", "later", "before", "after")

    def resolve(ctx: Context) -> list[Found]:
        if amount is None:
            if relative_to_text and sign > 0 and ctx.tense(start, end) == "past":
                # "A few days later, the board resigned": later than a past moment, still before the telling
                return [Found(start, end, "DATE", "PAST_REF")]
            return [Found(start, end, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")]
        base = ctx.dct
        granularity = UNIT_GRANULARITY.get(code, "year")
        reference = ctx.recent_reference(start, 500)
        # "a year ago" in an earnings report is the same quarter a year before; "a month ago" is not
        if reference is not None and (relative_to_text or reference.granularity == "quarter" and code == "Y"
                                      and ctx.dct is not None and reference.begin <= ctx.dct):
            base = reference.begin
            if reference.granularity in ("quarter", "day", "month") and code in ("Y", "Q", "M", "D", "W"):
                granularity = reference.granularity
            if _COARSENESS.get(reference.granularity, 0) > _COARSENESS.get(granularity, 0):
                # "three days later" after "in 1987": the days of 1987 are unknown, the year is not
                granularity = reference.granularity
        if base is None:
            return [unresolved(start, end, "XXXX")]
        if base is ctx.dct and relative_to_text and sign > 0 and ctx.tense(start, end) == "past":
            # "Just five days later, she won again" with no date before it: later than a past moment the text does
            # not date, still before the telling (the dct plus five days would be ahead of it)
            return [Found(start, end, "DATE", "PAST_REF")]
        whole = int(amount)
        months = {"Y": 12, "DE": 120, "CE": 1200, "ML": 12000, "M": 1, "Q": 3}.get(code)
        if months is not None:
            moved = add_months(base, sign * round(amount * months))
        else:
            moved = shift(base, code, sign * whole)
        if relative_to_text and sign > 0 and ctx.dct is not None and moved > ctx.dct \
                and ctx.tense(start, end) == "present":
            # "One hundred years later, the old wrong remains", "Now, 90 years later, it is": counted from a past
            # moment (undated, or too near the telling to count from) up to the telling itself, not past the dct:
            # the present, as "now" is (the clause tells a state of the present, which dates no event)
            return [Found(start, end, "DATE", "PRESENT_REF")]
        found = dated(start, end, format_value(moved, granularity), anchor=False)
        found.exact = moved
        return [found]
    return Candidate(start, end, "ago", resolve, rank=2)


def unit_long(match: re.Match[str], text: str) -> Candidate:
    """'their third day-long meeting', 'the month-long strike': one unit's length; 'a decades-long feud', 'the
    weeks-long siege': a vague number of them."""
    start, end = match.span()
    value = _duration_value(None if match["plural"] else 1.0, _unit_code(match["unit"]))
    return Candidate(start, end, "duration", lambda ctx: [Found(start, end, "DURATION", value)], rank=5)


# (amounts of 1,000 and more of units other than years, days and weeks the count rule leaves to this one)
_COUNT_BEFORE = re.compile(rf"(?:(?<![\d,.])\d{{1,3}}|\b(?:{NUMBER_WORD}|{VAGUE_QUANTITY}))[\s\xa0]+\Z", re.I)


_UNIT_PAIR_AFTER = re.compile(rf"{S}(?:or|to){S}(?P<unit>{UNIT_PLURAL})\b", re.I)


def bare_units(match: re.Match[str], text: str) -> Candidate | None:
    """'years', 'decades' standing alone as vague durations ('for years')."""
    start, end = match.span()
    word = match["unit"].lower()
    after = text[end:end + 12].lower()
    if re.match(r"(?:-old|[\s\xa0]+old\b|[\s\xa0]+of[\s\xa0]+age)", after):
        return None
    if text[start - 1:start] == "-":
        return None  # the tail of a hyphenated word ("three-quarters")
    if _COUNT_BEFORE.search(text, max(0, start - 24), start):
        return None  # "almost three quarters of all sales": the count rule read (and refused) the amount
    if re.search(r"\b(?:in|of)[\s\xa0]+those[\s\xa0]+\Z", text[max(0, start - 10):start], re.I):
        return None  # "in those days": then, an anaphor, not a length of time
    if re.search(r"\bthe[\s\xa0]+(?:early|small|wee|late)[\s\xa0]+\Z", text[max(0, start - 12):start], re.I):
        return None  # "the early hours of Sunday": a part of the day, not a length of time
    pair = _UNIT_PAIR_AFTER.match(text, end)
    if pair and _unit_code(pair["unit"].lower()) != _unit_code(word) \
            and not re.search(r"\bfrom[\s\xa0]+\Z", text[max(0, start - 6):start], re.I):  # "from weeks to minutes"
        end = pair.end()  # "weeks or months", "days to weeks": one vague length, told in the first unit
    else:
        before = text[max(0, start - 20):start].lower()
        if not re.search(r"(?:\b(?:for|in|over|within|after|take|takes|took|taken|spent|spend|last|lasted|"
                         r"lasting|by|from|back|about|of|than|these|those)[\s\xa0]+|^|\n)\Z", before) \
                and not re.match(r"[\s\xa0]+(?:ago|later|earlier|to[\s\xa0]+come|of\b)", after):
            return None
    value = _duration_value(None, _unit_code(word))
    return Candidate(start, end, "duration", lambda ctx: [Found(start, end, "DURATION", value)], rank=6)


_NUMBER_START = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\b"

_FREQUENCY_WORDS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
                    "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W",
                    "semiannually": "P6M", "biannually": "P6M", "fortnightly": "P2W"}


_HALF_FREQUENCIES = {"PT1H": "PT30M", "P1D": "PT12H", "P1Y": "P6M", "P1M": "P2W", "P1W": "P3D"}


def frequency(match: re.Match[str], text: str) -> Candidate | None:
    """'daily', 'annually', 'every year', 'each Thursday'."""
    start, end = match.span()
    if match["word"]:
        if re.search(r"\baverage[\s\xa0]+\Z", text[max(0, start - 9):start], re.I):
            return None  # "average daily volume": a measure's adjective, not a recurrence
        value = _FREQUENCY_WORDS[match["word"].lower()]
        if value in _HALF_FREQUENCIES and re.search(r"(?<![\w-])half-\Z", text[max(0, start - 6):start], re.I):
            # "a half-hourly bus", "half-yearly results": every half of that unit
            start, value = start - 5, _HALF_FREQUENCIES[value]
        return Candidate(start, end, "set", lambda ctx: [Found(start, end, "SET", value)], rank=4)
    if match["wd"]:
        if not is_capitalised(match["wd"]):
            return None
        value = f"XXXX-WXX-{weekday_number(match['wd']) + 1}"
    elif match["month"]:
        if not is_capitalised(match["month"]):
            return None
        value = f"XXXX-{month_number(match['month']):02d}"
    else:
        amount = number_value(match["q"]) if match["q"] else 1.0
        if match["other"]:
            amount = 2.0
        value = _duration_value(amount, _unit_code(match["unit"]))
    return Candidate(start, end, "set", lambda ctx: [Found(start, end, "SET", value)], rank=3)

# a word after "the present" that makes it an adjective: a noun it qualifies, not "time" or a verb or a preposition
_ADJECTIVE_PRESENT_AFTER = re.compile(r"[\s\xa0]+(?!(?:time|times|moment|day|days|age|era|and|or|is|was|are|were|"
                                      r"will|has|had|have|of|in|for|to|with|as|but|than|we|i|it|they|he|she)\b)"
                                      r"[A-Za-z]", re.I)


def vague(match: re.Match[str], text: str) -> Candidate | None:
    """'now', 'recently', 'the distant future', 'a long time' (PRESENT_REF, PAST_REF, ...)."""
    start, end = match.span()
    phrase = " ".join(match.group().lower().split())
    value, kind = VAGUE_REFERENCES[phrase]
    before = text[max(0, start - 12):start].lower()
    if phrase == "the time" and not (re.search(r"\bat[\s\xa0]+\Z", before)
                                     and re.match(r"[\s\xa0]*(?:,|[\s\xa0](?:he|she|it|they|we|i|the|his|her|its|their|"
                                                  r"was|were|had)\b)", text[end:end + 8], re.I)):
        return None  # "at the time, he was ...": then; not "the time of its founding", "the time being"
    if phrase == "the moment" and not (re.search(r"\b(?:at|for)[\s\xa0]+\Z", before) and not re.match(
            r"[\s\xa0]+(?:of|when|that|the|a|an|it|he|she|they|we|i|you|his|her|its|their)\b", text[end:end + 8], re.I)):
        return None  # "at the moment, ..." is now; "the moment of impact", "at the moment he left" are not
    if phrase == "soon" and (re.search(r"\bas[\s\xa0]+\Z", before) and not re.match(r"[\s\xa0]+as[\s\xa0]+possible", text[end:end + 14])
                             or re.match(r"[\s\xa0]+(?:after|afterwards?|thereafter)\b", text[end:end + 14])):
        return None
    if phrase == "the past" and (re.search(r"things?[\s\xa0]+of[\s\xa0]+\Z", before)
                                 or re.match(r"[\s\xa0]+(?:\d|few\b|several\b|couple\b|" + _NUMBER_START + ")",
                                             text[end:end + 12], re.I)):
        return None  # "a thing of the past"; "the past two polls" (an adjective before a count)
    if phrase == "now" and text[end:end + 1] == "," and re.search(r"(?:^|[.!?\n])[\s\xa0\"“]*\Z", before):
        return None  # "Now, that doesn't mean ...": a discourse marker opening a sentence, not a time
    if phrase == "the present" and _ADJECTIVE_PRESENT_AFTER.match(text, end):
        return None  # "the present Governor", "the present system": an adjective
    if phrase == "now" and re.search(r"(?:years|months|weeks|days|decades|time|while)[\s\xa0]+\Z", before):
        return None  # "for several years now": part of the duration
    if phrase.endswith("future") and re.match(r"(?:['’]s\b|[\s\xa0]+(?!(?:is|was|will|of|and|or|in|for|to|that|"
                                             r"when|as|but|with|at|by|if|than|remains|looks|holds|lies|may|might|"
                                             r"could|would|should)\b)[a-z])", text[end:end + 12]):
        return None  # "the future president": an adjective, not a time
    if phrase == "soon":
        def resolve_soon(ctx: Context) -> list[Found]:
            # "it soon became a flood": in a past narrative, "soon" is shortly after an event, not a time
            return [] if ctx.tense(start, end) == "past" else [Found(start, end, kind, value)]
        return Candidate(start, end, "ref", resolve_soon, rank=5)
    return Candidate(start, end, "ref", lambda ctx: [Found(start, end, kind, value)], rank=5)

_FALL_AS_DROP_AFTER = re.compile(r"[\s\xa0]+(?:in|to|from|was|is|has|had|came|there|would|will|of[\s\xa0]+(?!(?:19|20)\d\d))\b",
                                 re.I)


def season(match: re.Match[str], text: str) -> Candidate | None:
    """'the summer', 'in winter': the season nearest the dct (the tense breaks ties)."""
    start, end = match.span()
    code = SEASONS[match["season"].lower()]
    if code == "FA" and not match.group().lower().startswith("the"):
        return None  # "fall" without "the" is the verb
    if code == "FA" and _FALL_AS_DROP_AFTER.match(text, end) \
            and not re.search(r"\b(?:in|during|since|until|by|over|through|before|after)[\s\xa0]+\Z",
                              text[max(0, start - 8):start], re.I):
        return None  # "the fall in oil prices", "the fall was steep": a drop, not autumn

    def resolve(ctx: Context) -> list[Found]:
        if ctx.dct is None:
            return [unresolved(start, end, f"XXXX-{code}")]
        tense = ctx.tense(start, end)
        first_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
        options = [date(y, first_month, 1) for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)
                   if in_calendar(y)]
        today = ctx.dct.toordinal()

        def distance(day: date) -> int:
            first = day.toordinal()  # ordinals, not dates: a season's middle may lie past 9999-12-31
            # what has happened cannot be in a season not yet begun ("the mill shut in spring" told in February),
            # nor what will happen in a season already over
            late = tense == "past" and first > today
            over = tense == "future" and first + 90 < today
            return abs(first + 45 - today) + (400 if late or over else 0)
        chosen = min(options, key=distance)
        return [dated(start, end, f"{chosen.year:04d}-{code}")]
    return Candidate(start, end, "point", resolve, rank=4)


def the_week(match: re.Match[str], text: str) -> Candidate:
    """'the week' in news prose: the dct's week."""
    start, end = match.span()

    def resolve(ctx: Context) -> list[Found]:
        if ctx.dct is None:
            return [unresolved(start, end, "XXXX-WXX")]
        return [dated(start, end, format_value(ctx.dct, "week"), anchor=False)]
    return Candidate(start, end, "point", resolve, rank=5)


_RELATIONS = (r"this[\s\xa0]+past|this[\s\xa0]+coming|the[\s\xa0]+current|the[\s\xa0]+past|the[\s\xa0]+last|"
              r"the[\s\xa0]+next|the[\s\xa0]+coming|the[\s\xa0]+previous|the[\s\xa0]+following|the[\s\xa0]+same|"
              r"the[\s\xa0]+prior|the[\s\xa0]+latest|the[\s\xa0]+most[\s\xa0]+recent|the[\s\xa0]+full|"
              r"the[\s\xa0]+whole|the[\s\xa0]+entire|this|last|next|current|past|coming|previous|following|"
              r"prior|that[\s\xa0]+same|that|the")

RULES = [
    (WEEKDAY_SET, weekday_set),
    (r"(?<![\w-])(?P<unit>hour|day|week|month|year|decade)(?P<plural>s)?-long\b", unit_long),
    (rf"(?:\b(?P<rel>last|next|this{S}past|this{S}coming|this|coming|past|previous|the{S}previous|the{S}following)"
     rf"{S})?(?P<wd>{WEEKDAY})(?:{S}(?P<part>morning|afternoon|evening|night))?", weekday),
    (rf"\b(?P<day>the{S}day{S}before{S}yesterday|the{S}day{S}after{S}tomorrow|yesterday|today|tomorrow|tonight)\b"
     rf"(?:{S}(?P<part>morning|afternoon|evening|night))?", deictic_day),
    # only after a preposition of time: "two in the morning" alone may count people
    (rf"\b(?:at|by|until|till|before|after|around|about|from|since|to){S}(?P<time>(?P<hour>1[0-2]|[1-9]|one|two|three|"
     rf"four|five|six|seven|eight|nine|ten|eleven|twelve)(?:{S}o['’]clock)?{S}(?:in{S}the{S}"
     rf"(?P<part>morning|afternoon|evening)|at{S}night))\b", hour_of_the_day),
    (rf"(?:\b(?:(?:(?P<pre>in|during){S})?(?P<rel>this|last|that|the{S}next|the{S}following|the{S}previous|"
     rf"the{S}preceding|the){S})(?P<part>morning|afternoon|evening|night)\b"
     # "the night before." (a clause ends): the night before the day the story is at
     rf"(?:(?<=morning|evening)|(?<=afternoon)|(?<=night))(?P<before>{S}before(?:(?P<last>{S}last\b)"
     rf"|(?=[\s\xa0]*(?:[.,;:!?)\"”]|\Z))))?"
     rf"|\b(?P<part2>overnight)\b"
     rf"|(?<![\w-])(?:early|late|mid)[-\s\xa0]?(?P<part3>morning|afternoon|evening)\b)"
     rf"(?:{S}(?P<day>yesterday|today|tomorrow)\b)?",
     part_of_day),
    (rf"\b(?P<rel>{_RELATIONS})(?:{S}|-)(?P<unit>(?:fiscal|financial){S}year|year|month|week|weekend|decade|day|spring|"
     rf"summer|fall|autumn|winter)\b(?!-)", relative_period),
    (rf"\b(?P<q>{FRACTION}|{QUANTITY})(?:{S}|-)(?P<unit>{UNIT})(?:{S}or{S}so)?{S}(?P<dir>ago|earlier|later|"
     rf"from{S}now|hence|back)\b", ago),
    (rf"(?:\b(?P<det>the|these|those){S})?"
     rf"(?:(?P<rel>past|last|next|coming|first|previous|following|final|latest|remaining|initial|"
     rf"entire|whole|full|same|other|additional|another){S}){{0,2}}"
     rf"\b(?:{NUMBER_DIGITS}{S}(?:to|or){S})?(?P<q>{QUANTITY})(?:{S}|-)(?:(?:more|additional|further|straight|"
     rf"consecutive|full|long|trading|business|working){S})?"
     rf"(?P<unit>{UNIT})(?P<half>{S}and{S}a{S}half)?(?:-long)?(?:{S}or{S}(?:so|more|longer))?", duration),
    (rf"\b(?P<unit>{UNIT_PLURAL})", bare_units),
    (rf"\b(?:the{S}(?:early{S}|late{S})?|(?<=in[\s\xa0])|(?<=during[\s\xa0])|(?<=over[\s\xa0])|(?<=since[\s\xa0])"
     rf"|(?<=until[\s\xa0])|(?<=by[\s\xa0]))(?P<season>spring|summer|fall|autumn|winter)\b"
     rf"(?!{S}(?:of\b|(?:and|or){S}(?:(?:the|early|late){S})?(?:spring|summer|fall|autumn|winter)\b))",
     season),
    (rf"\bthe{S}week\b(?!{S}(?:of|before|after|ahead|that|when|in|to|ending|ended|earlier|later)\b|-)", the_week),
    (rf"\b(?P<word>daily|weekly|monthly|yearly|annually|hourly|nightly|biweekly|semiannually|"
     rf"biannually|fortnightly)\b"
     rf"|\b(?:every|each|per){S}(?:(?P<other>other){S})?(?:(?P<q>{QUANTITY}){S})?(?:(?P<wd>{WEEKDAY})|"
     rf"(?P<month>{MONTH})|(?P<unit>{UNIT}))", frequency),
    # a trie of the phrases, not an alternation of them: the engine tests each letter once, not each phrase
    (r"(?<![\w-])" + word_trie(VAGUE_REFERENCES).replace("\\ ", r"\s+") + r"(?![\w-])", vague),
]
