"""Reading published datasets: versions, their tables, checks, SQL views and exports.

A dataset folder holds immutable versions (see :mod:`timeline_builder.publish`)::

    from timeline_builder.dataset import open_dataset

    dataset = open_dataset("datasets/seed")
    version = dataset.version()            # latest; or an id, a unique prefix, "latest~1"
    events = version.table("events")       # a pyarrow.Table
    events.to_pandas()

Every error a user can cause (an unknown version, a folder that is not a dataset, a version
written by a newer schema) is a :class:`~timeline_builder.errors.DatasetError`.

A dataset folder is untrusted input: manifests and the catalog are checked before any name
in them is used (see :func:`~timeline_builder.publish.versions.check_manifest`), a table is
read only after its checksum matches the manifest, no symbolic link is followed out of a
version, ``latest`` must point into ``versions/``, and SQL runs in a DuckDB connection that
sees the version's tables and nothing else (:meth:`Version.connect`).
"""
from __future__ import annotations

import csv
import json
import os
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from functools import cached_property
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import DatasetError, UsageError
from ..publish.versions import (CATALOG, LATEST, MANIFEST, VERSION_ID, VERSIONS, NewerSchemaError, check_file,
                                latest_target,
                                read_catalog, read_manifest, verify_version)

_RELATIVE = re.compile(r"^(?P<base>.+?)~(?P<steps>\d+)$")


@dataclass
class Version:
    """One immutable version folder: its manifest, its tables, and its catalog entry."""

    id: str
    path: Path
    catalog: dict = field(default_factory=dict)  # build time, inputs added/removed; empty if unknown

    @cached_property
    def manifest(self) -> dict:
        """The version's manifest.json (raises DatasetError if unreadable or of a newer schema)."""
        return read_manifest(self.path)

    @property
    def parent(self) -> str | None:
        return self.manifest.get("parent")

    @property
    def built_at(self) -> str | None:
        """When the version was built (UTC, ISO 8601), from the catalog."""
        return self.catalog.get("built_at")

    @property
    def table_names(self) -> list[str]:
        return sorted(self.manifest.get("tables", {}))

    def row_counts(self) -> dict[str, int]:
        return {name: info["rows"] for name, info in sorted(self.manifest.get("tables", {}).items())}

    def table_path(self, name: str) -> Path:
        """The Parquet file of table ``name`` (its checksum is not checked here; :meth:`table` does)."""
        tables = self.manifest.get("tables", {})
        if name not in tables:
            raise DatasetError(f"version {self.id} has no table {name!r}; it has {', '.join(sorted(tables))}",
                               path=str(self.path))
        return self.path / f"{name}.parquet"  # the manifest's names are checked: one of the schema's tables

    def checked_table_path(self, name: str) -> Path:
        """:meth:`table_path`, after checking the file is the one the manifest lists (a regular file
        with its checksum); a DatasetError naming the table otherwise. Checked once per version."""
        path = self.table_path(name)
        if name not in self._checked:
            check_file(path, self.manifest["tables"][name]["sha256"])
            self._checked.add(name)
        return path

    @cached_property
    def _checked(self) -> set[str]:
        return set()

    def table(self, name: str) -> pa.Table:
        """Table ``name`` (e.g. "events") as a pyarrow Table, with its column descriptions.

        Args:
            name: a table name listed in the manifest (see :attr:`table_names`).
        """
        path = self.checked_table_path(name)
        try:
            return pq.read_table(path)
        except (OSError, pa.ArrowException) as exc:
            raise DatasetError(f"cannot read table {name}: {exc}", path=str(path),
                               hint="run 'timeline verify' on this version") from None

    def verify(self) -> list[str]:
        """Recompute every checksum in the manifest; the problems found (empty if none)."""
        return verify_version(self.path)

    def inputs(self) -> list[dict]:
        """The source documents: ``{"doc_id", "path", "sha256"}`` each."""
        return list(self.manifest.get("inputs", []))

    def connect(self, allow_files: bool = False):
        """A DuckDB connection with one view per table, named after it (``events``, ...).

        Sandboxed unless ``allow_files``: once the views exist, DuckDB may read only the
        version's table files (external access off, extensions neither installed nor loaded,
        the configuration locked), so SQL cannot read, write or fetch anything else. A table
        that is damaged (checksum or Parquet footer) gets no view; :meth:`query` names it when
        a query reads it, and the other tables still answer.
        """
        import duckdb

        config = {} if allow_files else {"autoinstall_known_extensions": False, "autoload_known_extensions": False}
        connection = duckdb.connect(config=config)
        self._damaged: dict[str, str] = {}
        allowed = []
        for name in self.table_names:
            try:
                path = self.checked_table_path(name)
                pq.ParquetFile(path).close()  # a damaged footer fails here, not in every query
            except DatasetError as exc:
                self._damaged[name] = exc.message
                continue
            except (OSError, pa.ArrowException) as exc:
                self._damaged[name] = f"{name}.parquet: cannot be read: {' '.join(str(exc).split())}"
                continue
            allowed.append(str(path))
            connection.execute(f"CREATE VIEW {_identifier(name)} AS SELECT * FROM read_parquet({_literal(str(path))})")
        if not allow_files:
            connection.execute(f"SET allowed_paths = [{', '.join(_literal(p) for p in allowed)}]")
            connection.execute("SET enable_external_access = false")
            connection.execute("SET lock_configuration = true")
        return connection

    def query(self, sql: str, allow_files: bool = False) -> tuple[list[str], list[tuple]]:
        """Run DuckDB ``sql`` over the version's tables; the column names and the rows.

        Args:
            sql: one SQL statement; tables are views named after them (``events``, ``actors`` ...).
            allow_files: give the SQL DuckDB's full access to files, network and extensions.
        """
        import duckdb

        connection = self.connect(allow_files=allow_files)
        try:
            result = connection.execute(sql)
            if result.description is None:
                return [], []
            return [c[0] for c in result.description], result.fetchall()
        except duckdb.Error as exc:
            message = " ".join(str(exc).split("\n")[0].split())
            for name, problem in self._damaged.items():
                if re.search(rf"\b{re.escape(name)}\b", sql):
                    raise DatasetError(f"table {name} is damaged: {problem}", path=str(self.path),
                                       hint="run 'timeline verify'; rebuild the version from its inputs") from None
            if isinstance(exc, duckdb.PermissionException):
                raise UsageError(f"the query failed: {message}",
                                 hint="queries see only the dataset's tables; --allow-files lifts that") from None
            raise UsageError(f"the query failed: {message}",
                             hint=f"tables: {', '.join(self.table_names)}") from None
        finally:
            connection.close()

    def export(self, out: Path, format: str) -> list[Path]:
        """Write every table to ``out/<table>.csv`` or ``.jsonl``; the files written.

        Args:
            out: the folder to write into (created if missing).
            format: ``csv`` (list columns as JSON arrays) or ``jsonl`` (dates as ISO strings).
        """
        if format not in ("csv", "jsonl"):
            raise UsageError(f"unknown export format {format!r}; use csv or jsonl")
        out = Path(out)
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UsageError(f"cannot create the output folder: {exc.strerror or exc}", path=str(out)) from None
        written = []
        for name in self.table_names:
            table = self.table(name)
            path = out / f"{name}.{format}"  # a table name is one of the schema's: no separators
            temporary = out / f".{name}.{format}.tmp-{os.getpid()}"
            try:
                # Written beside and renamed over: a symbolic link at ``path`` is replaced, never followed.
                with open(temporary, "x", encoding="utf-8", newline="") as handle:
                    if format == "csv":
                        _write_csv(table, handle)
                    else:
                        for row in table.to_pylist():
                            handle.write(json.dumps(row, ensure_ascii=False, default=json_default) + "\n")
                os.replace(temporary, path)
            except OSError as exc:
                temporary.unlink(missing_ok=True)
                raise UsageError(f"cannot write: {exc.strerror or exc}", path=str(path)) from None
            written.append(path)
        return written


class Dataset:
    """A dataset folder (``versions/``, ``latest``, ``catalog.json``) or one version folder."""

    def __init__(self, path: Path, single_version: bool = False):
        self.path = Path(path)
        self.single_version = single_version

    def __repr__(self) -> str:
        return f"Dataset({str(self.path)!r})"

    def catalog(self) -> list[dict]:
        """The catalog entries, oldest first (empty for a single version folder)."""
        return [] if self.single_version else read_catalog(self.path)

    def versions(self) -> list[Version]:
        """Every version present, newest first (by catalog build time, else folder time)."""
        if self.single_version:
            return [Version(self.path.name, self.path)]
        entries = {entry.get("version"): (index, entry) for index, entry in enumerate(self.catalog())}
        folder = self.path / VERSIONS
        found = []
        if folder.is_dir() and not folder.is_symlink():
            for path in folder.iterdir():
                # Only real folders named by a version id: a link could lead out of the dataset.
                if not VERSION_ID.fullmatch(path.name) or path.is_symlink() or not path.is_dir():
                    continue
                index, entry = entries.get(path.name, (-1, {}))
                when = entry.get("built_at") or _folder_time(path)
                found.append((when, index, Version(path.name, path, entry)))
        found.sort(key=lambda item: (item[0], item[1], item[2].id), reverse=True)
        return [version for _, _, version in found]

    def latest_id(self) -> str:
        """The id of the version ``latest`` points to (which must be inside ``versions/``)."""
        if self.single_version:
            return self.path.name
        target = latest_target(self.path)
        if target:
            return target
        versions = self.versions()
        if not versions:
            raise DatasetError("the dataset has no version yet", path=str(self.path),
                               hint="build one with 'timeline build PATH --dataset DIR'")
        return versions[0].id

    def version(self, id_or_prefix: str = "latest") -> Version:
        """One version by id, unique id prefix, ``latest``, or ``<any of those>~N`` (N parents back).

        Args:
            id_or_prefix: e.g. ``"latest"``, ``"3f9a"``, ``"latest~1"`` (the parent of latest).
        """
        spec = (id_or_prefix or "latest").strip()
        relative = _RELATIVE.match(spec)
        if relative:
            version = self.version(relative["base"])
            for _ in range(int(relative["steps"])):
                if not version.parent:
                    raise DatasetError(f"{spec}: version {version.id} has no parent", path=str(self.path))
                version = self.version(version.parent)
            return version
        versions = {v.id: v for v in self.versions()}
        if spec == LATEST:
            spec = self.latest_id()
        if spec in versions:
            chosen = versions[spec]
        else:
            matches = [v for k, v in versions.items() if k.startswith(spec)] if spec else []
            if len(matches) > 1:
                raise DatasetError(f"version prefix {spec!r} is ambiguous: "
                                   f"{', '.join(sorted(v.id for v in matches))}", path=str(self.path))
            if not matches:
                known = ", ".join(sorted(versions)[:8]) or "none"
                raise DatasetError(f"unknown version {spec!r} (versions: {known})", path=str(self.path),
                                   hint="see 'timeline log'")
            chosen = matches[0]
        chosen.manifest  # noqa: B018 - fail here, with the reason, if unreadable or of a newer schema
        return chosen

    def verify(self) -> dict[str, list[str]]:
        """Problems per version id (every version, plus the catalog and ``latest``); empty when sound."""
        problems: dict[str, list[str]] = {}
        for version in self.versions():
            found = version.verify()
            if found:
                problems[version.id] = found
        if not self.single_version:
            present = {v.id for v in self.versions()}
            for entry in self.catalog():
                if entry.get("version") not in present:
                    problems.setdefault(entry.get("version") or "?", []).append(
                        "listed in catalog.json but the version folder is missing")
            try:
                latest_target(self.path)
            except DatasetError as exc:
                problems.setdefault(LATEST, []).append(exc.message)
            folder = self.path / VERSIONS
            if folder.is_symlink():
                problems.setdefault(VERSIONS, []).append("a symbolic link; not followed")
            elif folder.is_dir():
                for path in sorted(folder.iterdir()):
                    if path.is_symlink():
                        problems.setdefault(path.name, []).append("a symbolic link in versions/; not followed")
                    elif not VERSION_ID.fullmatch(path.name) and not path.name.startswith("."):
                        problems.setdefault(path.name, []).append("not a version folder (extra entry in versions/)")
        return problems


def open_dataset(path: str | Path = "datasets/seed") -> Dataset:
    """Open a dataset folder, or a single version folder (one holding manifest.json).

    Args:
        path: the dataset folder (``DATASET/``) or one of its ``versions/<id>/`` folders.
    """
    path = Path(path)
    if not path.exists():
        raise DatasetError("no such dataset folder", path=str(path),
                           hint="build one with 'timeline build', or give --dataset DIR")
    if (path / MANIFEST).is_file() and not (path / VERSIONS).is_dir():
        if path.name == LATEST and path.is_symlink():  # DATASET/latest: the version it names, checked
            path = path.parent / VERSIONS / latest_target(path.parent)
        elif path.is_symlink():
            path = path.resolve()
        read_manifest(path)  # a newer schema or a broken manifest fails here
        return Dataset(path, single_version=True)
    if (path / VERSIONS).is_dir() or (path / CATALOG).is_file():
        _check_latest_schema(path)
        return Dataset(path)
    raise DatasetError("not a dataset: no versions/ folder, catalog.json or manifest.json here", path=str(path),
                       hint="give a folder written by 'timeline build' (default datasets/seed)")


def json_default(value: Any) -> Any:
    """JSON for the values Arrow tables hold beyond JSON's own: dates, times, bytes."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def _write_csv(table: pa.Table, handle) -> None:
    writer = csv.writer(handle, lineterminator="\n")
    writer.writerow(table.column_names)
    columns = [table.column(i).to_pylist() for i in range(table.num_columns)]
    for row in zip(*columns):
        writer.writerow([_csv_cell(v) for v in row])


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=json_default)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def _folder_time(path: Path) -> str:
    """The modification time of a version not in the catalog, in the catalog's format."""
    try:
        stamp = (path / MANIFEST).stat().st_mtime
    except OSError:
        stamp = path.stat().st_mtime
    return datetime.fromtimestamp(stamp, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _check_latest_schema(path: Path) -> None:
    """A dataset whose latest version a newer tool wrote says so up front."""
    try:
        target = latest_target(path)
        if target:
            read_manifest(path / VERSIONS / target)
    except NewerSchemaError:
        raise
    except DatasetError:
        return  # a damaged latest: reported by verify and by the commands that read it


def _identifier(name: str) -> str:
    """``name`` as a quoted SQL identifier (names are checked already; quoting makes sure)."""
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    """``text`` as an SQL string literal."""
    return "'" + text.replace("'", "''") + "'"
