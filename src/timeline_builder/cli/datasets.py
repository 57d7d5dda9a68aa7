"""timeline log | diff | verify | query | export | plot: working with published datasets."""
from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from ..dataset import json_default, open_dataset
from ..dataset.diff import TableDiff, VersionDiff, diff_versions
from ..errors import DatasetError, UsageError
from ..dataset.plot import DEFAULT_LIMIT

DEFAULT_DATASET = "datasets/seed"
# Detail lines per table in a text diff; --format jsonl gives them all.
DIFF_DETAIL_LINES = 25
CELL_WIDTH = 48


def register(subparsers) -> None:
    _add(subparsers, "log", run_log, "list a dataset's versions, newest first",
         "Each version with its parent, build time, inputs added/removed and row counts.\n"
         "Example: timeline log datasets/seed",
         dataset_positional=True)

    parser = _add(subparsers, "diff", run_diff, "what changed between two versions",
                  "Rows added (+), removed (-) and changed (~) per table, matched by stable id.\n"
                  "A and B are version ids, unique prefixes, 'latest' or 'latest~N' (N parents back);\n"
                  "with none, compares latest~1 with latest.\n"
                  "Example: timeline diff latest~1 latest --format jsonl")
    parser.add_argument("a", nargs="?", default="latest~1", metavar="A", help="the older version (default latest~1)")
    parser.add_argument("b", nargs="?", default="latest", metavar="B", help="the newer version (default latest)")
    parser.add_argument("--format", choices=("text", "jsonl"), default="text")
    parser.add_argument("--table", action="append", metavar="NAME",
                        help="compare only this table (repeatable), e.g. events")

    _add(subparsers, "verify", run_verify, "recompute every checksum of every version",
         "Checks each version's files against its manifest: a changed byte, a missing or an\n"
         "extra file is reported and the exit code is 2. Give a dataset or one version folder.\n"
         "Example: timeline verify datasets/seed/versions/3f9a1c2b4d5e6f70",
         dataset_positional=True, metavar="DATASET|VERSION_DIR")

    parser = _add(subparsers, "query", run_query, "run SQL (DuckDB) over a version's tables",
                  "Each table is a view named after it: documents, events, actors, event_actors,\n"
                  "event_mentions, actor_mentions, timexes, sentences, actor_roles, problems.\n"
                  "Example: timeline query \"SELECT kind, count(*) AS n FROM events GROUP BY kind\"",
                  version=True)
    parser.add_argument("sql", metavar="SQL", help="one SQL statement")
    parser.add_argument("--format", choices=("table", "csv", "jsonl"), default="table")

    parser = _add(subparsers, "export", run_export, "write every table as CSV or JSON Lines",
                  "For tools without Parquet support. CSV cells hold lists as JSON arrays; JSONL\n"
                  "writes dates as YYYY-MM-DD.\n"
                  "Example: timeline export --format csv --out exports/seed", version=True)
    parser.add_argument("--format", choices=("csv", "jsonl"), required=True)
    parser.add_argument("--out", metavar="DIR", help="output folder (default exports/<dataset>-<version>-<format>)")

    parser = _add(subparsers, "plot", run_plot, "draw a timeline of the events",
                  "Points for one-day events, bars for intervals, coloured by kind, labelled.\n"
                  "The suffix of --out picks the format: .png, .svg or .html (the SVG and a table).\n"
                  "Example: timeline plot --out timeline.png --actor soviet-union", version=True)
    parser.add_argument("--out", metavar="FILE", default="timeline.png",
                        help="timeline.png, .svg or .html (default timeline.png)")
    parser.add_argument("--actor", metavar="ID", help="only events this actor takes part in")
    parser.add_argument("--kind", metavar="KIND", help="only events of this kind (war, treaty, crisis ...)")
    parser.add_argument("--lanes", action="store_true", help="one lane per actor (the 8 with most events)")
    parser.add_argument("--limit", type=int, default=DEFAULT_LIMIT, metavar="N",
                        help=f"at most N events, the most mentioned (default {DEFAULT_LIMIT}; 0: all)")


def _add(subparsers, name: str, func, summary: str, description: str, *, dataset_positional: bool = False,
         metavar: str = "DATASET", version: bool = False) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(name, help=summary, description=f"{summary[0].upper()}{summary[1:]}.\n\n"
                                   f"{description}", formatter_class=argparse.RawDescriptionHelpFormatter)
    if dataset_positional:
        parser.add_argument("dataset", nargs="?", default=DEFAULT_DATASET, metavar=metavar,
                            help=f"dataset folder (default {DEFAULT_DATASET})")
    else:
        parser.add_argument("--dataset", metavar="DIR", default=DEFAULT_DATASET,
                            help=f"dataset folder or one version folder (default {DEFAULT_DATASET})")
    if version:
        parser.add_argument("--version", metavar="ID", default="latest",
                            help="version id, unique prefix or latest~N (default latest)")
    parser.set_defaults(func=func)
    return parser


def run_log(args) -> int:
    dataset = open_dataset(args.dataset)
    versions = dataset.versions()
    if not versions:
        raise DatasetError("the dataset has no version yet", path=str(dataset.path),
                           hint="build one with 'timeline build'")
    latest = dataset.latest_id()
    for version in versions:
        info = version.catalog
        mark = " (latest)" if version.id == latest else ""
        parent = version.parent or "none"
        built = version.built_at or "build time unknown"
        n_inputs = len(version.inputs())
        changes = _input_changes(dataset, version) or (
            f" (+{info['inputs_added']} -{info['inputs_removed']})" if "inputs_added" in info else "")
        print(f"version {version.id}{mark}")
        print(f"  built   {built}   parent {parent}")
        print(f"  inputs  {n_inputs}{changes}")
        rows = ", ".join(f"{name} {count}" for name, count in version.row_counts().items())
        print(f"  rows    {rows}")
    return 0


def _input_changes(dataset, version) -> str:
    """Inputs added, removed and changed since the parent, when the parent is still there."""
    if not version.parent:
        return f" (+{len(version.inputs())} new)"
    try:
        parent = dataset.version(version.parent)
    except DatasetError:
        return ""
    before = {i["path"]: i["sha256"] for i in parent.inputs()}
    after = {i["path"]: i["sha256"] for i in version.inputs()}
    changed = sum(1 for p in set(before) & set(after) if before[p] != after[p])
    return f" (+{len(set(after) - set(before))} -{len(set(before) - set(after))} ~{changed} since parent)"


def run_diff(args) -> int:
    dataset = open_dataset(args.dataset)
    before, after = dataset.version(args.a), dataset.version(args.b)
    result = diff_versions(before, after, tuple(args.table) if args.table else None)
    if args.table:
        unknown = sorted(set(args.table) - set(result.tables))
        if unknown:
            raise UsageError(f"cannot compare table(s) {', '.join(unknown)}; "
                             f"comparable: {', '.join(sorted(set(before.table_names) & set(after.table_names)))}")
    if args.format == "jsonl":
        for record in result.records():
            print(json.dumps(record, ensure_ascii=False, sort_keys=True, default=json_default))
        return 0
    _print_diff(result)
    return 0


def run_verify(args) -> int:
    target = Path(args.dataset)
    dataset = open_dataset(target) if target.exists() else None
    if dataset is None:
        raise DatasetError("no such dataset or version folder", path=str(target))
    versions = dataset.versions()
    problems = dataset.verify()
    for version in versions:
        found = problems.get(version.id, [])
        print(f"{'ok     ' if not found else 'FAILED '} {version.id}")
        for problem in found:
            print(f"         {problem}")
    for key in sorted(set(problems) - {v.id for v in versions}):
        for problem in problems[key]:
            print(f"FAILED  {key}: {problem}")
    if problems:
        count = sum(len(p) for p in problems.values())
        raise DatasetError(f"{count} problem(s) in {len(problems)} version(s); the data cannot be trusted",
                           path=str(target), hint="rebuild the damaged versions from their inputs")
    print(f"{len(versions)} version(s) verified")
    return 0


def run_query(args) -> int:
    version = open_dataset(args.dataset).version(args.version)
    columns, rows = version.query(args.sql)
    if args.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow(["" if v is None else _scalar(v) for v in row])
    elif args.format == "jsonl":
        for row in rows:
            print(json.dumps(dict(zip(columns, row)), ensure_ascii=False, default=json_default))
    else:
        _print_table(columns, rows)
    return 0


def run_export(args) -> int:
    dataset = open_dataset(args.dataset)
    version = dataset.version(args.version)
    name = dataset.path.name if not dataset.single_version else dataset.path.parent.parent.name
    out = Path(args.out or f"exports/{name}-{version.id}-{args.format}")
    for path in version.export(out, args.format):
        print(path)
    return 0


def run_plot(args) -> int:
    from ..dataset.plot import render, select_events

    dataset = open_dataset(args.dataset)
    version = dataset.version(args.version)
    _, counted = version.query("SELECT event_id, count(*) FROM event_mentions GROUP BY event_id")
    selection = select_events(version.table("events").to_pylist(), version.table("event_actors").to_pylist(),
                              version.table("actors").to_pylist(), mentions=dict(counted), actor=args.actor,
                              kind=args.kind, lanes=args.lanes, limit=args.limit)
    filters = ", ".join(f for f in (f"actor {args.actor}" if args.actor else "",
                                    f"kind {args.kind}" if args.kind else "") if f)
    name = dataset.path.name if not dataset.single_version else dataset.path.parent.parent.name
    title = f"{name} · version {version.id}" + (f" · {filters}" if filters else "")
    print(render(selection, Path(args.out), title))
    return 0


def _print_diff(result: VersionDiff) -> None:
    print(f"diff {result.before.id} -> {result.after.id}")
    if not result:
        print("no differences")
        return
    print(f"  inputs: +{len(result.inputs_added)} -{len(result.inputs_removed)} ~{len(result.inputs_changed)}")
    for sign, paths in (("+", result.inputs_added), ("-", result.inputs_removed), ("~", result.inputs_changed)):
        for path in paths[:DIFF_DETAIL_LINES]:
            print(f"    {sign} {path}")
    unchanged = [t.table for t in result.tables.values() if not t]
    for table in result.tables.values():
        if not table:
            continue
        print(f"  {table.table}: +{len(table.added)} -{len(table.removed)} ~{len(table.changed)}")
        lines = ([f"    - {_describe(table, row)}" for row in table.removed]
                 + [f"    + {_describe(table, row)}" for row in table.added]
                 + [f"    ~ {_key_text(key)}: " + "; ".join(
                     f"{c} {_short(a, 24)} -> {_short(b, 24)}" if (a, b) != (None, None) else f"{c} changed"
                     for c, (a, b) in columns.items()) for key, columns in table.changed])
        for line in lines[:DIFF_DETAIL_LINES]:
            print(line)
        if len(lines) > DIFF_DETAIL_LINES:
            print(f"    ... {len(lines) - DIFF_DETAIL_LINES} more (--format jsonl lists all)")
    if unchanged:
        print(f"  unchanged: {', '.join(unchanged)}")


def _describe(table: TableDiff, row: dict) -> str:
    """A readable one-line summary of a row, by table."""
    t = table.table
    if t == "events":
        when = _short(row.get("date_begin")) + (f"..{_short(row['date_end'])}" if row.get("date_end") else "")
        return f"{row['event_id']} {row['name']!r} ({row['kind']}, {when}, by {row.get('date_basis')})"
    if t == "actors":
        return f"{row['actor_id']} {row['name']!r} ({row['type']})"
    if t == "event_actors":
        return f"{row['event_id']} <- {row['actor_id']} ({row['role']}, {row.get('basis')})"
    if t in ("event_mentions", "actor_mentions"):
        owner = row.get("event_id") or row.get("actor_id")
        return f"{owner} in {row['doc_id']} [{row['char_start']}:{row['char_end']}] {_short(row['text'])}"
    if t == "timexes":
        return f"{row['doc_id']} [{row['char_start']}:{row['char_end']}] {_short(row['text'])} = {row.get('value')}"
    if t == "documents":
        return f"{row['doc_id']} {row['path']}"
    return _key_text(table.key_of(row))


def _key_text(key: dict) -> str:
    return " ".join(_short(v) for v in key.values())


def _short(value, width: int = 60) -> str:
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _scalar(value):
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=json_default)
    return value.isoformat() if hasattr(value, "isoformat") else value


def _print_table(columns: list[str], rows: list[tuple]) -> None:
    cells = [[_short(c, CELL_WIDTH) for c in columns]]
    cells += [["" if v is None else _short(_scalar(v), CELL_WIDTH) for v in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(columns))]
    for index, row in enumerate(cells):
        print("  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip())
        if index == 0:
            print("  ".join("-" * w for w in widths))
    print(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")

