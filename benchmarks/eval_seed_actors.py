"""Actor F1 and mention F1 of the actor extractor on the development gold, scored as ../shared/tools/event_score.py does.

usage: python benchmarks/eval_seed_actors.py [--set seed|dev|all] [--dct YYYY-MM-DD] [--errors]
                                            [--no-demonym-adjectives] [--without-seed-entries]

``--set seed`` (the default) scores the seed article (../shared/gold/*.gold.json against
../shared/seeds); ``dev`` the development essays (../shared/gold/dev, texts in
../shared/data/corpus/essays, each with its gold's dct); ``all`` both together, as the
issue's targets are measured.

Each system actor maps to the gold actor whose mentions its mentions overlap most; actor
P/R/F1 counts distinct gold actors found (an actor split in two costs precision); mention
P/R/F1 counts overlapping spans mapped to the same gold actor. The seeds and gold are read
from ../shared (beside the repository); nothing from them is copied.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

from timeline_builder.extract import registry
from timeline_builder.extract.actors import ActorExtractor
from timeline_builder.knowledge.actors import ActorKnowledge, load_actor_knowledge
from timeline_builder.records import AnnotatedDocument, Document, Sentence

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"

# Knowledge entries (general world facts) for the people and organisations the seed names;
# --without-seed-entries drops them to show what discovery finds on its own.
SEED_ENTRIES = {
    "keith-kellogg", "elbridge-colby", "jeff-sessions", "robert-lighthizer", "vladimir-lukin", "anatoly-dobrynin",
    "marco-rubio", "american-compass", "america-first-policy-institute", "foundation-for-defense-of-democracies",
    "quincy-institute-for-responsible-statecraft", "arms-control-association", "business-insider", "kommersant",
    "mezhdunarodnaya-zhizn", "yale-university-press", "russian-international-affairs-council", "heritage-foundation",
    "russian-academy-of-sciences", "us-military-industrial-complex", "georgy-arbatov", "sergey-rogov", "fred-fleitz",
    "institute-for-us-and-canadian-studies",
}


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def prf(tp_p: int, n_pred: int, tp_g: int, n_gold: int) -> dict:
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_g / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "pred": n_pred, "gold": n_gold}


def score_document(gold: dict, mentions: list[tuple[str, tuple[int, int]]]) -> tuple[Counter, dict]:
    """The actor part of event_score.score for one document."""
    g_ment = [(a["id"], tuple(m)) for a in gold.get("actors", []) for m in a.get("mentions", [])]
    votes: dict[str, Counter] = defaultdict(Counter)
    for sid, sspan in mentions:
        for gid, gspan in g_ment:
            if overlaps(sspan, gspan):
                votes[sid][gid] += 1
    amap = {sid: v.most_common(1)[0][0] for sid, v in votes.items()}
    s_actors = {sid for sid, _ in mentions}
    c = Counter()
    c["act_pred"], c["act_gold"] = len(s_actors), len({a["id"] for a in gold.get("actors", [])})
    c["act_tp_p"] = c["act_tp_g"] = len({amap[s] for s in s_actors if s in amap})
    c["am_pred"], c["am_gold"] = len(mentions), len(g_ment)
    c["am_tp_p"] = sum(any(overlaps(ss, gs) and amap.get(sid) == gid for gid, gs in g_ment) for sid, ss in mentions)
    c["am_tp_g"] = sum(any(overlaps(ss, gs) and amap.get(sid) == gid for sid, ss in mentions) for gid, gs in g_ment)
    return c, amap


def sentences(text: str) -> tuple[Sentence, ...]:
    """Sentence offsets as the ingest stage gives them."""
    from timeline_builder.ingest.sentences import split_sentences

    return tuple(split_sentences(text))


def gold_documents(which: str, seed_dct: date) -> list[tuple[Path, dict, date]]:
    """(text path, gold, dct) of the chosen gold set, in a stable order."""
    found = []
    if which in ("seed", "all"):
        for seed in sorted((SHARED / "seeds").glob("*.txt")):
            gold_path = SHARED / "gold" / (seed.stem + ".gold.json")
            if gold_path.exists():
                found.append((seed, json.loads(gold_path.read_text(encoding="utf-8")), seed_dct))
    if which in ("dev", "all"):
        for gold_path in sorted((SHARED / "gold" / "dev").glob("*.gold.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            path = SHARED / "data" / "corpus" / gold["doc"]
            if path.exists():
                found.append((path, gold, date.fromisoformat(gold["dct"])))
    return found


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=("seed", "dev", "all"), default="seed")
    parser.add_argument("--dct", default="2025-02-18", help="the seed's document creation time")
    parser.add_argument("--errors", action="store_true", help="list unmatched system and gold mentions")
    parser.add_argument("--no-demonym-adjectives", dest="demonym_adjectives", action="store_false")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--without-seed-entries", action="store_true",
                        help="drop the knowledge entries for the seed's people and organisations, to measure discovery")
    args = parser.parse_args(argv)
    documents = gold_documents(args.set, date.fromisoformat(args.dct))
    if not documents:
        print(f"no gold documents under {SHARED}", file=sys.stderr)
        return 2
    knowledge = load_actor_knowledge()
    if args.without_seed_entries:
        kept = {k: v for k, v in knowledge.actors.items() if k not in SEED_ENTRIES}
        knowledge = ActorKnowledge(kept, tuple(r for r in knowledge.roles if r.actor_id in kept),
                                   knowledge.group_nouns, "ablation", knowledge.cues)
    extractor = ActorExtractor(demonym_adjectives=args.demonym_adjectives, knowledge=knowledge)
    temporal = registry.create("temporal")
    total = Counter()
    for seed, gold, dct in documents:
        text = seed.read_text(encoding="utf-8")
        document = Document(seed.stem, str(seed), text, "", dct=dct, sentences=sentences(text))
        # The actor stage reads the temporal stage's timexes (a sentence's date resolves roles).
        found = extractor(AnnotatedDocument(document, temporal(AnnotatedDocument(document))))
        mentions = [(m.actor_id, (m.char_start, m.char_end)) for m in found.actor_mentions]
        counts, amap = score_document(gold, mentions)
        total.update(counts)
        if args.errors:
            g_ment = [(a["id"], tuple(m)) for a in gold["actors"] for m in a["mentions"]]
            print(f"== {seed.name}")
            for sid, span in mentions:
                if not any(overlaps(span, gs) and amap.get(sid) == gid for gid, gs in g_ment):
                    print(f"  FP {sid:40s} -> {amap.get(sid)!s:30s} {text[span[0]:span[1]]!r} @{span[0]}")
            for gid, span in g_ment:
                if not any(overlaps(ss, span) and amap.get(sid) == gid for sid, ss in mentions):
                    print(f"  FN {gid:40s} {text[span[0]:span[1]]!r} @{span[0]}  ...{text[max(0, span[0] - 40):span[0]]!r}")
            mapped = Counter(amap.values())
            for gid, n in mapped.items():
                if n > 1:
                    print(f"  SPLIT {gid}: {[s for s, g in amap.items() if g == gid]}")
            for sid in sorted({s for s, _ in mentions} - set(amap)):
                print(f"  UNMAPPED system actor {sid}")
    out = {"actors": prf(total["act_tp_p"], total["act_pred"], total["act_tp_g"], total["act_gold"]),
           "actor_mentions": prf(total["am_tp_p"], total["am_pred"], total["am_tp_g"], total["am_gold"])}
    if args.json:
        print(json.dumps(out))
    else:
        for key, value in out.items():
            print(f"{key:16s} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
