"""timeline log | diff | verify | query | export | plot: working with published datasets."""
from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from ..dataset import json_default, open_dataset
from ..dataset.diff import KEYS, TableDiff, VersionDiff, diff_versions
from ..errors import DatasetError, UsageError
from ..dataset.plot import DEFAULT_LIMIT
from .common import add_dataset_option, damaged, dataset_of
# Detail lines per table in a text diff; --format jsonl gives them all.
DIFF_DETAIL_LINES = 25
QUERY_FORMATS = ("table", "csv", "jsonl", "parquet")
OUT_FORMATS = {".csv": "csv", ".tsv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
               ".parquet": "parquet", ".pq": "parquet"}


def register(subparsers) -> None:
    _add(subparsers, "log", run_log, "list a dataset's versions, newest first",
         "Each version with its parent, build time, inputs added/removed and row counts.\n"
         "Example: timeline log --dataset datasets/seed",
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
         "Example: timeline verify --dataset datasets/seed/versions/3f9a1c2b4d5e6f70",
         dataset_positional=True)

    parser = _add(subparsers, "query", run_query, "run SQL (DuckDB) over a version's tables",
                  "Each table is a view named after it: documents, events, actors, event_actors,\n"
                  "event_mentions, actor_mentions, timexes, sentences, actor_roles, problems.\n"
                  "Prints a table of full values (--max-width N cuts cells), or CSV or JSON Lines; with\n"
                  "--out FILE writes CSV, JSON Lines or Parquet (by its suffix, or --format) through\n"
                  "DuckDB's COPY.\n"
                  "Read-only and sandboxed: the SQL sees these tables and no other file, URL or\n"
                  "extension, unless --allow-files.\n"
                  "Example: timeline query \"SELECT kind, count(*) AS n FROM events GROUP BY kind\"\n"
                  "         timeline query \"SELECT * FROM events\" --out events.parquet",
                  version=True)
    parser.add_argument("sql", metavar="SQL", help="one SQL statement")
    parser.add_argument("--format", choices=QUERY_FORMATS,
                        help="table (default on screen), csv, jsonl, or parquet (needs --out)")
    parser.add_argument("--out", metavar="FILE", type=Path,
                        help="write the result to FILE (.csv, .tsv, .jsonl, .parquet) instead of printing it")
    parser.add_argument("--max-width", type=int, default=0, metavar="N",
                        help="cut table cells at N characters (default 0: full values)")
    parser.add_argument("--allow-files", action="store_true",
                        help="let the SQL read and write files, fetch URLs and load extensions (DuckDB's full power)")

    parser = _add(subparsers, "export", run_export, "write every table as CSV or JSON Lines",
                  "For tools without Parquet support. CSV cells hold lists as JSON arrays; JSONL\n"
                  "writes dates as YYYY-MM-DD.\n"
                  "Example: timeline export --format csv --out exports/seed", version=True)
    parser.add_argument("--format", choices=("csv", "jsonl"), required=True)
    parser.add_argument("--out", metavar="DIR", help="output folder (default exports/<dataset>-<version>-<format>)")

    parser = _add(subparsers, "plot", run_plot, "draw a timeline of the events",
                  "The suffix of --out picks the format. .html: an interactive page (zoom and pan, lanes\n"
                  "by kind or actor, hover for dates, actors, how it was dated and the evidence, click\n"
                  "through to the document, filters by actor, kind, event type and date), readable\n"
                  "offline. .png or .svg: a picture. Both need the [plot] extra.\n"
                  "The period is the documents' own plus the events they date, unless --since/--until.\n"
                  "Example: timeline plot --out timeline.html --lanes actor --since 2004 --until 2005-06-30",
                  version=True)
    parser.add_argument("--out", metavar="FILE", default="timeline.png",
                        help="timeline.html, .png or .svg (default timeline.png)")
    parser.add_argument("--since", type=_day(first=True), metavar="YYYY[-MM[-DD]]", help="start of the period drawn")
    parser.add_argument("--until", type=_day(first=False), metavar="YYYY[-MM[-DD]]", help="end of the period drawn")
    parser.add_argument("--actor", metavar="ID", help="only events this actor takes part in")
    parser.add_argument("--kind", metavar="KIND", help="only events of this kind (war, treaty, crisis ...)")
    parser.add_argument("--lanes", nargs="?", const="actor", choices=("kind", "actor"),
                        help="one lane per kind or per actor (alone: actor; default: kind on the page, "
                             "none in a picture)")
    parser.add_argument("--limit", type=int, default=DEFAULT_LIMIT, metavar="N",
                        help=f"at most N events, the most mentioned (default {DEFAULT_LIMIT}; 0: all)")


def _day(first: bool):
    """An argparse type: YYYY, YYYY-MM or YYYY-MM-DD -> its first (or last) day."""
    import calendar
    import re
    from datetime import date

    def parse(text: str):
        match = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", text.strip())
        try:
            if not match or (match[3] and not match[2]):
                raise ValueError
            year = int(match[1])
            month = int(match[2]) if match[2] else (1 if first else 12)
            day = int(match[3]) if match[3] else (1 if first else calendar.monthrange(year, month)[1])
            return date(year, month, day)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)") from None
    return parse


def _add(subparsers, name: str, func, summary: str, description: str, *, dataset_positional: bool = False,
         version: bool = False) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(name, help=summary, description=f"{summary[0].upper()}{summary[1:]}.\n\n"
                                   f"{description}", formatter_class=argparse.RawDescriptionHelpFormatter)
    add_dataset_option(parser, positional_alias=dataset_positional, what="dataset folder or one version folder")
    if version:
        parser.add_argument("--version", metavar="ID", default="latest",
                            help="version id, unique prefix or latest~N (default latest)")
    parser.set_defaults(func=func)
    return parser


def run_log(args) -> int:
    dataset = open_dataset(dataset_of(args))
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
    dataset = open_dataset(dataset_of(args))
    before, after = dataset.version(args.a), dataset.version(args.b)
    result = diff_versions(before, after, tuple(args.table) if args.table else None)
    if args.table:
        unknown = sorted(set(args.table) - set(result.tables))
        if unknown:
            raise UsageError(f"cannot compare table(s) {', '.join(unknown)}; "
                             f"comparable: {', '.join(sorted(set(before.table_names) & set(after.table_names) & set(KEYS)))}")
    if args.format == "jsonl":
        for record in result.records():
            print(json.dumps(record, ensure_ascii=False, sort_keys=True, default=json_default))
        return 0
    _print_diff(result)
    return 0


def run_verify(args) -> int:
    target = Path(dataset_of(args))
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
    version = open_dataset(dataset_of(args)).version(args.version)
    if args.out is not None:
        fmt = args.format or OUT_FORMATS.get(args.out.suffix.lower())
        if fmt in (None, "table"):
            raise UsageError(f"cannot tell the format of {args.out.name}",
                             hint="end --out with .csv, .tsv, .jsonl or .parquet, or give --format")
        rows = write_query(version, args.sql, args.out, fmt, allow_files=args.allow_files,
                           delimiter="\t" if args.out.suffix.lower() == ".tsv" else ",")
        print(f"{rows} row(s) -> {args.out}", file=sys.stderr)
        return 0
    if args.format == "parquet":
        raise UsageError("--format parquet needs --out FILE")
    import duckdb
    try:
        columns, rows = version.query(args.sql, allow_files=args.allow_files)
    except (UsageError, DatasetError, duckdb.Error) as exc:
        raise damaged(version, exc) from None
    if args.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow(["" if v is None else _scalar(v) for v in row])
    elif args.format == "jsonl":
        for row in rows:
            print(json.dumps(dict(zip(columns, row)), ensure_ascii=False, default=json_default))
    else:
        _print_table(columns, rows, args.max_width)
    return 0


def write_query(version, sql: str, out: Path, fmt: str, delimiter: str = ",", allow_files: bool = False) -> int:
    """Write the result of ``sql`` to ``out`` through DuckDB's COPY; the number of rows.

    The query runs in the version's own (sandboxed) connection; its result, as Arrow, is then
    copied by a second connection that sees nothing but that result.
    """
    import duckdb

    try:
        connection = version.connect(allow_files=allow_files)
    except duckdb.Error as exc:
        raise damaged(version, UsageError(str(exc).splitlines()[0])) from None
    try:
        relation = connection.sql(sql)  # a relation streams into Arrow without an extra copy
        if relation is None:
            raise UsageError("the statement returns no rows to write")
        table = relation.to_arrow_table()
    except duckdb.Error as exc:
        raise damaged(version, UsageError(f"the query failed: {' '.join(str(exc).splitlines()[0].split())}",
                                          hint=f"tables: {', '.join(version.table_names)}")) from None
    finally:
        connection.close()
    out.parent.mkdir(parents=True, exist_ok=True)
    options = {"csv": f"FORMAT csv, HEADER true, DELIMITER '{delimiter}'", "jsonl": "FORMAT json",
               "parquet": "FORMAT parquet, COMPRESSION zstd"}[fmt]
    writer = duckdb.connect()
    try:
        writer.register("result", table)
        target = str(out).replace("'", "''")
        writer.execute(f"COPY result TO '{target}' ({options})")
    except (duckdb.Error, OSError) as exc:
        raise UsageError(f"cannot write {out}: {' '.join(str(exc).splitlines()[0].split())}") from None
    finally:
        writer.close()
    return table.num_rows


def run_export(args) -> int:
    dataset = open_dataset(dataset_of(args))
    version = dataset.version(args.version)
    name = dataset.path.name if not dataset.single_version else dataset.path.parent.parent.name
    out = Path(args.out or f"exports/{name}-{version.id}-{args.format}")
    for path in version.export(out, args.format):
        print(path)
    return 0


def run_plot(args) -> int:
    import duckdb
    from ..dataset.plot import render, select_events, time_range
    from .show import check_filters

    out = Path(args.out)
    if out.suffix.lower() not in (".html", ".htm", ".png", ".svg"):
        raise UsageError(f"cannot write a {out.suffix or 'suffix-less'} file; use .html, .png or .svg", path=str(out))
    page = out.suffix.lower() in (".html", ".htm")
    dataset = open_dataset(dataset_of(args))
    version = dataset.version(args.version)
    names = ["events", "event_actors", "actors", "documents"] + (["event_mentions", "sentences"] if page else [])
    try:
        tables = {name: version.table(name).to_pylist() for name in names}
        _, counted = version.query("SELECT event_id, count(*) FROM event_mentions GROUP BY event_id")
    except (UsageError, DatasetError, duckdb.Error) as exc:
        raise damaged(version, exc) from None
    check_filters(tables, actor=args.actor, kind=args.kind)
    window = time_range(tables["events"], tables["documents"], args.since, args.until)
    if window is None:
        raise UsageError("no dated event or document to draw", hint="build with the event extractor, or give --dct")
    lanes = args.lanes or ("kind" if page else None)
    selection = select_events(tables["events"], tables["event_actors"], tables["actors"], mentions=dict(counted),
                              actor=args.actor, kind=args.kind, lanes=lanes or False, limit=args.limit,
                              window=window)
    filters = ", ".join(f for f in (f"actor {args.actor}" if args.actor else "",
                                    f"kind {args.kind}" if args.kind else "") if f)
    name = dataset.path.name if not dataset.single_version else dataset.path.parent.parent.name
    title = f"{name} · version {version.id}" + (f" · {filters}" if filters else "")
    if not page:
        print(render(selection, out, title))
        return 0
    from ..dataset.timeline_page import page_records, render_page
    chosen = {(r.name, r.begin) for r in selection.rows}
    events = [e for e in tables["events"] if (e["name"], e.get("date_begin")) in chosen]
    records = page_records(events, tables["event_actors"], tables["actors"], tables["documents"],
                           tables["event_mentions"], window, lanes=lanes, sentences=tables["sentences"])
    print(render_page(records, out, title, selection.note(), window, tables["documents"], tables["event_mentions"]))
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


def _print_table(columns: list[str], rows: list[tuple], max_width: int = 0) -> None:
    def cell(value) -> str:
        text = " ".join(str(value).split())  # a line break inside a value would break the table's rows
        return text if max_width <= 0 or len(text) <= max_width else text[: max(max_width - 1, 1)] + "…"

    cells = [[cell(c) for c in columns]]
    cells += [["" if v is None else cell(_scalar(v)) for v in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(columns))]
    for index, row in enumerate(cells):
        print("  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip())
        if index == 0:
            print("  ".join("-" * w for w in widths))
    print(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")

