"""Article collections: one file, many articles, one record each.

CSV and TSV (a header row names the fields), Parquet (one row per article) and JSON Lines
(one object per line). Each reader yields ``(where, record)`` pairs, ``where`` naming the
line or row for messages, and an :class:`IngestError` in place of a record it cannot read,
so that one bad row costs that row only.
"""
from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Any, Iterator

from ..errors import IngestError

Record = dict[str, Any]
# Parquet rows are read this many at a time: memory stays flat for a large collection.
_PARQUET_BATCH = 512

csv.field_size_limit(sys.maxsize if sys.maxsize < 2 ** 63 else 2 ** 31 - 1)  # articles are long fields


def delimited_records(content: str, path: str, delimiter: str) -> Iterator[tuple[str, Record | IngestError]]:
    """CSV (``delimiter=","``) or TSV (``"\\t"``) rows under a header row, with quoted fields."""
    reader = csv.reader(io.StringIO(content, newline=""), delimiter=delimiter)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        yield "line 1", IngestError(f"line 1: cannot read the header row ({exc})", path=path)
        return
    if not header or not any(h.strip() for h in header):
        yield "line 1", IngestError("no header row naming the fields", path=path,
                                    hint="the first row must name the columns, e.g. id,date,title,text")
        return
    names = [h.strip() for h in header]
    while True:
        where = f"line {reader.line_num + 1}"
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield where, IngestError(f"{where}: cannot read the row ({exc})", path=path)
            continue
        if not row or not any(cell.strip() for cell in row):
            continue
        if len(row) != len(names):
            yield where, IngestError(f"{where}: {len(row)} fields where the header has {len(names)}", path=path,
                                     hint="quote fields that hold the delimiter or a line break")
            continue
        yield where, dict(zip(names, row))


def jsonl_records(content: str, path: str) -> Iterator[tuple[str, Record | IngestError]]:
    """One JSON object per non-blank line."""
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        yield from _jsonl_record(line, f"line {number}", path)


def jsonl_file_records(file: Path, path: str, max_bytes: int) -> Iterator[tuple[str, Record | IngestError]]:
    """One JSON object per line of a UTF-8 file, read a line at a time: memory stays flat for a
    collection of any size, and ``max_bytes`` limits one record, not the file."""
    from .decode import looks_binary

    with open(file, "rb") as handle:
        head = handle.read(8192)
        if looks_binary(head):
            raise IngestError("not a text file (binary content)", path=path,
                              hint="remove it from the inputs or convert it to UTF-8 text")
        handle.seek(3 if head.startswith(b"\xef\xbb\xbf") else 0)
        number = 0
        while True:
            raw = handle.readline(max_bytes + 1)
            if not raw:
                return
            number += 1
            where = f"line {number}"
            if len(raw) > max_bytes and not raw.endswith(b"\n"):
                while raw and not raw.endswith(b"\n"):  # skip the rest of the long line
                    raw = handle.readline(1 << 20)
                yield where, IngestError(f"{where}: the record is over the {max_bytes / 1048576:g} MB limit; skipped",
                                         path=path, hint="raise the limit with --max-mb")
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield where, IngestError(f"{where}: not valid UTF-8 (byte 0x{raw[exc.start]:02x})", path=path,
                                         hint="re-encode the file as UTF-8")
                continue
            if not line.strip():
                continue
            yield from _jsonl_record(line, where, path)


def _jsonl_record(line: str, where: str, path: str) -> Iterator[tuple[str, Record | IngestError]]:
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as exc:
        reason = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
        yield where, IngestError(f"{where}: not valid JSON ({reason})", path=path)
        return
    if not isinstance(record, dict):
        yield where, IngestError(f"{where}: expected a JSON object", path=path)
        return
    yield where, record


def parquet_records(file: Path, path: str) -> Iterator[tuple[str, Record | IngestError]]:
    """The rows of a Parquet file, in order, a batch at a time."""
    import pyarrow.parquet as pq
    try:
        parquet = pq.ParquetFile(file)
        batches = parquet.iter_batches(batch_size=_PARQUET_BATCH)
        number = 0
        for batch in batches:
            for record in batch.to_pylist():
                number += 1
                yield f"row {number}", record
    except (OSError, ValueError, TypeError) as exc:  # pyarrow's ArrowInvalid is a ValueError
        raise IngestError(f"not a readable Parquet file ({type(exc).__name__}: {str(exc)[:200]})", path=path,
                          hint="check the file with pyarrow.parquet.read_table, or re-export it") from None
