"""Build caches, so a rebuild re-reads and re-extracts only the inputs that changed.

Two layers under ``DATASET/.cache/``, both per input and both keyed by content:

- ``ingest/<code>.log``: per input file, the documents (or problems) read from it, keyed by
  the file's bytes, its sidecar's bytes, its relative path and format, the options that
  shape documents (--dct, --language, --max-mb) and the ingest code.
- ``extract/<pipeline>.log``: per document, the table rows of what the extractors found
  (:func:`rows.extraction_rows`), keyed by everything an
  extractor sees of the document (text hash, id, path, creation time, language, metadata,
  sentence boundaries). ``<pipeline>`` hashes the extractor names and versions, the
  knowledge files' fingerprint and the extraction code, so an edited extractor whose
  version was not bumped never serves stale results.

Everything after extraction (merging, tables, checksums) always runs, so a cached build
gives the same bytes as a full one. Entries are msgpack data, checksummed, appended and
flushed as documents finish (:mod:`entry_log`): a killed build resumes where it stopped;
a damaged or torn entry is recomputed and counted (the CLI reports it once); nothing is
read, written or deleted through a symbolic link; a cache that cannot be written only costs
time. Entries a build did not use are dropped when it saves, so the cache does not grow
with every edit. Documents are stored as plain tuples (rebuilt with their constructors),
extractions as the row tuples the tables are built from.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
from array import array
from dataclasses import fields
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from .. import __version__
from ..records import EXTRACTION_FIELDS, Document, Extraction, Problem, Sentence
from .entry_log import EntryLog, inside_without_links
from .doc_rows import extraction_rows, frozen_for_cache

CACHE_DIR = ".cache"
# Bumped when the entry layout changes; old entries then stop matching.
ENTRY_FORMAT = "timeline-builder-cache/5"
# Pipelines (or ingest code versions) kept side by side; older ones are pruned.
KEEP_PIPELINES = 4
# A JSONL file larger than this is re-read rather than cached whole (its documents would be one entry).
INGEST_CACHE_MAX_BYTES = 8 * 1024 * 1024

_PACKAGE_DIR = Path(__file__).resolve().parent.parent
# The code that decides what extractors find and the rows cached for it: their packages, the
# knowledge loaders, the records, rows and tables. (Ingest is not here: its output, the
# document, is part of each key.)
EXTRACTION_SOURCES = ("extract", "knowledge", "link", "records.py", "build/rows.py", "build/doc_rows.py",
                      "publish/tables.py", "publish/columns.py", "build/table_cache.py", "build/event_merge.py")
INGEST_SOURCES = ("ingest", "records.py")


def source_fingerprint(sources: Iterable[str] = EXTRACTION_SOURCES, extractors: Iterable[object] = ()) -> str:
    """A hash of the package's ``sources`` (files or folders) and of each extractor's module."""
    paths: set[Path] = set()
    for name in sources:
        path = _PACKAGE_DIR / name
        paths.update(path.rglob("*.py") if path.is_dir() else [path] if path.is_file() else [])
    for extractor in extractors:
        module = sys.modules.get(type(extractor).__module__)
        if getattr(module, "__file__", None):
            paths.add(Path(module.__file__).resolve())
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(paths):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def pipeline_key(extractors: Iterable[object], knowledge_fingerprint: str) -> str:
    """The part of every extraction entry's key that depends on the pipeline, not the document.

    ``extractors``: the extractor objects (their name, version and code count).
    """
    extractors = list(extractors)
    basis = {"format": ENTRY_FORMAT, "knowledge": knowledge_fingerprint,
             "extractors": [{"name": e.name, "version": e.version} for e in extractors],
             "source": source_fingerprint(EXTRACTION_SOURCES, extractors)}
    return _hash(basis)[:16]


def ingest_key(shaping_options: dict) -> str:
    """The part of every ingest entry's key that depends on the code and options, not the file."""
    return _hash({"format": ENTRY_FORMAT, "options": shaping_options,
                  "source": source_fingerprint(INGEST_SOURCES)})[:16]


def document_key(document: Document) -> str:
    """A hash of everything about ``document`` that an extractor can see."""
    digest = hashlib.sha256("\x1f".join("" if v is None else str(v) for v in (
        document.sha256, document.doc_id, document.path, document.title, document.dct, document.dct_source,
        document.language, document.url, document.source_format, "\x1e" if document.title is None else "",
        "\x1e" if document.url is None else "")).encode("utf-8"))
    digest.update(array("q", [x for s in document.sentences for x in (s.start, s.end)]).tobytes())
    return digest.hexdigest()


class _EntryStore:
    """A namespace's entries in one append-only file, ``root/<namespace>.log`` (see :mod:`entry_log`).

    One file rather than one per entry: creating thousands of small files cost more than
    the extraction they saved. Each entry is checksummed on its own, so a damaged entry
    costs only itself; entries are flushed as they are stored, so an interrupted build keeps
    its work.
    """

    def __init__(self, dataset: Path, root: Path, namespace: str):
        self.dataset = Path(dataset)
        self.root = root
        self.path = root / f"{namespace}.log"
        self.log = EntryLog(self.dataset, self.path)

    @property
    def damaged(self) -> int:
        return self.log.damaged

    def load(self, key: str) -> Any | None:
        return self.log.get(key)

    def store(self, key: str, value: Any) -> None:
        self.log.put(key, value)

    def save(self) -> None:
        """Close the file, keeping only the entries this build used (the rest are stale)."""
        self.log.finish(drop_unused=True)

    def prune(self, keep: int) -> None:
        """Remove all but the ``keep`` most recently used namespaces, stale temporary files and
        the files of earlier layouts; never through a symbolic link."""
        if not inside_without_links(self.dataset, self.root) or not self.root.is_dir():
            return
        try:
            if self.path.is_file() and not self.path.is_symlink():
                os.utime(self.path)
            children = list(self.root.iterdir())
            logs = sorted((p for p in children if p.suffix == ".log" and p != self.path and not p.is_symlink()),
                          key=lambda p: p.lstat().st_mtime, reverse=True)
            for stale in logs[keep - 1:]:
                stale.unlink(missing_ok=True)
            for leftover in children:
                if leftover.is_symlink():
                    continue  # not ours to follow or remove
                if leftover.name.startswith(".") and ".tmp-" in leftover.name or leftover.suffix == ".pickle":
                    leftover.unlink(missing_ok=True)  # torn temporary files; pickles of earlier versions
                elif leftover.is_dir():
                    shutil.rmtree(leftover, ignore_errors=True)  # the one-file-per-entry layout of earlier versions
        except OSError:
            return


class ExtractionCache:
    """The table rows of what the extractors of one pipeline found, per document."""

    def __init__(self, dataset: Path, pipeline: str):
        """``dataset``: the dataset folder; ``pipeline``: a key from :func:`pipeline_key`."""
        self.entries = _EntryStore(dataset, Path(dataset) / CACHE_DIR / "extract", pipeline)
        self.hits = 0
        self.misses = 0

    def get(self, document: Document, key: str | None = None) -> tuple | None:
        """The cached rows of ``document`` (see :func:`rows.extraction_rows`), or None when absent or unreadable.

        ``key``: ``document_key(document)`` where the caller has it already.
        """
        rows = self.entries.load(key or document_key(document))
        if not _are_extraction_rows(rows):
            return None  # absent, or an entry of the wrong shape: recomputed
        return rows

    def put(self, document: Document, rows: tuple, key: str | None = None) -> None:
        self.entries.store(key or document_key(document), rows)

    def wrap(self, extract: Callable[[Document], Extraction]) -> Callable[..., tuple]:
        """``extract`` followed by :func:`rows.extraction_rows`, with cache look-ups in front.

        The result takes the document and, optionally, its ``document_key``.
        """

        def cached(document: Document, key: str | None = None) -> tuple:
            key = key or document_key(document)
            rows = self.get(document, key)
            if rows is not None:
                self.hits += 1
                return rows
            self.misses += 1
            rows = frozen_for_cache(extraction_rows(document, extract(document)))
            self.put(document, rows, key)
            return rows

        return cached

    def prune(self, keep: int = KEEP_PIPELINES) -> None:
        self.entries.prune(keep)

    def save(self) -> None:
        """Write what this build added, dropping entries it did not use."""
        self.entries.save()


def _are_extraction_rows(value: Any) -> bool:
    return (type(value) is tuple and len(value) == len(EXTRACTION_FIELDS)
            and all(type(rows) in (tuple, bytes) for rows in value))


class IngestCache:
    """The documents (or problems) read from each input file."""

    def __init__(self, dataset: Path, code_and_options: str):
        """``code_and_options``: a key from :func:`ingest_key`."""
        self.entries = _EntryStore(dataset, Path(dataset) / CACHE_DIR / "ingest", code_and_options)
        self.hits = 0
        self.misses = 0

    def wrap(self, load: Callable[[list], Iterator[Document | Problem]], max_bytes: int
             ) -> Callable[[list], Iterator[Document | Problem]]:
        """``load(files)`` (e.g. ``ingest.load_documents`` with its options bound) with a cache per file."""

        def cached(files: list) -> Iterator[Document | Problem]:
            for item in files:
                key, results = self.lookup(item, max_bytes)
                if results is None:
                    results = list(load([item]))
                    self.store(key, results)
                yield from results

        return cached

    def lookup(self, item, max_bytes: int) -> tuple[str | None, list | None]:
        """The entry key of input file ``item`` (None: not cacheable) and its documents and problems, if cached."""
        key = self._file_key(item, max_bytes)
        packed = self.entries.load(key) if key else None
        results = None
        if packed is not None:
            try:
                results = [unpack_document(p) for p in packed]
            except Exception:  # noqa: BLE001 - an entry of the wrong shape is re-read
                results = None
        if results is None:
            self.misses += 1
        else:
            self.hits += 1
        return key, results

    def store(self, key: str | None, results: list) -> None:
        """Keep what was read from one input file (its documents and problems) under ``key``."""
        if key:
            self.entries.store(key, [pack_document(r) for r in results])

    def prune(self, keep: int = KEEP_PIPELINES) -> None:
        self.entries.prune(keep)

    def save(self) -> None:
        """Write what this build added, dropping entries it did not use."""
        self.entries.save()

    @staticmethod
    def _file_key(item, max_bytes: int) -> str | None:
        """The key of an input file's content, or None when it should not be cached."""
        path = os.fspath(item.path)
        try:
            with open(path, "rb") as handle:
                size = os.fstat(handle.fileno()).st_size
                if size > max_bytes and item.format != "jsonl":
                    return None  # ingest reports it without reading it; nothing to save
                if item.format == "jsonl" and size > INGEST_CACHE_MAX_BYTES:
                    return None  # streamed document by document; one entry would hold them all
                content = hashlib.sha256(handle.read()).hexdigest()
            try:
                with open(path + ".meta.json", "rb") as handle:
                    side = hashlib.sha256(handle.read()).hexdigest()
            except FileNotFoundError:
                side = None
        except OSError:
            return None
        # A unit separator cannot occur in a path, a format name or a hex digest: the join is unambiguous.
        return hashlib.sha256("\x1f".join((item.relpath, item.format, content, side or "-")).encode()).hexdigest()


class BuildCache:
    """Both layers for one build: documents per input file, extractions per document."""

    def __init__(self, dataset: Path, shaping_options: dict, extractors: Iterable[object],
                 knowledge_fingerprint: str):
        """``shaping_options``: the options that shape documents (dct, language, max_bytes)."""
        self.ingest = IngestCache(dataset, ingest_key(shaping_options))
        self.extraction = ExtractionCache(dataset, pipeline_key(extractors, knowledge_fingerprint))
        for layer in (self.ingest, self.extraction):
            layer.prune()

    def wrap(self, load: Callable[[list], Iterator[Document | Problem]], extract: Callable[[Document], Extraction],
             max_bytes: int) -> tuple[Callable, Callable]:
        """``load`` and ``extract`` with the cache in front of each."""
        return self.ingest.wrap(load, max_bytes), self.extraction.wrap(extract)

    def save(self) -> None:
        for layer in (self.ingest, self.extraction):
            layer.save()

    @property
    def damaged(self) -> int:
        """Entries that failed their checksum (or a torn tail) and were recomputed."""
        return self.ingest.entries.damaged + self.extraction.entries.damaged


def pack_document(result: Document | Problem) -> tuple:
    if isinstance(result, Problem):
        return ("problem", _values(result))
    values = list(_values(result))
    values[_SENTENCES] = tuple(x for s in result.sentences for x in (s.start, s.end))
    return ("document", tuple(values))


def unpack_document(packed: tuple) -> Document | Problem:
    if packed[0] == "problem":
        return Problem(*packed[1])
    values = list(packed[1])
    flat = values[_SENTENCES]
    values[_SENTENCES] = tuple(Sentence(flat[i], flat[i + 1]) for i in range(0, len(flat), 2))
    return Document(*values)


def _values(record) -> tuple:
    return tuple(getattr(record, name) for name in _field_names(type(record)))


@lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


_SENTENCES = _field_names(Document).index("sentences")


def _hash(value: Any) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True, default=_json_default).encode("utf-8")).hexdigest()


def _json_default(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot hash {type(value).__name__}")
