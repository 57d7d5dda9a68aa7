"""Text events the text dates only to a year after the document's day (issue 9).

The convention (docs/events.md, "Future years"): a happening the text places in a year, a decade or a
century AFTER the dct, with no finer date, is not yet an event: a forecast ("growth will slow next
year"), a plan or a budget for a coming year ("my budget for the coming fiscal year will provide for"),
a promise ("promised a vote next year") or a period figures will cover. Scheduled happenings carry a
day or a month ("the vote will be held on 16 March"), and those stay. The one exception is the one the
hope cues already make (``knowledge/nonevents``, scope ``complement``): a hope whose own stretch holds
the date is a hoped-for event the text places in time ("in the hope that in four years X will come to
power"): it names who hopes and what, and it is kept as such.
"""
from __future__ import annotations

from datetime import date

from ...knowledge.nonevents import NonEventCues
from ..casefold import case_blind
from .nonevents import _PART_END, _form

# Granularities that name no set day: a year, a decade, a century.
_COARSE = frozenset({"year", "decade", "century"})


def unscheduled_future(cues: NonEventCues, text: str, anchor: tuple[int, int], sentence: tuple[int, int],
                       begin: date | None, granularity: str | None, dct: date | None) -> bool:
    """Whether a clause dated at ``anchor`` (its first day ``begin``, its ``granularity``) is dated only to a
    year, decade or century after ``dct`` and no hope governs the date: then it dates no event."""
    if dct is None or begin is None or granularity not in _COARSE or begin <= dct:
        return False
    return not _hoped_for(cues, text, anchor, sentence)


def _hoped_for(cues: NonEventCues, text: str, anchor: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether a hope cue ("in the hope that", "hopes to") stands before the date in its sentence with no
    end of its stretch (a comma, a semicolon, "but", "which", ...) between them."""
    if cues.complement is None:
        return False
    lo = sentence[0] if sentence[0] <= anchor[0] else max(0, anchor[0] - 300)
    for m in case_blind(cues.complement).finditer(text, lo, anchor[0]):
        if cues.classes.get(_form(m)) != "hope":
            continue
        if _PART_END.search(text, m.end(), anchor[0]) is None:
            return True
    return False

