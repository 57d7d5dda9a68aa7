"""`timeline build` of article collections with field options, end to end."""
from __future__ import annotations

import json

import pyarrow.parquet as pq

from timeline_builder.cli import main


def test_csv_collection_with_field_options(tmp_path, capsys):
    (tmp_path / "archive.csv").write_text(
        "story_id,pub,headline,story\n"
        's1,2005-03-02T10:00:00Z,Summit,"NATO leaders met in Brussels last year, officials said."\n'
        "s2,someday,Talks,Moscow and Washington resumed talks.\n", encoding="utf-8")
    ds = tmp_path / "ds"
    code = main(["build", str(tmp_path / "archive.csv"), "--dataset", str(ds), "--quiet",
                 "--text-field", "story", "--date-field", "pub", "--id-field", "story_id", "--title-field", "headline"])
    assert code == 0
    docs = pq.read_table(ds / "latest" / "documents.parquet").to_pylist()
    assert {d["path"]: (d["title"], str(d["dct"]), d["dct_source"]) for d in docs} == {
        "archive.csv#s1": ("Summit", "2005-03-02", "metadata"),
        "archive.csv#s2": ("Talks", "None", "none")}
    problems = pq.read_table(ds / "latest" / "problems.parquet").to_pylist()
    assert any(p["code"] == "bad-metadata" and "'someday'" in p["message"] for p in problems)
    manifest = json.loads((ds / "latest" / "manifest.json").read_text())
    assert manifest["options"]["fields"] == {"text": "story", "date": "pub", "id": "story_id", "title": "headline"}


def test_bad_fields_file_is_one_line_exit_2(tmp_path, capsys):
    (tmp_path / "a.jsonl").write_text('{"text": "x"}\n', encoding="utf-8")
    (tmp_path / "f.json").write_text('{"body": "x"}', encoding="utf-8")
    code = main(["build", str(tmp_path / "a.jsonl"), "--dataset", str(tmp_path / "ds"), "--fields",
                 str(tmp_path / "f.json")])
    err = capsys.readouterr().err
    assert code == 2 and "unknown field(s) body" in err and len(err.strip().splitlines()) == 1
