"""Per-format readers: each turns decoded file content into (text, metadata) pairs.

Metadata keys understood downstream: id, date (the dct), title, url, language, source.
"""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser

from ..errors import IngestError

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.S)


def read_plain(content: str) -> tuple[str, dict]:
    return content, {}


def read_markdown(content: str) -> tuple[str, dict]:
    """Markdown with optional YAML-style front matter of ``key: value`` lines.

    The front matter is removed from the text; the rest is kept verbatim so that offsets
    point into what the author wrote.
    """
    match = _FRONT_MATTER.match(content)
    if not match:
        return content, {}
    meta: dict[str, str] = {}
    for line in match.group(1).splitlines():
        if ":" not in line or line.lstrip().startswith("#"):
            continue
        key, value = line.split(":", 1)
        meta[key.strip().lower()] = value.strip().strip("'\"")
    return content[match.end():], meta


_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "section", "article", "header", "footer", "blockquote", "pre", "hr", "title", "dd", "dt",
}
_HIDDEN_TAGS = {"script", "style", "noscript", "template", "head"}


class _VisibleText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden_depth = 0
        self.title: list[str] = []
        self.in_title = False
        self.lang: str | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "html":
            self.lang = dict(attrs).get("lang")
        if tag == "title":
            self.in_title = True
        if tag in _HIDDEN_TAGS:
            self.hidden_depth += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag in _HIDDEN_TAGS:
            self.hidden_depth = max(0, self.hidden_depth - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
        if not self.hidden_depth:
            self.parts.append(data)


def read_html(content: str) -> tuple[str, dict]:
    """The visible text of an HTML page, with blocks on their own paragraphs.

    Offsets refer to this extracted text, which is what the documents table publishes.
    """
    parser = _VisibleText()
    parser.feed(content)
    parser.close()
    raw = "".join(parser.parts)
    lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in raw.split("\n")]
    paragraphs: list[str] = []
    for line in lines:
        if line:
            paragraphs.append(line)
    meta = {}
    title = " ".join("".join(parser.title).split())
    if title:
        meta["title"] = title
    if parser.lang:
        meta["language"] = parser.lang.split("-")[0].lower()
    return "\n\n".join(paragraphs), meta


_JSONL_KEYS = {"text", "id", "date", "title", "url", "language"}


def read_jsonl_line(line: str, number: int, path: str) -> tuple[str, dict]:
    """One JSON Lines record: ``text`` required; id, date, title, url, language optional."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise IngestError(f"line {number}: not valid JSON ({exc.msg})", path=path) from None
    if not isinstance(record, dict):
        raise IngestError(f"line {number}: expected a JSON object", path=path)
    text = record.get("text")
    if not isinstance(text, str):
        raise IngestError(f"line {number}: the 'text' field is missing or not a string", path=path,
                          hint="each line needs a string field 'text'")
    meta = {k: record[k] for k in _JSONL_KEYS - {"text"} if record.get(k) is not None}
    meta = {k: str(v) for k, v in meta.items()}
    return text, meta
