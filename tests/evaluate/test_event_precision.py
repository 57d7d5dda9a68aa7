"""The precision reading of benchmarks/event_precision.py: row keys, the verdict file, the score."""
from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

_PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "event_precision.py"
_spec = importlib.util.spec_from_file_location("event_precision", _PATH)
event_precision = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(event_precision)


def _version(folder: Path) -> Path:
    """A version folder with two documents: one clause dating two events, and a third event."""
    folder.mkdir()
    pq.write_table(pa.Table.from_pylist([{"doc_id": "d1", "path": "a.txt"}, {"doc_id": "d2", "path": "b.txt"}]),
                   folder / "documents.parquet")
    events = [("e1", "Talks", "meeting", date(2004, 5, 1)), ("e2", "Truce", "agreement", date(2004, 5, 1)),
              ("e3", "Sign", "agreement", date(2003, 1, 1))]
    pq.write_table(pa.Table.from_pylist([{"event_id": i, "name": n, "kind": k, "date_begin": d, "source": "text"}
                                         for i, n, k, d in events]), folder / "events.parquet")
    pq.write_table(pa.Table.from_pylist([
        {"event_id": "e1", "doc_id": "d1", "char_start": 0, "char_end": 20, "text": "the talks in May"},
        {"event_id": "e1", "doc_id": "d1", "char_start": 40, "char_end": 50, "text": "the talks"},
        {"event_id": "e2", "doc_id": "d1", "char_start": 0, "char_end": 20, "text": "the truce in May"},
        {"event_id": "e3", "doc_id": "d2", "char_start": 5, "char_end": 30, "text": "no sign of them"},
    ]), folder / "event_mentions.parquet")
    return folder


def test_a_row_is_keyed_by_its_first_mention_date_and_kind(tmp_path):
    rows = event_precision.rows(_version(tmp_path / "v"))
    assert [r["key"] for r in rows] == ["d1/a.txt#0-20@2004-05-01:agreement", "d1/a.txt#0-20@2004-05-01:meeting",
                                        "d2/b.txt#5-30@2003-01-01:agreement"]


def test_the_score_counts_false_rows_by_class_and_lists_unread_ones(tmp_path, capsys):
    version = _version(tmp_path / "v")
    verdicts = tmp_path / "verdicts.tsv"
    verdicts.write_text("key\tverdict\tclass\tnote\n"
                        "d1/a.txt#0-20@2004-05-01:meeting\tok\t\t\n"
                        "d2/b.txt#5-30@2003-01-01:agreement\tfalse\ttrigger-not-event\tno sign of\n", encoding="utf-8")
    event_precision.score([version], verdicts)
    out = capsys.readouterr().out
    assert "rows read 2, false 1 (50.0%)" in out and "trigger-not-event: 1" in out
    assert "1 row(s) without a verdict" in out and "Truce" in out


def test_a_bad_verdict_names_its_line(tmp_path):
    verdicts = tmp_path / "verdicts.tsv"
    verdicts.write_text("key\tverdict\nd1/a.txt#0-20@2004-05-01:meeting\tmaybe\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"verdicts.tsv:2"):
        event_precision.read_verdicts(verdicts)


def test_the_shipped_verdicts_read_and_every_false_row_has_a_class():
    verdicts = event_precision.read_verdicts(event_precision.VERDICTS)
    assert len(verdicts) > 300
    assert all(cls for verdict, cls in verdicts.values() if verdict == "false")


def test_timeml_articles_become_one_collection_with_each_articles_own_dct(tmp_path):
    tml = tmp_path / "NEWS001.tml"
    tml.write_text('<?xml version="1.0" ?><TimeML><DOCID>NEWS001</DOCID>'
                   '<DCT><TIMEX3 tid="t0" type="DATE" value="1997-03-04" functionInDocument="CREATION_TIME">'
                   '1997-03-04</TIMEX3></DCT><TEXT>The ministers met <TIMEX3 tid="t1" type="DATE" value="1997-03-03">'
                   'yesterday</TIMEX3>.</TEXT></TimeML>', encoding="utf-8")
    target = event_precision._articles_jsonl([tml], tmp_path / "input")
    import json
    records = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert records == [{"id": "NEWS001", "date": "1997-03-04", "text": "The ministers met yesterday."}]


@pytest.mark.skipif(not (event_precision.CORPORA / "bbc").is_dir(), reason="../shared corpora are absent")
def test_the_fresh_sample_shares_no_document_with_the_fixed_one():
    fixed, fresh = event_precision.sample("fixed"), event_precision.sample("fresh")
    assert set(fresh) == {"bbc", "speeches", "articles"} and all(fresh.values())
    for name in ("bbc", "speeches"):
        assert not set(fixed[name]) & set(fresh[name])


def test_a_slice_is_unread_only_when_it_meets_no_earlier_slice():
    assert event_precision._unread(34, 100, ((7, 25), (16, 100)))
    assert not event_precision._unread(32, 100, ((7, 25),))  # story 32 is in [7::25]
    assert not event_precision._unread(16, 100, ((16, 100),))
    assert event_precision._unread(3, 16, ((5, 16), (13, 16)))


@pytest.mark.skipif(not (event_precision.CORPORA / "bbc").is_dir(), reason="../shared corpora are absent")
def test_a_drawn_sample_is_the_same_for_one_seed_and_shares_no_document_with_earlier_samples():
    drawn = event_precision.sample("draw:8")
    assert drawn == event_precision.sample("draw:8")
    assert {name: len(paths) for name, paths in drawn.items()} == {"bbc": 22, "speeches": 3, "articles": 16}
    for earlier in ("fixed", "fresh", "check", "last"):
        for name, paths in event_precision.sample(earlier).items():
            assert not set(paths) & set(drawn[name]), (earlier, name)


def test_a_sample_name_is_one_of_the_named_samples_or_a_draw():
    assert event_precision._sample_name("draw:12") == "draw:12"
    with pytest.raises(Exception, match="want fixed"):
        event_precision._sample_name("draw:x")


@pytest.mark.skipif(not (event_precision.CORPORA / "bbc").is_dir(), reason="../shared corpora are absent")
def test_a_later_draw_shares_no_document_with_the_draws_before_it():
    earlier = event_precision.sample("draw:8")
    later = event_precision.sample("draw:9")
    for name, paths in later.items():
        assert not set(paths) & set(earlier[name]), name
