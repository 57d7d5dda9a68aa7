"""What changed between two dataset versions: rows added, removed and changed, by stable id.

Each table's rows are matched on their stable key (``event_id`` for events, the span for
mentions, ``(event_id, actor_id, role)`` for links ...); a row whose key is in both
versions but whose other columns differ is *changed*, with the columns that differ.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .reader import Version

# The columns that identify a row of each table (tables not listed are not compared).
KEYS: dict[str, tuple[str, ...]] = {
    "documents": ("doc_id",),
    "sentences": ("doc_id", "sentence_index"),
    "events": ("event_id",),
    "actors": ("actor_id",),
    "event_actors": ("event_id", "actor_id", "role"),
    "event_mentions": ("event_id", "doc_id", "char_start", "char_end"),
    "actor_mentions": ("actor_id", "doc_id", "char_start", "char_end"),
    "timexes": ("timex_id",),
    "actor_roles": ("actor_id", "role", "organization", "date_begin"),
    "problems": ("path", "doc_id", "stage", "code", "message"),
}
# Columns too large to repeat in a diff: reported as changed, without their values.
BULKY = {("documents", "text")}


@dataclass
class TableDiff:
    table: str
    key: tuple[str, ...]
    added: list[dict] = field(default_factory=list)
    removed: list[dict] = field(default_factory=list)
    changed: list[tuple[dict, dict[str, tuple[Any, Any]]]] = field(default_factory=list)  # (key, column: (a, b))

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)

    def records(self) -> list[dict]:
        """One JSON-ready record per change: table, change, key, and the row or the changed columns."""
        out = []
        for change, rows in (("removed", self.removed), ("added", self.added)):
            for row in rows:
                out.append({"table": self.table, "change": change, "key": self.key_of(row),
                            "row": {k: (None if (self.table, k) in BULKY else v) for k, v in row.items()}})
        for key, columns in self.changed:
            out.append({"table": self.table, "change": "changed", "key": key,
                        "columns": {c: {"before": a, "after": b} for c, (a, b) in columns.items()}})
        return out

    def key_of(self, row: dict) -> dict:
        return {k: row.get(k) for k in self.key}


@dataclass
class VersionDiff:
    before: Version
    after: Version
    tables: dict[str, TableDiff]
    inputs_added: list[str]
    inputs_removed: list[str]
    inputs_changed: list[str]

    def __bool__(self) -> bool:
        return any(self.tables.values()) or bool(self.inputs_added or self.inputs_removed or self.inputs_changed)

    def records(self) -> list[dict]:
        out = []
        for change, paths in (("removed", self.inputs_removed), ("added", self.inputs_added),
                              ("changed", self.inputs_changed)):
            out += [{"table": "inputs", "change": change, "key": {"path": p}} for p in paths]
        for name in self.tables:
            out += self.tables[name].records()
        return out


def diff_versions(before: Version, after: Version, tables: tuple[str, ...] | None = None) -> VersionDiff:
    """Compare two versions table by table (all keyed tables present in both, or ``tables``)."""
    names = [t for t in KEYS if t in before.table_names and t in after.table_names]
    if tables:
        names = [t for t in names if t in tables]
    result = {name: diff_table(name, before.table(name).to_pylist(), after.table(name).to_pylist())
              for name in names}
    a_inputs = {i["path"]: i["sha256"] for i in before.inputs()}
    b_inputs = {i["path"]: i["sha256"] for i in after.inputs()}
    return VersionDiff(
        before, after, result,
        inputs_added=sorted(set(b_inputs) - set(a_inputs)),
        inputs_removed=sorted(set(a_inputs) - set(b_inputs)),
        inputs_changed=sorted(p for p in set(a_inputs) & set(b_inputs) if a_inputs[p] != b_inputs[p]),
    )


def diff_table(name: str, before: list[dict], after: list[dict]) -> TableDiff:
    """Match ``before`` and ``after`` rows of table ``name`` on its key and compare the rest."""
    key = KEYS[name]
    result = TableDiff(name, key)
    a_rows = _by_key(before, key)
    b_rows = _by_key(after, key)
    for k in sorted(set(a_rows) - set(b_rows), key=_sortable):
        result.removed.append(a_rows[k])
    for k in sorted(set(b_rows) - set(a_rows), key=_sortable):
        result.added.append(b_rows[k])
    for k in sorted(set(a_rows) & set(b_rows), key=_sortable):
        a, b = a_rows[k], b_rows[k]
        columns = {c: ((None, None) if (name, c) in BULKY else (a.get(c), b.get(c)))
                   for c in sorted(set(a) | set(b)) if c not in key and a.get(c) != b.get(c)}
        if columns:
            result.changed.append((dict(zip(key, k)), columns))
    return result


def _by_key(rows: list[dict], key: tuple[str, ...]) -> dict[tuple, dict]:
    return {tuple(row.get(k) for k in key): row for row in rows}


def _sortable(key: tuple) -> tuple:
    return tuple((v is None, "" if v is None else v if isinstance(v, (int, float)) else str(v)) for v in key)
