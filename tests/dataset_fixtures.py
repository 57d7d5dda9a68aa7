"""A small dataset with real rows in every table, for the dataset API, CLI and doc tests.

The built-in extractors land separately; these tests need events, actors, mentions, links
and timexes whatever is registered, so a tiny rule-based extractor (a few names and
"<Name> of <year>" events) fills them. Building three short documents takes well under a
second.
"""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from timeline_builder.extract import registry
from timeline_builder.build import BuildOptions, build
from timeline_builder.records import (Actor, ActorMention, Event, EventActor, EventMention, Extraction, Timex,
                                      slugify, stable_id)

NAME = "fixture-timeline"
_ACTORS = {
    "United States": ("united-states", "state", "USA"),
    "Soviet Union": ("soviet-union", "state", "SUN"),
    "Cuba": ("cuba", "state", "CUB"),
    "NATO": ("nato", "organization", None),
}
_KINDS = {"crisis": "crisis", "treaty": "treaty", "war": "war", "summit": "meeting"}
_EVENT = re.compile(r"\b((?:[A-Z][a-z]+ )+(Crisis|Treaty|War|Summit)) of (\d{4})\b")
_YEAR = re.compile(r"\b(19|20)\d\d\b")


class FixtureTimeline:
    """Years as timexes, a fixed set of actor names, "<Name> <Kind> of <year>" as events."""

    name = NAME
    version = "1"

    def __call__(self, doc):
        document = doc.document
        text = document.text
        timexes = tuple(
            Timex(document.doc_id, m.start(), m.end(), m.group(), "DATE", m.group(),
                  date_begin=date(int(m.group()), 1, 1), date_end=date(int(m.group()), 12, 31),
                  granularity="year", extractor=f"{NAME} 1")
            for m in _YEAR.finditer(text))
        actors, mentions = [], []
        for name, (actor_id, kind, country) in _ACTORS.items():
            for m in re.finditer(re.escape(name), text):
                actors.append(Actor(actor_id, name, kind, country, aliases=(name,)))
                mentions.append(ActorMention(actor_id, document.doc_id, m.start(), m.end(), name))
        events, event_mentions, links = [], [], []
        for m in _EVENT.finditer(text):
            year = int(m.group(3))
            name = f"{m.group(1)} of {year}"
            event_id = slugify(name)
            kind = _KINDS[m.group(2).lower()]
            end = date(year, 12, 31) if kind in ("war", "crisis") else None
            events.append(Event(event_id, name, kind, date(year, 1, 1), end, "year", "text", m.group(3),
                                source="text"))
            sentence = document.sentence_at(m.start())
            event_mentions.append(EventMention(event_id, document.doc_id, m.start(), m.end(), m.group()))
            for mention in mentions:
                if sentence and sentence.start <= mention.char_start < sentence.end:
                    links.append(EventActor(event_id, mention.actor_id, "participant", "text", document.doc_id,
                                            sentence.start, sentence.end))
        return Extraction(timexes=timexes, actors=tuple(actors), actor_mentions=tuple(mentions),
                          events=tuple(events), event_mentions=tuple(event_mentions), event_actors=tuple(links))


registry.register(NAME)(FixtureTimeline)
OPTIONS = BuildOptions(extractors=(NAME,))

DOCUMENTS = {
    "a.txt": "The Cuban Missile Crisis of 1962 set the United States against the Soviet Union. "
             "Cuba was at its centre.\n\nThe Korean War of 1950 came first.",
    "b.txt": "The Moscow Summit of 1972 brought the United States and the Soviet Union together. "
             "The Basic Treaty of 1972 followed.",
    "c.md": "---\ndate: 2020-01-02\n---\nNATO grew after the Gulf War of 1991.",
}


def write_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in DOCUMENTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def build_two_versions(root: Path) -> tuple[Path, str, str]:
    """A dataset with two versions: the corpus, then one document changed and one added.

    Returns the dataset folder and the ids of the first and second versions.
    """
    corpus = write_corpus(root / "corpus")
    dataset = root / "ds"
    first = build([str(corpus)], dataset, OPTIONS).version.version_id
    (corpus / "b.txt").write_text(
        "The Moscow Summit of 1972 brought the United States and the Soviet Union together. "
        "The Basic Treaty of 1973 followed.", encoding="utf-8")
    (corpus / "d.txt").write_text("The Berlin Crisis of 1961 divided the city; the Soviet Union "
                                  "and the United States faced each other.", encoding="utf-8")
    second = build([str(corpus)], dataset, OPTIONS).version.version_id
    return dataset, first, second


def stable_doc_id(path: str) -> str:
    return stable_id("doc", path)
