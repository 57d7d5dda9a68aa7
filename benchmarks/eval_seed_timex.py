#!/usr/bin/env python3
"""Our timexes on the seed against its gold: relaxed P/R/F1 and value accuracy.

A gold timex and one of ours pair when their spans overlap (one-to-one, in text order),
as the TempEval-3 relaxed match does; value accuracy is over the pairs.

Usage: python benchmarks/eval_seed_timex.py [--shared PATH] [--errors]
"""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from timeline_builder.evaluate.timex import pair_with_gold_json  # noqa: E402
from timeline_builder.extract.temporal import find_timexes  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--errors", action="store_true", help="list misses, spurious and wrong values")
    args = parser.parse_args(argv)
    figures_all = []
    for gold_path in sorted((args.shared / "gold").glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (args.shared / "seeds" / gold["doc"]).read_text(encoding="utf-8")
        found = find_timexes(text, date.fromisoformat(gold["dct"]))
        pairs = pair_with_gold_json(gold["timexes"], found)
        paired_gold = {id(g) for g, _ in pairs}
        used = {id(s) for _, s in pairs}
        if args.errors:
            for g in gold["timexes"]:
                if id(g) not in paired_gold:
                    print(f"MISS      {g['text']!r} {g['value']}")
            for g, s in pairs:
                if g["value"] != s.value or (g["start"], g["end"]) != (s.char_start, s.char_end):
                    print(f"MISMATCH  gold {g['text']!r} {g['value']}  ours {s.text!r} {s.value}")
            for s in found:
                if id(s) not in used:
                    print(f"SPURIOUS  {s.text!r} {s.value}")
        precision = len(pairs) / len(found) if found else 0.0
        recall = len(pairs) / len(gold["timexes"])
        f1 = 2 * precision * recall / (precision + recall) if pairs else 0.0
        value_accuracy = sum(g["value"] == s.value for g, s in pairs) / len(pairs) if pairs else 0.0
        strict = sum((g["start"], g["end"]) == (s.char_start, s.char_end) for g, s in pairs)
        print(f"{gold['doc']}: gold {len(gold['timexes'])} ours {len(found)}  relaxed P {precision:.4f} "
              f"R {recall:.4f} F1 {f1:.4f}  strict matches {strict}  value accuracy {value_accuracy:.4f}")
        figures_all.append((f1, value_accuracy))
    if not figures_all:
        parser.error(f"no gold under {args.shared / 'gold'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
