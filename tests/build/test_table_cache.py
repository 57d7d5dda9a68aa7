"""The table cache: unchanged documents' rows copied from the last build give the same bytes."""
from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from timeline_builder.extract import registry
from timeline_builder.build import BuildOptions, build
from timeline_builder.records import Extraction, Timex
from timeline_builder.build.table_cache import COLUMNAR_TABLES


class YearSpotter:
    """Every four-digit year 1900-2099 becomes a DATE timex of the document."""

    name = "table-cache-years"
    version = "1"

    def __call__(self, doc):
        import re

        document = doc.document
        return Extraction(timexes=tuple(
            Timex(document.doc_id, m.start(), m.end(), m.group(), "DATE", m.group(),
                  date_begin=date(int(m.group()), 1, 1), date_end=date(int(m.group()), 12, 31),
                  granularity="year", extractor="years 1")
            for m in re.finditer(r"\b(19|20)\d\d\b", document.text)))


class StrayTimexes(YearSpotter):
    """Like YearSpotter, but names one fixed document as every timex's document."""

    name = "table-cache-stray"

    def __call__(self, doc):
        found = super().__call__(doc)
        return Extraction(timexes=tuple(Timex("same-id", t.char_start, t.char_end, t.text, t.type, t.value)
                                        for t in found.timexes))


registry.register(YearSpotter.name)(YearSpotter)
registry.register(StrayTimexes.name)(StrayTimexes)


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    texts = {"a.txt": "In 1962 the crisis began. It ended in 1963.", "b.txt": "No year here at all.",
             "c.txt": "The treaty of 1987. Then 1991.", "d/e.txt": "Signed in 2010; in force 2011."}
    for name, text in texts.items():
        (folder / name).parent.mkdir(exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _files(version_dir: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(version_dir.iterdir()) if p.name != "manifest.json"}


def _edit_and_compare(corpus: Path, tmp_path: Path, extractor: str, edits) -> tuple[Path, Path]:
    options = BuildOptions(extractors=(extractor,))
    dataset = tmp_path / "ds"
    build([str(corpus)], dataset, options)
    for edit in edits:
        edit(corpus)
        incremental = build([str(corpus)], dataset, options).version
        full = build([str(corpus)], tmp_path / f"full-{len(list(tmp_path.iterdir()))}",
                     BuildOptions(extractors=options.extractors, use_cache=False)).version
        assert incremental.version_id == full.version_id
        assert _files(incremental.path) == _files(full.path)
    return dataset, dataset / ".cache" / "tables"


EDITS = [
    lambda c: (c / "c.txt").write_text("The treaty of 1988, not 1987.", encoding="utf-8"),  # changed
    lambda c: (c / "aa.txt").write_text("Added: 1945 and 1946.", encoding="utf-8"),        # added between
    lambda c: (c / "a.txt").unlink(),                                                      # removed
    lambda c: (c / "d" / "e.txt").write_text("No years any more.", encoding="utf-8"),        # lost its rows
]


def test_incremental_builds_equal_full_ones_as_documents_change_come_and_go(corpus, tmp_path):
    _, tables = _edit_and_compare(corpus, tmp_path, YearSpotter.name, EDITS)
    saved = next(tables.iterdir())
    assert sorted(p.name for p in saved.iterdir()) == sorted([f"{n}.arrow" for n in COLUMNAR_TABLES] + ["index.json"])


def test_a_damaged_table_file_is_ignored(corpus, tmp_path):
    options = BuildOptions(extractors=(YearSpotter.name,))
    dataset = tmp_path / "ds"
    build([str(corpus)], dataset, options)
    for path in (dataset / ".cache" / "tables").rglob("timexes.arrow"):
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 0xFF
        path.write_bytes(bytes(data))
    (corpus / "b.txt").write_text("Now with 1999.", encoding="utf-8")
    incremental = build([str(corpus)], dataset, options).version
    full = build([str(corpus)], tmp_path / "full", BuildOptions(extractors=options.extractors, use_cache=False)).version
    assert _files(incremental.path) == _files(full.path)


def test_rows_naming_another_document_turn_the_table_cache_off(corpus, tmp_path):
    _, tables = _edit_and_compare(corpus, tmp_path, StrayTimexes.name, EDITS[:2])
    assert not tables.exists() or not any(tables.iterdir())


def test_without_the_build_cache_nothing_is_kept(corpus, tmp_path):
    build([str(corpus)], tmp_path / "ds", BuildOptions(extractors=(YearSpotter.name,), use_cache=False))
    assert not (tmp_path / "ds" / ".cache").exists()


def test_old_pipelines_tables_are_pruned(corpus, tmp_path, monkeypatch):
    import timeline_builder.build.cache as cache_module

    dataset = tmp_path / "ds"
    for index in range(6):
        monkeypatch.setattr(cache_module, "ENTRY_FORMAT", f"test-format/{index}")  # a new pipeline key each time
        build([str(corpus)], dataset, BuildOptions(extractors=(YearSpotter.name,)))
    assert len(list((dataset / ".cache" / "tables").iterdir())) == 4
    shutil.rmtree(dataset)
