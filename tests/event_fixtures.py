"""The stages run on a text written for a test, shared by the event and link tests: the events stage
given only timexes (years made by hand), and the real temporal, actor, events and link stages in turn."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache

from timeline_builder.extract import registry
from timeline_builder.extract.events.nonevents import unasserted_spans, undated_reason
from timeline_builder.knowledge.nonevents import load_nonevent_cues
from timeline_builder.records import AnnotatedDocument, Document, Extraction, Timex


def year_timexes(text: str) -> tuple[Timex, ...]:
    """Each run of four digits in the text as a DATE timex of that year."""
    return tuple(Timex("d", m.start(), m.end(), m.group(0), "DATE", m.group(0), None,
                       date(int(m.group(0)), 1, 1), date(int(m.group(0)), 12, 31), "year")
                 for m in re.finditer(r"\d{4}", text))


def year_timex(text: str, span: str, year: int) -> Timex:
    """The first ``span`` of the text as a DATE timex of ``year``."""
    start = text.index(span)
    return Timex("d", start, start + len(span), span, "DATE", str(year), None, date(year, 1, 1),
                 date(year, 12, 31), "year")


@cache
def _nonevent_cues():
    return load_nonevent_cues()


def unasserted_words(text: str, date_text: str) -> list[str]:
    """The stretches of ``text`` the packaged nonevent cues leave unasserted for the date ``date_text`` (its first
    place in the text), as written."""
    at = text.index(date_text)
    return [text[s:e] for s, e in unasserted_spans(_nonevent_cues(), text, (0, len(text)), (at, at + len(date_text)))]


def events_with_timexes(text: str, dct: date, timexes=()) -> tuple:
    """The events the events stage finds in ``text`` told on ``dct``, given only ``timexes`` (no actors)."""
    doc = Document("d", "d.txt", text, "sha", dct=dct)
    return registry.create("events")(AnnotatedDocument(doc, Extraction(timexes=tuple(timexes)))).events


def events_with_years(text: str, dct: date) -> tuple:
    """The events the events stage finds in ``text`` told on ``dct``, given each four-digit year as a timex."""
    return events_with_timexes(text, dct, year_timexes(text))


def _english(text: str, dct: date, fields: dict) -> Document:
    return Document("d", "d.txt", text, "sha", dct=dct, **{"language": "en", **fields})


def _actors_with_timexes(doc: Document) -> Extraction:
    timexes = registry.create("temporal")(AnnotatedDocument(doc, Extraction())).timexes
    return replace(registry.create("actors")(AnnotatedDocument(doc, Extraction(timexes=timexes))), timexes=timexes)


def events_after_all_stages(text: str, dct: date, **fields) -> Extraction:
    """The events stage's output for English ``text`` told on ``dct``, after the real temporal and actor stages;
    ``fields`` are more fields of the document (``dct_source``)."""
    doc = _english(text, dct, fields)
    return registry.create("events")(AnnotatedDocument(doc, _actors_with_timexes(doc)))


def kinds_and_begins(text: str, dct: date) -> list[tuple[str, date | None]]:
    """(kind, date_begin) of each event found in English ``text`` told on ``dct`` after all stages, sorted."""
    return sorted((e.kind, e.date_begin) for e in events_after_all_stages(text, dct).events)


def undated_reason_for(text: str, date_text: str) -> str | None:
    """Why the packaged nonevent cues keep ``date_text`` (its first place in ``text``) from dating an event of the
    whole text; None when nothing does."""
    at = text.index(date_text)
    return undated_reason(_nonevent_cues(), text, (at, at + len(date_text)), (0, len(text)))


def after_link_stage(text: str, dct: date, **fields) -> tuple[Extraction, Extraction]:
    """(the actor and events stages' output merged, the link stage's output) for English ``text`` told on ``dct``."""
    doc = _english(text, dct, fields)
    actors = _actors_with_timexes(doc)
    found = actors.merge(registry.create("events")(AnnotatedDocument(doc, actors)))
    return found, registry.create("link")(AnnotatedDocument(doc, found))


def link_roles(pipeline, text: str, dct: date = date(2005, 1, 1)) -> dict[tuple[str, str], str]:
    """(event name, actor id) -> role of the links ``pipeline`` (both stages) publishes for ``text``."""
    found = pipeline(Document("t", "t.txt", text, "", dct=dct))
    names = {e.event_id: e.name for e in found.events}
    return {(names[l.event_id], l.actor_id): l.role for l in found.event_actors}


def role_of(links: dict[tuple[str, str], str], actor: str) -> str:
    """The one role ``actor`` has among ``links`` (of :func:`link_roles`)."""
    found = [role for (_, a), role in links.items() if a == actor]
    assert len(found) == 1, links
    return found[0]
