"""Tokens and the dictionary matcher: every knowledge-base name found in one pass.

The matcher is a token trie flattened into a hash table keyed by token tuples, probed only at
tokens that can start a name (an Aho-Corasick-style multi-pattern search over tokens instead
of characters): one set lookup per token, a few dict lookups where a name may start.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import NamedTuple

from ...knowledge.actors import ActorKnowledge

TOKEN_RE = re.compile(r"\w+|[^\w\s]")
SPLIT_RE = re.compile(r"(\w+|[^\w\s])")
PARTICLE_JOIN_RE = re.compile(r"(?:^|(?<= ))((?i:al|el|ad|ash|as|at|az|ar|an))([ -])(?=[A-Z])")


@dataclass(frozen=True, slots=True)
class Entry:
    """What a surface form means: an actor's name, metonym or demonym, a group, or a block."""

    actor_id: str
    kind: str  # name | metonym | demonym | group | block


@dataclass(frozen=True, slots=True)
class Tokens:
    """A text's tokens as parallel lists (word, start, end)."""

    words: list[str]
    starts: list[int]
    ends: list[int]

    @classmethod
    def of(cls, text: str) -> Tokens:
        # One split gives gaps and tokens alternately ([gap, token, gap, ..., gap]); the running
        # sum of their lengths is each token's start and end, without a Python step per token.
        parts = SPLIT_RE.split(text)
        words = parts[1::2]
        offsets = list(itertools.accumulate(map(len, parts)))
        return cls(words, offsets[0::2][:len(words)], offsets[1::2])

    def __len__(self) -> int:
        return len(self.words)

    def index_at(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        import bisect

        return bisect.bisect_left(self.starts, offset)


class Match(NamedTuple):
    """A dictionary match over tokens ``[first, last)`` (a named tuple, quick to build)."""

    first: int
    last: int
    entries: tuple[Entry, ...]


_ARTICLE_RE = re.compile(r"(?:the|The)\s+")
_DOTTED_RE = re.compile(r"\b(U)([SNK])\b")


def _dots(match: re.Match) -> str:
    return f"{match.group(1)}.{match.group(2)}."


def _key(surface: str) -> tuple[str, ...]:
    return tuple(TOKEN_RE.findall(surface))


class Lexicon:
    """All surface forms of the knowledge base, looked up by token tuple."""

    def __init__(self, knowledge: ActorKnowledge):
        table: dict[tuple[str, ...], list[Entry]] = {}

        def add(surface: str, entry: Entry) -> None:
            surface = written = surface.strip()
            variants = set()
            key = _key(surface)
            if surface.startswith("The ") and len(key) > 2:
                # "The National Interest" is also written "the National Interest"; "The Atlantic"
                # and "The Hill" keep their article, or every "Atlantic" would be the magazine.
                variants.add(surface)
            if (len(key) > 2 or not surface.startswith("The ")) and (article := _ARTICLE_RE.match(surface)):
                surface = surface[article.end():]
            variants.add(surface)
            if entry.kind == "group" and surface[:1].isalpha():
                # As written, or capitalised at a sentence start.
                variants.add(surface[0].upper() + surface[1:])
            # "UN Security Council" is also written "U.N. Security Council".
            if "U" in surface and entry.kind != "block":
                dotted = _DOTTED_RE.sub(_dots, surface)
                if dotted != surface:
                    variants.add(dotted)
            # "Al Jazeera" is also written "Al-Jazeera", "al-Assad" "al Assad": an Arabic article
            # is joined to the name by a hyphen or a space.
            if entry.kind != "block" and len(surface) >= 4 and surface.isalpha() and surface.isupper():
                variants.add(surface.capitalize())  # "Nato", "Opec": British style for acronyms said as words
            if entry.kind != "block" and surface.endswith(" Street"):
                variants.add(surface[:-len("Street")] + "St")  # "Downing St", "Wall St"
            if entry.kind != "block" and PARTICLE_JOIN_RE.search(surface):
                variants.add(PARTICLE_JOIN_RE.sub(lambda m: m.group(1) + ("-" if m.group(2) == " " else " "), surface))
            for variant in variants:
                found = key if variant == written else _key(variant)
                if found:
                    bucket = table.setdefault(found, [])
                    if entry not in bucket:
                        bucket.append(entry)

        variants = knowledge.cues.get("name_variants", {})
        spellings: dict[str, set[str]] = {}
        for variant, canonical in variants.items():
            spellings.setdefault(canonical, {canonical}).add(variant)
        for actor in knowledge.actors.values():
            kind = "group" if actor.type == "group" else "name"
            for surface in (actor.name, *actor.aliases):
                add(surface, Entry(actor.actor_id, kind))
                if actor.type == "person":
                    first, _, rest = surface.partition(" ")
                    canonical = variants.get(first, first)
                    for spelling in spellings.get(canonical, ()):
                        if rest:
                            add(f"{spelling} {rest}", Entry(actor.actor_id, kind))
            for surface in actor.demonyms:
                add(surface, Entry(actor.actor_id, "demonym"))
            for surface in actor.metonyms:
                add(surface, Entry(actor.actor_id, "metonym"))
        for phrase in knowledge.cues.get("not_actors", {}):
            add(phrase, Entry("", "block"))
        self.table = {k: tuple(v) for k, v in table.items()}
        # The actors a qualifier or an "of" phrase may name as a parent; a "block" entry's empty id is none of them.
        self._parent_ids = frozenset(a.actor_id for a in knowledge.actors.values()
                                     if a.type in ("state", "organization"))
        # "US Armed Forces" in the knowledge base is what "the American military" names.
        self.armed_forces: dict[str, str] = {}
        for actor in knowledge.actors.values():
            for surface in (actor.name, *actor.aliases):
                if actor.type == "organization" and surface.lower().endswith(" armed forces"):
                    for entry in self.table.get(_key(surface[: -len(" armed forces")]), ()):
                        owner = knowledge.actors.get(entry.actor_id)
                        if owner is not None and owner.type == "state":
                            self.armed_forces.setdefault(owner.actor_id, actor.actor_id)
        lengths: dict[str, set[int]] = {}
        for key in self.table:
            lengths.setdefault(key[0], set()).add(len(key))
        self.lengths = {first: sorted(ls, reverse=True) for first, ls in lengths.items()}
        # The first words as a set: a document's vocabulary meets it from its own (smaller) side,
        # where ``vocabulary & lengths.keys()`` made a set of every first word each document.
        self.first_words = frozenset(self.lengths)
        # Capitalised words seen so far -> the known name they inflect (or None), across documents.
        self._inflected: dict[str, str | None] = {}

    def lookup(self, surface: str) -> tuple[Entry, ...]:
        return self.table.get(_key(surface), ())

    def parents(self, surface: str) -> list[Entry]:
        """The entries of ``surface`` that name a state or an organisation ("IRGC Quds Force", "the
        president of Chile"); a blocked phrase ("Latin America") names neither."""
        return [e for e in self.lookup(surface) if e.actor_id in self._parent_ids]

    def scan(self, tokens: Tokens, vocabulary: frozenset[str] | None = None,
             capitalised: frozenset[str] | None = None, positions=None) -> list[Match]:
        """Leftmost-longest, non-overlapping matches over the token sequence (``vocabulary``:
        its distinct words, ``capitalised`` those of them with a capital, and ``positions``
        (a set of words -> their token indexes in text order), when the caller has them)."""
        words, lengths, table = tokens.words, self.lengths, self.table
        found = []
        n = len(words)
        # Only tokens that start a name, or may inflect one, are probed (one comprehension over
        # the tokens instead of a Python loop step for each).
        inflected = self._inflected
        if len(inflected) > 500_000:
            inflected.clear()
        vocabulary = vocabulary if vocabulary is not None else frozenset(words)
        starting = set(vocabulary & self.first_words)
        if capitalised is None:
            capitalised = frozenset(w for w in vocabulary if w[:1].isupper())
        for w in capitalised - starting:
            if len(w) >= 5:
                stem = inflected.get(w, False)
                if stem is False:
                    stem = inflected[w] = _uninflected(w, lengths)
                if stem is not None:
                    starting.add(w)
        probes = positions(starting) if positions is not None else [i for i, w in enumerate(words) if w in starting]
        free = 0  # the first token not inside a match already found
        for i in probes:
            if i < free:
                continue
            first = words[i]
            candidates = lengths.get(first)
            if candidates is None:
                # Transliterated Russian in references inflects names: "Kongressa SShA" is
                # "Kongress SShA". Only multi-word names are tried, so common words stay out.
                first = inflected[first]
                candidates = [k for k in lengths.get(first, ()) if k > 1] if first else None
                if not candidates:
                    continue
            for length in candidates:
                if i + length > n:
                    continue
                entries = table.get((first, *words[i + 1:i + length]))
                if entries is not None and _joined(tokens, i, i + length):
                    found.append(Match(i, i + length, entries))
                    free = i + length
                    break
        return found


RUSSIAN_ENDINGS = ("ogo", "omu", "ami", "ov", "om", "oy", "ym", "a", "u", "e", "y", "i")


def _uninflected(word: str, lengths: dict[str, list[int]]) -> str | None:
    """The known name this capitalised word inflects, if any."""
    if not word[:1].isupper() or len(word) < 5:
        return None
    for ending in RUSSIAN_ENDINGS:
        if word.endswith(ending) and word[: -len(ending)] in lengths:
            return word[: -len(ending)]
    return None


def _joined(tokens: Tokens, first: int, last: int) -> bool:
    """The tokens sit on one line (a name never spans a line break)."""
    return all(tokens.starts[k + 1] - tokens.ends[k] <= 1 for k in range(first, last - 1))
