"""Regular-expression fragments built from the lexicon, and parsers for their tokens."""
from __future__ import annotations

import re

from .lexicon import (MONTHS, NUMBER_WORDS, ONES, ORDINALS, QUANTITY_MODS, TENS, UNIT_PLURALS,
                      UNITS, VAGUE_QUANTITIES, WEEKDAYS)


def alternation(words, boundary: bool = True) -> str:
    """A non-capturing group matching any of the words, the longest one that fits, spaces matching any whitespace.

    Written as a trie (see word_trie): a regex of two dozen words (units, number words, months)
    otherwise tests every word at every position its rule looks at."""
    group = "(?:" + word_trie(words).replace("\\ ", r"\s+") + ")"
    return group + r"\b" if boundary else group


def word_trie(words) -> str:
    """One regular expression for many lower-case words, as a trie: "ago|august" -> "(?:a(?:go|ugust))".

    The regex engine tries the alternatives of a group one by one; in a trie each position costs one
    test per letter instead of one per word."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body
    return emit(root)


S = r"[\s\xa0]+"  # whitespace, including the non-breaking spaces of typeset text
OPT_S = r"[\s\xa0]*"
_FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_ABBREVIATED_MONTHS = [m for m in MONTHS if m not in _FULL_MONTHS]
MONTH = "(?:" + alternation(_FULL_MONTHS)[3:-3] + r")\b|(?:" + "|".join(
    sorted(_ABBREVIATED_MONTHS, key=len, reverse=True)) + r")\b\.?"
MONTH = f"(?:{MONTH})"
WEEKDAY = (r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
           r"|(?:mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\.)")
# "August 2d", "the 3d": the old-style ordinals of 2 and 3 (nineteenth-century and legal prose)
OLD_ORDINAL = r"(?<=[23])d"
DAY = rf"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|{OLD_ORDINAL})?\b"
YEAR4 = r"(?:1\d{3}|20\d\d)"
# "twenty-five", "ninety nine": tens, then optionally ones (written as a structure, not 144 words)
NUMBER_WORD = (rf"(?:{alternation(TENS, boundary=False)}(?:[-\s\xa0]{alternation(ONES, boundary=False)})?\b"
               rf"|{alternation([w for w in NUMBER_WORDS if w not in TENS])})")
NUMBER_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s1/2)?"
VAGUE_QUANTITY = alternation(VAGUE_QUANTITIES)
QUANTITY = (rf"(?:{NUMBER_DIGITS}|half{S}an?\b|an?{S}half\b|{VAGUE_QUANTITY}"
            rf"|{NUMBER_WORD}(?:{S}and{S}a{S}half\b)?)")
# "a third of a", "two-thirds of an", "a quarter of a": a part of one unit ("a third of a century ago")
FRACTION = rf"(?:an?|one|two|three|four)(?:{S}|-)(?:thirds?|quarters?|fifths?){S}of{S}an?"
_FRACTION_PARTS = {"third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5}
UNIT = alternation(list(UNITS) + list(UNIT_PLURALS))
UNIT_PLURAL = alternation(UNIT_PLURALS)
ORDINAL_WORD = alternation([w for w in ORDINALS if not w[0].isdigit()])
ORDINAL_NUMBER = rf"(?:\d{{1,2}}(?:st|nd|rd|th|{OLD_ORDINAL}))\b"
QUANTITY_MOD = alternation(QUANTITY_MODS)
TIMEZONE = r"(?:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|MSK)\b"


def month_number(token: str) -> int | None:
    """The month (1-12) a month token names."""
    return MONTHS.get(token.lower().rstrip("."))


def weekday_number(token: str) -> int | None:
    """The weekday (Monday = 0) a weekday token names."""
    return WEEKDAYS.get(token.lower().rstrip("."))


def is_capitalised(token: str) -> bool:
    """Month and weekday names count only when capitalised as names are."""
    return token[:1].isupper()


def number_value(token: str) -> float | None:
    """The number a quantity token denotes; None for vague quantities (TIMEX3 'X')."""
    text = " ".join(token.lower().split())
    if text in ("half a", "half an", "a half"):
        return 0.5
    fraction = re.fullmatch(r"(an?|one|two|three|four)[- ](thirds?|quarters?|fifths?) of an?", text)
    if fraction:
        count = 1 if fraction.group(1) in ("a", "an") else NUMBER_WORDS[fraction.group(1)]
        return count / _FRACTION_PARTS[fraction.group(2)]
    half = 0.0
    if text.endswith(" and a half"):
        text, half = text[: -len(" and a half")], 0.5
    if text.endswith(" 1/2"):
        text, half = text[:-4], 0.5
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", text):
        return float(text.replace(",", "")) + half
    if text in NUMBER_WORDS:
        return NUMBER_WORDS[text] + half
    parts = re.split(r"[- ]", text)
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]] + half
    return None


def unit_name(token: str) -> str:
    """The singular unit name of a unit token ('decades' -> 'decade')."""
    word = token.lower()
    return UNIT_PLURALS.get(word, word)


def ordinal_value(token: str) -> int | None:
    """The number of an ordinal ('third', '21st')."""
    word = token.lower().replace(" ", "-")
    if word in ORDINALS:
        return ORDINALS[word]
    found = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th|(?<=[23])d)", word)
    return int(found.group(1)) if found else None


def compile_rule(pattern: str) -> re.Pattern[str]:
    """Rules match case-insensitively; case-sensitive checks are done on the tokens."""
    return re.compile(pattern, re.IGNORECASE)
