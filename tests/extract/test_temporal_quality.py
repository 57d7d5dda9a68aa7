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

TEMPEVAL_FLOORS = {"strict_f1": 0.88, "relaxed_f1": 0.94, "value_f1": 0.80}
SEED_FLOORS = {"relaxed_f1": 0.98, "value_accuracy": 0.98}


def test_tempeval3_train(shared):
    corpus = load_corpus(shared / "data" / "tempeval3" / "train")
    system = {}
    for doc_id, document in corpus.items():
        found = find_timexes(document.text, document.dct)
        system[doc_id] = [SystemTimex(t.char_start, t.char_end, t.type, t.value) for t in found]
    figures = score(corpus, system)
    for key, floor in TEMPEVAL_FLOORS.items():
        assert figures[key] >= floor, f"{key} {figures[key]:.4f} < {floor}"


def seed_figures(shared) -> dict:
    """Relaxed P/R/F1 and value accuracy of our timexes against the seed gold's."""
    gold = json.loads(next((shared / "gold").glob("*.gold.json")).read_text(encoding="utf-8"))
    text = (shared / "seeds" / gold["doc"]).read_text(encoding="utf-8")
    found = find_timexes(text, date.fromisoformat(gold["dct"]))
    pairs = pair_with_gold_json(gold["timexes"], found)
    precision = len(pairs) / len(found) if found else 0.0
    recall = len(pairs) / len(gold["timexes"])
    f1 = 2 * precision * recall / (precision + recall) if pairs else 0.0
    right = sum(g["value"] == s.value for g, s in pairs)
    return {"relaxed_p": precision, "relaxed_r": recall, "relaxed_f1": f1,
            "value_accuracy": right / len(pairs) if pairs else 0.0}


def test_seed_gold(shared):
    figures = seed_figures(shared)
    for key, floor in SEED_FLOORS.items():
        assert figures[key] >= floor, f"{key} {figures[key]:.4f} < {floor}"
