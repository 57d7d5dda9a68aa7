"""The English scanner: run every rule, keep the leftmost-longest spans, resolve them in order."""
from __future__ import annotations

import re
from datetime import date

from ...records import Timex
from . import absolute, eras, relative
from .candidates import Candidate
from .context import Context
from .modifiers import widen
from .patterns import compile_rule
from .resolve import Found

_RULES = tuple((compile_rule(pattern), builder)
               for pattern, builder in (*absolute.RULES, *relative.RULES, *eras.rules()))
# Every rule needs one of these somewhere in its match; text without any is skipped fast.
_ANCHOR = re.compile(r"\d|[a-z]{3,}", re.I)


def candidates(text: str) -> list[Candidate]:
    """Every span some rule accepts, widened over its modifiers."""
    found: list[Candidate] = []
    for pattern, builder in _RULES:
        for match in pattern.finditer(text):
            if match.end() == match.start():
                continue
            candidate = builder(match, text)
            if candidate is not None:
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


def resolve_all(text: str, chosen: list[Candidate], dct: date | None) -> tuple[list[Found], Context]:
    """Resolve the chosen candidates in text order, tracking the last mentioned date."""
    ctx = Context(text, dct)
    results: list[Found] = []
    for candidate in chosen:
        for found in candidate.resolve(ctx):
            if found.end <= found.start or found.start < 0:
                continue
            results.append(found)
            if found.unresolved:
                ctx.unresolved += 1
            elif found.anchor and found.type in ("DATE", "TIME"):
                ctx.remember(found.value, found.start)
    return results, ctx


def to_timex(found: Found, text: str, doc_id: str, extractor: str) -> Timex:
    begin, end = found.begin, found.end_date
    if begin is not None and end is not None and begin > end:
        begin, end = end, begin
    return Timex(doc_id=doc_id, char_start=found.start, char_end=found.end, text=text[found.start:found.end],
                 type=found.type, value=found.value, mod=found.mod, date_begin=begin, date_end=end,
                 granularity=found.granularity if (begin or end) else None, extractor=extractor)


def scan_english(text: str, dct: date | None) -> tuple[list[Found], Context]:
    return resolve_all(text, select(candidates(text)), dct)
