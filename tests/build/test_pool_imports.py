"""A --jobs N build forks its workers before the parent imports pyarrow (a quarter of a CPU-second),
which then loads while they extract; the workers (the map step) never load it. This holds with the
build cache on (the default) as with --no-cache: the table cache loads pyarrow only when it needs it,
and a rebuild holds the cached documents that arrive before the first batch until the workers run."""
from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

_PROBE = r"""
import os, sys
from pathlib import Path
from timeline_builder.build import executors
seen = Path(sys.argv[1])
submit, run_item = executors.ProcessPool._submit, executors.run_item
def submit_noting(self, batch):
    if not (seen / "parent").exists():
        (seen / "parent").write_text(str("pyarrow" in sys.modules))
    return submit(self, batch)
def run_item_noting(spec, item):
    found = run_item(spec, item)
    (seen / f"worker-{os.getpid()}").write_text(str("pyarrow" in sys.modules))
    return found
executors.ProcessPool._submit, executors.run_item = submit_noting, run_item_noting
from timeline_builder.cli import main
sys.exit(main(["build", sys.argv[2], "--dataset", sys.argv[3], "--quiet", "--jobs", "2", *sys.argv[4:]]))
"""
_CLI = (sys.executable, "-c", "import sys\nfrom timeline_builder.cli import main\nsys.exit(main(sys.argv[1:]))")


def _corpus(folder, changed=()):
    folder.mkdir(exist_ok=True)
    for index in range(6):
        extra = " The pier opened on 2 May 2001." if index in changed else ""
        (folder / f"2003-05-0{index + 1}-n{index}.txt").write_text(
            f"The harbour board met on 4 June 1999 and approved a new pier. Copy {index}.{extra}", encoding="utf-8")


def _probed_build(tmp_path, corpus, dataset, *options):
    seen = tmp_path / "seen"
    shutil.rmtree(seen, ignore_errors=True)
    seen.mkdir()
    subprocess.run([sys.executable, "-c", _PROBE, str(seen), str(corpus), str(dataset), *options], check=True,
                   capture_output=True, text=True)
    return (seen / "parent").read_text(), {p.read_text() for p in seen.glob("worker-*")}



def test_the_map_step_modules_import_no_pyarrow():
    code = ("import sys\nimport timeline_builder.cli, timeline_builder.build.pipeline, timeline_builder.build.executors\n"
            "import timeline_builder.build.doc_rows, timeline_builder.build.event_merge, timeline_builder.publish.columns\n"
            "from timeline_builder.build.executors import ExtractionSpec, pipeline_for\n"
            "pipeline_for(ExtractionSpec(('temporal', 'actors', 'events', 'link')))\n"
            "print('pyarrow' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split()[-1] == "False"


@pytest.mark.parametrize("cache", [["--no-cache"], []], ids=["no-cache", "cache"])
def test_a_pool_build_forks_before_pyarrow_and_its_workers_never_load_it(tmp_path, cache):
    corpus = tmp_path / "corpus"
    _corpus(corpus)
    parent, workers = _probed_build(tmp_path, corpus, tmp_path / "ds", *cache)
    assert parent == "False"
    assert workers == {"False"}
    assert (tmp_path / "ds" / "latest").exists()


def test_a_rebuild_forks_before_pyarrow_though_cached_documents_come_first(tmp_path):
    corpus = tmp_path / "corpus"
    _corpus(corpus)
    subprocess.run([*_CLI, "build", str(corpus), "--dataset",
                    str(tmp_path / "ds"), "--quiet", "--jobs", "2"], check=True, capture_output=True)
    _corpus(corpus, changed={4, 5})  # the first four documents' rows are cached, the last two changed
    parent, workers = _probed_build(tmp_path, corpus, tmp_path / "ds")
    assert parent == "False"
    assert workers == {"False"}
    # the same dataset as a first build of the changed corpus
    subprocess.run([*_CLI, "build", str(corpus), "--dataset",
                    str(tmp_path / "fresh"), "--quiet", "--jobs", "1", "--no-cache"], check=True, capture_output=True)
    assert (tmp_path / "ds" / "latest").readlink().name == (tmp_path / "fresh" / "latest").readlink().name


def test_the_table_cache_module_imports_no_pyarrow_until_it_reads_or_writes_tables(tmp_path):
    code = ("import sys\nfrom pathlib import Path\nfrom timeline_builder.build.table_cache import TableCache\n"
            f"cache = TableCache(Path({str(tmp_path)!r}), 'p')\n"
            "print(cache.has('d', 'k'), cache.holds_only({}), 'pyarrow' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split()[-3:] == ["False", "True", "False"]
