"""Per-format readers: each turns decoded file content into (text, metadata) pairs.

Metadata keys understood downstream: id, date (the dct), title, url, language (found by
``fields.record_metadata`` under these or common other names).
"""
from __future__ import annotations

import html
import re
import tomllib
from html.entities import html5 as _HTML5_ENTITIES
from typing import Any


# Front matter: YAML between "---" lines, or TOML between "+++" lines (Hugo, Zola).
_FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\r?\n(.*?)\r?\n\1[ \t]*(?:\r?\n|\Z)", re.S)


def read_plain(content: str) -> tuple[str, dict]:
    """A text file's content, with its HTML character references decoded (see
    :func:`decode_character_references`)."""
    return decode_character_references(content), {}


# A complete character reference: numeric (decimal or hexadecimal) or named, closed by ";".
_CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_character_references(text: str) -> str:
    """``text`` with its complete HTML character references replaced by the characters they stand
    for: "Jos&#233;" -> "José", "caf&eacute;" -> "café", "&#x2019;" -> "’".

    Articles saved as text from web pages keep them, and a name written "Jos&#233;" is no name to
    the extractors. Only complete references are decoded: numeric ones, and the names HTML5 defines
    followed by ";"; "AT&T", "R&D", "&copy" without its ";" or an unknown "&name;" stay as written.
    The stored text is the decoded one, so every offset points into it.
    """
    if "&" not in text:
        return text
    return _CHARACTER_REFERENCE.sub(_character, text)


def _character(match: re.Match) -> str:
    reference = match.group()
    if reference[1] == "#":
        return html.unescape(reference)  # HTML5's rules: 0x80-0x9F as Windows-1252, invalid -> U+FFFD
    return _HTML5_ENTITIES.get(reference[1:], reference)


def read_markdown(content: str) -> tuple[str, dict, list[str]]:
    """Markdown with optional front matter in YAML (``---``) or TOML (``+++``).

    Returns the text, the front matter's values and a message for front matter that could
    not be read. The front matter is removed from the text either way; the rest is kept
    verbatim but for its character references ("&eacute;", "&#233;"), which Markdown decodes
    too (:func:`decode_character_references`): offsets point into the text the dataset stores.
    """
    match = _FRONT_MATTER.match(content)
    if not match:
        return decode_character_references(content), {}, []
    body = decode_character_references(content[match.end():])
    kind = "TOML" if match.group(1) == "+++" else "YAML"
    try:
        data = _parse_front_matter(match.group(2), kind)
    except ValueError as exc:
        return body, {}, [f"front matter is not valid {kind} ({exc}); its values were ignored"]
    if data is None:
        return body, {}, []
    if not isinstance(data, dict):
        return body, {}, [f"front matter is a {kind} {type(data).__name__}, not key: value pairs; ignored"]
    return body, {str(k): v for k, v in data.items()}, []


def _parse_front_matter(source: str, kind: str) -> Any:
    if kind == "TOML":
        try:
            return tomllib.loads(source)
        except tomllib.TOMLDecodeError as exc:
            raise ValueError(str(exc)) from None
    import yaml  # PyYAML: safe_load builds plain values only, never objects
    try:
        return yaml.safe_load(source)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark else ""
        raise ValueError(f"{where}{getattr(exc, 'problem', None) or exc}") from None


_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "section", "article", "header", "footer", "blockquote", "pre", "hr", "title", "dd", "dt",
}
_HIDDEN_TAGS = {"script", "style", "noscript", "template", "head"}


def read_html(content: str) -> tuple[str, dict]:
    """An HTML page's article: its main text without navigation, menus, footers and comments
    (trafilatura), one paragraph a block, with the title, publication date and language
    from the page's metadata. A page trafilatura finds no article in keeps its visible text.

    Offsets refer to this extracted text, which is what the documents table publishes.
    """
    visible, meta = visible_text(content)
    article = _main_text(content)
    if article is None:
        return visible, meta
    text, found = article
    return (text or visible), {**meta, **found}


# htmldate looks at the page's metadata only (no guessing from the text, which the dct
# resolution does itself and marks as inferred); fixed bounds keep the result independent
# of the day it runs (its default upper bound is today).
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "min_date": "1700-01-01",
                "max_date": "2199-12-31"}


def _main_text(content: str) -> tuple[str, dict] | None:
    import trafilatura
    try:
        found = trafilatura.bare_extraction(content, with_metadata=True, include_comments=False,
                                            include_tables=True, date_extraction_params=_DATE_PARAMS)
    except Exception:  # noqa: BLE001 - a page trafilatura chokes on still has visible text
        return None
    if found is None:
        return None
    paragraphs = [line.strip() for line in (found.text or "").split("\n") if line.strip()]
    meta = {key: value for key, value in (("title", found.title), ("date", found.date), ("url", found.url))
            if value}
    return "\n\n".join(paragraphs), meta


def visible_text(content: str) -> tuple[str, dict]:
    """The visible text of an HTML page, with blocks on their own paragraphs.

    Parsed by libxml2 (lxml, which trafilatura uses too): linear in the page's length however
    hostile the markup (the standard library's html.parser was quadratic on unclosed tags:
    48 KB took half a minute), and comments are dropped even when never closed.
    """
    from lxml import etree

    parser = etree.HTMLParser(remove_comments=True, remove_pis=True, recover=True, huge_tree=True,
                              encoding="utf-8")
    try:
        root = etree.fromstring(content.encode("utf-8", "surrogatepass"), parser)
    except (etree.LxmlError, ValueError):
        root = None
    if root is None:
        return "", {}
    parts: list[str] = []
    hidden = 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in _HIDDEN_TAGS:
                hidden += 1
            elif tag in _BLOCK_TAGS:
                parts.append("\n")
            if not hidden and element.text:
                parts.append(element.text)
        else:
            if tag in _HIDDEN_TAGS:
                hidden = max(0, hidden - 1)
            elif tag in _BLOCK_TAGS:
                parts.append("\n")
            if not hidden and element.tail:
                parts.append(element.tail)
    raw = "".join(parts)
    lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in raw.split("\n")]
    paragraphs = [line for line in lines if line]
    meta = {}
    title = root.find(".//title")
    title_text = " ".join("".join(title.itertext()).split()) if title is not None else ""
    if title_text:
        meta["title"] = title_text
    lang = root.get("lang") if root.tag == "html" else None
    if lang:
        meta["language"] = lang.split("-")[0].lower()
    return "\n\n".join(paragraphs), meta
