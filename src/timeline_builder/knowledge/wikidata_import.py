"""Turning a Wikidata JSON export into rows of the event knowledge base.

Reads entities as Wikidata serialises them (``Special:EntityData/Q….json``, the
``wbgetentities`` API, or a JSON dump: a list of entities, ``{"entities": {...}}``, or one
entity per line) and uses the claims P585 (point in time), P580 (start time), P582 (end
time), P710 (participant) and P1891 (signatory). Participants and signatories become actor
ids through the actor knowledge base's Wikidata ids; those it does not know are left out
and counted.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import KnowledgeError
from ..records import slugify

COLUMNS = ("id", "name", "kind", "date_begin", "date_end", "granularity", "aliases", "participants",
           "wikidata", "cues")
_PRECISION = {11: "day", 10: "month", 9: "year", 8: "decade", 7: "century"}
_KIND_WORDS = (
    ("treaty", ("treaty", "convention", "protocol")), ("agreement", ("agreement", "accord", "memorandum", "pact")),
    ("war", ("war",)), ("crisis", ("crisis", "incident", "affair", "scandal")),
    ("operation", ("operation", "invasion", "intervention", "offensive")), ("law", ("act", "law", "resolution")),
    ("sanction", ("sanction", "embargo")), ("meeting", ("summit", "conference", "meeting", "talks")),
    ("election", ("election", "referendum")), ("conflict", ("conflict", "uprising", "revolution", "insurgency")),
    ("policy", ("policy", "doctrine", "plan", "initiative")), ("founding", ("founding", "establishment")),
)


@dataclass
class ImportReport:
    rows: list[dict[str, str]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # entity ids without a usable date
    unknown_participants: set[str] = field(default_factory=set)


def read_entities(path: Path) -> list[dict]:
    """The entities of a Wikidata JSON export, whatever its wrapping."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError(f"cannot read Wikidata export: {exc}", path=str(path)) from exc
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        data = []
        for number, line in enumerate(raw.splitlines(), 1):
            line = line.strip().rstrip(",")
            if line in ("", "[", "]"):
                continue
            try:
                data.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise KnowledgeError(f"not JSON: {exc.msg}", path=str(path), line=number) from None
    if isinstance(data, dict):
        data = list(data["entities"].values()) if "entities" in data else [data]
    if not isinstance(data, list) or not all(isinstance(e, dict) for e in data):
        raise KnowledgeError("expected a Wikidata entity, a list of entities or {\"entities\": {...}}",
                             path=str(path))
    return data


def import_entities(entities: list[dict], actor_by_qid: dict[str, str], language: str = "en") -> ImportReport:
    """Event rows for the entities that have a date.

    Args:
        entities: Wikidata entities (dicts with ``id``, ``labels``, ``aliases``, ``claims``).
        actor_by_qid: Wikidata id -> actor id, from the actor knowledge base.
        language: the language of labels and aliases to use.
    """
    report = ImportReport()
    for entity in entities:
        qid = entity.get("id", "")
        label = _text(entity.get("labels", {}), language)
        claims = entity.get("claims", {})
        begin = _time(claims, "P580") or _time(claims, "P585")
        end = _time(claims, "P582") or (_time(claims, "P585") if "P580" not in claims else None)
        if not label or begin is None:
            report.skipped.append(qid or "?")
            continue
        participants = []
        for prop, role in (("P710", "participant"), ("P1891", "participant")):
            for target in _items(claims, prop):
                actor = actor_by_qid.get(target)
                if actor is None:
                    report.unknown_participants.add(target)
                elif f"{actor}:{role}" not in participants:
                    participants.append(f"{actor}:{role}")
        aliases = [a.get("value", "") for a in entity.get("aliases", {}).get(language, []) if a.get("value")]
        description = _text(entity.get("descriptions", {}), language)
        report.rows.append({
            "id": slugify(label), "name": label, "kind": guess_kind(f"{label} {description}"),
            "date_begin": begin[0], "date_end": end[0] if end else "", "granularity": begin[1],
            "aliases": "|".join(a.replace("|", " ").replace("\t", " ") for a in aliases),
            "participants": "|".join(participants), "wikidata": qid if re.match(r"^Q\d+$", qid) else "",
            "cues": "",
        })
    report.rows.sort(key=lambda r: (r["date_begin"], r["id"]))
    return report


def guess_kind(words: str) -> str:
    """An event kind from the words of a label and description ("treaty", "war", ...)."""
    tokens = set(re.findall(r"[a-z]+", words.lower()))
    for kind, cues in _KIND_WORDS:
        if tokens & set(cues):
            return kind
    return "other"


def to_tsv(rows: list[dict[str, str]]) -> str:
    lines = ["# Imported from a Wikidata export by `timeline knowledge import-wikidata`; review kinds and add cues.",
             "\t".join(COLUMNS)]
    lines += ["\t".join(row[c].replace("\t", " ") for c in COLUMNS) for row in rows]
    return "\n".join(lines) + "\n"


def _text(values: dict, language: str) -> str:
    value = values.get(language) or {}
    return value.get("value", "") if isinstance(value, dict) else ""


def _snaks(claims: dict, prop: str) -> list[dict]:
    return [c.get("mainsnak", {}) for c in claims.get(prop, []) if c.get("rank") != "deprecated"]


def _time(claims: dict, prop: str) -> tuple[str, str] | None:
    """The first usable date of ``prop``: (YYYY[-MM[-DD]], granularity)."""
    for snak in _snaks(claims, prop):
        value = snak.get("datavalue", {}).get("value", {})
        match = re.match(r"^\+?(\d{4})-(\d{2})-(\d{2})", str(value.get("time", "")))
        if not match:
            continue
        precision = _PRECISION.get(int(value.get("precision", 9)), "year")
        year, month, day = match.groups()
        if precision == "day" and day != "00":
            return f"{year}-{month}-{day}", "day"
        if precision == "month" and month != "00":
            return f"{year}-{month}", "month"
        return year, precision if precision in ("decade", "century") else "year"
    return None


def _items(claims: dict, prop: str) -> list[str]:
    out = []
    for snak in _snaks(claims, prop):
        value = snak.get("datavalue", {}).get("value", {})
        if isinstance(value, dict) and value.get("id"):
            out.append(value["id"])
    return out
