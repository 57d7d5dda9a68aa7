"""Versioned, atomic, checksummed dataset writing.

Layout of a dataset folder::

    DATASET/
      versions/<version_id>/<table>.parquet, croissant.json, README.md (dataset card), manifest.json   immutable once written
      latest -> versions/<version_id>                        symlink, swapped atomically
      catalog.json                                           the history: when each version was built

A version is staged in a hidden folder and renamed into place only when complete, so a
crash leaves the previous version and ``latest`` intact; its catalog entry is written before
``latest`` moves, and a version the catalog lacks is recovered into it by the next build.
The version id is a hash of the manifest (all but the id itself, the parent and the
checksum of ``croissant.json``, which holds the id): schema version, extractor and
knowledge versions, inputs, options, row counts and table checksums. The same inputs and
code give the same id and byte-identical files, and ``verify`` recomputes it, so an edited
manifest is found.

A dataset folder is untrusted input: every name a manifest or catalog gives is checked
(a table is one of the schema's tables, stored as ``<table>.parquet``; a version id is 16
hex digits), and no symbolic link is followed out of a version or out of ``versions/``.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import stat
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .. import __version__
from . import card, croissant
from ..errors import DatasetError, PublishError
from .lock import LOCK, dataset_lock  # noqa: F401 - LOCK and dataset_lock were importable from here
from .checksums import sha256_file
from .tables import SCHEMA_VERSION, SCHEMAS, StreamedTable, arrow_column

MANIFEST = "manifest.json"
CATALOG = "catalog.json"
VERSIONS = "versions"
LATEST = "latest"
STAGING_PREFIX = ".staging-"
VERSION_ID = re.compile(r"[0-9a-f]{16}")
_SHA256 = re.compile(r"[0-9a-f]{64}")
# Manifest fields the version id does not cover: the id itself, the parent (the same content
# built on another history is the same version) and the checksums of files that hold the id.
_NOT_IN_ID = ("version", "parent", "files")

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


class NewerSchemaError(DatasetError):
    """A version written by a newer tool: readable only after an upgrade."""


@dataclass(frozen=True, slots=True)
class PublishedVersion:
    version_id: str
    path: Path
    created: bool  # False when an identical version already existed
    parent: str | None
    manifest: dict


# A row group ends at PARQUET_OPTIONS["row_group_size"] rows, or at the first row that brings
# it to ROW_GROUP_BYTES of data (see :func:`_row_bytes`): a table is written, and held in memory,
# a row group at a time, so a group must stay small however long the texts or the table are.
# Both limits depend on the rows alone, so the bytes stay the same however the rows arrive, and
# a table under both (any table of a corpus of a few thousand news stories) is one row group.
ROW_GROUP_BYTES = 8 << 20


def write_parquet(table: pa.Table | StreamedTable, path: Path) -> None:
    """Write ``table`` (in memory, or streamed a batch at a time) as Parquet with the pinned options."""
    options = {k: v for k, v in PARQUET_OPTIONS.items() if k != "row_group_size"}
    written = False
    with pq.ParquetWriter(path, table.schema, **options) as writer:
        for group in _row_groups(table.to_batches(), table.schema):
            writer.write_table(group, row_group_size=PARQUET_OPTIONS["row_group_size"])
            written = True
        if not written:  # an empty table is one empty row group, as pyarrow writes it
            # (not schema.empty_table(), which imports pandas where it is installed: same bytes)
            empty = pa.Table.from_arrays([pa.nulls(0, field.type) for field in table.schema], schema=table.schema)
            writer.write_table(empty, row_group_size=PARQUET_OPTIONS["row_group_size"])


def _row_groups(batches: Iterable[pa.RecordBatch], schema: pa.Schema) -> Iterator[pa.Table]:
    """``batches`` cut into row groups (see ROW_GROUP_BYTES), each one contiguous chunk."""
    group: list[pa.RecordBatch] = []
    group_rows = group_bytes = 0
    limit = PARQUET_OPTIONS["row_group_size"]
    for batch in batches:
        while batch.num_rows:
            # the rows up to the one that reaches a limit (all of the batch if none does)
            room = min(batch.num_rows, limit - group_rows)
            reached = pc.greater_equal(pc.cumulative_sum(_row_bytes(batch.slice(0, room))),
                                       _int64(ROW_GROUP_BYTES - group_bytes))
            # (sizes are never negative, so the rows that reach it are the last ones: the first is after the rest)
            reaching = pc.sum(reached).as_py()
            take = room if not reaching else room - reaching + 1
            piece, batch = batch.slice(0, take), batch.slice(take)
            group.append(piece)
            group_rows += take
            group_bytes += pc.sum(_row_bytes(piece)).as_py() or 0
            if group_rows >= limit or group_bytes >= ROW_GROUP_BYTES:
                yield pa.Table.from_batches(group, schema=schema).combine_chunks()
                group, group_rows, group_bytes = [], 0, 0
    if group:
        yield pa.Table.from_batches(group, schema=schema).combine_chunks()


_FIXED_WIDTH = 8  # bytes counted for a value of a fixed-width column (a number or a date)
_OFFSET = 4  # bytes counted for each string or list value besides its content


def _row_bytes(batch: pa.RecordBatch) -> pa.Array:
    """Each row's size in bytes as counted for the row-group limit: its text (UTF-8 bytes of its
    strings, lists of strings included) plus a fixed amount for each other value. It depends on the
    row's values alone, never on how the rows were cut into batches."""
    total = pa.Array.from_buffers(pa.int64(), batch.num_rows, [None, pa.py_buffer(bytes(8 * batch.num_rows))])  # zeros
    fixed = 0
    zero, offset = _int64(0), _int64(_OFFSET)
    for column in batch.columns:
        if pa.types.is_string(column.type):
            size = pc.add(pc.coalesce(pc.binary_length(column), zero), offset)
        elif pa.types.is_list(column.type):
            values = pc.coalesce(pc.binary_length(column.values), zero).cast(pa.int64())
            ends = pa.concat_arrays([arrow_column([0], pa.int64()), pc.cumulative_sum(values)])
            offsets = column.offsets
            size = pc.add(pc.subtract(pc.take(ends, offsets.slice(1)), pc.take(ends, offsets.slice(0, len(offsets) - 1))),
                          pc.multiply(pc.coalesce(pc.list_value_length(column), zero).cast(pa.int64()), offset))
        else:
            fixed += _FIXED_WIDTH
            continue
        total = pc.add(total, size.cast(pa.int64()))
    return pc.add(total, _int64(fixed))


def _int64(value: int) -> pa.Scalar:
    """``value`` as an Arrow int64 scalar, taken from an array: pa.scalar(), which pyarrow.compute
    also calls on a Python number, imports pandas where it is installed (a third of a second a build)."""
    return arrow_column([value], pa.int64())[0]


def publish(dataset: Path, tables: dict[str, pa.Table | StreamedTable], content_key: dict, options: dict,
            wait_seconds: float = 60.0, catalog_extra: dict | None = None) -> PublishedVersion:
    """Write ``tables`` as a new version of ``dataset`` (or find the identical one) atomically.

    ``content_key`` holds what determines the content besides the tables themselves
    (extractor and knowledge versions, inputs); it goes into the manifest and the id.
    """
    dataset = Path(dataset)
    with dataset_lock(dataset, wait_seconds):
        folder = dataset / VERSIONS
        if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
            raise PublishError(f"{VERSIONS} is not a folder of this dataset (a symbolic link or a file); "
                               "refusing to write through it", path=str(dataset),
                               hint="remove it, or build into another --dataset folder")
        _remove_stale_staging(dataset)
        staging = dataset / f"{STAGING_PREFIX}{os.getpid()}"
        try:
            staging.mkdir(parents=True)
            table_info = _write_tables(tables, staging)
            parent = current_version(dataset)
            manifest = {
                "format": "timeline-builder-dataset",
                "schema_version": SCHEMA_VERSION,
                "tool": {"name": "timeline-builder", "version": __version__},
                "writer": {"pyarrow": pa.__version__, "parquet_options": PARQUET_OPTIONS},
                **content_key,
                "options": options,
                "tables": table_info,
            }
            version_id = version_id_of(manifest)
            # Derived from the tables and inputs only, so it needs no place in the id.
            metadata = croissant.render(version_id, table_info, content_key.get("inputs", []))
            # The dataset card too: derived from the manifest's content, the same bytes every time.
            readme = card.render(version_id, manifest)
            files = {}
            for name, data in ((croissant.FILE_NAME, metadata), (card.FILE_NAME, readme)):
                (staging / name).write_bytes(data)
                files[name] = {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
            manifest.update(version=version_id, parent=parent, files=files)
            target = dataset / VERSIONS / version_id
            if target.exists() or target.is_symlink():
                problems = verify_version(target)
                if problems:
                    raise PublishError(f"version {version_id} exists but fails verification: {problems[0]}",
                                       path=str(target), hint="run 'timeline verify' and remove the damaged version")
                shutil.rmtree(staging)
                manifest = read_manifest(target)
                _recover_catalog(dataset, catalog_extra or {})
                if parent != version_id:
                    _point_latest(dataset, version_id)
                return PublishedVersion(version_id, target, False, manifest.get("parent"), manifest)
            _write_json(staging / MANIFEST, dict(sorted(manifest.items())))
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
        # The history first: a kill or a full disk between the two leaves a catalog entry for a
        # complete version that latest does not point to yet, never a latest without history.
        try:
            _append_catalog(dataset, manifest, catalog_extra or {})
        except OSError as exc:
            raise PublishError(f"version {version_id} was written but the catalog could not be: "
                               f"{exc.strerror or exc}; latest still points to the previous version",
                               path=str(dataset), hint="free some space and build again") from None
        _point_latest(dataset, version_id)
        return PublishedVersion(version_id, target, True, parent, manifest)


def _write_tables(tables: dict[str, pa.Table | StreamedTable], folder: Path) -> dict[str, dict]:
    """Write each table as ``folder/<name>.parquet``; return their file, rows, size and checksum by name.

    Two at a time: Parquet encoding and hashing release the GIL, and each file's bytes
    depend only on its table. A streamed table is read as it is written, one at a time.
    """
    def write(name: str) -> dict:
        path = folder / f"{name}.parquet"
        write_parquet(tables[name], path)
        return {"file": path.name, "rows": tables[name].num_rows, "bytes": path.stat().st_size,
                "sha256": sha256_file(path)}

    names = sorted(tables, key=lambda n: -tables[n].nbytes)  # the largest first, so the two finish together
    # Streamed tables one at a time: each holds a row group and its query's sort memory while it
    # is written (8,000 short documents: peak 260 MB two at a time, 224 MB one at a time).
    streamed = any(isinstance(table, StreamedTable) for table in tables.values())
    with ThreadPoolExecutor(max_workers=1 if streamed else 2) as pool:
        written = dict(zip(names, pool.map(write, names)))
    return {name: written[name] for name in sorted(written)}


def current_version(dataset: Path) -> str | None:
    """The id of the version ``latest`` points to, or None for a new dataset (or a ``latest`` that
    does not point to a version inside ``versions/``, which the next build replaces)."""
    try:
        return latest_target(dataset)
    except DatasetError:
        return None


def latest_target(dataset: Path) -> str | None:
    """The version id ``latest`` names, checked: a symbolic link ``versions/<id>`` to a real folder
    (or, from an older layout, a folder holding that version's manifest); None when there is no
    ``latest``. Anything else, such as a link out of the dataset, is a DatasetError."""
    link = Path(dataset) / LATEST
    if link.is_symlink():
        target = os.readlink(link)
        parts = target.split("/")
        if (len(parts) != 2 or parts[0] != VERSIONS or not VERSION_ID.fullmatch(parts[1])
                or not _is_real_dir(Path(dataset) / VERSIONS)):
            raise DatasetError(f"'latest' points to {target!r}, not to a version inside {VERSIONS}/",
                               path=str(dataset), hint="run 'timeline verify'; the next build resets it")
        if not _is_real_dir(Path(dataset) / VERSIONS / parts[1]):
            raise DatasetError(f"'latest' points to version {parts[1]}, which is missing", path=str(dataset),
                               hint="run 'timeline verify' and rebuild")
        return parts[1]
    if _is_real_dir(link) and (link / MANIFEST).is_file():
        version = read_manifest(link).get("version")
        if version and _is_real_dir(Path(dataset) / VERSIONS / version):
            return version
        raise DatasetError("'latest' is a folder that is not a version of this dataset", path=str(dataset))
    if link.exists():
        raise DatasetError("'latest' is neither a link into versions/ nor a version folder", path=str(dataset))
    return None


def read_manifest(version_dir: Path) -> dict:
    """The version's manifest, checked (see :func:`check_manifest`); a DatasetError in one line if
    it is missing, not JSON, malformed, or of a newer schema."""
    path = Path(version_dir) / MANIFEST
    if path.is_symlink():
        raise DatasetError("manifest.json is a symbolic link; refusing to follow it", path=str(version_dir))
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DatasetError("no manifest.json: not a dataset version", path=str(version_dir)) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise DatasetError(f"manifest.json is unreadable: {_one_line(exc)}", path=str(version_dir)) from None
    if not isinstance(manifest, dict):
        raise DatasetError("manifest.json is not a JSON object", path=str(version_dir))
    schema = manifest.get("schema_version")
    if type(schema) is not int:
        raise DatasetError(f"manifest.json: schema_version {schema!r} is not a number", path=str(version_dir))
    if schema > SCHEMA_VERSION:
        raise NewerSchemaError(
            f"written with schema version {manifest['schema_version']}, newer than this tool's {SCHEMA_VERSION}",
            path=str(version_dir), hint="upgrade timeline-builder to read it")
    problem = check_manifest(manifest)
    if problem:
        raise DatasetError(f"manifest.json: {problem}", path=str(version_dir),
                           hint="the version was damaged or forged; rebuild it")
    return manifest


def check_manifest(manifest: dict) -> str | None:
    """What makes ``manifest`` unsafe or malformed, or None. Every name in it becomes a path or an
    SQL identifier, so: tables are the schema's tables, each in ``<table>.parquet``; other files
    are ``croissant.json`` and ``README.md``; ids are 16 hex digits; counts, sizes and checksums have their types."""
    version, parent = manifest.get("version"), manifest.get("parent")
    if not isinstance(version, str) or not VERSION_ID.fullmatch(version):
        return f"version {version!r} is not a version id"
    if parent is not None and (not isinstance(parent, str) or not VERSION_ID.fullmatch(parent)):
        return f"parent {parent!r} is not a version id"
    tables = manifest.get("tables")
    if not isinstance(tables, dict) or not tables:
        return "no tables"
    for name, info in tables.items():
        if name not in SCHEMAS:
            return f"table {name!r} is not one of the dataset's tables ({', '.join(sorted(SCHEMAS))})"
        problem = _check_file_entry(info, f"{name}.parquet")
        if problem:
            return f"table {name}: {problem}"
        if type(info.get("rows")) is not int or info["rows"] < 0:
            return f"table {name}: rows {info.get('rows')!r} is not a count"
    files = manifest.get("files", {})
    if not isinstance(files, dict):
        return "files is not an object"
    for name, info in files.items():
        if name not in (croissant.FILE_NAME, card.FILE_NAME):
            return f"file {name!r} is not one a version holds"
        problem = _check_file_entry(info, name)
        if problem:
            return f"{name}: {problem}"
    inputs = manifest.get("inputs", [])
    if not isinstance(inputs, list) or not all(
            isinstance(i, dict) and all(isinstance(i.get(k), str) for k in ("doc_id", "path", "sha256"))
            for i in inputs):
        return "inputs are not a list of {doc_id, path, sha256}"
    return None


def _check_file_entry(info, file_name: str) -> str | None:
    if not isinstance(info, dict):
        return "not an object"
    if "file" in info and info["file"] != file_name:
        return f"file {info['file']!r} is not {file_name!r}"
    if not isinstance(info.get("sha256"), str) or not _SHA256.fullmatch(info["sha256"]):
        return "no sha256 checksum"
    if "bytes" in info and (type(info["bytes"]) is not int or info["bytes"] < 0):
        return f"bytes {info['bytes']!r} is not a size"
    return None


def version_id_of(manifest: dict) -> str:
    """The version id: a hash of the manifest without the fields it cannot cover (``_NOT_IN_ID``)."""
    basis = {k: v for k, v in manifest.items() if k not in _NOT_IN_ID}
    return hashlib.sha256(json.dumps(basis, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]


def verify_version(version_dir: Path) -> list[str]:
    """Recompute every checksum in the manifest and the version id from the manifest; return what
    is wrong (empty if nothing). Symbolic links are reported, never followed."""
    version_dir = Path(version_dir)
    if version_dir.is_symlink():
        return [f"{version_dir.name}: a symbolic link, not a version folder; not followed"]
    try:
        manifest = read_manifest(version_dir)
    except DatasetError as exc:
        return [exc.message]
    problems = []
    if version_id_of(manifest) != manifest["version"]:
        problems.append(f"{MANIFEST}: does not match the version id {manifest['version']} "
                        "(the manifest was edited)")
    if version_dir.parent.name == VERSIONS and version_dir.name != manifest["version"]:
        problems.append(f"the folder is named {version_dir.name} but holds version {manifest['version']}")
    listed = {MANIFEST}
    entries = [(f"{name}.parquet", info) for name, info in sorted(manifest["tables"].items())]
    entries += sorted(manifest.get("files", {}).items())
    for file_name, info in entries:
        listed.add(file_name)
        problem = _file_problem(version_dir / file_name, info["sha256"])
        if problem:
            problems.append(f"{file_name}: {problem}")
    expected = croissant.render(manifest["version"], manifest["tables"], manifest.get("inputs", []))
    if croissant.FILE_NAME in manifest.get("files", {}):
        if hashlib.sha256(expected).hexdigest() != manifest["files"][croissant.FILE_NAME]["sha256"]:
            problems.append(f"{croissant.FILE_NAME}: does not describe this version's tables and inputs")
    if card.FILE_NAME in manifest.get("files", {}):
        expected = card.render(manifest["version"], manifest)
        if hashlib.sha256(expected).hexdigest() != manifest["files"][card.FILE_NAME]["sha256"]:
            problems.append(f"{card.FILE_NAME}: does not describe this version")
    for path in sorted(version_dir.iterdir()):
        if path.name not in listed:
            problems.append(f"{path.name}: extra file not in the manifest")
    return problems


def _file_problem(path: Path, sha256: str) -> str | None:
    """Why ``path`` is not the regular file with checksum ``sha256`` (links are not followed)."""
    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        return "missing"
    except OSError as exc:
        return f"unreadable: {exc.strerror or exc}"
    if stat.S_ISLNK(mode):
        return "a symbolic link; not followed"
    if not stat.S_ISREG(mode):
        return "not a regular file"
    try:
        if sha256_file(path) != sha256:
            return "checksum mismatch (the file was changed)"
    except OSError as exc:
        return f"unreadable: {exc.strerror or exc}"
    return None


def check_file(path: Path, sha256: str) -> None:
    """Raise a DatasetError unless ``path`` is the regular file with checksum ``sha256``."""
    problem = _file_problem(Path(path), sha256)
    if problem:
        raise DatasetError(f"{Path(path).name}: {problem}", path=str(Path(path).parent),
                           hint="run 'timeline verify'; rebuild the version from its inputs")


def read_catalog(dataset: Path) -> list[dict]:
    """The catalog's entries, oldest first; a DatasetError in one line if it is malformed."""
    path = Path(dataset) / CATALOG
    if path.is_symlink():
        raise DatasetError("catalog.json is a symbolic link; refusing to follow it", path=str(dataset))
    if not path.is_file():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise DatasetError(f"catalog.json is unreadable: {_one_line(exc)}", path=str(dataset),
                           hint="the next build rebuilds it from the versions") from None
    versions = data.get("versions") if isinstance(data, dict) else None
    if not isinstance(versions, list) or not all(
            isinstance(e, dict) and isinstance(e.get("version"), str) and VERSION_ID.fullmatch(e["version"])
            and (e.get("parent") is None or isinstance(e["parent"], str))
            and (e.get("built_at") is None or isinstance(e["built_at"], str)) for e in versions):
        raise DatasetError("catalog.json is malformed: expected {\"versions\": [{\"version\": <16 hex digits>, ...}]}",
                           path=str(dataset), hint="the next build rebuilds it from the versions")
    return versions


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200]


def _is_real_dir(path: Path) -> bool:
    """A folder that is not a symbolic link."""
    try:
        return stat.S_ISDIR(path.lstat().st_mode)
    except OSError:
        return False


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
    versions = _recoverable_catalog(dataset)
    entry = {
        "version": manifest["version"],
        "parent": manifest.get("parent"),
        "built_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "rows": {k: v["rows"] for k, v in manifest["tables"].items()},
        **extra,
    }
    versions = [v for v in versions if v.get("version") != entry["version"]] + [entry]
    _write_json(dataset / CATALOG, {"versions": _with_missing_versions(dataset, versions)}, atomic=True)


def _recover_catalog(dataset: Path, extra: dict) -> None:
    """Add the versions the catalog lacks (a build killed between its version and its catalog entry,
    a lost or malformed catalog.json), so no history is lost for good."""
    versions = _recoverable_catalog(dataset)
    recovered = _with_missing_versions(dataset, versions)
    if recovered != versions:
        _write_json(dataset / CATALOG, {"versions": recovered}, atomic=True)


def _recoverable_catalog(dataset: Path) -> list[dict]:
    """The catalog's entries; none if it is malformed (it is rebuilt from the versions)."""
    try:
        return read_catalog(dataset)
    except DatasetError:
        (dataset / CATALOG).unlink(missing_ok=True)  # a link or damaged file is replaced, never followed
        return []


def _with_missing_versions(dataset: Path, versions: list[dict]) -> list[dict]:
    """``versions`` plus an entry, marked ``recovered``, for each sound version folder they lack."""
    known = {v["version"] for v in versions}
    folder = dataset / VERSIONS
    missing = []
    if _is_real_dir(folder):
        for path in sorted(folder.iterdir()):
            if path.name in known or not VERSION_ID.fullmatch(path.name) or not _is_real_dir(path):
                continue
            try:
                manifest = read_manifest(path)
            except DatasetError:
                continue
            when = datetime.fromtimestamp((path / MANIFEST).stat().st_mtime, timezone.utc)
            missing.append({"version": path.name, "parent": manifest.get("parent"),
                            "built_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"), "recovered": True,
                            "rows": {k: v["rows"] for k, v in manifest["tables"].items()}})
    return sorted(missing, key=lambda e: (e["built_at"], e["version"])) + versions if missing else versions


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
