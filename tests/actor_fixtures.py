"""Actor extractions written by hand, so event tests name exactly who the text mentions."""
from __future__ import annotations

from datetime import date

from timeline_builder.extract import registry
from timeline_builder.records import (
    Actor,
    ActorMention,
    AnnotatedDocument,
    Document,
    Extraction,
)


def extraction_with_actors(text: str, actors: dict[str, tuple[str, str]], timexes=()) -> Extraction:
    """actors: id -> (surface, type); every occurrence of the surface in the text is a mention."""
    mentions, found = [], []
    for actor_id, (name, kind) in actors.items():
        start = text.find(name)
        while start >= 0:
            mentions.append(ActorMention(actor_id, "d", start, start + len(name), name))
            start = text.find(name, start + 1)
        found.append(Actor(actor_id, name, kind))
    return Extraction(actor_mentions=tuple(sorted(mentions, key=lambda m: m.char_start)), actors=tuple(found),
                      timexes=tuple(timexes))


def events_found(text: str, dct: date, actors: dict[str, tuple[str, str]], timexes=()):
    """The events stage's output for ``text`` told on ``dct``, with the actors of ``actors`` the text names."""
    present = {actor_id: entry for actor_id, entry in actors.items() if entry[0] in text}
    doc = Document("d", "d.txt", text, "sha", dct=dct)
    return registry.create("events")(AnnotatedDocument(doc, extraction_with_actors(text, present, timexes)))


def known_event_begins(text: str, dct: date, actors: dict[str, tuple[str, str]]) -> dict[str, str]:
    """event_id -> date_begin (ISO) of the known events the events stage links in ``text`` told on ``dct``."""
    return {e.event_id: str(e.date_begin) for e in events_found(text, dct, actors).events if e.kb_id}


def mentions_found(extractor, text: str, dct: date = date(2005, 3, 1)) -> set[tuple[str, str]]:
    """The (text, actor id) of every mention the actor stage finds in one short document."""
    result = extractor(AnnotatedDocument(Document("t", "t.txt", text, "", dct=dct), Extraction()))
    return {(m.text, m.actor_id) for m in result.actor_mentions}
