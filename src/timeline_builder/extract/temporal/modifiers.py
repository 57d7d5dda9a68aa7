"""Words before a matched expression that widen it: 'the end of', 'early', 'the first half of',
'fiscal', 'around', 'more than'. Each returns the widened candidate; they compose."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from .calendar import add_days, iso_week, last_day, part_of
from .candidates import Candidate, Resolver
from .context import Context
from .lexicon import FRACTION_ORDINALS, FRACTIONS, NUMBER_WORDS, POSITION_MODS, QUANTITY_MODS, SEASONS
from .patterns import QUANTITY_MOD, S
from .resolve import Found, dated

_POSITION = re.compile(
    rf"(?:\bthe{S})?(?:very{S})?(?P<pos>start|beginning|end|middle|close|dawn|turn|outset|latter{S}part|"
    rf"early{S}part|midst){S}of{S}\Z", re.I)
_EARLY = re.compile(rf"(?:\b(?P<the>the){S})?\b(?P<pos>early|mid|late|middle)(?:-|{S})\Z", re.I)
_EARLIER = re.compile(rf"\b(?P<pos>earlier|later|early|late){S}\Z", re.I)
_FRACTION = re.compile(
    rf"(?:\bthe{S})?\b(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|latter|"
    rf"former){S}(?P<frac>half|quarter|third|decade)"
    rf"{S}of{S}\Z", re.I)
_FISCAL = re.compile(
    rf"(?:\b(?:the{S})?(?:fiscal|calendar|financial|budget|school|academic|model){S}(?:year{S})?|\bFY{S}?|"
    rf"\bthe{S}year{S}|\b(?:the{S})?(?P<season>spring|summer|fall|autumn|winter){S}(?:of{S})?)\Z", re.I)
_WEEK_OF = re.compile(rf"\bthe{S}week{S}of{S}\Z", re.I)
# "the day before last Tuesday", "two days after 3 May", "a week after Christmas": a day counted from a named day
_DAYS_FROM = re.compile(
    rf"\b(?P<count>the|a|one|two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}}){S}(?P<unit>days?|weeks?){S}"
    rf"(?P<dir>before|after){S}\Z", re.I)
# "stayed for three days after May 4", "within two weeks after the vote": how long, counted from the day
_HOW_LONG_BEFORE = re.compile(rf"\b(?:for|within|over|during|in|lasting|took|takes|take|spent|spend)(?:{S}the)?{S}\Z",
                              re.I)
_APPROX = re.compile(rf"\b(?:around|about|circa|approximately|roughly|c\.){S}\Z", re.I)
_QUANTITY_MOD = re.compile(rf"\b(?P<qm>{QUANTITY_MOD[3:-3]}){S}\Z", re.I)

# The precision of the start of a part of a period ("the early 1980s" starts on a year).
_FINER = {"century": "year", "decade": "year", "year": "month", "quarter": "month", "season": "month",
          "month": "day", "week": "day"}

_POINTS = frozenset({"point", "relperiod", "year", "decade", "century", "part"})


def _single(resolver: Resolver, change, ref_start: int | None = None) -> Resolver:
    """A resolver applying ``change`` to the inner resolver's single result; a PAST/PRESENT/FUTURE_REF result is
    left as it is, or only given the modifier's words (``ref_start``: "almost a century later" is the present)."""
    def resolve(ctx: Context) -> list[Found]:
        found = resolver(ctx)
        if len(found) == 1 and found[0].value.endswith("_REF") and ref_start is not None:
            return [replace(found[0], start=ref_start)]
        if len(found) != 1 or found[0].value.endswith("_REF"):
            return found
        return [change(found[0], ctx)]
    return resolve


def _position(candidate: Candidate, match: re.Match[str], start: int) -> Candidate:
    """'the end of X', 'the beginning of X': mod START/MID/END."""
    mod = POSITION_MODS[" ".join(match["pos"].lower().split())]
    was_part = candidate.kind == "part"

    def change(found: Found, ctx: Context) -> Found:
        value = found.value
        if was_part and found.begin and found.end_date and mod in ("START", "END"):
            # a quarter of a century has no TIMEX3 value: its end is its last year
            value = str((found.end_date if mod == "END" else found.begin).year)
        return replace(found, start=start, value=value, mod=mod)
    return Candidate(start, candidate.end, "point", _single(candidate.resolve, change), candidate.rank)


def _early(candidate: Candidate, match: re.Match[str], start: int) -> Candidate:
    """'early X', 'mid-X', 'late X' (a third of X); 'earlier/later this year'."""
    word = match["pos"].lower()
    mod = POSITION_MODS.get(word) if word not in ("earlier", "later") else None

    def change(found: Found, ctx: Context) -> Found:
        begin, end, granularity = found.begin, found.end_date, found.granularity
        if mod and begin and end:
            begin, end = part_of(begin, end, mod)
            granularity = _FINER.get(granularity or "", granularity)
        return replace(found, start=start, mod=mod or found.mod, begin=begin, end_date=end, granularity=granularity)
    return Candidate(start, candidate.end, candidate.kind if candidate.kind != "year" else "point",
                     _single(candidate.resolve, change), candidate.rank)


def _fraction(candidate: Candidate, match: re.Match[str], start: int) -> Candidate:
    """'the first half of X', 'the last quarter of X'."""
    parts = FRACTIONS[match["frac"].lower()]
    index = FRACTION_ORDINALS[match["ord"].lower()]
    index = parts if index == -1 else min(index, parts)

    def change(found: Found, ctx: Context) -> Found:
        if found.begin is None or found.end_date is None:
            return replace(found, start=start)
        if parts == 10 and found.granularity == "century":
            # "the first decade of this century" is the 2000s: TIMEX3 names that decade ("200")
            decade = found.begin.year // 10 + index - 1
            return replace(dated(start, found.end, f"{decade:03d}"), anchor=found.anchor)
        if parts == 10:
            return replace(found, start=start)  # a decade of anything but a century: no better interval
        mod = "START" if index == 1 else "END" if index == parts else "MID"
        if found.granularity == "year" and parts in (2, 4):
            code = "H" if parts == 2 else "Q"
            first_month = (index - 1) * 12 // parts + 1
            last_month = index * 12 // parts
            year = found.begin.year
            return replace(found, start=start, value=f"{year:04d}-{code}{index}", granularity="quarter",
                           begin=date(year, first_month, 1), end_date=date(year, last_month, last_day(year, last_month)))
        if found.granularity in ("decade", "century"):
            years = found.end_date.year - found.begin.year + 1
            first = found.begin.year + round((index - 1) * years / parts)
            last = found.begin.year + round(index * years / parts) - 1
            return replace(found, start=start, mod=mod, begin=date(first, 1, 1), end_date=date(last, 12, 31),
                           granularity="year")
        span = (found.end_date - found.begin).days + 1
        first_day = found.begin.toordinal() + (index - 1) * span // parts
        last_day_ = found.begin.toordinal() + index * span // parts - 1
        return replace(found, start=start, mod=mod, begin=date.fromordinal(first_day), end_date=date.fromordinal(last_day_),
                       granularity=_FINER.get(found.granularity or "", found.granularity))
    return Candidate(start, candidate.end, "part", _single(candidate.resolve, change), candidate.rank)


def _fiscal(candidate: Candidate, match: re.Match[str], start: int) -> Candidate:
    """'fiscal 1989', 'the year 2000', 'the winter of 1994'."""
    season = SEASONS.get((match["season"] or "").lower())

    def change(found: Found, ctx: Context) -> Found:
        if season:
            return replace(dated(start, found.end, f"{found.value[:4]}-{season}"), anchor=True)
        return replace(found, start=start)
    return Candidate(start, candidate.end, "point", _single(candidate.resolve, change), candidate.rank)


def _week_of(candidate: Candidate, match: re.Match[str], start: int) -> Candidate:
    """'the week of March 6': the ISO week containing the day."""
    def change(found: Found, ctx: Context) -> Found:
        if found.granularity != "day" or found.begin is None:
            return replace(found, start=start)
        return replace(dated(start, found.end, iso_week(found.begin)), anchor=False)
    return Candidate(start, candidate.end, "point", _single(candidate.resolve, change), candidate.rank)


def _days_from(candidate: Candidate, match: re.Match[str], start: int) -> Candidate:
    """'the day before last Tuesday', 'two weeks after 3 May': the day so many days (weeks) off a named day.

    One timex over the whole phrase, valued as the day it lands on (TempEval-3's TimeBank marks "the day
    before last Tuesday" so, as TIMEX2 does). The named day stays the date later anaphora count from ("the
    next morning" after "the day before last Tuesday's hearing" is Wednesday). "The week before X" is the
    week that ends before X, not a day."""
    count = match["count"].lower()
    amount = int(count) if count.isdigit() else 1 if count == "the" else NUMBER_WORDS[count]
    weeks = match["unit"].lower().startswith("week")
    days = amount * (7 if weeks else 1) * (-1 if match["dir"].lower() == "before" else 1)
    unit_end = match.end("unit") - match.end() + candidate.start
    inner = candidate.resolve

    def resolve(ctx: Context) -> list[Found]:
        found = inner(ctx)
        if len(found) != 1:
            return found
        named = found[0]
        if named.granularity != "day" or named.begin is None or named.type != "DATE" or named.mod:
            # "two days after March": no day to count from; the count stays a length, the month as it was
            if count == "the":
                return found
            return [Found(start, unit_end, "DURATION", f"P{amount}{'W' if weeks else 'D'}"), named]
        if named.anchor:
            ctx.remember(named.value, named.start)
        day = add_days(named.begin, days)
        value = iso_week(day) if weeks and count == "the" else day.isoformat()
        # a day that names an event in passing ("September 11") is no date of the story, but a day counted from
        # it is: "Three days after September the 11th, I stood there. Since that day ..." is 14 September
        return [replace(dated(start, named.end, value), anchor=not named.anchor)]
    return Candidate(start, candidate.end, "point", resolve, candidate.rank)


def _approx(candidate: Candidate, match: re.Match[str], start: int) -> Candidate:
    """'around X', 'circa X': mod APPROX."""
    return Candidate(start, candidate.end, candidate.kind,
                     _single(candidate.resolve, lambda f, ctx: replace(f, start=start, mod="APPROX")), candidate.rank)


def _quantity(candidate: Candidate, match: re.Match[str], start: int) -> Candidate:
    """'more than a decade ago' (BEFORE, open start), 'nearly two years'."""
    mod = QUANTITY_MODS[" ".join(match["qm"].lower().split())]
    is_ago = candidate.kind == "ago"

    def change(found: Found, ctx: Context) -> Found:
        if not is_ago:
            return replace(found, start=start, mod=mod)
        if found.exact is None or ctx.dct is None:
            return replace(found, start=start)
        past = found.exact <= ctx.dct
        if mod in ("MORE_THAN", "EQUAL_OR_MORE"):
            if past:
                return replace(found, start=start, mod="BEFORE", begin=None, end_date=found.exact)
            return replace(found, start=start, mod="AFTER", begin=found.exact, end_date=None)
        if mod in ("LESS_THAN", "EQUAL_OR_LESS"):
            if past:
                return replace(found, start=start, mod="AFTER", begin=found.exact, end_date=ctx.dct)
            return replace(found, start=start, mod="BEFORE", begin=ctx.dct, end_date=found.exact)
        return replace(found, start=start, mod="APPROX")
    return Candidate(start, candidate.end, candidate.kind, _single(candidate.resolve, change, ref_start=start),
                     candidate.rank)


# (pattern, kinds it may widen, how)
PREFIXES = (
    (_POSITION, _POINTS, _position),
    (_FRACTION, frozenset({"year", "decade", "century", "point", "relperiod"}), _fraction),
    (_EARLY, _POINTS, _early),
    (_EARLIER, frozenset({"relperiod"}), _early),
    (_FISCAL, frozenset({"year"}), _fiscal),
    (_WEEK_OF, frozenset({"point"}), _week_of),
    (_APPROX, frozenset({"point", "year", "decade", "time"}), _approx),
    (_DAYS_FROM, frozenset({"point", "day"}), _days_from),
    (_QUANTITY_MOD, frozenset({"duration", "ago"}), _quantity),
)
# The word each pattern above ends with (as _word_before reads it): a pattern is searched for only after one
# of its own last words, not after any modifier's ("the end of" is not looked for before "about 1990").
_LAST_WORDS = {
    _POSITION: frozenset({"of"}), _FRACTION: frozenset({"of"}), _WEEK_OF: frozenset({"of"}),
    _EARLY: frozenset({"early", "mid", "late", "middle"}), _EARLIER: frozenset({"earlier", "later", "early", "late"}),
    _FISCAL: frozenset({"fiscal", "calendar", "financial", "budget", "school", "academic", "model", "year", "fy",
                        "of"} | set(SEASONS)),
    _APPROX: frozenset({"around", "about", "circa", "approximately", "roughly", "c"}),
    _DAYS_FROM: frozenset({"before", "after"}),
    _QUANTITY_MOD: frozenset(phrase.split()[-1] for phrase in QUANTITY_MODS),
}


# The last word of every modifier above; a candidate not preceded by one is left as it is.
_MODIFIER_ENDS = frozenset(
    "of early mid late middle earlier later year fy fiscal calendar financial budget school academic model "
    "spring summer fall autumn winter around about circa approximately roughly c than least nearly almost "
    "to up under barely upwards some fewer less more over just well before after".split())


def _word_before(text: str, start: int) -> str:
    """The word right before ``start`` (over spaces and one hyphen), lower-cased."""
    end = start
    while end > 0 and text[end - 1] in " \t\n\xa0":
        end -= 1
    if end > 0 and text[end - 1] == "-":
        end -= 1
    begin = end
    while begin > 0 and (text[begin - 1].isalpha() or text[begin - 1] == "."):
        begin -= 1
    return text[begin:end].lower().rstrip(".")


def widen(candidate: Candidate, text: str) -> Candidate:
    """Extend ``candidate`` leftwards over every modifier that directly precedes it."""
    for _ in range(4):
        word = _word_before(text, candidate.start)
        if word not in _MODIFIER_ENDS:
            return candidate
        window_start = max(0, candidate.start - 60)
        window = text[window_start:candidate.start]
        for pattern, kinds, apply in PREFIXES:
            if candidate.kind not in kinds or word not in _LAST_WORDS[pattern]:
                continue
            found = pattern.search(window)
            if found is None:
                continue
            if apply is _quantity and found["qm"].lower() == "over" and not text[candidate.start:candidate.start + 1].isalnum():
                continue
            if apply is _quantity and text[candidate.start:candidate.start + 4].lower() == "the ":
                continue
            if apply is _days_from and _HOW_LONG_BEFORE.search(text, max(0, window_start + found.start() - 20),
                                                                window_start + found.start()):
                continue
            candidate = apply(candidate, found, window_start + found.start())
            break
        else:
            return candidate
    return candidate
