"""Writing a table streamed a batch at a time gives the bytes of writing it whole, however the
batches are cut, and a row group ends at the row or the text limit."""
from __future__ import annotations

import pyarrow.parquet as pq
import pytest

from timeline_builder.publish import versions
from timeline_builder.publish.tables import StreamedTable, table_from_rows


def _sentences(n: int):
    return table_from_rows("sentences", [(f"doc-{i // 7:04d}", i % 7, i, i + 1) for i in range(n)])


def _write(table, path, cuts):
    """Write ``table`` streamed in batches of the sizes ``cuts`` cycles through."""
    def batches():
        start, index = 0, 0
        while start < table.num_rows:
            size = cuts[index % len(cuts)]
            yield from table.slice(start, size).to_batches()
            start, index = start + size, index + 1
    streamed = StreamedTable(table.schema, batches)
    versions.write_parquet(streamed, path)
    return streamed.num_rows, path.read_bytes()


@pytest.mark.parametrize("cuts", [[1], [7, 3001], [25_000]])
def test_streamed_writes_are_the_bytes_of_the_whole_table(tmp_path, cuts):
    table = _sentences(23_456)
    versions.write_parquet(table, tmp_path / "whole.parquet")
    pq.write_table(table, tmp_path / "plain.parquet", **versions.PARQUET_OPTIONS)  # how it was written before
    rows, streamed = _write(table, tmp_path / "streamed.parquet", cuts)
    assert rows == table.num_rows
    assert streamed == (tmp_path / "whole.parquet").read_bytes() == (tmp_path / "plain.parquet").read_bytes()


def test_a_row_group_ends_at_the_row_limit_or_past_the_text_limit(tmp_path, monkeypatch):
    monkeypatch.setitem(versions.PARQUET_OPTIONS, "row_group_size", 25_000)
    monkeypatch.setattr(versions, "ROW_GROUP_BLOCK", 1_000)
    table = _sentences(60_000)
    versions.write_parquet(table, tmp_path / "rows.parquet")
    sizes = [g.num_rows for g in (pq.ParquetFile(tmp_path / "rows.parquet").metadata.row_group(i)
                                  for i in range(pq.ParquetFile(tmp_path / "rows.parquet").metadata.num_row_groups))]
    assert sizes == [25_000, 25_000, 10_000]
    monkeypatch.setattr(versions, "ROW_GROUP_TEXT_BYTES", 20_000)  # doc ids are 8 bytes: 2,500 rows of text
    _, first = _write(table, tmp_path / "a.parquet", [333])
    _, second = _write(table, tmp_path / "b.parquet", [4_999, 1])
    assert first == second
    meta = pq.ParquetFile(tmp_path / "a.parquet").metadata
    assert {meta.row_group(i).num_rows for i in range(meta.num_row_groups - 1)} == {3_000}


def test_an_empty_table_is_written_as_before(tmp_path):
    table = table_from_rows("events", [])
    versions.write_parquet(table, tmp_path / "new.parquet")
    pq.write_table(table, tmp_path / "old.parquet", **versions.PARQUET_OPTIONS)
    assert (tmp_path / "new.parquet").read_bytes() == (tmp_path / "old.parquet").read_bytes()
    streamed = StreamedTable(table.schema, lambda: iter(()))
    versions.write_parquet(streamed, tmp_path / "streamed.parquet")
    assert streamed.num_rows == 0
    assert (tmp_path / "streamed.parquet").read_bytes() == (tmp_path / "old.parquet").read_bytes()
