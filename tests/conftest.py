"""Shared fixtures: paths to the repository, the seed, and ../shared when it exists."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

# Tests keep no compiled patterns in the user's cache folder (tests/test_regex_cache.py names its own files),
# nor parsed knowledge (tests/knowledge/test_kept.py names its own folders).
os.environ.setdefault("TIMELINE_REGEX_CACHE", "off")
os.environ.setdefault("TIMELINE_KNOWLEDGE_CACHE", "off")

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
