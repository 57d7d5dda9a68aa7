"""Finding knowledge-base events by name or alias: a token trie, longest match first.

Tokens are runs of letters and digits; what lies between them (spaces, hyphens,
apostrophes) is ignored, so "Six-Day War" and "Six Day War" are one alias and
"America’s" matches "America's". Matching ignores case except for alias tokens written
in capitals (NPT, INF, the START of "New START"), which must be capitals in the text too.
An alias written in double quotes only matches where the text quotes it ("reset" in
“reset” or “resets”). A plural last word matches a singular alias ("Minsk agreements").
"""
from __future__ import annotations

import re
from itertools import accumulate
from dataclasses import dataclass, field

from ...knowledge.events import KnownEvent

TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_QUOTES_OPEN = "\"“‘«"
_QUOTES_CLOSE = "\"”’»"


@dataclass(frozen=True, slots=True)
class AliasMatch:
    start: int
    end: int
    events: tuple[KnownEvent, ...]  # several when an alias is shared ("Trump administration")


@dataclass(frozen=True, slots=True)
class _Alias:
    tokens: tuple[str, ...]
    quoted: bool
    event: KnownEvent


@dataclass(slots=True)
class _Node:
    children: dict[str, "_Node"] = field(default_factory=dict)
    aliases: list[_Alias] = field(default_factory=list)


class AliasMatcher:
    """Compiled once per knowledge base; ``find(text)`` returns non-overlapping matches."""

    def __init__(self, events: list[KnownEvent]):
        self._root = _Node()
        for event in events:
            for alias in sorted({event.name, *event.aliases}):
                quoted = len(alias) > 2 and alias[0] == '"' and alias[-1] == '"'
                tokens = tuple(TOKEN.findall(alias[1:-1] if quoted else alias))
                if not tokens:
                    continue
                node = self._root
                for tok in tokens:
                    node = node.children.setdefault(tok.lower(), _Node())
                node.aliases.append(_Alias(tokens, quoted, event))

    def find(self, text: str) -> list[AliasMatch]:
        """All longest, non-overlapping alias matches in ``text``, in order."""
        toks = _Tokens(text)
        out: list[AliasMatch] = []
        n = len(toks)
        root = self._root.children
        # Only a token that starts an alias (or is the plural of one) can start a match: pick those
        # out in one comprehension instead of walking the trie from every token.
        lowered = toks.lowered
        firsts = {w for w in set(lowered) if w in root or (w.endswith("s") and len(w) > 3 and w[:-1] in root)}
        starts = [k for k, w in enumerate(lowered) if w in firsts and _viable(root, lowered, k)]
        next_start = 0
        i = 0
        while True:
            while next_start < len(starts) and starts[next_start] < i:
                next_start += 1
            if next_start == len(starts):
                break
            i = starts[next_start]
            children = root
            best = None
            j = i
            while True:
                word = toks.lowered[j]
                node = children.get(word)
                plural = children.get(word[:-1]) if word.endswith("s") and len(word) > 3 else None
                if plural is not None:
                    # A plural ends a match: "the Minsk agreement" alias matches "Minsk agreements".
                    accepted = self._accept(plural.aliases, text, toks, i, j, plural=True)
                    if accepted:
                        best = (j, accepted)
                if node is None:
                    break
                accepted = self._accept(node.aliases, text, toks, i, j)
                if accepted:
                    best = (j, accepted)
                j += 1
                if j >= n or not _joinable(text, toks[j - 1][1], toks[j][0]):
                    break
                children = node.children
            if best is None:
                i += 1
                continue
            j, (events, end) = best
            if _continues_name(text, toks, j):
                i += 1  # "America First Policy" inside "America First Policy Institute"
                continue
            out.append(AliasMatch(toks[i][0], end, events))
            i = j + 1
        return out

    @staticmethod
    def _accept(aliases: list[_Alias], text: str, toks: list, i: int, j: int, plural: bool = False):
        """The events whose alias fits the text at tokens i..j, and where the match ends."""
        if not aliases:
            return None
        start, end = toks[i][0], toks[j][1]
        found: list[KnownEvent] = []
        for alias in aliases:
            if not all(a == t[2] for a, t in zip(alias.tokens, toks[i:j + 1]) if len(a) > 1 and a.isupper()):
                continue
            if plural and (alias.tokens[-1].isupper() or not alias.tokens[-1].isalpha()):
                continue
            if alias.quoted and not (start > 0 and text[start - 1] in _QUOTES_OPEN
                                     and text[end:end + 1] in _QUOTES_CLOSE):
                continue
            if alias.event not in found:
                found.append(alias.event)
        return (tuple(found), end) if found else None


def _viable(root: dict[str, _Node], lowered: list[str], k: int) -> bool:
    """Whether an alias can start at token k: a one-token alias there, or the next token continues one
    (cheap enough to run on every candidate: "the" starts aliases but rarely one that follows)."""
    w = lowered[k]
    node = root.get(w)
    if node is None or node.aliases:
        return True  # a plural of a one-token alias, or a one-token alias
    if k + 1 >= len(lowered):
        return False
    nxt = lowered[k + 1]
    return nxt in node.children or (nxt.endswith("s") and len(nxt) > 3 and nxt[:-1] in node.children)


_SPLIT = re.compile(r"([^\W_]+)", re.UNICODE)


class _Tokens:
    """The tokens of a text as (start, end, token) on demand: split and offsets are computed in
    C, and tuples are made only for the few tokens a match is tried at."""

    __slots__ = ("text", "offsets", "lowered", "_n")

    def __init__(self, text: str):
        self.text = text
        low = text.lower()
        # Split once, in lower case, where that cuts the same tokens and lowers each as it would
        # alone: every character lowers to one character (no letter becomes a non-letter then; all
        # of Unicode checked) and no capital sigma, whose lower case depends on what follows.
        lowered_whole = len(low) == len(text) and "Σ" not in text
        parts = _SPLIT.split(low if lowered_whole else text)  # separator, token, separator, token, ..., separator
        self.offsets = list(accumulate(map(len, parts), initial=0))
        self._n = (len(parts) - 1) // 2
        self.lowered = parts[1::2] if lowered_whole else list(map(str.lower, parts[1::2]))

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(self._n))]
        if k < 0:
            k += self._n
        if not 0 <= k < self._n:
            raise IndexError(k)
        p = 2 * k + 1
        start, end = self.offsets[p], self.offsets[p + 1]
        return start, end, self.text[start:end]


def _joinable(text: str, left_end: int, right_start: int) -> bool:
    """Tokens of one alias are separated by a space, hyphen or apostrophe, never a break."""
    gap = text[left_end:right_start]
    return len(gap) <= 2 and "\n" not in gap and not any(c in ".,;:!?()“”\"" for c in gap)


def _continues_name(text: str, toks: list, j: int) -> bool:
    """A capitalised match followed at once by another capitalised word is part of a longer name."""
    if j + 1 >= len(toks) or not toks[j][2][:1].isupper():
        return False
    nxt = toks[j + 1][2]
    return nxt[:1].isupper() and text[toks[j][1]:toks[j + 1][0]] == " " and nxt.lower() not in _NAME_TAIL_OK


# Capitalised words that may follow an event name without being part of another name.
_NAME_TAIL_OK = {"i", "ii", "iii"}
