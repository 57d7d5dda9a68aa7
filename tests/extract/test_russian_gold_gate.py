"""Quality gate: the Russian development gold (../shared/gold/ru), scored by the shared scorer,
stays above pinned floors (issue 11's targets; today's values are higher, see the README).

Never lower a floor silently; the gold is for measuring only, no rule may name its strings.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
FLOORS = {("timex_relaxed", "f1"): 0.90, ("timex_value_acc", None): 0.85, ("actors", "f1"): 0.80,
          ("actor_mentions", "f1"): 0.80, ("events", "r"): 0.60, ("events", "p"): 0.80}


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    scorer_path = SHARED / "tools" / "event_score.py"
    gold = sorted((SHARED / "gold" / "ru").glob("*.gold.json"))
    corpus = SHARED / "data" / "corpus" / "russian"
    if not SHARED.is_dir():
        pytest.skip("../shared (Russian corpus, gold, scorer) is not beside the repository")
    # ../shared is here: a missing scorer, Russian gold or corpus is a broken layout, not a reason to skip.
    assert scorer_path.is_file() and gold and corpus.is_dir(), f"../shared lacks its scorer, Russian gold or corpus: {SHARED}"
    spec = importlib.util.spec_from_file_location("event_score", scorer_path)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    from timeline_builder.build import BuildOptions, build
    out = tmp_path_factory.mktemp("ru") / "dataset"
    build([str(p) for p in sorted(corpus.glob("*.txt"))], out, BuildOptions(use_cache=False))
    return scorer.score(str(out / "latest"), [str(p) for p in gold])


@pytest.mark.parametrize("metric, field", list(FLOORS))
def test_russian_scores_stay_above_floors(scores, metric, field):
    value = scores[metric][field] if field else scores[metric]
    assert value >= FLOORS[(metric, field)], f"{metric} {field or ''} fell to {value}"
