"""Per-document working state of the actor extractor: tokens, sentences, dates, candidates."""
from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from ...knowledge.actors import ActorKnowledge, KnownActor
from ...records import AnnotatedDocument, slugify
from ..tokens import TokenArray
from .lexicon import Lexicon, Tokens

CLAUSE_BREAK_RE = re.compile(r"[,;:–—()]")
# Where a clause ends: punctuation, or a word that opens a subordinate or coordinate clause.
CLAUSE_EDGE_RE = re.compile(r"[,;:–—()]|\b(?:that|which|who|whom|whose|where|when|while|whereas|although|but)\b")
WORD_RE = re.compile(r"[a-z]+")
PRESENT_MARKERS = {"is", "are", "am", "can", "will", "shall", "continue", "continues", "remain", "remains",
                   "has", "have", "does", "do", "may", "must", "should", "seems", "seem", "needs", "need",
                   "today", "now", "still", "currently"}
PAST_MARKERS = {"was", "were", "had", "did", "used", "ago", "then"}
NAME_PART_RE = re.compile(r"[\w’'-]+")
SUFFIXES = {"Jr", "Sr", "II", "III", "IV"}
_FIRST = operator.itemgetter(0)
_SENTENCE_PUNCTUATION = frozenset({".", "!", "?", ":", ";"})
SENTENCE_END_RE = re.compile(r"[.!?](?=[\"'”’)\]]*\s)|\n\s*\n|\n(?=\s*\d+\s)")


@functools.lru_cache(maxsize=65536)
def surname_of(name: str) -> str:
    """The last word of a person's name, suffixes ("Jr.", "III") left out."""
    parts = [p for p in NAME_PART_RE.findall(name) if p.rstrip(".") not in SUFFIXES]
    return parts[-1] if parts else name


@dataclass(slots=True)
class ActorInfo:
    """An actor found in this document (knowledge-base or discovered)."""

    actor_id: str
    name: str
    type: str
    country: str | None = None
    role: str | None = None
    wikidata: str | None = None
    source: str = "knowledge"


class Mention(NamedTuple):
    """A span naming an actor. ``layer`` is entity (names, non-overlapping) or group. (A named
    tuple: thousands are made a document, and a frozen dataclass takes several times as long to
    build.)"""

    start: int
    end: int
    actor_id: str
    layer: str = "entity"


@dataclass(frozen=True, slots=True)
class TextRole:
    actor_id: str
    role: str
    organization: str | None


@dataclass
class DocState:
    """Everything the rules share while reading one document."""

    doc: AnnotatedDocument
    knowledge: ActorKnowledge
    lexicon: Lexicon
    tokens: Tokens
    sentence_starts: list[int]
    sentence_dates: dict[int, list[tuple[int, date, date]]]
    actors: dict[str, ActorInfo] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    text_roles: list[TextRole] = field(default_factory=list)
    titles: list[tuple[int, int, str]] = field(default_factory=list)  # "the president": (start, end, holder)
    full_names: dict[tuple[int, int], str] = field(default_factory=dict)  # "team" is short for "Trump team"
    # Known people the text names in full ("Ken Clarke"), by lower-case surname: a later "Mr
    # Clarke" is one of them, though the dictionary pass that mentions them runs after the titles.
    named_in_full: dict[str, list[str]] = field(default_factory=dict)
    cache: dict[str, object] = field(default_factory=dict)  # what a rule computes once per document
    # Character maps of what is taken: one per mention layer, one for blocked spans (names
    # inside events, organisations and people found by discovery). Bytes keep checks O(span).
    _cover: dict[str, bytearray] = field(default_factory=dict)
    _blocked: bytearray = field(default_factory=bytearray)
    # Indexes kept as mentions and actors are added, so that no rule re-scans everything found
    # so far (which made the stage quadratic in document length): entity mentions by start and
    # end offset, the sorted starts of each actor's entity mentions, and people by surname.
    _by_start: dict[int, list[Mention]] = field(default_factory=dict)
    _by_end: dict[int, list[Mention]] = field(default_factory=dict)
    _starts_of: dict[str, list[int]] = field(default_factory=dict)
    _people: dict[str, list[str]] = field(default_factory=dict)
    _timex_starts: list[int] = field(default_factory=list)
    _timex_ends: list[int] = field(default_factory=list)

    _vocabulary: frozenset[str] | None = None
    _capitalised: frozenset[str] | None = None
    _capital_positions: list[int] | None = None
    _capital_mask: list[bool] | None = None
    _word_index: dict[str, list[int]] | None = None

    @property
    def vocabulary(self) -> frozenset[str]:
        """The distinct tokens of the text (rules test a word once, not at each occurrence)."""
        if self._vocabulary is None:
            self._vocabulary = frozenset(self.tokens.words)
        return self._vocabulary

    @property
    def capitalised(self) -> frozenset[str]:
        """The distinct tokens that begin with a capital letter (name discovery and the lexicon's
        inflected names both start from them)."""
        if self._capitalised is None:
            # Tokens are never empty: the first letter of each distinct word, tested in C.
            distinct = list(self.vocabulary)
            self._capitalised = frozenset(itertools.compress(distinct, map(str.isupper, map(_FIRST, distinct))))
        return self._capitalised

    @property
    def capital_mask(self) -> list[bool]:
        """For each token, whether it begins with a capital letter (name discovery walks it)."""
        found = self._capital_mask
        if found is None:
            found = self._capital_mask = list(map(self.capitalised.__contains__, self.tokens.words))
        return found

    @property
    def capital_positions(self) -> list[int]:
        """Indexes of the tokens that begin with a capital letter, in text order."""
        found = self._capital_positions
        if found is None:
            found = self._capital_positions = list(itertools.compress(itertools.count(), self.capital_mask))
        return found

    def positions(self, words) -> list[int]:
        """Indexes of the tokens that are one of ``words`` (a set; a small dict), in text order.
        Rules look for a few words each, many of them again and again (a surname, a speaker's first
        word): an index of every token's positions, made in one pass on the first call, answers
        each call at the cost of the occurrences it returns, not of the text (a scan a call made
        long texts quadratic)."""
        present = self.vocabulary.intersection(words)  # a set is intersected from its smaller side
        if not present:
            return []
        index = self._word_index
        if index is None:
            index = self._word_index = {}
            for k, word in enumerate(self.tokens.words):
                found = index.get(word)
                if found is None:
                    index[word] = [k]
                else:
                    found.append(k)
        if len(present) == 1:
            return list(index[next(iter(present))])
        # Each list is in text order and no index is in two of them: the sort merges the runs.
        return sorted(itertools.chain.from_iterable(map(index.__getitem__, present)))

    def has_any(self, words) -> bool:
        """Some token of the text is one of ``words`` (a set intersection, so rules that look for
        rare words skip a document without a pass of their own)."""
        return not self.vocabulary.isdisjoint(words)

    def in_timex(self, offset: int) -> bool:
        """``offset`` lies inside a temporal expression ("Soviet times", "the post-Soviet period")."""
        k = bisect.bisect_right(self._timex_starts, offset) - 1
        return k >= 0 and offset < self._timex_ends[k]

    @property
    def text(self) -> str:
        return self.doc.document.text

    @classmethod
    def build(cls, doc: AnnotatedDocument, knowledge: ActorKnowledge, lexicon: Lexicon) -> DocState:
        text = doc.document.text
        if doc.document.sentences:
            starts = [s.start for s in doc.document.sentences]
        else:
            starts = [0] + [m.end() for m in SENTENCE_END_RE.finditer(text)]
        starts = sorted(set(starts))
        dates: dict[int, list[tuple[int, date, date]]] = {}
        timex_spans = sorted((t.char_start, t.char_end) for t in doc.found.timexes)
        for timex in sorted(doc.found.timexes, key=lambda t: t.char_start):
            # Calendar dates, years and decades place a sentence in time; eras and vague
            # references ("Soviet times", PAST_REF) do not say which year the sentence is about.
            if timex.type == "DATE" and timex.date_begin is not None and re.match(r"\d{3}", timex.value or ""):
                index = bisect.bisect_right(starts, timex.char_start) - 1
                dates.setdefault(index, []).append((timex.char_start, timex.date_begin,
                                                    timex.date_end or timex.date_begin))
        # The document's shared token array (``extract/tokens.py``), split as written: the event
        # and link stages that read the same text next take it without splitting again.
        shared = TokenArray.of(text, as_written=True)
        return cls(doc, knowledge, lexicon, Tokens(shared.words, shared.starts, shared.ends), starts, dates,
                   _timex_starts=[a for a, _ in timex_spans], _timex_ends=[b for _, b in timex_spans])

    def sentence_index(self, offset: int) -> int:
        return bisect.bisect_right(self.sentence_starts, offset) - 1

    def date_at(self, offset: int) -> date | None:
        """The date that governs ``offset``: the sentence's last dated timex before it, or one after
        it in the same clause ("Moscow sent missiles in 1962"), else the document's dct."""
        return self.period_at(offset)[0]

    def period_at(self, offset: int) -> tuple[date | None, date | None]:
        """The calendar interval of the timex that governs ``offset`` (see ``date_at``): a year
        for "in 2025", a day for a full date; the dct (begin = end) where no timex governs."""
        dct = self.doc.document.dct
        timexes = self.sentence_dates.get(self.sentence_index(offset), ())
        if timexes and self._present_clause(offset, timexes):
            return dct, dct
        before = [(begin, end) for start, begin, end in timexes if start < offset]
        if before:
            return before[-1]
        for start, begin, end in timexes:
            if not CLAUSE_BREAK_RE.search(self.text, offset, start):
                return begin, end
        return dct, dct

    def _present_clause(self, offset: int, timexes: list[tuple[int, date, date]]) -> bool:
        """``offset`` sits in a present-tense clause that none of the sentence's dates is in: "ties
        built since 1960 continue to serve as a foundation from which Moscow can try ..." is
        about today, whatever the other clause dates."""
        sentence = self.sentence_index(offset)
        lo = self.sentence_starts[sentence]
        hi = self.sentence_starts[sentence + 1] if sentence + 1 < len(self.sentence_starts) else len(self.text)
        left = max((m.end() for m in CLAUSE_EDGE_RE.finditer(self.text, lo, offset)), default=lo)
        right = CLAUSE_EDGE_RE.search(self.text, offset, hi)
        right = right.start() if right else hi
        if any(left <= start < right for start, _, _ in timexes):
            return False
        words = set(WORD_RE.findall(self.text[left:right]))
        return bool(words & PRESENT_MARKERS) and not words & PAST_MARKERS

    def is_sentence_start(self, token: int) -> bool:
        """Token begins a sentence, a line, or follows an opening quote/bracket that does."""
        words, starts = self.tokens.words, self.tokens.starts
        k = token
        while k > 0 and words[k - 1] in "“\"‘'([«—–-" and len(words[k - 1]) == 1:
            k -= 1
        if k == 0:
            return True
        offset, ends = starts[k], self.tokens.ends
        index = bisect.bisect_right(self.sentence_starts, offset) - 1
        # Only white space between the sentence's start and the token: every other character
        # belongs to a token, so the previous token ends at or before the sentence's start.
        if index >= 0 and ends[k - 1] <= self.sentence_starts[index]:
            return True
        text = self.doc.document.text
        previous = words[k - 1]
        return "\n" in text[ends[k - 1]:offset] or previous in _SENTENCE_PUNCTUATION or (
            previous.isdigit() and k >= 2 and "\n" in text[ends[k - 2]:starts[k - 1]])

    def add_known(self, known: KnownActor) -> str:
        if known.actor_id not in self.actors:
            self._add(ActorInfo(known.actor_id, known.name, known.type, known.country, known.description,
                                known.wikidata, "knowledge"))
        return known.actor_id

    def _add(self, info: ActorInfo) -> None:
        self.actors[info.actor_id] = info
        if info.type == "person":
            self._people.setdefault(surname_of(info.name).lower(), []).append(info.actor_id)

    def people_named(self, surname: str) -> list[ActorInfo]:
        """The people found so far whose name ends in ``surname`` (in any case: "Al-Zawahiri" at a
        sentence start is "al-Zawahiri"), in the order they were found."""
        return [self.actors[a] for a in self._people.get(surname.lower(), ()) if a in self.actors]

    def mentions_ending_at(self, offset: int) -> list[Mention]:
        return self._by_end.get(offset, [])

    def mentions_starting_in(self, start: int, end: int) -> list[Mention]:
        """Entity mentions whose start lies in ``[start, end)`` (cost: the span's length)."""
        by_start = self._by_start
        return [m for k in range(start, end) for m in by_start.get(k, ())]

    def mention_starts(self, actor_id: str) -> list[int]:
        """Where the actor's entity mentions start, in text order."""
        return self._starts_of.get(actor_id, [])

    def last_mention_before(self, actor_id: str, offset: int) -> int | None:
        """Start of the actor's last entity mention starting before ``offset``."""
        starts = self._starts_of.get(actor_id)
        if not starts:
            return None
        k = bisect.bisect_left(starts, offset)
        return starts[k - 1] if k else None

    def drop(self, mentions: set[Mention]) -> None:
        """Take these mentions back (their characters stay covered: nothing else names them)."""
        self.mentions = [m for m in self.mentions if m not in mentions]
        # Only the index lists where a dropped entity mention stands change (every copy of it
        # goes, and one start of its actor for each), not every index of the text rebuilt.
        by_start, by_end, starts_of = self._by_start, self._by_end, self._starts_of
        for index, offsets in ((by_start, {m.start for m in mentions}), (by_end, {m.end for m in mentions})):
            for offset in offsets:
                here = index.get(offset)
                if not here:
                    continue
                kept = [m for m in here if m not in mentions]
                if index is by_start:
                    for m in here:
                        if m in mentions:
                            starts = starts_of[m.actor_id]
                            starts.remove(m.start)
                            if not starts:
                                del starts_of[m.actor_id]
                if kept:
                    index[offset] = kept
                else:
                    del index[offset]

    def remap(self, replacement: dict[str, str]) -> None:
        """Move the mentions of each key actor to its replacement, and drop the key actors."""
        mentions = [m if m.actor_id not in replacement else Mention(m.start, m.end, replacement[m.actor_id], m.layer)
                    for m in self.mentions]
        for actor_id in replacement:
            del self.actors[actor_id]
        self.mentions = mentions
        # The indexes change only where a moved actor's entity mentions stand: each is replaced in
        # its place (the order ``_reindex`` gives), not every index of the text rebuilt a remap.
        # Every list is rewritten once, so a mention moves one step as above ({a: b, b: c}).
        moved: dict[str, list[int]] = {}
        for actor_id, other in replacement.items():
            starts = self._starts_of.pop(actor_id, None)
            if starts:
                moved.setdefault(other, []).extend(starts)
        by_start, by_end = self._by_start, self._by_end
        starts = {k for offsets in moved.values() for k in offsets}
        ends = {m.end for k in starts for m in by_start[k] if m.actor_id in replacement}
        for index, offsets in ((by_start, starts), (by_end, ends)):
            for offset in offsets:
                index[offset] = [m if m.actor_id not in replacement else
                                 Mention(m.start, m.end, replacement[m.actor_id], m.layer) for m in index[offset]]
        for other, offsets in moved.items():
            self._starts_of[other] = sorted(self._starts_of.get(other, []) + offsets)

    def _reindex(self, mentions: list[Mention]) -> None:
        """Replace the mentions and rebuild their indexes in one pass (no insertion sorts)."""
        self.mentions = mentions
        self._by_start, self._by_end, self._starts_of = {}, {}, {}
        for m in mentions:
            if m.layer == "entity":
                self._by_start.setdefault(m.start, []).append(m)
                self._by_end.setdefault(m.end, []).append(m)
                self._starts_of.setdefault(m.actor_id, []).append(m.start)
        for starts in self._starts_of.values():
            starts.sort()

    def add_discovered(self, name: str, kind: str, country: str | None = None, role: str | None = None,
                       actor_id: str | None = None) -> str:
        actor_id = actor_id or slugify(name)
        known = self.knowledge.actors.get(actor_id)
        if known is not None:
            if known.type == kind:
                return self.add_known(known)
            # A discovered name whose id is a knowledge-base actor of another type ("Georgia"
            # the person, Georgia the state) is another actor: it must never retype the known one.
            actor_id = f"{actor_id}-{kind}"
        info = self.actors.get(actor_id)
        if info is None:
            self._add(ActorInfo(actor_id, name, kind, country, role, None, "discovered"))
        else:
            info.country = info.country or country
            info.role = info.role or role
        return actor_id

    def mention(self, start: int, end: int, actor_id: str, layer: str = "entity") -> None:
        self._index(Mention(start, end, actor_id, layer))
        cover = self._cover.get(layer)
        if cover is None:
            cover = self._cover[layer] = bytearray(len(self.text))
        cover[start:end] = b"\x01" * (end - start)

    def _index(self, mention: Mention) -> None:
        self.mentions.append(mention)
        if mention.layer == "entity":
            self._by_start.setdefault(mention.start, []).append(mention)
            self._by_end.setdefault(mention.end, []).append(mention)
            starts = self._starts_of.setdefault(mention.actor_id, [])
            if not starts or starts[-1] <= mention.start:
                starts.append(mention.start)  # the usual case: mentions found left to right
            else:
                bisect.insort(starts, mention.start)

    def covered(self, start: int, end: int, layer: str = "entity") -> bool:
        """Some character of the span already belongs to a mention of ``layer``."""
        cover = self._cover.get(layer)
        return cover is not None and cover.find(1, start, end) >= 0  # (find: no copy of the span)

    def block(self, start: int, end: int) -> None:
        """Names inside this span are not mentions of their own."""
        if not self._blocked:
            self._blocked = bytearray(len(self.text))
        self._blocked[start:end] = b"\x01" * (end - start)

    def is_blocked(self, start: int, end: int) -> bool:
        return bool(self._blocked) and end > start and self._blocked.find(0, start, end) < 0
