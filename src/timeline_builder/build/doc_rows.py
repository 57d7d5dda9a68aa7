"""A document's share of the table rows (the map step's output), without pyarrow.

Rows are tuples holding a table's columns in schema order. A document's share of them
(:func:`extraction_rows`) depends only on the document and what was extracted from it, so
the build cache stores it ready to use and a rebuild never converts cached records again.
This module needs the tables' column names only (:mod:`..publish.columns`), not Arrow: the
workers of a ``--jobs N`` build run it, and are forked before the parent imports pyarrow,
which then loads while they extract (:mod:`rows` gathers the rows into Arrow tables).
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import fields
from operator import attrgetter

from ..publish.columns import COLUMN_NAMES
from ..records import EXTRACTION_FIELDS, Document, Extraction, Problem
from .entry_log import pack, unpack

_PROBLEM_FIELDS = tuple(f.name for f in fields(Problem))
# The Extraction fields whose rows only the unmerged tables use.
_UNMERGED_FIELDS = ("timexes", "actor_mentions")


def extraction_rows(document: Document, found: Extraction) -> tuple[tuple[tuple, ...], ...]:
    """What ``found`` adds to the tables, one tuple of rows per Extraction field (in EXTRACTION_FIELDS order).

    Timexes, mentions, roles, events and event links are rows of their tables; actors and
    problems keep their record fields (merged across documents later). Total: a record that
    cannot become rows turns the document's rows into one problem row (see :func:`failed_rows`).
    """
    try:
        return _extraction_rows(document, found)
    except Exception as exc:  # noqa: BLE001 - one document's bad record must not sink the corpus
        return failed_rows(document, exc)


def failed_rows(document: Document, exc: BaseException, stage: str = "rows") -> tuple[tuple[tuple, ...], ...]:
    """A document's rows when its records could not be gathered: only a problem saying why."""
    problem = Problem("rows-failed", f"the document's records could not become table rows, so it has none: "
                      f"{type(exc).__name__}: {exc}", path=document.path, doc_id=document.doc_id, stage=stage)
    return tuple((tuple(getattr(problem, f) for f in _PROBLEM_FIELDS),) if name == "problems" else ()
                 for name in EXTRACTION_FIELDS)


def _record_columns(name: str) -> tuple[str, ...]:
    """The attributes of an Extraction field's records that make its rows (actor mentions: all but
    the sentence index, computed from the document; problems: their record fields)."""
    if name == "problems":
        return _PROBLEM_FIELDS
    return tuple(c for c in COLUMN_NAMES[name] if c != "sentence_index")  # fields are named after their tables


_RECORD_COLUMNS = {name: _record_columns(name) for name in EXTRACTION_FIELDS}
# One C-level getter a field: a row is ``getter(record)`` (a tuple, every table has 2+ columns).
_ROW_GETTERS = {name: attrgetter(*columns) for name, columns in _RECORD_COLUMNS.items()}
assert COLUMN_NAMES["actor_mentions"][-1] == "sentence_index"  # appended to each mention's row


def _extraction_rows(document: Document, found: Extraction) -> tuple[tuple[tuple, ...], ...]:
    packed = []
    for name in EXTRACTION_FIELDS:
        records = getattr(found, name)
        try:
            rows = tuple(map(_ROW_GETTERS[name], records))
        except AttributeError:
            if name == "problems":  # a problem lacking a field is a malformed record
                raise
            # a record lacking an attribute has None in that column
            rows = tuple(tuple(getattr(r, c, None) for c in _RECORD_COLUMNS[name]) for r in records)
        if name == "actor_mentions" and rows:
            starts = [s.start for s in document.sentences]
            rows = tuple((*row, _sentence_index(starts, r.char_start)) for row, r in zip(rows, records))
        packed.append(rows)
    return tuple(packed)


def frozen_for_cache(rows: tuple[tuple[tuple, ...], ...]) -> tuple:
    """``rows`` with the unmerged tables' rows packed apart (msgpack): a rebuild whose table cache
    holds them never unpacks them (see :class:`Collector`, which accepts either form)."""
    return tuple(pack(field_rows) if name in _UNMERGED_FIELDS
                 else field_rows for name, field_rows in zip(EXTRACTION_FIELDS, rows, strict=True))


def _unfrozen(field_rows: tuple | bytes) -> tuple:
    return unpack(field_rows) if type(field_rows) is bytes else field_rows


def _sentence_index(starts: list[int], offset: int) -> int | None:
    index = bisect_right(starts, offset) - 1
    return index if index >= 0 else None
