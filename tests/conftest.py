"""Shared fixtures: paths to the repository, the seed, and ../shared when it exists."""
from __future__ import annotations

from pathlib import Path

import pytest

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
