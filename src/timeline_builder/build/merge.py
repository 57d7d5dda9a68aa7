"""``timeline merge``: datasets built apart (shards of one archive) as one version.

A build is a map over documents and a merge of their rows; building shards apart and
merging their tables here is the same merge done later, by the same code: each shard's
tables are fed, a row group at a time, into a :class:`rows.Collector` as a build feeds its
documents' rows, and merged by the queries of :mod:`columnar` (one copy of the merge rules),
so merging shards gives the bytes of one build of all their inputs, in memory that does not
grow with the shards. The shards must have been built by the same extractors, knowledge and
options, and name no document twice with two texts; a document two shards both hold is taken
once.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from ..errors import UsageError
from ..publish.tables import SCHEMAS, arrow_column
from ..publish.versions import PublishedVersion, publish
from ..records import Problem
from .columnar import INPUTS, PATH
from .parts import remove_work_folder, work_folder
from .rows import Collector

# What must agree between the shards for their union to be one build's output.
_SAME = ("schema_version", "extractors", "knowledge", "options")
# Tables with a row per document's record, every row kept: a document two shards hold is taken once.
_PER_DOCUMENT = ("documents", "sentences", "timexes")
_BATCH_ROWS = 8192
# The _path of an event no document of its shard mentions: after every real path.
_NO_PATH = "\uffff"


@dataclass(slots=True)
class MergeResult:
    version: PublishedVersion
    n_datasets: int
    n_documents: int


def merge_datasets(sources: list[Path], out: Path, wait_seconds: float = 60.0) -> MergeResult:
    """Publish the union of the latest versions of ``sources`` as a new version of ``out``."""
    from ..dataset.reader import open_dataset
    from .pipeline import _input_changes

    if not sources:
        raise UsageError("give at least one dataset to merge")
    versions = [open_dataset(source).version() for source in sources]
    first = versions[0].manifest
    for source, version in zip(sources[1:], versions[1:]):
        for key in _SAME:
            if version.manifest.get(key) != first.get(key):
                raise UsageError(f"cannot merge: {source} was built with other {key.replace('_', ' ')} "
                                 f"than {sources[0]}", hint="rebuild the shards with the same version and options")
    work = work_folder(out)
    collector = Collector(work)
    try:
        for version in versions:
            _add_shard(collector, version)
        _refuse_two_texts_of_one_path(collector)
        inputs = collector.inputs()
        content_key = {key: first[key] for key in ("extractors", "knowledge") if key in first}
        content_key["inputs"] = inputs
        published = publish(out, collector.streamed_tables(), content_key, first.get("options", {}), wait_seconds,
                            catalog_extra=_input_changes(out, inputs))
        return MergeResult(published, len(versions), len(inputs))
    finally:
        collector.close()
        remove_work_folder(work)


def _add_shard(collector: Collector, version) -> None:
    """Feed one shard's tables into ``collector`` as the rows of its documents."""
    merge, parts = collector.merge, collector.parts
    files = {name: version.checked_table_path(name) for name in SCHEMAS}
    parts.flush()
    # Documents an earlier shard holds already (their rows are the same: same path, text and code).
    held = arrow_column([row[0] for row in merge.query_files(
        [str(files["documents"])], f"SELECT doc_id FROM src WHERE doc_id IN "
        f"(SELECT doc_id FROM read_parquet({merge.quoted(merge.files(INPUTS))}))")] if merge.files(INPUTS) else [],
        pa.string())
    for batch in _batches(files["documents"], ["doc_id", "path", "sha256"]):
        parts.add_table(INPUTS, _without(batch, held))
    for name in _PER_DOCUMENT:
        for batch in _batches(files[name]):
            parts.add_table(name, _without(batch, held))
    for name in ("actors", "actor_roles", "actor_mentions", "event_mentions", "event_actors"):
        for batch in _batches(files[name]):
            parts.add_table(name, batch)
    # An event row stands for the first document, in path order, of its shard that mentions it
    # (a build keeps the row of the first document in path order that found the event).
    query = (f"SELECT src.*, coalesce(firsts.path, '{_NO_PATH}') AS {PATH} FROM src LEFT JOIN "
             f"(SELECT m.event_id, min(d.path) AS path FROM read_parquet({merge.quoted([str(files['event_mentions'])])}) m "
             f"JOIN read_parquet({merge.quoted([str(files['documents'])])}) d USING (doc_id) GROUP BY m.event_id) firsts "
             f"USING (event_id) ORDER BY src.event_id")
    for batch in merge.stream_files([str(files["events"])], query):
        parts.add_table("events", batch)
    problems = pq.read_table(files["problems"]).to_pylist()  # a few rows a document at most
    collector.add_problems([Problem(**row) for row in problems])


def _batches(path: Path, columns: list[str] | None = None) -> Iterator[pa.Table]:
    file = pq.ParquetFile(path)
    for batch in file.iter_batches(_BATCH_ROWS, columns=columns, use_threads=False):
        yield pa.Table.from_batches([batch])


def _without(table: pa.Table, doc_ids: pa.Array) -> pa.Table:
    """``table`` without the rows of the documents ``doc_ids``."""
    if not len(doc_ids):
        return table
    return table.filter(pc.invert(pc.is_in(table.column("doc_id"), value_set=doc_ids)))


def _refuse_two_texts_of_one_path(collector: Collector) -> None:
    merge = collector.merge
    collector.parts.flush()
    files = merge.files(INPUTS)
    clash = merge.query_files(files, "SELECT path FROM src GROUP BY path HAVING count(DISTINCT sha256) > 1 "
                                     "ORDER BY path LIMIT 1") if files else []
    if clash:
        raise UsageError(f"cannot merge: two datasets hold {clash[0][0]!r} with different texts",
                         hint="a path names one document; rebuild the shards from one archive")
