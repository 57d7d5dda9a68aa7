"""Event rows an analyst can use, on the BBC news corpus (issue 9's BBC criteria).

Builds ``../shared/data/corpus/bbc`` (2,225 stories, dct 2005-01-01 for all: the corpus
gives none) into a temporary dataset, or reads an existing one (``--dataset``), and reports:

* names that end in a function word or run over 12 words (target <= 5 %);
* events of kind ``other`` (target <= 20 %);
* events with an ``event_type`` or a stated reason for none (target 100 %);
* the largest share of events holding one ``confidence`` value (target <= 50 %);
* how many rows the 2005 UK general election takes (target: one).

usage: python benchmarks/eval_bbc_events.py [--dataset DIR/latest] [--show N]
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BBC = REPO / ".." / "shared" / "data" / "corpus" / "bbc"

# Words a well-formed event name never ends with.
FUNCTION_WORDS = frozenset("""
a an the and or but nor so yet of in on at by for to from with without into onto over under about after
before during since until as than that which who whom whose what when where while if because although
though is are was were be been being has have had do does did will would shall should can could may
might must not no his her its their our my your this these those it he she they we i you
""".split())


def bad_name(name: str) -> bool:
    """A clause fragment rather than a label: ends in a function word or runs over 12 words."""
    words = re.findall(r"[\w'’-]+", name)
    return not words or words[-1].lower() in FUNCTION_WORDS or len(words) > 12


def criteria(version_dir: Path) -> dict:
    import pyarrow.parquet as pq

    events = pq.read_table(version_dir / "events.parquet").to_pylist()
    mentions = pq.read_table(version_dir / "event_mentions.parquet", columns=["event_id"]).to_pylist()
    n = len(events) or 1
    confidences = Counter(e.get("confidence") for e in events)
    typed = [e for e in events if e.get("event_type") or e.get("event_type_reason")]
    elections = [e for e in events if e.get("kind") == "election" and e.get("date_begin") is not None
                 and e["date_begin"].year == 2005 and re.search(r"general election", e.get("name", ""), re.I)]
    per_event = Counter(m["event_id"] for m in mentions)
    return {
        "events": len(events),
        "bad_names": sum(bad_name(e.get("name", "")) for e in events) / n,
        "kind_other": sum(e.get("kind") == "other" for e in events) / n,
        "typed_or_reason": len(typed) / n,
        "with_event_type": sum(bool(e.get("event_type")) for e in events) / n,
        "top_confidence": (confidences.most_common(1)[0][1] / n) if events else 0.0,
        "top_confidence_value": confidences.most_common(1)[0][0] if events else None,
        "ge2005_rows": len(elections),
        "ge2005_mentions": sum(per_event[e["event_id"]] for e in elections),
        "text_derived": sum(e.get("kb_id") is None for e in events) / n,
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", type=Path, help="an already built version folder (skips the build)")
    parser.add_argument("--show", type=int, default=0, help="print N sample names that fail the name test")
    args = parser.parse_args(argv)
    if args.dataset is None and not BBC.is_dir():
        print(f"BBC corpus not found at {BBC} (../shared is absent)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        version = args.dataset
        if version is None:
            from timeline_builder.cli import main as timeline

            dataset = Path(tmp) / "bbc"
            code = timeline(["build", str(BBC), "--dataset", str(dataset), "--dct", "2005-01-01",
                             "--no-cache", "--quiet"])
            if code != 0:
                return code
            version = dataset / "latest"
        found = criteria(version)
        if args.show:
            import pyarrow.parquet as pq

            names = [e["name"] for e in pq.read_table(version / "events.parquet").to_pylist() if bad_name(e["name"])]
            for name in names[:args.show]:
                print("  bad name:", name)
    print(f"events {found['events']}  (text-derived {found['text_derived']:.0%})")
    print(f"names ending in a function word or over 12 words: {found['bad_names']:.1%}  (target <= 5 %)")
    print(f"kind 'other': {found['kind_other']:.1%}  (target <= 20 %)")
    print(f"event_type or a reason for none: {found['typed_or_reason']:.1%}  (target 100 %); "
          f"with a PLOVER type: {found['with_event_type']:.1%}")
    print(f"largest share of one confidence value: {found['top_confidence']:.1%} "
          f"(value {found['top_confidence_value']}; target <= 50 %)")
    print(f"2005 UK general election: {found['ge2005_rows']} row(s), {found['ge2005_mentions']} mention(s) (target: one row)")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO / "src"))
    sys.exit(main(sys.argv[1:]))
