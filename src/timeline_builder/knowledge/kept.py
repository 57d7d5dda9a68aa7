"""Parsed knowledge bases kept between processes, as ``regex_cache`` keeps compiled patterns.

Every process that extracts parses the actor and event knowledge bases from their TSV files
first: ``timeline build`` before it starts its workers (so a ``--jobs N`` build waits for it),
each Dask worker, every small build. Reading the parsed objects back from a pickle costs about
a third of parsing them (``python benchmarks/bench_scale.py knowledge``).

:func:`kept` returns what a loader computes, read from a file when one made from the same
inputs exists. The file's name is a hash of everything its content depends on: the loader's
kind and arguments, the bytes of every knowledge file (the packaged ones and those of the user
folders given) and where they are (records name their file), the source of the knowledge
modules that parse them, and the Python. An edited knowledge file or parser gives another name,
so a stale file is never read (old files are removed, :data:`KEEP_PER_KIND` a kind stay). Each
file holds a sha256 of its pickle: a damaged or truncated one, or one that cannot be unpickled,
is ignored, and what the loader computes is written anew. A folder that cannot be written is
not written. A loader that raises (a bad entry) keeps nothing, so its error comes every time.

The files live in the user's cache folder (``$XDG_CACHE_HOME``, else ``~/.cache``) under
``timeline-builder/knowledge/``; ``TIMELINE_KNOWLEDGE_CACHE`` names another folder, or ``off``
turns keeping off. Like any cache in that folder, the files are trusted (a pickle runs code
when read): whoever can write the user's cache folder can already change what the user runs.
"""
from __future__ import annotations

import dataclasses
import hashlib
import io
import os
import pickle
import sys
from pathlib import Path
from typing import Callable, TypeVar

from .files import PACKAGE_DIR

ENVIRONMENT = "TIMELINE_KNOWLEDGE_CACHE"
KEEP_PER_KIND = 8
_MAGIC = b"timeline-builder knowledge 1\n"

T = TypeVar("T")


def default_folder() -> Path | None:
    """Where the parsed knowledge is kept: ``TIMELINE_KNOWLEDGE_CACHE``, else the user's cache folder; None: off."""
    named = os.environ.get(ENVIRONMENT)
    if named is not None:
        return None if named.strip().lower() in ("", "0", "off", "no", "false") else Path(named)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "timeline-builder" / "knowledge"


def kept(kind: str, arguments: tuple, user_dirs: tuple, compute: Callable[[], T]) -> T:
    """``compute()``, or what it returned before for the same ``kind``, ``arguments`` (their repr
    names them), knowledge files (packaged and under ``user_dirs``) and knowledge code."""
    folder = default_folder()
    if folder is None:
        return compute()
    try:
        key = _key(kind, arguments, user_dirs)
    except OSError:  # a knowledge file that cannot be read: the loader says so
        return compute()
    path = folder / f"{kind}-{key}.pickle"
    value = _read(path)
    if value is not None:
        return value[0]
    value = compute()
    _write(path, value, kind)
    return value


def _key(kind: str, arguments: tuple, user_dirs: tuple) -> str:
    digest = hashlib.sha256()
    # (where the packaged files are too: the records say which file and line they come from)
    digest.update(repr((kind, arguments, str(PACKAGE_DIR), sys.implementation.name,
                        tuple(sys.version_info[:3]))).encode())
    # The code that parses the files (the knowledge modules beside this one) and the files themselves.
    for path in sorted(Path(__file__).parent.glob("*.py")) + [Path(__file__).parents[1] / "errors.py"]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    for root in (PACKAGE_DIR, *(Path(d) for d in user_dirs)):
        for path in sorted(p for p in Path(root).rglob("*") if p.suffix not in (".py", ".pyc") and p.is_file()
                           and "__pycache__" not in p.parts):
            digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
        digest.update(b"\1")
    return digest.hexdigest()[:24]


def _read(path: Path) -> tuple | None:
    """(the kept value,) or None when there is none or it is damaged."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    head = len(_MAGIC) + 32
    if len(data) < head or not data.startswith(_MAGIC) or \
            hashlib.sha256(data[head:]).digest() != data[len(_MAGIC):head]:
        return None
    try:
        return (pickle.loads(data[head:]),)
    except Exception:  # noqa: BLE001 - a class changed shape beyond the key's reach: parse again
        return None


def _write(path: Path, value: object, kind: str) -> None:
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        payload = _dumps(value)
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(temporary, "wb") as handle:
            handle.write(_MAGIC + hashlib.sha256(payload).digest() + payload)
        os.replace(temporary, path)
        _prune(path.parent, kind)
    except Exception:  # noqa: BLE001 - keeping is an optimisation: an unwritable folder or value is not kept
        try:
            os.unlink(temporary)
        except OSError:
            pass


def _prune(folder: Path, kind: str) -> None:
    """Only the KEEP_PER_KIND newest files of ``kind`` stay (earlier knowledge or code made the others)."""
    files = sorted(folder.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in files[KEEP_PER_KIND:]:
        try:
            old.unlink()
        except OSError:
            pass


def _dumps(value: object) -> bytes:
    handle = io.BytesIO()
    _Pickler(handle, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return handle.getvalue()


class _Pickler(pickle.Pickler):
    """Frozen slotted dataclasses (the knowledge records) are read back by setting their fields
    directly: dataclasses' own ``__setstate__`` looks up the fields again for every record, two
    thirds of reading a knowledge base back. The same fields, in the same order, as it keeps."""

    def reducer_override(self, obj):
        cls = type(obj)
        if _DATACLASS_GETSTATE is None or getattr(cls, "__getstate__", None) is not _DATACLASS_GETSTATE:
            return NotImplemented
        names = _FIELDS.get(cls)
        if names is None:
            names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls))
        return _rebuild, (cls, names, tuple(getattr(obj, name) for name in names))


_FIELDS: dict[type, tuple[str, ...]] = {}


def _dataclass_getstate():
    """dataclasses' ``__getstate__`` of a slotted dataclass (a private function: None if it moved)."""
    @dataclasses.dataclass(frozen=True, slots=True)
    class Probe:
        x: int = 0

    found = getattr(Probe, "__getstate__", None)
    return found if getattr(found, "__qualname__", "") == "_dataclass_getstate" else None


_DATACLASS_GETSTATE = _dataclass_getstate()


def _rebuild(cls: type, names: tuple[str, ...], values: tuple) -> object:
    made = object.__new__(cls)
    for name, value in zip(names, values):
        object.__setattr__(made, name, value)
    return made
