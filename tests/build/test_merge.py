"""timeline merge: shards built apart, merged, are byte for byte one build of all their inputs."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_builder.build import BuildOptions, build
from timeline_builder.cli import main

SHARDS = {
    "politics": {
        "001.txt": "In October 1962 the Soviet Union placed missiles in Cuba and the United States protested.",
        "002.txt": "In 1987 Ronald Reagan and Mikhail Gorbachev signed the INF Treaty in Washington.",
        "003.txt": "On 9 November 1989 the Berlin Wall fell. NATO welcomed the news.",
    },
    "business": {  # the same file names as politics, other texts; events and actors shared with it
        "001.txt": "Shares fell in 1962 during the Cuban Missile Crisis, when the United States blockaded Cuba.",
        "002.txt": "After the Berlin Wall fell in 1989, German firms expanded. Germany was reunified in 1990.",
        "004.txt": "The European Union imposed sanctions on Russia in 2014.",
    },
}


@pytest.fixture
def archive(tmp_path) -> Path:
    for shard, files in SHARDS.items():
        (tmp_path / "archive" / shard).mkdir(parents=True)
        for name, text in files.items():
            (tmp_path / "archive" / shard / f"{name}").write_text(text, encoding="utf-8")
    return tmp_path / "archive"


def _files(version_dir: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(version_dir.iterdir())}


def test_merged_shards_are_one_build_of_all_inputs(archive, tmp_path, capsys):
    options = BuildOptions(use_cache=False)
    for shard in SHARDS:
        build([str(archive / shard)], tmp_path / shard, options)
    together = build([str(archive / "politics"), str(archive / "business")], tmp_path / "together", options)
    code = main(["merge", str(tmp_path / "politics"), str(tmp_path / "business"), "--dataset",
                 str(tmp_path / "merged"), "--quiet"])
    assert code == 0
    version_id, path = capsys.readouterr().out.split()
    assert version_id == together.version.version_id
    assert _files(Path(path)) == _files(together.version.path)
    # in the other order too
    main(["merge", str(tmp_path / "business"), str(tmp_path / "politics"), "--dataset", str(tmp_path / "m2"), "-q"])
    assert _files(tmp_path / "m2" / "latest") == _files(together.version.path)


def test_shards_of_other_options_are_refused(archive, tmp_path, capsys):
    build([str(archive / "politics")], tmp_path / "a", BuildOptions(use_cache=False))
    build([str(archive / "business")], tmp_path / "b", BuildOptions(use_cache=False, language="en"))
    assert main(["merge", str(tmp_path / "a"), str(tmp_path / "b"), "--dataset", str(tmp_path / "m")]) == 2
    assert "options" in capsys.readouterr().err


def test_a_document_two_shards_hold_is_taken_once(archive, tmp_path, capsys):
    options = BuildOptions(use_cache=False)
    build([str(archive / "politics")], tmp_path / "politics", options)
    both = [str(archive / "politics"), str(archive / "business")]
    together = build(both, tmp_path / "together", options)
    assert main(["merge", str(tmp_path / "politics"), str(tmp_path / "together"), "--dataset",
                 str(tmp_path / "merged"), "-q"]) == 0
    assert _files(tmp_path / "merged" / "latest") == _files(together.version.path)


def test_one_path_with_two_texts_is_refused(archive, tmp_path, capsys):
    other = tmp_path / "other" / "politics"
    other.mkdir(parents=True)
    (other / "001.txt").write_text("In 1991 the Soviet Union was dissolved.", encoding="utf-8")
    build([str(archive / "politics")], tmp_path / "a", BuildOptions(use_cache=False))
    build([str(other)], tmp_path / "b", BuildOptions(use_cache=False))
    assert main(["merge", str(tmp_path / "a"), str(tmp_path / "b"), "--dataset", str(tmp_path / "m")]) == 2
    assert "politics/001.txt" in capsys.readouterr().err
    assert not (tmp_path / "m" / "latest").exists()
