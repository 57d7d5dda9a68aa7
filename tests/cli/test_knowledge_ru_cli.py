"""`timeline knowledge check` validates the Russian name files too, naming file and line."""
from __future__ import annotations

from timeline_builder.cli import main


def test_check_counts_the_russian_names(capsys):
    assert main(["knowledge", "check"]) == 0
    assert "Russian actor names" in capsys.readouterr().out


def test_a_bad_russian_event_name_is_reported(tmp_path, capsys):
    folder = tmp_path / "events" / "ru"
    folder.mkdir(parents=True)
    (folder / "names.tsv").write_text("id\taliases\nno-such-event\tНичто\n", encoding="utf-8")
    assert main(["knowledge", "check", "--knowledge", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "names.tsv: line 2" in err and "no-such-event" in err
