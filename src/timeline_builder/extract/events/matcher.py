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
        toks = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]
        out: list[AliasMatch] = []
        i, n = 0, len(toks)
        root = self._root.children
        while i < n:
            children = root
            best = None
            j = i
            while True:
                word = toks[j][2].lower()
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
