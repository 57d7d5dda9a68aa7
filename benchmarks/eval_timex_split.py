#!/usr/bin/env python3
"""TempEval-3 training figures of the temporal extractor on its development and held-out parts.

Rules were developed looking only at the development part; every fifth document (sorted
by id: indices 4, 9, 14, ...) was held out and only measured. Prints strict/relaxed F1 and
value F1 for both parts and for all documents.

Usage: python benchmarks/eval_timex_split.py [--shared PATH] [--errors held|dev]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from timeline_builder.evaluate.timeml import load_corpus  # noqa: E402
from timeline_builder.evaluate.timex import SystemTimex, score  # noqa: E402
from timeline_builder.extract.temporal import find_timexes  # noqa: E402


def split(ids: list[str]) -> tuple[list[str], list[str]]:
    """(development, held-out): every fifth document of the sorted ids is held out."""
    held = [d for i, d in enumerate(ids) if i % 5 == 4]
    return [d for d in ids if d not in set(held)], held


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--errors", choices=("dev", "held"), help="list the mismatches of one part")
    args = parser.parse_args(argv)
    corpus = load_corpus(args.shared / "data" / "tempeval3" / "train")
    system = {}
    for doc_id, document in corpus.items():
        system[doc_id] = [SystemTimex(t.char_start, t.char_end, t.type, t.value)
                          for t in find_timexes(document.text, document.dct)]
    development, held = split(sorted(corpus))
    for name, part in (("development (80%)", development), ("held out (20%)", held), ("all", sorted(corpus))):
        errors: list[str] | None = [] if args.errors and name.startswith(args.errors) else None
        figures = score({d: corpus[d] for d in part}, system, errors)
        print(f"{name:18s} docs {figures['docs']:3d} gold {figures['gold']:4d}  strict F1 {figures['strict_f1']:.4f}"
              f"  relaxed F1 {figures['relaxed_f1']:.4f}  value F1 {figures['value_f1']:.4f}"
              f"  (value accuracy {figures['value_accuracy']:.4f})")
        for line in errors or []:
            print("   ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
