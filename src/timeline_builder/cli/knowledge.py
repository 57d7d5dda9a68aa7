"""timeline knowledge: grow and check the event knowledge base."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import UsageError


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "knowledge", help="import or check knowledge-base files",
        description="Work with the knowledge base (the data files events and actors are matched against).")
    commands = parser.add_subparsers(dest="knowledge_command", metavar="SUBCOMMAND")
    importer = commands.add_parser(
        "import-wikidata", help="turn a Wikidata JSON export into an event knowledge file",
        description="Turn a Wikidata JSON export (entities with P585 point in time, P580 start,\n"
                    "P582 end, P710 participant, P1891 signatory) into rows of an event knowledge\n"
                    "file. Participants become actor ids through the actor knowledge base's Wikidata\n"
                    "ids. Put the file in DIR/events/ and build with --knowledge DIR.\n"
                    "Example: timeline knowledge import-wikidata summits.json --out mine/events/summits.tsv",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    importer.add_argument("file", metavar="FILE", help="Wikidata JSON (entity, list, {\"entities\":...} or JSON lines)")
    importer.add_argument("--out", metavar="TSV", help="write the rows here (default: standard output)")
    importer.add_argument("--language", default="en", metavar="xx", help="label language (default: en)")
    importer.add_argument("--knowledge", metavar="DIR", action="append", default=[],
                          help="a user knowledge folder whose actors also map Wikidata ids (repeatable)")
    importer.set_defaults(func=run_import)
    checker = commands.add_parser(
        "check", help="validate the packaged and user event knowledge",
        description="Load the event knowledge (plus each --knowledge DIR) and report the first bad\n"
                    "entry with its file and line, or the number of entries.\n"
                    "Example: timeline knowledge check --knowledge mine/",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    checker.add_argument("--knowledge", metavar="DIR", action="append", default=[])
    checker.set_defaults(func=run_check)
    parser.set_defaults(func=lambda args: (parser.print_help(), 2)[1])


def run_import(args) -> int:
    from ..knowledge.actors import load_actor_knowledge
    from ..knowledge.wikidata_import import import_entities, read_entities, to_tsv

    source = Path(args.file)
    if not source.is_file():
        raise UsageError("no such file", path=str(source))
    actors = load_actor_knowledge(tuple(Path(k) for k in args.knowledge))
    by_qid = {a.wikidata: a.actor_id for a in actors.actors.values() if a.wikidata}
    report = import_entities(read_entities(source), by_qid, args.language)
    text = to_tsv(report.rows)
    if args.out:
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    notes = [f"{len(report.rows)} event(s) imported"]
    if report.skipped:
        notes.append(f"{len(report.skipped)} entity(ies) without a label or date skipped")
    if report.unknown_participants:
        notes.append(f"{len(report.unknown_participants)} participant(s) not in the actor knowledge base left out: "
                     + ", ".join(sorted(report.unknown_participants)[:10]))
    print("; ".join(notes), file=sys.stderr)
    return 0


def run_check(args) -> int:
    from ..knowledge.events import load_event_knowledge

    folders = tuple(Path(k) for k in args.knowledge)
    knowledge = load_event_knowledge(folders)
    print(f"{len(knowledge.events)} events, {len(knowledge.terms())} terms in office: ok")
    _check_russian(knowledge, folders)
    return 0


def _check_russian(events, folders: tuple[Path, ...]) -> None:
    """The Russian names (actors/ru, events/ru) against the ids they name."""
    from ..extract.events.ru import load_russian_event_knowledge
    from ..knowledge.actors import load_actor_knowledge
    from ..knowledge.actors_ru import load_russian_actor_knowledge

    actors = load_russian_actor_knowledge(load_actor_knowledge(folders), folders)
    russian_events = load_russian_event_knowledge(events, folders)
    names = sum(len(v) for v in actors.names.by_first.values())
    event_names = sum(len(v) for v in russian_events.names.by_first.values())
    print(f"{names} Russian actor names, {event_names} Russian event names: ok")
