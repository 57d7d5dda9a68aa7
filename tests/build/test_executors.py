"""Executors: every one gives the same bytes; a document over its time budget is a problem row."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from timeline_builder.build import BuildOptions, build
from timeline_builder.build.executors import InProcess, ProcessPool, make_executor, ExtractionSpec
from timeline_builder.dataset.reader import open_dataset
from timeline_builder.errors import UsageError
from timeline_builder.extract import registry
from timeline_builder.records import Extraction

TEXTS = {
    "a.txt": "The Cuban Missile Crisis began in October 1962, when the Soviet Union placed missiles in Cuba.",
    "b.txt": "In 1987 Ronald Reagan and Mikhail Gorbachev signed the INF Treaty in Washington.",
    "c.txt": "Last year the European Union imposed sanctions on Russia after the annexation of Crimea.",
    "d.txt": "On 9 November 1989 the Berlin Wall fell. Germany was reunified in 1990.",
    "e.txt": "The Treaty of Versailles was signed in 1919 and Germany protested.",
}


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for index in range(3):  # enough documents for several batches per worker
        for name, text in TEXTS.items():
            (folder / f"2015-03-0{index + 1}-{index}{name}").write_text(f"{text} Copy {index}.", encoding="utf-8")
    return folder


def _files(version_dir: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(version_dir.iterdir())}


def test_process_pool_gives_the_bytes_of_one_process(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr("timeline_builder.build.executors.BATCH_DOCUMENTS", 2)
    one = build([str(corpus)], tmp_path / "one", BuildOptions(jobs=1, use_cache=False))
    two = build([str(corpus)], tmp_path / "two", BuildOptions(jobs=2, use_cache=False))
    assert one.n_documents == two.n_documents == 15
    assert _files(one.version.path) == _files(two.version.path)


def test_dask_local_cluster_gives_the_bytes_of_one_process(corpus, tmp_path, monkeypatch):
    pytest.importorskip("distributed", reason="Dask distributed is the optional [dask] extra")
    monkeypatch.setattr("timeline_builder.build.executors.BATCH_DOCUMENTS", 4)
    one = build([str(corpus)], tmp_path / "one", BuildOptions(jobs=1, use_cache=False))
    # --executor dask without --scheduler: a LocalCluster that the build starts and stops
    dask = build([str(corpus)], tmp_path / "dask", BuildOptions(jobs=2, executor="dask", use_cache=False))
    assert _files(one.version.path) == _files(dask.version.path)


def test_dask_scheduler_address(corpus, tmp_path):
    distributed = pytest.importorskip("distributed", reason="Dask distributed is the optional [dask] extra")
    one = build([str(corpus)], tmp_path / "one", BuildOptions(jobs=1, use_cache=False))
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        remote = build([str(corpus)], tmp_path / "remote",
                       BuildOptions(executor="dask", scheduler=cluster.scheduler_address, use_cache=False))
    assert _files(one.version.path) == _files(remote.version.path)


def test_executor_is_chosen_in_one_place():
    spec = ExtractionSpec(("temporal",))
    assert isinstance(make_executor(spec, jobs=1), InProcess)
    pool = make_executor(spec, jobs=2)
    assert isinstance(pool, ProcessPool) and pool.jobs == 2
    pool.close()
    with pytest.raises(UsageError):
        make_executor(spec, jobs=2, scheduler="tcp://127.0.0.1:1")
    with pytest.raises(UsageError):
        make_executor(spec, jobs=2, executor="threads")


class Stuck:
    """A real extractor with a runaway loop on documents that say STUCK (what a time budget is for)."""

    name = "test-stuck"
    version = "1"

    def __call__(self, doc):
        if "STUCK" in doc.document.text:
            while True:  # a runaway loop: it spends CPU time, which the budget counts
                sum(range(1000))
        return Extraction()


registry.register("test-stuck")(Stuck)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_document_over_its_time_budget_is_a_problem_row(tmp_path, jobs):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "fine.txt").write_text("Nothing odd here.", encoding="utf-8")
    (folder / "stuck.txt").write_text("This one is STUCK forever.", encoding="utf-8")
    started = time.monotonic()
    result = build([str(folder)], tmp_path / "ds", BuildOptions(extractors=("test-stuck",), jobs=jobs,
                                                                 doc_timeout=0.5))
    assert time.monotonic() - started < 30
    assert result.n_documents == 2
    problems = open_dataset(tmp_path / "ds").version().table("problems").to_pylist()
    assert [(p["code"], p["path"]) for p in problems if p["code"] == "doc-timeout"] == [("doc-timeout", "in/stuck.txt")]
    # a timed-out document is not cached: the next build tries it again
    again = build([str(folder)], tmp_path / "ds", BuildOptions(extractors=("test-stuck",), jobs=jobs,
                                                                doc_timeout=0.5))
    assert any(p.code == "doc-timeout" for p in again.problems)


class Waiting:
    """An extractor that waits (wall time, no CPU time) on documents that say WAIT."""

    name = "test-waiting"
    version = "1"

    def __call__(self, doc):
        if "WAIT" in doc.document.text:
            time.sleep(1.0)
        return Extraction()


registry.register("test-waiting")(Waiting)


def test_the_time_budget_counts_cpu_time_so_waiting_on_a_busy_machine_drops_no_document(tmp_path):
    # A loaded machine stretches a document's wall time, not its CPU time: a budget of wall
    # seconds would drop documents a quiet machine keeps, and the dataset would depend on the load.
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "slow.txt").write_text("This one has to WAIT a second.", encoding="utf-8")
    result = build([str(folder)], tmp_path / "ds", BuildOptions(extractors=("test-waiting",), jobs=1,
                                                                 doc_timeout=0.3))
    assert result.n_documents == 1
    assert not [p for p in result.problems if p.code == "doc-timeout"]


class Crashing:
    """A real extractor whose process dies outright on documents that say CRASH (as out of memory would)."""

    name = "test-crashing"
    version = "1"

    def __call__(self, doc):
        import os

        if "CRASH" in doc.document.text:
            os._exit(9)
        return Extraction()


registry.register("test-crashing")(Crashing)


def test_a_worker_that_dies_is_one_clear_error(tmp_path):
    from timeline_builder.errors import TimelineError

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Fine.", encoding="utf-8")
    (folder / "b.txt").write_text("This one will CRASH the worker.", encoding="utf-8")
    with pytest.raises(TimelineError, match="worker process died"):
        build([str(folder)], tmp_path / "ds", BuildOptions(extractors=("test-crashing",), jobs=2))


class _Logged:
    """A finished future."""

    def __init__(self, value):
        self.value = value

    def result(self):
        return self.value


def _logging_executor(log: list, window: int):
    from timeline_builder.build.executors import _Windowed

    class Logging(_Windowed):
        def _submit(self, batch):
            log.append(("submit", [item.text for item in batch]))
            return _Logged([item.text.upper() for item in batch])

    executor = Logging()
    executor.window = window
    return executor


def _documents(texts):
    from timeline_builder.records import Document

    return [Document(doc_id=f"d{i}", path=f"{i}.txt", text=text, sha256="") for i, text in enumerate(texts)]


@pytest.mark.parametrize("window, texts", [(2, ["one", "two", "three", "four", "five"]), (3, ["only one"]),
                                           (1, ["first", "second"])])
def test_meanwhile_runs_once_after_the_first_batches_are_submitted_and_before_any_result(monkeypatch, window, texts):
    monkeypatch.setattr("timeline_builder.build.executors.BATCH_DOCUMENTS", 1)
    log: list = []
    executor = _logging_executor(log, window)
    results = []
    for document, output in executor.map(_documents(texts), meanwhile=lambda: log.append(("meanwhile",))):
        log.append(("result", document.text))
        results.append(output)
    assert results == [text.upper() for text in texts]  # the results, in order, are unchanged
    assert log.count(("meanwhile",)) == 1
    where = log.index(("meanwhile",))
    submitted_first = min(window, len(texts))
    assert [entry[0] for entry in log[:where]] == ["submit"] * submitted_first
    assert log[where + 1][0] == "result"


def test_no_meanwhile_without_work_and_none_in_one_process():
    log: list = []
    assert list(_logging_executor(log, 2).map([], meanwhile=lambda: log.append("meanwhile"))) == []
    assert log == []
    spec = ExtractionSpec(("temporal",))
    found = list(InProcess(spec).map(_documents(["Signed in May 1998."]), meanwhile=lambda: log.append("meanwhile")))
    assert len(found) == 1 and log == []


def test_a_pool_build_connects_its_merge_while_the_workers_extract(corpus, tmp_path, monkeypatch):
    from timeline_builder.build import rows

    monkeypatch.setattr("timeline_builder.build.executors.BATCH_DOCUMENTS", 2)
    connected = []
    add_rows = rows.Collector.add_rows

    def add_rows_noting(self, document, found, tables_cached=False):
        connected.append(self.merge._connection is not None)
        return add_rows(self, document, found, tables_cached)

    monkeypatch.setattr(rows.Collector, "add_rows", add_rows_noting)
    result = build([str(corpus)], tmp_path / "ds", BuildOptions(jobs=2, use_cache=False))
    assert result.n_documents == 15
    assert connected == [True] * 15  # open before the first document's rows came back


@pytest.mark.parametrize("held_chars", [0, 250, 10**9])
def test_a_pool_rebuild_holding_cached_documents_gives_the_bytes_of_a_fresh_build(corpus, tmp_path, monkeypatch,
                                                                                  held_chars):
    from timeline_builder.build import rows

    monkeypatch.setattr("timeline_builder.build.executors.BATCH_DOCUMENTS", 2)
    monkeypatch.setattr("timeline_builder.build.pipeline.HELD_CHARS", held_chars)
    build([str(corpus)], tmp_path / "ds", BuildOptions(jobs=2))
    changed = sorted(corpus.iterdir())[-4:]  # the cached documents come first, the changed ones last
    for path in changed:
        path.write_text(path.read_text(encoding="utf-8") + " The port reopened in June 2001.", encoding="utf-8")
    connected = []
    add_rows = rows.Collector.add_rows

    def add_rows_noting(self, document, found, tables_cached=False):
        connected.append((tables_cached, self.merge._connection is not None))
        return add_rows(self, document, found, tables_cached)

    monkeypatch.setattr(rows.Collector, "add_rows", add_rows_noting)
    again = build([str(corpus)], tmp_path / "ds", BuildOptions(jobs=2))
    monkeypatch.setattr(rows.Collector, "add_rows", add_rows)
    fresh = build([str(corpus)], tmp_path / "fresh", BuildOptions(jobs=1, use_cache=False))
    assert again.n_documents == fresh.n_documents == 15
    # the same version (a content hash); its manifest also names the previous version
    assert again.version.path.name == fresh.version.path.name
    assert {n: b for n, b in _files(again.version.path).items() if n.endswith(".parquet")} == {
        n: b for n, b in _files(fresh.version.path).items() if n.endswith(".parquet")}
    assert sorted(cached for cached, _ in connected) == [False] * 4 + [True] * 11
    if held_chars == 10**9:  # every cached document waited for the workers (the merge connected meanwhile)
        assert all(open_ for _, open_ in connected)
    else:  # the first cached documents were added (the Collector made) before the workers started
        assert connected[0] == (True, False)
