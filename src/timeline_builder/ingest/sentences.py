"""Sentence boundaries with character offsets, by rule (no model to download)."""
from __future__ import annotations

import re
from bisect import bisect_right

from ..records import Sentence

# Words after which a full stop does not end a sentence.
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep",
    "st", "jr", "sr", "fig", "ed", "eds", "inc", "ltd", "co", "corp",
    "dept", "univ", "est", "approx", "vs", "etc", "e.g", "i.e", "cf", "al", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "mt",
    "ft", "adm", "rev", "hon", "pres", "gens", "messrs",
}
_CANDIDATE = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9А-ЯЁ])|\n\s*\n|\n(?=\d+\s)")
# These end a sentence unless a number follows ("No. 4", "pp. 12").
_BEFORE_NUMBER = {"no", "nos", "vol", "pp", "p", "art", "sec", "ch"}
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_INITIALS = re.compile(r"(?:[a-zа-я]\.)*[a-zа-я]")
# A numbered note or reference ("3 Author. “Title,” Publisher, 2025.") stays one sentence.
_NOTE_LINE = re.compile(r"^[ \t]*\d{1,3}[ \t.)]+\S[^\n]{0,600}$", re.M)


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split ``text`` into sentences; spans cover the text without leading/trailing space."""
    bounds: list[int] = []
    notes = [m.span() for m in _NOTE_LINE.finditer(text)]
    for match in _CANDIDATE.finditer(text):
        start, end = match.span()
        if text[start] == ".":
            # (searched within the 40 characters before the stop, as if the text ended there)
            word = _WORD_BEFORE.search(text, max(0, start - 40), start)
            token = word.group(1).lower() if word else ""
            bare = token.rstrip(".")
            # "I.N." or "A.F." initials, and known abbreviations, do not end a sentence.
            if bare in _BEFORE_NUMBER and text[end:end + 40].lstrip()[:1].isdigit():
                continue
            if bare in _ABBREVIATIONS or _INITIALS.fullmatch(token):
                continue
        if notes and _inside_note(notes, start, end):
            continue
        bounds.append(end)
    sentences: list[Sentence] = []
    start = 0
    for end in bounds + [len(text)]:
        s, e = _trim(text, start, end)
        if e > s:
            sentences.append(Sentence(s, e))
        start = end
    return tuple(sentences)


def _inside_note(notes: list[tuple[int, int]], start: int, end: int) -> bool:
    index = bisect_right(notes, (start, _AFTER_ANY)) - 1
    return index >= 0 and notes[index][0] < start and end < notes[index][1]


_AFTER_ANY = float("inf")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without the white space at either end (``str.strip``'s, in C, not a step a character)."""
    span = text[start:end]
    first = start + len(span) - len(span.lstrip())
    if first == end:
        return end, end
    return first, end - (len(span) - len(span.rstrip()))
