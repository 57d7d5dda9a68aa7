"""Records -> Arrow tables with explicit schemas; every column carries its description.

The tables and columns themselves (the dataset's public interface) are listed in :mod:`columns`.
"""
from __future__ import annotations

import json
from array import array
from datetime import date
from itertools import accumulate
from typing import Callable, Iterable, Iterator, Sequence

import pyarrow as pa

from .columns import SCHEMA_VERSION, TABLE_NAMES, TABLES, Column  # noqa: F401 - (SCHEMA_VERSION, TABLE_NAMES: as before)


def _schema(table_description: str, columns: list[Column]) -> pa.Schema:
    fields = [
        pa.field(c.name, _ARROW_TYPES[c.type], nullable=c.nullable, metadata={"description": c.description})
        for c in columns
    ]
    # Also as plain JSON: Parquet readers other than Arrow cannot decode the ARROW:schema entry.
    descriptions = json.dumps({c.name: c.description for c in columns}, ensure_ascii=False)
    return pa.schema(fields, metadata={"description": table_description, "schema_version": str(SCHEMA_VERSION),
                                       "column_descriptions": descriptions})


_ARROW_TYPES = {"string": pa.string(), "int64": pa.int64(), "date32": pa.date32(), "float64": pa.float64(),
                "list<string>": pa.list_(pa.string())}

SCHEMAS: dict[str, pa.Schema] = {name: _schema(description, columns) for name, (description, columns) in TABLES.items()}


class StreamedTable:
    """A table read a batch at a time as it is written (publishing holds a row group, not the table).

    ``batches``: called once, gives the rows as Arrow record batches of ``schema``, in order.
    ``num_rows`` is known once they have been read.
    """

    nbytes = 1 << 62  # unknown until read: written first, beside the largest in-memory tables

    def __init__(self, schema: pa.Schema, batches: Callable[[], Iterable[pa.RecordBatch]]):
        self.schema = schema
        self._batches = batches
        self.num_rows: int | None = None

    def to_batches(self) -> Iterator[pa.RecordBatch]:
        self.num_rows = 0
        for batch in self._batches():
            self.num_rows += batch.num_rows
            yield batch


def to_table(name: str, rows: Iterable[dict]) -> pa.Table:
    """Build table ``name`` from row dicts, in the given order, with its fixed schema."""
    names = SCHEMAS[name].names
    return table_from_rows(name, [tuple(row.get(key) for key in names) for row in rows])


def table_from_rows(name: str, rows: list[tuple]) -> pa.Table:
    """Build table ``name`` from row tuples holding its columns in schema order, in the given order."""
    schema = SCHEMAS[name]
    columns = list(zip(*rows)) if rows else [()] * len(schema)
    if len(columns) != len(schema):
        raise ValueError(f"{name}: rows of {len(columns)} values for {len(schema)} columns")
    return pa.Table.from_arrays([arrow_column(values, field.type) for field, values in zip(schema, columns)],
                                schema=schema)


_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


def arrow_column(values: Sequence, kind: pa.DataType) -> pa.Array:
    """``values`` (None for null) as an Arrow array of type ``kind``: string, int64, float64, date32, list<string>.

    Built from buffers rather than with ``pa.array``, whose check for pandas array-likes
    imports pandas (a quarter of a second, more than an incremental build's conversion).
    """
    size = len(values)
    validity, nulls = _validity(values)
    try:
        if kind == pa.string():
            data, lengths = _utf8(values if not nulls else ["" if v is None else v for v in values])
            offsets = array("q", [0])
            offsets.extend(accumulate(lengths))
            if offsets[-1] >= 2**31:
                return pa.array(list(values), type=kind)  # beyond 32-bit offsets: pyarrow splits it in chunks
            offsets = array("i", offsets)
            buffers = [validity, pa.py_buffer(offsets), pa.py_buffer(data)]
        elif kind == pa.int64():
            buffers = [validity, pa.py_buffer(array("q", [0 if v is None else v for v in values]))]
        elif kind == pa.float64():
            buffers = [validity, pa.py_buffer(array("d", [0.0 if v is None else v for v in values]))]
        elif kind == pa.date32():
            buffers = [validity, pa.py_buffer(array("i", [0 if v is None else v.toordinal() - _EPOCH_ORDINAL
                                                          for v in values]))]
        elif pa.types.is_list(kind):
            offsets = array("i", [0])
            offsets.extend(accumulate(0 if v is None else len(v) for v in values))
            child = arrow_column([x for v in values if v is not None for x in v], kind.value_type)
            return pa.Array.from_buffers(kind, size, [validity, pa.py_buffer(offsets)], nulls, children=[child])
        else:
            return pa.array(list(values), type=kind)
    except (AttributeError, TypeError) as exc:
        raise TypeError(f"values of the wrong type for an Arrow {kind} column: {exc}") from None
    return pa.Array.from_buffers(kind, size, buffers, nulls)


def _utf8(texts: Sequence[str]) -> tuple[bytes, Iterable[int]]:
    """The UTF-8 bytes of ``texts`` one after another, and each one's length in bytes."""
    try:
        joined = "".join(texts)
    except TypeError:
        joined = None  # a value that is no string: the per-value encoding below says which
    if joined is not None and joined.isascii():  # one character, one byte: encoded at once
        return joined.encode("ascii"), map(len, texts)
    encoded = [v.encode("utf-8") for v in texts]
    return b"".join(encoded), map(len, encoded)


_BITS = bytes.maketrans(b"\x00\x01", b"01")


def _validity(values: Sequence) -> tuple[pa.Buffer | None, int]:
    """The validity bitmap of ``values`` (None where none is null) and the number of nulls."""
    if None not in values:
        return None, 0
    valid = bytes([value is not None for value in values])  # one byte, 0 or 1, a value
    # Arrow's bitmap holds value i in bit i (least significant first): the flags read as one
    # binary number, the last value the most significant digit, in little-endian bytes.
    bits = int(valid[::-1].translate(_BITS), 2).to_bytes((len(valid) + 7) // 8, "little")
    return pa.py_buffer(bits), valid.count(0)


def column_descriptions(name: str) -> dict[str, str]:
    return {f.name: f.metadata[b"description"].decode() for f in SCHEMAS[name]}


README_START = "<!-- tables: generated from src/timeline_builder/publish/tables.py; do not edit by hand -->"
README_END = "<!-- tables: end -->"


def describe_markdown() -> str:
    """The tables and columns as Markdown: the README's "Tables" section is generated from this."""
    lines = [f"Schema version {SCHEMA_VERSION}. Offsets are Python `str` indices into `documents.text`, "
             "half-open. The same descriptions are in each Parquet file's metadata.", ""]
    for name, schema in SCHEMAS.items():
        lines += [f"#### `{name}`", "", schema.metadata[b"description"].decode(), "",
                  "| column | type | description |", "| --- | --- | --- |"]
        for f in schema:
            kind = str(f.type) + ("" if f.nullable else ", not null")
            lines.append(f"| `{f.name}` | {kind} | {f.metadata[b'description'].decode()} |")
        lines.append("")
    return "\n".join(lines)


def readme_with_tables(readme: str) -> str:
    """``readme`` with the text between the table markers replaced by describe_markdown()."""
    head, rest = readme.split(README_START, 1)
    _, tail = rest.split(README_END, 1)
    return f"{head}{README_START}\n{describe_markdown()}\n{README_END}{tail}"


if __name__ == "__main__":  # pragma: no cover
    import sys
    from pathlib import Path

    # python -m timeline_builder.publish.tables README.md  rewrites the README's tables section.
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    if path:
        path.write_text(readme_with_tables(path.read_text(encoding="utf-8")), encoding="utf-8")
    else:
        print(describe_markdown(), end="")
