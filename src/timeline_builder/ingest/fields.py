"""Which field of a record (JSONL line, CSV row, Parquet row, front matter, sidecar) is what.

Article collections name their fields in many ways (``body``, ``content``, ``published``,
``headline`` ...). A :class:`FieldMap` names them explicitly (``--text-field body``, or a
small mapping file); a field it leaves unnamed is found among the common names below, in
order, ignoring case. A dotted name (``article.body``) reaches into a nested object.

Every metadata value that is present but cannot be read (a date in no known form, a title
that is a list) is reported as a message, never dropped silently.
"""
from __future__ import annotations

import json
import re
import tomllib
from dataclasses import asdict, dataclass, fields as dataclass_fields
from pathlib import Path
from typing import Any, Mapping

from ..errors import UsageError
from .dates import FORMS, parse_metadata_date

# Common names of each field, in the order they are tried (compared without case).
COMMON_NAMES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "full_text", "fulltext", "story", "maintext", "article_text"),
    "date": ("dct", "date", "published", "published_at", "publishedat", "publish_date", "pubdate",
             "date_published", "datepublished", "publication_date", "timestamp", "created_at", "created",
             "datetime", "time"),
    "id": ("id", "doc_id", "document_id", "article_id", "uid", "uuid", "guid", "key"),
    "title": ("title", "headline", "heading"),
    "url": ("url", "link", "source_url", "href", "permalink", "uri"),
    "language": ("language", "lang", "locale", "inlanguage"),
}
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$")


@dataclass(frozen=True, slots=True)
class FieldMap:
    """The record field that holds each part of a document; None = look for a common name."""

    text: str | None = None
    date: str | None = None
    id: str | None = None
    title: str | None = None
    url: str | None = None
    language: str | None = None

    def as_dict(self) -> dict[str, str]:
        """The explicit names only (for the manifest and cache keys)."""
        return {k: v for k, v in asdict(self).items() if v}

    @classmethod
    def from_file(cls, path: str | Path) -> "FieldMap":
        """A mapping file: JSON or TOML, ``{"text": "body", "date": "published"}``."""
        path = Path(path)
        try:
            raw = path.read_text(encoding="utf-8")
            data = tomllib.loads(raw) if path.suffix.lower() == ".toml" else json.loads(raw)
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise UsageError(f"cannot read the field mapping: {exc}", path=str(path),
                             hint='write JSON like {"text": "body", "date": "published"} or the same in TOML')
        if not isinstance(data, dict):
            raise UsageError("the field mapping must be an object of field -> column name", path=str(path))
        known = {f.name for f in dataclass_fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise UsageError(f"unknown field(s) {', '.join(unknown)} in the field mapping", path=str(path),
                             hint=f"the fields are {', '.join(sorted(known))}")
        bad = [k for k, v in data.items() if not isinstance(v, str) or not v.strip()]
        if bad:
            raise UsageError(f"field(s) {', '.join(bad)} must name a column (a non-empty string)", path=str(path))
        return cls(**{k: v.strip() for k, v in data.items()})

    def merged(self, **explicit: str | None) -> "FieldMap":
        """This map with the ``explicit`` names (command-line options) taking precedence."""
        return FieldMap(**{**asdict(self), **{k: v for k, v in explicit.items() if v}})


def lookup(record: Mapping[str, Any], field: str, fields: FieldMap) -> tuple[str | None, Any]:
    """The name and value of ``field`` in ``record`` (the mapped name, else the first common name present)."""
    explicit = getattr(fields, field)
    if explicit:
        return explicit, _dotted(record, explicit)
    lowered = {str(k).lower(): k for k in record}
    for name in COMMON_NAMES[field]:
        key = lowered.get(name)
        if key is not None and record[key] is not None and record[key] != "":
            return str(key), record[key]
    return None, None


def record_text(record: Mapping[str, Any], fields: FieldMap) -> str | None:
    """The record's text, or None when there is no text field or it is not a string."""
    _, value = lookup(record, "text", fields)
    return value if isinstance(value, str) else None


def missing_text_reason(record: Mapping[str, Any], fields: FieldMap) -> str:
    """Why :func:`record_text` found nothing, and what to do, in one sentence."""
    name, value = lookup(record, "text", fields)
    if name is not None and value is not None:
        return f"the text field {name!r} is a {type(value).__name__}, not a string"
    if fields.text:
        return f"no field {fields.text!r} (given as the text field)"
    return (f"no text field (looked for {', '.join(COMMON_NAMES['text'])}; "
            "name yours with --text-field or a --fields mapping file)")


def record_metadata(record: Mapping[str, Any], fields: FieldMap, where: str = "metadata"
                    ) -> tuple[dict[str, str], list[str]]:
    """The record's id, date (as ``YYYY-MM-DD``), title, url and language, and a message per unreadable value.

    ``where`` names the source in the messages ("front matter", "line 3" ...).
    """
    meta: dict[str, str] = {}
    messages: list[str] = []
    for field in ("id", "date", "title", "url", "language"):
        name, value = lookup(record, field, fields)
        if name is None:
            continue
        if value is None or value == "":
            if getattr(fields, field):
                messages.append(f"{where}: no value in {name!r} (given as the {field} field)")
            continue
        if field == "date":
            parsed = parse_metadata_date(value)
            if parsed is None:
                messages.append(f"{where}: {name} {_show(value)} is not a date in {FORMS}; ignored")
            else:
                meta["date"] = parsed.isoformat()
        elif isinstance(value, (dict, list, tuple, set, bool)):
            messages.append(f"{where}: {name} {_show(value)} is a {type(value).__name__}, not a {field}; ignored")
        elif field == "language" and not _LANGUAGE.match(str(value).strip()):
            messages.append(f"{where}: {name} {_show(value)} is not a language code like en or pt-BR; ignored")
        elif field == "id" and isinstance(value, float) and value.is_integer():
            meta["id"] = str(int(value))  # a CSV or Parquet column of numbers read as floats
        else:
            meta[field] = str(value).strip()
    return meta, messages


def _dotted(record: Mapping[str, Any], name: str) -> Any:
    if name in record:
        return record[name]
    value: Any = record
    for part in name.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
