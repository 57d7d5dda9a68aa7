"""Quality gate: the temporal extractor on the TempEval-3 training data and the seed gold.

The floors sit just under what the extractor reaches; raising them is welcome, lowering
them needs a reason in the commit message.
"""
from __future__ import annotations

import json
from datetime import date


from timeline_builder.evaluate.timeml import load_corpus
from timeline_builder.evaluate.timex import SystemTimex, pair_with_gold_json, score
from timeline_builder.extract.temporal import find_timexes

TEMPEVAL_FLOORS = {"strict_f1": 0.893, "relaxed_f1": 0.948, "value_f1": 0.829}
SEED_FLOORS = {"relaxed_f1": 0.995, "value_accuracy": 0.995}
# the seed and the four development essays together (../shared/gold and ../shared/gold/dev)
DEVELOPMENT_FLOORS = {"relaxed_f1": 0.989, "value_accuracy": 0.995}


def test_tempeval3_train(shared):
    corpus = load_corpus(shared / "data" / "tempeval3" / "train")
    system = {}
    for doc_id, document in corpus.items():
        found = find_timexes(document.text, document.dct)
        system[doc_id] = [SystemTimex(t.char_start, t.char_end, t.type, t.value) for t in found]
    figures = score(corpus, system)
    for key, floor in TEMPEVAL_FLOORS.items():
        assert figures[key] >= floor, f"{key} {figures[key]:.4f} < {floor}"


def gold_figures(shared, gold_files) -> dict:
    """Relaxed P/R/F1 and value accuracy of our timexes against gold JSON files (as event_score.py scores them)."""
    found_total = gold_total = paired = right = 0
    for path in gold_files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        folder = shared / "seeds" if path.parent == shared / "gold" else shared / "data" / "corpus"
        text = (folder / gold["doc"]).read_text(encoding="utf-8")
        found = find_timexes(text, date.fromisoformat(gold["dct"]))
        pairs = pair_with_gold_json(gold["timexes"], found)
        found_total, gold_total, paired = found_total + len(found), gold_total + len(gold["timexes"]), paired + len(pairs)
        right += sum(g["value"] == s.value for g, s in pairs)
    precision = paired / found_total if found_total else 0.0
    recall = paired / gold_total
    f1 = 2 * precision * recall / (precision + recall) if paired else 0.0
    return {"relaxed_p": precision, "relaxed_r": recall, "relaxed_f1": f1,
            "value_accuracy": right / paired if paired else 0.0}


def seed_figures(shared) -> dict:
    """Relaxed P/R/F1 and value accuracy of our timexes against the seed gold's."""
    return gold_figures(shared, sorted((shared / "gold").glob("*.gold.json")))


def test_seed_gold(shared):
    figures = seed_figures(shared)
    for key, floor in SEED_FLOORS.items():
        assert figures[key] >= floor, f"{key} {figures[key]:.4f} < {floor}"


def test_development_gold(shared):
    files = sorted((shared / "gold").glob("*.gold.json")) + sorted((shared / "gold" / "dev").glob("*.gold.json"))
    figures = gold_figures(shared, files)
    for key, floor in DEVELOPMENT_FLOORS.items():
        assert figures[key] >= floor, f"{key} {figures[key]:.4f} < {floor}"
