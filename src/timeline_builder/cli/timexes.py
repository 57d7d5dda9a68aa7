"""timeline timexes FILE: the temporal expressions of one document, one JSON object a line."""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date


FIELDS = ("char_start", "char_end", "text", "type", "value", "mod", "date_begin", "date_end", "granularity")


def register(subparsers) -> None:
    """Add the ``timexes`` command."""
    parser = subparsers.add_parser(
        "timexes", help="print the temporal expressions of one document",
        description="Find and normalise every temporal expression (TIMEX3) of one document.\n"
                    "Relative expressions resolve against the document's creation time: its\n"
                    "metadata (sidecar .meta.json, front matter), else --dct.\n"
                    "Output: one JSON object a line with char_start, char_end, text, type, value,\n"
                    "mod, date_begin, date_end, granularity (or an aligned table).\n"
                    "Example: timeline timexes article.txt --dct 2025-02-18",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file", metavar="FILE", help="a .txt, .md, .html or .jsonl document (UTF-8)")
    parser.add_argument("--dct", metavar="YYYY-MM-DD", help="the document creation time, if its metadata has none")
    parser.add_argument("--language", metavar="xx", help="ISO 639-1 code (en, ru, de, fr, es); default: detected")
    parser.add_argument("--format", choices=("jsonl", "table"), default="jsonl")
    parser.set_defaults(func=run)


def parse_dct(text: str | None) -> date | None:
    """The --dct option as a date, checked as ``timeline build`` checks it (UsageError otherwise)."""
    from ..ingest.dct import dct_option

    return dct_option(text)


def _load(path: str, dct: date | None, language: str | None):
    """The document, its dct from its metadata or ``--dct``."""
    from ..ingest import load_document

    return load_document(path, dct=dct, language=language)


def timex_row(timex) -> dict:
    """One output row: the fields other tools rely on, dates as ISO strings."""
    row = {name: getattr(timex, name) for name in FIELDS}
    for name in ("date_begin", "date_end"):
        row[name] = row[name].isoformat() if row[name] is not None else None
    return row


def run(args: argparse.Namespace) -> int:
    """Print the timexes of one document."""
    from ..extract.temporal import find_timexes

    document = _load(args.file, parse_dct(args.dct), args.language)
    timexes = find_timexes(document.text, document.dct, language=args.language or document.language,
                           doc_id=document.doc_id)
    rows = [timex_row(t) for t in timexes]
    out = sys.stdout
    if args.format == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        return 0
    headers = ("start", "end", "type", "value", "mod", "begin", "end_date", "text")
    table = [(str(r["char_start"]), str(r["char_end"]), r["type"], r["value"], r["mod"] or "",
              r["date_begin"] or "", r["date_end"] or "", " ".join(r["text"].split())) for r in rows]
    widths = [max([len(h)] + [len(line[i]) for line in table]) for i, h in enumerate(headers)]
    out.write("  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip() + "\n")
    for line in table:
        out.write("  ".join(c.ljust(w) for c, w in zip(line, widths)).rstrip() + "\n")
    out.write(f"{len(rows)} timexes; dct {document.dct or 'none'}\n")
    return 0
