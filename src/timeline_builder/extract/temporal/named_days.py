"""Days that name an event by themselves ("the 11 September attacks") from a knowledge file.

Written without a year, such a day is the event's, whatever the dct: the last 11 September before a
story of 2005 is 2004's, but "the 11 September attacks" are 2001's.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from pathlib import Path

from ...knowledge.files import knowledge_files, read_tsv

NAMED_DAYS_FILE = "temporal/named_days.tsv"
# NamedDays: (month, day) -> ((year, nouns, alone, evidence, told), ...), latest year first; alone: the words
# right before the day after which it names the event with no noun ("since 11 September"); evidence: the words
# that show a story tells of the event (the nouns when the file gives none); told: words before the day after
# which it names the event alone only in a story with evidence words ("the lessons of September 11")
Row = tuple[int, frozenset[str], frozenset[str], frozenset[str], frozenset[str]]
NamedDays = dict[tuple[int, int], tuple[Row, ...]]
# up to three lower-case words (with hyphens) right after the date: "terrorist attacks", "coup attempt"
_WORDS_AFTER = re.compile(r"(?:[\s\xa0]+(?:[a-z][a-z'’-]*))(?:[\s\xa0]+[a-z][a-z'’-]*)?(?:[\s\xa0]+[a-z][a-z'’-]*)?")
# or the noun right before "of" and the date: "the attacks of 11 September", "the riot of January 6"
_NOUN_OF_BEFORE = re.compile(r"(?:^|[^a-z'’-])([a-z][a-z'’-]*)[\s\xa0]+of[\s\xa0]+(?:the[\s\xa0]+)?\Z")
# the word right before the date: "since 11 September"
_WORD_BEFORE = re.compile(r"(?:^|[^A-Za-z'’-])([A-Za-z][a-z'’-]*)[\s\xa0]+\Z")
_WORDS = re.compile(r"[a-z][a-z'’-]*")


@lru_cache(maxsize=None)
def load_named_days(user_dirs: tuple[Path, ...] = ()) -> NamedDays:
    """The days of the packaged and the users' knowledge files, by month and day.

    Raises:
        KnowledgeError: a bad date or a row without nouns, naming the file and line.
    """
    table: dict[tuple[int, int], list[Row]] = {}
    for path in knowledge_files(NAMED_DAYS_FILE, user_dirs):
        for row in read_tsv(path, required=("date", "nouns")):
            try:
                day = date.fromisoformat(row.require("date"))
            except ValueError as exc:
                raise row.error(f"bad date: {exc}") from None
            nouns = frozenset(row.require("nouns").lower().split())
            alone = frozenset((row.get("alone") or "").lower().split())
            evidence = frozenset((row.get("evidence") or "").lower().split()) or nouns
            told = frozenset((row.get("alone_told") or "").lower().split())
            table.setdefault((day.month, day.day), []).append((day.year, nouns, alone, evidence, told))
    return {key: tuple(sorted(rows, reverse=True)) for key, rows in table.items()}


def named_day_year(named: NamedDays, text: str, start: int, end: int, month: int, day: int,
                   dct: date | None) -> int | None:
    """The year of the event a day names when one of its nouns follows the date within three words, or stands
    right before "of" and the date ("the attacks of 11 September"); not after the dct's year: a story cannot
    name a day still to come by its event."""
    rows = named.get((month, day))
    if not rows:
        return None
    after = _WORDS_AFTER.match(text, end)
    before = _NOUN_OF_BEFORE.search(text[max(0, start - 40):start])
    if after is None and before is None:
        return None
    words = (after.group().split() if after else []) + ([before.group(1)] if before else [])
    for year, nouns, *_ in rows:
        if (dct is None or year <= dct.year) and any(word in nouns for word in words):
            return year
    return None


def alone_named_day_year(named: NamedDays, text: str, start: int, month: int, day: int,
                         dct: date | None, ahead_tense: str | None = None) -> int | None:
    """The year of the event a day names with no noun, right after one of its "alone" words ("since
    11 September" told in 2005 is 2001's): only in a story told in a later year than the event, and, when
    the story's own year's day has already passed by its dct, only when the story has one of the event's
    evidence words somewhere (else "since 11 September" in a story of October 2005 is that September's).
    After one of its "alone_told" words ("the lessons of September 11") the story needs an evidence word
    whatever its dct: such a word places nothing in time ("the meeting of September 11"). ``ahead_tense``: the
    tense of the sentence when the nearest such day lies after the dct; after an "alone" word the future or
    a plan keeps that next day ("will be held after September 11") and the present needs an evidence word;
    an "alone_told" word places nothing in time, so the tense does not count there."""
    rows = named.get((month, day))
    if not rows or dct is None:
        return None
    before = _WORD_BEFORE.search(text[max(0, start - 30):start])
    if before is None:
        return None
    word = before.group(1).lower()
    for year, _nouns, alone, evidence, told in rows:
        if (word not in alone and word not in told) or year >= dct.year:
            continue
        if word in alone and ahead_tense in ("future", "planned"):
            continue
        if (word not in alone or ahead_tense == "present" or date(dct.year, month, day) < dct) \
                and evidence.isdisjoint(_WORDS.findall(text.lower())):
            continue
        return year
    return None
