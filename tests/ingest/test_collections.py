"""Article collections (CSV, TSV, Parquet, JSONL) with field mappings, and metadata problems."""
from __future__ import annotations

import json
from datetime import date

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from timeline_builder.errors import UsageError
from timeline_builder.ingest import collect_inputs, load_documents
from timeline_builder.ingest.fields import FieldMap
from timeline_builder.records import Document, Problem


def _load(path, **kw):
    files, problems = collect_inputs([str(path)])
    results = list(load_documents(files, **kw))
    return ([r for r in results if isinstance(r, Document)],
            problems + [r for r in results if isinstance(r, Problem)])


def test_csv_with_common_names(tmp_path):
    (tmp_path / "news.csv").write_text(
        'guid,headline,published,body\n'
        'a1,Talks,"Wed, 02 Mar 2005 10:00:00 GMT","The talks began last year, officials said."\n'
        'a2,Vote,1109721600,"A vote, with a comma\nand a line break."\n', encoding="utf-8")
    docs, problems = _load(tmp_path / "news.csv")
    assert problems == []
    assert [d.path for d in docs] == ["news.csv#a1", "news.csv#a2"]
    assert docs[0].title == "Talks" and docs[0].dct == date(2005, 3, 2) and docs[0].dct_source == "metadata"
    assert docs[1].text == "A vote, with a comma\nand a line break."
    assert docs[1].source_format == "csv"


def test_tsv_with_explicit_fields(tmp_path):
    (tmp_path / "a.tsv").write_text("key\twhen\tstory\nx\t2004-07-01\tIn 1962 a crisis.\n", encoding="utf-8")
    docs, problems = _load(tmp_path / "a.tsv", fields=FieldMap(text="story", date="when", id="key"))
    assert problems == []
    assert docs[0].path == "a.tsv#x" and docs[0].dct == date(2004, 7, 1) and docs[0].text == "In 1962 a crisis."


def test_parquet_collection_with_timestamps(tmp_path):
    from datetime import datetime
    table = pa.table({"id": [1, 2], "content": ["First story.", "Second story."],
                      "published_at": [datetime(2004, 5, 1, 9), datetime(2005, 6, 2, 9)]})
    pq.write_table(table, tmp_path / "arts.parquet")
    docs, problems = _load(tmp_path / "arts.parquet")
    assert problems == []
    assert [(d.path, d.dct) for d in docs] == [("arts.parquet#1", date(2004, 5, 1)), ("arts.parquet#2", date(2005, 6, 2))]


def test_damaged_parquet_is_one_problem(tmp_path):
    (tmp_path / "bad.parquet").write_bytes(b"PAR1 not really")
    docs, problems = _load(tmp_path / "bad.parquet")
    assert docs == [] and [p.code for p in problems] == ["unreadable"]
    assert "Parquet" in problems[0].message


def test_jsonl_with_mapping_file_and_nested_field(tmp_path):
    (tmp_path / "map.toml").write_text('text = "article.body"\ndate = "meta.ts"\n', encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "n1", "article": {"body": "Hello world."},
                                                  "meta": {"ts": 1109721600}}) + "\n", encoding="utf-8")
    fields = FieldMap.from_file(tmp_path / "map.toml")
    docs, problems = _load(tmp_path / "c.jsonl", fields=fields)
    assert problems == [] and docs[0].text == "Hello world." and docs[0].dct == date(2005, 3, 2)


def test_command_line_names_override_the_mapping_file(tmp_path):
    (tmp_path / "map.json").write_text('{"text": "body", "date": "published"}', encoding="utf-8")
    fields = FieldMap.from_file(tmp_path / "map.json").merged(date="updated", id=None)
    assert fields == FieldMap(text="body", date="updated")


@pytest.mark.parametrize("content", ['{"txt": "body"}', '{"text": 3}', '[1]', 'not json'])
def test_bad_mapping_file_is_a_usage_error(tmp_path, content):
    (tmp_path / "m.json").write_text(content, encoding="utf-8")
    with pytest.raises(UsageError):
        FieldMap.from_file(tmp_path / "m.json")


def test_unreadable_metadata_values_are_problems_and_the_document_is_kept(tmp_path):
    (tmp_path / "c.jsonl").write_text("\n".join(json.dumps(r) for r in [
        {"id": "1", "text": "One.", "published": "next Tuesday-ish"},
        {"id": "2", "text": "Two.", "title": ["a", "list"], "lang": "English please"},
    ]) + "\n", encoding="utf-8")
    docs, problems = _load(tmp_path / "c.jsonl")
    assert [d.path for d in docs] == ["c.jsonl#1", "c.jsonl#2"]
    assert docs[0].dct_source != "metadata"
    assert {p.code for p in problems} == {"bad-metadata"} and len(problems) == 3
    assert all(p.severity == "warning" and p.doc_id for p in problems)
    messages = " | ".join(p.message for p in problems)
    assert "line 1: published 'next Tuesday-ish' is not a date" in messages
    assert "title" in messages and "lang" in messages


def test_record_without_text_names_what_was_looked_for(tmp_path):
    (tmp_path / "c.csv").write_text("id,summary\n1,short\n", encoding="utf-8")
    docs, problems = _load(tmp_path / "c.csv")
    assert docs == [] and problems[0].code == "bad-record"
    assert "line 2" in problems[0].message and "--text-field" in problems[0].message


def test_ragged_csv_row_is_a_problem_of_its_own(tmp_path):
    (tmp_path / "c.csv").write_text("id,text\n1,Fine.\n2,Too,many\n3,Also fine.\n", encoding="utf-8")
    docs, problems = _load(tmp_path / "c.csv")
    assert [d.path for d in docs] == ["c.csv#1", "c.csv#3"]
    assert [p.code for p in problems] == ["bad-record"] and "line 3" in problems[0].message


def test_broken_sidecar_is_a_warning_not_a_lost_document(tmp_path):
    (tmp_path / "a.txt").write_text("Some text.", encoding="utf-8")
    (tmp_path / "a.txt.meta.json").write_text("{broken", encoding="utf-8")
    docs, problems = _load(tmp_path)
    assert len(docs) == 1 and [(p.code, p.severity) for p in problems] == [("bad-metadata", "warning")]
