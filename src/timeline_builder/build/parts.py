"""Rows on disk as documents finish: Parquet part files under the build's work folder.

A build must not hold every row of a large archive in memory until the merge. Each
document's rows are added here as it finishes; they wait in a small buffer per table and
are written, a few thousand at a time, as a part file ``<folder>/<table>/part-NNNNNN.parquet``
(Arrow types of the published schema plus the bookkeeping columns the merge needs, such as
``_seq``, the order rows arrived in). :mod:`columnar` then merges the parts of each table on
columns. The work folder lives inside the dataset (``DATASET/.work/build-<pid>``), is removed
when the build ends, and one a killed build left behind is removed by the next build.
"""
from __future__ import annotations

from array import array
from pathlib import Path
from typing import Callable, Iterable

import pyarrow as pa
import pyarrow.parquet as pq

from ..publish.tables import arrow_column
from .workdir import WORK, remove_work_folder, work_folder  # noqa: F401 - where they were

# Rows a table's buffer holds before it is written: small enough that the buffers of all
# tables stay a few megabytes, large enough that a part file is not mostly headers.
FLUSH_ROWS = 4096
_FLUSH_CHARS = 4 << 20  # text of buffered document rows (the documents table holds whole texts)


class PartWriter:
    """Buffers rows per table and writes them out as Parquet part files.

    ``schemas``: each part table's Arrow schema (the columns of its rows, in order).
    ``on_bad_row(table, row, exc)``: called for a row whose values do not fit its schema;
    the row is left out (the caller reports it), the rest of its part is written.
    """

    def __init__(self, folder: Path, schemas: dict[str, pa.Schema],
                 on_bad_row: Callable[[str, tuple, Exception], None]):
        self.folder = Path(folder)
        self.schemas = schemas
        self.on_bad_row = on_bad_row
        self._buffers: dict[str, list[tuple]] = {name: [] for name in schemas}
        self._chars = 0
        self._parts: dict[str, int] = {name: 0 for name in schemas}
        self._seq: dict[str, int] = {name: 0 for name in schemas}

    def add(self, table: str, rows: Iterable[tuple]) -> None:
        """Add ``rows`` (the part table's columns but the last, ``_seq``, which is numbered here)."""
        buffer = self._buffers[table]
        buffer.extend(rows)  # numbered when written
        if len(buffer) >= FLUSH_ROWS:
            self._flush(table)

    def add_text(self, table: str, row: tuple, chars: int) -> None:
        """Add a row holding ``chars`` characters of text; flush once the buffered text is large."""
        self.add(table, (row,))
        self._chars += chars
        if self._chars >= _FLUSH_CHARS:
            self._flush(table)
            self._chars = 0

    def add_table(self, table: str, rows: pa.Table) -> None:
        """Add rows already in Arrow (the part table's columns but ``_seq``) as a part of their own."""
        if not rows.num_rows:
            return
        self._flush(table)  # the parts keep arrival order
        seq = self._seq[table]
        self._seq[table] = seq + rows.num_rows
        schema = self.schemas[table]
        numbers = _numbers(range(seq, seq + rows.num_rows))
        self._write(table, pa.Table.from_arrays([c.cast(f.type) for c, f in zip(rows.columns, schema)] + [numbers],
                                                schema=schema))

    def flush(self) -> None:
        """Write every buffered row (before the parts are read)."""
        for table in self._buffers:
            self._flush(table)
        self._chars = 0

    def files(self, table: str) -> list[str]:
        """The part files of ``table`` written so far, in writing order."""
        return [str(self.folder / table / f"part-{number:06d}.parquet") for number in range(self._parts[table])]

    def _flush(self, table: str) -> None:
        rows = self._buffers[table]
        if not rows:
            return
        self._buffers[table] = []
        seq = self._seq[table]
        self._seq[table] = seq + len(rows)
        self._write(table, self._arrow(table, rows, seq))

    def _arrow(self, table: str, rows: list[tuple], seq: int) -> pa.Table:
        """``rows`` as a part table, numbered from ``seq`` (a row left out keeps its number unused)."""
        schema = self.schemas[table]
        try:
            return _table(schema, rows, range(seq, seq + len(rows)))
        except Exception:  # noqa: BLE001 - find the rows that do not fit, keep the rest
            pass
        kept, numbers = [], []
        for number, row in enumerate(rows, seq):
            try:
                _table(schema, [row], [number])
            except Exception as exc:  # noqa: BLE001
                self.on_bad_row(table, row, exc)
            else:
                kept.append(row)
                numbers.append(number)
        return _table(schema, kept, numbers)

    def _write(self, table: str, rows: pa.Table) -> None:
        if not rows.num_rows:
            return
        folder = self.folder / table
        folder.mkdir(parents=True, exist_ok=True)
        number = self._parts[table]
        pq.write_table(rows, folder / f"part-{number:06d}.parquet", compression="lz4", use_dictionary=False,
                       write_statistics=False)
        self._parts[table] = number + 1


def _numbers(numbers) -> pa.Array:
    """``_seq`` values as an Arrow int64 array (never null; no pa.array(), which imports pandas)."""
    return pa.Array.from_buffers(pa.int64(), len(numbers), [None, pa.py_buffer(array("q", numbers))])


def _table(schema: pa.Schema, rows: list[tuple], numbers) -> pa.Table:
    """A part table of ``rows`` (every column but the last, ``_seq``) and their ``numbers`` (``_seq``)."""
    width = len(schema) - 1
    columns = list(zip(*rows)) if rows else [()] * width
    if len(columns) != width or any(len(row) != width for row in rows):
        raise ValueError(f"rows of {len(columns)} values for {width} columns")
    seq = _numbers(numbers)
    return pa.Table.from_arrays([arrow_column(values, field.type) for field, values in zip(schema, columns)] + [seq],
                                schema=schema)
