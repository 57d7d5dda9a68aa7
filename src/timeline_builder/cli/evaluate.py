"""timeline eval timex GOLD_DIR: TempEval-3 figures of our extractor on TimeML gold."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..errors import UsageError


def register(subparsers) -> None:
    """Add ``eval`` and its ``timex`` target."""
    parser = subparsers.add_parser(
        "eval", help="measure an extractor against gold annotations",
        description="Measure an extractor against gold annotations.",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    targets = parser.add_subparsers(dest="target", metavar="TARGET")
    timex = targets.add_parser(
        "timex", help="temporal expressions against TimeML (.tml) files",
        description="Run the temporal extractor on every .tml document under GOLD_DIR (its raw\n"
                    "text, with its creation time) and print TempEval-3 figures: strict and\n"
                    "relaxed P/R/F1, type and value accuracy, value F1. The figures are those of\n"
                    "../shared/tools/timex_score.py on the same predictions (--out writes them).\n"
                    "Example: timeline eval timex ../shared/data/tempeval3/train --out system.jsonl",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    timex.add_argument("gold_dir", metavar="GOLD_DIR", type=Path, help="folder searched recursively for *.tml")
    timex.add_argument("--json", action="store_true", help="also print the figures as one JSON object, last")
    timex.add_argument("--out", metavar="SYSTEM.jsonl", type=Path, help="write the predictions here")
    timex.add_argument("--errors", type=int, default=0, metavar="N", help="print up to N mismatches first")
    timex.set_defaults(func=run_timex)
    parser.set_defaults(func=lambda args: _missing_target(parser))


def _missing_target(parser: argparse.ArgumentParser) -> int:
    """``timeline eval`` without a target: help."""
    parser.print_help(sys.stderr)
    return 2


def run_timex(args: argparse.Namespace) -> int:
    """Run the extractor over a TimeML folder and print the figures."""
    from ..evaluate.timeml import load_corpus
    from ..evaluate.timex import SystemTimex, format_report, score
    from ..extract.temporal import find_timexes

    if not args.gold_dir.is_dir():
        raise UsageError("not a folder", path=str(args.gold_dir))
    corpus = load_corpus(args.gold_dir)
    system: dict[str, list[SystemTimex]] = {}
    lines: list[str] = []
    for doc_id in sorted(corpus):
        document = corpus[doc_id]
        found = find_timexes(document.text, document.dct, doc_id=doc_id)
        system[doc_id] = [SystemTimex(t.char_start, t.char_end, t.type, t.value) for t in found]
        lines.extend(json.dumps({"doc": doc_id, "start": t.char_start, "end": t.char_end, "type": t.type,
                                 "value": t.value, "text": t.text}, ensure_ascii=False) for t in found)
    if args.out is not None:
        try:
            args.out.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"cannot write predictions: {exc}", path=str(args.out)) from exc
    errors: list[str] | None = [] if args.errors else None
    figures = score(corpus, system, errors)
    for line in (errors or [])[: args.errors if args.errors > 0 else None]:
        print(line)
    print(format_report(figures))
    if args.json:
        print(json.dumps(figures, sort_keys=True))
    return 0
