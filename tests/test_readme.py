"""The README is a specification: its commands exist and its example queries run."""
from __future__ import annotations

import re
import shutil

import pytest

from timeline_builder.cli import main, make_parser
from timeline_builder.dataset import open_dataset

README = (__import__("pathlib").Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
QUERIES = re.findall(r'^timeline query "(.*?)"$', README, re.S | re.M)


@pytest.fixture(scope="module")
def seed_version(tmp_path_factory):
    from pathlib import Path
    repo = Path(__file__).resolve().parents[1]
    tmp = tmp_path_factory.mktemp("readme")
    shutil.copytree(repo / "seeds", tmp / "seeds")
    assert main(["build", str(tmp / "seeds"), "--dataset", str(tmp / "ds"), "--quiet", "--no-cache"]) == 0
    return open_dataset(tmp / "ds").version()


def test_five_queries_are_shown():
    assert len(QUERIES) == 5


@pytest.mark.parametrize("sql", QUERIES, ids=[f"query{i + 1}" for i in range(len(QUERIES))])
def test_readme_query_finds_rows_in_the_seed_dataset(seed_version, sql, capsys):
    columns, rows = seed_version.query(sql)
    assert columns and rows


def test_every_command_in_the_parser_is_in_the_readme():
    commands = make_parser()._subparsers._group_actions[0].choices
    for name in commands:
        assert f"`timeline {name}" in README, name


def test_quick_start_is_two_commands_and_ci_runs_the_test_one(repo):
    quick = README.split("## Quick start", 1)[1].split("## ", 1)[0]
    blocks = re.findall(r"```bash\n(.*?)\n```", quick, re.S)
    assert len(blocks) == 2 and "timeline build" in blocks[0] and "pytest" in blocks[1]
    ci = (repo / ".ci" / "run").read_text(encoding="utf-8")
    assert "pytest" in ci and '-c constraints.txt -e ".[dev]"' in ci


def test_python_example_runs_after_installing_the_extra_it_names(repo):
    import subprocess
    import sys
    section = README.split("### From Python", 1)[1].split("\n## ", 1)[0]
    install = re.findall(r"```bash\n(.*?)\n```", section, re.S)
    code = re.findall(r"```python\n(.*?)\n```", section, re.S)
    assert install and 'pip install -c constraints.txt -e ".[pandas]"' in install[0] and len(code) == 1
    assert section.index("```bash") < section.index("```python")
    pytest.importorskip("pandas", reason="the [pandas] extra is not installed")
    result = subprocess.run([sys.executable, "-c", code[0]], cwd=repo, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "date_begin" in result.stdout


def test_collection_example_runs_verbatim(repo, tmp_path, monkeypatch, capsys):
    import shlex
    section = README.split("### Article collections", 1)[1].split("\n### ", 1)[0]
    commands = re.findall(r"```bash\n(.*?)\n```", section, re.S)[0].splitlines()
    shutil.copytree(repo / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    for command in commands:
        argv = shlex.split(command)
        assert argv[0] == "timeline" and main(argv[1:]) == 0, command
    out = capsys.readouterr().out
    assert "datasets/archive" in out
    version = open_dataset(tmp_path / "datasets" / "archive").version()
    documents = {d["path"]: d for d in version.table("documents").to_pylist()}
    assert {p: (d["title"], d["dct"].isoformat(), d["dct_source"]) for p, d in documents.items()} == {
        "archive.csv#s1": ("Talks resume in Geneva", "2005-03-02", "metadata"),
        "archive.csv#s2": ("Referendum result", "2005-05-30", "metadata"),
        "archive.csv#s3": ("Summit planned", "2005-06-01", "metadata")}
