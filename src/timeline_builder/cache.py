"""A per-document extraction cache, so a rebuild re-extracts only documents that changed.

Entries live in ``DATASET/.cache/extract/<pipeline>/<xx>/<key>.pickle``. ``<pipeline>`` is a
hash of everything outside the document that decides what the extractors find: their names
and versions, the knowledge files' fingerprint, and the extraction source code (so an edited
extractor whose version was not bumped never serves stale results). ``<key>`` hashes
the document itself: its text hash, id, path, creation time, language and the rest of its
metadata. An entry is written to a temporary file and renamed into place, so a crash never
leaves a half-written one; an unreadable or mismatched entry is ignored and recomputed.
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
import shutil
import sys
from pathlib import Path
from typing import Callable, Iterable

from . import __version__
from .records import Document, Extraction

CACHE_DIR = ".cache"
EXTRACT_DIR = "extract"
# Bumped when the entry layout changes; old entries then stop matching.
ENTRY_FORMAT = "timeline-builder-extraction-cache/1"
# Pipelines kept side by side (e.g. builds with and without --knowledge); older ones are pruned.
KEEP_PIPELINES = 4

_PACKAGE_DIR = Path(__file__).resolve().parent
# The code that decides what extractors find: their packages, the knowledge loaders, the
# records. (Ingest is not here: its output, the document, is keyed itself.)
EXTRACTION_SOURCES = ("extract", "knowledge", "link", "link.py", "records.py")


def source_fingerprint(extractors: Iterable[object] = ()) -> str:
    """A hash of the extraction code: the package's extraction sources and each extractor's module."""
    paths: set[Path] = set()
    for name in EXTRACTION_SOURCES:
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
    """The part of every entry's key that depends on the pipeline, not the document.

    ``extractors``: the extractor objects (their name, version and code count).
    """
    extractors = list(extractors)
    basis = {"format": ENTRY_FORMAT, "knowledge": knowledge_fingerprint,
             "extractors": [{"name": e.name, "version": e.version} for e in extractors],
             "source": source_fingerprint(extractors)}
    return hashlib.sha256(json.dumps(basis, sort_keys=True).encode()).hexdigest()[:16]


def document_key(document: Document) -> str:
    """A hash of everything about ``document`` that an extractor can see."""
    basis = [
        document.sha256, document.doc_id, document.path, document.title,
        document.dct.isoformat() if document.dct else None, document.dct_source, document.language,
        document.url, document.source_format, [(s.start, s.end) for s in document.sentences],
    ]
    return hashlib.sha256(json.dumps(basis).encode("utf-8")).hexdigest()


class ExtractionCache:
    """Extractions of one pipeline, stored per document on disk."""

    def __init__(self, dataset: Path, pipeline: str):
        """``dataset``: the dataset folder; ``pipeline``: a key from :func:`pipeline_key`."""
        self.root = Path(dataset) / CACHE_DIR / EXTRACT_DIR
        self.folder = self.root / pipeline
        self.hits = 0
        self.misses = 0

    def get(self, document: Document) -> Extraction | None:
        """The cached extraction of ``document``, or None when absent or unreadable."""
        key = document_key(document)
        try:
            with open(self._path(key), "rb") as handle:
                tag, stored_key, extraction = pickle.load(handle)
        except FileNotFoundError:
            return None
        except Exception:  # noqa: BLE001 - a damaged entry is recomputed, never trusted
            return None
        if tag != ENTRY_FORMAT or stored_key != key or not isinstance(extraction, Extraction):
            return None
        return extraction

    def put(self, document: Document, extraction: Extraction) -> None:
        """Store ``extraction`` for ``document``; a cache that cannot be written is skipped."""
        key = document_key(document)
        path = self._path(key)
        temporary = path.with_name(f".{path.name}.tmp-{os.getpid()}")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(temporary, "wb") as handle:
                pickle.dump((ENTRY_FORMAT, key, extraction), handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        except OSError:
            # The cache only saves time; a read-only or full disk must not fail the build.
            temporary.unlink(missing_ok=True)

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
        """Remove the entries of all but the ``keep`` most recently used pipelines."""
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
        return self.folder / key[:2] / f"{key}.pickle"
