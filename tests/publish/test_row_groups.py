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


def _groups(path) -> list[int]:
    meta = pq.ParquetFile(path).metadata
    return [meta.row_group(i).num_rows for i in range(meta.num_row_groups)]


def test_a_row_group_ends_at_the_row_limit_or_at_the_row_that_reaches_the_byte_limit(tmp_path, monkeypatch):
    monkeypatch.setitem(versions.PARQUET_OPTIONS, "row_group_size", 25_000)
    table = _sentences(60_000)
    versions.write_parquet(table, tmp_path / "rows.parquet")
    assert _groups(tmp_path / "rows.parquet") == [25_000, 25_000, 10_000]
    # a sentence row counts 36 bytes: its doc id (8 bytes of text and 4) and three numbers (8 each)
    monkeypatch.setattr(versions, "ROW_GROUP_BYTES", 36 * 2_500)
    _, first = _write(table, tmp_path / "a.parquet", [333])
    _, second = _write(table, tmp_path / "b.parquet", [4_999, 1])
    assert first == second
    assert _groups(tmp_path / "a.parquet") == [2_500] * 24
    monkeypatch.setattr(versions, "ROW_GROUP_BYTES", 36 * 2_500 - 1)  # reached one row earlier
    _write(table, tmp_path / "c.parquet", [60_000])
    assert _groups(tmp_path / "c.parquet") == [2_500] * 24


def test_long_texts_and_lists_count_by_their_bytes_whatever_the_batches(tmp_path, monkeypatch):
    actors = table_from_rows("actors", [(f"a{i:03d}", "Ä" * (i % 50), "person", None, ["x" * (i % 9)] * (i % 4),
                                         None, None, "discovered") for i in range(400)])
    monkeypatch.setattr(versions, "ROW_GROUP_BYTES", 3_000)
    _, whole = _write(actors, tmp_path / "whole.parquet", [400])
    for cuts in ([1], [3, 97], [150]):
        assert _write(actors, tmp_path / "cut.parquet", cuts)[1] == whole
    groups = _groups(tmp_path / "whole.parquet")
    assert len(groups) > 10 and sum(groups) == 400
    # actor_id, name (five two-byte letters), type, country (null), one alias of 5, role, wikidata, source
    assert versions._row_bytes(actors.to_batches()[0])[5].as_py() == (4 + 4) + (10 + 4) + (6 + 4) + 4 + (5 + 4) + 4 + 4 + (10 + 4)


def test_an_empty_table_is_written_as_before(tmp_path):
    table = table_from_rows("events", [])
    versions.write_parquet(table, tmp_path / "new.parquet")
    pq.write_table(table, tmp_path / "old.parquet", **versions.PARQUET_OPTIONS)
    assert (tmp_path / "new.parquet").read_bytes() == (tmp_path / "old.parquet").read_bytes()
    streamed = StreamedTable(table.schema, lambda: iter(()))
    versions.write_parquet(streamed, tmp_path / "streamed.parquet")
    assert streamed.num_rows == 0
    assert (tmp_path / "streamed.parquet").read_bytes() == (tmp_path / "old.parquet").read_bytes()
