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
# NamedDays: (month, day) -> ((year, nouns), ...), latest year first
NamedDays = dict[tuple[int, int], tuple[tuple[int, frozenset[str]], ...]]
# up to three lower-case words (with hyphens) right after the date: "terrorist attacks", "coup attempt"
_WORDS_AFTER = re.compile(r"(?:[\s\xa0]+(?:[a-z][a-z'’-]*))(?:[\s\xa0]+[a-z][a-z'’-]*)?(?:[\s\xa0]+[a-z][a-z'’-]*)?")


@lru_cache(maxsize=None)
def load_named_days(user_dirs: tuple[Path, ...] = ()) -> NamedDays:
    """The days of the packaged and the users' knowledge files, by month and day.

    Raises:
        KnowledgeError: a bad date or a row without nouns, naming the file and line.
    """
    table: dict[tuple[int, int], list[tuple[int, frozenset[str]]]] = {}
    for path in knowledge_files(NAMED_DAYS_FILE, user_dirs):
        for row in read_tsv(path, required=("date", "nouns")):
            try:
                day = date.fromisoformat(row.require("date"))
            except ValueError as exc:
                raise row.error(f"bad date: {exc}") from None
            nouns = frozenset(row.require("nouns").lower().split())
            table.setdefault((day.month, day.day), []).append((day.year, nouns))
    return {key: tuple(sorted(rows, reverse=True)) for key, rows in table.items()}


# "after 11 September", "since September 11", "post 11 September", "in the wake of September 11": a time counted
# from the day, as one counts from an event
_SEQUENCE_BEFORE = re.compile(r"\b(?:after|since|post|pre|before|wake[\s\xa0]+of|aftermath[\s\xa0]+of)"
                              r"[\s\xa0-]+(?:the[\s\xa0]+)?\Z", re.I)
# how long before the dct a day's last passing may lie and still be news written without a year
_FRESH_DAYS = 90


def named_day_year(named: NamedDays, text: str, end: int, month: int, day: int, dct: date | None,
                   start: int | None = None) -> int | None:
    """The year of the event a day names (not after the dct's year: a story cannot name a day still to come by its
    event): when one of its nouns follows the date within three words ("the 11 September attacks"), or when a word
    counting from it comes first ("since 11 September") and the day's last passing is too long before the dct to be
    news written without a year (more than three months)."""
    rows = named.get((month, day))
    if not rows:
        return None
    after = _WORDS_AFTER.match(text, end)
    words = after.group().split() if after is not None else []
    for year, nouns in rows:
        if (dct is None or year <= dct.year) and any(word in nouns for word in words):
            return year
    if start is None or dct is None or not _SEQUENCE_BEFORE.search(text, max(0, start - 20), start):
        return None
    try:
        passing = date(dct.year, month, day)
        if passing > dct:
            passing = date(dct.year - 1, month, day)
    except ValueError:
        return None  # 29 February in a common year: no last passing to weigh
    if (dct - passing).days <= _FRESH_DAYS:
        return None
    return next((year for year, _ in rows if year < passing.year), None)
