"""Gathering each document's records into sorted, de-duplicated table rows.

Actors and events that several documents share become one row each (aliases united);
everything else keeps one row per record. Sorting by stable keys makes the tables, and so
the published bytes, independent of the order documents were read in.

Rows are tuples holding a table's columns in schema order. A document's share of them
(:func:`extraction_rows`) depends only on the document and what was extracted from it, so
the build cache stores it ready to use and a rebuild never converts cached records again.
The :class:`Collector` writes them to disk as documents finish and merges them on columns
at the end (:mod:`columnar` holds the merge rules as queries).
"""
from __future__ import annotations

import shutil
import tempfile
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa

from ..records import EXTRACTION_FIELDS, Actor, Document, Extraction, Problem
from ..publish.tables import SCHEMAS, StreamedTable, table_from_rows
from .columnar import INPUTS, PART_SCHEMAS, ColumnarMerge
from .doc_rows import (_PROBLEM_FIELDS, _UNMERGED_FIELDS, _unfrozen, extraction_rows,  # noqa: F401 - as before
                       failed_rows, frozen_for_cache)
from .event_merge import events_merged_into, merge_events_across_documents
from .parts import PartWriter

if TYPE_CHECKING:
    from ..knowledge.actors import KnownActor

# Actors and problems keep their record fields until they are merged; the rest are table rows.
_ACTOR_FIELDS = SCHEMAS["actors"].names  # the actor table's columns are Actor's fields
_ACTOR_ID, _ALIASES = (_ACTOR_FIELDS.index(n) for n in ("actor_id", "aliases"))
# Problems are de-duplicated as (path or "", doc_id or "", stage, code, message, severity).
_PROBLEM_KEY = ("path", "doc_id", "stage", "code", "message", "severity")
_EVENT_ACTOR_KEY = itemgetter(0, 1, 2)         # event_id, actor_id, role
_TIMEX_DOC_ID = SCHEMAS["timexes"].names.index("doc_id")
# The width of each field's rows: its table's columns (actors and problems: their record fields).
_ROW_WIDTHS = {name: len(SCHEMAS[name].names) for name in EXTRACTION_FIELDS if name not in ("actors", "problems")}
_MENTION_DOC_ID = SCHEMAS["actor_mentions"].names.index("doc_id")


class Collector:
    """Each document's rows, gathered as it finishes and merged into tables at the end.

    The rows go to part files on disk as they come (:mod:`parts`), so memory does not grow with
    the corpus; :meth:`arrow_tables` merges them on columns (:mod:`columnar`, whose docstring
    gives each table's merge rule). ``work``: the folder for the parts (removed by
    :meth:`close`); without one, a temporary folder of the Collector's own.
    """

    def __init__(self, work: Path | None = None) -> None:
        self._own_work = work is None
        self.work = Path(tempfile.mkdtemp(prefix="timeline-rows-")) if work is None else Path(work)
        self._parts = PartWriter(self.work / "parts", PART_SCHEMAS, self._bad_row)
        self._merge = ColumnarMerge(self._parts.files, self.work)
        self.problems: list[Problem] = []
        self._reused: list[str] = []
        self._rows_name_their_document = True
        self._inputs: list[dict] | None = None

    @property
    def parts(self) -> PartWriter:
        """Where the rows go (``timeline merge`` adds whole shards' tables to it)."""
        return self._parts

    @property
    def merge(self) -> ColumnarMerge:
        """The queries over the parts."""
        return self._merge

    def add(self, document: Document, found: Extraction) -> None:
        self.add_rows(document, extraction_rows(document, found))

    def add_rows(self, document: Document, rows: tuple[tuple[tuple, ...], ...], tables_cached: bool = False) -> None:
        """Add ``document`` and its rows from :func:`extraction_rows`.

        ``tables_cached``: the document's rows of the tables merged from no other document
        (:data:`table_cache.COLUMNAR_TABLES`) come from the table cache, so are not gathered.
        """
        try:  # everything that can fail on malformed rows happens before the collector changes
            found, own_rows, problems = self._checked(document, rows, tables_cached)
        except Exception as exc:  # noqa: BLE001 - the document keeps its documents row and gets a problem
            tables_cached = False
            found, own_rows, problems = self._checked(document, failed_rows(document, exc), tables_cached)
        parts, path = self._parts, document.path
        parts.add(INPUTS, ((document.doc_id, path, document.sha256),))
        self._inputs = None
        if not own_rows:
            self._rows_name_their_document = False  # two documents' rows would interleave
        if tables_cached:
            self._reused.append(document.doc_id)
        else:
            self._add_unmerged(document, found)
        parts.add("actors", found["actors"])
        parts.add("actor_roles", found["actor_roles"])
        parts.add("events", ((*event, path) for event in found["events"]))
        parts.add("event_mentions", found["event_mentions"])
        parts.add("event_actors", found["event_actors"])
        self.problems += problems

    @staticmethod
    def _checked(document: Document, rows: tuple, tables_cached: bool) -> tuple[dict, bool, list[Problem]]:
        """``rows`` by field, each row of the width its table has (a ValueError names the first that is
        not), whether the unmerged rows all name this document, and the problems as records."""
        found = dict(zip(EXTRACTION_FIELDS, rows, strict=True))
        own_rows = True
        if not tables_cached:  # (rows the table cache holds were checked when they were saved)
            found["timexes"], found["actor_mentions"] = _unfrozen(found["timexes"]), _unfrozen(found["actor_mentions"])
            own_rows = all(row[_TIMEX_DOC_ID] == document.doc_id for row in found["timexes"]) and all(
                row[_MENTION_DOC_ID] == document.doc_id for row in found["actor_mentions"])
        for name, width in _ROW_WIDTHS.items():
            if name in found and not (tables_cached and name in _UNMERGED_FIELDS):
                if any(len(row) != width for row in found[name]):
                    raise ValueError(f"a row of {name} does not have the table's {width} columns")
        for link in found["event_actors"]:
            hash(_EVENT_ACTOR_KEY(link))
        for actor in found["actors"]:
            hash(actor[_ACTOR_ID]), iter(actor[_ALIASES])
        problems = [Problem(*values) for values in found["problems"]]
        return found, own_rows, problems

    def _add_unmerged(self, document: Document, found: dict) -> None:
        """The document's rows of the tables nothing is merged into: documents, sentences, timexes, mentions."""
        doc_id, parts = document.doc_id, self._parts
        parts.add_text("documents", (doc_id, document.path, document.title, document.dct, document.dct_source,
                                     document.sha256, len(document.text), document.language, document.url,
                                     document.source_format, len(document.sentences), document.text),
                       len(document.text))
        parts.add("sentences", ((doc_id, index, s.start, s.end) for index, s in enumerate(document.sentences)))
        parts.add("timexes", found["timexes"])
        parts.add("actor_mentions", found["actor_mentions"])

    def add_cached_rows(self, name: str, rows) -> None:
        """Rows of an unmerged table (an Arrow table of its schema) that the table cache held for
        reused documents, when the tables must be merged from the parts after all."""
        self._parts.add_table(name, rows)

    def _bad_row(self, name: str, row: tuple, exc: Exception) -> None:
        columns = PART_SCHEMAS[name].names
        doc_id = row[columns.index("doc_id")] if "doc_id" in columns and len(row) == len(columns) else None
        self.problems.append(Problem("bad-row", f"a row of {name} does not fit the table and was left out: "
                                     f"{type(exc).__name__}: {exc}", doc_id=doc_id if isinstance(doc_id, str) else None,
                                     stage="rows"))

    def rows_stay_with_their_document(self) -> bool:
        """Whether document ids are unique and every unmerged row names its own document.

        Then each document's rows of those tables are one run of the sorted table, which is
        what lets the table cache supply them.
        """
        self._parts.flush()
        return self._rows_name_their_document and self._merge.doc_ids_unique()

    def reused_documents(self) -> list[str]:
        """Ids of the documents whose unmerged rows come from the table cache."""
        return self._reused

    def add_problems(self, problems: list[Problem]) -> None:
        self.problems += problems

    def inputs(self) -> list[dict]:
        """Every document added (id, path, text checksum), sorted by path and id, as the manifest lists them."""
        if self._inputs is None:
            self._parts.flush()
            self._inputs = self._merge.inputs()
        return self._inputs

    def arrow_tables(self, knowledge_dirs: tuple[Path, ...] = ()) -> dict[str, pa.Table]:
        """Every table, merged and sorted, in Arrow (problems last: merging may add some).

        Documents added with ``tables_cached`` have no rows in the unmerged tables here (their
        runs come from the table cache).
        """
        return self._merged_tables(knowledge_dirs, self._merge.table)

    def streamed_tables(self, knowledge_dirs: tuple[Path, ...] = ()) -> dict[str, pa.Table | StreamedTable]:
        """The tables of :meth:`arrow_tables`, each read from the parts as it is published; in memory
        only events and their links (merged in Python) and problems (known once everything is merged)."""
        return self._merged_tables(knowledge_dirs, self._merge.streamed)

    def _merged_tables(self, knowledge_dirs: tuple[Path, ...], table) -> dict:
        self._parts.flush()
        dropped = self._add_linked_knowledge_actors(knowledge_dirs)
        self._parts.flush()
        tables = {name: table(name, dropped=dropped) for name in SCHEMAS
                  if name not in ("events", "event_mentions", "event_actors", "problems")}
        tables["events"], tables["event_actors"], into = self._merged_events(dropped)
        tables["event_mentions"] = table("event_mentions", merged_into=into)
        tables["problems"] = table_from_rows("problems", problem_rows(self.problems))
        return {name: tables[name] for name in SCHEMAS}

    def _merged_events(self, dropped: list[str]) -> tuple[pa.Table, pa.Table, dict[str, str]]:
        """The events and event_actors tables, with the text events that are one happening merged
        across documents (:mod:`event_merge`, on the merged rows: one per event and per link), and
        the ids merged into others (each -> the id that stays), for the mentions."""
        events, links = self._merge.table("events"), self._merge.table("event_actors", dropped=dropped)
        event_rows, link_rows = _python_rows(events), _python_rows(links)
        into = events_merged_into(event_rows, link_rows)
        if into:
            event_rows, _, link_rows = merge_events_across_documents(event_rows, [], link_rows, _evidence_rank)
            events = table_from_rows("events", sorted(event_rows, key=itemgetter(0)))
            links = table_from_rows("event_actors", sorted(link_rows, key=_EVENT_ACTOR_KEY))
        return events, links, into

    def tables(self, knowledge_dirs: tuple[Path, ...] = ()) -> dict[str, list[tuple]]:
        """Every table's rows (tuples in schema column order), merged and sorted."""
        return {name: _python_rows(table) for name, table in self.arrow_tables(knowledge_dirs).items()}

    def close(self) -> None:
        """Release the merge's database and, when the Collector made it, its work folder."""
        self._merge.close()
        if self._own_work:
            shutil.rmtree(self.work, ignore_errors=True)

    def __enter__(self) -> "Collector":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __del__(self) -> None:
        if getattr(self, "_own_work", False):
            self.close()

    def _add_linked_knowledge_actors(self, knowledge_dirs: tuple[Path, ...]) -> list[str]:
        """Actors that event links name from knowledge but no document mentions get their row too;
        links to actors the knowledge base lacks too are dropped (their ids are returned)."""
        missing = self._merge.unmentioned_linked_actors()
        if not missing:
            return []
        from ..knowledge.actors import load_actor_knowledge

        knowledge = load_actor_knowledge(tuple(knowledge_dirs))
        dropped = []
        for actor_id in missing:
            known = knowledge.actors.get(actor_id)
            if known is None:
                dropped.append(actor_id)
                self.problems.append(Problem("unknown-actor", f"an event link names actor {actor_id!r}, "
                                             "which no document mentions and the knowledge base lacks; "
                                             "the link was dropped", stage="link", severity="warning"))
            else:
                self._parts.add("actors", (tuple(getattr(knowledge_actor(known), f, None) for f in _ACTOR_FIELDS),))
        return dropped


def _python_rows(table: pa.Table) -> list[tuple]:
    """``table``'s rows as tuples of Python values (dates as dates, lists as lists)."""
    return list(zip(*(column.to_pylist() for column in table.columns))) if table.num_rows else []


def problem_rows(problems: list[Problem]) -> list[tuple]:
    """The problems table's rows: de-duplicated and sorted."""
    unique = sorted({(p.path or "", p.doc_id or "", p.stage, p.code, p.message, p.severity) for p in problems})
    order = itemgetter(*(_PROBLEM_KEY.index(c) for c in SCHEMAS["problems"].names))
    return [order(p) for p in unique]


def checked_table(name: str, rows: list[tuple], problems: list[Problem]):
    """Table ``name`` of ``rows``; a row whose values do not fit the schema is left out and reported in
    ``problems`` with its document, rather than failing the whole build (the slow search for it
    runs only when the table cannot be built)."""
    try:
        return table_from_rows(name, rows)
    except Exception:  # noqa: BLE001 - find the offending rows below
        pass
    kept = []
    doc_column = SCHEMAS[name].names.index("doc_id") if "doc_id" in SCHEMAS[name].names else None
    for row in rows:
        try:
            table_from_rows(name, [row])
        except Exception as exc:  # noqa: BLE001
            doc_id = row[doc_column] if doc_column is not None and len(row) > doc_column else None
            problems.append(Problem("bad-row", f"a row of {name} does not fit the table and was left out: "
                                    f"{type(exc).__name__}: {exc}", doc_id=doc_id if isinstance(doc_id, str) else None,
                                    stage="rows"))
        else:
            kept.append(row)
    return table_from_rows(name, kept)


def knowledge_actor(known: KnownActor) -> Actor:
    """The actor row of a knowledge-base entry no document mentions (so it has no aliases from the
    text); the fields are those the actor extractor gives a known actor."""
    return Actor(known.actor_id, known.name, known.type, known.country, (), known.description, known.wikidata,
                 "knowledge")


_BASIS, _DOC_ID, _CHAR_START = (SCHEMAS["event_actors"].names.index(n) for n in ("basis", "doc_id", "char_start"))


def _evidence_rank(row: tuple) -> tuple:
    """Prefer text evidence, then the earliest span, then the row itself: the choice among a link's
    rows is the same whatever order documents (or datasets, in ``timeline merge``) arrive in."""
    return (row[_BASIS] != "text", row[_DOC_ID] or "", row[_CHAR_START] or -1, _none_last(row))


def _none_last(values: tuple) -> tuple:
    return tuple((v is None, "" if v is None else str(v)) for v in values)
