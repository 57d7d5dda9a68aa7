"""Executors: where the map step (document -> rows) runs. Chosen in one place, never changing the bytes.

The map step, :func:`extract_rows`, is a pure function of a document and the extraction
spec (extractor names and knowledge folders): each process loads the knowledge once, the
first time it sees a spec, and keeps it. An executor only decides where that function
runs:

- :class:`InProcess` (``--jobs 1``): here, one document after another;
- :class:`ProcessPool` (``--jobs N``): N worker processes on this machine;
- :class:`DaskExecutor` (``--executor dask [--scheduler ADDRESS]``): a Dask distributed
  cluster (a LocalCluster when no address is given).

Every executor yields results in the order the documents were given, keeping only a
bounded number of documents in flight, so memory does not grow with the corpus. The merge
sorts by stable keys anyway, so the published bytes cannot depend on the executor.
"""
from __future__ import annotations

import gc
import os
import signal
import threading
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .. import regex_cache
from ..errors import TimelineError, UsageError
from ..records import Document, Extraction, Problem
from . import doc_rows as to_rows

# Documents sent to a worker in one task: enough text that the hand-over costs little
# next to the extraction, few enough that the workers stay evenly busy.
BATCH_CHARS = 64_000
BATCH_DOCUMENTS = 32
# Default per-document time budget, CPU-seconds: far above what any document of the 100 MB
# limit should take, so it only catches a runaway loop.
DEFAULT_DOC_TIMEOUT = 900.0


@dataclass(frozen=True, slots=True)
class ExtractionSpec:
    """What a worker needs to build the pipeline: extractor names and user knowledge folders.

    ``knowledge``: the knowledge files' fingerprint, so a long-lived worker (a Dask cluster)
    reloads knowledge that was edited between two builds."""

    extractors: tuple[str, ...]
    knowledge_dirs: tuple[str, ...] = ()
    knowledge: str = ""
    doc_timeout: float | None = DEFAULT_DOC_TIMEOUT


_PIPELINES: dict[ExtractionSpec, object] = {}


def pipeline_for(spec: ExtractionSpec, fresh: bool = False):
    """The pipeline of ``spec`` in this process, created (knowledge loaded) on first use.

    ``fresh``: create it anew even if this process has one (a build in the parent process
    does, so that workers forked from it inherit exactly what it loaded)."""
    pipeline = None if fresh else _PIPELINES.get(spec)
    if pipeline is None:
        from .pipeline import Pipeline

        _PIPELINES.clear()  # one pipeline a process: knowledge is large
        pipeline = _PIPELINES[spec] = Pipeline(spec.extractors, tuple(Path(d) for d in spec.knowledge_dirs))
    return pipeline


class DocumentTimeout(BaseException):
    """Raised inside a document's extraction when its time budget runs out.

    A BaseException, so that the pipeline's per-extractor ``except Exception`` does not
    swallow it and go on with the next extractor."""


def extract_rows(spec: ExtractionSpec, document: Document) -> tuple:
    """The map step: the table rows (:func:`rows.extraction_rows`) of what the pipeline finds in ``document``.

    A document whose extraction takes more than ``spec.doc_timeout`` CPU-seconds yields only a
    problem row (where a timer can interrupt this thread: the main thread of a process). CPU time,
    not the wall clock: on a machine busy with other work the same document gets the same budget,
    so whether it is dropped, and so the dataset, does not depend on the load.
    """
    pipeline = pipeline_for(spec)
    timeout = spec.doc_timeout
    if not timeout or not _can_interrupt():
        return to_rows.extraction_rows(document, pipeline(document))
    previous = signal.signal(signal.SIGPROF, _raise_timeout)
    signal.setitimer(signal.ITIMER_PROF, timeout)
    try:
        found = pipeline(document)
    except DocumentTimeout:
        found = Extraction(problems=(timeout_problem(document, timeout),))
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
    return to_rows.extraction_rows(document, found)


def timeout_problem(document: Document, timeout: float) -> Problem:
    return Problem("doc-timeout", f"extraction took more than {timeout:g} CPU-seconds; the document's extraction "
                   "was dropped (raise --doc-timeout to allow more)", path=document.path, doc_id=document.doc_id,
                   stage="extract")


def is_timed_out(rows: tuple) -> bool:
    """Whether ``rows`` are those of a document whose time budget ran out (never cached: a rerun retries)."""
    problems = rows[-1]
    return any(p[0] == "doc-timeout" for p in problems)


def _can_interrupt() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def _raise_timeout(signum, frame):
    raise DocumentTimeout()


@dataclass(frozen=True, slots=True)
class ReadTask:
    """An input file a worker reads and extracts itself (a single-document file nothing cached), so
    that reading, decoding, language identification and sentence splitting run in the workers too.

    ``cache_key``: the file's ingest-cache key, for the parent to store what came back."""

    item: object  # ingest.InputFile
    dct: object = None
    language: str | None = None
    max_bytes: int = 0
    fields: object = None
    cache_key: str | None = None

    @property
    def size(self) -> int:
        try:
            return os.stat(self.item.path).st_size
        except OSError:
            return 0


def run_item(spec: ExtractionSpec, item):
    """The map step for one work item: the rows of a document, or for a :class:`ReadTask` each
    document (or problem) read from the file with its rows (None for a problem)."""
    if not isinstance(item, ReadTask):
        return extract_rows(spec, item)
    from ..ingest import load_documents

    options = {"dct": item.dct, "language": item.language, "max_bytes": item.max_bytes}
    if item.fields is not None:
        options["fields"] = item.fields
    return [(result, None) if isinstance(result, Problem) else (result, extract_rows(spec, result))
            for result in load_documents([item.item], **options)]


def extract_batch(spec: ExtractionSpec, items: list) -> list:
    """:func:`run_item` for each of ``items`` (one task for a worker)."""
    return [run_item(spec, item) for item in items]


class InProcess:
    """Extract here, one document after another (``--jobs 1``)."""

    name = "in-process"
    reads_files = True  # whether the map step may be given files to read (it shares this file system)

    def __init__(self, spec: ExtractionSpec):
        self.spec = spec

    def map(self, items: Iterable, meanwhile: Callable[[], None] | None = None) -> Iterator[tuple[object, object]]:
        """Each item with what :func:`run_item` made of it. ``meanwhile`` is for executors with
        workers (here nothing runs beside this process: the caller does that work when it needs it)."""
        for item in items:
            yield item, run_item(self.spec, item)

    def close(self) -> None:
        pass


class _Windowed:
    """Batches submitted ahead, at most ``window`` in flight, results yielded in order."""

    window = 4

    def map(self, items: Iterable, meanwhile: Callable[[], None] | None = None) -> Iterator[tuple[object, object]]:
        """Each item (a document or a :class:`ReadTask`) with what :func:`run_item` made of it, in order.

        ``meanwhile``: work of the caller's that does not depend on the results (say, imports
        its merge needs), called once, when the first batches are with the workers and before
        waiting for any: it then runs while they extract, not before or after them."""
        pending: deque = deque()
        for batch in _batches(items):
            pending.append((batch, self._submit(batch)))
            while len(pending) >= self.window:
                if meanwhile is not None:
                    meanwhile, call = None, meanwhile
                    call()
                yield from self._collect(*pending.popleft())
        if pending and meanwhile is not None:
            meanwhile()
        while pending:
            yield from self._collect(*pending.popleft())

    def _collect(self, batch: list, future) -> Iterator[tuple[object, object]]:
        try:
            results = future.result()
        except Exception as exc:  # only a worker that died is the user's to act on
            if type(exc).__name__ not in ("BrokenProcessPool", "KilledWorker"):
                raise
            raise TimelineError(f"a worker process died while extracting ({type(exc).__name__}), perhaps out "
                                f"of memory", stage="extract",
                                hint="what was extracted is kept in the cache: run the same command again to "
                                     "resume, with fewer --jobs if memory is short") from None
        yield from zip(batch, results, strict=True)

    def _submit(self, batch: list[Document]):
        raise NotImplementedError


class ProcessPool(_Windowed):
    """``jobs`` worker processes on this machine (``--jobs N``), started on first use."""

    name = "processes"
    reads_files = True

    def __init__(self, spec: ExtractionSpec, jobs: int):
        self.spec = spec
        self.jobs = jobs
        self.window = 3 * jobs
        self._pool = None

    def _submit(self, batch: list[Document]):
        if self._pool is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            # fork where there is one: workers inherit the knowledge this process loaded.
            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
            self._pool = ProcessPoolExecutor(self.jobs, mp_context=context, initializer=_start_worker,
                                             initargs=(self.spec,))
        return self._pool.submit(extract_batch, self.spec, batch)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def _start_worker(spec: ExtractionSpec) -> None:
    # A forked worker inherits the parent's paused collector; objects loaded before the fork
    # (the knowledge) are frozen so collections never re-scan them.
    gc.enable()
    gc.freeze()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    regex_cache.in_worker()
    pipeline_for(spec)


class DaskExecutor(_Windowed):
    """A Dask distributed cluster: ``scheduler`` (an address), or a LocalCluster of ``jobs`` workers."""

    name = "dask"

    def __init__(self, spec: ExtractionSpec, jobs: int, scheduler: str | None = None):
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise UsageError("--executor dask needs Dask distributed",
                             hint='pip install "timeline-builder[dask]"') from None
        self.spec = spec
        self._cluster = None
        # Workers of a remote cluster do not see this machine's files: documents are read here.
        self.reads_files = not scheduler
        if scheduler:
            try:
                self._client = Client(scheduler, timeout="30s")
            except OSError as exc:
                raise UsageError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        else:
            self._cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                                         dashboard_address=None)
            self._client = Client(self._cluster)
        workers = max(1, len(self._client.scheduler_info().get("workers", {})))
        self.window = 3 * workers

    def _submit(self, batch: list[Document]):
        # pure=False: two equal batches are still two tasks (results are never shared by key).
        return self._client.submit(extract_batch, self.spec, batch, pure=False)

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


def make_executor(spec: ExtractionSpec, jobs: int | None = 1, executor: str = "processes",
                  scheduler: str | None = None):
    """The one place an executor is chosen: ``jobs`` (0 or None: all cores), ``executor``
    ("processes" or "dask"), ``scheduler`` (a Dask scheduler address)."""
    jobs = jobs or os.cpu_count() or 1
    if executor == "dask":
        return DaskExecutor(spec, jobs, scheduler)
    if scheduler:
        raise UsageError("--scheduler needs --executor dask")
    if executor not in ("processes", "in-process"):
        raise UsageError(f"unknown executor {executor!r}", hint="use processes or dask")
    if jobs == 1 or executor == "in-process":
        return InProcess(spec)
    return ProcessPool(spec, jobs)


def _batches(items: Iterable) -> Iterator[list]:
    batch: list = []
    chars = 0
    for item in items:
        batch.append(item)
        chars += item.size if isinstance(item, ReadTask) else len(item.text)
        if chars >= BATCH_CHARS or len(batch) >= BATCH_DOCUMENTS:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch
