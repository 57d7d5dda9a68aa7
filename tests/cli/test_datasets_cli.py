"""timeline log | diff | verify | query | export | plot, end to end through cli.main."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline_builder.cli import main
from timeline_builder.publish.tables import SCHEMA_VERSION


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_log_lists_versions_newest_first(capsys, built):
    dataset, first, second = built
    code, out, _ = run(capsys, "log", dataset)
    assert code == 0
    assert out.index(second) < out.index(first)
    assert f"version {second} (latest)" in out and f"parent {first}" in out
    assert "inputs  4 (+1 -0 ~1 since parent)" in out
    assert "events 6" in out and "built   20" in out


def test_diff_text_summary(capsys, built):
    dataset, first, second = built
    code, out, _ = run(capsys, "diff", first[:6], "latest", "--dataset", dataset)
    assert code == 0
    assert f"diff {first} -> {second}" in out
    assert "events: +2 -1 ~0" in out
    assert "- the-basic-treaty-of-1972" in out and "+ the-berlin-crisis-of-1961" in out
    assert "+ the-berlin-crisis-of-1961 <- soviet-union (participant, text)" in out
    assert "unchanged: actors" in out
    code, default_out, _ = run(capsys, "diff", "--dataset", dataset)
    assert default_out == out


def test_diff_jsonl_one_record_per_change(capsys, built):
    dataset, first, second = built
    code, out, _ = run(capsys, "diff", first, second, "--dataset", dataset, "--format", "jsonl", "--table", "events")
    records = [json.loads(line) for line in out.splitlines()]
    events = [(r["change"], r["key"]["event_id"]) for r in records if r["table"] == "events"]
    assert events == [("removed", "the-basic-treaty-of-1972"), ("added", "the-basic-treaty-of-1973"),
                      ("added", "the-berlin-crisis-of-1961")]
    assert {"table": "inputs", "change": "changed", "key": {"path": "corpus/b.txt"}} in records


@pytest.mark.parametrize("argv, message", [
    (["diff", "0000", "latest"], "unknown version '0000'"),
    (["diff", "latest~5", "latest"], "has no parent"),
    (["diff", "latest~1", "latest", "--table", "nope"], "cannot compare table(s) nope"),
    (["query", "SELECT * FROM nowhere"], "the query failed"),
    (["query", "SELEKT 1"], "the query failed"),
    (["query", "SELECT 1", "--version", "abcdefabcdef"], "unknown version"),
    (["plot", "--out", "x.gif"], "use .html, .png or .svg"),
    (["plot", "--actor", "nobody"], "no actor 'nobody'"),
])
def test_bad_input_is_one_line_and_exit_2(capsys, built, tmp_path, argv, message):
    argv = [a if a != "x.gif" else str(tmp_path / "x.gif") for a in argv]
    code, _, err = run(capsys, *argv, "--dataset", built[0])
    assert code == 2
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_missing_and_non_dataset_folders(capsys, tmp_path):
    code, _, err = run(capsys, "log", tmp_path / "nothing")
    assert code == 2 and "no such dataset folder" in err
    code, _, err = run(capsys, "query", "SELECT 1", "--dataset", tmp_path)
    assert code == 2 and "not a dataset" in err


def test_verify_a_sound_dataset_and_one_version(capsys, built):
    dataset, first, _ = built
    code, out, _ = run(capsys, "verify", dataset)
    assert code == 0 and "2 version(s) verified" in out
    code, out, _ = run(capsys, "verify", dataset / "versions" / first)
    assert code == 0 and f"ok      {first}" in out


@pytest.mark.parametrize("damage, expected", [
    ("flip", "events.parquet: checksum mismatch"),
    ("remove", "actors.parquet: missing"),
    ("add", "stray.csv: extra file not in the manifest"),
    ("manifest", "croissant.json: checksum mismatch"),
])
def test_verify_detects_tampering(capsys, copy, built, damage, expected):
    version_dir = copy / "versions" / built[1]
    if damage == "flip":
        path = version_dir / "events.parquet"
        data = bytearray(path.read_bytes())
        data[100] ^= 0x40
        path.write_bytes(bytes(data))
    elif damage == "remove":
        (version_dir / "actors.parquet").unlink()
    elif damage == "add":
        (version_dir / "stray.csv").write_text("a,b\n")
    else:
        path = version_dir / "croissant.json"
        path.write_text(path.read_text().replace("timeline", "timeIine", 1))
    code, out, err = run(capsys, "verify", copy)
    assert code == 2
    assert expected in out and f"FAILED  {built[1]}" in out and f"ok      {built[2]}" in out
    assert "1 problem(s) in 1 version(s)" in err and err.count("\n") == 1
    code, out, _ = run(capsys, "verify", version_dir)
    assert code == 2 and expected in out


def test_newer_schema_is_refused_everywhere(capsys, copy, built):
    manifest_path = copy / "versions" / built[2] / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["schema_version"] = SCHEMA_VERSION + 1
    manifest_path.write_text(json.dumps(manifest))
    for argv in (["log", copy], ["query", "SELECT 1", "--dataset", copy], ["diff", "--dataset", copy],
                 ["verify", copy], ["export", "--format", "csv", "--dataset", copy]):
        code, _, err = run(capsys, *argv)
        assert code == 2 and "newer than this tool" in err and err.count("\n") == 1


@pytest.mark.parametrize("format", ["table", "csv", "jsonl"])
def test_query_formats(capsys, built, format):
    sql = "SELECT event_id, date_begin FROM events WHERE kind = 'war' ORDER BY date_begin"
    code, out, _ = run(capsys, "query", sql, "--dataset", built[0], "--format", format)
    assert code == 0
    lines = out.splitlines()
    if format == "table":
        assert lines[0].split() == ["event_id", "date_begin"]
        assert lines[2].split() == ["the-korean-war-of-1950", "1950-01-01"] and lines[-1] == "(2 rows)"
    elif format == "csv":
        assert lines == ["event_id,date_begin", "the-korean-war-of-1950,1950-01-01", "gulf-war-of-1991,1991-01-01"]
    else:
        assert json.loads(lines[0]) == {"event_id": "the-korean-war-of-1950", "date_begin": "1950-01-01"}


def test_query_an_older_version(capsys, built):
    code, out, _ = run(capsys, "query", "SELECT count(*) FROM documents", "--dataset", built[0],
                       "--version", "latest~1", "--format", "csv")
    assert out.splitlines()[1] == "3"


@pytest.mark.parametrize("format", ["csv", "jsonl"])
def test_export(capsys, built, tmp_path, format):
    out_dir = tmp_path / "export"
    code, out, _ = run(capsys, "export", "--format", format, "--dataset", built[0], "--out", out_dir)
    assert code == 0
    assert sorted(p.name for p in out_dir.iterdir()) == sorted(Path(line).name for line in out.splitlines())
    assert (out_dir / f"events.{format}").stat().st_size > 100


@pytest.mark.parametrize("suffix, magic", [(".png", b"\x89PNG"), (".svg", b"<?xml"), (".html", b"<!DOCTYPE html>")])
def test_plot_writes_a_picture(capsys, built, tmp_path, suffix, magic):
    out_file = tmp_path / f"timeline{suffix}"
    code, out, _ = run(capsys, "plot", "--dataset", built[0], "--out", out_file)
    assert code == 0 and out.strip() == str(out_file)
    data = out_file.read_bytes()
    assert data.startswith(magic) and len(data) > 5000
    if suffix != ".png":
        text = data.decode()
        assert "The Berlin Crisis of 1961" in text and "<svg" in text


def test_plot_filters_and_lanes(capsys, built, tmp_path):
    code, _, _ = run(capsys, "plot", "--dataset", built[0], "--out", tmp_path / "cuba.html", "--actor", "cuba")
    text = (tmp_path / "cuba.html").read_text()
    assert code == 0 and "The Cuban Missile Crisis of 1962" in text and "Gulf War" not in text
    code, _, _ = run(capsys, "plot", "--dataset", built[0], "--out", tmp_path / "wars.svg", "--kind", "war")
    text = (tmp_path / "wars.svg").read_text()
    assert code == 0 and "Gulf War of 1991" in text and "Moscow Summit" not in text
    code, _, _ = run(capsys, "plot", "--dataset", built[0], "--out", tmp_path / "lanes.png", "--lanes")
    assert code == 0 and (tmp_path / "lanes.png").stat().st_size > 5000
    code, _, _ = run(capsys, "plot", "--dataset", built[0], "--out", tmp_path / "two.svg", "--limit", "2")
    text = (tmp_path / "two.svg").read_text()
    assert code == 0 and "2 event(s), the most mentioned; 4 more not shown" in text
    code, _, err = run(capsys, "plot", "--dataset", built[0], "--out", tmp_path / "none.png", "--kind", "election")
    assert code == 2 and "no dated event" in err


def test_every_command_has_help_with_an_example(capsys):
    for command in ("log", "diff", "verify", "query", "export", "plot"):
        code, out, _ = run(capsys, command, "--help")
        assert code == 0 and "Example: timeline" in out
