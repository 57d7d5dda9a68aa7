"""Publishing: versions, checksums, atomicity, locking, determinism."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from timeline_builder.publish import versions as publish_module
from timeline_builder.errors import DatasetError, PublishError
from timeline_builder.build import BuildOptions, build
from timeline_builder.publish.versions import current_version, dataset_lock, read_catalog, read_manifest, verify_version
from timeline_builder.publish.tables import SCHEMA_VERSION

NO_EXTRACTORS = BuildOptions(extractors=())


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("In 1962 the crisis began. It ended.", encoding="utf-8")
    (folder / "b.md").write_text("---\ndate: 2020-01-02\n---\nLast year was busy.", encoding="utf-8")
    return folder


def _files(version_dir: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(version_dir.iterdir())}


def test_build_writes_a_version_with_manifest_and_latest(corpus, tmp_path):
    result = build([str(corpus)], tmp_path / "ds", NO_EXTRACTORS)
    version = result.version
    assert version.created and version.parent is None
    assert (tmp_path / "ds" / "latest").resolve() == version.path.resolve()
    manifest = read_manifest(version.path)
    assert manifest["tables"]["documents"]["rows"] == 2
    assert [i["path"] for i in manifest["inputs"]] == ["corpus/a.txt", "corpus/b.md"]
    assert verify_version(version.path) == []
    assert read_catalog(tmp_path / "ds")[0]["version"] == version.version_id


def test_same_inputs_give_identical_bytes_and_no_new_version(corpus, tmp_path):
    first = build([str(corpus)], tmp_path / "ds", NO_EXTRACTORS).version
    second = build([str(corpus)], tmp_path / "ds", NO_EXTRACTORS).version
    assert not second.created and second.version_id == first.version_id
    assert len(read_catalog(tmp_path / "ds")) == 1
    moved = tmp_path / "elsewhere" / "corpus"
    shutil.copytree(corpus, moved)
    other = build([str(moved)], tmp_path / "other", NO_EXTRACTORS).version
    assert _files(other.path) == _files(first.path)


def test_a_changed_input_makes_a_child_version(corpus, tmp_path):
    first = build([str(corpus)], tmp_path / "ds", NO_EXTRACTORS).version
    (corpus / "a.txt").write_text("Changed.", encoding="utf-8")
    second = build([str(corpus)], tmp_path / "ds", NO_EXTRACTORS).version
    assert second.created and second.parent == first.version_id
    assert current_version(tmp_path / "ds") == second.version_id
    assert read_catalog(tmp_path / "ds")[-1]["inputs_added"] == 1


def test_a_crash_mid_publish_leaves_the_previous_version_intact(corpus, tmp_path, monkeypatch):
    first = build([str(corpus)], tmp_path / "ds", NO_EXTRACTORS).version
    before = _files(first.path)
    (corpus / "a.txt").write_text("Changed again.", encoding="utf-8")
    calls = {"n": 0}
    real_write = publish_module.write_parquet

    def crash_on_third_table(table, path):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt  # as if the user pressed Ctrl-C
        real_write(table, path)

    monkeypatch.setattr(publish_module, "write_parquet", crash_on_third_table)
    with pytest.raises(KeyboardInterrupt):
        build([str(corpus)], tmp_path / "ds", NO_EXTRACTORS)
    assert current_version(tmp_path / "ds") == first.version_id
    assert _files(first.path) == before
    assert [p.name for p in (tmp_path / "ds" / "versions").iterdir()] == [first.version_id]
    assert not list((tmp_path / "ds").glob(".staging-*"))


def test_leftovers_of_a_killed_build_are_cleaned_and_invisible(corpus, tmp_path):
    first = build([str(corpus)], tmp_path / "ds", NO_EXTRACTORS).version
    stale = tmp_path / "ds" / ".staging-99999"
    stale.mkdir()
    (stale / "events.parquet").write_bytes(b"half")
    assert current_version(tmp_path / "ds") == first.version_id
    (corpus / "a.txt").write_text("New.", encoding="utf-8")
    build([str(corpus)], tmp_path / "ds", NO_EXTRACTORS)
    assert not stale.exists()


def test_a_second_concurrent_build_waits_then_fails_clearly(corpus, tmp_path):
    (tmp_path / "ds").mkdir()
    with dataset_lock(tmp_path / "ds"):
        with pytest.raises(PublishError, match="another build"):
            build([str(corpus)], tmp_path / "ds", BuildOptions(extractors=(), wait_seconds=0.3))


def test_verify_finds_flipped_byte_missing_and_extra_files(corpus, tmp_path):
    version = build([str(corpus)], tmp_path / "ds", NO_EXTRACTORS).version
    path = version.path / "timexes.parquet"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    (version.path / "events.parquet").unlink()
    (version.path / "notes.txt").write_text("x")
    problems = verify_version(version.path)
    assert any("timexes.parquet: checksum" in p for p in problems)
    assert any("events.parquet: missing" in p for p in problems)
    assert any("notes.txt: extra" in p for p in problems)


def test_manifest_of_a_newer_schema_is_refused(corpus, tmp_path):
    version = build([str(corpus)], tmp_path / "ds", NO_EXTRACTORS).version
    manifest = version.path / "manifest.json"
    manifest.write_text(manifest.read_text().replace(f'"schema_version": {SCHEMA_VERSION}', '"schema_version": 99'))
    with pytest.raises(DatasetError, match="newer"):
        read_manifest(version.path)


def test_unwritable_dataset_folder_is_a_clear_error(corpus, tmp_path):
    if os.geteuid() == 0:
        target = Path("/proc/timeline-test")  # not writable even for root
    else:
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        target = locked / "ds"
    with pytest.raises(PublishError, match="cannot write"):
        build([str(corpus)], target, NO_EXTRACTORS)
