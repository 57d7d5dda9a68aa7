"""Ingest: formats, decoding, dct resolution order, offsets, bad inputs."""
from __future__ import annotations

import json
from datetime import date

import pytest

from timeline_builder.ingest import collect_inputs, load_document, load_documents
from timeline_builder.records import Document, Problem


def _load(paths, **kw):
    files, problems = collect_inputs([str(p) for p in paths])
    results = list(load_documents(files, **kw))
    docs = [r for r in results if isinstance(r, Document)]
    return docs, problems + [r for r in results if isinstance(r, Problem)]


def test_plain_text_keeps_text_verbatim(tmp_path):
    text = "Line one.\r\nIn 1962, a crisis.\u00a0Done."
    (tmp_path / "a.txt").write_bytes(text.encode("utf-8"))
    docs, problems = _load([tmp_path])
    assert problems == []
    assert docs[0].text == text
    assert docs[0].path == f"{tmp_path.name}/a.txt"  # paths start at the folder the user named
    assert docs[0].source_format == "txt"


def test_bom_is_tolerated_and_not_part_of_text(tmp_path):
    (tmp_path / "b.txt").write_bytes(b"\xef\xbb\xbfHello world.")
    docs, _ = _load([tmp_path])
    assert docs[0].text == "Hello world."


def test_markdown_front_matter_gives_metadata_and_is_removed(tmp_path):
    (tmp_path / "m.md").write_text("---\ntitle: Hello\ndate: 2020-05-01\nlanguage: en\n---\n# Head\n\nLast year.\n",
                                   encoding="utf-8")
    doc = _load([tmp_path])[0][0]
    assert doc.title == "Hello"
    assert doc.dct == date(2020, 5, 1) and doc.dct_source == "metadata"
    assert doc.text.startswith("# Head")


def test_html_visible_text_only_and_offsets_into_extracted_text(tmp_path):
    html = ("<html lang='de'><head><title>T</title><style>p{}</style></head><body>"
            "<p>Erster Absatz.</p><script>var x=1;</script><p>Zweiter &amp; letzter.</p></body></html>")
    (tmp_path / "p.html").write_text(html, encoding="utf-8")
    doc = _load([tmp_path])[0][0]
    assert doc.text == "Erster Absatz.\n\nZweiter & letzter."
    assert doc.title == "T" and doc.language == "de"
    assert "var x" not in doc.text


def test_jsonl_one_document_a_line_with_optional_fields(tmp_path):
    lines = [
        {"id": "a", "text": "First story.", "date": "2004-03-01", "title": "A", "url": "http://x/a"},
        {"text": "Second story, no id."},
        {"id": "c", "title": "no text"},
        "not an object",
    ]
    (tmp_path / "c.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\nnot json\n", encoding="utf-8")
    docs, problems = _load([tmp_path])
    assert [d.text for d in docs] == ["First story.", "Second story, no id."]
    assert docs[0].path == f"{tmp_path.name}/c.jsonl#a" and docs[0].dct == date(2004, 3, 1) and docs[0].url == "http://x/a"
    assert {p.code for p in problems} == {"bad-record"}
    assert len(problems) == 3


def test_dct_order_metadata_then_option_then_filename_then_text(tmp_path):
    (tmp_path / "2001-02-03-x.txt").write_text("Signed on March 4, 1999 and May 5, 2000.", encoding="utf-8")
    (tmp_path / "2001-02-03-x.txt.meta.json").write_text('{"dct": "2010-10-10"}', encoding="utf-8")
    (tmp_path / "2001-02-03-y.txt").write_text("Nothing dated.", encoding="utf-8")
    (tmp_path / "z.txt").write_text("Signed on March 4, 1999 and 5 May 2000, not February 30, 2001.", encoding="utf-8")
    (tmp_path / "w.txt").write_text("Nothing dated here.", encoding="utf-8")
    docs = {d.path.split("/")[-1]: d for d in _load([tmp_path])[0]}
    assert (docs["2001-02-03-x.txt"].dct, docs["2001-02-03-x.txt"].dct_source) == (date(2010, 10, 10), "metadata")
    assert (docs["2001-02-03-y.txt"].dct, docs["2001-02-03-y.txt"].dct_source) == (date(2001, 2, 3), "filename")
    assert (docs["z.txt"].dct, docs["z.txt"].dct_source) == (date(2000, 5, 5), "inferred")
    assert (docs["w.txt"].dct, docs["w.txt"].dct_source) == (None, "none")
    with_option = {d.path.split("/")[-1]: d for d in _load([tmp_path], dct=date(2020, 1, 1))[0]}
    assert with_option["2001-02-03-x.txt"].dct_source == "metadata"
    assert (with_option["2001-02-03-y.txt"].dct, with_option["2001-02-03-y.txt"].dct_source) == (date(2020, 1, 1), "option")


@pytest.mark.parametrize("content, reason", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (b"caf\xe9 au lait", "UTF-8"),
])
def test_bad_files_become_problems_and_the_rest_is_read(tmp_path, content, reason):
    (tmp_path / "bad.txt").write_bytes(content)
    (tmp_path / "good.txt").write_text("Fine text.", encoding="utf-8")
    docs, problems = _load([tmp_path])
    assert [d.path for d in docs] == [f"{tmp_path.name}/good.txt"]
    assert problems[0].code == "unreadable" and problems[0].path == f"{tmp_path.name}/bad.txt" and reason in problems[0].message


def test_empty_document_is_a_problem(tmp_path):
    (tmp_path / "e.txt").write_text("  \n\n ", encoding="utf-8")
    docs, problems = _load([tmp_path])
    assert docs == [] and problems[0].code == "empty-document"


def test_file_over_the_size_limit_is_reported_not_read(tmp_path):
    (tmp_path / "big.txt").write_text("word " * 1000, encoding="utf-8")
    docs, problems = _load([tmp_path], max_bytes=1000)
    assert docs == [] and "limit" in problems[0].message


def test_missing_path_and_unsupported_files_are_reported(tmp_path):
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    files, problems = collect_inputs([str(tmp_path), str(tmp_path / "nope.txt")])
    assert [f.relpath for f in files] == [f"{tmp_path.name}/a.txt"]
    assert {p.code for p in problems} == {"unsupported-file", "missing-input"}


def test_paths_are_relative_to_the_common_input_root(tmp_path):
    (tmp_path / "x" / "deep").mkdir(parents=True)
    (tmp_path / "y").mkdir()
    (tmp_path / "x" / "deep" / "a.txt").write_text("A.", encoding="utf-8")
    (tmp_path / "y" / "b.md").write_text("B.", encoding="utf-8")
    files, _ = collect_inputs([str(tmp_path / "x"), str(tmp_path / "y" / "*.md")])
    assert [f.relpath for f in files] == ["x/deep/a.txt", "y/b.md"]


def test_doc_ids_do_not_depend_on_where_the_corpus_lives(tmp_path):
    for folder in ("one", "two"):
        (tmp_path / folder / "corpus").mkdir(parents=True)
        (tmp_path / folder / "corpus" / "a.txt").write_text("Same.", encoding="utf-8")
    first = _load([tmp_path / "one" / "corpus"])[0][0]
    second = _load([tmp_path / "two" / "corpus"])[0][0]
    assert first.doc_id == second.doc_id and first.path == second.path == "corpus/a.txt"


def test_shards_built_apart_never_share_a_document_id(tmp_path):
    """Two shards of one archive (same file names, other texts) name their documents apart,
    and as one build of both does."""
    for shard, text in (("politics", "The minister resigned."), ("business", "Shares fell.")):
        (tmp_path / "bbc" / shard).mkdir(parents=True)
        (tmp_path / "bbc" / shard / "001.txt").write_text(text, encoding="utf-8")
    apart = [_load([tmp_path / "bbc" / shard])[0][0] for shard in ("business", "politics")]
    together = _load([tmp_path / "bbc" / "business", tmp_path / "bbc" / "politics"])[0]
    assert apart[0].doc_id != apart[1].doc_id
    assert [(d.doc_id, d.path) for d in apart] == [(d.doc_id, d.path) for d in together]
    assert [d.path for d in together] == ["business/001.txt", "politics/001.txt"]


def test_a_jsonl_id_names_its_document(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"id": "x1", "text": "One."}\n{"id": "x2", "text": "Two."}\n', encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"id": "x1", "text": "Other."}\n', encoding="utf-8")
    docs = _load([tmp_path / "a.jsonl", tmp_path / "b.jsonl"])[0]
    assert [d.path for d in docs] == ["a.jsonl#x1", "a.jsonl#x2", "b.jsonl#x1"]
    assert len({d.doc_id for d in docs}) == 3


def test_load_document_raises_a_usage_error_for_missing_file(tmp_path):
    from timeline_builder.errors import UsageError
    with pytest.raises(UsageError, match="no such file"):
        load_document(tmp_path / "missing.txt")


def test_seed_sidecar_gives_dct(repo):
    doc = load_document(repo / "seeds" / "000_9815b4bebc022447.txt")
    assert doc.dct == date(2025, 2, 18) and doc.dct_source == "metadata"
    assert "\u00a0" in doc.text


def test_jsonl_is_streamed_and_the_size_limit_is_per_record(tmp_path):
    """A collection larger than --max-mb is read record by record; only a record over the limit is refused."""
    lines = [json.dumps({"id": f"r{i}", "text": f"Story {i} about the 1962 crisis. " * 20}) for i in range(200)]
    lines.insert(100, json.dumps({"id": "huge", "text": "word " * 5000}))
    (tmp_path / "big.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    limit = 20_000  # the file is ~170 KB: over the limit as a whole, every record but one under it
    assert (tmp_path / "big.jsonl").stat().st_size > 5 * limit
    docs, problems = _load([tmp_path / "big.jsonl"], max_bytes=limit)
    assert len(docs) == 200 and [d.path for d in docs[:2]] == ["big.jsonl#r0", "big.jsonl#r1"]
    assert [(p.code, "line 101" in p.message, "limit" in p.message) for p in problems] == [("bad-record", True, True)]
    # a reader of lines: the first record comes before the rest of the file is read
    from timeline_builder.ingest import collections

    with open(tmp_path / "big.jsonl", "ab") as handle:
        records = collections.jsonl_file_records(tmp_path / "big.jsonl", "big.jsonl", limit)
        assert next(records)[1]["id"] == "r0"
        handle.write(b'{"id": "late", "text": "Appended while reading."}\n')
        handle.flush()
        assert list(records)[-1][1]["id"] == "late"
