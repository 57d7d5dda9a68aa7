"""Hostile and unusual inputs become documents or problem rows, never a sunk build
(issue 14 items 6, 7, 15, 16: the fault-injection campaign's ingest cases)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from timeline_builder.ingest import MB, collect_inputs, load_documents
from timeline_builder.ingest.decode import decode_text
from timeline_builder.records import Problem


def _load(folder: Path, **options):
    files, problems = collect_inputs([str(folder)])
    results = list(load_documents(files, **options))
    documents = [r for r in results if not isinstance(r, Problem)]
    return documents, problems + [r for r in results if isinstance(r, Problem)]


def test_a_jsonl_line_nested_1000_deep_is_a_problem_and_the_next_line_a_document(tmp_path):
    (tmp_path / "c.jsonl").write_text('{"text": "deep", "x": ' + "[" * 1000 + "]" * 1000 + "}\n"
                                      '{"text": "The treaty of 1987."}\n')
    documents, problems = _load(tmp_path)
    assert [d.text for d in documents] == ["The treaty of 1987."]
    assert [p.code for p in problems] == ["bad-record"]


@pytest.mark.skipif(os.uname().sysname == "Darwin", reason="macOS file systems refuse non-UTF-8 names")
def test_a_file_name_that_is_not_utf8_is_read_and_stored_with_escapes(tmp_path):
    os.makedirs(os.fsencode(tmp_path / "in"))
    with open(os.fsencode(tmp_path / "in") + b"/caf\xe9-1962.txt", "wb") as handle:
        handle.write(b"A document about 1962.\n")
    documents, problems = _load(tmp_path / "in")
    (document,) = documents
    assert document.path == "in/caf\\xe9-1962.txt"
    document.path.encode("utf-8")  # storable
    assert not [p for p in problems if p.severity == "error"]


def test_an_unreadable_sub_folder_is_a_problem_row(tmp_path, monkeypatch):
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.txt").write_text("Readable text.\n")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text("Hidden text.\n")
    real_scandir = os.scandir

    def scandir(path="."):  # root reads every folder whatever its mode: refuse this one as a user would be
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    documents, problems = _load(tmp_path)
    assert [d.path for d in documents] == [f"{tmp_path.name}/ok/a.txt"]
    (problem,) = [p for p in problems if p.code == "unreadable-folder"]
    assert problem.path == f"{tmp_path.name}/locked" and "Permission denied" in problem.message


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_are_decoded(encoding):
    text = "The treaty of 1987 was signed in Washington. Ça va."
    data = text.encode(encoding)
    assert decode_text(data, "x.txt") == text


def test_binary_is_still_binary():
    from timeline_builder.errors import IngestError

    with pytest.raises(IngestError, match="binary"):
        decode_text(bytes(range(256)) * 4, "x.bin")


def test_utf16_file_is_a_document(tmp_path):
    (tmp_path / "a.txt").write_bytes("Hello, the treaty of 1987 was signed.\n".encode("utf-16"))
    documents, problems = _load(tmp_path)
    assert [d.text for d in documents] == ["Hello, the treaty of 1987 was signed.\n"]


def test_an_invalid_metadata_date_is_reported(tmp_path):
    (tmp_path / "a.txt").write_text("Text of 1962.\n")
    (tmp_path / "a.txt.meta.json").write_text('{"date": "2024-13-45"}')
    documents, problems = _load(tmp_path)
    assert documents[0].dct_source != "metadata"
    assert any(p.code == "bad-metadata" and "2024-13-45" in p.message for p in problems)


def test_jsonl_ids_12_and_quoted_12_are_two_documents(tmp_path):
    (tmp_path / "c.jsonl").write_text('{"id": 12, "text": "first"}\n{"id": "12", "text": "second"}\n'
                                      '{"id": 12, "text": "a real duplicate"}\n')
    documents, problems = _load(tmp_path)
    assert sorted(d.path for d in documents) == [f'{tmp_path.name}/c.jsonl#"12"', f"{tmp_path.name}/c.jsonl#12"]
    assert len({d.doc_id for d in documents}) == 2
    assert [p.code for p in problems] == ["duplicate-record"]


def test_the_size_limit_is_reported_in_the_unit_it_was_given(tmp_path):
    (tmp_path / "big.txt").write_text("x" * (2 * MB))
    documents, problems = _load(tmp_path, max_bytes=1 * MB)
    (problem,) = problems
    assert "over the 1 MB limit" in problem.message and "2.0 MB" in problem.message


def test_a_reader_that_breaks_is_a_problem_of_that_file(tmp_path, monkeypatch):
    import timeline_builder.ingest as ingest

    (tmp_path / "a.txt").write_text("Good text.\n")
    (tmp_path / "b.md").write_text("# Breaks the reader\n")

    def broken(content):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(ingest, "read_markdown", broken)
    documents, problems = _load(tmp_path)
    assert [d.path for d in documents] == [f"{tmp_path.name}/a.txt"]
    assert [(p.code, p.path) for p in problems] == [("unreadable", f"{tmp_path.name}/b.md")]



def _finishes_within(seconds: float, function, *args):
    """Run ``function`` in a thread; whether it finished in time (a regression fails rather than hangs CI)."""
    import threading

    done = threading.Event()
    thread = threading.Thread(target=lambda: (function(*args), done.set()), daemon=True)
    thread.start()
    return done.wait(seconds)


def test_hostile_html_of_unclosed_tags_is_parsed_in_linear_time():
    """96 KB of unclosed tags: about 100 s with html.parser (quadratic), milliseconds with libxml2."""
    from timeline_builder.ingest.formats import read_html, visible_text

    page = "<p>Real text about 1962.</p>" + "<a" * 48_000
    assert _finishes_within(30, visible_text, page)
    assert _finishes_within(60, read_html, page)
    assert "Real text about 1962." in visible_text(page)[0]


@pytest.mark.parametrize("page", [
    "<html><body><p>Visible text here in 1962.</p><!-- secret comment never closed <p>more</p></body></html>",
    "<p>Short.</p><!-- secret",
    "<p>Short.</p><!-- secret -- still --> <!-- secret",
])
def test_an_unterminated_html_comment_does_not_leak_into_the_text(page):
    from timeline_builder.ingest.formats import read_html, visible_text

    assert "secret" not in read_html(page)[0]
    assert "secret" not in visible_text(page)[0]
