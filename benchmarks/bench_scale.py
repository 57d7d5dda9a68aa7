"""Builds at scale: speed a core, --jobs 2 against --jobs 1, the stage profile, memory, 100,000 documents.

Every figure is a ratio or a CPU-time rate measured in the same run (the machine is
shared, so wall-clock seconds alone say little). The corpus is BBC news
(../shared/data/corpus/bbc); each build runs in a child process with the cache off (``speed --cache``:
first builds with it on, as `timeline build` runs by default).

    python benchmarks/bench_scale.py speed  [--limit N] [--baseline REV] [--cache]  # MB/s a core; x search_dates; jobs 2 / jobs 1
    python benchmarks/bench_scale.py stages [--limit N]   # where a build's CPU time goes, stage by stage
    python benchmarks/bench_scale.py memory [--limit N] [--times 8]   # peak memory of BBC xT against BBC x1
    python benchmarks/bench_scale.py scale  [--docs 100000] [--chars 400] [--jobs 2]   # a synthetic archive
    python benchmarks/bench_scale.py startup                # `timeline --help` against a bare interpreter
    python benchmarks/bench_scale.py knowledge [--rounds R]  # creating the extractors, part by part, against
        # reading the knowledge bases back from pickles (what a pickled knowledge cache could save)
    python benchmarks/bench_scale.py long [--limit N] [--rounds R]  # one document of N stories against the N (target <= 1.2x)
    python benchmarks/bench_scale.py documents [--docs 400000] [--chars 500] [--order random|path] [--query]
        # the documents table of a large archive merged and written (no extraction): CPU and peak memory
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BBC = REPO.parent / "shared" / "data" / "corpus" / "bbc"
DCT = "2005-01-01"


def bbc_files(limit: int = 0) -> list[Path]:
    files = sorted(BBC.glob("*/*.txt"))
    if not files:
        sys.exit(f"no corpus under {BBC} (../shared is absent)")
    if limit:  # spread over the five sections, not the first section only
        step = max(1, len(files) // limit)
        files = files[::step][:limit]
    return files


def copy_corpus(files: list[Path], folder: Path, times: int = 1) -> int:
    """``files`` copied ``times`` over under ``folder`` (copy k in folder/k/...); returns the bytes."""
    total = 0
    for copy in range(times):
        for path in files:
            target = folder / f"c{copy}" / path.parent.name / path.name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
            total += path.stat().st_size
    return total


def timed_build(source: Path, dataset: Path, *options: str, src: Path | None = None, cache: bool = False) -> dict:
    """`timeline build` in a child: wall seconds, CPU seconds of it and its workers, peak RSS of each.
    ``src``: run the package from that source folder instead (an older revision's). ``cache``: with
    the build cache on (the default of `timeline build`; a first build of ``dataset``, writing it)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    probe = ("import resource, sys\nfrom timeline_builder.cli import main\n" + _PHASES +
             "code = main(sys.argv[1:])\n"
             "me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)\n"
             "print('PEAK', me.ru_maxrss, kids.ru_maxrss, me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime,"
             " marks.get('pool', -1), marks.get('extracted', -1), file=sys.stderr)\nsys.exit(code)\n")
    done = subprocess.run([sys.executable, "-c", probe, "build", str(source), "--dataset", str(dataset),
                           *(() if cache else ("--no-cache",)), "--quiet", "--dct", DCT, *options],
                          capture_output=True, text=True,
                          env=dict(os.environ, PYTHONPATH=str(src)) if src else None)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode:
        sys.exit(f"build failed: {done.stderr[-2000:]}")
    own, workers, own_cpu, workers_cpu, pool, extracted = next(line for line in done.stderr.splitlines()
                                                               if line.startswith("PEAK")).split()[1:]
    return {"wall": wall, "cpu": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
            "main_cpu": float(own_cpu), "workers_cpu": float(workers_cpu),
            "before_pool_cpu": float(pool), "until_extracted_cpu": float(extracted),
            "peak_mb": int(own) / 1024, "worker_peak_mb": int(workers) / 1024}


# The parent's CPU time when its worker pool starts and when extraction has ended (-1: no pool):
# what it does before and after the workers run is on the critical path of a --jobs build.
_PHASES = """
from timeline_builder.build import executors
def _cpu():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime
marks = {}
_submit, _close = executors.ProcessPool._submit, executors.ProcessPool.close
def _submit_marked(self, batch):
    marks.setdefault('pool', _cpu())
    return _submit(self, batch)
def _close_marked(self):
    marks.setdefault('extracted', _cpu())
    return _close(self)
executors.ProcessPool._submit, executors.ProcessPool.close = _submit_marked, _close_marked
"""


def speed(args) -> None:
    files = bbc_files(args.limit)
    texts = [p.read_text(encoding="utf-8") for p in files]
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "bbc"
        copy_corpus(files, corpus)
        one = timed_build(corpus, Path(tmp) / "one", "--jobs", "1", cache=args.cache)
        two = timed_build(corpus, Path(tmp) / "two", "--jobs", "2", cache=args.cache)
        three = timed_build(corpus, Path(tmp) / "one-again", "--jobs", "1", cache=args.cache)  # jobs 1 on both sides
    from datetime import datetime

    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": datetime(2005, 1, 1), "PREFER_DATES_FROM": "past"}
    search_dates("warm-up on 1 May 2004", languages=["en"], settings=settings)
    sample = texts[:: max(1, len(texts) // 100)]  # search_dates is slow: a spread sample of the same texts
    started = time.process_time()
    for text in sample:
        search_dates(text, languages=["en"], settings=settings)
    dateparser_rate = sum(len(t.encode("utf-8")) for t in sample) / 1e6 / (time.process_time() - started)
    if args.baseline:
        baseline_speed(args.baseline, files, min(one["cpu"], three["cpu"]), args.rounds)
    jobs1_wall = min(one["wall"], three["wall"])
    build_rate = megabytes / min(one["cpu"], three["cpu"])
    print(f"BBC {len(files)} documents, {megabytes:.2f} MB")
    print(f"build --jobs 1: {build_rate:.3f} MB per CPU-second (a core); wall {one['wall']:.1f} s, {three['wall']:.1f} s")
    print(f"dateparser search_dates on {len(sample)} of the same texts: {dateparser_rate:.3f} MB per CPU-second")
    print(f"build / search_dates: {build_rate / dateparser_rate:.2f}x")
    print(f"--jobs 2: wall {two['wall']:.1f} s; speed-up over --jobs 1: {jobs1_wall / two['wall']:.2f}x "
          f"(CPU {two['cpu']:.1f} s against {min(one['cpu'], three['cpu']):.1f} s)")
    # On a busy machine the wall clock says how much CPU others left us; the CPU each process
    # needed says what two free cores would give. The critical path: the parent's work before
    # its pool starts (imports, knowledge), then the workers' extraction (each worker half of it;
    # the parent meanwhile files the rows that come back), then the parent's merge and publish.
    before, until = two["before_pool_cpu"], two["until_extracted_cpu"]
    critical = before + max(until - before, two["workers_cpu"] / 2) + (two["main_cpu"] - until)
    print(f"--jobs 2 on two free cores (critical path from each process's CPU: parent {before:.1f} s before the "
          f"pool, {until - before:.1f} s during, {two['main_cpu'] - until:.1f} s after; workers "
          f"{two['workers_cpu']:.1f} s together): {min(one['cpu'], three['cpu']) / critical:.2f}x")


def baseline_speed(revision: str, files: list[Path], ours_cpu: float, rounds: int = 2) -> None:
    """The --jobs 1 build of git revision ``revision`` on the same documents, alternated with
    this checkout's (``rounds`` rounds each, the best of each, and each round's ratio): the ratio
    of a change, on a shared machine."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "-C", str(REPO), "archive", revision, "src"], capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", tmp], input=archive.stdout, check=True)
        corpus = Path(tmp) / "bbc"
        copy_corpus(files, corpus)
        # (a first build of the old source writes its .pyc files: not counted)
        timed_build(corpus, Path(tmp) / "warm", "--jobs", "1", src=Path(tmp) / "src")
        theirs, ours = [], [ours_cpu]
        for round_ in range(rounds):
            theirs.append(timed_build(corpus, Path(tmp) / f"old{round_}", "--jobs", "1", src=Path(tmp) / "src")["cpu"])
            ours.append(timed_build(corpus, Path(tmp) / f"new{round_}", "--jobs", "1")["cpu"])
    per_round = ", ".join(f"{old / new:.2f}" for old, new in zip(theirs, ours[1:]))
    print(f"build --jobs 1 of {revision}: {min(theirs):.1f} CPU-s, this checkout {min(ours):.1f} CPU-s: "
          f"this checkout runs {min(theirs) / min(ours):.2f}x the speed of {revision} (round by round: {per_round})")


def stages(args) -> None:
    """Where a --jobs 1 build's CPU time goes: every stage wrapped with a CPU timer, in one process."""
    files = bbc_files(args.limit)
    with tempfile.TemporaryDirectory() as tmp:
        copy_corpus(files, Path(tmp) / "bbc")
        done = subprocess.run([sys.executable, "-c", _STAGES, str(Path(tmp) / "bbc"), str(Path(tmp) / "ds")],
                              capture_output=True, text=True)
    if done.returncode:
        sys.exit(done.stderr[-2000:])
    print(done.stdout, end="")


_STAGES = r"""
import sys, time
from collections import defaultdict
from datetime import date
from pathlib import Path
import timeline_builder.build.pipeline as pipeline
import timeline_builder.build.rows as rows
from timeline_builder.build import BuildOptions
from timeline_builder.extract import registry

spent = defaultdict(float)
clock = time.process_time

def timed(name, function):
    def wrapper(*args, **kwargs):
        started = clock()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] += clock() - started
    return wrapper

def timed_iterator(name, function):
    def wrapper(*args, **kwargs):
        iterator = iter(function(*args, **kwargs))
        while True:
            started = clock()
            try:
                item = next(iterator)
            except StopIteration:
                spent[name] += clock() - started
                return
            spent[name] += clock() - started
            yield item
    return wrapper

class Timed:
    def __init__(self, inner):
        self.inner, self.name, self.version = inner, inner.name, inner.version
    def __call__(self, doc):
        started = clock()
        try:
            return self.inner(doc)
        finally:
            spent["extract: " + self.name] += clock() - started

create = registry.create
registry.create = lambda name, **options: Timed(create(name, **options))
import timeline_builder.ingest as ingest
# (--jobs 1 reads the files in the map step, executors.run_item, which imports it from ingest)
ingest.load_documents = pipeline.load_documents = timed_iterator("ingest (read, decode, language, sentences)",
                                                                 ingest.load_documents)
pipeline.Pipeline.__init__ = timed("knowledge (the extractors created)", pipeline.Pipeline.__init__)
pipeline.collect_inputs = timed("ingest (list the inputs)", pipeline.collect_inputs)
rows.extraction_rows = timed("rows (records -> table rows)", rows.extraction_rows)
pipeline._tables = timed("merge (rows -> Arrow tables)", pipeline._tables)
import timeline_builder.publish.versions as versions  # (imported by the build when it publishes)
versions.publish = timed("publish (Parquet, checksums, Croissant)", versions.publish)
from timeline_builder import regex_cache
started = clock()
with regex_cache.kept() as kept:  # as `timeline build` runs (TIMELINE_REGEX_CACHE=off: compile every pattern)
    result = pipeline.build([sys.argv[1]], Path(sys.argv[2]), BuildOptions(dct=date(2005, 1, 1), use_cache=False, jobs=1))
total = clock() - started
megabytes = result.n_chars / 1e6
accounted = sum(spent.values())
print(f"{result.n_documents} documents, {megabytes:.2f} M characters, {total:.1f} CPU-s, {megabytes / total:.3f} M chars per CPU-s"
      f" (compiled patterns: {f'{kept.hits} read back, {kept.misses} compiled' if kept else 'off'})")
for name, seconds in sorted(spent.items(), key=lambda item: -item[1]):
    if seconds:
        print(f"  {name:45s} {seconds:7.2f} s  {100 * seconds / total:5.1f} %")
print(f"  {'other (imports, collector, cache, loop)':45s} {total - accounted:7.2f} s  {100 * (total - accounted) / total:5.1f} %")
"""


def memory(args) -> None:
    files = bbc_files(args.limit)
    results = {}
    for times in (1, args.times):
        with tempfile.TemporaryDirectory() as tmp:
            size = copy_corpus(files, Path(tmp) / "bbc", times)
            results[times] = timed_build(Path(tmp) / "bbc", Path(tmp) / "ds", "--jobs", "1")
            results[times]["mb"] = size / 1e6
    one, many = results[1], results[args.times]
    for times, result in results.items():
        print(f"BBC x{times}: {result['mb']:.1f} MB of text, peak RSS {result['peak_mb']:.0f} MB, "
              f"CPU {result['cpu']:.1f} s")
    print(f"peak x{args.times} / x1: {many['peak_mb'] / one['peak_mb']:.2f} (target <= 1.3); "
          f"{(many['peak_mb'] - one['peak_mb']) * 1024 / ((args.times - 1) * len(files)):.1f} KB per extra document")


def scale(args) -> None:
    """A synthetic archive: ``--docs`` documents of about ``--chars`` characters cut from BBC stories,
    each with its own id (a numbered file), built with ``--jobs``."""
    files = bbc_files()
    texts = [p.read_text(encoding="utf-8") for p in files]
    with tempfile.TemporaryDirectory(dir=args.tmp) as tmp:
        corpus = Path(tmp) / "archive"
        size = 0
        for number in range(args.docs):
            text = texts[number % len(texts)]
            start = (number // len(texts)) * args.chars % max(1, len(text) - args.chars)
            piece = f"Story {number}. " + text[start:start + args.chars]
            folder = corpus / f"{number // 1000:03d}"
            if number % 1000 == 0:
                folder.mkdir(parents=True)
            (folder / f"{number:06d}.txt").write_text(piece, encoding="utf-8")
            size += len(piece.encode("utf-8"))
        result = timed_build(corpus, Path(tmp) / "ds", "--jobs", str(args.jobs))
        rows = subprocess.run([sys.executable, "-c", "import sys, pyarrow.parquet as pq; "
                               "print(pq.ParquetFile(sys.argv[1]).metadata.num_rows)",
                               str(Path(tmp) / "ds" / "latest" / "documents.parquet")],
                              capture_output=True, text=True, check=True).stdout.strip()
    print(f"{args.docs} documents ({size / 1e6:.1f} MB), --jobs {args.jobs}: {rows} documents published, "
          f"wall {result['wall']:.0f} s, CPU {result['cpu']:.0f} s ({size / 1e6 / result['cpu']:.3f} MB per CPU-s; "
          f"main process {result['main_cpu']:.0f} s, workers {result['workers_cpu']:.0f} s), "
          f"peak RSS {result['peak_mb']:.0f} MB (main process), {result['worker_peak_mb']:.0f} MB (largest worker)")


def long_document(args) -> None:
    """The same text built as one long document and as the separate stories it joins (``--jobs 1``,
    ``--rounds`` alternated rounds, the best CPU of each side): a build must cost what its text costs,
    not grow faster than the text (target: the long document within 1.2x of the stories)."""
    files = bbc_files(args.limit)
    with tempfile.TemporaryDirectory() as tmp:
        stories = Path(tmp) / "bbc"
        size = copy_corpus(files, stories)
        joined = Path(tmp) / "one" / "joined.txt"
        joined.parent.mkdir()
        joined.write_text("\n\n".join(p.read_text(encoding="utf-8").strip() for p in files) + "\n", encoding="utf-8")
        many, one = [], []
        for round_ in range(args.rounds):
            many.append(timed_build(stories, Path(tmp) / f"many{round_}", "--jobs", "1")["cpu"])
            one.append(timed_build(joined.parent, Path(tmp) / f"one{round_}", "--jobs", "1")["cpu"])
    per_round = ", ".join(f"{o / m:.2f}" for m, o in zip(many, one))
    print(f"BBC {len(files)} stories ({size / 1e6:.2f} MB): as {len(files)} documents {min(many):.1f} CPU-s, "
          f"as one document {min(one):.1f} CPU-s: {min(one) / min(many):.2f}x (target <= 1.2; round by round: {per_round})")


def startup(args) -> None:
    timeline = shutil.which("timeline") or sys.exit("the timeline command is not installed")

    def cost(command: list[str]) -> tuple[float, float]:
        walls, cpus = [], []
        for _ in range(15):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
            walls.append(time.perf_counter() - started)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        return statistics.median(walls), statistics.median(cpus)

    bare, help_ = cost([sys.executable, "-c", "pass"]), cost([timeline, "--help"])
    print(f"python -c pass : wall {bare[0]:.3f} s, CPU {bare[1]:.3f} s")
    print(f"timeline --help: wall {help_[0]:.3f} s, CPU {help_[1]:.3f} s (target < 0.3 s)")


def knowledge(args) -> None:
    """What creating the extractors costs a process (it comes before a --jobs build's pool and in
    every small build), part by part, each in a fresh child as `timeline build` runs (compiled
    patterns read back): the imports, each knowledge base parsed from its TSV files, each extractor
    made from the loaded knowledge; and, in other fresh children, the same knowledge bases read back
    from pickles: the most a pickled knowledge cache could save on parsing."""
    with tempfile.TemporaryDirectory() as tmp:
        rounds: dict[str, list[float]] = {}
        for round_ in range(args.rounds):
            for mode in ("create", "unpickle"):
                done = subprocess.run([sys.executable, "-c", _KNOWLEDGE, mode, tmp], capture_output=True, text=True)
                if done.returncode:
                    sys.exit(done.stderr[-2000:])
                for line in done.stdout.splitlines():
                    name, _, seconds = line.rpartition(" ")
                    rounds.setdefault(f"{mode}: {name}", []).append(float(seconds))
    for name, seconds in rounds.items():
        print(f"{name:55s} {statistics.median(seconds):6.3f} CPU-s (median of {len(seconds)}; "
              f"{min(seconds):.3f}-{max(seconds):.3f})")
    parsed = sum(statistics.median(v) for k, v in rounds.items() if k.startswith("create: parse "))
    unpickled = sum(statistics.median(v) for k, v in rounds.items() if k.startswith("unpickle: "))
    print(f"knowledge bases parsed {parsed:.3f} CPU-s, read back from pickles {unpickled:.3f} CPU-s: "
          f"a pickled knowledge cache would save at most {parsed - unpickled:.3f} CPU-s a process")


_KNOWLEDGE = r"""
import pickle, resource, sys
from pathlib import Path
def cpu():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime
mode, folder = sys.argv[1], Path(sys.argv[2])
from timeline_builder import regex_cache
with regex_cache.kept():  # as `timeline build` runs
    started = cpu()
    from timeline_builder.build import pipeline
    from timeline_builder.extract import registry
    import timeline_builder.extract.temporal, timeline_builder.extract.actors, timeline_builder.extract.events
    import timeline_builder.link.event_actors
    from timeline_builder.knowledge.actors import load_actor_knowledge
    from timeline_builder.knowledge.events import load_event_knowledge
    from timeline_builder.knowledge.triggers import load_trigger_knowledge
    from timeline_builder.knowledge.nonevents import load_nonevent_cues
    imported = cpu()
    loaders = (load_actor_knowledge, load_event_knowledge, load_trigger_knowledge, load_nonevent_cues)
    if mode == "create":
        print("imports (build, the four extractors' modules)", imported - started)
        for loader in loaders:
            begun = cpu()
            loaded = loader()
            print(f"parse {loader.__name__}", cpu() - begun)
            (folder / loader.__name__).write_bytes(pickle.dumps(loaded, protocol=pickle.HIGHEST_PROTOCOL))
        for name in registry.DEFAULT_PIPELINE:
            begun = cpu()
            registry.create(name)
            print(f"create {name} (knowledge loaded)", cpu() - begun)
        print("total (imports, knowledge, extractors)", cpu() - started)
    else:
        for loader in loaders:
            data = (folder / loader.__name__).read_bytes()
            begun = cpu()
            pickle.loads(data)
            print(f"{loader.__name__}", cpu() - begun)
"""


def documents(args) -> None:
    """The publish side of a large archive alone: ``--docs`` documents of ``--chars`` characters added
    to a Collector in ``--order`` (random: as the records of a JSONL file without ids arrive), and
    the documents table written as a build writes it. ``--query``: sort it with the documents query
    in DuckDB instead (what builds did before bucket_sort)."""
    with tempfile.TemporaryDirectory(dir=args.tmp) as tmp:
        done = subprocess.run([sys.executable, "-c", _DOCUMENTS, tmp, str(args.docs), str(args.chars), args.order,
                               "query" if args.query else "buckets"], capture_output=True, text=True)
    if done.returncode:
        sys.exit(done.stderr[-2000:])
    print(done.stdout, end="")


_DOCUMENTS = r"""
import random, resource, sys, time
from pathlib import Path
import pyarrow as pa
from timeline_builder.build import columnar
from timeline_builder.build.rows import Collector, extraction_rows
from timeline_builder.publish.tables import SCHEMAS, StreamedTable
from timeline_builder.publish.versions import write_parquet
from timeline_builder.records import Document, Extraction, Sentence

work, docs, chars, order, how = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
numbers = list(range(docs))
if order == "random":
    random.Random(0).shuffle(numbers)
words = "the minister said on monday that talks on the new rules would resume next month in brussels".split()
started = time.process_time()
collector = Collector(work / "rows")
for number in numbers:
    text = f"Story {number}. " + " ".join(words[(number + i) % len(words)] for i in range(chars // 5))
    text = text[:chars]
    document = Document(f"{number:016x}", f"archive.jsonl#{number:06d}", text, "", sentences=(Sentence(0, len(text)),))
    collector.add_rows(document, extraction_rows(document, Extraction()))
collector.parts.flush()
added = time.process_time() - started
peak_added = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
started = time.process_time()
merge = collector.merge
if how == "query":
    files = merge.files("documents")
    schema = SCHEMAS["documents"]
    table = StreamedTable(schema, lambda: (pa.RecordBatch.from_arrays([c.cast(f.type) for c, f in zip(b.columns, schema)],
                                                                     schema=schema) for b in
                                           merge._select(files, columnar.QUERIES["documents"]).to_arrow_reader(8192)))
else:
    table = merge.streamed("documents")
write_parquet(table, work / "documents.parquet")
written = time.process_time() - started
collector.close()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
how = "the documents query in DuckDB" if how == "query" else "the build's merge"
print(f"{docs} documents of {chars} characters in {order} order, through {how}: {table.num_rows} rows written; "
      f"adding {added:.0f} CPU-s (peak RSS {peak_added:.0f} MB), merging and writing {written:.1f} CPU-s, "
      f"peak RSS {peak:.0f} MB")
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="what", required=True)
    for name in ("speed", "stages", "memory"):
        sub = commands.add_parser(name)
        sub.add_argument("--limit", type=int, default=0, help="a spread sample of N BBC documents (default all)")
        if name == "memory":
            sub.add_argument("--times", type=int, default=8)
        if name == "speed":
            sub.add_argument("--baseline", metavar="REV", help="also time the --jobs 1 build of git revision REV")
            sub.add_argument("--rounds", type=int, default=2, help="alternated rounds against --baseline (default 2)")
            sub.add_argument("--cache", action="store_true",
                             help="first builds with the build cache on (the default of `timeline build`), not --no-cache")
    sub = commands.add_parser("scale")
    sub.add_argument("--docs", type=int, default=100_000)
    sub.add_argument("--chars", type=int, default=400)
    sub.add_argument("--jobs", type=int, default=2)
    sub.add_argument("--tmp", default=None, help="where to write the archive (default the system's temp folder)")
    commands.add_parser("startup")
    sub = commands.add_parser("knowledge")
    sub.add_argument("--rounds", type=int, default=5, help="fresh processes of each kind (default 5)")
    sub = commands.add_parser("long")
    sub.add_argument("--limit", type=int, default=400, help="a spread sample of N BBC stories (default 400)")
    sub.add_argument("--rounds", type=int, default=2)
    sub = commands.add_parser("documents")
    sub.add_argument("--docs", type=int, default=400_000)
    sub.add_argument("--chars", type=int, default=500)
    sub.add_argument("--order", choices=("random", "path"), default="random")
    sub.add_argument("--query", action="store_true", help="sort with the documents query in DuckDB (the old way)")
    sub.add_argument("--tmp", default=None, help="where to write (default the system's temp folder)")
    args = parser.parse_args()
    {"speed": speed, "stages": stages, "memory": memory, "scale": scale, "startup": startup,
     "long": long_document, "documents": documents, "knowledge": knowledge}[args.what](args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
