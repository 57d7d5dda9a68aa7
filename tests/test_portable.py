"""Portable: no POSIX-only import, a build on the base install alone, extras named in the README."""
from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# Modules a base install on Windows does not have: fcntl (POSIX only) and the extras' packages.
ABSENT = ("fcntl", "matplotlib", "altair", "vl_convert", "pandas", "dask", "distributed")
BLOCKER = f"""
import sys
class Absent:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {ABSENT!r}:
            raise ModuleNotFoundError(f"No module named {{name!r}} (blocked: base install on Windows)")
sys.meta_path.insert(0, Absent())
from timeline_builder.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _cli(tmp_path, *argv):
    return subprocess.run([sys.executable, "-c", BLOCKER, *map(str, argv)], capture_output=True, text=True,
                          cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(REPO / "src")}, timeout=300)


def test_a_build_and_the_dataset_commands_need_only_the_base_install(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "2005-03-02-talks.txt").write_text("In 1962 Moscow and Washington talked. Last year "
                                                          "NATO met in Brussels.", encoding="utf-8")
    for argv in (["--help"], ["plot", "--help"], ["build", "in", "-d", "ds", "--no-cache", "--quiet", "--jobs", "1"],
                 ["show", "-d", "ds"], ["query", "-d", "ds", "SELECT count(*) AS n FROM documents"],
                 ["verify", "-d", "ds"]):
        result = _cli(tmp_path, *argv)
        assert result.returncode == 0, (argv, result.stderr[-2000:])
    result = _cli(tmp_path, "plot", "-d", "ds", "--out", "t.png")
    assert result.returncode == 2 and ".[plot]" in result.stderr and "Traceback" not in result.stderr


def test_extras_are_declared_and_named_in_the_readme():
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    base = " ".join(project["dependencies"])
    assert "matplotlib" not in base and "pandas" not in base and "filelock" in base
    extras = project["optional-dependencies"]
    assert {"plot", "pandas", "dask", "dev"} <= set(extras)
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for extra in ("plot", "pandas", "dask"):
        assert f'pip install -c constraints.txt -e ".[{extra}]"' in readme, extra


def test_no_module_imports_fcntl():
    offenders = [p for p in (REPO / "src").rglob("*.py") if "import fcntl" in p.read_text(encoding="utf-8")]
    assert offenders == []
