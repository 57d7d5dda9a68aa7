"""TempEval-3 style scoring of temporal expressions against TimeML gold.

Per document, gold and system spans are paired one-to-one: candidate pairs overlap by at
least one character and are taken greedily, exact span matches first, then larger
overlap, then earlier gold start, then earlier system start. A pair is relaxed-correct;
strict-correct when the spans are identical. Type and value accuracy are over relaxed
pairs; type/value F1 = relaxed F1 x accuracy. Exact duplicate system spans count once.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

from .timeml import TimemlDocument


@dataclass(frozen=True, slots=True)
class SystemTimex:
    start: int
    end: int
    type: str | None
    value: str | None


def _pairs(gold: Sequence, system: Sequence) -> list[tuple[int, int]]:
    """The greedy one-to-one pairing (indices into gold and system)."""
    candidates = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > 0:
                exact = g.start == s.start and g.end == s.end
                candidates.append((0 if exact else 1, -overlap, g.start, s.start, gi, si))
    candidates.sort()
    used_gold: set[int] = set()
    used_system: set[int] = set()
    pairs = []
    for *_, gi, si in candidates:
        if gi in used_gold or si in used_system:
            continue
        used_gold.add(gi)
        used_system.add(si)
        pairs.append((gi, si))
    return pairs


def _prf(correct: int, n_system: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1."""
    precision = correct / n_system if n_system else 0.0
    recall = correct / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _strip(value: str | None) -> str | None:
    """A value compared without surrounding blanks."""
    return None if value is None else value.strip()


def dedupe(system: Iterable[SystemTimex]) -> list[SystemTimex]:
    """Keep the first prediction of each span, sorted by span."""
    by_span: dict[tuple[int, int], SystemTimex] = {}
    for timex in system:
        if timex.end > timex.start:
            by_span.setdefault((timex.start, timex.end), timex)
    return [by_span[k] for k in sorted(by_span)]


def score(gold: Mapping[str, TimemlDocument], system: Mapping[str, Sequence[SystemTimex]],
          errors: list[str] | None = None) -> dict:
    """Strict/relaxed P/R/F1, type/value accuracy and F1 over all documents of ``gold``.

    Args:
        gold: documents by id.
        system: predictions by document id (documents not in ``gold`` are ignored).
        errors: when given, receives one tab-separated line per mismatch.
    """
    n_gold = n_system = strict = relaxed = type_ok = value_ok = 0
    per_type: dict[str, dict[str, int]] = {}
    for doc_id in sorted(gold):
        gold_timexes = gold[doc_id].timexes
        predicted = dedupe(system.get(doc_id, ()))
        n_gold += len(gold_timexes)
        n_system += len(predicted)
        pairs = _pairs(gold_timexes, predicted)
        relaxed += len(pairs)
        for g in gold_timexes:
            per_type.setdefault(g.type or "?", {"gold": 0, "relaxed": 0, "value": 0})["gold"] += 1
        for gi, si in pairs:
            g, s = gold_timexes[gi], predicted[si]
            exact = (g.start, g.end) == (s.start, s.end)
            strict += exact
            type_right = g.type == s.type
            value_right = g.value is not None and _strip(g.value) == _strip(s.value)
            type_ok += type_right
            value_ok += value_right
            per_type[g.type or "?"]["relaxed"] += 1
            per_type[g.type or "?"]["value"] += value_right
            if errors is not None and not (exact and type_right and value_right):
                text = gold[doc_id].text
                errors.append(f"{doc_id}\tMATCH\tgold {g.text!r} {g.type} {g.value}\t"
                              f"sys {text[s.start:s.end]!r} {s.type} {s.value}")
        if errors is not None:
            paired_gold = {gi for gi, _ in pairs}
            paired_system = {si for _, si in pairs}
            text = gold[doc_id].text
            errors.extend(f"{doc_id}\tMISS\tgold {g.text!r} {g.type} {g.value}"
                          for gi, g in enumerate(gold_timexes) if gi not in paired_gold)
            errors.extend(f"{doc_id}\tSPURIOUS\tsys {text[s.start:s.end]!r} {s.type} {s.value}"
                          for si, s in enumerate(predicted) if si not in paired_system)
    strict_p, strict_r, strict_f1 = _prf(strict, n_system, n_gold)
    relaxed_p, relaxed_r, relaxed_f1 = _prf(relaxed, n_system, n_gold)
    type_accuracy = type_ok / relaxed if relaxed else 0.0
    value_accuracy = value_ok / relaxed if relaxed else 0.0
    return {
        "docs": len(gold), "gold": n_gold, "system": n_system,
        "strict_match": strict, "relaxed_match": relaxed,
        "strict_p": strict_p, "strict_r": strict_r, "strict_f1": strict_f1,
        "relaxed_p": relaxed_p, "relaxed_r": relaxed_r, "relaxed_f1": relaxed_f1,
        "type_accuracy": type_accuracy, "value_accuracy": value_accuracy,
        "type_f1": relaxed_f1 * type_accuracy, "value_f1": relaxed_f1 * value_accuracy,
        "per_gold_type": per_type,
    }


def format_report(figures: dict) -> str:
    """The figures as a small human-readable table."""
    f = figures
    return "\n".join([
        f"documents {f['docs']}  gold timexes {f['gold']}  system timexes {f['system']}",
        f"{'':10s}{'P':>8s}{'R':>8s}{'F1':>8s}  matches",
        f"{'strict':10s}{f['strict_p']:8.4f}{f['strict_r']:8.4f}{f['strict_f1']:8.4f}  {f['strict_match']}",
        f"{'relaxed':10s}{f['relaxed_p']:8.4f}{f['relaxed_r']:8.4f}{f['relaxed_f1']:8.4f}  {f['relaxed_match']}",
        f"type accuracy  {f['type_accuracy']:.4f}   type F1  {f['type_f1']:.4f}",
        f"value accuracy {f['value_accuracy']:.4f}   value F1 {f['value_f1']:.4f}",
    ])


def pair_with_gold_json(gold_timexes: Sequence[dict], found: Sequence) -> list[tuple[dict, object]]:
    """Pair gold-JSON timexes (start/end keys) with found Timex records whose spans overlap.

    One-to-one, in text order, as the relaxed TempEval-3 match does; used for the seed gold.
    """
    used: set[int] = set()
    pairs = []
    for g in gold_timexes:
        for index, s in enumerate(found):
            if index not in used and min(g["end"], s.char_end) > max(g["start"], s.char_start):
                used.add(index)
                pairs.append((g, s))
                break
    return pairs
