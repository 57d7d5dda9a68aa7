"""timeline show: events in date order, filters, evidence snippets, errors."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pyarrow as pa
import pytest

from timeline_builder.cli import main
from timeline_builder.publish.tables import SCHEMAS
from timeline_builder.publish.versions import publish

EVENTS = [
    {"event_id": "cuban-missile-crisis", "name": "Cuban Missile Crisis", "kind": "crisis",
     "date_begin": date(1962, 10, 16), "date_end": date(1962, 10, 28), "date_basis": "knowledge",
     "text_date": "1962", "time_relation": "past"},
    {"event_id": "new-start", "name": "New START Treaty", "kind": "treaty", "date_begin": date(2010, 4, 8),
     "date_end": date(2026, 2, 5), "date_basis": "knowledge", "text_date": None, "time_relation": "current",
     "event_type": "AGREE"},
    {"event_id": "suez-crisis", "name": "Suez Crisis", "kind": "crisis", "date_begin": date(1956, 10, 29),
     "date_end": date(1956, 11, 7), "date_basis": "knowledge", "text_date": "1956", "time_relation": "past"},
    {"event_id": "crisis-x", "name": "Severe crisis", "kind": "crisis", "date_begin": None,
     "date_end": date(2015, 2, 18), "date_basis": "context", "text_date": "more than a decade ago",
     "time_relation": "past"},
]
LINKS = [
    {"event_id": "cuban-missile-crisis", "actor_id": "soviet-union", "role": "participant"},
    {"event_id": "cuban-missile-crisis", "actor_id": "united-states", "role": "participant"},
    {"event_id": "new-start", "actor_id": "russia", "role": "participant"},
]
MENTIONS = [
    {"event_id": "cuban-missile-crisis", "doc_id": "d1", "char_start": 10, "char_end": 60,
     "text": "in 1962, when our countries came closer than ever to nuclear confrontation"},
    {"event_id": "new-start", "doc_id": "d1", "char_start": 100, "char_end": 120, "text": "the New START treaty " * 10},
    {"event_id": "new-start", "doc_id": "d1", "char_start": 200, "char_end": 220, "text": "New START"},
    {"event_id": "suez-crisis", "doc_id": "d1", "char_start": 5, "char_end": 9, "text": "1956"},
]
DOCUMENTS = [{"doc_id": "d1", "path": "seeds/article.txt"}]


ACTORS = [{"actor_id": a, "name": a.replace("-", " ").title(), "type": "state"}
          for a in ("soviet-union", "united-states", "russia")]


def _filled(name: str, rows: list[dict]) -> pa.Table:
    """``rows`` as table ``name``, not-null columns they leave out filled with a placeholder."""
    schema = SCHEMAS[name]
    placeholder = {pa.string(): "x", pa.int64(): 0, pa.float64(): 1.0}
    return pa.Table.from_pylist([{f.name: row.get(f.name, None if f.nullable else placeholder.get(f.type))
                                  for f in schema} for row in rows], schema=schema)


@pytest.fixture
def dataset(tmp_path: Path) -> Path:
    given = {"events": EVENTS, "event_actors": LINKS, "event_mentions": MENTIONS, "documents": DOCUMENTS,
             "actors": ACTORS}
    tables = {name: _filled(name, given.get(name, [])) for name in SCHEMAS}
    publish(tmp_path / "ds", tables, {"inputs": []}, {})
    return tmp_path / "ds"


def show(capsys, *args) -> str:
    assert main(["show", *map(str, args)]) == 0
    return capsys.readouterr().out


def test_events_in_date_order_with_actors_and_snippet(dataset, capsys):
    out = show(capsys, dataset)
    order = ["Suez Crisis", "Cuban Missile Crisis", "New START Treaty", "Severe crisis"]
    assert [out.index(e) for e in order] == sorted(out.index(e) for e in order)
    assert "1962-10-16..1962-10-28" in out and "[knowledge: 1962]" in out
    assert "actors: soviet-union (participant), united-states (participant)" in out
    assert "“in 1962, when our countries came closer than ever to nuclear confrontation” article.txt" in out
    assert "(+1 more)" in out and "…”" in out


@pytest.mark.parametrize("args, present, absent", [
    (["--since", "1960"], ["Cuban Missile Crisis", "New START"], ["Suez Crisis"]),
    (["--until", "1960"], ["Suez Crisis"], ["Cuban Missile Crisis", "New START"]),
    (["--since", "1960", "--until", "1970"], ["Cuban Missile Crisis"], ["Suez Crisis", "New START"]),
    (["--actor", "russia"], ["New START"], ["Cuban Missile Crisis", "Suez Crisis"]),
    (["--kind", "treaty"], ["New START"], ["Cuban Missile Crisis"]),
])
def test_filters(dataset, capsys, args, present, absent):
    out = show(capsys, dataset, *args)
    assert all(p in out for p in present) and not any(a in out for a in absent)


def test_event_type_filter(dataset, capsys):
    out = show(capsys, dataset, "--event-type", "agree")
    assert "New START" in out and "Suez" not in out


def test_nothing_matches(dataset, capsys):
    assert "no events match" in show(capsys, dataset, "--kind", "election")


def test_missing_dataset_is_an_error_not_a_traceback(tmp_path, capsys):
    assert main(["show", str(tmp_path / "none")]) == 2
    assert "no such dataset folder" in capsys.readouterr().err


def test_dataset_without_latest_version(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert main(["show", str(tmp_path / "empty")]) == 2
    assert "not a dataset" in capsys.readouterr().err


def test_dataset_option_and_the_positional_alias_agree(dataset, capsys):
    assert show(capsys, "--dataset", dataset) == show(capsys, dataset) == show(capsys, "-d", dataset)


@pytest.mark.parametrize("args, suggestion", [
    (["--actor", "sovet-union"], "did you mean soviet-union"),
    (["--actor", "Russia"], "did you mean russia"),          # a name stands for its id
    (["--kind", "treaties"], "did you mean treaty"),
    (["--kind", "crises"], "did you mean crisis"),
    (["--event-type", "asault"], "did you mean ASSAULT"),
])
def test_unknown_filter_values_suggest_the_nearest(dataset, capsys, args, suggestion):
    assert main(["show", "--dataset", str(dataset), *args]) == 2
    err = capsys.readouterr().err
    assert suggestion in err and len(err.strip().splitlines()) == 1


def test_damaged_table_is_one_line_naming_the_file(dataset, capsys):
    events = next((dataset / "versions").iterdir()) / "events.parquet"
    events.chmod(0o644)
    events.write_bytes(events.read_bytes()[:-40])
    assert main(["show", "--dataset", str(dataset)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "events" in err and "timeline verify" in err


def test_bad_year_is_a_usage_error(dataset, capsys):
    assert main(["show", str(dataset), "--since", "sixties"]) == 2
