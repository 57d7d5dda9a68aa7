"""`timeline build` end to end through the CLI entry point (no subprocess)."""
from __future__ import annotations

import json
import os
import shutil

import pyarrow.parquet as pq
import pytest

from timeline_builder.cli import main


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "2019-06-01-talks.txt").write_text(
        "In 1962, when the Soviet Union and the United States came close to nuclear war, "
        "Moscow and Washington talked. Last year the talks resumed.", encoding="utf-8")
    (folder / "notes.md").write_text("---\ndate: 2020-03-01\n---\nNATO met in Brussels on May 5, 2019.\n",
                                     encoding="utf-8")
    return folder


def test_build_prints_version_and_writes_every_table(corpus, tmp_path, capsys):
    code = main(["build", str(corpus), "--dataset", str(tmp_path / "ds"), "--quiet"])
    assert code == 0
    version_id, path = capsys.readouterr().out.split()
    latest = tmp_path / "ds" / "latest"
    for table in ["documents", "timexes", "actors", "actor_mentions", "events", "event_mentions",
                  "event_actors", "problems"]:
        assert (latest / f"{table}.parquet").is_file(), table
    documents = pq.read_table(latest / "documents.parquet").to_pylist()
    assert {d["path"]: d["dct_source"] for d in documents} == {"in/2019-06-01-talks.txt": "filename",
                                                               "in/notes.md": "metadata"}
    timexes = pq.read_table(latest / "timexes.parquet").to_pylist()
    text = {d["doc_id"]: d["text"] for d in documents}
    assert timexes and all(text[t["doc_id"]][t["char_start"]:t["char_end"]] == t["text"] for t in timexes)
    assert pq.read_table(latest / "actor_mentions.parquet").num_rows > 0
    assert version_id in path


def test_second_build_is_unchanged(corpus, tmp_path, capsys):
    main(["build", str(corpus), "--dataset", str(tmp_path / "ds"), "--quiet"])
    first = capsys.readouterr().out
    main(["build", str(corpus), "--dataset", str(tmp_path / "ds")])
    captured = capsys.readouterr()
    assert captured.out == first
    assert "unchanged" in captured.err


def test_bad_documents_are_reported_and_the_rest_published(corpus, tmp_path, capsys):
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    (corpus / "latin1.txt").write_bytes("Caf\xe9".encode("latin-1"))
    (corpus / "empty.txt").write_text("")
    code = main(["build", str(corpus), "--dataset", str(tmp_path / "ds")])
    err = capsys.readouterr().err
    assert code == 0
    assert "binary.txt" in err and "latin1.txt" in err and "empty.txt" in err
    problems = pq.read_table(tmp_path / "ds" / "latest" / "problems.parquet").to_pylist()
    assert {p["path"] for p in problems if p["severity"] == "error"} == {"in/binary.txt", "in/latin1.txt", "in/empty.txt"}
    assert main(["build", str(corpus), "--dataset", str(tmp_path / "ds"), "--strict", "--quiet"]) == 1


@pytest.mark.parametrize("args, message", [
    (["build", "does-not-exist"], "nothing to build"),
    (["build", "{empty}"], "nothing to build"),
    (["build", "{corpus}", "--dct", "2023-02-30"], "not a real date"),
    (["build", "{corpus}", "--knowledge", "no-such-folder"], "--knowledge folder"),
])
def test_user_errors_are_one_line_and_exit_2(corpus, tmp_path, capsys, args, message):
    (tmp_path / "emptydir").mkdir()
    args = [a.format(corpus=corpus, empty=tmp_path / "emptydir") for a in args]
    code = main(args + ["--dataset", str(tmp_path / "ds")])
    err = capsys.readouterr().err
    assert code == 2
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_default_build_uses_seeds_into_datasets_seed(repo, tmp_path, capsys, monkeypatch):
    shutil.copytree(repo / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    assert main(["build", "--quiet"]) == 0
    assert (tmp_path / "datasets" / "seed" / "latest" / "events.parquet").is_file()


def test_default_build_outside_the_repository_says_what_to_do(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["build"]) == 2
    assert "seeds/" in capsys.readouterr().err


def test_help_of_every_command_has_an_example(capsys):
    from timeline_builder.cli import make_parser
    parser = make_parser()
    commands = parser._subparsers._group_actions[0].choices
    assert {"build", "timexes", "show", "log", "diff", "verify", "query"} <= set(commands)
    assert "Example" in commands["build"].description


def test_seed_dataset_reproduces_byte_for_byte(repo, tmp_path, capsys):
    """The committed datasets/seed/latest is exactly what a fresh build gives."""
    committed = repo / "datasets" / "seed" / "latest"
    assert committed.is_dir(), "datasets/seed/latest is missing: run `timeline build`"
    shutil.copytree(repo / "seeds", tmp_path / "seeds")
    assert main(["build", str(tmp_path / "seeds"), "--dataset", str(tmp_path / "ds"), "--quiet"]) == 0
    fresh = tmp_path / "ds" / "latest"
    names = sorted(p.name for p in committed.iterdir())
    assert names == sorted(p.name for p in fresh.iterdir())
    for name in names:
        if name == "manifest.json":
            # The parent version depends on the dataset's history; everything else must match.
            def strip(path):
                return {k: v for k, v in json.loads(path.read_text()).items() if k != "parent"}
            assert strip(fresh / name) == strip(committed / name)
            continue
        assert (fresh / name).read_bytes() == (committed / name).read_bytes(), name
    assert os.readlink(tmp_path / "ds" / "latest") == os.readlink(repo / "datasets" / "seed" / "latest")
