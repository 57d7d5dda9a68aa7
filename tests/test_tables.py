"""Table schemas: the public interface, documented and stable."""
from __future__ import annotations

from datetime import date

import pyarrow as pa

from timeline_builder.tables import SCHEMAS, describe_markdown, readme_with_tables, to_table

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
    assert readme == readme_with_tables(readme), "run: python -m timeline_builder.tables README.md"
    assert describe_markdown() in readme
