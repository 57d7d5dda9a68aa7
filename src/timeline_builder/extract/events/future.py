"""Text events the text dates only coarsely after the document's day (issue 9).

The convention (docs/events.md, "Future years"): a happening the text places in a year, a decade or a
century AFTER the dct, with no finer date, is not yet an event: a forecast ("growth will slow next
year"), a plan or a budget for a coming year ("my budget for the coming fiscal year will provide for"),
a promise ("promised a vote next year") or a period figures will cover. The one exception is the one
the hope cues already make (``knowledge/nonevents``, scope ``complement``): a hope whose own stretch
holds the date is a hoped-for event the text places in time ("in the hope that in four years X will
come to power"): it names who hopes and what, and it is kept as such. Not a hope to do something
oneself ("hopes to complete the transaction early next year", "hoping to strike a deal at a June
summit"): that is the hoper's own plan, and goes as a plan does, at a year and at a month. A month after the dct dates an
event ("the first ships will be delivered in April") unless a plan or an expectation governs it ("is
due to sail in May", "plans to open the plant in March": cues of scope ``plan``); a day after the dct
is a scheduled happening ("the vote will be held on 16 March").
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
    """Whether a clause dated at ``anchor`` (its first day ``begin``, its ``granularity``) after ``dct`` is dated
    only to a year, decade or century with no hope governing the date, or only to a month (a season, a quarter)
    that a plan or an expectation governs ("is due to sail in May"): then it dates no event."""
    if dct is None or begin is None or begin <= dct:
        return False
    if granularity in _COARSE:
        return not _governed(cues.complement, cues, text, anchor, sentence, "hope", own_act=False)
    if granularity == "month":
        return (_governed(cues.planned, cues, text, anchor, sentence, None)
                or _governed(cues.complement, cues, text, anchor, sentence, "hope", own_act=True))
    return False


def _governed(pattern, cues: NonEventCues, text: str, anchor: tuple[int, int], sentence: tuple[int, int],
              cls: str | None, own_act: bool | None = None) -> bool:
    """Whether a cue of ``pattern`` (of class ``cls`` where given: a hope such as "in the hope that") stands
    before the date in its sentence with no end of its stretch (a comma, a semicolon, "but", "which", ...)
    between them. ``own_act`` True takes only the hopes that govern an infinitive ("hopes to complete the
    deal"), False only the others ("in the hope that X will come to power"): a hope to do something oneself
    at a coming time is the hoper's plan, like "plans to"; a hope that something will happen names a hoped-for
    event."""
    if pattern is None:
        return False
    lo = sentence[0] if sentence[0] <= anchor[0] else max(0, anchor[0] - 300)
    for m in case_blind(pattern).finditer(text, lo, anchor[0]):
        form = _form(m)
        if cls is not None and cues.classes.get(form) != cls:
            continue
        if own_act is not None and form.endswith(" to") != own_act:
            continue
        if _PART_END.search(text, m.end(), anchor[0]) is None:
            return True
    return False
