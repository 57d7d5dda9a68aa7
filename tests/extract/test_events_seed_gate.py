"""Quality gate: events and links on the seed, scored by the shared scorer, stay above pinned floors.

The floors are today's measured values rounded down; raise them when the extractor improves
and never lower them silently (benchmarks/eval_seed_events.py prints the full report).
"""
from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
# basis 0.93 -> 0.89 when event_mentions took reading order (20fece5): the same rows, but the scorer
# breaks ties between events told by one clause by row order, and two seed events swap partners.
FLOORS = {("events", "r"): 0.89, ("events", "p"): 0.98, ("event_actor_links", "f1"): 0.83,
          ("event_year_acc", None): 0.91, ("event_basis_acc", None): 0.89,
          ("event_kind_acc", None): 0.87, ("event_name_f1", None): 0.65}


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    scorer_path = SHARED / "tools" / "event_score.py"
    gold = sorted((SHARED / "gold").glob("*.gold.json"))
    if not SHARED.is_dir():
        pytest.skip("../shared (seeds, gold, scorer) is not beside the repository")
    # ../shared is here: a missing scorer, gold or seed folder is a broken layout, not a reason to skip.
    assert scorer_path.is_file() and gold and (SHARED / "seeds").is_dir(), f"../shared lacks its scorer, seed gold or seeds: {SHARED}"
    spec = importlib.util.spec_from_file_location("event_score", scorer_path)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    from timeline_builder.build import BuildOptions, build
    out = tmp_path_factory.mktemp("seed") / "dataset"
    build([str(SHARED / "seeds")], out, BuildOptions(dct=date(2025, 2, 18), use_cache=False))
    return scorer.score(str(out / "latest"), [str(p) for p in gold])


@pytest.mark.parametrize("metric, field", list(FLOORS))
def test_seed_scores_stay_above_floors(scores, metric, field):
    value = scores[metric][field] if field else scores[metric]
    assert value >= FLOORS[(metric, field)], f"{metric} {field or ''} fell to {value}"
