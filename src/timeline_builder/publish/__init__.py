"""Publishing: table schemas, Croissant metadata, and the atomic, checksummed version write.

The names below load on first use (PEP 562): importing :mod:`.columns` (the tables' column
names, which the map step needs) must not import pyarrow, which :mod:`.tables` and
:mod:`.versions` do.
"""
from __future__ import annotations

import importlib

_WHERE = {"SCHEMA_VERSION": ".columns", "SCHEMAS": ".tables", "table_from_rows": ".tables",
          "PublishedVersion": ".versions", "publish": ".versions"}

__all__ = ["SCHEMA_VERSION", "SCHEMAS", "PublishedVersion", "publish", "table_from_rows"]


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_WHERE[name], __name__), name)
    globals()[name] = value
    return value
