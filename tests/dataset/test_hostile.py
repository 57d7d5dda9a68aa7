"""A dataset folder is untrusted input: forged manifests and catalogs, links out of the
dataset, damaged tables and hostile SQL are refused with one line, never followed or run.
(The fault-injection campaign's cases for the reading side, issue 14 items 4, 12, 13, 14.)"""
from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from timeline_builder.build import build
from timeline_builder.cli import main
from timeline_builder.dataset import open_dataset
from timeline_builder.errors import DatasetError, PublishError, UsageError
from timeline_builder.publish import versions as versions_module
from timeline_builder.publish.versions import read_catalog, verify_version

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from dataset_fixtures import OPTIONS, write_corpus

COMMANDS = (["log"], ["diff"], ["verify"], ["query", "SELECT count(*) FROM actors"], ["export", "--format", "csv"],
            ["plot"])


def _latest_dir(dataset: Path) -> Path:
    return dataset / "versions" / os.readlink(dataset / "latest").split("/")[1]


def _edit_manifest(version_dir: Path, change) -> None:
    path = version_dir / "manifest.json"
    manifest = json.loads(path.read_text())
    change(manifest)
    path.write_text(json.dumps(manifest))


def _run(capsys, argv, dataset, tmp_path) -> tuple[int, str, str]:
    extra = []
    if argv[0] in ("log", "verify"):
        extra = [str(dataset)]
    else:
        extra = ["--dataset", str(dataset)]
        if argv[0] == "export":
            extra += ["--out", str(tmp_path / "out")]
        if argv[0] == "plot":
            extra += ["--out", str(tmp_path / "t.svg")]
    code = main([*argv, *extra])
    out, err = capsys.readouterr()
    return code, out, err


def _one_line(err: str) -> bool:
    return "Traceback" not in err and len(err.strip().splitlines()) == 1


# -- item 4: SQL injection and path traversal through a table name --------------------------------

@pytest.mark.parametrize("name", [
    'x" AS SELECT 1; COPY (SELECT 1) TO \'pwned.csv\'; CREATE VIEW "y',
    "../../escaped",
    "/tmp/absolute",
    "events.parquet",
])
def test_a_table_name_that_is_not_a_schema_table_is_refused(capsys, copy, tmp_path, monkeypatch, name):
    version_dir = _latest_dir(copy)
    shutil.copy(version_dir / "events.parquet", version_dir / "evil.parquet")
    _edit_manifest(version_dir, lambda m: m["tables"].__setitem__(name, dict(m["tables"]["events"], file="evil.parquet")))
    monkeypatch.chdir(tmp_path)
    for argv in (["query", "SELECT 1"], ["export", "--format", "csv"]):
        code, _, err = _run(capsys, argv, copy, tmp_path)
        assert code == 2 and _one_line(err) and "is not one of the dataset's tables" in err, err
    assert not (tmp_path / "pwned.csv").exists()
    assert not list(tmp_path.parent.glob("escaped*")) and not Path("/tmp/absolute.csv").exists()
    code, out, _ = _run(capsys, ["verify"], copy, tmp_path)
    assert code == 2 and "is not one of the dataset's tables" in out


@pytest.mark.parametrize("file", ["../../../outside.parquet", "/etc/passwd", "events.parquet/../actors.parquet"])
def test_a_file_entry_out_of_the_version_is_refused(copy, file):
    version_dir = _latest_dir(copy)
    _edit_manifest(version_dir, lambda m: m["tables"]["events"].__setitem__("file", file))
    with pytest.raises(DatasetError, match="is not 'events.parquet'"):
        open_dataset(copy).version().table("events")
    assert any("is not 'events.parquet'" in p for p in verify_version(version_dir))


def test_query_is_sandboxed_unless_allow_files(capsys, copy, tmp_path):
    secret = tmp_path / "secret.csv"
    secret.write_text("a\n42\n")
    version = open_dataset(copy).version()
    for sql in (f"SELECT * FROM read_csv('{secret}')", f"COPY (SELECT 1) TO '{tmp_path / 'written.csv'}'",
                "INSTALL httpfs", "SET enable_external_access = true", f"ATTACH '{tmp_path / 'x.db'}'"):
        with pytest.raises(UsageError):
            version.query(sql)
    assert not (tmp_path / "written.csv").exists() and not (tmp_path / "x.db").exists()
    assert version.query("SELECT count(*) FROM events")[1][0][0] > 0  # the tables still answer
    assert version.query(f"SELECT * FROM read_csv('{secret}')", allow_files=True)[1] == [(42,)]
    code, out, err = _run(capsys, ["query", f"SELECT * FROM read_csv('{secret}')"], copy, tmp_path)
    assert code == 2 and _one_line(err) and "--allow-files" in err
    code, out, err = _run(capsys, ["query", f"SELECT * FROM read_csv('{secret}')", "--allow-files"], copy, tmp_path)
    assert code == 0 and "42" in out


def test_export_replaces_a_link_in_the_output_folder_instead_of_writing_through_it(copy, tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("keep me")
    out = tmp_path / "out"
    out.mkdir()
    os.symlink(outside, out / "events.csv")
    open_dataset(copy).version().export(out, "csv")
    assert outside.read_text() == "keep me"
    assert not (out / "events.csv").is_symlink() and (out / "events.csv").read_text().startswith("event_id")


# -- item 12: forged manifests, hijacked latest, links out of the version --------------------------

@pytest.mark.parametrize("change", [
    lambda m: m["tables"]["events"].__setitem__("rows", m["tables"]["events"]["rows"] + 1),
    lambda m: m["inputs"][0].__setitem__("path", "forged.txt"),
    lambda m: m["options"].__setitem__("language", "xx"),
], ids=["row-count", "input-path", "options"])
def test_verify_finds_a_forged_manifest(copy, change):
    version_dir = _latest_dir(copy)
    _edit_manifest(version_dir, change)
    problems = verify_version(version_dir)
    assert any("the manifest was edited" in p for p in problems), problems


@pytest.mark.parametrize("target", ["../outside", "/tmp", "versions/../../outside", "versions/0123456789abcdef/.."])
def test_a_hijacked_latest_is_refused_and_reported(capsys, copy, tmp_path, target):
    outside = tmp_path / "outside"
    shutil.copytree(_latest_dir(copy), outside)
    os.remove(copy / "latest")
    os.symlink(target, copy / "latest")
    with pytest.raises(DatasetError, match="not to a version inside versions/"):
        open_dataset(copy).version()
    assert "latest" in open_dataset(copy).verify()
    code, _, err = _run(capsys, ["query", "SELECT 1"], copy, tmp_path)
    assert code == 2 and _one_line(err)


def test_symbolic_links_in_a_version_are_not_followed(copy, tmp_path):
    version_dir = _latest_dir(copy)
    real = tmp_path / "elsewhere.parquet"
    shutil.move(version_dir / "actors.parquet", real)
    os.symlink(real, version_dir / "actors.parquet")
    assert "actors.parquet: a symbolic link; not followed" in verify_version(version_dir)
    with pytest.raises(DatasetError, match="symbolic link"):
        open_dataset(copy).version().table("actors")


def test_a_linked_version_folder_is_not_followed(copy, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    shutil.copytree(_latest_dir(copy), elsewhere)
    os.symlink(elsewhere, copy / "versions" / "0123456789abcdef")
    dataset = open_dataset(copy)
    assert "0123456789abcdef" not in {v.id for v in dataset.versions()}
    assert "symbolic link" in dataset.verify()["0123456789abcdef"][0]


# -- item 13: one line, never a traceback, for malformed manifests, catalogs, tables ---------------

@pytest.mark.parametrize("damage", ["{not json", "[]", '{"schema_version": "1"}', '{"schema_version": 1, "tables": 7}',
                                    "\xff\xfe"], ids=["syntax", "array", "string-schema", "tables-not-object", "bytes"])
@pytest.mark.parametrize("argv", COMMANDS, ids=[a[0] for a in COMMANDS])
def test_a_malformed_manifest_is_one_line_in_every_command(capsys, copy, tmp_path, damage, argv):
    (_latest_dir(copy) / "manifest.json").write_bytes(damage.encode("latin-1"))
    code, _, err = _run(capsys, argv, copy, tmp_path)
    assert code == 2 and _one_line(err), err
    assert "manifest.json" in err or "problem(s)" in err


@pytest.mark.parametrize("damage", ["{not json", '{"versions": 3}', '{"versions": [{"version": "../x"}]}', "[1]"])
@pytest.mark.parametrize("argv", COMMANDS, ids=[a[0] for a in COMMANDS])
def test_a_malformed_catalog_is_one_line_in_every_command(capsys, copy, tmp_path, damage, argv):
    (copy / "catalog.json").write_text(damage)
    code, _, err = _run(capsys, argv, copy, tmp_path)
    assert code == 2 and _one_line(err) and "catalog.json" in err, err


def test_a_malformed_catalog_is_rebuilt_by_the_next_build(copy, tmp_path, built):
    (copy / "catalog.json").write_text("{not json")
    corpus = write_corpus(tmp_path / "corpus")
    build([str(corpus)], copy, OPTIONS)
    recovered = {entry["version"] for entry in read_catalog(copy)}
    assert {built[1], built[2]} <= recovered


def test_a_damaged_table_fails_only_the_queries_that_read_it(capsys, copy, tmp_path):
    path = _latest_dir(copy) / "events.parquet"
    data = bytearray(path.read_bytes())
    data[-10] ^= 0xFF  # inside the Parquet footer
    path.write_bytes(bytes(data))
    version = open_dataset(copy).version()
    assert version.query("SELECT count(*) FROM actors")[1][0][0] == 4
    with pytest.raises(DatasetError, match="table events is damaged"):
        version.query("SELECT * FROM events")
    with pytest.raises(DatasetError, match="checksum mismatch"):
        version.table("events")  # readers check checksums
    code, _, err = _run(capsys, ["query", "SELECT count(*) FROM events"], copy, tmp_path)
    assert code == 2 and _one_line(err) and "events" in err


def test_a_damaged_footer_under_a_matching_checksum_fails_one_query(copy):
    """Also when the manifest's checksum was forged to match: the footer is read up front."""
    version_dir = _latest_dir(copy)
    path = version_dir / "timexes.parquet"
    path.write_bytes(path.read_bytes()[:-12] + b"\0" * 12)
    _edit_manifest(version_dir, lambda m: m["tables"]["timexes"].__setitem__(
        "sha256", versions_module.sha256_file(path)))
    version = open_dataset(copy).version()
    assert version.query("SELECT count(*) FROM actors")[1][0][0] == 4
    with pytest.raises(DatasetError, match="table timexes is damaged"):
        version.query("SELECT * FROM timexes")


# -- item 14: the catalog is written before latest moves, and recovered -------------------------

def test_the_catalog_entry_is_written_before_latest_moves(tmp_path, monkeypatch):
    corpus = write_corpus(tmp_path / "corpus")
    dataset = tmp_path / "ds"

    def killed(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(versions_module, "_point_latest", killed)
    with pytest.raises(KeyboardInterrupt):
        build([str(corpus)], dataset, OPTIONS)
    (folder,) = (dataset / "versions").iterdir()
    assert [e["version"] for e in read_catalog(dataset)] == [folder.name]


def test_a_full_disk_at_the_catalog_leaves_latest_and_the_next_build_recovers(tmp_path, monkeypatch):
    corpus = write_corpus(tmp_path / "corpus")
    dataset = tmp_path / "ds"
    first = build([str(corpus)], dataset, OPTIONS).version.version_id
    (corpus / "e.txt").write_text("The Yalta Summit of 1945 came first.", encoding="utf-8")
    real_write = versions_module._write_json

    def full_disk(path, data, atomic=False):
        if path.name == "catalog.json":
            raise OSError(28, "No space left on device")
        return real_write(path, data, atomic)

    monkeypatch.setattr(versions_module, "_write_json", full_disk)
    with pytest.raises(PublishError, match="catalog could not be"):
        build([str(corpus)], dataset, OPTIONS)
    assert os.readlink(dataset / "latest") == f"versions/{first}"
    monkeypatch.undo()
    second = build([str(corpus)], dataset, OPTIONS).version.version_id
    assert os.readlink(dataset / "latest") == f"versions/{second}"
    assert {e["version"] for e in read_catalog(dataset)} == {first, second}
    assert open_dataset(dataset).verify() == {}


def test_a_linked_versions_folder_is_neither_written_nor_read(copy, tmp_path, capsys):
    outside = tmp_path / "outside"
    shutil.move(copy / "versions", outside)
    os.symlink(outside, copy / "versions")
    before = sorted(p.name for p in outside.iterdir())
    corpus = write_corpus(tmp_path / "corpus")
    (corpus / "new.txt").write_text("The Yalta Summit of 1945 came first.", encoding="utf-8")
    with pytest.raises(PublishError, match="refusing to write through it"):
        build([str(corpus)], copy, OPTIONS)
    assert sorted(p.name for p in outside.iterdir()) == before
    with pytest.raises(DatasetError):
        open_dataset(copy).version()
    assert "versions" in open_dataset(copy).verify()
