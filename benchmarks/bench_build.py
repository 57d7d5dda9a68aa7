"""Build throughput: `timeline build` on the seed and on the 2,225-document BBC corpus.

Each build runs in a fresh process (so peak memory is its own) into a temporary dataset,
with the extraction cache off. Prints documents/s, MB/s and peak RSS, and the ratio
against ingest alone (reading, decoding and sentence-splitting the same files), the floor
every build pays.

    python benchmarks/bench_build.py            # seed + BBC
    python benchmarks/bench_build.py --only seed
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

_CHILD = r"""
import json, resource, sys, time
from datetime import date
from pathlib import Path
from timeline_builder.build import BuildOptions, build
from timeline_builder.ingest import collect_inputs, load_documents
mode, source, dataset, dct = sys.argv[1:5]
started = time.perf_counter()
if mode == "ingest":
    files, _ = collect_inputs([source])
    docs = [d for d in load_documents(files) if hasattr(d, "text")]
    n_docs, n_chars = len(docs), sum(len(d.text) for d in docs)
else:
    options = BuildOptions(dct=date.fromisoformat(dct) if dct != "-" else None, use_cache=False)
    result = build([source], Path(dataset), options)
    n_docs, n_chars = result.n_documents, result.n_chars
elapsed = time.perf_counter() - started
n_bytes = sum(p.stat().st_size for p in Path(source).rglob("*") if p.is_file())
print(json.dumps({"docs": n_docs, "chars": n_chars, "bytes": n_bytes, "seconds": elapsed,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run(mode: str, source: Path, dct: str) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run([sys.executable, "-c", _CHILD, mode, str(source), str(Path(tmp) / "ds"), dct],
                             check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def report(name: str, build: dict, ingest: dict) -> None:
    mb = build["bytes"] / 1e6
    print(f"{name:5s} build : {build['docs']:5d} docs  {mb:6.2f} MB  {build['seconds']:7.2f} s  "
          f"{build['docs'] / build['seconds']:8.1f} docs/s  {mb / build['seconds']:6.3f} MB/s  "
          f"peak {build['peak_mb']:.0f} MB")
    print(f"{name:5s} ingest: {ingest['seconds']:7.2f} s  ({ingest['docs'] / ingest['seconds']:.0f} docs/s); "
          f"build takes {build['seconds'] / ingest['seconds']:.1f}x ingest alone")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=["seed", "bbc"])
    args = parser.parse_args()
    targets = []
    if args.only in (None, "seed"):
        targets.append(("seed", REPO / "seeds", "-"))
    if args.only in (None, "bbc"):
        bbc = SHARED / "data" / "corpus" / "bbc"
        if not bbc.is_dir():
            print(f"skipping BBC: {bbc} not found (../shared is absent)")
        else:
            targets.append(("bbc", bbc, "2005-01-01"))
    for name, source, dct in targets:
        report(name, run("build", source, dct), run("ingest", source, dct))
    return 0


if __name__ == "__main__":
    sys.exit(main())
