"""The largest tables of the last build, kept in Arrow so a rebuild copies unchanged documents' rows.

Documents, sentences, timexes and actor mentions are never merged across documents: one
document's rows are a contiguous run of each table (sorted by document id, or by path for
``documents``) that depends only on the document and the pipeline. After a build they are
saved under ``DATASET/.cache/tables/<pipeline>/`` as uncompressed Arrow IPC files with an
index naming, per document id, the document key (:func:`cache.document_key`) the rows came
from and where they are. A rebuild takes the runs of documents whose key is unchanged
straight from these files (checksummed) and converts only the rows of new or
changed documents from Python, then puts the runs in the same order a full build sorts them
into: the result is the same table, at a fraction of the conversion cost.

It applies only where every document id is unique and every row of a document names that
document; otherwise the build converts all rows as before and keeps no such cache.

This module imports pyarrow (and the table schemas, which import it) only where it reads or
writes tables, and reads the saved tables on first need rather than when made: the build makes
its TableCache before its workers fork, and a --jobs N build forks them before the parent loads
pyarrow (a quarter of a CPU-second), with the cache on as with --no-cache.
"""
from __future__ import annotations

import hashlib
import os
import json
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from ..publish.checksums import sha256_file
from .entry_log import inside_without_links

if TYPE_CHECKING:
    import pyarrow as pa

COLUMNAR_TABLES = ("documents", "sentences", "timexes", "actor_mentions")
INDEX_FORMAT = "timeline-builder-table-cache/2"
KEEP_PIPELINES = 4


class TableCache:
    """The columnar tables of the last build of one pipeline, with their per-document runs."""

    def __init__(self, dataset: Path, pipeline: str):
        """``pipeline``: the extraction cache's pipeline key (same extractors, knowledge and code)."""
        self.dataset = Path(dataset)
        self.root = self.dataset / ".cache" / "tables"
        self.folder = self.root / pipeline
        self._index: dict[str, tuple[str, dict[str, tuple[int, int]]]] = {}
        self._tables: dict[str, pa.Table] = {}
        self._loaded = False  # read on first need (see the module's docstring)

    def has(self, doc_id: str, key: str) -> bool:
        """Whether the rows of document ``doc_id`` with document key ``key`` are here."""
        if not self._loaded:
            self._load()
        known = self._index.get(doc_id)
        return known is not None and known[0] == key

    def holds_only(self, keys: dict[str, str]) -> bool:
        """Whether the cache holds exactly the documents ``keys`` names (id -> key), so saving would change nothing."""
        if not self._loaded:
            self._load()
        return len(keys) == len(self._index) and all(self.has(d, k) for d, k in keys.items())

    def assemble(self, name: str, fresh: pa.Table, reused: list[str], order: dict[str, tuple]
                 ) -> tuple[pa.Table, dict[str, tuple[int, int]]]:
        """Table ``name`` from the sorted rows of new documents and the cached runs of ``reused`` ones.

        ``order``: each document id's sort key among documents (its path and id for
        ``documents``, its id for the others). Returns the table and each document's run.
        """
        import pyarrow as pa

        if not self._loaded:
            self._load()
        doc_ids = fresh.column("doc_id").to_pylist()
        runs: dict[str, tuple[pa.Table, int, int]] = {}  # document id -> (source table, first row, rows)
        start = 0
        for position in range(1, len(doc_ids) + 1):
            if position == len(doc_ids) or doc_ids[position] != doc_ids[start]:
                runs[doc_ids[start]] = (fresh, start, position - start)
                start = position
        for doc_id in reused:
            first, count = self._index[doc_id][1][name]
            runs[doc_id] = (self._tables[name], first, count)
        # The runs in order, adjacent ones joined: unchanged documents keep their order, so
        # a rebuild copies a few long slices rather than gathering rows one by one.
        slices: list[list] = []
        placed: dict[str, tuple[int, int]] = {}
        position = 0
        for doc_id in sorted(runs, key=order.__getitem__):
            source, first, count = runs[doc_id]
            placed[doc_id] = (position, count)
            position += count
            if not count:
                continue
            if slices and slices[-1][0] is source and slices[-1][1] + slices[-1][2] == first:
                slices[-1][2] += count
            else:
                slices.append([source, first, count])
        if not slices:
            return fresh, placed
        return pa.concat_tables([source.slice(first, count) for source, first, count in slices]).combine_chunks(), placed

    def runs_of(self, name: str, doc_ids: list[str]) -> pa.Table:
        """The cached rows of table ``name`` of the documents ``doc_ids`` (each held here), in that order."""
        import pyarrow as pa

        from ..publish.tables import table_from_rows

        if not self._loaded:
            self._load()
        table = self._tables.get(name)
        if table is None or not doc_ids:
            return table_from_rows(name, [])
        return pa.concat_tables([table.slice(*self._index[doc_id][1][name]) for doc_id in doc_ids])

    def save(self, tables: dict[str, pa.Table], keys: dict[str, str],
             runs: dict[str, dict[str, tuple[int, int]]]) -> None:
        """Keep ``tables`` (the columnar ones) and, per document id, its key and runs."""
        import pyarrow as pa

        index = {doc_id: (key, {name: runs[name].get(doc_id, (0, 0)) for name in COLUMNAR_TABLES})
                 for doc_id, key in keys.items()}
        temporary = self.folder.with_name(f".{self.folder.name}.tmp-{os.getpid()}")
        if not (inside_without_links(self.dataset, temporary) and inside_without_links(self.dataset, self.folder)):
            return  # never write or delete through a symbolic link out of the dataset
        try:
            shutil.rmtree(temporary, ignore_errors=True)
            temporary.mkdir(parents=True)
            checksums = {}
            for name in COLUMNAR_TABLES:
                path = temporary / f"{name}.arrow"
                with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_file(sink, tables[name].schema) as writer:
                    writer.write_table(tables[name])
                checksums[name] = sha256_file(path)
            with open(temporary / "index.json", "w", encoding="utf-8") as handle:
                json.dump({"format": INDEX_FORMAT, "checksums": checksums, "documents": index}, handle)
            shutil.rmtree(self.folder, ignore_errors=True)
            os.replace(temporary, self.folder)
        except OSError:
            shutil.rmtree(temporary, ignore_errors=True)  # the cache only saves time
            return
        self._prune()

    def clear(self) -> None:
        """Drop this pipeline's tables (a build that cannot use them must not leave stale ones)."""
        if inside_without_links(self.dataset, self.folder):
            shutil.rmtree(self.folder, ignore_errors=True)

    def _load(self) -> None:
        self._loaded = True
        try:
            if not inside_without_links(self.dataset, self.folder / "index.json"):
                return  # never read through a symbolic link out of the dataset
            with open(self.folder / "index.json", encoding="utf-8") as handle:
                stored = json.load(handle)
            if stored.get("format") != INDEX_FORMAT:
                return
            checksums = stored["checksums"]
            index = {doc_id: (key, {name: tuple(run) for name, run in runs.items()})
                     for doc_id, (key, runs) in stored["documents"].items()}
            import pyarrow as pa

            from ..publish.tables import SCHEMAS

            tables = {}
            for name in COLUMNAR_TABLES:
                # Read whole rather than memory-mapped: it is hashed anyway, and page faults on a
                # mapping cost more than the read where the file system is virtualised.
                path = self.folder / f"{name}.arrow"
                if not inside_without_links(self.dataset, path):
                    return
                data = path.read_bytes()
                if hashlib.sha256(data).hexdigest() != checksums[name]:
                    return  # damaged: rebuilt from the Python rows
                table = pa.ipc.open_file(pa.py_buffer(data)).read_all()
                if not table.schema.equals(SCHEMAS[name], check_metadata=True):
                    return
                tables[name] = table
        except Exception:  # noqa: BLE001 - absent or damaged: start empty
            return
        self._index, self._tables = index, tables

    def _prune(self) -> None:
        """Keep the folders of the most recently saved pipelines only."""
        if not inside_without_links(self.dataset, self.root):
            return
        try:
            folders = sorted((p for p in self.root.iterdir() if p.is_dir() and not p.is_symlink() and p != self.folder),
                             key=lambda p: p.stat().st_mtime, reverse=True)
            for stale in folders[KEEP_PIPELINES - 1:]:
                shutil.rmtree(stale, ignore_errors=True)
        except OSError:
            return
