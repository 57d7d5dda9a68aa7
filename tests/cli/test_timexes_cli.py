"""timeline timexes and timeline eval timex, called through cli.main."""
from __future__ import annotations

import json

import pytest

from timeline_builder.cli import main

TEXT = "Talks resumed on December\xa012, 2023. Last year was hard; three years ago it began."


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_jsonl_output(article, capsys):
    assert main(["timexes", str(article), "--dct", "2025-02-18"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["text"], r["value"]) for r in rows] == [
        ("December\xa012, 2023", "2023-12-12"), ("Last year", "2024"), ("three years ago", "2022")]
    first = rows[0]
    assert set(first) >= {"char_start", "char_end", "text", "type", "value", "mod", "date_begin", "date_end",
                          "granularity"}
    assert TEXT[first["char_start"]:first["char_end"]] == first["text"]
    assert (first["date_begin"], first["date_end"], first["granularity"]) == ("2023-12-12", "2023-12-12", "day")


def test_table_output(article, capsys):
    assert main(["timexes", str(article), "--dct", "2025-02-18", "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert "2023-12-12" in out and "three years ago" in out and out.rstrip().endswith("dct 2025-02-18")


def test_sidecar_dct_is_used(article, capsys):
    article.with_name(article.name + ".meta.json").write_text(json.dumps({"date": "2020-06-01"}), encoding="utf-8")
    assert main(["timexes", str(article)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows[1]["value"] == "2019"


@pytest.mark.parametrize("argv_tail, message", [
    (["missing.txt"], "no such file"),
    (["ARTICLE", "--dct", "2025-13-40"], "not a real date"),
])
def test_usage_errors_exit_2_with_one_line(article, tmp_path, capsys, argv_tail, message):
    argv = ["timexes"] + [str(article) if a == "ARTICLE" else str(tmp_path / a) if a.endswith(".txt") else a
                          for a in argv_tail]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_undecodable_file_is_a_usage_error(tmp_path, capsys):
    path = tmp_path / "latin1.txt"
    path.write_bytes("caf\xe9 in 1962".encode("latin-1"))
    assert main(["timexes", str(path)]) == 2
    assert "UTF-8" in capsys.readouterr().err


TML = """<?xml version="1.0" ?>
<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-27" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
<TEXT>
Sales rose <TIMEX3 tid="t1" type="DATE" value="1997">last year</TIMEX3> and in <TIMEX3 tid="t2" type="DATE" value="1962">1962</TIMEX3>.
</TEXT></TimeML>
"""


def test_eval_timex(tmp_path, capsys):
    (tmp_path / "d.tml").write_text(TML, encoding="utf-8")
    out_file = tmp_path / "system.jsonl"
    assert main(["eval", "timex", str(tmp_path), "--json", "--out", str(out_file)]) == 0
    lines = capsys.readouterr().out.splitlines()
    figures = json.loads(lines[-1])
    assert figures["strict_f1"] == 1.0 and figures["value_f1"] == 1.0
    assert "relaxed" in "\n".join(lines[:-1])
    predictions = [json.loads(line) for line in out_file.read_text(encoding="utf-8").splitlines()]
    assert [(p["doc"], p["value"]) for p in predictions] == [("d", "1997"), ("d", "1962")]


def test_eval_timex_missing_folder(tmp_path, capsys):
    assert main(["eval", "timex", str(tmp_path / "nope")]) == 2
    assert "not a folder" in capsys.readouterr().err


@pytest.mark.parametrize("dct", ["20240101", "2024-1-1", "2024-02-30", "10000-01-01", "0000-01-01"])
def test_timexes_checks_dct_as_build_does(tmp_path, capsys, dct):
    """timexes took 20240101 where build refused it: both now use one check."""
    from timeline_builder.cli import main

    path = tmp_path / "a.txt"
    path.write_text("It happened last year.\n")
    assert main(["timexes", str(path), "--dct", dct]) == 2
    timexes_err = capsys.readouterr().err
    assert main(["build", str(path), "--dataset", str(tmp_path / "ds"), "--dct", dct]) == 2
    build_err = capsys.readouterr().err
    assert "is not a real date in YYYY-MM-DD form" in timexes_err and "is not a real date" in build_err
