"""Sorting a table too wide for DuckDB's sort (documents, with their whole texts) a bucket at a time.

DuckDB sorts narrow tables out of core, but a sort that carries the texts along needs more
memory the larger the corpus: with the build's 64 MB limit it failed at 400,000 documents of
500 characters (DuckDB 2.0). Documents arrive out of path order whenever their paths do not
follow the reading order, as in every JSONL archive whose records have no id (each record's
path ends in a hash of its text). So such a table is sorted in three passes, each holding a
bounded amount of it:

1. DuckDB sorts the key columns alone (narrow) and this module cuts that order into buckets of
   about :data:`BUCKET_BYTES` of data, keeping only the first key of each bucket;
2. the part files are read once, each row written to the file of the bucket its key falls in;
3. each bucket file is read, sorted in memory by the keys and handed over, bucket after bucket.

The order is that of ``ORDER BY keys, _seq`` (nulls last): keys compare as Python, Arrow and
DuckDB all compare strings, by code point, and ``_seq`` is unique, so the buckets never overlap.
"""
from __future__ import annotations

import tempfile
from array import array
from bisect import bisect_right
from pathlib import Path
from typing import Callable, Iterator

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

# Data a bucket holds (its strings' characters, plus ROW_OVERHEAD a row): what the last pass holds at once.
BUCKET_BYTES = 16 << 20
# At most this many bucket files are open together; a larger table gets larger buckets.
MAX_BUCKETS = 256
ROW_OVERHEAD = 64
SEQ = "_seq"


def sorted_batches(files: list[str], keys: tuple[str, ...], schema: pa.Schema, work: Path,
                   query: Callable[[str], Iterator[pa.RecordBatch]], batch_rows: int) -> Iterator[pa.RecordBatch]:
    """The rows of the part files ``files`` ordered by ``keys`` then ``_seq``, in batches of
    ``schema`` (the published columns) of at most ``batch_rows`` rows.

    ``query(sql)``: the batches of an SQL query over ``src``, the part files (DuckDB).
    ``work``: where the bucket files go (removed as they are read).
    """
    part_schema = pq.read_schema(files[0])
    size = " + ".join([f'coalesce(strlen("{f.name}"), 0)' for f in part_schema if pa.types.is_string(f.type)]
                      + [str(ROW_OVERHEAD)])
    order = ", ".join([f'"{k}"' for k in keys] + [SEQ])
    total = sum(batch.column(0)[0].as_py() or 0 for batch in query(f"SELECT sum({size})::BIGINT FROM src"))
    bucket_bytes = max(BUCKET_BYTES, -(-total // MAX_BUCKETS))
    one_bucket = total <= bucket_bytes  # then the parts are that bucket
    if one_bucket:
        buckets = [files]
    else:
        starts = _bucket_starts(query(f"SELECT {order}, ({size})::BIGINT FROM src ORDER BY {order}"), bucket_bytes)
        buckets = _distribute(files, keys, starts, part_schema, Path(tempfile.mkdtemp(prefix="buckets-", dir=work)))
    sort_keys = [(k, "ascending") for k in (*keys, SEQ)]
    for bucket_files in buckets:
        if not bucket_files:
            continue
        bucket = pa.concat_tables(pq.ParquetFile(path).read(use_threads=False) for path in bucket_files)
        if not one_bucket:
            for path in bucket_files:
                Path(path).unlink()
        bucket = bucket.take(pc.sort_indices(bucket, sort_keys=sort_keys))  # (nulls last: the default)
        for batch in bucket.to_batches(max_chunksize=batch_rows):
            yield pa.RecordBatch.from_arrays([batch.column(f.name).cast(f.type) for f in schema], schema=schema)


def _int64s(values: list[int]) -> pa.Array:
    """``values`` as an Arrow int64 array (not pa.array(), which imports pandas where it is installed)."""
    return pa.Array.from_buffers(pa.int64(), len(values), [None, pa.py_buffer(array("q", values))])


def _key(values) -> tuple:
    """A row's sort key as Python compares it, nulls last (DuckDB's and Arrow's order)."""
    return tuple((value is None, "" if value is None else value) for value in values)


def _bucket_starts(ordered: Iterator[pa.RecordBatch], bucket_bytes: int) -> list[tuple]:
    """The key of each bucket's first row, from the rows' keys and sizes in sorted order."""
    starts: list[tuple] = []
    filled = bucket_bytes  # the first row starts the first bucket
    for batch in ordered:
        sizes = batch.column(batch.num_columns - 1).to_pylist()
        columns = [column.to_pylist() for column in batch.columns[:-1]]
        for row, row_size in enumerate(sizes):
            if filled >= bucket_bytes:
                starts.append(_key(column[row] for column in columns))
                filled = 0
            filled += row_size
    return starts


def _distribute(files: list[str], keys: tuple[str, ...], starts: list[tuple], part_schema: pa.Schema,
                work: Path) -> list[list[Path]]:
    """Every row of ``files`` written to the file of its bucket; each bucket's files (one, or none
    for a bucket no row fell in, which happens only if the parts changed meanwhile), in bucket order."""
    writers: dict[int, pq.ParquetWriter] = {}
    paths: list[list[Path]] = [[] for _ in starts]
    try:
        for file in files:
            for batch in pq.ParquetFile(file).iter_batches(8192, use_threads=False):
                columns = [batch.column(k).to_pylist() for k in (*keys, SEQ)]
                buckets = [bisect_right(starts, _key(row)) - 1 for row in zip(*columns)]
                order = sorted(range(len(buckets)), key=buckets.__getitem__)
                grouped = batch.take(_int64s(order))
                begin = 0
                while begin < len(order):
                    bucket = buckets[order[begin]]
                    end = begin + 1
                    while end < len(order) and buckets[order[end]] == bucket:
                        end += 1
                    writer = writers.get(bucket)
                    if writer is None:
                        paths[bucket].append(work / f"bucket-{bucket:05d}.parquet")
                        writer = writers[bucket] = pq.ParquetWriter(paths[bucket][0], part_schema, compression="lz4",
                                                                    use_dictionary=False, write_statistics=False)
                    writer.write_batch(grouped.slice(begin, end - begin))
                    begin = end
    finally:
        for writer in writers.values():
            writer.close()
    return paths
