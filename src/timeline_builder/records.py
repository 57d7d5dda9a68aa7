"""Records that flow between pipeline stages.

Every stage exchanges these frozen, slotted dataclasses; nothing here imports the rest of
the package or pyarrow. Character offsets are Python ``str`` indices into
``Document.text``, half-open ``[char_start, char_end)``.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache


def stable_id(*parts: object, length: int = 16) -> str:
    """A content-derived id: the hex sha256 of the parts joined by a unit separator."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Document:
    """One input document, decoded, with its creation time and sentence boundaries.

    ``dct_source`` says where the dct came from: ``metadata`` (sidecar, front matter or
    JSONL field), ``option`` (``--dct``), ``filename``, ``inferred`` (from the text) or
    ``none``.
    """

    doc_id: str
    path: str
    text: str
    sha256: str
    title: str | None = None
    dct: date | None = None
    dct_source: str = "none"
    language: str = "en"
    url: str | None = None
    source_format: str = "txt"
    sentences: tuple[Sentence, ...] = ()

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing ``offset`` (binary search)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        return None


@dataclass(frozen=True, slots=True)
class Timex:
    """A TIMEX3-style temporal expression with its calendar interval.

    ``date_begin``/``date_end`` are a closed interval; either is ``None`` where open or
    where the expression denotes no interval (durations, sets, vague references).
    ``granularity`` is day, week, month, quarter, season, year, decade or century.
    """

    doc_id: str
    char_start: int
    char_end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str
    mod: str | None = None
    date_begin: date | None = None
    date_end: date | None = None
    granularity: str | None = None
    extractor: str = ""

    @property
    def timex_id(self) -> str:
        return stable_id("timex", self.doc_id, self.char_start, self.char_end)


@dataclass(frozen=True, slots=True)
class Actor:
    """One real-world actor: a person, state, organization or group.

    ``actor_id`` is the knowledge-base id where the actor is known, otherwise a slug of
    the canonical name, so the same name gets the same id in every document.
    """

    actor_id: str
    name: str
    type: str  # person | state | organization | group
    country: str | None = None
    aliases: tuple[str, ...] = ()
    role: str | None = None
    wikidata: str | None = None
    source: str = "knowledge"  # knowledge | discovered


@dataclass(frozen=True, slots=True)
class ActorMention:
    actor_id: str
    doc_id: str
    char_start: int
    char_end: int
    text: str


@dataclass(frozen=True, slots=True)
class ActorRole:
    """A role bounded in time: Kennedy was US president 1961-01-20..1963-11-22."""

    actor_id: str
    role: str
    organization: str | None = None
    date_begin: date | None = None
    date_end: date | None = None
    source: str = "knowledge"  # knowledge | text


@dataclass(frozen=True, slots=True)
class Event:
    """A dated event. ``date_basis`` is text, context or knowledge.

    ``time_relation`` says how the document refers to it relative to its dct: past,
    current or prospective. ``event_type`` is a PLOVER event type (AGREE, CONSULT, ...) or
    None, and ``event_type_reason`` says how it was typed or why PLOVER has no type for it.
    ``place``/``place_country`` are where it happened when the text says (ISO alpha-3).
    """

    event_id: str
    name: str
    kind: str
    date_begin: date | None = None
    date_end: date | None = None
    granularity: str | None = None
    date_basis: str = "text"
    text_date: str | None = None
    confidence: float = 1.0
    time_relation: str | None = None
    kb_id: str | None = None
    wikidata: str | None = None
    source: str = "knowledge"  # knowledge | text | context | citation
    event_type: str | None = None
    event_type_reason: str | None = None
    place: str | None = None
    place_country: str | None = None


@dataclass(frozen=True, slots=True)
class EventMention:
    event_id: str
    doc_id: str
    char_start: int
    char_end: int
    text: str


@dataclass(frozen=True, slots=True)
class EventActor:
    """An actor's part in an event, with the evidence it rests on."""

    event_id: str
    actor_id: str
    role: str  # agent | target | participant | mentioned
    basis: str = "text"  # text | knowledge
    doc_id: str | None = None
    char_start: int | None = None
    char_end: int | None = None


@dataclass(frozen=True, slots=True)
class Problem:
    """Something that went wrong with an input; the build reports it and goes on."""

    code: str
    message: str
    path: str | None = None
    doc_id: str | None = None
    stage: str = "ingest"
    severity: str = "error"  # error | warning


@dataclass(frozen=True, slots=True)
class Extraction:
    """What one extractor found in one document (every field optional)."""

    timexes: tuple[Timex, ...] = ()
    actors: tuple[Actor, ...] = ()
    actor_mentions: tuple[ActorMention, ...] = ()
    actor_roles: tuple[ActorRole, ...] = ()
    events: tuple[Event, ...] = ()
    event_mentions: tuple[EventMention, ...] = ()
    event_actors: tuple[EventActor, ...] = ()
    problems: tuple[Problem, ...] = ()

    def merge(self, other: "Extraction") -> "Extraction":
        return Extraction(*(getattr(self, f) + getattr(other, f) for f in EXTRACTION_FIELDS))


EXTRACTION_FIELDS = (
    "timexes", "actors", "actor_mentions", "actor_roles",
    "events", "event_mentions", "event_actors", "problems",
)


@dataclass(frozen=True, slots=True)
class ActorReference:
    """A span that refers to an actor without naming it (so it is no actor mention).

    ``kind`` is ``title`` ("the president", resolved at the date governing it), or, for a
    speaker, ``singular`` ("I", "me", "my"), ``plural`` ("we", "our": the speaker with others)
    or ``administration`` ("my administration": the speaker's administration).
    """

    actor_id: str
    char_start: int
    char_end: int
    text: str
    kind: str


@dataclass(frozen=True, slots=True)
class AnnotatedDocument:
    """A document with the layers earlier stages found; later extractors read them.

    ``references`` are spans that refer to actors without naming them (a stage's
    ``references(doc)``, e.g. the actor stage's titles and first person): read by later stages,
    never published.
    """

    document: Document
    found: Extraction = field(default_factory=Extraction)
    references: tuple[ActorReference, ...] = ()


@lru_cache(maxsize=8192)  # (the same names come back in every document that mentions them)
def slugify(name: str) -> str:
    """The id form of a canonical name: 'John F. Kennedy' -> 'john-f-kennedy'."""
    import re
    import unicodedata

    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
