"""Event triggers: the words that make a clause an event, with the event's kind and PLOVER type.

Files ``knowledge/triggers/triggers.tsv`` (and ``triggers/*.tsv`` in each ``--knowledge DIR``)
have the columns::

    forms  pos  label  kind  event_type  reason  [person_kind  noun  object_kind  possessor]

``forms`` are ``|``-separated surface forms (lower case matches any case; a form written with
a capital matches only as written, "Act"); ``pos`` is ``verb``, ``noun``, ``aspect`` (a verb
naming the start or end of another event: "began", "ended"; the clause's other event word
gives the kind), ``idiom`` (a phrase that names no event and makes its clause figurative:
"price war") or ``none`` (a phrase that holds a trigger's form but is no event word, and
leaves the clause as it is: "dating back to", "diplomatic missions"); ``label`` is the
word an event's name uses ("signs", "Summit"), or a pattern with ``{agent}`` that names the
event from its agent ("Birth of {agent}"); ``kind`` is one of the event kinds; ``event_type``
is a PLOVER type or empty, and then ``reason`` says why PLOVER has none; the optional
``person_kind`` is the kind when the agent is a person ("joined the delegation" is an
appointment where "joined NATO" is an accession); the optional ``noun`` is the act as a noun,
which names a verb event whose clause names no one who acts ("exchange of": "Exchange of
Ideas"); the optional ``object_kind`` is ``yes`` for a verb whose event is of the kind of the
event noun it governs ("adopted a new strategy" is a policy, "approved the deal" an
agreement); the optional ``possessor`` is ``target`` for an act done to the one a possessive
before its noun names ("Jane Roe's arrest", "the prisoners' release": the possessor undergoes it;
"the police's arrest of Jane Roe" keeps the possessor as agent), empty where the possessor does
it ("Jane Roe's visit"). ``triggers/kinds.tsv`` gives each
kind's type for events known only by their kind. A later file's form replaces an earlier one.

PLOVER's event types as coded in the POLECAT dataset (Halterman, Bagozzi, Beger, Schrodt and
Scarborough 2023, "PLOVER and POLECAT: A New Political Event Ontology and Dataset"), which
merges the 2021 draft's DEMAND/DISAPPROVE/FIGHT into REQUEST/ACCUSE/ASSAULT.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .events import EVENT_KINDS
from .files import fingerprint, knowledge_files, read_tsv, user_folders

PLOVER_VERSION = "PLOVER as coded in POLECAT (Halterman et al. 2023): 16 event types"
PLOVER_TYPES = frozenset({
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
})
POS = frozenset({"verb", "noun", "aspect", "idiom", "none"})
TRIGGER_FILES = "triggers/triggers.tsv"
USER_TRIGGER_FILES = "triggers/*.tsv"
KIND_FILE = "triggers/kinds.tsv"


@dataclass(frozen=True, slots=True)
class Trigger:
    """One trigger form and what it says about the event it triggers."""

    form: str
    pos: str
    label: str
    kind: str
    event_type: str | None
    reason: str | None
    path: str = ""
    line: int = 0
    person_kind: str | None = None  # the kind when the agent is a person
    noun: str | None = None  # the act as a noun ("exchange of"), for a verb event with no one who acts
    object_kind: bool = False  # the event is of the kind of the event noun the verb governs
    possessor: str | None = None  # "target": the possessive before the noun names who undergoes it


@dataclass(frozen=True, slots=True, eq=False)
class TriggerKnowledge:
    """Trigger forms (longest first in one pattern) and each kind's default PLOVER type."""

    triggers: dict[str, Trigger]  # by form (lower case unless the form is case-sensitive)
    kind_types: dict[str, tuple[str | None, str | None]]
    pattern: re.Pattern
    fingerprint: str = ""

    def trigger(self, matched: str) -> Trigger | None:
        return self.triggers.get(matched) or self.triggers.get(matched.lower())

    def type_of_kind(self, kind: str) -> tuple[str | None, str]:
        """(event_type, reason) for an event known only by its kind."""
        event_type, reason = self.kind_types.get(kind, (None, None))
        return event_type, (reason or f"typed by its kind ({kind})")


def _validate_type(row, event_type: str | None, reason: str | None) -> None:
    if event_type is not None and event_type not in PLOVER_TYPES:
        raise row.error(f"event_type {event_type!r} is not a PLOVER type ({', '.join(sorted(PLOVER_TYPES))})")
    if event_type is None and reason is None:
        raise row.error("an empty event_type needs a reason")


def read_trigger_files(paths: list[Path]) -> dict[str, Trigger]:
    """Trigger forms by form; a later file's form replaces an earlier one."""
    triggers: dict[str, Trigger] = {}
    for path in paths:
        for row in read_tsv(path, ("forms", "pos", "kind")):
            pos = row.require("pos")
            if pos not in POS:
                raise row.error(f"pos {pos!r} is not one of {', '.join(sorted(POS))}")
            kind = row.get("kind") or "other"
            if kind not in EVENT_KINDS:
                raise row.error(f"kind {kind!r} is not one of {', '.join(sorted(EVENT_KINDS))}")
            event_type, reason = row.get("event_type"), row.get("reason")
            if pos not in ("idiom", "none"):
                _validate_type(row, event_type, reason)
            label = row.get("label") or ""
            person_kind = row.get("person_kind")
            if person_kind is not None and person_kind not in EVENT_KINDS:
                raise row.error(f"person_kind {person_kind!r} is not one of {', '.join(sorted(EVENT_KINDS))}")
            noun = row.get("noun")
            if noun is not None and not re.fullmatch(r"[a-z][a-z' -]*", noun):
                raise row.error(f"noun {noun!r} is not lower-case words")
            object_kind = row.get("object_kind")
            if object_kind not in (None, "yes", "no"):
                raise row.error(f"object_kind {object_kind!r} is not yes, no or empty")
            possessor = row.get("possessor")
            if possessor not in (None, "agent", "target"):
                raise row.error(f"possessor {possessor!r} is not agent, target or empty")
            for form in (f.strip() for f in row.require("forms").split("|")):
                if not form:
                    continue
                if not re.fullmatch(r"[\w'’ .-]+", form):
                    raise row.error(f"form {form!r} holds characters other than letters, spaces, - ' and .")
                key = form if form != form.lower() else form.lower()
                triggers[key] = Trigger(key, pos, label or form, kind, event_type, reason, row.path, row.line,
                                        person_kind=person_kind, noun=noun, object_kind=object_kind == "yes",
                                        possessor=None if possessor == "agent" else possessor)
    return triggers


def read_kind_file(paths: list[Path]) -> dict[str, tuple[str | None, str | None]]:
    kinds: dict[str, tuple[str | None, str | None]] = {}
    for path in paths:
        for row in read_tsv(path, ("kind", "event_type", "reason")):
            kind = row.require("kind")
            if kind not in EVENT_KINDS:
                raise row.error(f"kind {kind!r} is not one of {', '.join(sorted(EVENT_KINDS))}")
            _validate_type(row, row.get("event_type"), row.get("reason"))
            kinds[kind] = (row.get("event_type"), row.get("reason"))
    return kinds


def compile_pattern(triggers: dict[str, Trigger]) -> re.Pattern:
    """One alternation of every form, longest first; lower-case forms match any case."""
    parts = []
    for form in sorted(triggers, key=lambda f: (-len(f), f)):
        body = r"\s+".join(re.escape(w) for w in form.split())
        parts.append(body if form != form.lower() else f"(?i:{body})")
    if not parts:
        return re.compile(r"(?!)")
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")


@lru_cache(maxsize=8)
def _load_cached(user_dirs: tuple[Path, ...]) -> TriggerKnowledge:
    trigger_paths = knowledge_files(TRIGGER_FILES) + [
        p for folder in user_dirs for p in sorted(Path(folder).glob(USER_TRIGGER_FILES)) if p.name != "kinds.tsv"]
    kind_paths = knowledge_files(KIND_FILE) + [
        p for folder in user_dirs for p in sorted(Path(folder).glob(KIND_FILE))]
    triggers = read_trigger_files(trigger_paths)
    return TriggerKnowledge(triggers, read_kind_file(kind_paths), compile_pattern(triggers),
                            fingerprint(trigger_paths + kind_paths))


def load_trigger_knowledge(user_dirs: tuple[Path, ...] | list[Path] = ()) -> TriggerKnowledge:
    """Load the packaged trigger files and each user folder's ``triggers/*.tsv``.

    Raises:
        KnowledgeError: a bad entry, naming its file and line.
    """
    dirs = user_folders(user_dirs)
    return _load_cached(dirs)
