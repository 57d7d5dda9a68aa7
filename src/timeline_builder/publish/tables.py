"""Records -> Arrow tables with explicit schemas; every column carries its description.

The table and column names here are the dataset's public interface: columns may be added,
never renamed. SCHEMA_VERSION changes whenever a column is added or its meaning changes.
"""
from __future__ import annotations

import json
from array import array
from dataclasses import dataclass
from datetime import date
from itertools import accumulate
from typing import Callable, Iterable, Iterator, Sequence

import pyarrow as pa

SCHEMA_VERSION = 2


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    type: pa.DataType
    description: str
    nullable: bool = True


def _schema(table_description: str, columns: list[Column]) -> pa.Schema:
    fields = [
        pa.field(c.name, c.type, nullable=c.nullable, metadata={"description": c.description})
        for c in columns
    ]
    # Also as plain JSON: Parquet readers other than Arrow cannot decode the ARROW:schema entry.
    descriptions = json.dumps({c.name: c.description for c in columns}, ensure_ascii=False)
    return pa.schema(fields, metadata={"description": table_description, "schema_version": str(SCHEMA_VERSION),
                                       "column_descriptions": descriptions})


_S, _I, _D, _F = pa.string(), pa.int64(), pa.date32(), pa.float64()

SCHEMAS: dict[str, pa.Schema] = {
    "documents": _schema("One row per input document.", [
        Column("doc_id", _S, "Stable document id: hash of the path and the text (of the path and the record id for a record of a collection).", False),
        Column("path", _S, "Path from the input named on the command line (its folder name first: 'bbc/politics' gives 'politics/001.txt'); 'corpus.jsonl#id' for a record of a collection (JSONL, CSV, TSV, Parquet).", False),
        Column("title", _S, "Title from metadata, or the document's headline."),
        Column("dct", _D, "Document creation time that relative dates resolve against."),
        Column("dct_source", _S, "Where the dct came from: metadata, option, filename, inferred or none.", False),
        Column("sha256", _S, "SHA-256 of the document text as published in the text column.", False),
        Column("n_chars", _I, "Length of the text in Python characters (code points).", False),
        Column("language", _S, "ISO 639-1 language code, from metadata, --language or detection.", False),
        Column("url", _S, "Source URL where the metadata gives one."),
        Column("format", _S, "Input format: txt, md, html, jsonl, csv, tsv or parquet.", False),
        Column("n_sentences", _I, "Number of sentences found.", False),
        Column("text", _S, "The document text every character offset in the dataset points into.", False),
    ]),
    "sentences": _schema("Sentence boundaries of each document.", [
        Column("doc_id", _S, "Document id.", False),
        Column("sentence_index", _I, "0-based position of the sentence in its document.", False),
        Column("char_start", _I, "Start offset (inclusive) into the document text.", False),
        Column("char_end", _I, "End offset (exclusive) into the document text.", False),
    ]),
    "timexes": _schema("Temporal expressions, TIMEX3-style, with their calendar interval.", [
        Column("timex_id", _S, "Stable id: hash of document id and span.", False),
        Column("doc_id", _S, "Document id.", False),
        Column("char_start", _I, "Start offset (inclusive) into the document text.", False),
        Column("char_end", _I, "End offset (exclusive).", False),
        Column("text", _S, "The expression as written.", False),
        Column("type", _S, "TIMEX3 type: DATE, TIME, DURATION or SET.", False),
        Column("value", _S, "TIMEX3 value, e.g. 1962, 196 (the 1960s), P3Y, PRESENT_REF."),
        Column("mod", _S, "TIMEX3 mod: START, MID, END, BEFORE, AFTER, MORE_THAN, LESS_THAN, APPROX."),
        Column("date_begin", _D, "First day of the closed interval the expression denotes; null where open or none."),
        Column("date_end", _D, "Last day of the closed interval; null where open or none."),
        Column("granularity", _S, "day, week, month, quarter, season, year, decade or century."),
        Column("extractor", _S, "Name and version of the extractor that found it.", False),
    ]),
    "actors": _schema("One row per real-world actor, however many names it goes by.", [
        Column("actor_id", _S, "Stable id: the knowledge-base id, or a slug of the canonical name.", False),
        Column("name", _S, "Canonical name.", False),
        Column("type", _S, "person, state, organization or group.", False),
        Column("country", _S, "ISO 3166-1 alpha-3 of the actor's state (SUN for the Soviet Union); null for international bodies."),
        Column("aliases", pa.list_(_S), "Names the actor goes by in the documents and the knowledge base."),
        Column("role", _S, "Role description, from the text or the knowledge base."),
        Column("wikidata", _S, "Wikidata id where known."),
        Column("source", _S, "knowledge (from the knowledge base) or discovered (from the text).", False),
    ]),
    "actor_mentions": _schema("Each span where an actor is named.", [
        Column("actor_id", _S, "Actor id.", False),
        Column("doc_id", _S, "Document id.", False),
        Column("char_start", _I, "Start offset (inclusive).", False),
        Column("char_end", _I, "End offset (exclusive).", False),
        Column("text", _S, "The mention as written.", False),
        Column("sentence_index", _I, "Sentence the mention is in."),
    ]),
    "actor_roles": _schema("Roles bounded in time: who held which office when.", [
        Column("actor_id", _S, "Actor id.", False),
        Column("role", _S, "The role, e.g. President, Secretary of State.", False),
        Column("organization", _S, "The state or organization the role belongs to (actor id or name)."),
        Column("date_begin", _D, "First day in the role; null where unknown."),
        Column("date_end", _D, "Last day in the role; null where ongoing or unknown."),
        Column("source", _S, "knowledge or text.", False),
    ]),
    "events": _schema("One row per dated event, however many documents mention it.", [
        Column("event_id", _S, "Stable id: the knowledge-base id, or a hash of name, dates and (for an event told from a text) the text.", False),
        Column("name", _S, "Event name.", False),
        Column("kind", _S, "crisis, war, conflict, treaty, agreement, law, sanction, election, term, appointment, meeting, statement, publication, operation, death, founding, policy or other.", False),
        Column("date_begin", _D, "First day of the event's closed interval; null where unknown or open."),
        Column("date_end", _D, "Last day; null where unknown, open or ongoing."),
        Column("granularity", _S, "Precision of date_begin: day, month, year, decade or century."),
        Column("event_type", _S, "PLOVER event type (AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT); null where PLOVER has none."),
        Column("event_type_reason", _S, "How event_type was chosen (the trigger word or the kind), or why PLOVER has no type for it."),
        Column("place", _S, "Where it happened, when the text says (a state or a capital)."),
        Column("place_country", _S, "ISO 3166-1 alpha-3 code of the place's state."),
        Column("date_basis", _S, "How it was dated: text, context or knowledge.", False),
        Column("text_date", _S, "The date expression in the text the event rests on, if any."),
        Column("confidence", _F, "Calibrated confidence in the event and its date, 0..1: among events at or above c, about that share are right on the development gold (docs/events.md).", False),
        Column("time_relation", _S, "How the documents refer to it relative to their dct: past, current or prospective."),
        Column("kb_id", _S, "Knowledge-base event id, where linked."),
        Column("wikidata", _S, "Wikidata id where known."),
        Column("source", _S, "What found it: knowledge, text, context or citation.", False),
    ]),
    "event_mentions": _schema("Each place an event is referred to: its name where the text names a known event by name or alias, else the clause or sentence that tells it.", [
        Column("event_id", _S, "Event id.", False),
        Column("doc_id", _S, "Document id.", False),
        Column("char_start", _I, "Start offset (inclusive).", False),
        Column("char_end", _I, "End offset (exclusive).", False),
        Column("text", _S, "The mention as written.", False),
    ]),
    "event_actors": _schema("Actors attached to events, with their role and evidence.", [
        Column("event_id", _S, "Event id.", False),
        Column("actor_id", _S, "Actor id.", False),
        Column("role", _S, "agent, target, participant or mentioned.", False),
        Column("basis", _S, "text (the sentence says so) or knowledge (the knowledge base does).", False),
        Column("doc_id", _S, "Document of the evidence; null for knowledge links."),
        Column("char_start", _I, "Start of the evidence span."),
        Column("char_end", _I, "End of the evidence span."),
    ]),
    "problems": _schema("What went wrong with which input; the build reports it and goes on.", [
        Column("code", _S, "Machine-readable problem code, e.g. unreadable, empty-document, no-dct.", False),
        Column("severity", _S, "error (the input was left out) or warning (it was kept).", False),
        Column("stage", _S, "ingest, extract, link or publish.", False),
        Column("path", _S, "Input path from the input named on the command line (its folder name first)."),
        Column("doc_id", _S, "Document id, where a document was read."),
        Column("message", _S, "What happened and what to do.", False),
    ]),
}

TABLE_NAMES = tuple(SCHEMAS)


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
