"""One event word of one clause tells one happening: when two dates of the clause were each read
as the date of the same event word, the event is told once, dated by the nearer date.

"In 2011 the assembly passed a law that takes effect in 2014" gives its clause two dated
candidates, one per date, and both are named by "passed": one law, passed in 2011. The date
read with the event word is the one in its own part of the clause (no comma or clause word such
as "although", "while" or "which" between them), then the nearer in words, then the earlier.

A clause that says the happening recurs ("met in March and again in May", "voted twice, in
1992 and 1994", "met in Oslo in 1998 and in Bergen in 1999") is left alone: each date is one of
its happenings. Statements are left to
``nonevents.without_twins``, which knows when a statement was made.
"""
from __future__ import annotations

import re

from .candidates import Candidate

# Words saying the event word stands for more than one happening.
_AGAIN = re.compile(r"(?i)(?<![\w-])(?:again|twice|thrice|respectively|once more|"
                    r"\w+ times|and (?:then |later |also )?(?:in|on|at|during))(?![\w-])")
# Where one part of a clause ends and another begins: its date is another part's.
_BOUNDARY = re.compile(r"(?i)[,;:()\u2014\u2013]|(?<![\w-])(?:although|though|while|whereas|but|because|since|"
                       r"when|after|before|until|which|who|whom|whose|where|saying)(?![\w-])")
_WORD = re.compile(r"\w+")


def one_row_per_trigger(candidates: list[Candidate], text: str) -> list[Candidate]:
    """``candidates`` without the extra dates of an event word read twice in one clause (see the module)."""
    groups: dict[tuple, list[Candidate]] = {}
    for cand in candidates:
        if cand.trigger is not None and cand.kb is None and cand.source == "text" and cand.kind != "statement" \
                and cand.date_begin is not None and cand.text_anchor != (0, 0):
            groups.setdefault((cand.span, cand.trigger, cand.kind), []).append(cand)
    drop: set[int] = set()
    for group in groups.values():
        if len(group) < 2 or len({(c.date_begin, c.date_end) for c in group}) < 2:
            continue
        edges = [c.text_anchor[0] for c in group] + [c.text_anchor[1] for c in group] + list(group[0].trigger)
        if _AGAIN.search(text, min(edges), max(edges)):  # between the event word and its dates
            continue
        keep = min(group, key=lambda c: _distance(text, c.trigger, c.text_anchor))
        drop.update(id(c) for c in group if c is not keep)
    return [c for c in candidates if id(c) not in drop] if drop else candidates


def _distance(text: str, trigger: tuple[int, int], anchor: tuple[int, int]) -> tuple[int, int, int]:
    """How far a date is from the event word: another part of the clause first, then words, then order."""
    lo, hi = (anchor[1], trigger[0]) if anchor[1] <= trigger[0] else (trigger[1], anchor[0])
    between = text[lo:hi] if lo < hi else ""
    return (1 if _BOUNDARY.search(between) else 0, len(_WORD.findall(between)), anchor[0])
