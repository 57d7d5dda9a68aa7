"""Calibrate event confidence on the development gold, and print the reliability table.

Builds the seed (``seeds/``) and the development essays (``../shared/data/corpus/essays``) and
matches every event to the gold the way ``../shared/tools/event_score.py`` does (a mention
overlapping a gold mention, and a shared name word or overlapping years). Then:

* ``--raw``: with calibration switched off, the measured precision of each raw score (what the
  finders give), the numbers ``extract/events/confidence.py``'s CALIBRATION table is set from;
* default: the reliability table of the calibrated confidence: per confidence value, how many
  events and the share right, and for each threshold c the share right among events >= c.

usage: python benchmarks/calibrate_events.py [--raw]
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO / ".." / "shared"
SETS = [("seeds", sorted((SHARED / "gold").glob("*.gold.json"))),
        (str(SHARED / "data" / "corpus" / "essays"), sorted((SHARED / "gold" / "dev").glob("*.gold.json")))]


def matched_events(version: Path, gold_paths: list[Path]) -> list[tuple[float, bool]]:
    """(confidence, matched) for every event mentioned in a gold document, matched as the scorer does."""
    sys.path.insert(0, str(SHARED / "tools"))
    import event_score as scorer  # the scorer's own matching rules
    from eval_seed_events import best_gold_match
    import pyarrow.parquet as pq

    documents = {d["doc_id"]: Path(d["path"]).name for d in pq.read_table(version / "documents.parquet").to_pylist()}
    events = {e["event_id"]: e for e in pq.read_table(version / "events.parquet").to_pylist()}
    mentions = pq.read_table(version / "event_mentions.parquet").to_pylist()
    out = []
    for path in gold_paths:
        gold = json.loads(path.read_text(encoding="utf-8"))
        ids = {i for i, name in documents.items() if name == Path(gold["doc"]).name}
        spans = defaultdict(list)
        for m in mentions:
            if m["doc_id"] in ids:
                spans[m["event_id"]].append((m["char_start"], m["char_end"]))
        used = set()
        for g in gold["events"]:
            best = best_gold_match(scorer, g, spans, events, used)
            if best:
                used.add(best)
        out += [(events[eid]["confidence"], eid in used) for eid in spans]
    return out


def build_and_match(raw: bool) -> list[tuple[float, bool]]:
    from timeline_builder.cli import main as timeline
    from timeline_builder.extract.events import confidence

    saved = confidence.CALIBRATION
    if raw:
        confidence.CALIBRATION = ((0.0, 0.0),)  # calibrated() then returns the raw score
    rows = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for n, (source, golds) in enumerate(SETS):
                dataset = Path(tmp) / f"set{n}"
                if timeline(["build", source, "--dataset", str(dataset), "--no-cache", "--quiet"]) != 0:
                    raise SystemExit(f"build of {source} failed")
                rows += matched_events(dataset / "latest", golds)
    finally:
        confidence.CALIBRATION = saved
    return rows


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raw", action="store_true", help="measure the raw scores (calibration off)")
    args = parser.parse_args(argv)
    if not (SHARED / "gold").is_dir():
        print("../shared/gold not found", file=sys.stderr)
        return 2
    rows = build_and_match(args.raw)
    by_value = defaultdict(list)
    for conf, ok in rows:
        by_value[conf].append(ok)
    print(f"{len(rows)} events in the gold documents, {sum(ok for _, ok in rows)} right "
          f"({sum(ok for _, ok in rows) / len(rows):.2f})")
    print(f"| {'raw score' if args.raw else 'confidence'} | events | right | precision | events >= it | precision >= it |")
    print("| --- | --- | --- | --- | --- | --- |")
    for value in sorted(by_value, reverse=True):
        at = by_value[value]
        above = [ok for conf, ok in rows if conf >= value]
        print(f"| {value:.2f} | {len(at)} | {sum(at)} | {sum(at) / len(at):.2f} | {len(above)} | "
              f"{sum(above) / len(above):.2f} |")
    if args.raw:
        print("\nCALIBRATION = (")
        for low, value in suggested_table(by_value):
            print(f"    ({low:.2f}, {value:.2f}),")
        print(")")
    return 0


PRIOR_WEIGHT = 10  # events: with few errors in the gold, each raw score counts as ten events of prior


def suggested_table(by_value: dict[float, list[bool]]) -> list[tuple[float, float]]:
    """Calibrated confidence per raw score: the measured share right blended with the raw score as a
    prior of PRIOR_WEIGHT events, made non-decreasing by pooling adjacent violators."""
    blocks = []  # [lowest raw, weight, weighted value]
    for raw in sorted(by_value):
        right, n = sum(by_value[raw]), len(by_value[raw])
        weight = n + PRIOR_WEIGHT
        blocks.append([raw, weight, (right + PRIOR_WEIGHT * raw)])
        while len(blocks) > 1 and blocks[-2][2] / blocks[-2][1] > blocks[-1][2] / blocks[-1][1]:
            last = blocks.pop()
            blocks[-1][1] += last[1]
            blocks[-1][2] += last[2]
    return [(0.0 if i == 0 else low, round(total / weight, 2)) for i, (low, weight, total) in enumerate(blocks)]


if __name__ == "__main__":
    sys.path.insert(0, str(REPO / "src"))
    sys.exit(main(sys.argv[1:]))
