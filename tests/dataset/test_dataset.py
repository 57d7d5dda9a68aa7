"""The Python API over published datasets: versions, tables, prefixes, errors, diff, export."""
from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pyarrow as pa
import pytest

from timeline_builder.dataset import open_dataset
from timeline_builder.dataset.diff import diff_table, diff_versions
from timeline_builder.errors import DatasetError, UsageError
from timeline_builder.publish.tables import SCHEMA_VERSION

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from dataset_fixtures import build_two_versions


@pytest.fixture(scope="module")
def two_versions(tmp_path_factory):
    return build_two_versions(tmp_path_factory.mktemp("api"))


def test_versions_newest_first_with_catalog_and_parent(two_versions):
    dataset, first, second = two_versions
    versions = open_dataset(dataset).versions()
    assert [v.id for v in versions] == [second, first]
    assert versions[0].parent == first and versions[1].parent is None
    assert versions[0].built_at and versions[0].built_at.endswith("Z")


@pytest.mark.parametrize("spec, which", [("latest", 1), ("latest~1", 0), ("", 1), ("latest~0", 1)])
def test_version_by_name(two_versions, spec, which):
    dataset, *ids = two_versions
    assert open_dataset(dataset).version(spec).id == ids[which]


def test_version_by_id_and_unique_prefix(two_versions):
    dataset, first, second = two_versions
    opened = open_dataset(dataset)
    assert opened.version(first).id == first
    assert opened.version(first[:6]).id == first
    assert opened.version(f"{second[:5]}~1").id == first


@pytest.mark.parametrize("spec, message", [
    ("ffffffffffffffff", "unknown version"),
    ("latest~2", "has no parent"),
    ("zz", "unknown version"),
])
def test_unknown_versions_raise_dataset_error(two_versions, spec, message):
    with pytest.raises(DatasetError, match=message):
        open_dataset(two_versions[0]).version(spec)


def test_ambiguous_prefix(tmp_path, two_versions):
    dataset, first, second = two_versions
    copy = tmp_path / "ds"
    shutil.copytree(dataset, copy, symlinks=True)
    # Two folders sharing a prefix (a contrived copy) must not silently pick one.
    shutil.copytree(copy / "versions" / first, copy / "versions" / (first[:4] + "0" * 12))
    with pytest.raises(DatasetError, match="ambiguous"):
        open_dataset(copy).version(first[:4])


def test_tables_are_arrow_tables_with_descriptions(two_versions):
    version = open_dataset(two_versions[0]).version()
    events = version.table("events")
    assert isinstance(events, pa.Table)
    assert "the-berlin-crisis-of-1961" in events.column("event_id").to_pylist()
    assert events.schema.field("kind").metadata[b"description"]
    assert version.row_counts()["events"] == events.num_rows
    assert "events" in version.table_names and version.manifest["version"] == version.id
    with pytest.raises(DatasetError, match="no table 'nope'"):
        version.table("nope")


def test_a_version_folder_opens_as_a_dataset_of_one(two_versions):
    dataset, first, _ = two_versions
    single = open_dataset(dataset / "versions" / first)
    assert [v.id for v in single.versions()] == [first]
    assert single.version().id == first
    assert open_dataset(dataset / "latest").version().id == two_versions[2]


def test_not_a_dataset(tmp_path):
    with pytest.raises(DatasetError, match="no such dataset"):
        open_dataset(tmp_path / "missing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(DatasetError, match="not a dataset"):
        open_dataset(tmp_path / "empty")


def test_newer_schema_is_refused(tmp_path, two_versions):
    copy = tmp_path / "ds"
    shutil.copytree(two_versions[0], copy, symlinks=True)
    manifest_path = copy / "latest" / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["schema_version"] = SCHEMA_VERSION + 1
    manifest_path.write_text(json.dumps(manifest))
    with pytest.raises(DatasetError, match="newer than this tool"):
        open_dataset(copy)
    with pytest.raises(DatasetError, match="newer than this tool"):
        open_dataset(copy / "versions" / two_versions[2])


def test_verify_finds_tampering(tmp_path, two_versions):
    dataset, first, second = two_versions
    copy = tmp_path / "ds"
    shutil.copytree(dataset, copy, symlinks=True)
    assert open_dataset(copy).verify() == {}
    target = copy / "versions" / first / "events.parquet"
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0x01
    target.write_bytes(bytes(data))
    (copy / "versions" / second / "croissant.json").unlink()
    (copy / "versions" / second / "notes.txt").write_text("x")
    problems = open_dataset(copy).verify()
    assert problems[first] == ["events.parquet: checksum mismatch (the file was changed)"]
    assert sorted(problems[second]) == ["croissant.json: missing", "notes.txt: extra file not in the manifest"]


def test_verify_reports_a_missing_version_folder(tmp_path, two_versions):
    dataset, first, _ = two_versions
    copy = tmp_path / "ds"
    shutil.copytree(dataset, copy, symlinks=True)
    shutil.rmtree(copy / "versions" / first)
    assert "missing" in open_dataset(copy).verify()[first][0]


def test_query_views_and_invalid_sql(two_versions):
    version = open_dataset(two_versions[0]).version()
    columns, rows = version.query("SELECT kind, count(*) AS n FROM events GROUP BY kind ORDER BY kind")
    assert columns == ["kind", "n"]
    assert dict(rows) == {"crisis": 2, "meeting": 1, "treaty": 1, "war": 2}
    with pytest.raises(UsageError, match="the query failed"):
        version.query("SELEC nonsense")
    with pytest.raises(UsageError, match="events"):
        version.query("SELECT * FROM no_such_table")


@pytest.mark.parametrize("format", ["csv", "jsonl"])
def test_export_writes_every_table(tmp_path, two_versions, format):
    version = open_dataset(two_versions[0]).version()
    written = version.export(tmp_path / "out", format)
    assert sorted(p.stem for p in written) == version.table_names
    actors = (tmp_path / "out" / f"actors.{format}").read_text(encoding="utf-8")
    if format == "jsonl":
        rows = [json.loads(line) for line in actors.splitlines()]
        assert {r["actor_id"] for r in rows} == {"cuba", "nato", "soviet-union", "united-states"}
        assert isinstance(rows[0]["aliases"], list)
        events = [json.loads(line) for line in (tmp_path / "out" / "events.jsonl").read_text().splitlines()]
        assert {e["date_begin"] for e in events} >= {"1961-01-01", "1962-01-01"}
    else:
        assert actors.splitlines()[0].startswith("actor_id,name,type")
        assert '"[""NATO""]"' in actors


def test_diff_shows_exactly_what_the_changed_documents_changed(two_versions):
    dataset, first, second = two_versions
    opened = open_dataset(dataset)
    result = diff_versions(opened.version(first), opened.version(second))
    assert result.inputs_added == ["corpus/d.txt"] and result.inputs_changed == ["corpus/b.txt"] and not result.inputs_removed
    events = result.tables["events"]
    assert [r["event_id"] for r in events.removed] == ["the-basic-treaty-of-1972"]
    assert [r["event_id"] for r in events.added] == ["the-basic-treaty-of-1973", "the-berlin-crisis-of-1961"]
    assert not events.changed
    assert not result.tables["actors"]
    links = result.tables["event_actors"]
    assert {(r["event_id"], r["actor_id"]) for r in links.added} == {
        ("the-berlin-crisis-of-1961", "soviet-union"), ("the-berlin-crisis-of-1961", "united-states")}
    touched = {r["doc_id"] for t in ("timexes", "actor_mentions", "event_mentions")
               for r in result.tables[t].added + result.tables[t].removed}
    timex_docs = {r["timex_id"]: r["doc_id"] for r in opened.version(second).table("timexes").to_pylist()}
    touched |= {timex_docs[key["timex_id"]] for key, _ in result.tables["timexes"].changed}
    # a document's id hashes its path and its text: the edited b.txt is a new id, the old one's rows removed
    ids = {(v, d["path"]): d["doc_id"] for v in (first, second)
           for d in opened.version(v).table("documents").to_pylist()}
    assert touched == {ids[first, "corpus/b.txt"], ids[second, "corpus/b.txt"], ids[second, "corpus/d.txt"]}
    assert not diff_versions(opened.version(second), opened.version(second))


@pytest.mark.parametrize("before, after, expected", [
    ([{"event_id": "a", "name": "A"}], [{"event_id": "a", "name": "A"}], (0, 0, 0)),
    ([{"event_id": "a", "name": "A"}], [{"event_id": "a", "name": "B"}], (0, 0, 1)),
    ([{"event_id": "a", "name": "A"}], [{"event_id": "b", "name": "A"}], (1, 1, 0)),
    ([], [{"event_id": "a", "name": "A"}, {"event_id": "b", "name": "B"}], (2, 0, 0)),
])
def test_diff_table(before, after, expected):
    result = diff_table("events", before, after)
    assert (len(result.added), len(result.removed), len(result.changed)) == expected


def test_changed_columns_name_before_and_after():
    result = diff_table("events", [{"event_id": "a", "name": "A", "kind": "war"}],
                        [{"event_id": "a", "name": "A", "kind": "crisis"}])
    assert result.changed == [({"event_id": "a"}, {"kind": ("war", "crisis")})]
    assert result.records()[0]["columns"] == {"kind": {"before": "war", "after": "crisis"}}


def test_latest_pointing_to_a_missing_version(tmp_path, two_versions):
    copy = tmp_path / "ds"
    shutil.copytree(two_versions[0], copy, symlinks=True)
    os.remove(copy / "latest")
    os.symlink("versions/0000000000000000", copy / "latest")
    with pytest.raises(DatasetError, match="missing"):
        open_dataset(copy).version()
    assert "latest" in open_dataset(copy).verify()
