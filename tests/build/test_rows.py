"""The rows stage is per-document guarded: one document whose records cannot become rows, or
a row that does not fit its table, is a problem row; the other documents are published."""
from __future__ import annotations

from datetime import date

import pyarrow.parquet as pq

from timeline_builder.build import BuildOptions, build
from timeline_builder.build.rows import Collector, checked_table, extraction_rows, knowledge_actor
from timeline_builder.extract import registry
from timeline_builder.knowledge.actors import load_actor_knowledge
from timeline_builder.records import EventActor, Extraction, Problem, Timex


def _table(version, name):
    return pq.read_table(version.path / f"{name}.parquet").to_pylist()


def test_inauguration_in_an_inauguration_year_builds(tmp_path):
    """A term-start event links actors no document mentions; their rows come from knowledge
    (this raised AttributeError in the rows stage and sank the whole build)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "2021-01-20-inauguration.txt").write_text("Crowds gathered for the inauguration.\n", encoding="utf-8")
    (corpus / "other.txt").write_text("The treaty was signed in 1987.\n", encoding="utf-8")
    result = build([str(corpus)], tmp_path / "ds", BuildOptions(use_cache=False))
    assert result.n_documents == 2
    actors = {row["actor_id"]: row for row in _table(result.version, "actors")}
    linked = {row["actor_id"] for row in _table(result.version, "event_actors")}
    assert linked and linked <= set(actors)
    assert not [p for p in result.problems if p.severity == "error"]


def test_knowledge_actor_row_has_the_extractors_fields():
    known = load_actor_knowledge().actors["united-states"]
    actor = knowledge_actor(known)
    assert (actor.actor_id, actor.type, actor.source, actor.aliases) == ("united-states", "state", "knowledge", ())


class BrokenRecords:
    """An extractor whose records are malformed for one document (a timex with a list for its
    offsets), like a bug in a real extractor would make them."""

    name = "test-broken-records"
    version = "1"

    def __call__(self, doc):
        document = doc.document
        if "poison" not in document.text:
            return Extraction(timexes=(Timex(document.doc_id, 0, 4, document.text[:4], "DATE", "1962",
                                             date_begin=date(1962, 1, 1), date_end=date(1962, 12, 31)),))
        return Extraction(timexes=(Timex(document.doc_id, [0], 4, "x", "DATE", "1962"),),
                          event_actors=(EventActor("e", "a", "r", "text", document.doc_id, None, None),))


registry.register("test-broken-records")(BrokenRecords)


def test_a_document_whose_rows_do_not_fit_is_a_problem_not_a_sunk_build(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text("1962 was a year.\n", encoding="utf-8")
    (corpus / "bad.txt").write_text("poison pill\n", encoding="utf-8")
    result = build([str(corpus)], tmp_path / "ds", BuildOptions(extractors=("test-broken-records",), use_cache=False))
    assert result.n_documents == 2
    timexes = _table(result.version, "timexes")
    assert [t["text"] for t in timexes] == ["1962"]
    problems = _table(result.version, "problems")
    assert any(p["stage"] == "rows" and p["path"] in ("corpus/bad.txt", "") for p in problems), problems
    assert {d["path"] for d in _table(result.version, "documents")} == {"corpus/good.txt", "corpus/bad.txt"}


def test_extraction_rows_is_total(tmp_path):
    from timeline_builder.ingest import load_document

    path = tmp_path / "a.txt"
    path.write_text("Some text.\n", encoding="utf-8")
    document = load_document(path)
    class Faulty:
        @property
        def doc_id(self):
            raise RuntimeError("a bug in a record's property")

    broken = Extraction(timexes=(Faulty(),))
    rows = dict(zip(("timexes", "actors", "actor_mentions", "actor_roles", "events", "event_mentions",
                     "event_actors", "problems"), extraction_rows(document, broken)))
    assert rows["timexes"] == ()
    (problem,) = rows["problems"]
    assert Problem(*problem).code == "rows-failed" and Problem(*problem).doc_id == document.doc_id


def test_collector_takes_malformed_rows_as_a_problem(tmp_path):
    from timeline_builder.ingest import load_document

    path = tmp_path / "a.txt"
    path.write_text("Some text.\n", encoding="utf-8")
    document = load_document(path)
    collector = Collector()
    malformed = ((), (), (), (), (("only-an-id",),), (), ((1,),), ())  # events and links too narrow
    collector.add_rows(document, malformed)
    tables = collector.tables()
    assert tables["events"] == [] and tables["event_actors"] == []
    assert [row for row in tables["problems"] if "rows-failed" in row]
    assert len(tables["documents"]) == 1


def test_checked_table_leaves_out_only_the_bad_row():
    problems: list[Problem] = []
    good = ("t1", "d1", 0, 4, "1962", "DATE", "1962", None, None, None, "year", "x")
    bad = ("t2", "d2", "zero", 4, "1962", "DATE", "1962", None, None, None, "year", "x")
    table = checked_table("timexes", [good, bad], problems)
    assert table.num_rows == 1
    assert [(p.code, p.doc_id) for p in problems] == [("bad-row", "d2")]
