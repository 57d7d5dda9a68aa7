"""Throughput of the event and linking stages (target: >= 1 MB of text a second on one core).

Reads the US presidential speeches corpus (../shared/data/corpus/presidential-speeches, the
dct of each speech is its file-name date), runs the temporal and actor stages first (not
timed: they are measured by their own benchmarks), then times ``events`` + ``link`` over
all documents, a few rounds, and reports the best round. ``--linear`` also times one
document made of the first speeches joined, at 1x, 2x and 4x its length: the cost per KB
must stay flat (the stages are linear in document length).

``--baseline REV`` also runs the event and link stages of git revision REV in the same
process, alternating with this checkout's document by document (the order swapped every
other document), and reports the ratio of their CPU times and whether their output is the
same: the cost of a change on a shared machine, where separate runs differ by more than it.
With ``--rounds R`` both sides make R passes over the documents and each document counts its
best run on each side (cold each time: a pass evicts the caches of a document before its next turn).
Use R >= 2 there: this checkout's stages have already made one pass (the timing above), so in a
single round only the revision pays its one-time costs (patterns compiled on first use).
``--as-in-build`` gives each document, untimed, the token array the actor stage leaves in a build
(``TokenArray.of(text, as_written=True)``, each side its own package's): in a build the event stage
does not split the text itself, here without the option it does (the arrays of the prepared
documents are long evicted when their turn comes).

``--corpus DIR --dct YYYY-MM-DD`` times another corpus (every file under DIR, each document told on
that dct): short news stories pay the stages' fixed costs a document more often than speeches do
(``--corpus ../shared/data/corpus/bbc --dct 2005-01-01 --limit 400 --spread``: 400 of the 2,225
stories, evenly spread over the five sections). ``--spread`` takes ``--limit`` files evenly spread
over the sorted list instead of the first ones.

usage: .venv/bin/python benchmarks/bench_events.py [--limit N] [--rounds R] [--linear] [--baseline REV] [--as-in-build]
       [--corpus DIR --dct YYYY-MM-DD [--spread]]
"""
from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / ".." / "shared" / "data" / "corpus" / "presidential-speeches"
TARGET_KB_S = 1000.0  # 1 MB/s (KB of 1,000 bytes)


def prepared_documents(limit: int | None, corpus: Path = CORPUS, dct: date | None = None, spread: bool = False):
    """Speeches annotated with timexes and actors (the layers the event stage reads); or the files
    of another ``corpus``, each told on ``dct`` (``spread``: ``limit`` files evenly spread over them)."""
    from timeline_builder.extract import registry
    from timeline_builder.ingest import load_document
    from timeline_builder.records import AnnotatedDocument

    earlier = [registry.create(name) for name in ("temporal", "actors")]
    paths = sorted(p for p in corpus.rglob("*") if p.is_file())
    if spread and limit and len(paths) > limit:
        paths = [paths[i * len(paths) // limit] for i in range(limit)]
    paths = paths[:limit]
    docs = []
    for path in paths:
        told = dct or date.fromisoformat(path.name[:10])
        doc = AnnotatedDocument(load_document(path, dct=told))
        for stage in earlier:
            try:
                doc = replace(doc, found=doc.found.merge(stage(doc)))
            except Exception as exc:  # noqa: BLE001 - as the pipeline does: a failing stage adds nothing
                print(f"note: {stage.name} failed on {path.name}: {type(exc).__name__}: {exc}", file=sys.stderr)
        docs.append(doc)
    return docs


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N speeches")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--linear", action="store_true", help="also check cost per KB at 1x, 2x and 4x one document")
    parser.add_argument("--baseline", metavar="REV", help="also the stages of git revision REV, alternated per document")
    parser.add_argument("--as-in-build", action="store_true",
                        help="give each document the token array the actor stage leaves in a build (made untimed "
                             "just before its events+link), instead of the event stage splitting the text itself")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="another corpus (every file under it); needs --dct")
    parser.add_argument("--dct", type=date.fromisoformat, help="the dct of every document of --corpus")
    parser.add_argument("--spread", action="store_true", help="--limit files evenly spread over the corpus, not the first ones")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}", file=sys.stderr)
        return 2
    if args.corpus != CORPUS and args.dct is None:
        parser.error("--corpus needs --dct (only the speeches' file names give their dates)")
    from timeline_builder.extract import registry

    docs = prepared_documents(args.limit, args.corpus, args.dct, args.spread)
    size_kb = sum(len(d.document.text.encode("utf-8")) for d in docs) / 1000
    events, linker = registry.create("events"), registry.create("link")
    best_cpu = best_wall = float("inf")
    n_events = n_links = 0
    as_actors_leave = actor_token_array("timeline_builder") if args.as_in_build else None
    for _ in range(args.rounds):
        # CPU time of this process is the one-core cost even when other jobs share the machine.
        cpu = wall = 0.0
        n_events = n_links = 0
        for doc in docs:
            if as_actors_leave:
                as_actors_leave(doc.document.text)
            started, started_wall = time.process_time(), time.perf_counter()
            found = events(doc)
            linked = linker(replace(doc, found=doc.found.merge(found)))
            cpu += time.process_time() - started
            wall += time.perf_counter() - started_wall
            n_events += len(found.events)
            n_links += len(linked.event_actors) + len(found.event_actors)
        best_cpu = min(best_cpu, cpu)
        best_wall = min(best_wall, wall)
    rate = size_kb / best_cpu
    print(f"{len(docs)} documents, {size_kb:.0f} KB{' (token arrays as the actor stage leaves them)' if as_actors_leave else ''}: "
          f"events+link {best_cpu:.2f} s CPU = {rate:.0f} KB/s "
          f"({size_kb / best_wall:.0f} KB/s wall clock; {n_events} events, {n_links} links); "
          f"target >= {TARGET_KB_S:.0f} KB/s: {'ok' if rate >= TARGET_KB_S else 'BELOW'}")
    if args.linear:
        linearity(events, linker)
    if args.baseline:
        against_revision(args.baseline, docs, size_kb, events, linker, args.rounds, args.as_in_build)
    return 0


def actor_token_array(package: str):
    """What the actor stage of ``package`` leaves for the next stages of a document in a build: its
    shared token array, split as written (``TokenArray.of(text, as_written=True)``); None for a
    revision without one."""
    import importlib

    try:
        tokens = importlib.import_module(f"{package}.extract.tokens")
    except ImportError:
        return None
    return lambda text: tokens.TokenArray.of(text, as_written=True)


def _forgetting(package: str):
    """A function that empties the per-text caches (``_recent``) of ``package``'s token arrays,
    folded texts and clauses' first verbs, where the package has them."""
    import importlib

    caches = []
    for module in ("extract.tokens", "extract.casefold", "link.clauses"):
        try:
            caches.append(getattr(importlib.import_module(f"{package}.{module}"), "_recent"))
        except (ImportError, AttributeError):
            pass
    return lambda: [cache.clear() for cache in caches]


def against_revision(revision: str, docs, size_kb: float, events, linker, rounds: int = 1,
                     as_in_build: bool = False) -> None:
    """This checkout's events+link against revision's, alternated per document in one process.

    The revision's ``src/timeline_builder`` is unpacked as the package ``timeline_builder_base``
    (its imports are relative), so both run on the same prepared documents."""
    import importlib
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "-C", str(REPO), "archive", revision, "src/timeline_builder"],
                                 capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", tmp], input=archive.stdout, check=True)
        Path(tmp, "src", "timeline_builder").rename(Path(tmp, "timeline_builder_base"))
        sys.path.insert(0, tmp)
        try:
            old_events = importlib.import_module("timeline_builder_base.extract.events").EventExtractor()
            old_linker = importlib.import_module("timeline_builder_base.link.event_actors").EventActorLinker()
        finally:
            sys.path.remove(tmp)
        sides = {"this": (events, linker), revision: (old_events, old_linker)}
        # Each side forgets the token arrays and folded texts it keeps for the last few texts before
        # its turn: otherwise, with few documents, this checkout would read the arrays its actor stage
        # left while the documents were prepared (split as written: slower to look words up in),
        # which made identical code 0.91x itself on two long documents.
        forget = {"this": _forgetting("timeline_builder"), revision: _forgetting("timeline_builder_base")}
        arrays = {"this": actor_token_array("timeline_builder") if as_in_build else None,
                  revision: actor_token_array("timeline_builder_base") if as_in_build else None}
        best = {name: [float("inf")] * len(docs) for name in sides}
        same = True
        # Each round is a pass over all documents, so a document's caches (its token array, its
        # clauses' memoised answers) are long gone when its turn comes again: every run is cold.
        for round_ in range(rounds):
            for i, doc in enumerate(docs):
                outputs = {}
                for name in (list(sides) if (i + round_) % 2 == 0 else list(sides)[::-1]):
                    stage, link = sides[name]
                    forget[name]()  # cold: with a few long documents nothing else would evict them
                    if arrays[name]:
                        arrays[name](doc.document.text)  # untimed: the actor stage's work in a build
                    started = time.process_time()
                    found = stage(doc)
                    linked = link(replace(doc, found=doc.found.merge(found)))
                    best[name][i] = min(best[name][i], time.process_time() - started)
                    outputs[name] = (repr(found), repr(linked))  # records print alike from either package
                same = same and outputs["this"] == outputs[revision]
        cpu = {name: sum(times) for name, times in best.items()}
    runs = f", each document's best of {rounds} rounds" if rounds > 1 else ""
    print(f"same run, alternated per document{runs}: {revision} {cpu[revision]:.2f} s CPU ({size_kb / cpu[revision]:.0f} KB/s), "
          f"this checkout {cpu['this']:.2f} s ({size_kb / cpu['this']:.0f} KB/s): "
          f"{cpu[revision] / cpu['this']:.2f}x; same events and links: {'yes' if same else 'NO'}")


def linearity(events, linker) -> None:
    """CPU seconds per KB for one long document at 1x, 2x and 4x its length."""
    base = prepared_joined(8)
    per_kb = []
    for factor in (1, 2, 4):
        doc = prepared_joined(8 * factor)
        kb = len(doc.document.text.encode("utf-8")) / 1000
        best = float("inf")
        for _ in range(3):  # the best of three: one run of a fraction of a second is noise on a shared machine
            cpu = time.process_time()
            found = events(doc)
            linker(replace(doc, found=doc.found.merge(found)))
            best = min(best, time.process_time() - cpu)
        per_kb.append((factor, kb, best / kb))
    del base
    first = per_kb[0][2]
    for factor, kb, cost in per_kb:
        print(f"one document {factor}x ({kb:.0f} KB): {cost * 1e3:.2f} ms per KB ({cost / first:.2f}x the 1x cost)")


def prepared_joined(n: int):
    """The first ``n`` speeches joined into one document, annotated by the earlier stages."""
    from timeline_builder.extract import registry
    from timeline_builder.ingest import load_document
    from timeline_builder.records import AnnotatedDocument

    paths = sorted(p for p in CORPUS.iterdir() if p.is_file())[:n]
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in paths)
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        joined = Path(tmp) / "joined.txt"
        joined.write_text(text, encoding="utf-8")
        doc = AnnotatedDocument(load_document(joined, dct=date.fromisoformat(paths[-1].name[:10])))
    for stage in (registry.create(name) for name in ("temporal", "actors")):
        doc = replace(doc, found=doc.found.merge(stage(doc)))
    return doc


if __name__ == "__main__":
    sys.path.insert(0, str(REPO / "src"))
    sys.exit(main(sys.argv[1:]))
