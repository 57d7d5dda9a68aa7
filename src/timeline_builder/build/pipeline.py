"""The build: ingest -> extract -> link -> publish, one document at a time.

Records flow one way. Each document runs through the extractors in order; the results of
all documents are gathered into tables (merging actors and events that several documents
share) and published as one version.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from .cache import BuildCache, document_key
from .event_merge import merge_document_events
from .executors import (DEFAULT_DOC_TIMEOUT, ExtractionSpec, InProcess, ReadTask, is_timed_out, make_executor,
                        pipeline_for)
from .workdir import remove_work_folder, work_folder
from ..errors import UsageError
from ..extract import registry
from ..ingest import COLLECTIONS, DEFAULT_MAX_BYTES, collect_inputs, load_documents
from ..ingest.fields import FieldMap
from ..knowledge.files import fingerprint, knowledge_files
from ..records import AnnotatedDocument, Document, Extraction, Problem
from .doc_rows import frozen_for_cache

if TYPE_CHECKING:
    from ..publish.versions import PublishedVersion
    from .rows import Collector
    from .table_cache import TableCache

# This module imports no pyarrow (nor what imports it: rows, parts, table_cache, publish): a
# --jobs N build forks its workers first, and the parent imports pyarrow while they extract.
# A rebuild with workers holds its cached documents (up to this much text) until they are started.
HELD_CHARS = 2_000_000

# A speaker's references to himself ("I", "we", "my administration"; the actor stage's kinds)
_SPEAKER_REFERENCES = frozenset({"singular", "plural", "administration"})


@dataclass(frozen=True, slots=True)
class BuildOptions:
    dct: date | None = None
    language: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    extractors: tuple[str, ...] = registry.DEFAULT_PIPELINE
    knowledge_dirs: tuple[Path, ...] = ()
    wait_seconds: float = 60.0
    use_cache: bool = True  # reuse per-document extractions from DATASET/.cache (never changes the output)
    # Where the map step runs (never changes the output): see executors.make_executor.
    jobs: int | None = 1  # worker processes; 0 or None: all cores
    executor: str = "processes"  # or "dask"
    scheduler: str | None = None  # a Dask scheduler address; none: a LocalCluster
    doc_timeout: float | None = DEFAULT_DOC_TIMEOUT  # seconds a document may take; then it is a problem row
    fields: FieldMap = FieldMap()  # which record field is the text, date, id ... (explicit names only)

    def content_options(self) -> dict:
        """The options that change what is extracted (and so belong in the manifest)."""
        return {
            "dct": self.dct.isoformat() if self.dct else None,
            "language": self.language,
            "max_bytes": self.max_bytes,
            "extractors": list(self.extractors),
            **({"fields": self.fields.as_dict()} if self.fields.as_dict() else {}),
        }


@dataclass(slots=True)
class BuildResult:
    version: PublishedVersion
    n_inputs: int
    n_documents: int
    n_chars: int
    problems: list[Problem] = field(default_factory=list)
    cache_damaged: int = 0  # cache entries that failed their checksum and were recomputed

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


ProgressCallback = Callable[[int, int, int], None]  # (documents done, inputs total, chars done)


class Pipeline:
    """The extractors of one build, instantiated once and applied to each document."""

    def __init__(self, names: Iterable[str] = registry.DEFAULT_PIPELINE, knowledge_dirs: tuple[Path, ...] = ()):
        self.extractors = [registry.create(name, knowledge_dirs=knowledge_dirs) for name in names]
        self.knowledge_dirs = knowledge_dirs

    @property
    def versions(self) -> list[dict]:
        return [{"name": e.name, "version": e.version} for e in self.extractors]

    def knowledge_fingerprint(self) -> str:
        return fingerprint(knowledge_files("**/*.tsv", self.knowledge_dirs))

    def __call__(self, document: Document) -> Extraction:
        """Run every extractor on ``document``; one that fails becomes a problem, not a crash."""
        annotated = AnnotatedDocument(document)
        for extractor in self.extractors:
            try:
                found = extractor(annotated)
            except Exception as exc:  # noqa: BLE001 - one bad document must not sink the corpus
                problem = Problem("extractor-failed", f"{extractor.name} {extractor.version}: "
                                  f"{type(exc).__name__}: {exc}", path=document.path,
                                  doc_id=document.doc_id, stage="extract")
                found = Extraction(problems=(problem,))
            annotated = replace(annotated, found=annotated.found.merge(found))
            annotated = _with_references(extractor, annotated)
        return merge_document_events(annotated.found, frozenset(
            (r.char_start, r.char_end) for r in annotated.references if r.kind in _SPEAKER_REFERENCES))


def _with_references(extractor, annotated: AnnotatedDocument) -> AnnotatedDocument:
    """Add what a stage says refers to actors without naming them ("I", "the president") for the
    later stages; a stage that fails here loses only its references (reported as a problem)."""
    refer = getattr(extractor, "references", None)
    if refer is None:
        return annotated
    try:
        found = tuple(refer(annotated))
    except Exception as exc:  # noqa: BLE001 - one bad document must not sink the corpus
        document = annotated.document
        problem = Problem("extractor-failed", f"{extractor.name} {extractor.version} references: "
                          f"{type(exc).__name__}: {exc}", path=document.path, doc_id=document.doc_id, stage="extract")
        return replace(annotated, found=annotated.found.merge(Extraction(problems=(problem,))))
    return replace(annotated, references=annotated.references + found) if found else annotated


def build(inputs: list[str], dataset: Path, options: BuildOptions = BuildOptions(),
          progress: ProgressCallback | None = None) -> BuildResult:
    """Build ``inputs`` into a new version of ``dataset`` and return what was published."""
    with _cyclic_gc_paused():
        return _build(inputs, dataset, options, progress)


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: the records and rows a build holds form no cycles
    (they are freed by reference counting), yet with hundreds of thousands of them alive each
    full collection re-scans them all; on a cached rebuild that was a sixth of the time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _build(inputs: list[str], dataset: Path, options: BuildOptions, progress: ProgressCallback | None
           ) -> BuildResult:
    files, problems = collect_inputs(inputs)
    if not files:
        reasons = "; ".join(f"{p.path}: {p.message}" for p in problems) or "no input given"
        raise UsageError(f"nothing to build ({reasons})",
                         hint="give files or folders holding .txt, .md, .html, .jsonl, .csv, .tsv or .parquet documents")
    # Rows wait on disk, in the build's work folder, from the moment a document is done until
    # the merge: memory stays flat however large the corpus.
    work = work_folder(dataset)
    made: list = []

    def collector() -> Collector:
        """The build's Collector, made when first needed (with it, pyarrow is imported)."""
        if not made:
            from .rows import Collector

            made.append(Collector(work))
        return made[0]

    try:
        return _build_into(files, problems, collector, dataset, options, progress)
    finally:
        if made:
            made[0].close()
        remove_work_folder(work)


def _build_into(files: list, problems: list[Problem], collector: Callable[[], Collector], dataset: Path,
                options: BuildOptions, progress: ProgressCallback | None) -> BuildResult:
    spec = ExtractionSpec(tuple(options.extractors), tuple(str(d) for d in options.knowledge_dirs),
                          fingerprint(knowledge_files("**/*.tsv", options.knowledge_dirs)), options.doc_timeout)
    # Loaded here too: its versions key the cache and the manifest, and forked workers inherit it.
    pipeline = pipeline_for(spec, fresh=True)
    load = partial(load_documents, dct=options.dct, language=options.language, max_bytes=options.max_bytes,
                   fields=options.fields)
    cache = table_cache = None
    keys: dict[str, str] = {}  # document id -> document key, for the caches
    if options.use_cache:
        cache = BuildCache(dataset, {"dct": options.dct, "language": options.language, "max_bytes": options.max_bytes,
                                     "fields": options.fields.as_dict()},
                           pipeline.extractors, pipeline.knowledge_fingerprint())
        from .table_cache import TableCache

        table_cache = TableCache(dataset, cache.extraction.entries.path.stem)
    executor = make_executor(spec, options.jobs, options.executor, options.scheduler)
    counts = {"documents": 0, "chars": 0, "done": 0}
    # A rebuild's cached documents that arrive before the workers start wait here (up to
    # HELD_CHARS of text): adding them makes the Collector (pyarrow) and reads the table cache,
    # ~0.3 CPU-s that would otherwise delay the fork. They are added once the first batches are
    # with the workers (or the bound is reached, or the map ends); the tables do not depend on
    # the order documents are added in.
    held: list[tuple[Document, tuple]] = []
    holding = {"on": not isinstance(executor, InProcess), "chars": 0}

    def add(document: Document, rows: tuple, cached: bool = False) -> None:
        if cached and holding["on"]:
            held.append((document, rows))
            holding["chars"] += len(document.text)
            if holding["chars"] >= HELD_CHARS:
                add_held()
            return
        add_now(document, rows)

    def add_held() -> None:
        holding["on"] = False
        for document, rows in held:
            add_now(document, rows)
        held.clear()

    def add_now(document: Document, rows: tuple) -> None:
        if table_cache is None:
            collector().add_rows(document, rows)
        else:
            collector().add_rows(document, rows, tables_cached=table_cache.has(document.doc_id, keys[document.doc_id]))
        counts["done"] += 1
        if progress:
            progress(counts["done"], len(files), counts["chars"])

    def arrived(document: Document) -> None:
        if document.dct is None:
            problems.append(Problem("no-dct", "no creation time found: relative dates stay unresolved "
                                    "(give --dct, a sidecar .meta.json, or a YYYY-MM-DD file-name prefix)",
                                    path=document.path, doc_id=document.doc_id, severity="warning"))
        counts["documents"] += 1
        counts["chars"] += len(document.text)
        if cache is not None:
            keys[document.doc_id] = document_key(document)

    def work() -> Iterator:
        """What the workers must do: documents the cache cannot answer, and single-document files
        nothing is cached for (read by the worker too). Collections (one file, many documents) are
        read here, a record at a time, and their documents handed out one by one."""
        # Workers read files only when no document's rows are cached (a first build, or --no-cache):
        # otherwise a file read again (say under another --dct) may hold documents whose rows are.
        read_in_workers = executor.reads_files and (cache is None or len(cache.extraction.entries.log) == 0)
        for item in files:
            results = None
            key = None
            if cache is not None:
                key, results = cache.ingest.lookup(item, options.max_bytes)
            if results is None and read_in_workers and item.format not in COLLECTIONS:
                yield ReadTask(item, options.dct, options.language, options.max_bytes, options.fields, key)
                continue
            if results is None:
                results = load([item]) if cache is None else _stored(cache, key, load([item]))
            for result in results:
                if isinstance(result, Problem):
                    problems.append(result)
                    continue
                arrived(result)
                if cache is not None:
                    rows = cache.extraction.get(result, keys[result.doc_id])
                    if rows is not None:
                        cache.extraction.hits += 1
                        add(result, rows, cached=True)
                        continue
                    cache.extraction.misses += 1
                yield result

    def extracted(document: Document, rows: tuple) -> None:
        if cache is not None and not is_timed_out(rows):
            cache.extraction.put(document, frozen_for_cache(rows), keys[document.doc_id])
        add(document, rows)

    def meanwhile() -> None:
        collector().merge.open()
        add_held()

    try:
        # While workers extract (not before or after them), the parent imports pyarrow (with the
        # Collector) and DuckDB, connects the merge and adds the held cached documents: ~0.4 CPU-s
        # off a --jobs build's critical path.
        for item, output in executor.map(work(), meanwhile=meanwhile):
            if not isinstance(item, ReadTask):
                extracted(item, output)
                continue
            if cache is not None:
                cache.ingest.store(item.cache_key, [result for result, _ in output])
            for result, rows in output:
                if isinstance(result, Problem):
                    problems.append(result)
                else:
                    arrived(result)
                    extracted(result, rows)
        add_held()
    finally:
        executor.close()
        if cache:
            cache.save()
    n_docs, n_chars = counts["documents"], counts["chars"]
    if n_docs == 0:
        reasons = "; ".join(f"{p.path}: {p.message}" for p in problems if p.severity == "error")
        raise UsageError(f"no document could be read ({reasons})")
    from ..publish.versions import publish

    gathered = collector()
    gathered.add_problems(problems)
    tables = _tables(gathered, pipeline.knowledge_dirs, table_cache, keys)
    content_key = {
        "extractors": pipeline.versions,
        "knowledge": {"fingerprint": pipeline.knowledge_fingerprint(),
                      "user_folders": len(options.knowledge_dirs)},
        "inputs": gathered.inputs(),
    }
    version = publish(dataset, tables, content_key, options.content_options(), options.wait_seconds,
                      catalog_extra=_input_changes(dataset, gathered.inputs()))
    return BuildResult(version, len(files), n_docs, n_chars, gathered.problems,
                       cache_damaged=cache.damaged if cache else 0)


def _tables(collector: Collector, knowledge_dirs: tuple[Path, ...], table_cache: TableCache | None,
            keys: dict[str, str]) -> dict:
    """The Arrow tables of what ``collector`` gathered, the unmerged ones partly from ``table_cache``."""
    from .table_cache import COLUMNAR_TABLES

    reused = collector.reused_documents()
    if table_cache is None or not collector.rows_stay_with_their_document():
        if table_cache is not None:
            for name in COLUMNAR_TABLES:  # merged from the parts after all, with the rest
                collector.add_cached_rows(name, table_cache.runs_of(name, reused))
            table_cache.clear()
        return collector.streamed_tables(knowledge_dirs)
    tables = collector.arrow_tables(knowledge_dirs)
    paths = {i["doc_id"]: i["path"] for i in collector.inputs()}
    runs = {}
    for name in COLUMNAR_TABLES:
        order = {d: (p, d) for d, p in paths.items()} if name == "documents" else {d: d for d in paths}
        tables[name], runs[name] = table_cache.assemble(name, tables[name], reused, order)
    if len(reused) < len(keys) or not table_cache.holds_only(keys):
        table_cache.save(tables, keys, runs)
    return tables


def _stored(cache: BuildCache, key: str | None, results: Iterator) -> list:
    """``results`` read from one collection file, kept in the ingest cache under ``key``."""
    if key is None:
        return results
    results = list(results)
    cache.ingest.store(key, results)
    return results


def _input_changes(dataset: Path, inputs: list[dict]) -> dict:
    """Inputs added and removed since the current latest version, for the catalog."""
    from ..publish.versions import VERSIONS, current_version, read_manifest
    latest = current_version(dataset)  # checked: never a link out of versions/
    try:
        before = {(i["path"], i["sha256"]) for i in read_manifest(Path(dataset) / VERSIONS / latest).get("inputs", [])}
    except Exception:  # noqa: BLE001 - a new or unreadable dataset has no history to compare
        before = set()
    after = {(i["path"], i["sha256"]) for i in inputs}
    return {"inputs_added": len(after - before), "inputs_removed": len(before - after),
            "n_inputs": len(after)}
