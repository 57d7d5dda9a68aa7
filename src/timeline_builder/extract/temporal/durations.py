"""Durations and sets the one-quantity rules miss: coordinated amounts ('12 and 18 months'),
clock-format lengths ('ran it in 1:30'), repeated units ('year after year') and
adjectives of frequency ('biannual')."""
from __future__ import annotations

import re

from .candidates import Candidate
from .context import Context
from .lexicon import SEASONS, UNIT_PLURALS, UNITS
from .patterns import NUMBER_WORD, OPT_S, S, UNIT, number_value
from .relative import _duration_value, _unit_code
from .resolve import Found

_COUNT = rf"(?:\d{{1,3}}(?:\.\d+)?|{NUMBER_WORD})"
_NOT_A_COUNT = frozenset({"a", "an", "another", "a single", "a couple of", "couple of", "a couple", "a dozen", "a hundred",
                          "a thousand"})
# what makes "two or three years" part of a longer expression another rule reads whole
_LONGER_AFTER = re.compile(r"(?:s?-|[\s\xa0]+)(?:old|ago|earlier|later|before|after|hence|back|from[\s\xa0]+now)\b", re.I)


def coordinated_duration(match: re.Match[str], text: str) -> Candidate | None:
    """'12 and 18 months', 'two or three years': the first amount takes the unit of the second.

    TimeML marks each amount on its own: '12' is P12M and '18 months' P18M."""
    first, second = match["q1"], match["q2"]
    if " ".join(first.lower().split()) in _NOT_A_COUNT or " ".join(second.lower().split()) in _NOT_A_COUNT:
        return None
    first_amount, second_amount = number_value(first), number_value(second)
    if first_amount is None or second_amount is None or max(first_amount, second_amount) >= 1000:
        return None
    if _LONGER_AFTER.match(text, match.end()):
        return None  # "two or three years ago", "6- and 7-year-old": the ago and age rules decide
    if re.search(r"[\d$£€¥.,]\Z", text[max(0, match.start() - 1):match.start()]):
        return None
    code = _unit_code(match["unit"])
    if code == "Q" and (text[match.start("unit") - 1] == "-" or re.match(r"[\s\xa0]*(?:of|per|percent|%|point)\b|%",
                                                                          text[match.end():match.end() + 10], re.I)):
        return None  # "two and three-quarters percent", "one or two quarters of the market": fractions
    first_span, second_span = match.span("q1"), (match.start("q2"), match.end())

    def resolve(ctx: Context) -> list[Found]:
        return [Found(*first_span, "DURATION", _duration_value(first_amount, code)),
                Found(*second_span, "DURATION", _duration_value(second_amount, code))]
    return Candidate(match.start(), match.end(), "pair", resolve, rank=3)


def clock_duration(match: re.Match[str], text: str) -> Candidate | None:
    """'finished in 1:30', 'the film runs 2:15', 'a time of 2:08:35': hours and minutes as a length."""
    hours, minutes, seconds = int(match["h"]), int(match["m"]), match["s"]
    unit = (match["unit"] or "").lower()
    if unit.startswith("min"):
        # "2:15 minutes": minutes and seconds
        value = f"PT{hours}M{minutes}S" if minutes else f"PT{hours}M"
    else:
        parts = [(hours, "H"), (minutes, "M")] + ([(int(seconds), "S")] if seconds else [])
        value = "PT" + "".join(f"{n}{c}" for n, c in parts if n) if any(n for n, _ in parts) else "PT0M"
    start, end = match.start("h"), match.end()
    return Candidate(start, end, "duration", lambda ctx: [Found(start, end, "DURATION", value)], rank=3)


_REPEATED = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "night": "P1D", "decade": "P10Y"}
_FREQUENCY_ADJECTIVES = {"biannual": "P6M", "semiannual": "P6M", "semi-annual": "P6M", "bi-annual": "P6M",
                         "biennial": "P2Y", "bimonthly": "P2M", "bi-monthly": "P2M", "per annum": "P1Y"}


_PARTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3}
_PARTS_OF_A_UNIT = {"quarter": 4, "third": 3, "fifth": 5}


def quarter_of_a_unit(match: re.Match[str], text: str) -> Candidate | None:
    """'a quarter of a century' (P25Y), 'three quarters of an hour' (PT45M), 'the past third of a century'
    (P33Y4M), 'two-thirds of a year' (P8M)."""
    parts = _PARTS_OF_A_UNIT[match["part"].lower().rstrip("s")]
    count = _PARTS.get(match["q"].lower(), 1)  # "the past quarter": one
    if count >= parts:
        return None  # "three thirds": no part of one unit
    amount = count / parts
    value = _duration_value(amount, _unit_code(match["unit"]))
    start, end = match.span()
    return Candidate(start, end, "duration", lambda ctx: [Found(start, end, "DURATION", value)], rank=3)


def repeated_unit(match: re.Match[str], text: str) -> Candidate | None:
    """'year after year', 'year-after-year', 'day after day': a SET."""
    if match["u1"].lower() != match["u2"].lower():
        return None
    value = _REPEATED[match["u1"].lower()]
    start, end = match.span()
    return Candidate(start, end, "set", lambda ctx: [Found(start, end, "SET", value)], rank=3)


def frequency_adjective(match: re.Match[str], text: str) -> Candidate | None:
    """'a biannual review', 'interest of 5% per annum'."""
    value = _FREQUENCY_ADJECTIVES[" ".join(match.group().lower().split())]
    start, end = match.span()
    return Candidate(start, end, "set", lambda ctx: [Found(start, end, "SET", value)], rank=3)


def seasonal(match: re.Match[str], text: str) -> Candidate | None:
    """'every winter', 'each summer': XXXX-WI."""
    code = SEASONS[match["season"].lower()]
    start, end = match.span()
    return Candidate(start, end, "set", lambda ctx: [Found(start, end, "SET", f"XXXX-{code}")], rank=3)


_DURATION_LEAD = (r"\b(?:in|of|for|lasted|lasting|lasts|last|runs?|running|ran|took|takes|take|clocked|timed|time|"
                  r"record|finished|finishing|length|runtime)")
_HEDGE = r"(?:a|an|the|just|only|about|under|over|roughly|around|nearly|almost|exactly)"

RULES = [
    (rf"\b(?P<q1>{_COUNT}){S}(?:and|or){S}(?P<q2>{_COUNT})(?:{S}|-)(?P<unit>{UNIT})(?!-)", coordinated_duration),
    (rf"{_DURATION_LEAD}(?:{S}{_HEDGE})*{S}(?<![\d:.])(?P<h>\d{{1,2}}):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?"
     rf"(?:{S}(?P<unit>hours?|hrs?|minutes?|mins?)\b)?(?!{OPT_S}(?:[ap]\.?m\b|[ap]\.m|o['’]clock)|[:.,]?\d|[\w:])",
     clock_duration),
    # "the past quarter of a century" is 25 years, not the last quarter of a year and then a century
    (rf"\b(?P<q>an?|one|two|three|(?:the|this){S}(?:past|last|next|coming|previous|first|final))(?:{S}|-)"
     rf"(?P<part>quarters?|thirds?|fifths?){S}of{S}an?{S}"
     rf"(?P<unit>century|decade|year|month|week|day|hour|millennium)\b",
     quarter_of_a_unit),
    (rf"\b(?P<u1>day|week|month|year|night|decade)(?:{S}|-)after(?:{S}|-)(?P<u2>day|week|month|year|night|decade)\b",
     repeated_unit),
    (r"\b(?:bi-?annual|semi-?annual|biennial|bi-?monthly|per[\s\xa0]+annum)\b", frequency_adjective),
    (rf"\b(?:every|each){S}(?P<season>spring|summer|fall|autumn|winter)\b", seasonal),
]
ANCHORS = {
    coordinated_duration: tuple(UNITS) + tuple(UNIT_PLURALS),
    clock_duration: ("#",),
    quarter_of_a_unit: ("quarter", "quarters", "third", "thirds", "fifth", "fifths"),
    repeated_unit: ("after",),
    frequency_adjective: ("biannual", "bi", "semiannual", "semi", "biennial", "bimonthly", "annum"),
    seasonal: ("spring", "summer", "fall", "autumn", "winter"),
}
REACH = {coordinated_duration: (40, 12), quarter_of_a_unit: (20, 30), clock_duration: (40, 24), repeated_unit: (8, 10),
         frequency_adjective: (6, 12), seasonal: (8, 2)}
