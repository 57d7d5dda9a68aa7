"""Croissant (MLCommons, 1.0) metadata for a dataset version: ``croissant.json``.

It describes every Parquet file (with its sha256), every table as a record set whose fields
carry the column's type and description (from :data:`tables.SCHEMAS`), the source
documents the version was built from, and a licence field. It holds nothing that changes
from run to run (no build time), so a rebuild gives the same bytes.
"""
from __future__ import annotations

import json

import pyarrow as pa

from .tables import SCHEMA_VERSION, SCHEMAS

FILE_NAME = "croissant.json"
CONFORMS_TO = "http://mlcommons.org/croissant/1.0"
PARQUET_MEDIA_TYPE = "application/x-parquet"
# Not the dataset folder's name: the same inputs built elsewhere must give the same bytes.
DEFAULT_NAME = "timeline-builder-dataset"
# The tables are derived from the source documents, whose own terms decide how they may be
# shared; we cannot know them, so we say so rather than claim a licence.
DEFAULT_LICENSE = ("The terms of the source documents apply; the tables quote them (documents.text, "
                   "mention text). Check each source's licence before redistributing.")

CONTEXT = {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "citeAs": "cr:citeAs",
    "column": "cr:column",
    "conformsTo": "dct:conformsTo",
    "cr": "http://mlcommons.org/croissant/",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/",
    "equivalentProperty": "cr:equivalentProperty",
    "examples": {"@id": "cr:examples", "@type": "@json"},
    "extract": "cr:extract",
    "field": "cr:field",
    "fileProperty": "cr:fileProperty",
    "fileObject": "cr:fileObject",
    "fileSet": "cr:fileSet",
    "format": "cr:format",
    "includes": "cr:includes",
    "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath",
    "key": "cr:key",
    "md5": "cr:md5",
    "parentField": "cr:parentField",
    "path": "cr:path",
    "recordSet": "cr:recordSet",
    "references": "cr:references",
    "regex": "cr:regex",
    "repeated": "cr:repeated",
    "replace": "cr:replace",
    "samplingRate": "cr:samplingRate",
    "sc": "https://schema.org/",
    "separator": "cr:separator",
    "source": "cr:source",
    "subField": "cr:subField",
    "transform": "cr:transform",
}

# Columns that identify a row; they become the record set's key.
KEYS = {
    "documents": ("doc_id",),
    "sentences": ("doc_id", "sentence_index"),
    "timexes": ("timex_id",),
    "actors": ("actor_id",),
    "events": ("event_id",),
    "event_actors": ("event_id", "actor_id", "role"),
}


def data_type(arrow_type: pa.DataType) -> tuple[str, bool]:
    """The Croissant data type of an Arrow type, and whether the field repeats (a list)."""
    if pa.types.is_list(arrow_type) or pa.types.is_large_list(arrow_type):
        return data_type(arrow_type.value_type)[0], True
    if pa.types.is_string(arrow_type) or pa.types.is_large_string(arrow_type):
        return "sc:Text", False
    if pa.types.is_integer(arrow_type):
        return "sc:Integer", False
    if pa.types.is_floating(arrow_type):
        return "sc:Float", False
    if pa.types.is_boolean(arrow_type):
        return "sc:Boolean", False
    if pa.types.is_date(arrow_type):
        return "sc:Date", False
    if pa.types.is_timestamp(arrow_type):
        return "sc:DateTime", False
    raise ValueError(f"no Croissant data type for Arrow type {arrow_type}")


def describe(version_id: str, table_info: dict[str, dict], inputs: list[dict], name: str = DEFAULT_NAME,
             license: str = DEFAULT_LICENSE) -> dict:
    """The Croissant JSON-LD of one dataset version.

    Args:
        version_id: the version's id (goes into ``version`` as semver build metadata).
        table_info: per table, ``{"file", "rows", "bytes", "sha256"}`` as in the manifest.
        inputs: the source documents, ``{"doc_id", "path", "sha256"}`` each.
        name: the dataset's name.
        license: the licence statement or SPDX URL.
    """
    distribution, record_sets = [], []
    for table in sorted(table_info):
        info = table_info[table]
        distribution.append({
            "@type": "cr:FileObject",
            "@id": info["file"],
            "name": info["file"],
            "description": f"The {table} table ({info['rows']} rows) as Parquet.",
            "contentUrl": info["file"],
            "contentSize": f"{info['bytes']} B",
            "encodingFormat": PARQUET_MEDIA_TYPE,
            "sha256": info["sha256"],
        })
        if table in SCHEMAS:
            record_sets.append(_record_set(table, info["file"]))
    return {
        "@context": CONTEXT,
        "@type": "sc:Dataset",
        "name": name,
        "description": (f"Dated events and the actors attached to them, extracted from {len(inputs)} "
                        "source document(s) by timeline-builder. One record set per Parquet table."),
        "conformsTo": CONFORMS_TO,
        "version": f"{SCHEMA_VERSION}.0.0+{version_id}",
        "license": license,
        "citeAs": f"{name}, version {version_id}, built by timeline-builder from {len(inputs)} document(s).",
        "url": f"versions/{version_id}/",
        "keywords": ["events", "timeline", "temporal expressions", "actors"],
        "isBasedOn": [
            {"@type": "sc:CreativeWork", "name": item["path"], "identifier": item["doc_id"],
             "sha256": item["sha256"]}
            for item in sorted(inputs, key=lambda i: (i["path"], i["doc_id"]))
        ],
        "distribution": distribution,
        "recordSet": record_sets,
    }


def render(version_id: str, table_info: dict[str, dict], inputs: list[dict], name: str = DEFAULT_NAME,
           license: str = DEFAULT_LICENSE) -> bytes:
    """:func:`describe` as the bytes of ``croissant.json`` (stable key order)."""
    document = describe(version_id, table_info, inputs, name=name, license=license)
    return (json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")


def _record_set(table: str, file_name: str) -> dict:
    schema = SCHEMAS[table]
    fields = []
    for column in schema:
        kind, repeated = data_type(column.type)
        field = {
            "@type": "cr:Field",
            "@id": f"{table}/{column.name}",
            "name": column.name,
            "description": (column.metadata or {}).get(b"description", b"").decode(),
            "dataType": kind,
            "source": {"fileObject": {"@id": file_name}, "extract": {"column": column.name}},
        }
        if repeated:
            field["repeated"] = True
        fields.append(field)
    record_set = {
        "@type": "cr:RecordSet",
        "@id": table,
        "name": table,
        "description": (schema.metadata or {}).get(b"description", b"").decode(),
        "field": fields,
    }
    if table in KEYS:
        record_set["key"] = [{"@id": f"{table}/{column}"} for column in KEYS[table]]
    return record_set
