"""One CLI convention: --dataset everywhere, "did you mean", full query values and files, damaged files,
progress and the grouped problem summary."""
from __future__ import annotations

import io
import json

import pyarrow.parquet as pq
import pytest

from timeline_builder.cli import main, make_parser
from timeline_builder.cli.progress import LogProgress, TerminalProgress, make_progress
from timeline_builder.cli.summary import summary_lines
from timeline_builder.records import Problem

READING_COMMANDS = ("show", "log", "diff", "verify", "query", "export", "plot")


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_every_reading_command_takes_dataset_the_same_way():
    commands = make_parser()._subparsers._group_actions[0].choices
    for name in READING_COMMANDS + ("build",):
        options = {o for action in commands[name]._actions for o in action.option_strings}
        assert {"--dataset", "-d"} <= options, name


@pytest.mark.parametrize("command", ["show", "log", "verify"])
def test_positional_dataset_is_kept_as_an_alias(capsys, built, command):
    assert run(capsys, command, built[0])[:2] == run(capsys, command, "--dataset", built[0])[:2]


def test_two_different_datasets_is_a_usage_error(capsys, built, tmp_path):
    code, _, err = run(capsys, "log", built[0], "--dataset", tmp_path)
    assert code == 2 and "two datasets" in err


def test_plot_suggests_the_nearest_actor(capsys, built, tmp_path):
    code, _, err = run(capsys, "plot", "-d", built[0], "--actor", "soviet-unoin", "--out", tmp_path / "t.svg")
    assert code == 2 and "did you mean soviet-union" in err


def test_query_prints_full_values_or_cuts_them_at_max_width(capsys, built):
    sql = "SELECT repeat('x', 200) AS long"
    code, out, _ = run(capsys, "query", "-d", built[0], sql)
    assert code == 0 and "x" * 200 in out
    code, out, _ = run(capsys, "query", "-d", built[0], sql, "--max-width", "20")
    assert "x" * 19 + "…" in out and "x" * 21 not in out


@pytest.mark.parametrize("suffix, read", [
    (".parquet", lambda p: pq.read_table(p).to_pylist()),
    (".jsonl", lambda p: [json.loads(line) for line in p.read_text().splitlines()]),
    (".csv", lambda p: p.read_text().splitlines()[1:]),
])
def test_query_writes_files_by_suffix(capsys, built, tmp_path, suffix, read):
    out = tmp_path / f"events{suffix}"
    code, _, err = run(capsys, "query", "-d", built[0], "SELECT event_id, date_begin FROM events ORDER BY event_id",
                       "--out", out)
    assert code == 0 and "row(s)" in err
    rows = read(out)
    n_events = pq.read_table(built[0] / "latest" / "events.parquet").num_rows
    assert len(rows) == n_events > 0


def test_query_parquet_to_the_screen_is_refused(capsys, built):
    code, _, err = run(capsys, "query", "-d", built[0], "SELECT 1", "--format", "parquet")
    assert code == 2 and "--out" in err


@pytest.mark.parametrize("command", [
    ["show"], ["query", "SELECT count(*) FROM events"], ["plot", "--out", "{tmp}/t.svg"]])
def test_damaged_table_is_one_line_naming_the_file_and_verify(capsys, copy, tmp_path, command):
    events = (copy / "latest").resolve() / "events.parquet"
    events.chmod(0o644)
    data = bytearray(events.read_bytes())
    data[len(data) // 2] ^= 0xFF
    events.write_bytes(bytes(data[:-8]))
    argv = [a.replace("{tmp}", str(tmp_path)) for a in command]
    code, _, err = run(capsys, *argv[:1], "--dataset", copy, *argv[1:])
    lines = err.strip().splitlines()
    assert code == 2 and len(lines) == 1, err
    assert "events" in lines[0] and "timeline verify" in lines[0]


def test_log_progress_is_a_line_per_interval_and_a_final_one():
    stream, now = io.StringIO(), [0.0]
    progress = LogProgress(stream, interval=10, clock=lambda: now[0])
    for done in range(1, 101):
        now[0] = done * 0.5
        progress(done, 100, done * 1000)
    progress.close()
    lines = stream.getvalue().splitlines()
    assert len(lines) == 6 and "\r" not in stream.getvalue()   # at 10, 20, 30, 40, 50 s, then the end
    assert lines[0].startswith("build: 20/100 documents (20%)") and "s left" in lines[0]
    assert lines[-1].startswith("build: done, 100 documents")


class _Terminal(io.StringIO):
    def isatty(self):
        return True


def test_terminal_gets_a_bar_and_other_streams_a_log():
    assert isinstance(make_progress(_Terminal()), TerminalProgress)
    assert isinstance(make_progress(io.StringIO()), LogProgress)
    assert make_progress(_Terminal(), quiet=True) is None
    bar = TerminalProgress(_Terminal())
    for done in range(1, 4):
        bar(done, 3, 100)
    bar.close()
    assert "3/3" in bar.stream.getvalue()


def test_summary_groups_problems_by_code_with_counts_and_actions():
    problems = [Problem("no-dct", "no creation time found", path=f"{i:04d}.txt", doc_id=f"d{i}", severity="warning")
                for i in range(2178)]
    problems += [Problem("timex-unresolved", "2 relative expressions", path=f"{i:04d}.txt", doc_id=f"d{i}",
                         severity="warning", stage="extract") for i in range(20)]
    problems += [Problem("unreadable", "not valid UTF-8", path="bad.txt")]
    lines = summary_lines(problems)
    assert lines[0].startswith("problems: 2,199 of 3 kind(s)")
    assert "unreadable" in lines[1] and "bad.txt" in lines[1]            # errors first
    assert "2,178 warning no-dct" in lines[4] and "and 2,175 more" in lines[4]
    assert "--dct" in lines[6]
    assert len(lines) == 1 + 3 * 3


def test_diff_compares_every_table_it_lists(capsys, built):
    dataset, first, second = built
    code, out, _ = run(capsys, "diff", "-d", dataset, first, second, "--table", "sentences")
    assert code == 0 and "sentences: +" in out
