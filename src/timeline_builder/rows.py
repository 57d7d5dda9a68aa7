"""Gathering each document's records into sorted, de-duplicated table rows.

Actors and events that several documents share become one row each (aliases united);
everything else keeps one row per record. Sorting by stable keys makes the tables, and so
the published bytes, independent of the order documents were read in.
"""
from __future__ import annotations

from dataclasses import fields
from functools import lru_cache
from pathlib import Path

from .records import Actor, Document, Event, Extraction, Problem


class Collector:
    def __init__(self) -> None:
        self.documents: list[dict] = []
        self.sentences: list[dict] = []
        self.timexes: list[dict] = []
        self.actors: dict[str, Actor] = {}
        self.actor_aliases: dict[str, set[str]] = {}
        self.actor_mentions: list[dict] = []
        self.actor_roles: set[tuple] = set()
        self.events: dict[str, tuple[str, Event]] = {}
        self.event_mentions: list[dict] = []
        self.event_actors: dict[tuple, dict] = {}
        self.problems: list[Problem] = []
        self._inputs: list[dict] = []

    def add(self, document: Document, found: Extraction) -> None:
        self._inputs.append({"doc_id": document.doc_id, "path": document.path, "sha256": document.sha256})
        self.documents.append({
            "doc_id": document.doc_id, "path": document.path, "title": document.title, "dct": document.dct,
            "dct_source": document.dct_source, "sha256": document.sha256, "n_chars": len(document.text),
            "language": document.language, "url": document.url, "format": document.source_format,
            "n_sentences": len(document.sentences), "text": document.text,
        })
        starts = [s.start for s in document.sentences]
        for index, sentence in enumerate(document.sentences):
            self.sentences.append({"doc_id": document.doc_id, "sentence_index": index,
                                   "char_start": sentence.start, "char_end": sentence.end})
        for timex in found.timexes:
            row = _row(timex)
            row["timex_id"] = timex.timex_id
            self.timexes.append(row)
        for actor in found.actors:
            self._add_actor(actor)
        for mention in found.actor_mentions:
            row = _row(mention)
            row["sentence_index"] = _sentence_index(starts, mention.char_start)
            self.actor_mentions.append(row)
        for role in found.actor_roles:
            self.actor_roles.add((role.actor_id, role.role, role.organization, role.date_begin, role.date_end,
                                  role.source))
        for event in found.events:
            # The first document (in path order) to mention an event decides its row.
            if event.event_id not in self.events or document.path < self.events[event.event_id][0]:
                self.events[event.event_id] = (document.path, event)
        self.event_mentions += [_row(m) for m in found.event_mentions]
        for link in found.event_actors:
            key = (link.event_id, link.actor_id, link.role)
            row = _row(link)
            if key not in self.event_actors or _evidence_rank(row) < _evidence_rank(self.event_actors[key]):
                self.event_actors[key] = row
        self.problems += list(found.problems)

    def add_problems(self, problems: list[Problem]) -> None:
        self.problems += problems

    def inputs(self) -> list[dict]:
        return sorted(self._inputs, key=lambda i: (i["path"], i["doc_id"]))

    def tables(self, knowledge_dirs: tuple[Path, ...] = ()) -> dict[str, list[dict]]:
        self._add_linked_knowledge_actors(knowledge_dirs)
        actors = []
        for actor_id in sorted(self.actors):
            row = _row(self.actors[actor_id])
            row["aliases"] = sorted(self.actor_aliases[actor_id])
            actors.append(row)
        roles = [dict(zip(("actor_id", "role", "organization", "date_begin", "date_end", "source"), r))
                 for r in sorted(self.actor_roles, key=_sortable)]
        events = [_row(e) for _, e in sorted(self.events.values(), key=lambda pe: pe[1].event_id)]
        problems = sorted({(p.path or "", p.doc_id or "", p.stage, p.code, p.message, p.severity)
                           for p in self.problems})
        return {
            "documents": sorted(self.documents, key=lambda r: (r["path"], r["doc_id"])),
            "sentences": sorted(self.sentences, key=lambda r: (r["doc_id"], r["sentence_index"])),
            "timexes": sorted(self.timexes, key=lambda r: (r["doc_id"], r["char_start"], r["char_end"])),
            "actors": actors,
            "actor_mentions": sorted(_unique(self.actor_mentions),
                                     key=lambda r: (r["doc_id"], r["char_start"], r["char_end"], r["actor_id"])),
            "actor_roles": roles,
            "events": events,
            "event_mentions": sorted(_unique(self.event_mentions),
                                     key=lambda r: (r["event_id"], r["doc_id"], r["char_start"], r["char_end"])),
            "event_actors": sorted(self.event_actors.values(),
                                   key=lambda r: (r["event_id"], r["actor_id"], r["role"])),
            "problems": [dict(zip(("path", "doc_id", "stage", "code", "message", "severity"), p))
                         for p in problems],
        }

    def _add_actor(self, actor: Actor) -> None:
        aliases = self.actor_aliases.setdefault(actor.actor_id, set())
        aliases.update(actor.aliases)
        known = self.actors.get(actor.actor_id)
        if known is None or (known.source == "discovered" and actor.source == "knowledge"):
            self.actors[actor.actor_id] = actor
        elif known.role is None and actor.role:
            self.actors[actor.actor_id] = actor

    def _add_linked_knowledge_actors(self, knowledge_dirs: tuple[Path, ...]) -> None:
        """Actors that event links name from knowledge but no document mentions get their row too."""
        missing = {row["actor_id"] for row in self.event_actors.values()} - set(self.actors)
        if not missing:
            return
        from .knowledge.actors import load_actor_knowledge

        knowledge = load_actor_knowledge(tuple(knowledge_dirs))
        for actor_id in sorted(missing):
            actor = knowledge.get(actor_id)
            if actor is None:
                for key in [k for k in self.event_actors if k[1] == actor_id]:
                    del self.event_actors[key]
                self.problems.append(Problem("unknown-actor", f"an event link names actor {actor_id!r}, "
                                             "which no document mentions and the knowledge base lacks; "
                                             "the link was dropped", stage="link", severity="warning"))
            else:
                self._add_actor(actor)


def _row(record) -> dict:
    """A record's fields as a dict: dataclasses.asdict without its deep copies (records hold
    only immutable values), several times faster on a large corpus."""
    return {name: getattr(record, name) for name in _field_names(type(record))}


@lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _sentence_index(starts: list[int], offset: int) -> int | None:
    from bisect import bisect_right

    index = bisect_right(starts, offset) - 1
    return index if index >= 0 else None


def _unique(rows: list[dict]) -> list[dict]:
    seen, out = set(), []
    for row in rows:
        key = tuple(sorted((k, str(v)) for k, v in row.items()))
        if key not in seen:
            seen.add(key)
            out.append(row)
    return out


def _evidence_rank(row: dict) -> tuple:
    """Prefer text evidence, then the earliest span, so merging is order-independent."""
    return (row.get("basis") != "text", row.get("doc_id") or "", row.get("char_start") or -1)


def _sortable(values: tuple) -> tuple:
    return tuple("" if v is None else str(v) for v in values)
