"""Births, deaths and lives of known people dated by the actor knowledge's days.

"Born in 1930", "she has died" (a news story's day), "Name (1921-2009)": the text gives a year
or the dct; where the actor knowledge base has the person's day of birth or death and it falls
in what the text says, that day is the event's date and its basis is ``knowledge`` (a bound
taken from world knowledge, as for a known crisis the text dates only by its year). The text's
own date stays in ``text_date``. A knowledge day outside the text's interval is left alone: the
text may mean another person of that name, or the knowledge may be wrong.
"""
from __future__ import annotations

from datetime import date, timedelta
from typing import Callable

from .candidates import Candidate

# A news story tells a death on the day it is written or a few days later ("has died" on Monday
# of a death on Saturday): the knowledge day may precede a dct-dated death by this many days.
_NEWS_LAG = timedelta(days=7)


def _is_day(day: date | None) -> bool:
    """Whether a knowledge date can be a day: the loader widens "1930" and "1930-05" to their
    first day, so a first of the month cannot be told from a month or a year given alone."""
    return day is not None and day.day != 1


def _contains(cand: Candidate, day: date) -> bool:
    """Whether the candidate's interval holds the day (a context-dated news death: a week before too)."""
    if cand.date_begin is None:
        return False
    lo, hi = cand.date_begin, cand.date_end or cand.date_begin
    if cand.date_end is None and cand.granularity == "year":
        hi = date(lo.year, 12, 31)
    if cand.date_basis == "context":
        lo = lo - _NEWS_LAG
    return lo <= day <= hi


def _life_event(cand: Candidate) -> str | None:
    """Which life event a text candidate is: 'death', 'birth' or 'life' (the names our finders
    give: the trigger row "Birth of {agent}", citations' "Life of X"), else None."""
    if cand.kb is not None or cand.source != "text":
        return None
    if cand.kind == "death":
        return "death"
    if cand.name.startswith("Birth of "):
        return "birth"
    if cand.name.startswith("Life of "):
        return "life"
    return None


def dated_by_life(candidates: list[Candidate], life_days: Callable[[str], tuple[date | None, date | None]]) -> None:
    """Date text births, deaths and lives of one known person by the knowledge's days, in place.

    ``life_days(actor_id)`` gives (born, died), each None where unknown; the candidate's person
    is the one actor of its links whose life the knowledge knows.
    """
    for cand in candidates:
        which = _life_event(cand)
        if which is None:
            continue
        known = {actor for actor, _, _ in cand.actors if any(life_days(actor))}
        if len(known) != 1:
            continue
        born, died = life_days(known.pop())
        if which == "life":
            if _is_day(born) and _is_day(died) and cand.date_begin and cand.date_end and \
                    (born.year, died.year) == (cand.date_begin.year, cand.date_end.year):
                cand.date_begin, cand.date_end = born, died
                cand.granularity, cand.date_basis = "day", "knowledge"
            continue
        day = died if which == "death" else born
        if not _is_day(day) or not _contains(cand, day):
            continue
        cand.date_begin = cand.date_end = day
        cand.granularity, cand.date_basis = "day", "knowledge"
