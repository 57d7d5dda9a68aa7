"""Reading knowledge files: TSV with a header line, comments with '#', errors with file and line.

The package's own files live beside this module; users add theirs with ``--knowledge DIR``
(a folder holding files of the same names and formats). A user's entry with an existing id
overrides the packaged one.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..errors import KnowledgeError

PACKAGE_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True, slots=True)
class Row:
    """One data line of a knowledge file: its values by column name, and where it came from."""

    path: str
    line: int
    values: dict[str, str]

    def get(self, column: str) -> str | None:
        value = self.values.get(column, "")
        return value if value != "" else None

    def require(self, column: str) -> str:
        value = self.get(column)
        if value is None:
            raise KnowledgeError(f"column {column!r} is empty", path=self.path, line=self.line)
        return value

    def error(self, message: str) -> KnowledgeError:
        return KnowledgeError(message, path=self.path, line=self.line)


def read_tsv(path: Path, required: tuple[str, ...] = ()) -> Iterator[Row]:
    """Yield the rows of a tab-separated file whose first non-comment line is the header."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError(f"cannot read knowledge file: {exc}", path=str(path)) from exc
    header: list[str] | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in raw.split("\t")]
        if header is None:
            header = cells
            missing = [c for c in required if c not in header]
            if missing:
                raise KnowledgeError(f"header lacks column(s) {', '.join(missing)}", path=str(path), line=number)
            continue
        if len(cells) > len(header):
            raise KnowledgeError(f"{len(cells)} cells but the header has {len(header)} columns",
                                 path=str(path), line=number)
        cells += [""] * (len(header) - len(cells))
        yield Row(str(path), number, dict(zip(header, cells)))


def user_folders(user_dirs: tuple[Path, ...] | list[Path]) -> tuple[Path, ...]:
    """The ``--knowledge`` folders, resolved, each checked to exist (a loader's cache key).

    Raises:
        KnowledgeError: a folder that does not exist.
    """
    dirs = tuple(Path(d).resolve() for d in user_dirs)
    for folder in dirs:
        if not folder.is_dir():
            raise KnowledgeError("knowledge folder does not exist", path=str(folder))
    return dirs


def knowledge_files(name: str, user_dirs: tuple[Path, ...] = ()) -> list[Path]:
    """The packaged file(s) for ``name`` (a glob such as ``actors/*.tsv``) then each user folder's."""
    found = sorted(PACKAGE_DIR.glob(name))
    for folder in user_dirs:
        found += sorted(Path(folder).glob(name))
    return found


def fingerprint(paths: list[Path]) -> str:
    """A hash of the knowledge files' contents: part of what determines a dataset version."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
