"""croissant.json: written into every version, checksummed, valid for mlcroissant, and
column descriptions readable from the Parquet files themselves."""
from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from timeline_builder.publish import croissant
from timeline_builder.build import BuildOptions, build
from timeline_builder.publish.versions import read_manifest, verify_version
from timeline_builder.publish.tables import SCHEMAS, column_descriptions


@pytest.fixture(scope="module")
def version_dir(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("croissant")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("In 1962 the crisis began. It ended.", encoding="utf-8")
    (corpus / "b.md").write_text("---\ndate: 2020-01-02\n---\nLast year was busy.", encoding="utf-8")
    return build([str(corpus)], root / "ds", BuildOptions(extractors=())).version.path


def test_croissant_is_in_the_version_and_its_checksum_in_the_manifest(version_dir):
    data = (version_dir / croissant.FILE_NAME).read_bytes()
    manifest = read_manifest(version_dir)
    assert manifest["files"][croissant.FILE_NAME]["sha256"] == hashlib.sha256(data).hexdigest()
    assert verify_version(version_dir) == []


def test_croissant_describes_every_file_table_column_and_source(version_dir):
    document = json.loads((version_dir / croissant.FILE_NAME).read_text(encoding="utf-8"))
    manifest = read_manifest(version_dir)
    assert document["conformsTo"] == croissant.CONFORMS_TO
    assert document["license"]
    assert manifest["version"] in document["version"]
    files = {f["name"]: f for f in document["distribution"]}
    for table, info in manifest["tables"].items():
        assert files[info["file"]]["sha256"] == info["sha256"]
    record_sets = {r["name"]: r for r in document["recordSet"]}
    assert set(record_sets) == set(SCHEMAS)
    for table, record_set in record_sets.items():
        described = {f["name"]: f["description"] for f in record_set["field"]}
        assert described == column_descriptions(table)
    events = {f["name"]: f["dataType"] for f in record_sets["events"]["field"]}
    assert events["date_begin"] == "sc:Date" and events["confidence"] == "sc:Float"
    aliases = next(f for f in record_sets["actors"]["field"] if f["name"] == "aliases")
    assert aliases["repeated"] is True and aliases["dataType"] == "sc:Text"
    assert [s["name"] for s in document["isBasedOn"]] == ["corpus/a.txt", "corpus/b.md"]
    assert "built_at" not in json.dumps(document)


def test_mlcroissant_validates_and_reads_the_records(version_dir, caplog):
    mlcroissant = pytest.importorskip("mlcroissant", reason="mlcroissant is in the dev extra")
    with caplog.at_level(logging.WARNING):
        dataset = mlcroissant.Dataset(jsonld=str(version_dir / croissant.FILE_NAME))
    # Only the two recommendations we deliberately leave out (no wall-clock date, no citation key).
    assert "not standard" not in caplog.text
    documents = list(dataset.records("documents"))
    assert sorted(r["documents/path"] for r in documents) == [b"corpus/a.txt", b"corpus/b.md"]
    assert len(list(dataset.records("sentences"))) == pq.read_table(version_dir / "sentences.parquet").num_rows


@pytest.mark.parametrize("arrow_type, expected", [
    (pa.string(), ("sc:Text", False)),
    (pa.int64(), ("sc:Integer", False)),
    (pa.float64(), ("sc:Float", False)),
    (pa.date32(), ("sc:Date", False)),
    (pa.bool_(), ("sc:Boolean", False)),
    (pa.list_(pa.string()), ("sc:Text", True)),
])
def test_data_types(arrow_type, expected):
    assert croissant.data_type(arrow_type) == expected


def test_render_is_deterministic():
    info = {"events": {"file": "events.parquet", "rows": 2, "bytes": 10, "sha256": "0" * 64}}
    inputs = [{"doc_id": "b", "path": "b.txt", "sha256": "1" * 64}, {"doc_id": "a", "path": "a.txt", "sha256": "2" * 64}]
    assert croissant.render("v1", info, inputs) == croissant.render("v1", info, list(reversed(inputs)))


def test_column_descriptions_are_in_the_parquet_key_value_metadata(version_dir):
    for table in SCHEMAS:
        path = version_dir / f"{table}.parquet"
        # Through Arrow's own schema (field metadata)...
        schema = pq.read_schema(path)
        assert {f.name: f.metadata[b"description"].decode() for f in schema} == column_descriptions(table)
        # ...and as plain key-value metadata any Parquet reader sees.
        key_value = pq.ParquetFile(path).metadata.metadata
        assert json.loads(key_value[b"column_descriptions"]) == column_descriptions(table)
