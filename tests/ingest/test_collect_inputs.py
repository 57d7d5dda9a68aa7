"""Listing the inputs: folders walked on text, with the answers of the pathlib walk they replaced."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline_builder.ingest import FORMATS, SIDECAR_SUFFIX, InputFile, _suffix, collect_inputs


def _pathlib_listing(folder: Path) -> tuple[list[InputFile], list[tuple[str, str]]]:
    """What one folder gave when every file was a Path (the walk before it ran on text)."""
    anchor = Path(os.path.abspath(folder)).parent
    paths = sorted(Path(directory) / name for directory, _, names in os.walk(folder) for name in names
                   if (Path(directory) / name).is_file())
    inputs, problems = {}, []
    for path in paths:
        if any(part.startswith(".") for part in path.relative_to(folder).parts) or path.name.endswith(SIDECAR_SUFFIX):
            continue
        if path.suffix.lower() not in FORMATS:
            problems.append(("unsupported-file", Path(os.path.abspath(path)).relative_to(anchor).as_posix()))
            continue
        rel = Path(os.path.abspath(path)).relative_to(anchor).as_posix()
        inputs[rel] = InputFile(path, rel, FORMATS[path.suffix.lower()])
    return [inputs[k] for k in sorted(inputs)], problems


def _listing(folder: Path):
    files, problems = collect_inputs([str(folder)])
    return files, [(p.code, p.path) for p in problems]


# Names that sort differently as text and as parts ("a-b" < "a/b" as text, "a" < "a-b" as parts),
# hidden ones, sidecars, formats in any case, and a name with no or an empty suffix.
NAMES = ["a", "a-b", "A", "b.txt", "B.TXT", "é.md", ".hidden.txt", "x.txt.meta.json", "note.", "img.png",
         "c.csv", "z.markdown", "..txt", "data.jsonl"]


@st.composite
def trees(draw):
    """A few files at depth 0-3 under folders drawn from NAMES."""
    files = draw(st.lists(st.lists(st.sampled_from(NAMES), min_size=1, max_size=4), min_size=1, max_size=12))
    return [tuple(parts) for parts in files]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(tree=trees())
def test_a_folder_lists_as_the_pathlib_walk_did(tmp_path, tree):
    root = tmp_path / "corpus"
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir()
    for parts in tree:
        target = root.joinpath(*parts)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            if not target.exists():
                target.write_text("Text.", encoding="utf-8")
        except (FileExistsError, NotADirectoryError, IsADirectoryError):
            continue  # a name drawn as both a file and a folder: the first one stays
    files, problems = _listing(root)
    expected_files, expected_problems = _pathlib_listing(root)
    assert files == expected_files
    assert problems == expected_problems


def test_links_broken_links_and_hidden_folders(tmp_path):
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / ".git" / "a.txt").write_text("Hidden.", encoding="utf-8")
    (root / "sub" / "one.txt").write_text("One.", encoding="utf-8")
    (root / "linked.txt").symlink_to(root / "sub" / "one.txt")  # a link to a file is read
    (root / "broken.txt").symlink_to(root / "missing.txt")  # a broken link is no file
    (root / "loop.txt").symlink_to(root / "loop.txt")  # nor is a link to itself
    (root / "outside").symlink_to(root / "sub", target_is_directory=True)  # links to folders are not followed
    files, problems = _listing(root)
    assert [f.relpath for f in files] == ["corpus/linked.txt", "corpus/sub/one.txt"]
    assert (files, problems) == _pathlib_listing(root)


def test_a_folder_named_with_dots_and_a_trailing_slash(tmp_path, monkeypatch):
    (tmp_path / "x" / "corpus" / "in").mkdir(parents=True)
    (tmp_path / "x" / "corpus" / "in" / "a.txt").write_text("A.", encoding="utf-8")
    monkeypatch.chdir(tmp_path / "x" / "corpus")
    for spec in ("../corpus/", ".", "in/..", str(tmp_path / "x" / "corpus")):
        files, _ = collect_inputs([spec])
        assert [f.relpath for f in files] == ["corpus/in/a.txt"], spec


@pytest.mark.parametrize("name", ["a.txt", "a.", ".a", "..", "a.b.c", "a..b", ".a.b", "a", "..a", "a.TXT"])
def test_suffix_is_the_suffix_of_a_path(name):
    assert _suffix(name) == Path(name).suffix


def test_problems_come_in_the_order_of_path_parts(tmp_path):
    """"a/x.png" before "a-b/y.png": folders compare part by part ("a" < "a-b"), not as text."""
    root = tmp_path / "corpus"
    for parts in (("a-b", "y.png"), ("a", "x.png"), ("a", "b.txt")):
        root.joinpath(*parts).parent.mkdir(parents=True, exist_ok=True)
        root.joinpath(*parts).write_text("Text.", encoding="utf-8")
    files, problems = _listing(root)
    assert problems == [("unsupported-file", "corpus/a/x.png"), ("unsupported-file", "corpus/a-b/y.png")]
    assert (files, problems) == _pathlib_listing(root)
