"""Table schemas: the public interface, documented and stable."""
from __future__ import annotations

from datetime import date

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_builder.publish.tables import (SCHEMAS, arrow_column, describe_markdown, readme_with_tables, table_from_rows,
                                    to_table)

# The columns analysis tools and the evaluation rely on: never renamed or removed.
INTERFACE = {
    "documents": ["doc_id", "path", "title", "dct", "dct_source", "sha256", "n_chars", "language"],
    "timexes": ["timex_id", "doc_id", "char_start", "char_end", "text", "type", "value", "mod",
                "date_begin", "date_end", "granularity"],
    "actors": ["actor_id", "name", "type", "country", "aliases"],
    "actor_mentions": ["actor_id", "doc_id", "char_start", "char_end", "text"],
    "events": ["event_id", "name", "kind", "date_begin", "date_end", "granularity", "date_basis"],
    "event_mentions": ["event_id", "doc_id", "char_start", "char_end", "text"],
    "event_actors": ["event_id", "actor_id", "role"],
    "problems": ["code", "message"],
}


def test_interface_columns_exist():
    for table, columns in INTERFACE.items():
        assert set(columns) <= set(SCHEMAS[table].names), table


def test_dates_are_date32_and_aliases_a_list():
    assert SCHEMAS["documents"].field("dct").type == pa.date32()
    assert SCHEMAS["timexes"].field("date_begin").type == pa.date32()
    assert SCHEMAS["actors"].field("aliases").type == pa.list_(pa.string())


def test_every_column_is_described():
    for schema in SCHEMAS.values():
        for field in schema:
            assert field.metadata[b"description"].strip()


def test_to_table_keeps_order_and_types():
    table = to_table("timexes", [{"timex_id": "t", "doc_id": "d", "char_start": 0, "char_end": 4, "text": "1962",
                                  "type": "DATE", "value": "1962", "date_begin": date(1962, 1, 1),
                                  "date_end": date(1962, 12, 31), "granularity": "year", "extractor": "x"}])
    assert table.column("date_end").to_pylist() == [date(1962, 12, 31)]
    assert table.column("mod").to_pylist() == [None]


def test_readme_tables_section_is_generated_from_the_schemas(repo):
    readme = (repo / "README.md").read_text(encoding="utf-8")
    assert readme == readme_with_tables(readme), "run: python -m timeline_builder.publish.tables README.md"
    assert describe_markdown() in readme


_VALUES = {
    pa.string(): st.text(),
    pa.int64(): st.integers(-2**63, 2**63 - 1),
    pa.float64(): st.floats(allow_nan=False),
    pa.date32(): st.dates(),
    pa.list_(pa.string()): st.lists(st.text(), max_size=4),
}


@pytest.mark.parametrize("kind", list(_VALUES), ids=str)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_arrow_column_equals_what_pyarrow_builds(kind, data):
    values = data.draw(st.lists(st.none() | _VALUES[kind], max_size=20))
    column = arrow_column(values, kind)
    column.validate(full=True)
    assert column.equals(pa.array(values, type=kind))


def test_table_from_rows_matches_to_table():
    row = ("t", "d", 0, 4, "1962", "DATE", "1962", None, date(1962, 1, 1), None, "year", "x")
    as_dict = dict(zip(SCHEMAS["timexes"].names, row))
    assert table_from_rows("timexes", [row, row]).equals(to_table("timexes", [as_dict, as_dict]))
    assert table_from_rows("timexes", []).num_rows == 0
    with pytest.raises(TypeError):
        table_from_rows("timexes", [row[:2] + ("zero",) + row[3:]])
