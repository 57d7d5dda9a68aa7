"""What resolving a relative expression needs: the dct, the last date mentioned, the tense."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .calendar import value_interval

_SENTENCE_END = re.compile(r"[.!?;]\s|\n\s*\n")
_FUTURE = re.compile(
    r"\b(?:will|won't|'ll|shall|going to|plans? to|planned|scheduled|expects?|expected to|due to|"
    r"intends? to|would|upcoming|next|to be held|is to|are to|set to)\b", re.I)
_PAST = re.compile(
    r"\b(?:was|were|had|did|said|told|ago|last|earlier|announced|reported|began|came|took|went|"
    r"met|made|held|[a-z]{3,}ed)\b", re.I)
_PRESENT = re.compile(r"\b(?:is|are|has|have|remains?|says|do|does|can|seems?)\b", re.I)


@dataclass
class Reference:
    """A date mentioned in the text that later anaphoric expressions refer to."""

    value: str
    begin: date
    granularity: str
    position: int


@dataclass
class Context:
    """Per-document resolution state; ``reference`` follows the text as it is resolved."""

    text: str
    dct: date | None
    reference: Reference | None = None
    unresolved: int = 0
    problems: list[tuple[str, str]] = field(default_factory=list)

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """Bounds of the sentence-ish window around ``[start, end)`` (at most 200 chars each side)."""
        left = max(0, start - 200)
        before = self.text[left:start]
        cut = None
        for found in _SENTENCE_END.finditer(before):
            cut = found.end()
        sentence_start = left + cut if cut is not None else left
        right = self.text[end:end + 200]
        found = _SENTENCE_END.search(right)
        sentence_end = end + found.start() + 1 if found else end + len(right)
        return sentence_start, sentence_end

    def tense(self, start: int, end: int) -> str | None:
        """'future', 'past', 'present' or None, from the words of the sentence around a span."""
        sentence_start, sentence_end = self.sentence(start, end)
        words = self.text[sentence_start:start] + " " + self.text[end:sentence_end]
        if _FUTURE.search(words):
            return "future"
        if _PAST.search(words):
            return "past"
        if _PRESENT.search(words):
            return "present"
        return None

    def recent_reference(self, start: int, window: int = 400) -> Reference | None:
        """The last mentioned date, if it was mentioned within ``window`` characters."""
        if self.reference is not None and start - self.reference.position <= window:
            return self.reference
        return None

    def remember(self, value: str, position: int) -> None:
        begin, _, granularity = value_interval(value)
        if begin is not None and granularity is not None:
            self.reference = Reference(value, begin, granularity, position)
