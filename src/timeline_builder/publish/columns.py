"""The dataset's tables and columns: names, types and descriptions (no Arrow needed to read them).

The table and column names here are the dataset's public interface: columns may be added,
never renamed. SCHEMA_VERSION changes whenever a column is added or its meaning changes.
:mod:`tables` makes the Arrow schemas of them; this module imports nothing heavy, so that the
map step (which only needs the column names) runs in workers that never load pyarrow.
"""
from __future__ import annotations

from dataclasses import dataclass

SCHEMA_VERSION = 2


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    type: str  # an Arrow type's name: string, int64, date32, float64 or list<string>
    description: str
    nullable: bool = True


_S, _I, _D, _F, _LIST_S = "string", "int64", "date32", "float64", "list<string>"

# table -> (its description, its columns in order)
TABLES: dict[str, tuple[str, list[Column]]] = {
    "documents": ("One row per input document.", [
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
    "sentences": ("Sentence boundaries of each document.", [
        Column("doc_id", _S, "Document id.", False),
        Column("sentence_index", _I, "0-based position of the sentence in its document.", False),
        Column("char_start", _I, "Start offset (inclusive) into the document text.", False),
        Column("char_end", _I, "End offset (exclusive) into the document text.", False),
    ]),
    "timexes": ("Temporal expressions, TIMEX3-style, with their calendar interval.", [
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
    "actors": ("One row per real-world actor, however many names it goes by.", [
        Column("actor_id", _S, "Stable id: the knowledge-base id, or a slug of the canonical name.", False),
        Column("name", _S, "Canonical name.", False),
        Column("type", _S, "person, state, organization or group.", False),
        Column("country", _S, "ISO 3166-1 alpha-3 of the actor's state (SUN for the Soviet Union); null for international bodies."),
        Column("aliases", _LIST_S, "Names the actor goes by in the documents and the knowledge base."),
        Column("role", _S, "Role description, from the text or the knowledge base."),
        Column("wikidata", _S, "Wikidata id where known."),
        Column("source", _S, "knowledge (from the knowledge base) or discovered (from the text).", False),
    ]),
    "actor_mentions": ("Each span where an actor is named.", [
        Column("actor_id", _S, "Actor id.", False),
        Column("doc_id", _S, "Document id.", False),
        Column("char_start", _I, "Start offset (inclusive).", False),
        Column("char_end", _I, "End offset (exclusive).", False),
        Column("text", _S, "The mention as written.", False),
        Column("sentence_index", _I, "Sentence the mention is in."),
    ]),
    "actor_roles": ("Roles bounded in time: who held which office when.", [
        Column("actor_id", _S, "Actor id.", False),
        Column("role", _S, "The role, e.g. President, Secretary of State.", False),
        Column("organization", _S, "The state or organization the role belongs to (actor id or name)."),
        Column("date_begin", _D, "First day in the role; null where unknown."),
        Column("date_end", _D, "Last day in the role; null where ongoing or unknown."),
        Column("source", _S, "knowledge or text.", False),
    ]),
    "events": ("One row per dated event, however many documents mention it.", [
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
    "event_mentions": ("Each place an event is referred to: its name where the text names a known event by name or alias, else the clause or sentence that tells it.", [
        Column("event_id", _S, "Event id.", False),
        Column("doc_id", _S, "Document id.", False),
        Column("char_start", _I, "Start offset (inclusive).", False),
        Column("char_end", _I, "End offset (exclusive).", False),
        Column("text", _S, "The mention as written.", False),
    ]),
    "event_actors": ("Actors attached to events, with their role and evidence.", [
        Column("event_id", _S, "Event id.", False),
        Column("actor_id", _S, "Actor id.", False),
        Column("role", _S, "agent, target, participant or mentioned.", False),
        Column("basis", _S, "text (the sentence says so) or knowledge (the knowledge base does).", False),
        Column("doc_id", _S, "Document of the evidence; null for knowledge links."),
        Column("char_start", _I, "Start of the evidence span."),
        Column("char_end", _I, "End of the evidence span."),
    ]),
    "problems": ("What went wrong with which input; the build reports it and goes on.", [
        Column("code", _S, "Machine-readable problem code, e.g. unreadable, empty-document, no-dct.", False),
        Column("severity", _S, "error (the input was left out) or warning (it was kept).", False),
        Column("stage", _S, "ingest, extract, link or publish.", False),
        Column("path", _S, "Input path from the input named on the command line (its folder name first)."),
        Column("doc_id", _S, "Document id, where a document was read."),
        Column("message", _S, "What happened and what to do.", False),
    ]),
}

TABLE_NAMES = tuple(TABLES)
# table -> its column names in order (what a table's rows hold)
COLUMN_NAMES: dict[str, tuple[str, ...]] = {name: tuple(c.name for c in columns) for name, (_, columns) in TABLES.items()}
