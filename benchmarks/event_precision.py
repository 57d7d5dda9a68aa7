"""Event precision on genres the gold does not cover: a fixed sample of BBC news stories and
US presidential speeches, each event row read by a person against its sentence.

The dev gold measures precision on analytic essays only. This benchmark builds a fixed,
deterministic sample (every 25th BBC story from the 8th, dct 2005-01-01 as the corpus gives
none; every 45th speech from the 12th, dct from the file name), then

* ``dump`` prints one line per event (key, kind, date, name, its first mention) to read;
* ``score VERDICTS`` counts the rows a reader marked false, by class, in the verdict file
  (``benchmarks/event_precision_verdicts.tsv``: key, verdict ``ok``/``false``, class, note;
  keys only, no corpus text). Rows the file has no verdict for are listed as unread: read
  them, add verdicts, score again. The share of false rows before and after a change is the
  change's effect on precision in these genres.

A row's key is ``doc_id/document#start-end@date_begin:kind`` of its first mention (one clause
may date two events), so a rule that renames an event keeps its verdict; a new or moved mention,
a new date or a new kind (another trigger chosen: a clause once named by a false trigger may now
be a true statement) needs reading.

The before figure of a change: ``git archive REV src | tar -x -C /tmp/rev`` and build with
``PYTHONPATH=/tmp/rev/src python benchmarks/event_precision.py build DIR``.

usage: python benchmarks/event_precision.py build DIR [--sample fresh|check|last|draw:N]
       python benchmarks/event_precision.py dump DIR/latest [DIR/latest ...]
       python benchmarks/event_precision.py score DIR/latest [DIR/latest ...] [--verdicts FILE]
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from math import gcd
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPORA = REPO / ".." / "shared" / "data" / "corpus"
VERDICTS = REPO / "benchmarks" / "event_precision_verdicts.tsv"


def sample(which: str = "fixed") -> dict[str, list[Path]]:
    """The fixed sample (89 BBC stories, 10 speeches: the rules of 2026-11-28 were tuned on it), or
    the fresh one drawn after them from other slices (22 BBC stories, 3 speeches, 16 TempEval-3
    news and feature articles standing in for essay-like prose), read once before any rule it led to,
    or the check sample (22 BBC stories, 3 speeches, 16 articles from yet other slices), read
    after the fresh sample's rules were merged: their precision on documents they were not made on;
    or the last sample (as many again, from other slices), read after every rule of that day."""
    bbc = sorted((CORPORA / "bbc").rglob("*.txt"))
    speeches = sorted((CORPORA / "presidential-speeches").glob("*.txt"))
    if which == "fixed":
        return {"bbc": bbc[7::25], "speeches": speeches[11::45]}
    if which == "last":  # read once on the last code of 2026-11-29, after every rule of that day: held out from all
        articles = sorted((CORPORA.parent / "tempeval3" / "train").rglob("*.tml"))[9::16]
        return {"bbc": bbc[46::100], "speeches": speeches[124::150], "articles": articles}
    if which == "check":  # read once after the fresh sample's rules were merged: their held-out figure
        articles = sorted((CORPORA.parent / "tempeval3" / "train").rglob("*.tml"))[13::16]
        return {"bbc": bbc[21::100], "speeches": speeches[99::150], "articles": articles}
    if which.startswith("draw:"):
        return _drawn(int(which.split(":", 1)[1]), bbc, speeches)
    # slices no earlier reading used: [7::25] (fixed), [19::25] and [33::45] (held out), [3::5] and [5::8] (wide)
    articles = sorted((CORPORA.parent / "tempeval3" / "train").rglob("*.tml"))[5::16]
    return {"bbc": bbc[16::100], "speeches": speeches[27::150], "articles": articles}


def _unread(offset: int, step: int, read: tuple[tuple[int, int], ...]) -> bool:
    """Whether the slice [offset::step] shares no document with any slice [o::s] read before."""
    return all((offset - o) % gcd(step, s) != 0 for o, s in read)


# Slices earlier samples read: fixed [7::25] [11::45], held out [19::25] [33::45], fresh, check and last
# [16|21|46::100] [27|99|124::150] [5|13|9::16]; wide checks read only the rows a change moved.
_READ_BBC = ((7, 25), (19, 25), (16, 100), (21, 100), (46, 100))
_READ_SPEECHES = ((11, 45), (33, 45), (27, 150), (99, 150), (124, 150))
_READ_ARTICLES = ((5, 16), (13, 16), (9, 16))


def _drawn(seed: int, bbc: list[Path], speeches: list[Path]) -> dict[str, list[Path]]:
    """A new sample of the fresh sample's size from a seed: the offsets of one slice per genre (every
    100th BBC story, every 150th speech, every 16th TempEval-3 article) drawn among those no earlier
    sample read, so text no rule was written from can be read before a round of rules (``draw:8``).
    The draws from ``draw:8`` on are read in turn, so each also avoids the slices of the draws
    before it (``draw:9`` shares no document with ``draw:8``)."""
    articles = sorted((CORPORA.parent / "tempeval3" / "train").rglob("*.tml"))
    picks = _draw_offsets(seed)
    return {"bbc": bbc[picks["bbc"]::100], "speeches": speeches[picks["speeches"]::150],
            "articles": articles[picks["articles"]::16]}


_FIRST_DRAW = 8  # the first seed a session read (precision8); draw:8's slices are BBC [34::100], speeches [55::150], articles [7::16]
_STEPS = {"bbc": 100, "speeches": 150, "articles": 16}


def _draw_offsets(seed: int) -> dict[str, int]:
    read = {"bbc": list(_READ_BBC), "speeches": list(_READ_SPEECHES), "articles": list(_READ_ARTICLES)}
    for earlier in range(_FIRST_DRAW, seed):
        for name, offset in _pick(earlier, read).items():
            read[name].append((offset, _STEPS[name]))
    return _pick(seed, read)


def _pick(seed: int, read: dict[str, list[tuple[int, int]]]) -> dict[str, int]:
    import random

    chooser = random.Random(seed)
    return {name: chooser.choice([o for o in range(step) if _unread(o, step, tuple(read[name]))])
            for name, step in _STEPS.items()}


def _articles_jsonl(paths: list[Path], out: Path) -> Path:
    """TimeML articles as one JSONL collection (id, dct, text) the build reads with each article's own dct."""
    import json

    from timeline_builder.evaluate.timeml import read_tml

    out.mkdir(parents=True, exist_ok=True)
    target = out / "articles.jsonl"
    with target.open("w", encoding="utf-8") as handle:
        for path in paths:
            document = read_tml(path)
            record = {"id": document.doc_id, "date": document.dct.isoformat() if document.dct else None,
                      "text": document.text}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return target


def build(out: Path, which: str = "fixed") -> int:
    from timeline_builder.cli import main as timeline

    for name, paths in sample(which).items():
        inputs = [_articles_jsonl(paths, out / "input")] if name == "articles" else paths
        args = ["build", *map(str, inputs), "--dataset", str(out / name), "--no-cache", "--quiet", "--jobs", "1"]
        if name == "bbc":
            args += ["--dct", "2005-01-01"]
        code = timeline(args)
        if code != 0:
            return code
        print(f"{name}: {len(paths)} documents -> {out / name / 'latest'}")
    return 0


def rows(version: Path) -> list[dict]:
    """One row per event: its key (doc_id/document#start-end@date:kind of its first mention), fields, mention."""
    import pyarrow.parquet as pq

    events = {e["event_id"]: e for e in pq.read_table(version / "events.parquet").to_pylist()}
    docs = {d["doc_id"]: d["path"] for d in pq.read_table(version / "documents.parquet",
                                                            columns=["doc_id", "path"]).to_pylist()}
    first: dict[str, dict] = {}
    for m in pq.read_table(version / "event_mentions.parquet").to_pylist():
        if m["event_id"] not in first:  # reading order: the first is the earliest
            first[m["event_id"]] = m
    out = []
    for event_id, m in first.items():
        e = events[event_id]
        doc = docs.get(m["doc_id"], "")  # the id too: BBC's folders repeat file names
        key = f"{m['doc_id']}/{doc}#{m['char_start']}-{m['char_end']}@{e['date_begin']}:{e['kind']}"
        out.append({"key": key, "name": e["name"], "kind": e["kind"], "date": str(e["date_begin"]),
                    "source": e["source"], "mention": " ".join(m["text"].split())})
    out.sort(key=lambda r: (r["key"], r["name"]))
    seen: Counter = Counter()
    for row in out:  # two events told by one clause with one date: the second is key#2
        seen[row["key"]] += 1
        if seen[row["key"]] > 1:
            row["key"] += f"#{seen[row['key']]}"
    return out


def read_verdicts(path: Path) -> dict[str, tuple[str, str]]:
    verdicts = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("key\t"):
            continue
        cells = line.split("\t")
        if len(cells) < 2 or cells[1] not in ("ok", "false"):
            raise SystemExit(f"{path}:{number}: want key<TAB>ok|false<TAB>class<TAB>note")
        verdicts[cells[0]] = (cells[1], cells[2] if len(cells) > 2 else "")
    return verdicts


def score(versions: list[Path], verdicts_path: Path) -> int:
    verdicts = read_verdicts(verdicts_path)
    total = false = 0
    classes: Counter = Counter()
    unread = []
    for version in versions:
        for row in rows(version):
            verdict = verdicts.get(row["key"])
            if verdict is None:
                unread.append(row)
                continue
            total += 1
            if verdict[0] == "false":
                false += 1
                classes[verdict[1]] += 1
    print(f"rows read {total}, false {false} ({false / (total or 1):.1%}); precision {1 - false / (total or 1):.3f}")
    for cls, n in classes.most_common():
        print(f"  {cls}: {n}")
    if unread:
        print(f"{len(unread)} row(s) without a verdict:")
        for row in unread:
            print(f"  {row['key']}\t{row['kind']}\t{row['date']}\t{row['name']}\t| {row['mention'][:160]}")
    return 0


def _sample_name(value: str) -> str:
    if value in ("fixed", "fresh", "check", "last") or re.fullmatch(r"draw:\d+", value):
        return value
    raise argparse.ArgumentTypeError(f"{value!r}: want fixed, fresh, check, last or draw:N")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("build", "dump", "score"))
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--verdicts", type=Path, default=VERDICTS)
    parser.add_argument("--sample", type=_sample_name, default="fixed",
                        help="build: the fixed sample tuned on in 2026-11, the fresh one drawn later, or the "
                             "check sample read after the fresh sample's rules, or the last one read after all of "
                             "them, or draw:N, slices no earlier sample read drawn with seed N")
    args = parser.parse_args(argv)
    if args.command == "build":
        if not (CORPORA / "bbc").is_dir():
            print(f"corpora not found at {CORPORA} (../shared is absent)", file=sys.stderr)
            return 2
        return build(args.paths[0], args.sample)
    if args.command == "dump":
        for version in args.paths:
            for row in rows(version):
                print(f"{row['key']}\t{row['kind']}\t{row['date']}\t{row['source']}\t{row['name']}\t| {row['mention'][:200]}")
        return 0
    return score(args.paths, args.verdicts)


if __name__ == "__main__":
    # appended, not prepended: PYTHONPATH=OLD/src builds the sample with an older revision's code
    sys.path.append(str(REPO / "src"))
    sys.exit(main(sys.argv[1:]))
