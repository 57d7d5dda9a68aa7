"""Throughput of the actor stage on the BBC news corpus (../shared/data/corpus/bbc), one core.

usage: python benchmarks/bench_actors.py [--limit N] [--repeat R] [--as-one]

Reports MB/s of text through the actor extractor alone (knowledge loading and the
first-call lexicon build are timed separately), per CPU second of this process (what one
core does, whatever else the machine runs) and per wall-clock second. Target: >= 1 MB/s.
``--as-one`` joins the files into one long document: the stage must stay linear in a
document's length, so its MB/s should match the per-file figure (compare --limit 100 and 800).
"""
from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

from timeline_builder.extract.actors import ActorExtractor
from timeline_builder.records import AnnotatedDocument, Document

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "corpus" / "bbc"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N files")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--as-one", action="store_true", help="one document made of all the files")
    args = parser.parse_args(argv)
    files = sorted(CORPUS.glob("*/*.txt"))
    if not files:
        print(f"no corpus under {CORPUS}", file=sys.stderr)
        return 2
    if args.limit:
        files = files[:args.limit]
    texts = [(path.stem, str(path), path.read_text(encoding="utf-8")) for path in files]
    if args.as_one:
        texts = [("all", "all.txt", "\n\n".join(text for _, _, text in texts))]
    documents = [AnnotatedDocument(Document(stem, path, text, "", dct=date(2005, 1, 1))) for stem, path, text in texts]
    size = sum(len(d.document.text.encode("utf-8")) for d in documents)
    started = time.perf_counter()
    extractor = ActorExtractor()
    setup = time.perf_counter() - started
    best_cpu = best_wall = float("inf")
    mentions = actors = 0
    for _ in range(args.repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        mentions = actors = 0
        for document in documents:
            found = extractor(document)
            mentions += len(found.actor_mentions)
            actors += len(found.actors)
        best_cpu = min(best_cpu, time.process_time() - started_cpu)
        best_wall = min(best_wall, time.perf_counter() - started)
    print(f"files {len(documents)}  bytes {size:,}  setup {setup:.2f}s  cpu {best_cpu:.2f}s  wall {best_wall:.2f}s  "
          f"throughput {size / best_cpu / 1e6:.2f} MB/s per CPU second ({size / best_wall / 1e6:.2f} wall)  "
          f"actors {actors:,}  mentions {mentions:,}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
