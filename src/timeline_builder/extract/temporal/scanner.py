"""The English scanner: run every rule, keep the leftmost-longest spans, resolve them in order."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Callable

from ...records import Timex
from . import absolute, durations, eras, holidays, named_days, quarters, relative, within
from .candidates import Candidate
from .context import Context
from .modifiers import widen
from .lexicon import MONTHS, UNIT_PLURALS, UNITS, VAGUE_REFERENCES, WEEKDAYS
from .patterns import compile_rule, word_trie
from .resolve import Found, open_to_dct

_DIGITS = "#"
# words too common in news to anchor a vague reference when the phrase holds a rarer one ("not",
# "long" and "some" open thousands of windows where "the not-too-distant future", "a long time"
# and "some time ago" have "future", "time" and "ago")
_COMMON_WORDS = frozenset("the a at as in or of this one not too more other some just these long".split())


def _vague_anchors() -> tuple[str, ...]:
    """The words that anchor the vague references: each phrase's uncommon words (all of them if none)."""
    anchors: set[str] = set()
    for phrase in VAGUE_REFERENCES:
        words = re.split(r"[\s-]+", phrase)
        anchors.update([w for w in words if w not in _COMMON_WORDS] or words)
    return tuple(sorted(anchors))

OUT_OF_CALENDAR = "timex-out-of-calendar"
_SEASON_WORDS = ("spring", "summer", "fall", "autumn", "winter")
# The words one of which every match of a rule contains ("#": a number). A rule runs only in
# windows around its anchors: scanning tokens once and looking them up is far faster than
# running two dozen case-insensitive alternations over the whole text.
_ANCHORS = {
    absolute.iso_date: (_DIGITS,), absolute.numeric_date: (_DIGITS,),
    absolute.month_day: tuple(MONTHS), absolute.day_month: tuple(MONTHS), absolute.month_year: tuple(MONTHS), absolute.month_pair: tuple(MONTHS), absolute.day_pair: tuple(MONTHS),
    absolute.month_alone: tuple(MONTHS), absolute.spoken_date: tuple(MONTHS), absolute.bare_year: (_DIGITS,),
    absolute.spelled_year: ("nineteen", "twenty"), absolute.year_two_thousand: ("thousand",),
    absolute.fiscal_code: ("fy",), absolute.decade: (_DIGITS, "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
                      "nineties"),
    absolute.century: ("century",), absolute.relative_century: ("century",),
    absolute.clock_time: (_DIGITS, "noon", "midnight", "midday"),
    quarters.numbered_quarter: ("quarter", "quarters", "half", "halves"),
    quarters.named_quarter: ("quarter", "period"), quarters.year_ago_adjective: ("year",),
    # anchored on the rarer word each match must hold: "long"; a plural weekday or part of the day
    relative.unit_long: ("long",),
    relative.weekday: tuple(WEEKDAYS), relative.weekday_set: ("mornings", "afternoons", "evenings", "nights") + tuple(
        f"{day}s" for day in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")),
    relative.deictic_day: ("yesterday", "today", "tomorrow", "tonight"),
    relative.part_of_day: ("morning", "afternoon", "evening", "night", "overnight", "midmorning", "midafternoon",
                           "midevening"),
    relative.hour_of_the_day: ("morning", "afternoon", "evening", "night"),
    relative.relative_period: ("year", "month", "week", "weekend", "decade", "day") + _SEASON_WORDS,
    relative.ago: ("ago", "earlier", "later", "now", "hence", "back"),
    relative.duration: tuple(UNITS) + tuple(UNIT_PLURALS), relative.bare_units: tuple(UNIT_PLURALS),
    relative.frequency: ("daily", "weekly", "monthly", "yearly", "annually", "hourly", "nightly", "biweekly",
                         "semiannually", "biannually", "fortnightly", "every", "each", "per"),
    relative.vague: _vague_anchors(),
    # "Good Friday", "Election Day", "the Fourth of July" are anchored on the rarer of their words
    holidays.holiday: ("christmas", "easter", "thanksgiving", "independence", "labor", "memorial", "veterans",
                       "halloween", "valentine", "day", "king", "friday", "boxing", "new", "july"),
    quarters.quarter_code: ("q", "h"), absolute.year_range: (_DIGITS,), absolute.century_turn: ("turn",), absolute.century_pair: ("centuries", "century"),
    absolute.season_pair: ("spring", "summer", "autumn", "winter"), absolute.military_time: ("gmt", "utc", "zulu", "local", "et", "est", "edt", "ct", "cst", "cdt",
                                                                 "mt", "mst", "mdt", "pt", "pst", "pdt", "bst", "cet", "cest",
                                                                 "msk"), absolute.day_of_month: (_DIGITS,), absolute.year_end: ("year",), relative.season: _SEASON_WORDS, relative.the_week: ("week",),
}
# How far before and after its anchor a rule's match may reach (default: WINDOW_BEFORE/AFTER).
_REACH = {
    absolute.iso_date: (1, 20), absolute.numeric_date: (7, 12), absolute.bare_year: (1, 6),
    absolute.decade: (8, 8), absolute.fiscal_code: (1, 8), absolute.clock_time: (15, 40), relative.duration: (24, 20), relative.ago: (45, 12), absolute.month_day: (14, 18), absolute.day_month: (32, 12),
    absolute.month_year: (2, 16), absolute.month_pair: (20, 24), absolute.day_pair: (24, 30), absolute.month_alone: (14, 32), absolute.spoken_date: (2, 45),
    quarters.year_ago_adjective: (6, 10), absolute.century: (30, 10), absolute.relative_century: (20, 10),
    relative.weekday: (20, 15), relative.weekday_set: (45, 2), relative.unit_long: (10, 1), relative.deictic_day: (30, 15), relative.part_of_day: (20, 20), relative.hour_of_the_day: (40, 2),
    relative.vague: (24, 24), relative.bare_units: (1, 12), relative.frequency: (30, 40),
    relative.relative_period: (36, 15), holidays.holiday: (24, 30),
    absolute.year_end: (16, 8), quarters.quarter_code: (6, 14), absolute.year_range: (1, 8), absolute.century_turn: (6, 45), absolute.century_pair: (40, 2), absolute.season_pair: (6, 40), absolute.military_time: (7, 12), absolute.day_of_month: (5, 8), relative.season: (12, 12), relative.the_week: (8, 6),
}
# For rules a number anchors: what must follow the number for the rule to have a chance.
# Most numbers in news are amounts; skipping them keeps the digit rules' windows few.
_AFTER_NUMBER = {
    absolute.iso_date: re.compile(r"(?<=\d{4})-\d"), absolute.numeric_date: re.compile(r"[/.]\d"),
    absolute.bare_year: re.compile(r"(?<=\b\d{4})(?!\d)"), absolute.year_range: re.compile(r"(?<=\b\d{4})[-–/]\d\d\b"), absolute.decade: re.compile(r"['’]?s\b"),
    absolute.clock_time: re.compile(r":\d|[\s\xa0]*[ap]\.?m\b|[\s\xa0]*[ap]\.m|[\s\xa0]*o'clock"
                                    r"|\.[0-5]\d[\s\xa0]*(?:GMT|UTC|BST|CET|[ECMP][SD]?T)\b", re.I),
    durations.clock_duration: re.compile(r":[0-5]\d"),
    absolute.day_of_month: re.compile(r"(?:st|nd|rd|th|(?<=[23])d)\b", re.I),
}
WINDOW_BEFORE, WINDOW_AFTER = 70, 60
# Every expression starts a word (or is a "'80s"). Saying so in front of each rule lets the regex
# engine give up after one test at the two positions in three that lie inside a word, where it
# otherwise tried every alternative of the rule: it halves the time spent matching. It also stops
# a rule's leading word from matching the tail of another ("at 10.38am" inside "that 10.38am").
_WORD_START = r"(?<!\w)(?=\w|['’])"


@dataclass(frozen=True)
class RuleSet:
    """Compiled rules, how far each reaches around its anchors, and the rules of each anchor word."""

    rules: tuple[tuple[re.Pattern[str], Callable, int, int], ...]
    word_rules: dict[str, tuple[int, ...]]
    after_number: tuple[re.Pattern[str] | None, ...]
    any_after_number: re.Pattern[str] | None  # what follows a number for at least one rule (None: any number)
    # for each anchor word, the (rule index, reach before, reach after, test of what follows a number) to open
    word_plans: dict[str, tuple[tuple[int, int, int, re.Pattern[str] | None], ...]]
    anchor_words: re.Pattern[str]  # every number and every anchor word, on lower-cased text


@lru_cache(maxsize=8)
def rule_set(knowledge_dirs: tuple[Path, ...] = ()) -> RuleSet:
    """The English rules, with the eras of the packaged and the users' knowledge files."""
    anchors, reach = {**_ANCHORS, **durations.ANCHORS, **within.ANCHORS}, {**_REACH, **durations.REACH, **within.REACH}
    specs = [(pattern, builder, anchors[builder], *reach.get(builder, (WINDOW_BEFORE, WINDOW_AFTER)))
             for pattern, builder in (*absolute.RULES, *relative.RULES, *durations.RULES, *within.RULES, *holidays.rules())]
    era = eras.era_rule(knowledge_dirs)
    if era is not None:
        specs.append((*era, 20, 15))
    word_rules: dict[str, tuple[int, ...]] = {}
    for index, (_, _, anchors, _, _) in enumerate(specs):
        for word in anchors:
            word_rules[word] = word_rules.get(word, ()) + (index,)
    rules = tuple((compile_rule(f"{_WORD_START}(?:{pattern})"), builder, before, after)
                  for pattern, builder, _, before, after in specs)
    # a number, or a whole run of letters that is an anchor word (anchors are runs of letters)
    words = word_trie(w for w in word_rules if re.fullmatch(r"[^\W\d_]+", w))
    anchor_words = re.compile(rf"\b(?:\d+|{words}(?![^\W\d_]))")
    after_number = tuple(_AFTER_NUMBER.get(spec[1]) for spec in specs)
    follows = [after_number[index] for index in word_rules.get(_DIGITS, ())]
    # one test instead of one a rule for the many numbers that are amounts ("5 million", "10%"); case-insensitive
    # and a union, so it lets through all that any rule's own test does
    any_after = None if any(f is None for f in follows) else re.compile("|".join(f"(?:{f.pattern})" for f in follows),
                                                                        re.I)
    plans = {word: tuple((index, rules[index][2], rules[index][3], after_number[index] if word == _DIGITS else None)
                         for index in indices) for word, indices in word_rules.items()}
    return RuleSet(rules, word_rules, after_number, any_after, plans, anchor_words)


def rule_windows(text: str, rules: RuleSet) -> list[list[list[int]]]:
    """For each rule, the merged [start, end) windows around its anchor words."""
    windows: list[list[list[int]]] = [[] for _ in rules.rules]
    plans = rules.word_plans
    digit_plan = plans[_DIGITS]
    any_after_number = rules.any_after_number
    length = len(text)
    # Only anchor words are looked at: one trie regex finds them three times faster than a loop over
    # every word. A word glued to a number ("5years") is no anchor, but no rule matches one either.
    for token in rules.anchor_words.finditer(text.lower()):
        word = token.group()
        start, end = token.span()
        if word[0].isdigit():
            if any_after_number is not None and not any_after_number.match(text, end):
                continue
            plan = digit_plan
        else:
            plan = plans[word]
        for index, before, after, follow in plan:
            if follow is not None and not follow.match(text, end):
                continue
            low, high = start - before, end + after
            if high > length:
                high = length
            spans = windows[index]
            if spans and low <= spans[-1][1]:
                spans[-1][1] = high
            else:
                spans.append([low if low > 0 else 0, high])
    return windows


_TITLE_WORD = re.compile(r"\b(?:Week|Weeks|Weekend|Minute|Minutes|Hour|Hours|Noon|Midnight|Today|Tonight|Tomorrow|"
                         r"Yesterday|Day|Days|Month|Months|Year|Years|Decade|Decades|Century|Morning|Evening|"
                         r"Night|Afternoon|Daily|Weekly|Monthly|Nightly|Yearly|Last|This|Next)\b")
# a holiday is a name itself, but a capitalised "Last"/"This"/"Next" before it inside a sentence makes a title:
# the song "Last Christmas", "a No 1 This Christmas"
_TITLE_DEICTIC = re.compile(r"\b(?:Last|This|Next)\b")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;\n]|``|[\"“‘'(\[—–-])[\s\xa0\"“‘'`]*\Z")


def titled(text: str, start: int, end: int, words: re.Pattern[str] = _TITLE_WORD) -> bool:
    """A capitalised time word inside a sentence names something: "This Week", "60 Minutes", "High Noon",
    "the Daily Telegraph", "Suddenly Last Summer"."""
    for word in words.finditer(text, start, end):
        if not _SENTENCE_OPENING.search(text, max(0, word.start() - 12), word.start()):
            return True
    return False


def candidates(text: str, rules: RuleSet) -> list[Candidate]:
    """Every span some rule accepts near its anchors, widened over its modifiers."""
    found: list[Candidate] = []
    # holidays are names; a capitalised "Century" after an ordinal is still the century (century() checks names)
    names = (holidays.holiday, absolute.century, absolute.century_turn, absolute.century_pair)
    for (pattern, builder, _, _), spans in zip(rules.rules, rule_windows(text, rules)):
        for low, high in spans:
            for match in pattern.finditer(text, low, high):
                if match.end() == match.start():
                    continue
                candidate = builder(match, text)
                if candidate is not None and not titled(text, candidate.start, candidate.end,
                                                        _TITLE_DEICTIC if builder in names else _TITLE_WORD):
                    found.append(widen(candidate, text))
    return found


def select(found: list[Candidate]) -> list[Candidate]:
    """Leftmost-longest non-overlapping candidates (ties go to the lower rank)."""
    found.sort(key=lambda c: (c.start, -(c.end - c.start), c.rank))
    chosen: list[Candidate] = []
    cursor = 0
    for candidate in found:
        if candidate.start >= cursor:
            chosen.append(candidate)
            cursor = candidate.end
    return chosen


def resolve_all(text: str, chosen: list[Candidate], dct: date | None,
                named: dict | None = None) -> tuple[list[Found], Context]:
    """Resolve the chosen candidates in text order, tracking the last mentioned date."""
    ctx = Context(text, dct, named_days=named or {})
    results: list[Found] = []
    for candidate in chosen:
        try:
            resolved = candidate.resolve(ctx)
        except (ValueError, OverflowError):
            # the date it names lies outside years 1-9999 (a dct at a calendar end, "in 5000 years"):
            # a problem row, never a traceback
            ctx.problems.append((OUT_OF_CALENDAR, text[candidate.start:candidate.end]))
            continue
        for found in resolved:
            if found.end <= found.start or found.start < 0:
                continue
            results.append(open_to_dct(found, ctx))
            if found.unresolved:
                ctx.unresolved += 1
            elif found.anchor and found.type in ("DATE", "TIME"):
                ctx.remember(found.value, found.start)
    return results, ctx


def to_timex(found: Found, text: str, doc_id: str, extractor: str) -> Timex:
    """The record of a resolved expression."""
    begin, end = found.begin, found.end_date
    if begin is not None and end is not None and begin > end:
        begin, end = end, begin
    return Timex(doc_id=doc_id, char_start=found.start, char_end=found.end, text=text[found.start:found.end],
                 type=found.type, value=found.value, mod=found.mod, date_begin=begin, date_end=end,
                 granularity=found.granularity if (begin or end) else None, extractor=extractor)


def scan_english(text: str, dct: date | None, knowledge_dirs: tuple[Path, ...] = ()) -> tuple[list[Found], Context]:
    """The resolved English expressions of ``text``, and the context."""
    return resolve_all(text, select(candidates(text, rule_set(tuple(knowledge_dirs)))), dct,
                       named_days.load_named_days(tuple(knowledge_dirs)))
