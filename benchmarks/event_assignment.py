"""Events scored with one best pairing of gold and system events, beside the shared scorer's figures.

The shared scorer (``../shared/tools/event_score.py``) pairs each gold event, in gold order, with
the first best-ranked system event whose mention overlaps it, ties broken by ``event_mentions``
row order (event ids). Right events sharing a sentence ("Brezhnev's speech" and "Brezhnev's
leadership") can then swap partners, and both count as wrongly dated. This script keeps the
scorer's rule for which pairs may match (a mention overlap and a shared name word or an
overlapping year span) and picks the pairing that matches the most gold events, then the most
right years and bases: the difference to the scorer's figures is what swaps cost, not what the
extractor got wrong. Development measure only; the scorer's figures are the ones reported.

usage: python benchmarks/event_assignment.py DATASET_DIR GOLD.json [GOLD.json ...] [--list]
  --list   also list the gold events left without a partner and the pairs dated wrongly
"""
from __future__ import annotations

import importlib.util
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

import pyarrow.parquet as pq

SCORER = Path(__file__).resolve().parents[1] / ".." / "shared" / "tools" / "event_score.py"


def load_scorer():
    spec = importlib.util.spec_from_file_location("event_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def best_assignment(weights: list[list[float]]) -> list[int]:
    """Hungarian algorithm (maximum total weight) on a rows x cols matrix, rows <= cols: the column
    of each row."""
    n, m = len(weights), len(weights[0]) if weights else 0
    if n == 0:
        return []
    top = max(max(row) for row in weights)
    cost = [[top - w for w in row] for row in weights]
    inf = float("inf")
    u, v, p, way = [0.0] * (n + 1), [0.0] * (m + 1), [0] * (m + 1), [0] * (m + 1)
    for i in range(1, n + 1):
        p[0], j0 = i, 0
        minv, used = [inf] * (m + 1), [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    column = [0] * n
    for j in range(1, m + 1):
        if p[j]:
            column[p[j] - 1] = j - 1
    return column


def main(argv: list[str]) -> int:
    listing = "--list" in argv
    args = [a for a in argv if a != "--list"]
    if len(args) < 2:
        print(__doc__.strip().splitlines()[-2], file=sys.stderr)
        return 2
    es = load_scorer()
    dataset, gold_paths = args[0], args[1:]
    tables = {n: pq.read_table(os.path.join(dataset, n + ".parquet")).to_pylist()
              for n in ("documents", "events", "event_mentions")}
    events = {e["event_id"]: e for e in tables["events"]}
    total = defaultdict(int)
    for gold_path in gold_paths:
        gold = json.load(open(gold_path, encoding="utf-8"))
        name = os.path.basename(gold["doc"])
        ids = {d["doc_id"] for d in tables["documents"] if os.path.basename(str(d["path"])) == name}
        spans = defaultdict(list)
        for m in tables["event_mentions"]:
            if m["doc_id"] in ids:
                spans[m["event_id"]].append((m["char_start"], m["char_end"]))
        system = sorted(spans)
        golds = gold.get("events", [])
        total["gold"] += len(golds)
        total["pred"] += len(system)
        if not golds or not system:
            continue
        # at least as many columns as rows: system events plus "no partner" columns
        weights = [[0.0] * (len(system) + len(golds)) for _ in golds]
        for i, g in enumerate(golds):
            words = es.words(g.get("name", ""))
            gy0, gy1 = es.year(g.get("begin")), es.year(g.get("end_date") or g.get("begin"))
            for j, eid in enumerate(system):
                if not any(es.overlaps(s, tuple(m)) for s in spans[eid] for m in g.get("mentions", [])):
                    continue
                e = events.get(eid, {})
                sy0 = es.year(e.get("date_begin"))
                sy1 = es.year(e.get("date_end")) or sy0
                date_ok = None not in (gy0, gy1, sy0, sy1) and sy0 <= gy1 and gy0 <= sy1
                name_ok = bool(words & es.words(e.get("name", "")))
                if name_ok or date_ok:
                    weights[i][j] = 1000 + 10 * (sy0 == gy0) + 5 * (e.get("date_basis") == g.get("date_basis")) \
                        + 2 * name_ok + date_ok
        for i, j in enumerate(best_assignment(weights)):
            g = golds[i]
            if weights[i][j] <= 0:
                if listing:
                    print(f"unmatched  {name[:24]}  {g.get('name')} ({g.get('begin')}, {g.get('date_basis')})")
                continue
            e = events[system[j]]
            year_ok = es.year(e.get("date_begin")) == es.year(g.get("begin"))
            basis_ok = e.get("date_basis") == g.get("date_basis")
            total["tp"] += 1
            total["year"] += year_ok
            total["basis"] += basis_ok
            total["kind"] += e.get("kind") == g.get("kind")
            if listing and not (year_ok and basis_ok):
                print(f"dated      {name[:24]}  {g.get('name')} ({g.get('begin')}, {g.get('date_basis')})"
                      f"  <- {e.get('name')} ({e.get('date_begin')}, {e.get('date_basis')})")
    tp = total["tp"]
    figures = {"events_r": round(tp / total["gold"], 3) if total["gold"] else 0.0,
               "events_p": round(tp / total["pred"], 3) if total["pred"] else 0.0,
               "matched": tp, "gold": total["gold"], "pred": total["pred"]}
    for key in ("year", "basis", "kind"):
        figures[f"event_{key}_acc"] = round(total[key] / tp, 3) if tp else 0.0
    greedy = es.score(dataset, gold_paths)
    print("one best pairing:", json.dumps(figures))
    print("shared scorer:   ", json.dumps({"events_r": greedy["events"]["r"], "events_p": greedy["events"]["p"],
                                          "event_year_acc": greedy["event_year_acc"],
                                          "event_basis_acc": greedy["event_basis_acc"],
                                          "event_kind_acc": greedy["event_kind_acc"]}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
