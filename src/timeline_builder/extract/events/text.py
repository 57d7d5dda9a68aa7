"""Text geometry for events: sentences, clauses, the notes section and footnote markers."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Iterator

from ...records import Document
from ..casefold import CaseBlind, fold
from ..tokens import TokenArray

_SENTENCE_END = re.compile(r"[.!?][\"”’)\]]*\d{0,2}(?=\s+[\"“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=\s*\d{1,3}\s)")
# Clause boundaries inside a sentence: dashes set off by spaces, semicolons, colons, brackets.
# Written to start with one character class, so that re skips straight to a place where a break
# can start; after that first character, its alternatives in the same order as the plain form
# r"\s[–—]\s|\s-\s|;|:\s|\(|\)|\s[–—]|[–—]\s|(?<=[a-z][.!?])\d{0,2}\s+(?=[A-Z])" (the last one a
# sentence end inside a span the splitter kept whole): the same matches, 1.7x faster.
_CLAUSE_BREAK = re.compile(r"[\s;:()–—\d](?:(?<=\s)(?:[–—]\s|-\s|[–—]|(?<=[a-z][.!?]\s)\s*(?=[A-Z]))|(?<=[;()])"
                           r"|(?<=:)\s|(?<=[–—])\s|(?<=[a-z][.!?]\d)\d?\s+(?=[A-Z]))")
_NOTES_HEADING = re.compile(
    r"^[ \t]*(?:notes?|references?|sources?|endnotes?|footnotes?|bibliography|works cited|citations?)[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE)
_NOTES_HEADING = CaseBlind(_NOTES_HEADING)  # skipped where no heading word is, else run on the lower-cased text
_NOTE_LINE = re.compile(r"^[ \t]*\[?(\d{1,3})[\].)]?[ \t]+(\S.*?)[ \t]*$", re.MULTILINE)
# A footnote marker: one or two digits stuck to the end of a word or punctuation mark.
_MARKER = re.compile(r"(?<=[a-z.,;:)”’\"\]])(\d{1,2})(?=[\s,.;:)]|$)")


# How far a clause or a cue context reaches from the words it is about. Real text stays within
# it (over the essays, the seed and 80 presidential speeches, 2,934 dates: a clause reaches at
# most 836 characters from its date, the two-sentence context 1,180 before it and 833 after);
# without a bound, a "sentence" of thousands of dates costs each of them its whole length
# (quadratic: "1962 " x 2000 took 17 s). A cut falls between words.
_REACH = 1000


def _cut_after(text: str, position: int, limit: int) -> int:
    """``position``, moved forward past the word it falls in (not beyond ``limit``)."""
    if position <= 0 or text[position - 1].isspace():
        return position
    space = re.compile(r"\s").search(text, position, limit)
    return space.end() if space else position


def _cut_before(text: str, position: int, limit: int) -> int:
    """``position``, moved back before the word it falls in (not before ``limit``)."""
    if position >= len(text) or text[position].isspace():
        return position
    space = text.rfind(" ", limit, position)
    return space if space > limit else position


@dataclass(frozen=True, slots=True)
class Note:
    number: int
    start: int  # the whole line, number included
    end: int


class TextLayout:
    """Sentence and clause spans of one document, computed once."""

    def __init__(self, doc: Document):
        self.text = doc.text
        if doc.sentences:
            self.sentences = [(s.start, s.end) for s in doc.sentences]
        else:
            self.sentences = split_sentences(doc.text)
        self._starts = [s for s, _ in self.sentences]
        self._clauses: dict[tuple[int, int], tuple[int, int]] = {}  # each date's clause is asked for by several rules
        self.notes_start, self.notes = find_notes(doc.text)
        self._break_cache: dict[tuple[int, int], tuple[list[int], list[int]]] = {}
        self._lowered: str | None | bool = False
        self._quotes: list[tuple[int, int]] | None = None
        self._quote_finder = None

    @property
    def lowered(self) -> str | None:
        """The text in lower case when that keeps every offset (a case-blind search on it is
        several times faster than an IGNORECASE one), else None."""
        if self._lowered is False:
            low = self.text.lower()
            self._lowered = low if len(low) == len(self.text) else None
        return self._lowered

    @property
    def quotes(self) -> list[tuple[int, int]]:
        """The quotations of the text (``statements.quoted_spans``), found once for every finder."""
        if self._quotes is None:
            from .statements import quoted_spans  # statements imports this module

            self._quotes = quoted_spans(self.text)
        return self._quotes

    @property
    def quote_finder(self):
        """``statements.Quotes`` of ``quotes``, built once for every call that asks where quotations are."""
        if self._quote_finder is None:
            from .statements import Quotes  # statements imports this module

            self._quote_finder = Quotes(self.quotes)
        return self._quote_finder

    def sentence_index(self, offset: int) -> int | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self.sentences[i][1]:
            return i
        return None

    def sentence(self, offset: int) -> tuple[int, int]:
        i = self.sentence_index(offset)
        if i is None:
            return line_around(self.text, offset)
        return self.sentences[i]

    def clause(self, start: int, end: int | None = None) -> tuple[int, int]:
        """The clause around [start, end): the sentence cut at dashes, semicolons and brackets."""
        end = start if end is None else end
        known = self._clauses.get((start, end))
        if known is None:
            known = self._clauses[start, end] = self._clause(start, end)
        return known

    def _clause(self, start: int, end: int) -> tuple[int, int]:
        s_start, s_end = self.sentence(start)
        # At most _REACH characters either side: a sentence of thousands of dates stays linear.
        lo = s_start if start - _REACH <= s_start else _cut_after(self.text, start - _REACH, start)
        hi = s_end if end + _REACH >= s_end else _cut_before(self.text, end + _REACH, end)
        starts, ends = self._breaks(s_start, s_end)
        i = bisect.bisect_right(ends, start) - 1  # the last break ending at or before start
        if i >= 0:
            lo = max(lo, ends[i])
        j = bisect.bisect_left(starts, end)  # the first break starting at or after end
        if j < len(starts):
            hi = min(hi, starts[j])
        return strip_span(self.text, lo, hi)

    def _breaks(self, s_start: int, s_end: int) -> tuple[list[int], list[int]]:
        """Where the clause breaks of one sentence start and end, found once (finders ask for
        clauses many times)."""
        key = (s_start, s_end)
        found = self._break_cache.get(key)
        if found is None:
            spans = [(s_start + m.start(), s_start + m.end())
                     for m in _CLAUSE_BREAK.finditer(self.text[s_start:s_end])]
            if "(" in self.text[s_start:s_end]:
                spans = _keep_clause_brackets(self.text, spans)
            found = ([b for b, _ in spans], [e for _, e in spans])
            self._break_cache[key] = found
        return found

    def context(self, offset: int, before: int = 1) -> str:
        """The sentence at ``offset`` and ``before`` sentences ahead of it (for cue words)."""
        i = self.sentence_index(offset)
        if i is None:
            s, e = line_around(self.text, offset)
            return self.text[s:e]
        lo, hi = self.sentences[max(0, i - before)][0], self.sentences[i][1]
        if offset - (1 + before) * _REACH > lo:
            lo = _cut_after(self.text, offset - (1 + before) * _REACH, offset)
        if offset + _REACH < hi:
            hi = _cut_before(self.text, offset + _REACH, offset)
        return self.text[lo:hi]

    def in_notes(self, offset: int) -> bool:
        return self.notes_start is not None and offset >= self.notes_start

    def note_for(self, number: int) -> Note | None:
        for note in self.notes:
            if note.number == number:
                return note
        return None

    def markers(self, start: int, end: int) -> list[int]:
        """Footnote numbers marked in [start, end) (only numbers the notes section has)."""
        if not self.notes:
            return []
        known = {n.number for n in self.notes}
        return [int(m.group(1)) for m in _MARKER.finditer(self.text, start, min(end + 3, len(self.text)))
                if int(m.group(1)) in known]


# A bracket that continues its clause: names or a short noun phrase ("(the Interior Ministry and the
# police)", "(International Security Assistance Force)"), no verb, no digit, no clause punctuation.
# A bracketed aside with a verb ("(which he later denied)", "(it was his third visit)") or a date
# ("(1921-2003)", "(in 1998)", "(January)", "(then ...)") stays a clause of its own: dates in it
# must not date the clause.
_BRACKET_CONTENT_MAX = 120
_ASIDE_WORD = re.compile(
    r"[\d;:!?\"“”]|\b(?:is|are|was|were|be|been|being|am|has|have|had|do|does|did|will|would|shall|should|can|"
    r"could|may|might|must|not|says?|said|see|which|who|whom|whose|where|when|while|because|although|if|"
    r"i|he|she|it|we|they|you|this|these|those|[a-z]+(?:ed|ing)|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|"
    r"years?|months?|weeks?|days?|decades?|century|now|then|later|earlier|ago|since)\b", re.IGNORECASE)


def continues_clause(content: str) -> bool:
    """Whether a bracket's content belongs to the clause around it (a list of names, a spelled-out
    abbreviation) rather than being an aside of its own."""
    content = content.strip()
    return 0 < len(content) <= _BRACKET_CONTENT_MAX and not _ASIDE_WORD.search(content)


def _keep_clause_brackets(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` without the breaks at a bracket pair whose content continues its clause."""
    drop: set[int] = set()
    for i, (b, _) in enumerate(spans):
        if text[b] != "(":
            continue
        # the matching ")" must be the next break that is a bracket (no nested bracket)
        for j in range(i + 1, len(spans)):
            c = text[spans[j][0]]
            if c in "()":
                if c == ")" and continues_clause(text[b + 1:spans[j][0]]):
                    drop.update((i, j))
                break
    return [s for k, s in enumerate(spans) if k not in drop] if drop else spans


def matches_from(pattern: re.Pattern, words: tuple[str, ...], text: str) -> Iterator[re.Match]:
    """``pattern.finditer(text)`` for a pattern every match of which starts with one of ``words``
    (literal strings, as written: "During", "At", "In"): the pattern is tried only where one of
    them occurs, found by substring searches. A pattern that starts with ``\\b``, a lookbehind or
    alternatives is otherwise tried at every position of the text; this is 5-10x faster there."""
    starts = set()
    for word in words:
        at = text.find(word)
        while at >= 0:
            starts.add(at)
            at = text.find(word, at + 1)
    yield from _matches_at(pattern.match, text, sorted(starts))


def _matches_at(match, text: str, starts) -> Iterator[re.Match]:
    """The matches ``match`` (a pattern's ``match``) makes at ``starts`` (ascending), a start inside the match
    before it passed over, as ``finditer`` would."""
    end = 0
    for start in starts:
        if start >= end:
            m = match(text, start)
            if m is not None:
                yield m
                end = m.end()


def word_led_matches(pattern: re.Pattern | CaseBlind, words: frozenset[str], text: str) -> Iterator[re.Match]:
    """``pattern.finditer(text)`` for a case-blind pattern every match of which starts where a word
    (a ``\\w+`` run) begins whose lower case is one of ``words``: the pattern is tried only at those
    words, found in the document's shared token array (``TokenArray.offsets_of``) instead of by a
    scan of the whole text. A text whose case folding is not one character for one (``fold``:
    "İ", or the "ſ" IGNORECASE takes for "s") is scanned as usual."""
    if fold(text) is None:
        yield from pattern.finditer(text)
        return
    match = pattern.original.match if isinstance(pattern, CaseBlind) else pattern.match
    yield from _matches_at(match, text, TokenArray.of(text).offsets_of(words))


def matches_near(pattern: re.Pattern | CaseBlind, firsts: frozenset[str], lasts: frozenset[str], reach: int,
                 text: str) -> Iterator[re.Match]:
    """``pattern.finditer(text)`` for a pattern every match of which starts at a word of ``firsts`` and
    holds a word of ``lasts`` at most ``reach`` tokens after it (lower-cased words of the shared token
    array; white space is no token, so a run of spaces costs nothing): the pattern is tried only at
    those first words (``the`` is everywhere; ``the ... administration`` is not)."""
    if fold(text) is None:
        yield from pattern.finditer(text)
        return
    tokens = TokenArray.of(text)
    lasts_at = tokens.offsets_of(lasts)
    if not lasts_at:
        return
    lowered, starts = tokens.lowered, tokens.starts
    candidates = set()
    for offset in lasts_at:
        k = tokens.index_at(offset)
        for j in range(max(0, k - reach), k + 1):
            if lowered[j] in firsts:
                candidates.add(starts[j])
    match = pattern.original.match if isinstance(pattern, CaseBlind) else pattern.match
    yield from _matches_at(match, text, sorted(candidates))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """A fallback sentence splitter for documents that come without sentence offsets."""
    spans = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        s, e = strip_span(text, start, end)
        if e > s:
            spans.append((s, e))
        start = end
    s, e = strip_span(text, start, len(text))
    if e > s:
        spans.append((s, e))
    return spans


# A news-wire dateline opening a line: the place in capitals (", Country" or ", March 12" after it), the
# agency in brackets, then a dash or an underscore: "CITY, Country (Agency) _ ...", "CITY (Agency) -- ...".
_DATELINE = re.compile(r"(?m)^[ \t]*(?P<place>(?:[A-Z][A-Z'.-]+(?:[ \t]+[A-Z][A-Z'.-]*){1,3}|[A-Z][A-Z'.-]{2,}),?(?:[ \t]+[A-Z][\w.']*){0,3}"
                       r"(?:[ \t]+\d{1,2})?)[ \t]*\(([A-Z][^()\n]{0,39})\)[ \t]*(?:_|--|[—–-])")


def dateline_sources(text: str) -> list[tuple[int, int]]:
    """The spans of the agencies named in the text's news-wire datelines ("CITY, Country (Agency) _"):
    the agency filed the story; it is no party to what the story's first clause tells."""
    return [m.span(2) for m in _DATELINE.finditer(text)] if "(" in text else []


def dateline_places(text: str) -> list[tuple[int, int]]:
    """The spans of the places (and days) of the text's news-wire datelines ("O'SMACH, Cambodia (AP) _"):
    where the story was filed, no party to what it tells ("The commander of a rebel force said": not
    Cambodia's statement)."""
    return [m.span("place") for m in _DATELINE.finditer(text)] if "(" in text else []


def without_datelines(mentions: list, text: str) -> list:
    """``mentions`` (actor mentions, in their order) less those of a dateline's agency and place
    (``dateline_sources``, ``dateline_places``)."""
    sources = dateline_sources(text) + dateline_places(text)
    if not sources:
        return mentions
    return [m for m in mentions if not any(s <= m.char_start and m.char_end <= e for s, e in sources)]


def line_around(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return strip_span(text, start, len(text) if end < 0 else end)


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past surrounding white space and stray punctuation."""
    while start < end and (text[start].isspace() or text[start] in ",–—-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",–—-"):
        end -= 1
    return start, end


def find_notes(text: str) -> tuple[int | None, list[Note]]:
    """The notes/references section: where it starts and its numbered lines."""
    headings = list(_notes_headings(text))
    if not headings:
        return None, []
    heading = headings[-1]
    notes = [Note(int(m.group(1)), m.start() + (len(m.group(0)) - len(m.group(0).lstrip())), m.end())
             for m in _NOTE_LINE.finditer(text, heading.end())]
    return heading.start(), notes


_HEADING_WORDS = frozenset({"note", "notes", "reference", "references", "source", "sources", "endnote", "endnotes",
                            "footnote", "footnotes", "bibliography", "works", "citation", "citations"})


def _notes_headings(text: str) -> Iterator[re.Match]:
    """``_NOTES_HEADING.finditer(text)``: a heading is a line of one heading word, so it is tried only
    at the start of a line whose first word is one (from the shared token array)."""
    if fold(text) is None:
        yield from _NOTES_HEADING.finditer(text)
        return
    match = _NOTES_HEADING.original.match
    tried = -1
    for start in TokenArray.of(text).offsets_of(_HEADING_WORDS):
        line = text.rfind("\n", 0, start) + 1
        if line > tried and not text[line:start].strip(" \t"):
            tried = line
            m = match(text, line)
            if m is not None:
                yield m
