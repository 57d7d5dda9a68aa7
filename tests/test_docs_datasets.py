"""docs/datasets.md: every dataset command is documented, and its example queries run."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from timeline_builder.cli import main
from timeline_builder.dataset import open_dataset

sys.path.insert(0, str(Path(__file__).resolve().parent))  # --import-mode=importlib: tests/ is not on the path
from dataset_fixtures import build_two_versions

DOC = Path(__file__).resolve().parents[1] / "docs" / "datasets.md"
QUERIES = re.findall(r'^timeline query "\n(.*?)\n"$', DOC.read_text(encoding="utf-8"), re.S | re.M)
# The docs use the ids of the real knowledge base; the fixture's extractor makes its own.
FIXTURE_IDS = {"'cuban-missile-crisis'": "'the-cuban-missile-crisis-of-1962'"}


@pytest.fixture(scope="module")
def version(tmp_path_factory):
    dataset, _, _ = build_two_versions(tmp_path_factory.mktemp("docs"))
    return open_dataset(dataset).version()


def test_the_five_queries_are_there():
    assert len(QUERIES) == 5


@pytest.mark.parametrize("sql", QUERIES, ids=[f"query{i + 1}" for i in range(len(QUERIES))])
def test_documented_query_runs_and_finds_rows(version, sql):
    for documented, fixture in FIXTURE_IDS.items():
        sql = sql.replace(documented, fixture)
    columns, rows = version.query(sql)
    assert columns and rows


@pytest.mark.parametrize("command", ["log", "diff", "verify", "query", "export", "plot"])
def test_every_command_is_documented(command, capsys):
    assert f"## `timeline {command}" in DOC.read_text(encoding="utf-8")
    assert main([command, "--help"]) == 0
    capsys.readouterr()
