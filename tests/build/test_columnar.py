"""The merge on columns: rows spilled to part files, merged by the rules of each table, the same
tables whatever order documents arrive in and however the rows are cut into parts."""
from __future__ import annotations

import itertools
import os
from datetime import date

import pytest

from timeline_builder.build import BuildOptions, build, parts
from timeline_builder.build.rows import Collector, extraction_rows
from timeline_builder.records import (Actor, ActorMention, ActorRole, Document, Event, EventActor, EventMention,
                                      Extraction, Problem, Sentence, Timex)


def _document(doc_id: str, path: str) -> Document:
    return Document(doc_id, path, "In 1962 Cuba and the US met.", "sha-" + doc_id,
                    sentences=(Sentence(0, 29),))


def _extraction(doc_id: str, actor: Actor, event: Event, link: EventActor) -> Extraction:
    return Extraction(
        timexes=(Timex(doc_id, 3, 7, "1962", "DATE", "1962", None, date(1962, 1, 1), date(1962, 12, 31), "year", "t"),),
        actors=(actor,),
        actor_mentions=(ActorMention(actor.actor_id, doc_id, 8, 12, "Cuba"),
                        ActorMention(actor.actor_id, doc_id, 8, 12, "Cuba")),  # the same span twice: one row
        actor_roles=(ActorRole(actor.actor_id, "state", None, None, None, "text"),),
        events=(event,),
        event_mentions=(EventMention(event.event_id, doc_id, 0, 29, "In 1962 Cuba and the US met."),),
        event_actors=(link,),
        problems=(Problem("no-dct", "no creation time", doc_id=doc_id, severity="warning"),),
    )


DOCUMENTS = [
    # (doc id, path, the actor row this document found, its event row, its link row)
    ("d1", "b/2.txt", Actor("cuba", "Cuba", "state", "CUB", ("Cuba",), None, None, "discovered"),
     Event("meeting-1962", "Meeting (b)", "meeting", date(1962, 1, 1)),
     EventActor("meeting-1962", "cuba", "participant", "text", "d1", 0, 29)),
    ("d2", "a/1.txt", Actor("cuba", "Republic of Cuba", "state", "CUB", ("Republic of Cuba", "Cubans"), "state", None,
                            "knowledge"),
     Event("meeting-1962", "Meeting (a)", "meeting", date(1962, 1, 1)),
     EventActor("meeting-1962", "cuba", "participant", "knowledge", None, None, None)),
    ("d3", "c/3.txt", Actor("cuba", "Cuba", "state", "CUB", ("Kuba",), None, None, "discovered"),
     Event("meeting-1962", "Meeting (c)", "meeting", date(1962, 1, 1)),
     EventActor("meeting-1962", "cuba", "participant", "text", "d3", 0, 29)),
]


def _tables(order, flush_rows=None, monkeypatch=None):
    if flush_rows is not None:
        monkeypatch.setattr(parts, "FLUSH_ROWS", flush_rows)
    with Collector() as collector:
        for index in order:
            doc_id, path, actor, event, link = DOCUMENTS[index]
            document = _document(doc_id, path)
            collector.add_rows(document, extraction_rows(document, _extraction(doc_id, actor, event, link)))
        return collector.tables()


def test_each_table_keeps_the_row_its_merge_rule_names():
    tables = _tables([0, 1, 2])
    # actors: knowledge over discovery, every document's aliases, sorted
    assert tables["actors"] == [("cuba", "Republic of Cuba", "state", "CUB", ["Cuba", "Cubans", "Kuba", "Republic of Cuba"],
                                 "state", None, "knowledge")]
    # events: the row of the first document in path order (a/1.txt)
    assert [row[1] for row in tables["events"]] == ["Meeting (a)"]
    # event links: text evidence over knowledge, then the smallest document id
    assert tables["event_actors"] == [("meeting-1962", "cuba", "participant", "text", "d1", 0, 29)]
    # unmerged tables: every row, sorted; a repeated span once
    assert [row[1] for row in tables["documents"]] == ["a/1.txt", "b/2.txt", "c/3.txt"]
    assert [(row[1], row[2]) for row in tables["actor_mentions"]] == [("d1", 8), ("d2", 8), ("d3", 8)]
    assert tables["actor_roles"] == [("cuba", "state", None, None, None, "text")]
    assert len(tables["problems"]) == 3 and len(tables["timexes"]) == 3 and len(tables["sentences"]) == 3


def test_tables_do_not_depend_on_arrival_order_or_part_size(monkeypatch):
    expected = _tables([0, 1, 2])
    for order in itertools.permutations(range(3)):
        assert _tables(list(order)) == expected, order
    assert _tables([2, 0, 1], flush_rows=1, monkeypatch=monkeypatch) == expected


def test_rows_reach_disk_as_documents_finish(monkeypatch):
    monkeypatch.setattr(parts, "FLUSH_ROWS", 2)
    with Collector() as collector:
        for doc_id, path, actor, event, link in DOCUMENTS:
            document = _document(doc_id, path)
            collector.add_rows(document, extraction_rows(document, _extraction(doc_id, actor, event, link)))
        written = sorted(p.relative_to(collector.work / "parts").parts[0] for p in (collector.work / "parts").rglob("*.parquet"))
        assert "actor_mentions" in written and "events" in written  # before any merge was asked for
        work = collector.work
    assert not work.exists()  # a Collector's own work folder goes with it


def test_a_build_leaves_no_work_folder_and_clears_a_dead_builds(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("In 1962 Cuba and the United States met in Havana.\n", encoding="utf-8")
    dead = tmp_path / "ds" / parts.WORK / f"build-{_dead_pid()}-x"
    (dead / "parts").mkdir(parents=True)
    build([str(corpus)], tmp_path / "ds", BuildOptions(use_cache=False, dct=date(2000, 1, 1)))
    assert not (tmp_path / "ds" / parts.WORK).exists()


def _dead_pid() -> int:
    pid = 4_000_000  # above the usual pid_max
    while True:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return pid
        except OSError:
            pass
        pid += 1


@pytest.mark.parametrize("name", ["documents", "events", "actors", "event_actors", "problems"])
def test_an_empty_build_of_rows_gives_empty_tables_of_the_schema(name):
    with Collector() as collector:
        table = collector.arrow_tables()[name]
    from timeline_builder.publish.tables import SCHEMAS
    assert table.num_rows == 0 and table.schema.equals(SCHEMAS[name], check_metadata=True)


@pytest.mark.parametrize("order, in_order", [([1, 0, 2], False), ([0, 1, 2], True)])
def test_documents_are_never_sorted_with_their_texts_by_duckdb(monkeypatch, order, in_order):
    """A sort carrying the texts is what DuckDB cannot do within its memory limit: documents that
    arrived in path order are read from the parts as they are; any other order is sorted a bucket
    at a time (bucket_sort), never by the documents query."""
    from timeline_builder.build import bucket_sort, columnar

    queried, bucketed = [], []
    select = columnar.ColumnarMerge._select
    monkeypatch.setattr(columnar.ColumnarMerge, "_select",
                        lambda self, files, query, *rest, **named: queried.append(query) or select(self, files, query, *rest, **named))
    sort = bucket_sort.sorted_batches
    monkeypatch.setattr(columnar, "sorted_batches", lambda *args: bucketed.append(1) or sort(*args))
    monkeypatch.setattr(parts, "FLUSH_ROWS", 1)  # several parts
    by_path = sorted(range(3), key=lambda i: DOCUMENTS[i][1])  # a/1.txt, b/2.txt, c/3.txt
    tables = _tables([by_path[i] for i in order])
    assert [row[1] for row in tables["documents"]] == ["a/1.txt", "b/2.txt", "c/3.txt"]
    assert columnar.QUERIES["documents"] not in queried
    assert bool(bucketed) is not in_order


_PATH_PARTS = ["a", "B", "z", "é", "ö", "日本", "😀", "a b", "", "0", "a/b"]


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("streamed", [False, True])
def test_documents_out_of_order_sort_as_the_query_would(monkeypatch, seed, streamed):
    """Documents in random order (paths in several scripts, repeated paths and ids, texts of many
    sizes), sorted a bucket at a time with buckets of a few documents: the rows and their order
    are those of the documents query (ORDER BY path, doc_id, _seq) over the same parts."""
    import random

    from timeline_builder.build import bucket_sort, columnar
    from timeline_builder.publish.tables import SCHEMAS

    generator = random.Random(seed)
    monkeypatch.setattr(bucket_sort, "BUCKET_BYTES", generator.choice([1, 200, 900, 5000]))
    monkeypatch.setattr(bucket_sort, "MAX_BUCKETS", generator.choice([2, 256]))
    monkeypatch.setattr(parts, "FLUSH_ROWS", generator.choice([1, 7, 4096]))
    with Collector() as collector:
        for number in range(generator.randint(1, 120)):
            path = "/".join(generator.choice(_PATH_PARTS) for _ in range(generator.randint(1, 3)))
            text = "word " * generator.choice([0, 1, 30, 400])
            document = Document(f"d{generator.randint(0, 40)}", path, text, f"sha{number}", title=f"t{number}",
                                sentences=(Sentence(0, len(text)),) if text else ())
            collector.add_rows(document, extraction_rows(document, Extraction()))
        collector.parts.flush()
        merge = collector.merge
        files = merge.files("documents")
        expected = columnar._in_schema("documents", merge._select(files, columnar.QUERIES["documents"]).to_arrow_table())
        if streamed:
            got = [batch for batch in merge.streamed("documents").to_batches()]
            got = columnar.pa.Table.from_batches(got, schema=SCHEMAS["documents"])
        else:
            got = merge.table("documents")
    assert got.to_pylist() == expected.to_pylist()
