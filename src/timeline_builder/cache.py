"""Build caches, so a rebuild re-reads and re-extracts only the inputs that changed.

Two layers under ``DATASET/.cache/``, both per input and both keyed by content:

- ``ingest/<code>/``: per input file, the documents (or problems) read from it, keyed by
  the file's bytes, its sidecar's bytes, its relative path and format, the options that
  shape documents (--dct, --language, --max-mb) and the ingest code.
- ``extract/<pipeline>/``: per document, what the extractors found, keyed by everything an
  extractor sees of the document (text hash, id, path, creation time, language, metadata,
  sentence boundaries). ``<pipeline>`` hashes the extractor names and versions, the
  knowledge files' fingerprint and the extraction code, so an edited extractor whose
  version was not bumped never serves stale results.

Everything after extraction (merging, tables, checksums) always runs, so a cached build
gives the same bytes as a full one. Entries are written to a temporary file and renamed
into place; an unreadable, truncated or mismatched entry is ignored and recomputed; a
cache that cannot be written only costs time. Records are stored as plain tuples (rebuilt
with their constructors), several times faster to load than pickled dataclasses.
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
import shutil
import sys
from array import array
from dataclasses import fields
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from . import __version__
from .records import (EXTRACTION_FIELDS, Actor, ActorMention, ActorRole, Document, Event, EventActor, EventMention,
                      Extraction, Problem, Sentence, Timex)

CACHE_DIR = ".cache"
# Bumped when the entry layout changes; old entries then stop matching.
ENTRY_FORMAT = "timeline-builder-cache/2"
# Pipelines (or ingest code versions) kept side by side; older ones are pruned.
KEEP_PIPELINES = 4

_PACKAGE_DIR = Path(__file__).resolve().parent
# The code that decides what extractors find: their packages, the knowledge loaders, the
# records. (Ingest is not here: its output, the document, is part of each key.)
EXTRACTION_SOURCES = ("extract", "knowledge", "link", "link.py", "records.py")
INGEST_SOURCES = ("ingest", "records.py")
_RECORD_TYPES = dict(zip(EXTRACTION_FIELDS, (Timex, Actor, ActorMention, ActorRole, Event, EventMention,
                                             EventActor, Problem)))


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
    """Pickled entries in ``root/<namespace>/<xx>/<key>.pickle``, written atomically."""

    def __init__(self, root: Path, namespace: str):
        self.root = root
        self.folder = root / namespace
        self._prefix = os.fspath(self.folder)

    def load(self, key: str) -> Any:
        try:
            with open(self._path_text(key), "rb") as handle:
                tag, stored_key, value = pickle.load(handle)
        except Exception:  # noqa: BLE001 - absent or damaged: recompute, never trust
            return None
        return value if tag == ENTRY_FORMAT and stored_key == key else None

    def store(self, key: str, value: Any) -> None:
        path = self._path(key)
        temporary = path.with_name(f".{path.name}.tmp-{os.getpid()}")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(temporary, "wb") as handle:
                pickle.dump((ENTRY_FORMAT, key, value), handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        except OSError:
            # The cache only saves time; a read-only or full disk must not fail the build.
            temporary.unlink(missing_ok=True)

    def prune(self, keep: int) -> None:
        """Remove all but the ``keep`` most recently used namespaces."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            os.utime(self.folder)
            folders = sorted((p for p in self.root.iterdir() if p.is_dir()),
                             key=lambda p: p.stat().st_mtime, reverse=True)
        except OSError:
            return
        for stale in folders[keep:]:
            if stale != self.folder:
                shutil.rmtree(stale, ignore_errors=True)

    def _path(self, key: str) -> Path:
        return Path(self._path_text(key))

    def _path_text(self, key: str) -> str:
        return f"{self._prefix}/{key[:2]}/{key}.pickle"  # plain strings: pathlib costs show on 2,000 files


class ExtractionCache:
    """What the extractors of one pipeline found, per document."""

    def __init__(self, dataset: Path, pipeline: str):
        """``dataset``: the dataset folder; ``pipeline``: a key from :func:`pipeline_key`."""
        self.entries = _EntryStore(Path(dataset) / CACHE_DIR / "extract", pipeline)
        self.hits = 0
        self.misses = 0

    def get(self, document: Document) -> Extraction | None:
        """The cached extraction of ``document``, or None when absent or unreadable."""
        packed = self.entries.load(document_key(document))
        if packed is None:
            return None
        try:
            return unpack_extraction(packed)
        except Exception:  # noqa: BLE001 - an entry of the wrong shape is recomputed
            return None

    def put(self, document: Document, extraction: Extraction) -> None:
        self.entries.store(document_key(document), pack_extraction(extraction))

    def wrap(self, extract: Callable[[Document], Extraction]) -> Callable[[Document], Extraction]:
        """``extract`` with cache look-ups in front of it."""

        def cached(document: Document) -> Extraction:
            found = self.get(document)
            if found is not None:
                self.hits += 1
                return found
            self.misses += 1
            found = extract(document)
            self.put(document, found)
            return found

        return cached

    def prune(self, keep: int = KEEP_PIPELINES) -> None:
        self.entries.prune(keep)


class IngestCache:
    """The documents (or problems) read from each input file."""

    def __init__(self, dataset: Path, code_and_options: str):
        """``code_and_options``: a key from :func:`ingest_key`."""
        self.entries = _EntryStore(Path(dataset) / CACHE_DIR / "ingest", code_and_options)
        self.hits = 0
        self.misses = 0

    def wrap(self, load: Callable[[list], Iterator[Document | Problem]], max_bytes: int
             ) -> Callable[[list], Iterator[Document | Problem]]:
        """``load(files)`` (e.g. ``ingest.load_documents`` with its options bound) with a cache per file."""

        def cached(files: list) -> Iterator[Document | Problem]:
            for item in files:
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
                    results = list(load([item]))
                    if key:
                        self.entries.store(key, [pack_document(r) for r in results])
                else:
                    self.hits += 1
                yield from results

        return cached

    def prune(self, keep: int = KEEP_PIPELINES) -> None:
        self.entries.prune(keep)

    @staticmethod
    def _file_key(item, max_bytes: int) -> str | None:
        """The key of an input file's content, or None when it should not be cached."""
        try:
            if item.path.stat().st_size > max_bytes:
                return None  # ingest reports it without reading it; nothing to save
            content = hashlib.sha256(item.path.read_bytes()).hexdigest()
            sidecar = item.path.with_name(item.path.name + ".meta.json")
            side = hashlib.sha256(sidecar.read_bytes()).hexdigest() if sidecar.is_file() else None
        except OSError:
            return None
        return _hash([item.relpath, item.format, content, side])


def pack_extraction(extraction: Extraction) -> tuple:
    """``extraction`` as nested tuples of plain values."""
    return tuple(tuple(_values(r) for r in getattr(extraction, name)) for name in EXTRACTION_FIELDS)


def unpack_extraction(packed: tuple) -> Extraction:
    return Extraction(*(tuple(_RECORD_TYPES[name](*values) for values in rows)
                        for name, rows in zip(EXTRACTION_FIELDS, packed, strict=True)))


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
