"""Versioned, atomic, checksummed dataset writing.

Layout of a dataset folder::

    DATASET/
      versions/<version_id>/<table>.parquet, croissant.json, manifest.json   immutable once written
      latest -> versions/<version_id>                        symlink, swapped atomically
      catalog.json                                           the history: when each version was built

A version is staged in a hidden folder and renamed into place only when complete, so a
crash leaves the previous version and ``latest`` intact. The version id is a hash of what
determines the content (schema version, extractor and knowledge versions, inputs, table
checksums): the same inputs and code give the same id and byte-identical files.
"""
from __future__ import annotations

import errno
import fcntl
import hashlib
import json
import os
import shutil
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from .. import __version__
from . import croissant
from ..errors import DatasetError, PublishError
from .tables import SCHEMA_VERSION

MANIFEST = "manifest.json"
CATALOG = "catalog.json"
VERSIONS = "versions"
LATEST = "latest"
LOCK = ".lock"
STAGING_PREFIX = ".staging-"

# Pinned writer options: part of what makes rebuilds byte-identical.
PARQUET_OPTIONS = dict(
    compression="zstd",
    compression_level=3,
    use_dictionary=True,
    write_statistics=True,
    version="2.6",
    data_page_version="1.0",
    row_group_size=1_000_000,
    store_schema=True,
)


@dataclass(frozen=True, slots=True)
class PublishedVersion:
    version_id: str
    path: Path
    created: bool  # False when an identical version already existed
    parent: str | None
    manifest: dict


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_parquet(table: pa.Table, path: Path) -> None:
    pq.write_table(table, path, **PARQUET_OPTIONS)


@contextmanager
def dataset_lock(dataset: Path, wait_seconds: float = 60.0) -> Iterator[None]:
    """Hold the dataset's write lock; wait up to ``wait_seconds`` for another build to finish."""
    try:
        dataset.mkdir(parents=True, exist_ok=True)
        handle = open(dataset / LOCK, "a+")
    except OSError as exc:
        raise PublishError(f"cannot write to the dataset folder: {exc.strerror or exc}", path=str(dataset),
                           hint="choose a writable folder with --dataset") from None
    deadline = time.monotonic() + wait_seconds
    try:
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES) or time.monotonic() >= deadline:
                    raise PublishError(
                        "another build is writing to this dataset", path=str(dataset),
                        hint=f"waited {wait_seconds:.0f} s; wait for it to finish or pass --wait SECONDS",
                    ) from None
                time.sleep(0.2)
        yield
    finally:
        handle.close()


def publish(dataset: Path, tables: dict[str, pa.Table], content_key: dict, options: dict,
            wait_seconds: float = 60.0, catalog_extra: dict | None = None) -> PublishedVersion:
    """Write ``tables`` as a new version of ``dataset`` (or find the identical one) atomically.

    ``content_key`` holds what determines the content besides the tables themselves
    (extractor and knowledge versions, inputs); it goes into the manifest and the id.
    """
    dataset = Path(dataset)
    with dataset_lock(dataset, wait_seconds):
        _remove_stale_staging(dataset)
        staging = dataset / f"{STAGING_PREFIX}{os.getpid()}"
        try:
            staging.mkdir(parents=True)
            table_info = _write_tables(tables, staging)
            version_id = _version_id(content_key, table_info)
            # Derived from the tables and inputs only, so it needs no place in the id.
            metadata = croissant.render(version_id, table_info, content_key.get("inputs", []))
            (staging / croissant.FILE_NAME).write_bytes(metadata)
            extra_files = {croissant.FILE_NAME: {"bytes": len(metadata),
                                                 "sha256": hashlib.sha256(metadata).hexdigest()}}
            parent = current_version(dataset)
            target = dataset / VERSIONS / version_id
            if target.exists():
                problems = verify_version(target)
                if problems:
                    raise PublishError(f"version {version_id} exists but fails verification: {problems[0]}",
                                       path=str(target), hint="run 'timeline verify' and remove the damaged version")
                shutil.rmtree(staging)
                manifest = read_manifest(target)
                if parent != version_id:
                    _point_latest(dataset, version_id)
                return PublishedVersion(version_id, target, False, manifest.get("parent"), manifest)
            manifest = {
                "format": "timeline-builder-dataset",
                "schema_version": SCHEMA_VERSION,
                "version": version_id,
                "parent": parent,
                "tool": {"name": "timeline-builder", "version": __version__},
                "writer": {"pyarrow": pa.__version__, "parquet_options": PARQUET_OPTIONS},
                **content_key,
                "options": options,
                "tables": table_info,
                "files": extra_files,
            }
            _write_json(staging / MANIFEST, manifest)
            _fsync_dir(staging)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.rename(staging, target)
            _fsync_dir(target.parent)
        except OSError as exc:
            shutil.rmtree(staging, ignore_errors=True)
            raise PublishError(f"cannot write the dataset: {exc.strerror or exc}", path=str(dataset),
                               hint="check free space and permissions") from None
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        _point_latest(dataset, version_id)
        _append_catalog(dataset, manifest, catalog_extra or {})
        return PublishedVersion(version_id, target, True, parent, manifest)


def _write_tables(tables: dict[str, pa.Table], folder: Path) -> dict[str, dict]:
    """Write each table as ``folder/<name>.parquet``; return their file, rows, size and checksum by name.

    Two at a time: Parquet encoding and hashing release the GIL, and each file's bytes
    depend only on its table.
    """
    def write(name: str) -> dict:
        path = folder / f"{name}.parquet"
        write_parquet(tables[name], path)
        return {"file": path.name, "rows": tables[name].num_rows, "bytes": path.stat().st_size,
                "sha256": sha256_file(path)}

    names = sorted(tables, key=lambda n: -tables[n].nbytes)  # the largest first, so the two finish together
    with ThreadPoolExecutor(max_workers=2) as pool:
        written = dict(zip(names, pool.map(write, names)))
    return {name: written[name] for name in sorted(written)}


def current_version(dataset: Path) -> str | None:
    """The id of the version ``latest`` points to, or None for a new dataset."""
    link = Path(dataset) / LATEST
    if link.is_symlink():
        return Path(os.readlink(link)).name
    if (link / MANIFEST).is_file():
        return read_manifest(link).get("version")
    return None


def read_manifest(version_dir: Path) -> dict:
    path = Path(version_dir) / MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DatasetError("no manifest.json: not a dataset version", path=str(version_dir)) from None
    except (OSError, json.JSONDecodeError) as exc:
        raise DatasetError(f"manifest.json is unreadable: {exc}", path=str(version_dir)) from None
    if int(manifest.get("schema_version", 0)) > SCHEMA_VERSION:
        raise DatasetError(
            f"written with schema version {manifest['schema_version']}, newer than this tool's {SCHEMA_VERSION}",
            path=str(version_dir), hint="upgrade timeline-builder to read it")
    return manifest


def verify_version(version_dir: Path) -> list[str]:
    """Recompute every checksum in the manifest; return what is wrong (empty if nothing)."""
    version_dir = Path(version_dir)
    try:
        manifest = read_manifest(version_dir)
    except DatasetError as exc:
        return [str(exc)]
    problems = []
    listed = {MANIFEST}
    for name, info in sorted(manifest.get("tables", {}).items()):
        path = version_dir / info["file"]
        listed.add(info["file"])
        if not path.is_file():
            problems.append(f"{info['file']}: missing")
        elif sha256_file(path) != info["sha256"]:
            problems.append(f"{info['file']}: checksum mismatch (the file was changed)")
    for file_name, info in sorted(manifest.get("files", {}).items()):
        path = version_dir / file_name
        listed.add(file_name)
        if not path.is_file():
            problems.append(f"{file_name}: missing")
        elif sha256_file(path) != info["sha256"]:
            problems.append(f"{file_name}: checksum mismatch (the file was changed)")
    for path in sorted(version_dir.iterdir()):
        if path.name not in listed:
            problems.append(f"{path.name}: extra file not in the manifest")
    return problems


def read_catalog(dataset: Path) -> list[dict]:
    path = Path(dataset) / CATALOG
    if not path.is_file():
        return []
    try:
        return json.loads(path.read_text(encoding="utf-8")).get("versions", [])
    except (OSError, json.JSONDecodeError) as exc:
        raise DatasetError(f"catalog.json is unreadable: {exc}", path=str(dataset)) from None


def _version_id(content_key: dict, table_info: dict) -> str:
    basis = {"schema_version": SCHEMA_VERSION, "content": content_key,
             "tables": {k: v["sha256"] for k, v in sorted(table_info.items())}}
    return hashlib.sha256(json.dumps(basis, sort_keys=True).encode()).hexdigest()[:16]


def _point_latest(dataset: Path, version_id: str) -> None:
    link = dataset / LATEST
    temporary = dataset / f".latest-{os.getpid()}"
    if temporary.is_symlink() or temporary.exists():
        temporary.unlink()
    os.symlink(f"{VERSIONS}/{version_id}", temporary)
    if link.exists() and not link.is_symlink():
        shutil.rmtree(link)  # an older layout kept a copied folder here
    os.replace(temporary, link)
    _fsync_dir(dataset)


def _append_catalog(dataset: Path, manifest: dict, extra: dict) -> None:
    versions = read_catalog(dataset)
    entry = {
        "version": manifest["version"],
        "parent": manifest.get("parent"),
        "built_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "rows": {k: v["rows"] for k, v in manifest["tables"].items()},
        **extra,
    }
    versions = [v for v in versions if v.get("version") != entry["version"]] + [entry]
    _write_json(dataset / CATALOG, {"versions": versions}, atomic=True)


def _write_json(path: Path, data: dict, atomic: bool = False) -> None:
    text = json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    target = path.with_name(path.name + f".tmp-{os.getpid()}") if atomic else path
    with open(target, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    if atomic:
        os.replace(target, path)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_stale_staging(dataset: Path) -> None:
    """Folders a crashed build left behind; safe to delete while we hold the lock."""
    for path in dataset.glob(f"{STAGING_PREFIX}*"):
        shutil.rmtree(path, ignore_errors=True)
    for path in dataset.glob(".latest-*"):
        path.unlink(missing_ok=True)
    for path in dataset.glob(f"{CATALOG}.tmp-*"):
        path.unlink(missing_ok=True)
