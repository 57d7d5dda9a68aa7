"""Incremental rebuilds: the 2,225-document BBC corpus after one document changed or was added.

Copies ../shared/data/corpus/bbc to a temporary folder and times, each in a fresh process
(so every run pays its own imports and knowledge loading, as a `timeline build` would):

  full        a build with the extraction cache off (the baseline)
  populate    the first build with the cache on (the baseline plus writing the cache)
  unchanged   the same inputs again (no new version)
  changed N   one document edited (three times, a different document each time)
  added       one document added

and checks that the incremental result is byte-identical to a full build of the same
inputs. The target is full / changed (median) >= 20.

    python benchmarks/bench_incremental.py                 # the built-in extractors available
    python benchmarks/bench_incremental.py --extractors temporal
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "data" / "corpus" / "bbc"

_CHILD = r"""
import json, sys, time
started = time.perf_counter()
from datetime import date
from pathlib import Path
from timeline_builder.build import BuildOptions, build
imported = time.perf_counter()
source, dataset, extractors, use_cache = sys.argv[1], sys.argv[2], tuple(sys.argv[3].split(",")), sys.argv[4] == "1"
options = BuildOptions(dct=date(2005, 1, 1), extractors=tuple(e for e in extractors if e), use_cache=use_cache)
result = build([source], Path(dataset), options)
done = time.perf_counter()
print(json.dumps({"build_s": done - imported, "process_s": done - started, "docs": result.n_documents,
                  "version": result.version.version_id, "created": result.version.created}))
"""


def available_extractors() -> list[str]:
    """The built-in pipeline stages that exist in this checkout, in pipeline order."""
    from timeline_builder.extract import registry

    names = []
    for name in registry.DEFAULT_PIPELINE:
        try:
            registry.create(name)
        except (KeyError, ImportError):
            continue
        names.append(name)
    return names


def run_build(source: Path, dataset: Path, extractors: list[str], use_cache: bool, code: Path) -> dict:
    started = time.perf_counter()
    environment = {**os.environ, "PYTHONPATH": str(code)}
    out = subprocess.run([sys.executable, "-c", _CHILD, str(source), str(dataset), ",".join(extractors),
                          "1" if use_cache else "0"], check=True, capture_output=True, text=True, cwd=REPO,
                         env=environment)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["wall_s"] = time.perf_counter() - started
    return result


def version_files(dataset: Path, version: str) -> dict[str, bytes]:
    folder = dataset / "versions" / version
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--extractors", help="comma-separated stages (default: every built-in one available)")
    parser.add_argument("--repeats", type=int, default=3, help="documents changed one after another (default 3)")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"skipped: {CORPUS} is not there (../shared beside the repository)")
        return 0
    extractors = args.extractors.split(",") if args.extractors else available_extractors()
    print(f"extractors: {', '.join(extractors) or '(none)'}")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = tmp / "bbc"
        shutil.copytree(CORPUS, corpus)
        # A frozen copy of the code: an edit to the working tree mid-run would (rightly) miss the cache.
        code = tmp / "src"
        shutil.copytree(REPO / "src" / "timeline_builder", code / "timeline_builder",
                        ignore=shutil.ignore_patterns("__pycache__"))
        documents = sorted(corpus.rglob("*.txt"))
        timings = {}
        timings["full"] = run_build(corpus, tmp / "full", extractors, use_cache=False, code=code)
        timings["populate"] = run_build(corpus, tmp / "ds", extractors, use_cache=True, code=code)
        timings["unchanged"] = run_build(corpus, tmp / "ds", extractors, use_cache=True, code=code)
        # Three edits of three documents, each timed: the median is the figure (the machine is shared).
        for index, document in enumerate(documents[: args.repeats]):
            document.write_text(document.read_text(encoding="utf-8") + "\nIt was announced on 3 March 2004.\n",
                                encoding="utf-8")
            timings[f"changed {index + 1}"] = run_build(corpus, tmp / "ds", extractors, use_cache=True, code=code)
        (documents[0].parent / "zz-added.txt").write_text(
            "A new story.\n\nThe talks resumed on 12 January 2005 after the 2004 election.\n", encoding="utf-8")
        timings["added"] = run_build(corpus, tmp / "ds", extractors, use_cache=True, code=code)
        reference = run_build(corpus, tmp / "reference", extractors, use_cache=False, code=code)
        identical = (timings["added"]["version"] == reference["version"]
                     and {k: v for k, v in version_files(tmp / "ds", timings["added"]["version"]).items()
                          if k != "manifest.json"}
                     == {k: v for k, v in version_files(tmp / "reference", reference["version"]).items()
                         if k != "manifest.json"})
    full = timings["full"]["build_s"]
    print(f"{'run':10s} {'build()':>9s} {'process':>9s} {'docs':>6s}  speed-up vs full (build / process)")
    for name, t in timings.items():
        print(f"{name:10s} {t['build_s']:8.2f}s {t['process_s']:8.2f}s {t['docs']:6d}  "
              f"{full / t['build_s']:6.1f}x / {timings['full']['process_s'] / t['process_s']:5.1f}x")
    changed = statistics.median(t["build_s"] for name, t in timings.items() if name.startswith("changed"))
    ratio = full / changed
    print(f"one document changed (median {changed:.2f}s): {ratio:.1f}x faster than the full build "
          f"(target >= 20x: {'met' if ratio >= 20 else 'NOT met'})")
    print(f"incremental tables and croissant.json byte-identical to a full build: {identical} "
          "(manifests differ only in their parent)")
    return 0 if identical else 1


if __name__ == "__main__":
    sys.exit(main())
