"""Score events and event-actor links on the seed against its gold annotations.

Builds ``../shared/seeds`` (dct 2025-02-18) with the extractors that are installed
(temporal, actors, events, link) into a temporary dataset, then scores it with the
shared scorer ``../shared/tools/event_score.py`` (the same rules that judge us).

usage: .venv/bin/python benchmarks/eval_seed_events.py [--json] [--show]
  --show   also list gold events without a match and system events without a gold match
"""
from __future__ import annotations

import importlib.util
import json
import sys
import tempfile
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO / ".." / "shared"
TARGETS = {"events.r": 0.85, "events.p": 0.80, "event_year_acc": 0.95, "event_basis_acc": 0.85,
           "event_actor_links.f1": 0.75}


def load_scorer():
    path = SHARED / "tools" / "event_score.py"
    spec = importlib.util.spec_from_file_location("event_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def available_stages() -> tuple[str, ...]:
    from timeline_builder.extract import registry
    stages = []
    for name in registry.DEFAULT_PIPELINE:
        try:
            registry.create(name)
        except (KeyError, ImportError) as exc:
            print(f"note: stage {name!r} unavailable ({exc}); scoring without it", file=sys.stderr)
            continue
        stages.append(name)
    return tuple(stages)


def build_seed(out: Path) -> Path:
    from timeline_builder.build import BuildOptions, build
    options = BuildOptions(dct=date(2025, 2, 18), extractors=available_stages(), use_cache=False)
    build([str(SHARED / "seeds")], out, options)
    return out / "latest"


def best_gold_match(scorer, g: dict, spans: dict[str, list], events: dict[str, dict], used: set) -> str | None:
    """The system event the scorer pairs with gold event ``g``: a mention overlapping one of its
    mentions, ranked by (name word and years, name word, years); ``None`` when nothing qualifies."""
    gw = scorer.words(g.get("name", ""))
    gy0, gy1 = scorer.year(g.get("begin")), scorer.year(g.get("end_date") or g.get("begin"))
    best = None
    for eid, ss in spans.items():
        if eid in used or not any(scorer.overlaps(s, tuple(m)) for s in ss for m in g["mentions"]):
            continue
        e = events[eid]
        sy0 = scorer.year(e["date_begin"])
        sy1 = scorer.year(e["date_end"]) or sy0
        date_ok = None not in (gy0, gy1, sy0, sy1) and sy0 <= gy1 and gy0 <= sy1
        name_ok = bool(gw & scorer.words(e["name"]))
        if name_ok or date_ok:
            rank = (name_ok and date_ok, name_ok, date_ok)
            if best is None or rank > best[0]:
                best = (rank, eid)
    return best[1] if best else None


def unmatched(scorer, dataset: Path, gold_paths: list[Path]) -> None:
    """Print the gold events nothing matched and the system events that matched no gold."""
    import pyarrow.parquet as pq
    events = {r["event_id"]: r for r in pq.read_table(dataset / "events.parquet").to_pylist()}
    spans: dict[str, list] = {}
    for r in pq.read_table(dataset / "event_mentions.parquet").to_pylist():
        spans.setdefault(r["event_id"], []).append((r["char_start"], r["char_end"]))
    used = set()
    for path in gold_paths:
        gold = json.loads(path.read_text(encoding="utf-8"))
        for g in gold["events"]:
            best = best_gold_match(scorer, g, spans, events, used)
            if best:
                used.add(best)
                e = events[best]
                flags = []
                if scorer.year(e["date_begin"]) != scorer.year(g.get("begin")):
                    flags.append(f"year {e['date_begin']} vs {g.get('begin')}")
                if e["date_basis"] != g["date_basis"]:
                    flags.append(f"basis {e['date_basis']} vs {g['date_basis']}")
                if flags:
                    print(f"  matched {g['id']:40s} <- {e['name'][:50]!r}: {'; '.join(flags)}")
            else:
                print(f"  MISSED  {g['id']:40s} {g['name'][:60]!r}")
    for eid, e in sorted(events.items()):
        if eid not in used:
            print(f"  EXTRA   {e['date_begin']} {e['date_basis']:9s} {e['name'][:70]!r}")


def main(argv: list[str]) -> int:
    gold_paths = sorted((SHARED / "gold").glob("*.gold.json"))
    if not gold_paths:
        print(f"no gold files under {SHARED / 'gold'}", file=sys.stderr)
        return 2
    scorer = load_scorer()
    with tempfile.TemporaryDirectory() as tmp:
        dataset = build_seed(Path(tmp) / "seed")
        result = scorer.score(str(dataset), [str(p) for p in gold_paths])
        if "--show" in argv:
            unmatched(scorer, dataset, gold_paths)
    if "--json" in argv:
        print(json.dumps(result))
        return 0
    for key in ("events", "event_year_acc", "event_basis_acc", "event_actor_links", "actors", "timex_relaxed"):
        print(f"{key:20s} {result[key]}")
    for key, floor in TARGETS.items():
        name, _, field = key.partition(".")
        value = result[name][field] if field else result[name]
        print(f"target {key:22s} >= {floor:.2f}: {value:.3f} {'ok' if value >= floor else 'BELOW'}")
    if result["problems"]:
        print("problems:", "; ".join(result["problems"]))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO / "src"))
    sys.exit(main(sys.argv[1:]))
