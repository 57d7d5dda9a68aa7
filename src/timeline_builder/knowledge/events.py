"""The event knowledge base: named, dated events (treaties, wars, crises, terms in office ...).

Files ``knowledge/events/*.tsv`` (and the same names in each ``--knowledge DIR``) have the
columns::

    id  name  kind  date_begin  date_end  granularity  aliases  participants  wikidata  cues

plus, for terms in office, optional ``office`` (e.g. ``us-president``) and ``holder`` (the
office holder's actor id). Dates are ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; a partial
``date_begin`` means its first day and a partial ``date_end`` its last. ``aliases`` and
``cues`` are ``|``-separated; an alias written in double quotes (``"reset"``) only matches
where the text puts it in quotation marks, and one written after ``=`` (``=American War``) only
where the text writes it with the capitals given (in lower case it is a common phrase: "American
war planners" tell of no known war). ``participants`` is ``actor_id:role|...`` with
roles agent, target, participant or mentioned. A user file's entry with an existing id
replaces the packaged entry.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache, partial
from pathlib import Path

from ..errors import KnowledgeError
from .files import Row, fingerprint, knowledge_files, read_tsv, user_folders
from .kept import kept

EVENT_KINDS = frozenset({
    "crisis", "war", "conflict", "treaty", "agreement", "law", "sanction", "election", "term",
    "appointment", "meeting", "statement", "publication", "operation", "death", "founding",
    "policy", "other",
})
ROLES = frozenset({"agent", "target", "participant", "mentioned"})
GRANULARITIES = ("day", "month", "year", "decade", "century")
REQUIRED_COLUMNS = ("id", "name", "kind", "date_begin")
EVENT_FILES = "events/*.tsv"

_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_WIKIDATA_RE = re.compile(r"^Q\d+$")


@dataclass(frozen=True, slots=True)
class KnownEvent:
    """One knowledge-base event; ``path``/``line`` say where it was defined."""

    event_id: str
    name: str
    kind: str
    date_begin: date | None
    date_end: date | None
    granularity: str | None
    aliases: tuple[str, ...] = ()
    participants: tuple[tuple[str, str], ...] = ()
    wikidata: str | None = None
    cues: tuple[str, ...] = ()
    office: str | None = None
    holder: str | None = None
    path: str = ""
    line: int = 0
    cased: tuple[str, ...] = ()  # the aliases that match only as written (``=`` in the file), without the ``=``

    def overlaps(self, begin: date | None, end: date | None, slack_days: int = 0) -> bool:
        """Whether [begin, end], widened by ``slack_days``, meets this event's interval."""
        if self.date_begin is None and self.date_end is None:
            return False
        slack = timedelta(days=slack_days)
        own_begin = self.date_begin or date.min
        own_end = self.date_end or date.max
        other_begin = begin - slack if begin and begin - date.min > slack else date.min
        other_end = end + slack if end and date.max - end > slack else date.max
        return own_begin <= other_end and other_begin <= own_end


@dataclass(frozen=True, slots=True, eq=False)
class EventKnowledge:
    """All known events by id (compared by identity: one loaded instance per folder set)."""

    events: dict[str, KnownEvent]
    fingerprint: str = ""

    def terms(self, office: str | None = None) -> list[KnownEvent]:
        """Terms in office (kind ``term`` with an office), oldest first."""
        return list(_terms(self, office))  # a copy: callers may change their list

    def term_at(self, office: str, when: date) -> KnownEvent | None:
        """The term of ``office`` running on ``when`` (the later one on a handover day)."""
        current = None
        for term in self.terms(office):
            if term.date_begin and term.date_begin <= when and (term.date_end is None or when < term.date_end):
                current = term
        return current

    def terms_of(self, holder: str) -> list[KnownEvent]:
        """The terms an actor held, oldest first."""
        return [t for t in self.terms() if t.holder == holder]


def parse_date(text: str, *, end: bool = False) -> tuple[date, str]:
    """Parse ``YYYY[-MM[-DD]]``: the first (or with ``end`` the last) day, and its granularity."""
    match = _DATE_RE.match(text.strip())
    if not match:
        raise ValueError(f"date {text!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = match.groups()
    y = int(year)
    if month is None:
        return (date(y, 12, 31) if end else date(y, 1, 1)), "year"
    m = int(month)
    try:
        if day is None:
            last = calendar.monthrange(y, m)[1]
            return (date(y, m, last) if end else date(y, m, 1)), "month"
        return date(y, m, int(day)), "day"
    except (ValueError, calendar.IllegalMonthError) as exc:
        raise ValueError(f"date {text!r} is not a calendar date ({exc})") from None


def split_list(value: str | None) -> tuple[str, ...]:
    """Split a ``|``-separated cell, dropping empty items."""
    if not value:
        return ()
    return tuple(item.strip() for item in value.split("|") if item.strip())


def parse_row(row: Row, known_actors: frozenset[str] | None = None) -> KnownEvent:
    """Validate one TSV row into a KnownEvent; raise KnowledgeError naming file and line."""
    event_id = row.require("id")
    if not _ID_RE.match(event_id):
        raise row.error(f"id {event_id!r} is not a lower-case slug")
    kind = row.require("kind")
    if kind not in EVENT_KINDS:
        raise row.error(f"kind {kind!r} is not one of {', '.join(sorted(EVENT_KINDS))}")
    try:
        begin, begin_granularity = parse_date(row.require("date_begin"))
        end_text = row.get("date_end")
        end = parse_date(end_text, end=True)[0] if end_text else None
    except ValueError as exc:
        raise row.error(str(exc)) from None
    if end is not None and end < begin:
        raise row.error(f"date_end {end} is before date_begin {begin}")
    granularity = row.get("granularity") or begin_granularity
    if granularity not in GRANULARITIES:
        raise row.error(f"granularity {granularity!r} is not one of {', '.join(GRANULARITIES)}")
    participants = []
    for item in split_list(row.get("participants")):
        actor_id, _, role = item.partition(":")
        role = role or "participant"
        if role not in ROLES:
            raise row.error(f"participant {item!r}: role {role!r} is not one of {', '.join(sorted(ROLES))}")
        if known_actors is not None and actor_id not in known_actors:
            raise row.error(f"participant {actor_id!r} is not in the actor knowledge base")
        participants.append((actor_id, role))
    holder = row.get("holder")
    if holder and known_actors is not None and holder not in known_actors:
        raise row.error(f"holder {holder!r} is not in the actor knowledge base")
    wikidata = row.get("wikidata")
    if wikidata and not _WIKIDATA_RE.match(wikidata):
        raise row.error(f"wikidata {wikidata!r} is not a Q-id")
    aliases = split_list(row.get("aliases"))
    cased = tuple(a[1:].strip() for a in aliases if a.startswith("=") and a[1:].strip())
    return KnownEvent(
        event_id=event_id, name=row.require("name"), kind=kind, date_begin=begin, date_end=end,
        granularity=granularity, aliases=tuple(a[1:].strip() if a.startswith("=") else a for a in aliases
                                               if a[1:].strip() or not a.startswith("=")), cased=cased,
        participants=tuple(participants), wikidata=wikidata, cues=split_list(row.get("cues")),
        office=row.get("office"), holder=holder, path=row.path, line=row.line,
    )


def read_event_files(paths: list[Path], known_actors: frozenset[str] | None = None) -> dict[str, KnownEvent]:
    """Read event files in order; a later file's entry replaces an earlier one with the same id."""
    events: dict[str, KnownEvent] = {}
    for path in paths:
        seen_here: dict[str, int] = {}
        for row in read_tsv(path, REQUIRED_COLUMNS):
            entry = parse_row(row, known_actors)
            if entry.event_id in seen_here:
                raise row.error(f"id {entry.event_id!r} already defined at line {seen_here[entry.event_id]}")
            seen_here[entry.event_id] = row.line
            events[entry.event_id] = entry
    return events


def _actor_ids(user_dirs: tuple[Path, ...]) -> frozenset[str] | None:
    """Actor ids of the actor knowledge base, or None when that module is absent."""
    try:
        from .actors import load_actor_knowledge
    except ImportError:
        return None
    return frozenset(load_actor_knowledge(user_dirs).actors)


@lru_cache(maxsize=8)
def _load_cached(user_dirs: tuple[Path, ...], check_actors: bool) -> EventKnowledge:
    # (parsed once for these files and this code, then read back: knowledge/kept.py)
    return kept("events", (tuple(map(str, user_dirs)), check_actors), user_dirs, partial(_parse, user_dirs, check_actors))


def _parse(user_dirs: tuple[Path, ...], check_actors: bool) -> EventKnowledge:
    paths = knowledge_files(EVENT_FILES, user_dirs)
    known = _actor_ids(user_dirs) if check_actors else None
    return EventKnowledge(read_event_files(paths, known), fingerprint(paths))


def load_event_knowledge(user_dirs: tuple[Path, ...] | list[Path] = (), *, check_actors: bool = True) -> EventKnowledge:
    """Load the packaged event files and each user folder's ``events/*.tsv``.

    Args:
        user_dirs: folders given with ``--knowledge``; their entries add to or override ours.
        check_actors: verify participant ids against the actor knowledge base when it exists.

    Raises:
        KnowledgeError: a bad entry, naming its file and line.
    """
    dirs = user_folders(user_dirs)
    return _load_cached(dirs, check_actors)


@lru_cache(maxsize=256)
def _terms(kb: EventKnowledge, office: str | None) -> tuple[KnownEvent, ...]:
    """``EventKnowledge.terms``, worked out once per knowledge and office (it was a pass over
    every known event and a sort for each document; the knowledge never changes once loaded)."""
    found = [e for e in kb.events.values()
             if e.kind == "term" and e.office and (office is None or e.office == office)]
    return tuple(sorted(found, key=lambda e: (e.date_begin or date.min, e.event_id)))
