"""The extraction cache: hits for unchanged documents, misses for changed ones, and an
incremental build byte-identical to a full one."""
from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from timeline_builder.build.cache import (ExtractionCache, IngestCache, document_key, pack_document, pipeline_key,
                                   unpack_document)
from timeline_builder.extract import registry
from timeline_builder.build import BuildOptions, build
from timeline_builder.ingest import collect_inputs, load_documents
from timeline_builder.build.entry_log import pack, unpack
from timeline_builder.build.rows import Collector, extraction_rows, frozen_for_cache
from timeline_builder.records import (Actor, ActorMention, Document, Event, EventActor, Extraction, Problem, Sentence,
                                      Timex)

CALLS: list[str] = []


class YearSpotter:
    """A tiny real extractor: every four-digit year 1900-2099 becomes a DATE timex."""

    name = "test-years"
    version = "1"

    def __call__(self, doc):
        import re

        CALLS.append(doc.document.path.split("/", 1)[-1])  # the file name below the corpus folder
        text = doc.document.text
        timexes = tuple(
            Timex(doc.document.doc_id, m.start(), m.end(), m.group(), "DATE", m.group(),
                  date_begin=date(int(m.group()), 1, 1), date_end=date(int(m.group()), 12, 31),
                  granularity="year", extractor="test-years 1")
            for m in re.finditer(r"\b(19|20)\d\d\b", text))
        return Extraction(timexes=timexes)


registry.register("test-years")(YearSpotter)
OPTIONS = BuildOptions(extractors=("test-years",))


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("In 1962 the crisis began. It ended in 1963.", encoding="utf-8")
    (folder / "b.txt").write_text("The treaty of 1987 was signed.", encoding="utf-8")
    (folder / "c.md").write_text("---\ndate: 2020-01-02\n---\nBy 2029 it expires.", encoding="utf-8")
    return folder


def _files(version_dir: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(version_dir.iterdir())}


def test_second_build_extracts_nothing_and_a_changed_document_only_itself(corpus, tmp_path):
    CALLS.clear()
    build([str(corpus)], tmp_path / "ds", OPTIONS)
    assert sorted(CALLS) == ["a.txt", "b.txt", "c.md"]
    CALLS.clear()
    build([str(corpus)], tmp_path / "ds", OPTIONS)
    assert CALLS == []
    (corpus / "b.txt").write_text("The treaty of 1988 was signed.", encoding="utf-8")
    (corpus / "d.txt").write_text("A new document about 1919.", encoding="utf-8")
    build([str(corpus)], tmp_path / "ds", OPTIONS)
    assert sorted(CALLS) == ["b.txt", "d.txt"]


def test_incremental_build_is_byte_identical_to_a_full_build(corpus, tmp_path):
    dataset = tmp_path / "ds"
    build([str(corpus)], dataset, OPTIONS)
    # The full build starts from the same history (same parent) but without any cache.
    full = tmp_path / "full"
    shutil.copytree(dataset, full, symlinks=True, ignore=shutil.ignore_patterns(".cache"))
    (corpus / "a.txt").write_text("In 1961 the crisis began. It ended in 1963.", encoding="utf-8")
    (corpus / "e.txt").write_text("Elections in 2024.", encoding="utf-8")
    incremental = build([str(corpus)], dataset, OPTIONS).version
    rebuilt = build([str(corpus)], full, BuildOptions(extractors=OPTIONS.extractors, use_cache=False)).version
    assert not (full / ".cache").exists()
    assert incremental.version_id == rebuilt.version_id
    assert _files(incremental.path) == _files(rebuilt.path)


def test_options_that_change_documents_miss_the_cache(corpus, tmp_path):
    CALLS.clear()
    build([str(corpus)], tmp_path / "ds", OPTIONS)
    CALLS.clear()
    build([str(corpus)], tmp_path / "ds", BuildOptions(extractors=OPTIONS.extractors, dct=date(2001, 1, 1)))
    # c.md has its own date, so only the two documents whose dct came from nowhere change.
    assert sorted(CALLS) == ["a.txt", "b.txt"]


def _document(**changes) -> Document:
    fields = dict(doc_id="d1", path="a.txt", text="Hello 1962.", sha256="abc", dct=date(2020, 1, 1))
    fields.update(changes)
    return Document(**fields)


@pytest.mark.parametrize("change", [
    {"sha256": "abd"}, {"doc_id": "d2"}, {"path": "b.txt"}, {"dct": date(2020, 1, 2)},
    {"dct_source": "option"}, {"language": "de"}, {"title": "T"}, {"url": "http://x"},
    {"source_format": "md"},
])
def test_document_key_changes_with_what_extractors_see(change):
    assert document_key(_document(**change)) != document_key(_document())


def test_pipeline_key_changes_with_extractor_versions_knowledge_and_code(tmp_path, monkeypatch):
    base = pipeline_key([YearSpotter()], "k1")
    newer = YearSpotter()
    newer.version = "2"
    assert pipeline_key([newer], "k1") != base
    assert pipeline_key([YearSpotter()], "k2") != base
    assert pipeline_key([YearSpotter()], "k1") == base
    # Editing an extractor's code without bumping its version still changes the key.
    module = tmp_path / "edited_extractor.py"
    module.write_text("class Edited:\n    name = 'edited'\n    version = '1'\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    import edited_extractor

    before = pipeline_key([edited_extractor.Edited()], "k1")
    module.write_text("class Edited:\n    name = 'edited'\n    version = '1'\n    # changed\n")
    assert pipeline_key([edited_extractor.Edited()], "k1") != before


def _rows(extraction: Extraction) -> tuple:
    return frozen_for_cache(extraction_rows(_document(), extraction))


def _cache_file(tmp_path) -> Path:
    return next((tmp_path / ".cache").rglob("*.log"))


def test_entries_survive_a_save_and_damage_is_ignored(tmp_path):
    document = _document()
    extraction = Extraction(problems=(Problem("x", "y"),))
    cache = ExtractionCache(tmp_path, "p")
    cache.put(document, _rows(extraction))
    assert cache.get(document) == _rows(extraction)
    cache.save()
    assert ExtractionCache(tmp_path, "p").get(document) == _rows(extraction)
    path = _cache_file(tmp_path)
    path.write_bytes(path.read_bytes()[:-10])
    assert ExtractionCache(tmp_path, "p").get(document) is None
    path.write_bytes(b"not a cache file at all")
    calls = []
    cache = ExtractionCache(tmp_path, "p")
    cached = cache.wrap(lambda doc: calls.append(doc) or extraction)
    assert cached(document) == _rows(extraction) and len(calls) == 1
    assert cached(document) == _rows(extraction) and len(calls) == 1
    cache.save()
    assert ExtractionCache(tmp_path, "p").get(document) == _rows(extraction)
    assert not [p for p in (tmp_path / ".cache").rglob("*") if ".tmp-" in p.name]


def test_a_damaged_entry_costs_only_itself(tmp_path):
    first, second = _document(), _document(sha256="other")
    cache = ExtractionCache(tmp_path, "p")
    cache.put(first, _rows(Extraction()))
    cache.put(second, _rows(Extraction(problems=(Problem("x", "y"),))))
    cache.save()
    path = _cache_file(tmp_path)
    data = bytearray(path.read_bytes())
    offset, length, _ = ExtractionCache(tmp_path, "p").entries.log._entries()[document_key(first)]
    data[offset + length - 1] ^= 0xFF  # one flipped bit in the first entry's payload
    path.write_bytes(bytes(data))
    reopened = ExtractionCache(tmp_path, "p")
    assert reopened.get(first) is None
    assert reopened.entries.damaged == 1  # counted, so the build reports it
    assert reopened.get(second) == _rows(Extraction(problems=(Problem("x", "y"),)))


def test_an_entry_stored_under_another_key_is_not_served(tmp_path):
    first, second = _document(), _document(sha256="other")
    cache = ExtractionCache(tmp_path, "p")
    cache.put(first, _rows(Extraction()))
    cache.save()
    # Simulate a mix-up on disk: the entry of one document under the key of another.
    path = _cache_file(tmp_path)
    path.write_bytes(path.read_bytes().replace(document_key(first).encode(), document_key(second).encode()))
    assert ExtractionCache(tmp_path, "p").get(second) is None


def test_a_save_drops_entries_the_build_did_not_use(tmp_path):
    old, kept, new = _document(), _document(sha256="kept"), _document(sha256="new")
    cache = ExtractionCache(tmp_path, "p")
    for document in (old, kept):
        cache.put(document, _rows(Extraction()))
    cache.save()
    rebuild = ExtractionCache(tmp_path, "p")
    assert rebuild.get(kept) == _rows(Extraction())
    rebuild.put(new, _rows(Extraction()))
    rebuild.save()
    reopened = ExtractionCache(tmp_path, "p")
    assert reopened.get(old) is None and reopened.get(kept) == reopened.get(new) == _rows(Extraction())


def test_old_pipelines_are_pruned(tmp_path):
    for index in range(6):
        cache = ExtractionCache(tmp_path, f"p{index}")
        cache.prune(keep=3)
        cache.put(_document(), _rows(Extraction()))
        cache.save()
    kept = sorted(p.stem for p in (tmp_path / ".cache" / "extract").iterdir())
    assert len(kept) == 3 and "p5" in kept


def test_with_the_registered_pipeline_incremental_equals_full(corpus, tmp_path):
    """The same guarantee with the real extractors of the default pipeline."""
    names = registry.DEFAULT_PIPELINE
    options = BuildOptions(extractors=tuple(names))
    dataset, full = tmp_path / "ds", tmp_path / "full"
    build([str(corpus)], dataset, options)
    shutil.copytree(dataset, full, symlinks=True, ignore=shutil.ignore_patterns(".cache"))
    (corpus / "b.txt").write_text("On 8 December 1987 Reagan and Gorbachev signed the treaty.", encoding="utf-8")
    incremental = build([str(corpus)], dataset, options).version
    rebuilt = build([str(corpus)], full, BuildOptions(extractors=options.extractors, use_cache=False)).version
    assert _files(incremental.path) == _files(rebuilt.path)


def _counting_load(calls):
    def load(files):
        calls.extend(f.relpath.split("/", 1)[-1] for f in files)
        return load_documents(files)
    return load


def test_ingest_cache_rereads_only_changed_files(corpus, tmp_path):
    files, _ = collect_inputs([str(corpus)])
    calls: list[str] = []

    def read() -> list:
        cache = IngestCache(tmp_path, "k")
        results = list(cache.wrap(_counting_load(calls), 10**8)(files))
        cache.save()
        return results

    first = read()
    assert sorted(calls) == ["a.txt", "b.txt", "c.md"]
    calls.clear()
    second = read()
    assert calls == [] and second == first
    (corpus / "b.txt").write_text("Changed in 1999.", encoding="utf-8")
    (corpus / "a.txt.meta.json").write_text('{"date": "2001-02-03"}', encoding="utf-8")
    third = read()
    assert sorted(calls) == ["a.txt", "b.txt"]
    assert third == list(load_documents(files))


def test_ingest_cache_ignores_damaged_entries_and_keeps_problems(corpus, tmp_path):
    (corpus / "empty.txt").write_text("   ", encoding="utf-8")
    files, _ = collect_inputs([str(corpus)])
    expected = list(load_documents(files))
    assert any(isinstance(r, Problem) for r in expected)
    cache = IngestCache(tmp_path, "k")
    assert list(cache.wrap(load_documents, 10**8)(files)) == expected
    cache.save()
    for entry in (tmp_path / ".cache").rglob("*.log"):
        entry.write_bytes(entry.read_bytes()[:-7])
    calls: list[str] = []
    assert list(IngestCache(tmp_path, "k").wrap(_counting_load(calls), 10**8)(files)) == expected
    assert calls == ["empty.txt"]  # a torn tail costs only the last entry written


@pytest.mark.parametrize("record", [
    Document("d", "p.txt", "Text. More.", "abc", title=None, dct=date(2020, 1, 1), dct_source="option",
             sentences=(Sentence(0, 5), Sentence(6, 11))),
    Document("d", "p.txt", "x", "abc"),
    Problem("unreadable", "binary", path="x.bin"),
])
def test_documents_round_trip_through_the_cache_layout(record):
    assert unpack_document(pack_document(record)) == record


def test_cached_rows_give_the_tables_the_records_would():
    """The rows stored per document hold each table's columns, whatever merging follows."""
    document = Document("d", "p.txt", "1962 Cuba. More.", "abc", sentences=(Sentence(0, 10), Sentence(11, 16)))
    extraction = Extraction(
        timexes=(Timex("d", 0, 4, "1962", "DATE", "1962", None, date(1962, 1, 1), date(1962, 12, 31), "year", "t"),),
        actors=(Actor("cuba", "Cuba", "state", "CUB", ("Cubans", "Cuba")),),
        actor_mentions=(ActorMention("cuba", "d", 12, 16, "More"), ActorMention("cuba", "d", 5, 9, "Cuba")),
        events=(Event("cuban-missile-crisis", "Cuban Missile Crisis", "crisis", date(1962, 10, 16)),),
        event_actors=(EventActor("cuban-missile-crisis", "cuba", "target", "knowledge"),),
        problems=(Problem("x", "y", stage="extract"),),
    )
    tables = []
    for freeze in (lambda rows: rows, frozen_for_cache):
        collector = Collector()
        collector.add_rows(document, unpack(pack(freeze(extraction_rows(document, extraction)))))
        tables.append(collector.tables())
    assert tables[0] == tables[1]
    tables = tables[0]
    timex = extraction.timexes[0]
    assert tables["timexes"] == [(timex.timex_id, "d", 0, 4, "1962", "DATE", "1962", None, date(1962, 1, 1),
                                  date(1962, 12, 31), "year", "t")]
    assert tables["actors"] == [("cuba", "Cuba", "state", "CUB", ["Cuba", "Cubans"], None, None, "knowledge")]
    assert tables["actor_mentions"] == [("cuba", "d", 5, 9, "Cuba", 0), ("cuba", "d", 12, 16, "More", 1)]
    assert tables["events"] == [("cuban-missile-crisis", "Cuban Missile Crisis", "crisis", date(1962, 10, 16),
                                 None, None, None, None, None, None, "text", None, 1.0, None, None, None, "knowledge")]
    assert tables["event_actors"] == [("cuban-missile-crisis", "cuba", "target", "knowledge", None, None, None)]
    assert tables["problems"] == [("x", "error", "extract", "", "", "y")]
    assert tables["documents"][0][:3] == ("d", "p.txt", None) and tables["sentences"] == [("d", 0, 0, 10),
                                                                                          ("d", 1, 11, 16)]


def test_a_long_build_saves_as_it_goes(tmp_path):
    cache = ExtractionCache(tmp_path, "p")
    cache.put(_document(), _rows(Extraction()))
    cache.put(_document(sha256="second"), _rows(Extraction()))
    # Interrupted here, never saved: what was found so far is on disk.
    reopened = ExtractionCache(tmp_path, "p")
    assert reopened.get(_document()) == reopened.get(_document(sha256="second")) == _rows(Extraction())


def test_prune_removes_the_folders_of_the_old_layout(tmp_path):
    old = tmp_path / ".cache" / "extract" / "7de80ac1725ef3e9" / "ab"
    old.mkdir(parents=True)
    (old / "ab12.pickle").write_bytes(b"x")
    ExtractionCache(tmp_path, "p").prune()
    assert not (tmp_path / ".cache" / "extract" / "7de80ac1725ef3e9").exists()


def test_no_symbolic_link_is_followed_out_of_the_dataset(corpus, tmp_path):
    """A dataset may come from anyone: its cache folder pointing elsewhere is neither read, written nor pruned."""
    outside = tmp_path / "outside"
    (outside / "extract").mkdir(parents=True)
    (outside / "extract" / "victim.log").write_bytes(b"precious")
    (outside / "extract" / ".x.tmp-1").write_bytes(b"precious too")
    (outside / "extract" / "old.pickle").write_bytes(b"precious three")
    before = sorted((p.name, p.read_bytes()) for p in (outside / "extract").iterdir())
    dataset = tmp_path / "ds"
    dataset.mkdir()
    (dataset / ".cache").symlink_to(outside, target_is_directory=True)
    CALLS.clear()
    build([str(corpus)], dataset, OPTIONS)
    build([str(corpus)], dataset, OPTIONS)
    assert sorted(CALLS) == ["a.txt", "a.txt", "b.txt", "b.txt", "c.md", "c.md"]  # no cache through the link
    assert sorted((p.name, p.read_bytes()) for p in (outside / "extract").iterdir()) == before
    assert sorted(p.name for p in outside.iterdir()) == ["extract"]


def test_a_linked_entry_file_is_not_read_or_removed(corpus, tmp_path):
    dataset = tmp_path / "ds"
    build([str(corpus)], dataset, OPTIONS)
    log = next((dataset / ".cache" / "extract").glob("*.log"))
    outside = tmp_path / "outside.log"
    log.rename(outside)
    log.symlink_to(outside)
    CALLS.clear()
    build([str(corpus)], dataset, OPTIONS)
    assert sorted(CALLS) == ["a.txt", "b.txt", "c.md"]  # the linked entries were not served
    assert outside.exists() and log.is_symlink()


RESUME_SCRIPT = """
import sys, time
from timeline_builder.build import BuildOptions, build
from timeline_builder.extract import registry
from timeline_builder.records import Extraction

class Slow:
    name, version = "test-slow", "1"
    def __call__(self, doc):
        with open(sys.argv[3], "a") as log:
            log.write(doc.document.path.split("/")[-1] + "\\n")
        time.sleep(0.15)
        return Extraction()

registry.register("test-slow")(Slow)
build([sys.argv[1]], __import__("pathlib").Path(sys.argv[2]), BuildOptions(extractors=("test-slow",), jobs=1))
"""


def test_a_killed_build_resumes_where_it_stopped(tmp_path):
    import signal
    import subprocess
    import sys
    import time

    folder = tmp_path / "in"
    folder.mkdir()
    for index in range(30):
        (folder / f"{index:02d}.txt").write_text(f"Document number {index}.", encoding="utf-8")
    script = tmp_path / "run.py"
    script.write_text(RESUME_SCRIPT, encoding="utf-8")
    first, second = tmp_path / "first.log", tmp_path / "second.log"
    process = subprocess.Popen([sys.executable, str(script), str(folder), str(tmp_path / "ds"), str(first)])
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not first.exists() or len(first.read_text().split()) < 10):
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    done_before = first.read_text().split()
    assert 10 <= len(done_before) < 30
    subprocess.run([sys.executable, str(script), str(folder), str(tmp_path / "ds"), str(second)], check=True)
    redone = second.read_text().split()
    # Only the rest is extracted (and at most the one document in hand when the build was killed).
    assert len(set(redone) & set(done_before)) <= 1
    assert set(redone) | set(done_before) == {f"{i:02d}.txt" for i in range(30)}
