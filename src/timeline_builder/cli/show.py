"""timeline show [--dataset DIR]: the events of a dataset's latest version in date order."""
from __future__ import annotations

import argparse
import re
from datetime import date
from pathlib import Path

from ..errors import DatasetError, UsageError
from .common import add_dataset_option, check_choice, dataset_of

SNIPPET_CHARS = 110
TABLES = ("events", "event_actors", "event_mentions", "documents", "actors")


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "show", help="print a dataset's events in date order",
        description="Print the events of a dataset's latest version in date order: dates, kind,\n"
                    "name, how the date was found (text, context or knowledge), the actors with\n"
                    "their roles, and a snippet of the text that mentions the event.\n"
                    "Example: timeline show --dataset datasets/seed --since 1950 --until 1980 --actor soviet-union",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    add_dataset_option(parser, positional_alias=True, what="dataset folder; its latest version is shown")
    parser.add_argument("--since", type=_year, metavar="YYYY", help="only events still going on in or after YYYY")
    parser.add_argument("--until", type=_year, metavar="YYYY", help="only events that began in or before YYYY")
    parser.add_argument("--actor", metavar="ID", help="only events linked to this actor id (e.g. soviet-union)")
    parser.add_argument("--kind", metavar="KIND", help="only events of this kind (crisis, treaty, term, ...)")
    parser.add_argument("--event-type", metavar="TYPE", type=str.upper,
                        help="only events of this PLOVER type (AGREE, CONSULT, ASSAULT, ...)")
    parser.set_defaults(func=run)


def run(args) -> int:
    tables = read_latest(Path(dataset_of(args)))
    check_filters(tables, actor=args.actor, kind=args.kind, event_type=args.event_type)
    lines = render(tables, since=args.since, until=args.until, actor=args.actor, kind=args.kind,
                   event_type=args.event_type)
    print("\n".join(lines) if lines else "no events match")
    return 0


def read_latest(dataset: Path) -> dict[str, list[dict]]:
    """The tables ``show`` needs from DATASET/latest, as lists of rows.

    A missing or damaged table is a DatasetError naming its file and suggesting ``timeline verify``.
    """
    from ..dataset import open_dataset

    if not dataset.is_dir():
        raise UsageError("no such dataset folder", path=str(dataset), hint="build one with `timeline build`")
    if not (dataset / "latest").exists() and (dataset / "versions").is_dir():
        raise DatasetError("the dataset has no latest version", path=str(dataset),
                           hint="build it with `timeline build`")
    version = open_dataset(dataset).version()
    return {name: version.table(name).to_pylist() for name in TABLES}


def check_filters(tables: dict[str, list[dict]], actor: str | None = None, kind: str | None = None,
                  event_type: str | None = None) -> None:
    """A UsageError with the nearest ids when ``actor``, ``kind`` or ``event_type`` is not one the dataset knows."""
    from ..knowledge.events import EVENT_KINDS
    from ..knowledge.triggers import PLOVER_TYPES

    if actor is not None:
        names = {str(a["name"]).lower(): a["actor_id"] for a in tables["actors"] if a.get("name")}
        check_choice(actor, [a["actor_id"] for a in tables["actors"]], "actor", aliases=names)
    check_choice(kind, set(EVENT_KINDS) | {e["kind"] for e in tables["events"]}, "event kind")
    check_choice(event_type, set(PLOVER_TYPES) | {e.get("event_type") for e in tables["events"]} - {None},
                 "event type")


def render(tables: dict[str, list[dict]], *, since: int | None = None, until: int | None = None,
           actor: str | None = None, kind: str | None = None, event_type: str | None = None) -> list[str]:
    """The lines ``show`` prints for these tables and filters."""
    actors_of: dict[str, list[tuple[str, str]]] = {}
    for link in tables["event_actors"]:
        actors_of.setdefault(link["event_id"], []).append((link["actor_id"], link["role"]))
    mentions_of: dict[str, list[dict]] = {}
    for m in sorted(tables["event_mentions"], key=lambda r: (r["doc_id"], r["char_start"])):
        mentions_of.setdefault(m["event_id"], []).append(m)
    doc_names = {d["doc_id"]: Path(str(d["path"])).name for d in tables["documents"]}
    lines = []
    for event in sorted(tables["events"], key=_order):
        if kind and event["kind"] != kind:
            continue
        if event_type and event.get("event_type") != event_type:
            continue
        links = sorted(set(actors_of.get(event["event_id"], [])))
        if actor and actor not in {a for a, _ in links}:
            continue
        if not _within(event, since, until):
            continue
        lines.append(f"{_dates(event):25s} {event['kind']:12s} {event['name']}  [{event['date_basis']}"
                     + (f": {event['text_date']}" if event.get("text_date") else "") + "]")
        if links:
            lines.append("    actors: " + ", ".join(f"{a} ({r})" for a, r in links))
        mentions = mentions_of.get(event["event_id"], [])
        if mentions:
            first = mentions[0]
            more = f" (+{len(mentions) - 1} more)" if len(mentions) > 1 else ""
            lines.append(f"    “{_snippet(first['text'])}” {doc_names.get(first['doc_id'], first['doc_id'])}{more}")
    return lines


def _year(text: str) -> int:
    if not re.fullmatch(r"-?\d{1,4}", text.strip()):
        raise argparse.ArgumentTypeError(f"{text!r} is not a year (YYYY)")
    return int(text)


def _order(event: dict) -> tuple:
    start = event["date_begin"] or event["date_end"] or date.max
    return (start, event["date_end"] or date.max, event["event_id"])


def _within(event: dict, since: int | None, until: int | None) -> bool:
    begin, end = event["date_begin"], event["date_end"]
    if since is not None:
        last = end or (begin if end is None and event.get("time_relation") == "past" else None)
        if last is not None and last.year < since:
            return False
        if last is None and begin is None:
            return False
    if until is not None:
        first = begin or end
        if first is None or first.year > until:
            return False
    return True


def _dates(event: dict) -> str:
    begin, end = event["date_begin"], event["date_end"]
    left = begin.isoformat() if begin else "…"
    if end is None:
        return f"{left}.." if begin else "undated"
    if end == begin:
        return left
    return f"{left}..{end.isoformat()}"


def _snippet(text: str) -> str:
    flat = " ".join(str(text).split())
    return flat if len(flat) <= SNIPPET_CHARS else flat[:SNIPPET_CHARS - 1].rstrip() + "…"
