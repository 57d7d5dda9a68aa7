"""English words for times: month, weekday, season, unit, number and ordinal names.

Everything here is plain data; ``patterns`` turns it into regular expressions.
"""
from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
# Full names that are also common words or names: accepted alone only after a
# preposition or before a day/year ("May" the modal, "March" the verb, "August" the adjective).
AMBIGUOUS_MONTHS = frozenset({"may", "march", "august", "mar", "jun", "jan"})

WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}


UNITS: dict[str, str] = {
    "second": "S", "minute": "MIN", "hour": "H", "day": "D", "week": "W", "weekend": "WE",
    "fortnight": "FN", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE",
    "century": "CE", "millennium": "ML",
}
UNIT_PLURALS: dict[str, str] = {
    "seconds": "second", "minutes": "minute", "hours": "hour", "days": "day", "weeks": "week",
    "weekends": "weekend", "fortnights": "fortnight", "months": "month", "quarters": "quarter",
    "years": "year", "decades": "decade", "centuries": "century", "millennia": "millennium",
    "millenniums": "millennium",
}

NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a": 1, "an": 1, "a single": 1, "a couple of": 2, "couple of": 2, "a couple": 2, "a dozen": 12,
    "dozen": 12, "a hundred": 100, "one hundred": 100, "a thousand": 1000,
    "two thousand": 2000, "another": 1,
}
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# Quantities that TIMEX3 writes as X: "several years" -> PXY.
VAGUE_QUANTITIES = ("a few", "few", "several", "many", "some", "numerous", "countless", "couple of",
                    "a number of", "a couple of", "hundreds of", "thousands of", "dozens of")

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
    "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26,
    "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30,
    "thirty-first": 31, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "final": 4, "last": 4,
}

# Fractions of a period: (parts, which part) -> name in the grammar.
FRACTIONS: dict[str, int] = {"half": 2, "quarter": 4, "third": 3, "decade": 10}
FRACTION_ORDINALS: dict[str, int] = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                                     "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
                                     "last": -1, "final": -1, "latter": -1, "former": 1}

# "the start of X", "early X", ... -> TIMEX3 mod.
POSITION_MODS: dict[str, str] = {
    "start": "START", "beginning": "START", "dawn": "START", "outset": "START", "early": "START",
    "middle": "MID", "mid": "MID", "midst": "MID", "end": "END", "close": "END", "late": "END",
    "turn": "END", "latter part": "END", "early part": "START", "closing": "END",
}

# Approximation words before a quantity -> TIMEX3 mod.
QUANTITY_MODS: dict[str, str] = {
    "more than": "MORE_THAN", "upwards of": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE",
    "less than": "LESS_THAN", "fewer than": "LESS_THAN",
    "nearly": "LESS_THAN", "almost": "LESS_THAN", "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS", "about": "APPROX", "around": "APPROX",
    "roughly": "APPROX", "some": "APPROX", "approximately": "APPROX", "just over": "MORE_THAN",
    "just under": "LESS_THAN", "well over": "MORE_THAN", "barely": "LESS_THAN",
}

# Vague references, with their TIMEX3 value and type. Matched case-insensitively, whole.
VAGUE_REFERENCES: dict[str, tuple[str, str]] = {
    "now": ("PRESENT_REF", "DATE"),
    "just now": ("PAST_REF", "DATE"), "currently": ("PRESENT_REF", "DATE"),
    "nowadays": ("PRESENT_REF", "DATE"), "these days": ("PRESENT_REF", "DATE"),
    "at present": ("PRESENT_REF", "DATE"), "the present": ("PRESENT_REF", "DATE"),
    "the time": ("PAST_REF", "DATE"),  # only in "at the time," (relative.vague checks)
    "the moment": ("PRESENT_REF", "DATE"),  # only in "at/for the moment" (relative.vague checks)
    "this moment": ("PRESENT_REF", "DATE"),
    "a long time ago": ("PAST_REF", "DATE"), "a while ago": ("PAST_REF", "DATE"),
    "a short while ago": ("PAST_REF", "DATE"), "a little while ago": ("PAST_REF", "DATE"),
    "some time ago": ("PAST_REF", "DATE"), "the other day": ("PAST_REF", "DATE"),
    "the present day": ("PRESENT_REF", "DATE"), "present-day": ("PRESENT_REF", "DATE"),
    "recently": ("PAST_REF", "DATE"), "more recently": ("PAST_REF", "DATE"),
    "lately": ("PAST_REF", "DATE"), "the past": ("PAST_REF", "DATE"),
    "formerly": ("PAST_REF", "DATE"), "long ago": ("PAST_REF", "DATE"),
    "recent years": ("PAST_REF", "DATE"), "recent months": ("PAST_REF", "DATE"),
    "recent weeks": ("PAST_REF", "DATE"), "recent days": ("PAST_REF", "DATE"),
    "recent decades": ("PAST_REF", "DATE"), "past years": ("PAST_REF", "DATE"),
    "soon": ("FUTURE_REF", "DATE"), "sooner or later": ("FUTURE_REF", "DATE"),
    "the future": ("FUTURE_REF", "DATE"), "the near future": ("FUTURE_REF", "DATE"),
    "the distant future": ("FUTURE_REF", "DATE"), "the foreseeable future": ("FUTURE_REF", "DATE"),
    "the not-too-distant future": ("FUTURE_REF", "DATE"), "the near term": ("FUTURE_REF", "DATE"),
    "the short term": ("FUTURE_REF", "DATE"), "the long term": ("FUTURE_REF", "DATE"),
    "the medium term": ("FUTURE_REF", "DATE"), "a later date": ("FUTURE_REF", "DATE"),
    "as soon as possible": ("FUTURE_REF", "DATE"),
    "someday": ("FUTURE_REF", "DATE"), "coming months": ("FUTURE_REF", "DATE"),
    "coming years": ("FUTURE_REF", "DATE"), "coming weeks": ("FUTURE_REF", "DATE"),
    "coming days": ("FUTURE_REF", "DATE"), "coming decades": ("FUTURE_REF", "DATE"),
    "the coming months": ("FUTURE_REF", "DATE"), "the coming years": ("FUTURE_REF", "DATE"),
    "the coming weeks": ("FUTURE_REF", "DATE"), "the coming days": ("FUTURE_REF", "DATE"),
    "the coming decades": ("FUTURE_REF", "DATE"), "the weeks ahead": ("FUTURE_REF", "DATE"),
    "the months ahead": ("FUTURE_REF", "DATE"), "the years ahead": ("FUTURE_REF", "DATE"),
    "the days ahead": ("FUTURE_REF", "DATE"), "future years": ("FUTURE_REF", "DATE"),
    "future quarters": ("FUTURE_REF", "DATE"), "future months": ("FUTURE_REF", "DATE"),
    "coming quarters": ("FUTURE_REF", "DATE"), "future decades": ("FUTURE_REF", "DATE"),
    "a long time": ("PXY", "DURATION"), "a long while": ("PXY", "DURATION"),
    # "for some time": months, as TimeBank and our gold value it ("a while" stays unknown)
    "a while": ("PXX", "DURATION"), "some time": ("PXM", "DURATION"),
}
# "in the long run" is an idiom (how things turn out), not a time: TimeBank leaves it unmarked.

# Words of a game being reported. In a story that uses them, "the second half", "a first-half try" and
# "the final quarter" are periods of the match, not of the year (see quarters.numbered_quarter).
MATCH_WORDS = ("goal", "goals", "try", "tries", "scored", "scoring", "scoreless", "penalty", "penalties", "kick",
               "kicked", "header", "half-time", "interval", "equaliser", "equalizer", "equalise", "referee",
               "striker", "midfielder", "defender", "touchdown", "wicket", "wickets", "innings", "possession",
               "possessions", "replacement", "substitute", "fixture", "match", "tackle", "whistle", "conversion",
               # the people and competitions of a sport, for the interviews after a game ("the coach said we
               # played well in the second half"); a score such as "24-18" counts too (quarters._SCORE)
               "scoreline", "fly-half", "scrum-half", "coach", "captain", "squad", "league", "cup", "semi-final",
               "semi-finals", "quarter-final", "quarter-finals", "championship", "tournament", "rugby", "football",
               "tennis", "cricket", "hockey", "basketball")
# ... unless the sentence speaks of money: "first-half profits", "sales in the second half" ("a 19-13 loss",
# "the results", "overhauled the deficit" and "spending more time in their half" are a game's too)
MONEY_WORDS = ("profit", "profits", "earnings", "sales", "revenue", "revenues", "fiscal", "financial",
               "economy", "growth", "shares", "turnover", "losses", "dividend", "budget", "output", "prices",
               "inflation")
