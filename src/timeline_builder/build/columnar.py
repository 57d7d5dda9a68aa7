"""The cross-document merge on columns: the part files of a build (:mod:`parts`) -> sorted tables.

Each table is one DuckDB query over its part files, so memory stays flat in corpus size (DuckDB
sorts and groups out of core past its memory limit, in the build's work folder). The queries
are the merge rules of the tables, written once here; :class:`rows.Collector` feeds them (in a
build, with each document's rows; in ``timeline merge``, with each shard's tables):

- documents, sentences, timexes: every row, sorted by their keys; ties keep arrival order
  (documents that arrived in path order are read as they are: see IN_ARRIVAL_ORDER).
- actor_mentions, event_mentions: each distinct row once (its first arrival), sorted by their keys.
- actor_roles: each distinct row once, sorted by its values (null as the empty string).
- actors: one row per actor id, the one preferred whatever the arrival order (knowledge over
  discovery, one with a role over one without, then the smallest values, null last), with the
  union of every row's aliases, sorted.
- events: one row per event id, the row of the first document in path order that found it
  (within the document, its first row).
- event_actors: one row per (event, actor, role), the one :func:`rows._evidence_rank` prefers:
  text evidence, then the smallest document id, then the earliest span, then the row's values.

``_seq`` (the order rows arrived in) breaks every remaining tie, so the choice and order are the
same whatever the executor: arrival order is reading order in every executor.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from ..publish.tables import SCHEMAS, StreamedTable, arrow_column, table_from_rows
from .bucket_sort import sorted_batches

SEQ = "_seq"  # the order a row arrived in, within its table
PATH = "_path"  # events: the path of the document the row came from
# Tables in the parts that are not published: what the manifest lists as the build's inputs.
INPUTS = "inputs"


def _part_schema(columns: list[pa.Field], extra: tuple[str, ...] = ()) -> pa.Schema:
    """The columns of a part table: nullable (a part holds rows as given; the published table's
    constraints apply when it is written), with the bookkeeping columns after them."""
    fields = [pa.field(f.name, f.type) for f in columns]
    fields += [pa.field(PATH, pa.string())] if PATH in extra else []
    return pa.schema(fields + [pa.field(SEQ, pa.int64())])


PART_SCHEMAS: dict[str, pa.Schema] = {
    **{name: _part_schema(list(SCHEMAS[name]), (PATH,) if name == "events" else ())
       for name in SCHEMAS if name != "problems"},
    INPUTS: _part_schema([pa.field("doc_id", pa.string()), pa.field("path", pa.string()),
                          pa.field("sha256", pa.string())]),
}


def _names(name: str) -> list[str]:
    return list(SCHEMAS[name].names)


def _columns(name: str, prefix: str = "") -> str:
    return ", ".join(f'{prefix}"{c}"' for c in _names(name))


def _none_last(columns: list[str]) -> str:
    """SQL ordering terms of these columns, as Python would order (value is None, str(value))
    (``rows._none_last``, which the event merge's rank uses too)."""
    return ", ".join(f'"{c}" IS NULL, coalesce(CAST("{c}" AS VARCHAR), \'\')' for c in columns)


def _sortable(columns: list[str]) -> str:
    """SQL ordering terms: each value as text, null as the empty string; then null after the empty
    string, so that the order is total."""
    return ", ".join(f'coalesce(CAST("{c}" AS VARCHAR), \'\'), "{c}" IS NOT NULL' for c in columns)


def _queries() -> dict[str, str]:
    """Each published table (problems aside) as a query over ``src``, its part files."""
    every_row = {"documents": "path, doc_id", "sentences": "doc_id, sentence_index",
                 "timexes": "doc_id, char_start, char_end"}
    # Mentions in reading order (document, then offset), like timexes: a reader of one document sees
    # its mentions as the text tells them; the mentioned id breaks ties.
    distinct_rows = {"actor_mentions": "doc_id, char_start, char_end, actor_id",
                     "event_mentions": "doc_id, char_start, char_end, event_id"}
    # event_mentions: of an event merged into another (event_merge), under the one that stays
    mention_source = ("(SELECT coalesce(merged_into.target, src.event_id) AS event_id, src.* EXCLUDE (event_id) "
                      "FROM src LEFT JOIN merged_into ON src.event_id = merged_into.event_id)")
    queries = {name: f"SELECT {_columns(name)} FROM src ORDER BY {keys}, {SEQ}" for name, keys in every_row.items()}
    for name, keys in distinct_rows.items():
        source = mention_source if name == "event_mentions" else "src"
        queries[name] = (f"SELECT {_columns(name)} FROM (SELECT {_columns(name)}, min({SEQ}) AS {SEQ} FROM {source} "
                         f"GROUP BY ALL) ORDER BY {keys}, {SEQ}")
    queries["actor_roles"] = f"SELECT DISTINCT {_columns('actor_roles')} FROM src ORDER BY {_sortable(_names('actor_roles'))}"
    plain = [c for c in _names("actors") if c != "aliases"]
    queries["actors"] = (
        f"WITH ranked AS (SELECT *, row_number() OVER (PARTITION BY actor_id ORDER BY "
        f"source IS DISTINCT FROM 'knowledge', coalesce(role, '') = '', {_none_last(plain)}, {SEQ}) AS _rank "
        f"FROM src), "
        f"names AS (SELECT actor_id, list(DISTINCT alias ORDER BY alias) AS aliases "
        f"FROM (SELECT actor_id, unnest(aliases) AS alias FROM src) GROUP BY actor_id) "
        f"SELECT {', '.join('coalesce(names.aliases, []::VARCHAR[])' if c == 'aliases' else f'ranked.{c}' for c in _names('actors'))} "
        f"FROM ranked LEFT JOIN names USING (actor_id) WHERE _rank = 1 ORDER BY actor_id")
    queries["events"] = (f"SELECT {_columns('events')} FROM (SELECT *, row_number() OVER (PARTITION BY event_id "
                         f"ORDER BY {PATH}, {SEQ}) AS _rank FROM src) WHERE _rank = 1 ORDER BY event_id")
    queries["event_actors"] = (
        f"SELECT {_columns('event_actors')} FROM (SELECT *, row_number() OVER (PARTITION BY event_id, actor_id, role "
        f"ORDER BY basis IS DISTINCT FROM 'text', coalesce(doc_id, ''), "
        f"CASE WHEN coalesce(char_start, 0) = 0 THEN -1 ELSE char_start END, "  # rows: char_start or -1
        f"{_none_last(_names('event_actors'))}, {SEQ}) AS _rank FROM src WHERE actor_id NOT IN (SELECT actor_id FROM dropped)) "
        f"WHERE _rank = 1 ORDER BY event_id, actor_id, role")
    return queries


QUERIES = _queries()
# Tables DuckDB cannot sort within its memory limit once they are large, with their sort keys:
# a sort carrying the documents' texts ran out of memory at 400,000 documents of 500 characters
# (64 MB limit; narrow tables spill to disk fine). Their rows usually arrive sorted already
# (files are read in path order), and then they are read from the parts as they are, a batch
# at a time; otherwise :mod:`bucket_sort` sorts them a bucket at a time (the records of a JSONL
# file without ids, whose paths end in a hash of their text, arrive in no order).
IN_ARRIVAL_ORDER = {"documents": ("path", "doc_id")}
# How much memory DuckDB may use before it sorts and groups on disk.
MEMORY_LIMIT = "64MB"
BATCH_ROWS = 8192  # rows a streamed table hands over at a time


class ColumnarMerge:
    """Queries over the part files of one build (``files(table)`` lists a table's parts)."""

    def __init__(self, files, work: Path):
        self.files = files
        self.work = Path(work)
        self._connection = None
        self._relation_files = 0

    @property
    def connection(self):
        if self._connection is None:
            self.open()
        return self._connection

    def open(self) -> None:
        """Import DuckDB and connect, if not done yet (a build does it while its workers extract)."""
        if self._connection is None:
            import duckdb

            self._connection = duckdb.connect(config={
                "threads": 1, "memory_limit": MEMORY_LIMIT, "allocator_flush_threshold": "8MB",
                "allocator_bulk_deallocation_flush_threshold": "8MB", "async_threads": 1, "temp_directory": str(self.work / "duckdb.tmp"),
                "default_null_order": "NULLS_LAST", "default_order": "ASC"})

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def table(self, name: str, dropped: list[str] = (), merged_into: dict[str, str] | None = None) -> pa.Table:
        """Published table ``name`` (problems aside), merged and sorted, in its schema.

        ``dropped``: actor ids whose event links are left out; ``merged_into``: event ids whose
        mentions move to another event (id -> the id that stays).
        """
        files = self.files(name)
        if not files:
            return table_from_rows(name, [])
        if name in IN_ARRIVAL_ORDER:
            return pa.Table.from_batches(list(self._wide_batches(name, files)), schema=SCHEMAS[name]).combine_chunks()
        relations = self._relations(dropped, merged_into)
        return _in_schema(name, self._select(files, QUERIES[name], relations=relations).to_arrow_table())

    def _arrived_in_order(self, name: str, files: list[str]) -> bool:
        """Whether table ``name`` is one that :data:`IN_ARRIVAL_ORDER` lists and its rows arrived
        in its order (a sort of the narrow key columns alone says so)."""
        keys = ", ".join(IN_ARRIVAL_ORDER[name])
        query = (f"SELECT coalesce(bool_and(by_keys = arrival), true) FROM (SELECT row_number() OVER (ORDER BY {keys}, "
                 f"{SEQ}) AS by_keys, row_number() OVER (ORDER BY {SEQ}) AS arrival FROM src)")
        cursor = self.connection.cursor()  # (a streamed table is read while another may be queried)
        try:
            return self._select(files, query, cursor).fetchall()[0][0]
        finally:
            cursor.close()

    def _wide_batches(self, name: str, files: list[str]) -> Iterator[pa.RecordBatch]:
        """The rows of an IN_ARRIVAL_ORDER table sorted by its keys: as they are when they arrived in
        that order, else through :func:`bucket_sort.sorted_batches`."""
        if self._arrived_in_order(name, files):
            yield from _part_batches(files, SCHEMAS[name])
            return

        def query(sql: str) -> Iterator[pa.RecordBatch]:
            cursor = self.connection.cursor()
            try:
                yield from self._select(files, sql, cursor).to_arrow_reader(BATCH_ROWS)
            finally:
                cursor.close()
        yield from sorted_batches(files, IN_ARRIVAL_ORDER[name], SCHEMAS[name], self.work, query, BATCH_ROWS)

    def streamed(self, name: str, dropped: list[str] = (), merged_into: dict[str, str] | None = None) -> StreamedTable:
        """Table ``name`` as :meth:`table` gives it, read a batch at a time when it is written."""
        files, schema = self.files(name), SCHEMAS[name]
        relations = self._relations(dropped, merged_into)

        def batches() -> Iterator[pa.RecordBatch]:
            if not files:
                return
            if name in IN_ARRIVAL_ORDER:
                yield from self._wide_batches(name, files)
                return
            cursor = self.connection.cursor()  # its own connection to the database: tables are written two at a time
            try:
                for batch in self._select(files, QUERIES[name], cursor, relations).to_arrow_reader(BATCH_ROWS):
                    yield pa.RecordBatch.from_arrays([column.cast(field.type) for column, field in
                                                      zip(batch.columns, schema)], schema=schema)
            finally:
                cursor.close()
        return StreamedTable(schema, batches)

    def _relations(self, dropped: list[str], merged_into: dict[str, str] | None) -> str:
        """The queries' inputs that come from Python, as common tables over files in the work folder
        (registering Arrow tables with DuckDB, or pa.table(), would import pandas: a second of start-up)."""
        merged_into = merged_into or {}
        text = pa.string()
        relations = {"dropped": pa.Table.from_arrays([arrow_column(list(dropped), text)], names=["actor_id"]),
                     "merged_into": pa.Table.from_arrays([arrow_column(list(merged_into), text),
                                                          arrow_column(list(merged_into.values()), text)],
                                                         names=["event_id", "target"])}
        tables = []
        self._relation_files += 1
        for name, table in relations.items():
            path = self.work / f"{name}-{self._relation_files}.parquet"
            pq.write_table(table, path)
            tables.append(f"{name} AS (SELECT * FROM read_parquet({_list([str(path)])}))")
        return ", ".join(tables)

    def inputs(self) -> list[dict]:
        """The documents added, as the manifest lists them: sorted by path and id."""
        files = self.files(INPUTS)
        if not files:
            return []
        return self._select(files, f"SELECT doc_id, path, sha256 FROM src ORDER BY path, doc_id, {SEQ}"
                            ).to_arrow_table().to_pylist()

    def doc_ids_unique(self) -> bool:
        files = self.files(INPUTS)
        return not files or self._select(files, "SELECT count(*) = count(DISTINCT doc_id) FROM src").fetchall()[0][0]

    def unmentioned_linked_actors(self) -> list[str]:
        """Actor ids that event links name but no actor row has, sorted."""
        links, actors = self.files("event_actors"), self.files("actors")
        if not links:
            return []
        query = "SELECT DISTINCT actor_id FROM src"
        if actors:
            query += f" EXCEPT SELECT actor_id FROM read_parquet({_list(actors)})"
        return sorted(row[0] for row in self._select(links, query).fetchall())

    def query_files(self, files: list[str], query: str) -> list[tuple]:
        """The rows of ``query`` over ``src``, the Parquet files ``files`` (a few: the answer is a list)."""
        cursor = self.connection.cursor()
        try:
            return self._select(files, query, cursor).fetchall()
        finally:
            cursor.close()

    def stream_files(self, files: list[str], query: str) -> Iterator[pa.Table]:
        """The rows of ``query`` over ``src``, the Parquet files ``files``, a batch at a time."""
        cursor = self.connection.cursor()
        try:
            for batch in self._select(files, query, cursor).to_arrow_reader(BATCH_ROWS):
                yield pa.Table.from_batches([batch])
        finally:
            cursor.close()

    @staticmethod
    def quoted(files: list[str]) -> str:
        """``files`` as an SQL list of strings (for read_parquet)."""
        return _list(files)

    def _select(self, files: list[str], query: str, connection=None, relations: str = ""):
        """``query`` over ``src``, the part files ``files`` (and the common tables ``relations``)."""
        connection = connection or self.connection
        source = f"WITH src AS (SELECT * FROM read_parquet({_list(files)}))" + (f", {relations}" if relations else "")
        if query.startswith("WITH "):  # the query's own common tables follow
            return connection.sql(f"{source}, {query[len('WITH '):]}")
        return connection.sql(f"{source} {query}")


def _part_batches(files: list[str], schema: pa.Schema) -> Iterator[pa.RecordBatch]:
    """The rows of the part files ``files``, in order, as batches of the published ``schema``."""
    for path in files:
        for batch in pq.ParquetFile(path).iter_batches(BATCH_ROWS, columns=schema.names, use_threads=False):
            yield pa.RecordBatch.from_arrays([column.cast(field.type) for column, field in zip(batch.columns, schema)],
                                             schema=schema)


def _list(files: list[str]) -> str:
    return "[" + ", ".join("'" + f.replace("'", "''") + "'" for f in files) + "]"


def _in_schema(name: str, table: pa.Table) -> pa.Table:
    """``table``'s columns as one chunk each, of the published schema (names, types, metadata)."""
    schema = SCHEMAS[name]
    arrays = [table.column(i).cast(field.type).combine_chunks() for i, field in enumerate(schema)]
    return pa.Table.from_arrays(arrays, schema=schema)
