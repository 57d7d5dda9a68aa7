"""'Earlier in the day', 'later in the week', 'late in the year': a part of the period the story is at."""
from __future__ import annotations

import re

from .candidates import Candidate, Resolver
from .context import Context
from .patterns import S
from .resolve import Found, dated, format_value, unresolved

_COARSENESS = {"day": 1, "week": 2, "month": 3, "quarter": 4, "season": 4, "half": 4, "year": 5, "decade": 6,
               "century": 7}
_MODS = {"early": "START", "late": "END"}
_PLACEHOLDERS = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}
# "it is a little late in the day", "too late in the day to change course": the idiom (too late), no time
_CLAUSE_START_BEFORE = re.compile(r"(?:^|[.!?;:,\n\"“(])[\s\xa0]*\Z")
_IDIOM_BEFORE = re.compile(r"\b(?:too|very|rather|little|bit|quite|so|fairly|pretty|far|is|was|are|were|it['’]s|be|"
                           r"been|seems?|seemed|looks?|looked)[\s\xa0]+\Z", re.I)


def within_the_period(match: re.Match[str], text: str) -> Candidate | None:
    """The day (week, month) of the last date the story named, or the dct's when it named none nearby.

    A coarser last date ("in 2004 ... earlier in the week") does not say which week: news counts such a week,
    day or month from the dct, as "the week" alone is. The year is that of a date named just before (within
    200 characters) up to the dct, as for "the year" alone: a later one is a forecast's ("by 2030")."""
    start, end = match.span()
    unit = match["unit"].lower()
    position = match["pos"].lower()
    if position in ("late", "early") and _IDIOM_BEFORE.search(text, max(0, start - 12), start):
        return None
    if position == "late" and unit == "day" and not _CLAUSE_START_BEFORE.search(text, max(0, start - 4), start):
        return None  # "the offer came relatively late in the day": mostly the idiom; "Late in the day, ..." is time
    mod = _MODS.get(position)

    def resolve(ctx: Context) -> list[Found]:
        # a year: the year of a date named within 200 characters up to the dct, as for "the year" alone
        reference = ctx.recent_reference(start, 200 if unit == "year" else 400)
        if reference is not None and (_COARSENESS.get(reference.granularity, 99) > _COARSENESS[unit]
                                      or unit == "year" and ctx.dct is not None and reference.begin > ctx.dct):
            reference = None
        if reference is None:
            if ctx.dct is None:
                return [unresolved(start, end, _PLACEHOLDERS[unit])]
            return [dated(start, end, format_value(ctx.dct, unit), mod=mod, anchor=False)]
        return [dated(start, end, format_value(reference.begin, unit), mod=mod, anchor=False)]
    return Candidate(start, end, "point", resolve, rank=3)


def the_day_in_apposition(start: int, end: int) -> Resolver:
    """'on Oct. 12, the day before the crash': "the day" is the day just named."""
    def resolve(ctx: Context) -> list[Found]:
        day = ctx.last_day
        if day is None or ctx.reference is not day or start - day.position > 40:
            return []
        return [dated(start, end, day.begin.isoformat(), anchor=False)]  # "Thursday morning, the day after": the day
    return resolve


RULES = [
    # not "the year that the war began" (a year the clause names) nor "the day-long strike"
    (rf"\b(?P<pos>earlier|later|early|late){S}in{S}the{S}(?P<unit>day|week|month|year)\b"
     rf"(?![-\s\xa0]*(?:of|long|old|that|when|which|before|after|following|in{S}which)\b)",
     within_the_period),
]
ANCHORS = {within_the_period: ("earlier", "later", "early", "late")}
REACH = {within_the_period: (1, 24)}
