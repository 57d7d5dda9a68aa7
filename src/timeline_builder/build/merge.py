"""``timeline merge``: datasets built apart (shards of one archive) as one version.

A build is a map over documents and a merge of their rows; building shards apart and
merging their tables here is the same merge done later. The rows of tables that belong to
one document (documents, sentences, timexes, mentions) are united; actors, events and
event links found in several shards keep the row a single build would keep (the same
order-independent rules as :mod:`rows`); the result is published like a build, so merging
shards gives the bytes of one build of all their inputs. The shards must have been built
by the same extractors, knowledge and options, and name no document twice with two texts.
"""
from __future__ import annotations

from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path

from ..errors import UsageError
from ..publish.tables import SCHEMAS, table_from_rows
from ..publish.versions import PublishedVersion, publish
from .event_merge import merge_events_across_documents
from .rows import (_ACTOR_MENTION_ORDER, _EVENT_ACTOR_KEY, _EVENT_MENTION_ORDER, _TIMEX_ORDER, _evidence_rank,
                   _none_last, _sortable, actor_rank)

# What must agree between the shards for their union to be one build's output.
_SAME = ("schema_version", "extractors", "knowledge", "options")


@dataclass(slots=True)
class MergeResult:
    version: PublishedVersion
    n_datasets: int
    n_documents: int


def merge_datasets(sources: list[Path], out: Path, wait_seconds: float = 60.0) -> MergeResult:
    """Publish the union of the latest versions of ``sources`` as a new version of ``out``."""
    from ..dataset.reader import open_dataset
    from .pipeline import _input_changes

    if not sources:
        raise UsageError("give at least one dataset to merge")
    versions = [open_dataset(source).version() for source in sources]
    first = versions[0].manifest
    for source, version in zip(sources[1:], versions[1:]):
        for key in _SAME:
            if version.manifest.get(key) != first.get(key):
                raise UsageError(f"cannot merge: {source} was built with other {key.replace('_', ' ')} "
                                 f"than {sources[0]}", hint="rebuild the shards with the same version and options")
    rows = {name: [] for name in SCHEMAS}
    for version in versions:
        for name in SCHEMAS:
            table = version.table(name)
            rows[name] += list(zip(*(table.column(c).to_pylist() for c in SCHEMAS[name].names)))
    inputs = _merged_inputs([version.manifest.get("inputs", []) for version in versions])
    tables = {name: table_from_rows(name, merged) for name, merged in _merged_rows(rows, versions).items()}
    content_key = {key: first[key] for key in ("extractors", "knowledge") if key in first}
    content_key["inputs"] = inputs
    version = publish(out, tables, content_key, first.get("options", {}), wait_seconds,
                      catalog_extra=_input_changes(out, inputs))
    return MergeResult(version, len(versions), len(rows["documents"]))


def _merged_inputs(lists: list[list[dict]]) -> list[dict]:
    by_path: dict[str, dict] = {}
    for inputs in lists:
        for item in inputs:
            known = by_path.get(item["path"])
            if known is not None and known != item:
                raise UsageError(f"cannot merge: two datasets hold {item['path']!r} with different texts",
                                 hint="a path names one document; rebuild the shards from one archive")
            by_path[item["path"]] = item
    return sorted(by_path.values(), key=lambda i: (i["path"], i["doc_id"]))


def _merged_rows(rows: dict[str, list[tuple]], versions) -> dict[str, list[tuple]]:
    names = {name: SCHEMAS[name].names for name in SCHEMAS}
    documents = sorted(dict.fromkeys(rows["documents"]), key=itemgetter(1, 0))
    path_of = {row[0]: row[1] for row in documents}
    merged = {
        "documents": documents,
        "sentences": sorted(dict.fromkeys(rows["sentences"]), key=itemgetter(0, 1)),
        "timexes": sorted(dict.fromkeys(rows["timexes"]), key=_TIMEX_ORDER),
        "actor_mentions": sorted(dict.fromkeys(rows["actor_mentions"]), key=_ACTOR_MENTION_ORDER),
        "event_mentions": sorted(dict.fromkeys(rows["event_mentions"]), key=_EVENT_MENTION_ORDER),
        "actor_roles": sorted(set(rows["actor_roles"]), key=_sortable),
        "problems": sorted(set(rows["problems"]), key=_problem_order()),
    }
    # Actors: the row the order-independent rank picks, with every shard's aliases.
    aliases_at = names["actors"].index("aliases")
    actors: dict[str, tuple] = {}
    aliases: dict[str, set] = {}
    for row in rows["actors"]:
        row = row[:aliases_at] + (tuple(row[aliases_at] or ()),) + row[aliases_at + 1:]
        aliases.setdefault(row[0], set()).update(row[aliases_at])
        if row[0] not in actors or actor_rank(row) < actor_rank(actors[row[0]]):
            actors[row[0]] = row
    merged["actors"] = [actors[a][:aliases_at] + (sorted(aliases[a]),) + actors[a][aliases_at + 1:]
                        for a in sorted(actors)]
    # Events: a build keeps the row of the first document (in path order) that found the
    # event; in a shard that is the first of its documents mentioning it.
    first_path: dict[tuple[int, str], str] = {}
    for index, version in enumerate(versions):
        table = version.table("event_mentions")
        for event_id, doc_id in zip(table.column("event_id").to_pylist(), table.column("doc_id").to_pylist()):
            path = path_of.get(doc_id, "")
            key = (index, event_id)
            if key not in first_path or path < first_path[key]:
                first_path[key] = path
    events: dict[str, tuple] = {}
    offset = 0
    for index, version in enumerate(versions):
        count = version.table("events").num_rows
        for row in rows["events"][offset:offset + count]:
            rank = (first_path.get((index, row[0]), "\uffff"), _none_last(row))
            if row[0] not in events or rank < events[row[0]][0]:
                events[row[0]] = (rank, row)
        offset += count
    merged["events"] = [events[e][1] for e in sorted(events)]
    links: dict[tuple, tuple] = {}
    for row in rows["event_actors"]:
        key = _EVENT_ACTOR_KEY(row)
        if key not in links or _evidence_rank(row) < _evidence_rank(links[key]):
            links[key] = row
    events_rows, mention_rows, link_rows = merge_events_across_documents(
        [events[e][1] for e in sorted(events)], merged["event_mentions"], list(links.values()), _evidence_rank)
    merged["events"] = sorted(events_rows, key=itemgetter(0))
    merged["event_mentions"] = sorted(dict.fromkeys(mention_rows), key=_EVENT_MENTION_ORDER)
    merged["event_actors"] = sorted(link_rows, key=_EVENT_ACTOR_KEY)
    return merged


def _problem_order():
    # rows.problem_rows sorts problems as (path, doc_id, stage, code, message, severity)
    columns = SCHEMAS["problems"].names
    order = itemgetter(*(columns.index(c) for c in ("path", "doc_id", "stage", "code", "message", "severity")))
    return lambda row: tuple("" if v is None else v for v in order(row))
