"""The end-of-build summary: problems grouped by code, with counts and what to do about each."""
from __future__ import annotations

from collections import Counter
from typing import Iterable

from ..records import Problem

# What a user can do about each kind of problem.
ACTIONS = {
    "no-dct": "give --dct YYYY-MM-DD, a date field (--date-field), a sidecar .meta.json or a YYYY-MM-DD "
              "file-name prefix, so that relative dates resolve",
    "timex-unresolved": "the same documents have no creation time: see no-dct",
    "bad-metadata": "fix the value, or name the right field with --date-field, --title-field or --fields",
    "bad-record": "fix the record, or name the text field with --text-field or --fields",
    "duplicate-record": "give each record a unique id, or name the id field with --id-field",
    "unreadable": "convert the file to UTF-8 text (or a readable Parquet file), or raise --max-mb",
    "empty-document": "remove the file, or check that it was exported completely",
    "unsupported-file": "nothing, if it is not an article; otherwise convert it to .txt, .md, .html, .jsonl, "
                        ".csv, .tsv or .parquet",
    "missing-input": "check the path",
    "no-match": "check the pattern (quote it so the shell does not expand it)",
    "extractor-failed": "a bug: report it with the document",
    "item-failed": "a bug: report it with the document and the span; the document's other rows were kept",
    "doc-timeout": "raise --doc-timeout, or report the document",
    "unknown-actor": "a bug in the knowledge base or a --knowledge folder: check the actor id",
}
EXAMPLES = 3  # inputs named per kind of problem
DEFAULT_ACTION = "see the rows: timeline query \"SELECT * FROM problems WHERE code = '{code}'\""


def summary_lines(problems: Iterable[Problem]) -> list[str]:
    """One line per problem code (errors first, then by count), each with an example and the action."""
    problems = list(problems)
    if not problems:
        return []
    counts = Counter((p.severity, p.code) for p in problems)
    example: dict[tuple, Problem] = {}
    places: dict[tuple, list[str]] = {}
    for p in problems:
        example.setdefault((p.severity, p.code), p)
        where = p.path or p.doc_id or ""
        seen = places.setdefault((p.severity, p.code), [])
        if where and where not in seen and len(seen) < EXAMPLES:
            seen.append(where)
    docs = Counter()
    for key in counts:
        docs[key] = len({p.doc_id or p.path for p in problems if (p.severity, p.code) == key})
    lines = [f"problems: {len(problems):,} of {len(counts)} kind(s); all are in the problems table "
             "(timeline query \"SELECT * FROM problems\")"]
    for severity, code in sorted(counts, key=lambda k: (k[0] != "error", -counts[k], k[1])):
        key = (severity, code)
        first = example[key]
        count = counts[key]
        inputs = f" in {docs[key]:,} input(s)" if docs[key] != count else ""
        more = f" and {docs[key] - len(places[key]):,} more" if docs[key] > len(places[key]) else ""
        lines.append(f"  {count:>7,} {severity:7s} {code}{inputs}: {', '.join(places[key])}{more}")
        lines.append(f"          e.g. {_short(first.message)}")
        lines.append(f"          -> {ACTIONS.get(code, DEFAULT_ACTION.format(code=code))}")
    return lines


def _short(text: str, width: int = 110) -> str:
    flat = " ".join(str(text).split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
