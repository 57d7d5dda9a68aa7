"""CPU of the link stage alone against a git revision's, on the same documents and events.

Runs the temporal, actor and event stages of this checkout on the first N presidential speeches
(not timed), then times this checkout's link stage and revision REV's, alternating document by
document (the order swapped every other document), over two rounds, and reports the ratio of
their CPU times. The events stage leaves the document's token array in its small cache, where
the link stage finds it in a build; the benchmark makes it the same way before each timed call,
so neither side pays for it. A change of the link rules on a shared machine is measured as a
ratio: separate runs differ by more than it.

usage: .venv/bin/python benchmarks/bench_link.py REV [--limit N]
"""
from __future__ import annotations

import argparse
import importlib
import subprocess
import sys
import tarfile
import tempfile
import time
from dataclasses import replace
from io import BytesIO
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def revision_linker(rev: str, folder: Path):
    """The link stage of git revision ``rev``, imported as a package of its own from ``folder``."""
    archive = subprocess.run(["git", "-C", str(REPO), "archive", rev, "src/timeline_builder"],
                             capture_output=True, check=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    (folder / "src" / "timeline_builder").rename(folder / "timeline_builder_at_rev")
    sys.path.insert(0, str(folder))
    return importlib.import_module("timeline_builder_at_rev.link.event_actors").EventActorLinker()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rev", help="the git revision to compare with (e.g. main)")
    parser.add_argument("--limit", type=int, default=150, help="the first N speeches")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(REPO / "benchmarks"))
    from bench_events import CORPUS, prepared_documents

    if not CORPUS.is_dir():
        print(f"corpus not found at {CORPUS} (../shared is absent)", file=sys.stderr)
        return 2
    from timeline_builder.extract import registry
    from timeline_builder.extract.tokens import TokenArray

    events = registry.create("events")
    docs = [replace(d, found=d.found.merge(events(d))) for d in prepared_documents(args.limit)]
    kb = sum(len(d.document.text.encode()) for d in docs) / 1000
    linkers = {"this": registry.create("link")}
    with tempfile.TemporaryDirectory() as tmp:
        linkers[args.rev] = revision_linker(args.rev, Path(tmp))
        cpu = dict.fromkeys(linkers, 0.0)
        for round_ in range(2):
            for i, doc in enumerate(docs):
                for name in (list(linkers) if (i + round_) % 2 == 0 else list(reversed(linkers))):
                    TokenArray.of(doc.document.text)  # as the events stage leaves it
                    start = time.process_time()
                    linkers[name](doc)
                    cpu[name] += time.process_time() - start
    print(f"{len(docs)} speeches, {kb:.0f} KB, 2 rounds: link of {args.rev} {cpu[args.rev]:.2f} CPU-s, "
          f"this checkout {cpu['this']:.2f} CPU-s; ratio this/{args.rev} {cpu['this'] / cpu[args.rev]:.2f}; "
          f"this link alone {2 * kb / cpu['this']:.0f} KB/s")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO / "src"))
    sys.exit(main(sys.argv[1:]))
