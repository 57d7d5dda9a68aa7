"""The dataset card: README.md in the Hugging Face format, deterministic, checked, and loadable with `datasets`."""
from __future__ import annotations

import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import yaml

from timeline_builder.build import build
from timeline_builder.publish import card
from timeline_builder.publish.tables import SCHEMAS
from timeline_builder.publish.versions import verify_version

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from dataset_fixtures import OPTIONS, write_corpus


@pytest.fixture(scope="module")
def version(tmp_path_factory):
    root = tmp_path_factory.mktemp("card")
    return build([str(write_corpus(root / "corpus"))], root / "ds", OPTIONS).version


def _front_matter(text: str) -> dict:
    head, _, _ = text.removeprefix("---\n").partition("\n---\n")
    return yaml.safe_load(head)


def test_card_is_listed_checked_and_in_the_hub_format(version):
    text = (version.path / "README.md").read_text(encoding="utf-8")
    meta = _front_matter(text)
    assert meta["license"] == "other" and meta["license_name"]
    configs = {c["config_name"]: c for c in meta["configs"]}
    assert set(configs) == set(SCHEMAS)
    assert configs["events"]["default"] is True
    assert configs["actors"]["data_files"] == [{"split": "train", "path": "actors.parquet"}]
    assert f"# Timeline dataset, version {version.version_id}" in text
    assert "timeline build INPUTS --dataset DATASET" in text and "Licence:" in text
    assert "README.md" in version.manifest["files"] and verify_version(version.path) == []


def test_same_inputs_elsewhere_give_the_same_card_and_id(version, tmp_path):
    again = build([str(write_corpus(tmp_path / "corpus"))], tmp_path / "other", OPTIONS).version
    assert again.version_id == version.version_id
    assert (again.path / "README.md").read_bytes() == (version.path / "README.md").read_bytes()


def test_an_edited_card_fails_verification(version, tmp_path):
    import shutil
    copy = tmp_path / version.version_id
    shutil.copytree(version.path, copy)
    (copy / "README.md").chmod(0o644)
    (copy / "README.md").write_text("edited", encoding="utf-8")
    assert any(p.startswith("README.md") for p in verify_version(copy))


@pytest.mark.parametrize("options, expected", [
    ({}, "timeline build INPUTS --dataset DATASET"),
    ({"dct": "2005-01-01", "fields": {"text": "story", "date": "pub date"}},
     'timeline build INPUTS --dataset DATASET --dct 2005-01-01 --date-field "pub date" --text-field story'),
    ({"fields": {"url": "link"}}, 'timeline build INPUTS --dataset DATASET --fields FIELDS.json  # FIELDS.json: {"url": "link"}'),
])
def test_build_command_from_the_options(options, expected):
    assert card.build_command({"options": options}) == expected


def test_datasets_library_loads_every_config(version, tmp_path, monkeypatch):
    datasets = pytest.importorskip("datasets", reason="the datasets library (dev extra) is not installed")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    cache = str(tmp_path / "hf-cache")
    events = datasets.load_dataset(str(version.path), "events", split="train", cache_dir=cache)
    assert events.num_rows == pq.read_table(version.path / "events.parquet").num_rows > 0
    assert "event_id" in events.column_names
    default = datasets.load_dataset(str(version.path), split="train", cache_dir=cache)
    assert default.num_rows == events.num_rows
    actors = datasets.load_dataset(str(version.path), "actors", split="train", cache_dir=cache)
    assert actors.num_rows == version.manifest["tables"]["actors"]["rows"]
