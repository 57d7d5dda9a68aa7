"""What the event finders produce, and how candidates become Event rows (one per event)."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from ...knowledge.events import KnownEvent
from ...records import Event, EventMention, slugify, stable_id


@dataclass(slots=True)
class Candidate:
    """One mention of one event, with how it was dated; several may make one Event."""

    name: str
    kind: str
    span: tuple[int, int]
    date_begin: date | None
    date_end: date | None
    granularity: str | None
    date_basis: str
    source: str
    text_date: str | None = None
    confidence: float = 0.8
    kb: KnownEvent | None = None
    actors: list[tuple[str, str, tuple[int, int]]] = field(default_factory=list)  # (actor_id, role, evidence)
    text_anchor: tuple[int, int] = (0, 0)  # the date expression's span, for dates sharing a clause
    event_type: str | None = None
    event_type_reason: str | None = None
    place: str | None = None
    place_country: str | None = None
    from_clause: bool = False  # named from its clause: describe() renames and types it
    scope: str | None = None  # a document id where the happening is the document's own (a story's statements)
    beside: tuple[str, ...] = ()  # kinds of the known events its sentence names: it is kept only as another kind
    # The event's own words inside ``span`` where the text names it ("New START" in a clause about
    # something else): the published mention. ``span`` stays the clause the rules (and the link
    # stage) read around it.
    words: tuple[int, int] | None = None
    trigger: tuple[int, int] | None = None  # the event word describe() named it by, inside ``span``

    @property
    def event_id(self) -> str:
        if self.kb is not None:
            return self.kb.event_id
        return text_event_id(self.name, self.date_begin, self.date_end, self.scope)


# ``Candidate.event_id`` is asked for again and again while a document's candidates are merged,
# sorted and linked, and each answer was a regex pass over the name and a sha256: the same
# arguments always give the same id, so the last few thousand answers are kept.
@lru_cache(maxsize=8192)
def text_event_id(name: str, begin: date | None, end: date | None, scope: str | None = None) -> str:
    """A stable id for an event the knowledge base does not know: slug of its name plus a hash.
    A scoped event (what one story reports a minister said today) never shares its id with
    another document's event of the same name and day."""
    norm = " ".join(re.findall(r"[a-z0-9]+", name.lower()))
    slug = slugify(name)[:48].rstrip("-") or "event"
    parts = ("event", norm, begin, end) if scope is None else ("event", norm, begin, end, scope)
    return f"{slug}-{stable_id(*parts, length=8)}"


def from_knowledge(kb: KnownEvent, span: tuple[int, int], *, text_date: str | None = None,
                   confidence: float = 0.95, source: str = "knowledge",
                   words: tuple[int, int] | None = None) -> Candidate:
    """A candidate for a known event: dates and kind from the knowledge base. ``words``: where
    the text names it by name, inside the clause ``span``."""
    return Candidate(name=kb.name, kind=kb.kind, span=span, date_begin=kb.date_begin, date_end=kb.date_end,
                     granularity=kb.granularity, date_basis="knowledge", source=source, text_date=text_date,
                     confidence=confidence, kb=kb, words=words)


class KnownSpans(tuple):
    """Where the document names known events: (start, end, event) in the order found, with the
    starts indexed so that "which of them start inside this clause" is a bisection, not a pass
    over every one for every clause (that pass made long documents cost more than their text)."""

    def __new__(cls, spans=()):
        self = super().__new__(cls, spans)
        self._by_start = sorted(range(len(self)), key=lambda i: self[i][0])
        self._starts = [self[i][0] for i in self._by_start]
        return self

    def within(self, lo: int, hi: int) -> list[tuple[int, int, KnownEvent]]:
        """The spans starting in [lo, hi), in the order found."""
        first, last = bisect.bisect_left(self._starts, lo), bisect.bisect_left(self._starts, hi)
        return [self[i] for i in sorted(self._by_start[first:last])]

    def any_within(self, lo: int, hi: int) -> bool:
        """Whether a span starts in [lo, hi)."""
        i = bisect.bisect_left(self._starts, lo)
        return i < len(self._starts) and self._starts[i] < hi


def shift(day: date, days: int) -> date:
    """``day`` moved by ``days``, held at the ends of the calendar."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.min if days < 0 else date.max


def shift_years(day: date, years: int) -> date:
    """``day`` moved by whole years; 29 February becomes 28 February in a year without it."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def time_relation(begin: date | None, end: date | None, dct: date | None) -> str | None:
    """past, current or prospective: where the event's interval lies relative to the dct."""
    if dct is None or (begin is None and end is None):
        return None
    if end is not None and end < dct:
        return "past"
    if begin is not None and begin > dct:
        return "prospective"
    return "current"


_DEICTIC = re.compile(r"\b(?:last|next|this|ago|previous|yesterday|today|tonight|tomorrow|recent|coming|past|"
                      r"later|earlier|since|current|present)\b", re.IGNORECASE)
_STATED = re.compile(r"\d|January|February|March|April|May|June|July|August|September|October|November|December",
                     re.IGNORECASE)


_YEAR_SAID = re.compile(r"\d{4}|['’]\d\d\b|\byears?\b", re.IGNORECASE)
_MONTH_SAID = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?![a-z])")


def year_from_knowledge(timex, dct: date | None) -> bool:
    """Whether a month and day written without a year lie more than a year from the dct: a name of a month
    without a year is the occurrence nearest the dct, so neither the text nor the dct gave this year, the
    temporal stage's knowledge of days that name events did ("after September 11" told in 2004 is
    2001-09-11). Anaphora ("that day", "that morning") are the story's own dates, not this."""
    return (timex.granularity == "day" and dct is not None and timex.date_begin is not None
            and abs((dct - timex.date_begin).days) > 366 and _MONTH_SAID.search(timex.text) is not None
            and not _YEAR_SAID.search(timex.text))


def text_dated_known(candidates: list[Candidate], timexes: list, timex_starts: list[int],
                     dct: date | None = None) -> None:
    """A known event whose whole interval a date in its own clause states ("the terror attacks of
    September 11, 2001") is dated by the text, not by knowledge: basis ``text`` (``context`` where
    the date is deictic, "today", resolved against the dct), that date as ``text_date``. Where the
    text gives less ("in 1962" of the Cuban Missile Crisis) the days come from knowledge, and the
    basis stays, as it does where the text gives a day without its year and knowledge the year ("the
    September 11 attacks" told in 2004). Every candidate of that event is updated, since ``assemble``
    keeps the first one found."""
    stated: dict[str, str] = {}
    for cand in candidates:
        kb = cand.kb
        if (kb is None or cand.date_basis != "knowledge" or cand.date_begin is None or cand.date_end is None
                or kb.event_id in stated):
            continue  # an open interval ("2022-02-24 .." of a war going on) is more than one date states
        end = cand.date_end
        lo, hi = cand.span
        for timex in timexes[bisect.bisect_left(timex_starts, lo):bisect.bisect_left(timex_starts, hi)]:
            if timex.type == "DATE" and timex.date_begin == cand.date_begin and timex.date_end == end \
                    and not year_from_knowledge(timex, dct):
                stated[kb.event_id] = timex.text
                break
    for cand in candidates:
        if cand.kb is not None and cand.kb.event_id in stated and cand.date_basis == "knowledge":
            said = stated[cand.kb.event_id]
            # "today", "next Tuesday": the text's words, but the day is the dct's
            cand.date_basis = "context" if _DEICTIC.search(said) or not _STATED.search(said) else "text"
            cand.text_date = cand.text_date or said


# Words saying a term began: "came back in 2018 for a second term", "was elected in 2008".
_TERM_BEGAN = re.compile(r"\b(?:returned|returns|won|wins|(?:re-?)?elected|took\s+office|sworn\s+in|inaugurated|"
                         r"came\s+to\s+power|secured|began|started)\b", re.IGNORECASE)


def terms_dated_in_clause(candidates: list[Candidate], timexes: list, timex_starts: list[int], text: str) -> None:
    """A term whose clause says it began at a year, month or day ("Lula returned in 2023 for a third
    term") is dated as the text's date made precise by knowledge (basis ``knowledge``, that date as
    ``text_date``), like a dated clause linked to a known event. A term named as a period stays
    ``context``, a date in its clause being another event's ("the Reagan administration, which
    pursued ... in the early 1980s")."""
    for cand in candidates:
        kb = cand.kb
        if kb is None or kb.kind != "term" or cand.date_basis != "context" or kb.date_begin is None \
                or not _TERM_BEGAN.search(text, cand.span[0], cand.span[1]):
            continue
        lo, hi = cand.span
        for timex in timexes[bisect.bisect_left(timex_starts, lo):bisect.bisect_left(timex_starts, hi)]:
            if (timex.type == "DATE" and timex.granularity in ("day", "month", "year") and timex.date_begin
                    and timex.date_end and timex.date_begin <= kb.date_begin <= timex.date_end):
                cand.date_basis = "knowledge"
                cand.text_date = cand.text_date or timex.text
                break


_BASIS_RANK = {"text": 3, "context": 2, "knowledge": 1}


def assemble(candidates: list[Candidate], doc_id: str, text: str, dct: date | None) -> tuple[list[Event], list[EventMention], dict[str, Candidate]]:
    """One Event per event id (the best-dated candidate wins), one EventMention per distinct span:
    the event's own words where a candidate knows them, else its clause."""
    best: dict[str, Candidate] = {}
    mentions: dict[tuple[str, int, int], EventMention] = {}
    for cand in candidates:
        eid = cand.event_id
        current = best.get(eid)
        if current is None or _better(cand, current):
            if current is not None and cand.text_date is None:
                cand.text_date = current.text_date
            best[eid] = cand
        elif current.text_date is None and cand.text_date:
            current.text_date = cand.text_date
        start, end = cand.words or cand.span
        mentions.setdefault((eid, start, end), EventMention(eid, doc_id, start, end, text[start:end]))
    events = []
    for eid, cand in best.items():
        kb = cand.kb
        events.append(Event(
            event_id=eid, name=cand.name, kind=cand.kind, date_begin=cand.date_begin, date_end=cand.date_end,
            granularity=cand.granularity, date_basis=cand.date_basis, text_date=cand.text_date,
            confidence=round(cand.confidence, 3), time_relation=time_relation(cand.date_begin, cand.date_end, dct),
            kb_id=kb.event_id if kb else None, wikidata=kb.wikidata if kb else None, source=cand.source,
            event_type=cand.event_type, event_type_reason=cand.event_type_reason, place=cand.place,
            place_country=cand.place_country,
        ))
    events.sort(key=lambda e: e.event_id)
    return events, sorted(mentions.values(), key=lambda m: (m.event_id, m.char_start, m.char_end)), best


def _better(new: Candidate, old: Candidate) -> bool:
    """Prefer a candidate whose dates rest on the text, then the more confident one."""
    if new.kb is not None and old.kb is not None:
        # Same known event: keep knowledge dates; a text date only adds text_date.
        return False
    return (_BASIS_RANK[new.date_basis], new.confidence) > (_BASIS_RANK[old.date_basis], old.confidence)
