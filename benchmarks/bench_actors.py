"""Throughput of the actor stage on the BBC news corpus (../shared/data/corpus/bbc), one core.

usage: python benchmarks/bench_actors.py [--limit N] [--repeat R] [--as-one [--copies K]] [--baseline REV]

Reports MB/s of text through the actor extractor alone (knowledge loading and the
first-call lexicon build are timed separately), per CPU second of this process (what one
core does, whatever else the machine runs) and per wall-clock second. Target: >= 1 MB/s.
``--as-one`` joins the files into one long document: the stage must stay linear in a
document's length, so its MB/s should match the per-file figure; ``--copies K`` repeats that
document K times, the clean test of linearity (the same text, K times the length: MB/s should
not fall; more files instead change the mix of stories and their names per byte).
``--baseline REV`` also times the actor extractor of git revision REV on the same documents,
alternated document by document in CPU time, and prints ours/REV: a change's cost measured
fairly on a busy machine. Documents carry the sentences ingest gives them in a build
(``ingest.sentences.split_sentences``, not timed), as in ``bench_events.py``.
"""
from __future__ import annotations

import argparse
import importlib
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from timeline_builder.extract.actors import ActorExtractor
from timeline_builder.ingest.sentences import split_sentences
from timeline_builder.records import AnnotatedDocument, Document

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / ".." / "shared" / "data" / "corpus" / "bbc"


def _load(source: Path):
    """(ActorExtractor class, records module) of the package under ``source``."""
    for name in [m for m in sys.modules if m == "timeline_builder" or m.startswith("timeline_builder.")]:
        del sys.modules[name]
    sys.path.insert(0, str(source))
    try:
        return (importlib.import_module("timeline_builder.extract.actors").ActorExtractor,
                importlib.import_module("timeline_builder.records"))
    finally:
        sys.path.remove(str(source))


def bench_baseline(texts: list[tuple[str, str, str]], revision: str, rounds: int) -> tuple[float, float]:
    """CPU seconds of this tree's and ``revision``'s extractor over the texts, alternated per document."""
    folder = Path(tempfile.mkdtemp(prefix="bench-actors-baseline-"))
    try:
        archive = subprocess.run(["git", "-C", str(REPO), "archive", revision, "src"], capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", str(folder)], input=archive.stdout, check=True)
        sides = []
        for source in (REPO / "src", folder / "src"):
            extractor_class, records = _load(source)
            documents = [records.AnnotatedDocument(records.Document(
                stem, path, text, "", dct=date(2005, 1, 1), sentences=tuple(
                    records.Sentence(s.start, s.end) for s in split_sentences(text))))
                for stem, path, text in texts]
            sides.append((extractor_class(), documents))
        spent = [0.0, 0.0]
        for round_ in range(rounds):
            for k in range(len(texts)):
                # Which side reads a document first alternates, so neither always finds the
                # text warm in the processor's caches.
                for side in ((0, 1) if (k + round_) % 2 == 0 else (1, 0)):
                    extractor, documents = sides[side]
                    started = time.process_time()
                    extractor(documents[k])
                    spent[side] += time.process_time() - started
        return spent[0], spent[1]
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N files")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--as-one", action="store_true", help="one document made of all the files")
    parser.add_argument("--copies", type=int, default=1, help="with --as-one: the document repeated K times")
    parser.add_argument("--baseline", metavar="REV", help="also time the actor extractor of git revision REV")
    args = parser.parse_args(argv)
    files = sorted(CORPUS.glob("*/*.txt"))
    if not files:
        print(f"no corpus under {CORPUS}", file=sys.stderr)
        return 2
    if args.limit:
        files = files[:args.limit]
    texts = [(path.stem, str(path), path.read_text(encoding="utf-8")) for path in files]
    if args.as_one:
        texts = [("all", "all.txt", "\n\n".join([text for _, _, text in texts] * max(args.copies, 1)))]
    documents = [AnnotatedDocument(Document(stem, path, text, "", dct=date(2005, 1, 1), sentences=split_sentences(text)))
                 for stem, path, text in texts]
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
    if args.baseline:
        ours, theirs = bench_baseline(texts, args.baseline, max(args.repeat, 3))
        print(f"alternated per document, CPU: ours {size * max(args.repeat, 3) / ours / 1e6:.2f} MB/s, "
              f"{args.baseline[:12]} {size * max(args.repeat, 3) / theirs / 1e6:.2f} MB/s, "
              f"ours/{args.baseline[:12]} {theirs / ours:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
