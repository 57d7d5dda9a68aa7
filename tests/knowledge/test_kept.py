"""Parsed knowledge kept between processes (knowledge/kept.py): read back only when nothing it
depends on changed, never wrong when its file is damaged, never an error when it cannot be kept."""
from __future__ import annotations

import pickle
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from timeline_builder.errors import KnowledgeError
from timeline_builder.knowledge import actors, events, kept

HEADER = "id\tname\ttype\tcountry\taliases\twikidata\tdescription\n"


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Path:
    """The folder the parsed knowledge is kept in, for this test only."""
    where = tmp_path / "kept"
    monkeypatch.setenv(kept.ENVIRONMENT, str(where))
    return where


def _user_folder(tmp_path: Path, people: str) -> Path:
    mine = tmp_path / "mine"
    (mine / "actors").mkdir(parents=True, exist_ok=True)
    (mine / "actors" / "people.tsv").write_text(HEADER + people, encoding="utf-8")
    return mine


def _counted(value):
    calls = []

    def compute():
        calls.append(1)
        return value

    return compute, calls


def test_what_was_computed_is_read_back(folder, tmp_path):
    mine = _user_folder(tmp_path, "maria-ostrova\tMaria Ostrova\tperson\tFRA\n")
    compute, calls = _counted({"answer": (1, "two", frozenset({3}))})
    first = kept.kept("probe", ("a",), (mine,), compute)
    again = kept.kept("probe", ("a",), (mine,), compute)
    assert calls == [1]
    assert again == first == {"answer": (1, "two", frozenset({3}))}
    # other arguments are another entry
    kept.kept("probe", ("b",), (mine,), compute)
    assert calls == [1, 1]


def test_an_edited_knowledge_file_is_parsed_again(folder, tmp_path):
    mine = _user_folder(tmp_path, "maria-ostrova\tMaria Ostrova\tperson\tFRA\n")
    user_dirs = (str(mine.resolve()),)
    assert actors._load.__wrapped__(user_dirs).actors["maria-ostrova"].name == "Maria Ostrova"
    _user_folder(tmp_path, "maria-ostrova\tMaria Ostrova-Lind\tperson\tFRA\n")
    assert actors._load.__wrapped__(user_dirs).actors["maria-ostrova"].name == "Maria Ostrova-Lind"
    # a file added to the user's folder counts too
    (mine / "actors" / "more.tsv").write_text(HEADER + "piet-vos\tPiet Vos\tperson\tNLD\n", encoding="utf-8")
    assert "piet-vos" in actors._load.__wrapped__(user_dirs).actors


@pytest.mark.parametrize("damage", [
    lambda data: data[:len(data) // 2],  # truncated
    lambda data: data[:-10] + bytes(10),  # a changed byte in the pickle
    lambda data: data.replace(b"value", b"valuX"),  # a changed letter: still a pickle, of another value
    lambda data: b"",
    lambda data: b"not a kept file at all",
])
def test_a_damaged_file_is_ignored_and_written_anew(folder, tmp_path, damage):
    mine = _user_folder(tmp_path, "maria-ostrova\tMaria Ostrova\tperson\tFRA\n")
    compute, calls = _counted(["the", "value"])
    kept.kept("probe", (), (mine,), compute)
    [path] = folder.glob("probe-*.pickle")
    path.write_bytes(damage(path.read_bytes()))
    assert kept.kept("probe", (), (mine,), compute) == ["the", "value"]
    assert calls == [1, 1]
    assert kept.kept("probe", (), (mine,), compute) == ["the", "value"]  # written anew: read back
    assert calls == [1, 1]


def test_a_file_that_cannot_be_unpickled_is_parsed_again(folder):
    compute, calls = _counted("fresh")
    kept.kept("probe", (), (), compute)
    [path] = folder.glob("probe-*.pickle")
    payload = b"\x80\x05cno_such_module\nNoSuchClass\n."  # a well-formed file whose class is gone
    path.write_bytes(kept._MAGIC + __import__("hashlib").sha256(payload).digest() + payload)
    assert kept.kept("probe", (), (), compute) == "fresh"
    assert calls == [1, 1]


def test_a_folder_that_cannot_be_written_is_not_written(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(kept.ENVIRONMENT, str(blocker / "kept"))
    compute, calls = _counted("value")
    assert kept.kept("probe", (), (), compute) == "value"
    assert kept.kept("probe", (), (), compute) == "value"
    assert calls == [1, 1]


@pytest.mark.parametrize("setting", ["off", "0", ""])
def test_keeping_can_be_turned_off(tmp_path, monkeypatch, setting):
    monkeypatch.setenv(kept.ENVIRONMENT, setting)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    compute, calls = _counted("value")
    kept.kept("probe", (), (), compute)
    kept.kept("probe", (), (), compute)
    assert calls == [1, 1]
    assert not any(tmp_path.rglob("*.pickle"))


def test_the_default_folder_is_the_users_cache_folder(tmp_path, monkeypatch):
    monkeypatch.delenv(kept.ENVIRONMENT, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert kept.default_folder() == tmp_path / "timeline-builder" / "knowledge"


def test_a_bad_entry_is_reported_every_time_and_nothing_is_kept(folder, tmp_path):
    mine = _user_folder(tmp_path, "maria-ostrova\tMaria Ostrova\tcomet\tFRA\n")
    for _ in range(2):
        with pytest.raises(KnowledgeError, match="unknown type"):
            actors._load.__wrapped__((str(mine.resolve()),))
    assert not any(folder.glob("actors-*.pickle"))


def test_the_packaged_knowledge_read_back_equals_the_parsed(folder):
    parsed_actors, parsed_events = actors._parse(()), events._parse((), True)
    for _ in range(2):  # computed and kept, then read back
        read = actors._load.__wrapped__(())
        assert read == parsed_actors
        assert list(read.actors) == list(parsed_actors.actors)  # the same order too
        assert read.cues == parsed_actors.cues and read.roles == parsed_actors.roles
        assert read.roles_of("john-f-kennedy") == parsed_actors.roles_of("john-f-kennedy")
        known = events._load_cached.__wrapped__((), True)
        assert known.events == parsed_events.events and list(known.events) == list(parsed_events.events)
        assert known.fingerprint == parsed_events.fingerprint
    assert len(list(folder.glob("actors-*.pickle"))) == len(list(folder.glob("events-*.pickle"))) == 1


@dataclass(frozen=True, slots=True)
class _Record:
    name: str
    parts: tuple = ()
    tags: frozenset = frozenset()
    extra: dict = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class _Plain:
    record: _Record
    records: list


def test_records_are_pickled_with_every_field_and_shared_once():
    one = _Record("a", (1, 2), frozenset({"x"}), {"k": "v"})
    value = _Plain(one, [one, _Record("b")])
    back = pickle.loads(kept._dumps(value))
    assert back == value
    assert back.record.extra == {"k": "v"}
    assert back.records[0] is back.record  # one object stays one object
    assert type(back.record) is _Record


def test_only_the_newest_files_of_a_kind_stay(folder):
    for number in range(kept.KEEP_PER_KIND + 3):
        kept.kept("probe", (number,), (), lambda: number)
    assert len(list(folder.glob("probe-*.pickle"))) == kept.KEEP_PER_KIND


def test_a_build_with_the_knowledge_read_back_is_the_committed_seed(repo, tmp_path):
    """`timeline build` with the knowledge parsed and kept (first run), then read back (second run):
    both give the committed seed version."""
    import os
    import subprocess
    import sys

    environment = dict(os.environ, **{kept.ENVIRONMENT: str(tmp_path / "kept")})
    for run in ("parsed", "read back"):
        subprocess.run([sys.executable, "-c", "import sys; from timeline_builder.cli import main; sys.exit(main())",
                        "build", str(repo / "seeds"), "--dataset", str(tmp_path / run), "--quiet", "--jobs", "1"],
                       check=True, env=environment, capture_output=True, cwd=tmp_path)
        assert os.readlink(tmp_path / run / "latest") == os.readlink(repo / "datasets" / "seed" / "latest"), run
    assert len(list((tmp_path / "kept").glob("*.pickle"))) == 2


def test_the_same_knowledge_elsewhere_is_kept_apart(folder, tmp_path, monkeypatch):
    """Records name the file they come from: a copy of the packaged knowledge in another place (another
    checkout) with the same bytes is another entry."""
    import shutil

    here = kept._key("actors", ((),), ())
    copy = tmp_path / "elsewhere" / "knowledge"
    shutil.copytree(kept.PACKAGE_DIR, copy, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    monkeypatch.setattr(kept, "PACKAGE_DIR", copy)
    assert kept._key("actors", ((),), ()) != here
