"""Reading TimeML (``.tml``) files: raw text, document creation time and gold TIMEX3 spans.

The raw text is the character content of ``<TEXT>`` with all markup removed, exactly as
an XML parser delivers it (``"".join(TEXT.itertext())``): entities decoded, XML line-end
normalisation applied, nothing else changed. Gold offsets are Python ``str`` indices into
it. A TIMEX3 marked ``functionInDocument="CREATION_TIME"`` is metadata, never gold.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..errors import UsageError


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    type: str | None
    value: str | None
    text: str = ""


@dataclass(frozen=True, slots=True)
class TimemlDocument:
    """One TimeML document: its id (file name without ``.tml``), raw text, dct and gold."""

    doc_id: str
    text: str
    dct_value: str
    timexes: tuple[GoldTimex, ...]

    @property
    def dct(self) -> date | None:
        """The calendar day of the creation time, when it has one."""
        try:
            return date.fromisoformat(self.dct_value[:10])
        except ValueError:
            return None


class _TextCollector:
    """Concatenates an element's text in document order and notes TIMEX3 extents."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.extents: list[tuple[int, int, str | None, str | None]] = []

    def add(self, text: str | None) -> None:
        """Append a piece of text."""
        if text:
            self.parts.append(text)
            self.length += len(text)

    def walk(self, element: ET.Element) -> None:
        """Collect ``element``'s children in document order."""
        for child in element:
            start = self.length
            self.add(child.text)
            self.walk(child)
            if (child.tag == "TIMEX3" and child.get("functionInDocument") != "CREATION_TIME"
                    and self.length > start):
                self.extents.append((start, self.length, child.get("type"), child.get("value")))
            self.add(child.tail)


def read_tml(path: Path) -> TimemlDocument:
    """Parse one ``.tml`` file (raises UsageError when it is not TimeML)."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise UsageError(f"cannot read TimeML file: {exc}", path=str(path)) from exc
    text_element = root.find(".//TEXT")
    if text_element is None:
        raise UsageError("no <TEXT> element", path=str(path))
    collector = _TextCollector()
    collector.add(text_element.text)
    collector.walk(text_element)
    raw = "".join(collector.parts)
    timexes = tuple(GoldTimex(s, e, t, v, raw[s:e]) for s, e, t, v in collector.extents)
    dct_value = ""
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct_value = timex.get("value") or ""
            break
    return TimemlDocument(path.name[: -len(".tml")], raw, dct_value, timexes)


def load_corpus(gold_dir: Path) -> dict[str, TimemlDocument]:
    """Every ``*.tml`` under ``gold_dir`` (recursively), by document id."""
    files = sorted(Path(gold_dir).rglob("*.tml"))
    if not files:
        raise UsageError(f"no .tml files under {gold_dir}")
    documents: dict[str, TimemlDocument] = {}
    for path in files:
        document = read_tml(path)
        if document.doc_id in documents:
            raise UsageError(f"duplicate document id {document.doc_id!r}", path=str(path))
        documents[document.doc_id] = document
    return documents
