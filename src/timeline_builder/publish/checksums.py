"""The SHA-256 of a file, read in blocks: what a version's manifest and the table cache's index record of
each table file. No pyarrow here: the table cache checks its files before a build's workers fork."""
from __future__ import annotations

import hashlib
from pathlib import Path


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
