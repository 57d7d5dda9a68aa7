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

import re
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
    if dct is None or begin is None:
        return False
    if begin <= dct:  # the period holding the dct: told of with a future verb or a plan, it is not over yet
        if granularity in _COARSE:
            return (_holds(begin, granularity, dct)
                    and (_future_verb(text, anchor, sentence) or _planned(cues, text, anchor, sentence, "promise"))
                    and not _governed(cues.complement, cues, text, anchor, sentence, "hope", own_act=False))
        return (granularity in _MONTHS and _holds(begin, granularity, dct)
                and (_planned(cues, text, anchor, sentence, "promise")
                     or _governed(cues.planned, cues, text, anchor, sentence, None)))
    if granularity in _COARSE:
        return not _governed(cues.complement, cues, text, anchor, sentence, "hope", own_act=False)
    if granularity in _MONTHS:
        return (_planned(cues, text, anchor, sentence)
                or _governed(cues.complement, cues, text, anchor, sentence, "hope", own_act=True))
    return False


def _planned(cues: NonEventCues, text: str, anchor: tuple[int, int], sentence: tuple[int, int],
             cls: str | None = None) -> bool:
    """Whether a plan or an expectation (a cue of scope ``plan``: "is due to", "plans to", the teller's own
    "I will", "we shall"; of class ``cls`` where given: "promise", the teller's own future) governs the date:
    it stands before the date in its stretch ("I shall report to you next month"), or right after a date that
    opens its clause, behind a subject of up to two words ("This year we will send", "In May, the firm is due
    to")."""
    if _governed(cues.planned, cues, text, anchor, sentence, cls):
        return True
    if cues.planned is None or _OPENING.search(text[sentence[0]:anchor[0]]) is None:
        return False
    blind = case_blind(cues.planned)
    gap = _GAP.match(text, anchor[1])
    at = gap.end() if gap is not None else anchor[1]
    for _ in range(3):  # the cue right there, or behind one or two words of a subject
        if at >= sentence[1]:
            return False
        found = blind.search(text, at, sentence[1])
        if found is not None and found.start() == at and (cls is None or cues.classes.get(_form(found)) == cls):
            return True
        word = _SUBJECT_WORD.match(text, at, sentence[1])
        if word is None:
            return False
        at = word.end()
    return False


# What may stand between a date opening its clause and the subject: a comma, spaces.
_GAP = re.compile(r"\s*,?\s+")


# Granularities of some months: a plan or an expectation governing one after the dct dates no event.
_MONTHS = {"month": 1, "season": 3, "quarter": 3, "half": 6}
_SPAN = {**_MONTHS, "year": 12, "decade": 120, "century": 1200}


def _holds(begin: date, granularity: str, dct: date) -> bool:
    """Whether the period of ``granularity`` from ``begin`` (a month, a season, a quarter, a half, a year, a
    decade, a century) holds the dct: the period is not over when the text is written."""
    first, written = begin.year * 12 + begin.month, dct.year * 12 + dct.month
    return first <= written < first + _SPAN[granularity]


# A future start: "will", "shall", "won't", "is/are going to" or "'ll" after a word, up to two adverbs, then
# "begin" or "start" ("will really begin to see", "will start making", "is going to start").
_FUTURE_START = (r"(?:(?<![\w-])(?:will|shall|won[’']t|(?:is|are|am)\s+going\s+to)|(?<=\w)[’']ll)"
                 r"(?:\s+(?:\w+ly|really|also|then|now|soon|finally|at\s+last))?\s+(?:begin|start)(?![\w-])")
# Words that are no subject: a conjunction, a relative word or a verb of saying opens another clause.
_NO_SUBJECT = r"(?!(?:and|but|or|which|who|that|when|as|than|if|said|says)(?![\w-]))"
# One word of a subject after a date opening its clause ("This year the firm"), and the spaces after it.
_SUBJECT_WORD = re.compile(_NO_SUBJECT + r"[\w.’'-]+\s+", re.IGNORECASE)
# The date, then a subject of one or two words, then the future start ("This year we will really begin",
# "This year, Apple will start making", "This year we'll start").
_DATE_THEN_FUTURE = re.compile(r"\s*,?\s+(?:" + _NO_SUBJECT + r"[\w.-]+\s+)?" + _NO_SUBJECT + r"[\w.-]+\s*"
                               + _FUTURE_START, re.IGNORECASE)
# The future start, then up to six words (none a conjunction, a relative word or a verb of saying) and the
# date's preposition ("work on the pipeline will begin in 2005", "will start the trial early in 2005").
_FUTURE_THEN_DATE = re.compile(_FUTURE_START + r"(?:\s+" + _NO_SUBJECT.replace("|if|", "|if|after|before|since|told|")
                               + r"[\w’'-]+){0,6}\s+$", re.IGNORECASE)
# Words that may stand before a date opening its clause ("In 2005 we will", "Later this year, we will").
_OPENING = re.compile(r"(?i)(?:^|[.!?\"“]\s*|\n\s*)(?:(?:in|by|during|over|later|earlier|early|late|so|and|but|"
                      r"then|now)\s+){0,3}$")


def _future_verb(text: str, anchor: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether a future start governs the date: what will begin or start in the period holding the dct has not
    begun. The date opens its sentence and a subject and the future start follow ("This year we will really
    begin to see", "And this year, Apple will start making"), or the date closes the future start's verb group
    ("work on the pipeline will begin in 2005", told in 2005). Other future verbs in the dct's own year are
    left: "the army will pull its brigades out this year" is an act the text places in that year (a dev gold
    event is of this form)."""
    before = text[sentence[0]:anchor[0]]
    if _OPENING.search(before) is not None and _DATE_THEN_FUTURE.match(text, anchor[1]) is not None:
        return True
    return _FUTURE_THEN_DATE.search(text, max(sentence[0], anchor[0] - 80), anchor[0]) is not None


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
