"""Shared fixtures: paths to the repository, the seed, and ../shared when it exists."""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

# Tests keep no compiled patterns in the user's cache folder (tests/test_regex_cache.py names its own files),
# nor parsed knowledge (tests/knowledge/test_kept.py names its own folders).
os.environ.setdefault("TIMELINE_REGEX_CACHE", "off")
os.environ.setdefault("TIMELINE_KNOWLEDGE_CACHE", "off")
# One item's failure in a stage that works item by item is a bug: tests raise it (src/timeline_builder/guard.py)
# rather than filing it as a problem row (tests/link/test_item_failures.py switches the report back on).
os.environ.setdefault("TIMELINE_ITEM_ERRORS", "raise")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture
def repo() -> Path:
    return REPO


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared (gold, corpora, scorers) is not beside the repository")
    return SHARED


@pytest.fixture(scope="module")
def pipeline():
    """A Pipeline with the default stages and knowledge, made once a test module."""
    from timeline_builder.build.pipeline import Pipeline
    return Pipeline()


@pytest.fixture(scope="module")
def actor_extractor():
    """The actor stage with its packaged knowledge, made once a test module."""
    from timeline_builder.extract.actors import ActorExtractor
    return ActorExtractor()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A dataset with two versions (dataset_fixtures.build_two_versions), built once a test module:
    its folder and the ids of its first and second versions."""
    if str(REPO / "tests") not in sys.path:  # --import-mode=importlib: tests/ is not on the path
        sys.path.insert(0, str(REPO / "tests"))
    from dataset_fixtures import build_two_versions
    return build_two_versions(tmp_path_factory.mktemp("two-versions"))


@pytest.fixture
def copy(tmp_path, built):
    """A private copy of ``built``'s dataset, for tests that damage it."""
    target = tmp_path / "ds"
    shutil.copytree(built[0], target, symlinks=True)
    return target
