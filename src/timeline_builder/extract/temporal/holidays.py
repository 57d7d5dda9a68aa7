"""Holidays with a calendar rule: 'Thanksgiving Day', 'Christmas 2023', 'last Easter'."""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Callable

from .candidates import Candidate
from .context import MISHAP_NOUNS, Context, a_mishap_after
from .patterns import S
from .resolve import Found, after_since, dated, format_value, unresolved


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th (1-based; -1 = last) given weekday of a month."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    return date(year, month, (h + l - 7 * m + 33 * month + 19) % 32)


# name pattern -> the holiday's date in a year (US holidays where the name is American)
HOLIDAYS: dict[str, Callable[[int], date]] = {
    r"new{S}year's{S}day|new{S}year’s{S}day": lambda y: date(y, 1, 1),
    r"new{S}year's{S}eve|new{S}year’s{S}eve": lambda y: date(y, 12, 31),
    r"christmas{S}eve": lambda y: date(y, 12, 24),
    r"christmas(?:{S}day)?": lambda y: date(y, 12, 25),
    r"boxing{S}day": lambda y: date(y, 12, 26),
    # before "easter": the regex alternation takes the first name that matches, not the longest
    r"easter{S}monday": lambda y: easter(y) + timedelta(days=1),
    r"easter(?:{S}sunday)?": easter,
    r"good{S}friday": lambda y: easter(y) - timedelta(days=2),
    r"thanksgiving(?:{S}day)?": lambda y: _nth_weekday(y, 11, 3, 4),
    r"independence{S}day|(?:the{S})?fourth{S}of{S}july": lambda y: date(y, 7, 4),
    r"labor{S}day": lambda y: _nth_weekday(y, 9, 0, 1),
    r"memorial{S}day": lambda y: _nth_weekday(y, 5, 0, -1),
    r"veterans{S}day": lambda y: date(y, 11, 11),
    r"halloween": lambda y: date(y, 10, 31),
    r"valentine's{S}day|valentine’s{S}day": lambda y: date(y, 2, 14),
    r"election{S}day": lambda y: _nth_weekday(y, 11, 0, 1) + timedelta(days=1),
    r"martin{S}luther{S}king(?:{S}jr\.?)?{S}day": lambda y: _nth_weekday(y, 1, 0, 3),
}
_NAMES = [(re.compile(name.replace("{S}", S), re.I), rule) for name, rule in HOLIDAYS.items()]


# nouns after a holiday that still name a stretch of time around it ("the Christmas period", "Easter trading")
# or a planned event on that day ("the Christmas truce", "the Easter speech")
_TIME_AFTER = frozenset(
    "season seasons period periods holiday holidays break breaks weekend weekends week weeks eve day days time "
    "times morning afternoon evening night nights rush lull trading shopping spending sales celebrations "
    "festivities vacation recess fortnight quarter month".split()
    + "truce ceasefire offensive speech address broadcast".split())
# words that may follow a holiday used as a date: function words, auxiliaries, adverbs ("at Christmas and",
# "Christmas is", "on Easter Sunday alone")
_CLAUSE_AFTER = frozenset(
    "a an the and or but nor so yet as at by for from in into of off on onto out over since than that this these "
    "those though through till to under until up upon when whenever where while with within without is are was "
    "were be been being has have had will would shall should can could may might must do does did not never "
    "alone again also already only just even still too then there here which who whom whose because before "
    "after during if once unless whether approaching approaches itself ever i we you he she it they".split())
# a holiday after one of these can open a clause ("Before Christmas prices were cut" is rare next to
# "Before Christmas, ..."): its noun reading needs an auxiliary after the next word
_OPENS_BEFORE = frozenset("and but or when that because as before after since until till by at on in over "
                          "during from through towards toward around near".split())
_AUXILIARY = frozenset("is are was were has have had will would can could may might must".split())
_WORD = re.compile(r"[A-Za-z’'-]+")


def _a_noun_modifier(text: str, start: int, end: int) -> bool:
    """Whether the holiday only describes the noun after it ("Christmas presents", "an Easter egg hunt",
    "the Christmas number one"): a kind of thing, not a date."""
    after = re.match(r"[ \xa0]+([a-z][a-z’'-]*)", text[end:end + 40])
    if after is None:
        return False
    noun = after.group(1).rstrip("’'-")
    if noun in _TIME_AFTER or noun in MISHAP_NOUNS or noun in _CLAUSE_AFTER or noun.endswith(("ly", "ing", "ed")):
        return False  # "the Christmas period", "Christmas is", "Christmas falling on a Sunday"
    before = _WORD.findall(text[max(0, start - 30):start])
    previous = before[-1].lower() if before and not re.search(r"[.!?;:,\n\"(]\s*\Z", text[max(0, start - 4):start]) \
        else ""
    if previous and previous not in _OPENS_BEFORE:
        return True  # "buying Christmas presents", "a Christmas card", "the lucrative Christmas market"
    # the holiday opens its clause: "Christmas presents were cheaper" (noun) vs "Christmas falls on a Sunday"
    following = re.match(r"[ \xa0]+([a-z]+)", text[end + after.end():end + after.end() + 20])
    return following is not None and following.group(1) in _AUXILIARY


# capitalised words that may stand right before a holiday used as a date ("Before Christmas", "It's Christmas")
_FUNCTION_WORDS_BEFORE = frozenset("a an the on at in by before after since until till over during around this "
                                   "that last next every each it's it’s is was merry happy".split())


def _inside_a_longer_name(text: str, start: int) -> bool:
    """Whether a capitalised content word inside the sentence comes right before the holiday's name, making it
    part of another name: "Holocaust Memorial Day" (27 January), "Orthodox Christmas", "Father Christmas", "the
    National Christmas Tree". A possessive ("Celtic's Boxing Day") or a word opening the sentence ("Mixed
    Christmas for retailers") does not."""
    found = re.search(r"(?:^|(?<=[\s\xa0\-(\"“]))([A-Z][A-Za-z0-9]*)[ \xa0]\Z", text[max(0, start - 40):start])
    if found is None or found.group(1).lower() in _FUNCTION_WORDS_BEFORE:
        return False
    word_start = max(0, start - 40) + found.start(1)
    return re.search(r"(?:\A|[.!?:;\n\"“‘(]|``)[\s\xa0]*\Z", text[max(0, word_start - 4):word_start]) is None \
        and word_start > 0


def holiday(match: re.Match[str], text: str) -> Candidate | None:
    """'Thanksgiving Day', 'last Christmas', 'Easter 2024'."""
    name = match["name"]
    # "the Fourth of July": the name after "the" is what must be capitalised ("the fourth of July" is a day)
    head = name[4:] if re.match(r"the[\s\xa0]", name, re.I) else name
    if not head[:1].isupper():
        return None
    if not match["rel"] and _inside_a_longer_name(text, match.start()):
        return None
    rule = next(rule for pattern, rule in _NAMES if pattern.fullmatch(name))
    relation = (match["rel"] or "").lower()
    year = int(match["year"]) if match["year"] else None
    start, end = match.span()
    if year is None and not match["week"] and _a_noun_modifier(text, start, end):
        return None
    # "Easter week", "Christmas week": the (ISO) week of the holiday
    granularity = "week" if match["week"] else "day"

    def resolve(ctx: Context) -> list[Found]:
        if year is not None:
            return [dated(start, end, format_value(rule(year), granularity))]
        if ctx.dct is None:
            return [unresolved(start, end, "XXXX-XX-XX")]
        options = [rule(y) for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1) if 1 <= y <= 9999]
        if relation == "last":
            chosen = max((d for d in options if d < ctx.dct), default=None)
        elif relation == "next":
            chosen = min((d for d in options if d > ctx.dct), default=None)
        elif after_since(text, start):
            # "since Christmas", "ever since Thanksgiving": the last one up to the dct, whatever the tense
            chosen = max((d for d in options if d <= ctx.dct), default=None)
        else:
            tense = "past" if a_mishap_after(text, end) else ctx.tense(start, end)
            # "we met at Easter": a past verb governing the holiday has it over, not just leaning so
            lean = 400 if tense == "past" and ctx.past_verb_governs(start, end) else 120

            def distance(day: date) -> int:
                # what will happen cannot fall on a holiday already over ("This Christmas will be quiet", told in
                # February, is the coming one although the last is nearer); a past tense only leans to the last
                # one, as the nearest verb is not always the holiday's
                over = tense == "future" and day < ctx.dct
                if tense == "past" and a_mishap_after(text, end) and day > ctx.dct:
                    return 10**6  # "the Boxing Day tsunami": a mishap already over
                ahead = tense == "past" and day > ctx.dct
                return abs((day - ctx.dct).days) + (400 if over else lean if ahead else 0)
            chosen = min(options, key=distance)
        if chosen is None:
            return []  # "next Christmas" told on 9999-12-31: no such day in the calendar
        return [dated(start, end, format_value(chosen, granularity))]
    return Candidate(start, end, "point", resolve, rank=2)


def rules() -> list[tuple[str, object]]:
    """The holiday rule (pattern, builder)."""
    names = "|".join(name.replace("{S}", S) for name in HOLIDAYS)
    return [(rf"(?:\b(?P<rel>last|next|this){S})?\b(?P<name>{names})\b(?P<week>{S}week\b)?"
             rf"(?:,?{S}(?P<year>1\d{{3}}|20\d\d)\b)?",
             holiday)]

