"""Where the event knowledge base's names and aliases match in a corpus, and what a change of the
event files adds or removes: the check for false matches of new aliases on text nobody tuned on.

Counts, for each known event, the alias matches (``extract/events/matcher.py``, the first step
of linking) in every ``.txt`` file under the corpus folders. With ``--baseline REV`` the event
files of that git revision are matched too and only the events whose counts differ are listed,
each with a few of its matches in context, so every new or changed alias can be read where it
fires. The extractor filters some matches afterwards (a lower-case alias in a document naming
none of the event's parties, an indefinite "a new world order"), so these counts are an upper
bound of the links: a false match here is worth reading even when the build would drop it.

usage: python benchmarks/kb_hits.py CORPUS_DIR [CORPUS_DIR ...] [--baseline REV] [--limit N]
                                    [--examples K] [--top N]
  e.g. python benchmarks/kb_hits.py ../shared/data/corpus/bbc ../shared/data/corpus/presidential-speeches --baseline main
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from timeline_builder.extract.events.matcher import AliasMatcher
from timeline_builder.knowledge.events import read_event_files

ROOT = Path(__file__).resolve().parents[1]
EVENTS = "src/timeline_builder/knowledge/events"


def texts(folders: list[str], limit: int | None) -> list[tuple[str, str]]:
    """(name, text) of every .txt file under the folders, in path order (``limit`` per folder)."""
    out = []
    for folder in folders:
        paths = sorted(p for p in Path(folder).rglob("*.txt") if p.name != "README.txt")
        for path in paths[:limit]:
            out.append((str(path.relative_to(folder)), path.read_text(encoding="utf-8", errors="replace")))
    return out


def event_files_at(revision: str | None, into: Path) -> list[Path]:
    """The English event files of the work tree (``revision`` None) or of a git revision, copied
    into ``into``."""
    if revision is None:
        return sorted((ROOT / EVENTS).glob("*.tsv"))
    names = subprocess.run(["git", "ls-tree", "--name-only", f"{revision}:{EVENTS}"], cwd=ROOT, check=True,
                           capture_output=True, text=True).stdout.split()
    paths = []
    for name in sorted(n for n in names if n.endswith(".tsv")):
        body = subprocess.run(["git", "show", f"{revision}:{EVENTS}/{name}"], cwd=ROOT, check=True,
                              capture_output=True).stdout
        (into / name).write_bytes(body)
        paths.append(into / name)
    return paths


def hits(paths: list[Path], docs: list[tuple[str, str]]) -> dict[str, list[tuple[str, str]]]:
    """event id -> [(document, the match in context)] for every alias match."""
    matcher = AliasMatcher(list(read_event_files(paths).values()))
    found: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for name, text in docs:
        for match in matcher.find(text):
            context = text[max(0, match.start - 60):match.start] + "[" + text[match.start:match.end] + "]" + \
                text[match.end:match.end + 60]
            for event in match.events:
                found[event.event_id].append((name, " ".join(context.split())))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="+")
    parser.add_argument("--baseline", help="git revision whose event files to compare with")
    parser.add_argument("--limit", type=int, help="files per corpus folder")
    parser.add_argument("--examples", type=int, default=3)
    parser.add_argument("--top", type=int, default=40, help="events listed without --baseline")
    args = parser.parse_args(argv)
    docs = texts(args.corpora, args.limit)
    with tempfile.TemporaryDirectory() as tmp:
        now = hits(event_files_at(None, Path(tmp)), docs)
        before = hits(event_files_at(args.baseline, Path(tmp)), docs) if args.baseline else None
    total = sum(len(v) for v in now.values())
    print(f"{len(docs)} documents, {sum(len(t) for _, t in docs) / 1e6:.1f} M chars: {total} matches of "
          f"{len(now)} known events", end="")
    if before is None:
        print()
        for event_id, count in Counter({k: len(v) for k, v in now.items()}).most_common(args.top):
            print(f"{count:6d}  {event_id}  e.g. {now[event_id][0][1]}")
        return 0
    print(f" (baseline {args.baseline}: {sum(len(v) for v in before.values())} of {len(before)})")
    changed = sorted(k for k in set(now) | set(before) if len(now.get(k, ())) != len(before.get(k, ())))
    for event_id in changed:
        was, is_ = before.get(event_id, []), now.get(event_id, [])
        print(f"{len(was):6d} -> {len(is_):<6d} {event_id}")
        new = [h for h in is_ if h not in was] or [h for h in was if h not in is_]
        for doc, context in new[:args.examples]:
            print(f"          {doc}: {context}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
