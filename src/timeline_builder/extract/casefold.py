"""Case-blind regular expressions, run on a lower-cased copy of the text (same matches, faster).

Python's ``re`` tries an IGNORECASE pattern by folding the case of every character at every
position, and cannot skip ahead to a literal: on English text a case-blind word list is
3-6x slower than the same list without the flag. The same pattern without the flag, run on
``text.lower()``, finds the same matches at the same offsets when

* the lower-cased copy keeps every offset (``"İ".lower()`` is two characters) and the text
  holds neither of the two characters IGNORECASE takes for an ASCII letter that ``lower()``
  keeps apart (dotless ``ı`` ~ ``i``, long ``ſ`` ~ ``s``): :func:`fold` checks both;
* the pattern has no case-sensitive part: no upper-case letter outside an escape, no
  ``(?-i:...)``, no letter beyond ASCII, no ASCII-only or locale flag, and it cannot match
  the empty string: :class:`CaseBlind` checks these once and otherwise runs the pattern as it is.

Every match is then made again on the original text at the offset found (one anchored try), so
callers get the usual ``re.Match`` with the text's own case.
"""
from __future__ import annotations

import re
import sys
from typing import Callable, Iterator

_ESCAPE = re.compile(r"\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(N)\{[^}]*\}|.)", re.DOTALL)
_GROUP_NAME = re.compile(r"\(\?P(?:<\w+>|=\w+\))")
# Long texts folded lately, by identity: the rules search one document's text many times, each
# time between searches of short strings (which are cheaper to fold again than to remember).
_LONG = 2000
_recent: dict[int, tuple[str, str | None]] = {}


def fold(text: str) -> str | None:
    """``text.lower()`` when a case-sensitive search on it finds what a case-blind one finds on
    ``text`` (same offsets), else None."""
    if len(text) >= _LONG:
        known = _recent.get(id(text))
        if known is not None and known[0] is text:
            return known[1]
    low = text.lower()
    folded = low if len(low) == len(text) and "ı" not in text and "ſ" not in text else None
    if len(text) >= _LONG:
        try:
            while len(_recent) >= 4:
                _recent.pop(next(iter(_recent)), None)
        except (RuntimeError, StopIteration):  # another thread changed it meanwhile: it only remembers
            pass
        _recent[id(text)] = (text, folded)
    return folded


def _case_blind_twin(pattern: re.Pattern) -> re.Pattern | None:
    """The pattern without IGNORECASE when it matches lower-cased text as the original matches
    any text (see the module docstring), else None."""
    if not isinstance(pattern.pattern, str) or not pattern.flags & re.IGNORECASE \
            or pattern.flags & (re.ASCII | re.LOCALE):
        return None
    source = pattern.pattern
    if "(?-" in source:
        return None
    for m in _ESCAPE.finditer(source):
        code = m.group(1) or m.group(2) or m.group(3)
        if m.group(4) or (code and chr(int(code, 16)).isalpha()):
            return None
    plain = _ESCAPE.sub("", _GROUP_NAME.sub("(", source))
    if any(c.isalpha() and (not c.isascii() or not c.islower()) for c in plain):
        return None
    if re.search(r"\(\?[a-zA-Z]*a", plain):
        return None  # an inline ASCII-only flag
    try:
        if re._parser.parse(source, pattern.flags).getwidth()[0] == 0:  # type: ignore[attr-defined]
            return None
    except Exception:  # noqa: BLE001 - the parser is private: without it, no twin, the original runs
        return None
    return re.compile(source, pattern.flags & ~re.IGNORECASE)


class CaseBlind:
    """A case-blind pattern with the ``re.Pattern`` methods the rules use (search, finditer, sub),
    run on the lower-cased text when that finds the same matches."""

    __slots__ = ("original", "twin", "pattern", "flags")

    def __init__(self, pattern: re.Pattern):
        self.original = pattern
        self.twin = _case_blind_twin(pattern)
        self.pattern = pattern.pattern
        self.flags = pattern.flags

    def __getattr__(self, name: str):
        return getattr(self.original, name)  # match, fullmatch, split, groups, ...: the pattern's own

    def __repr__(self) -> str:
        return f"CaseBlind({self.original!r})"

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        folded = fold(string) if self.twin is not None else None
        if folded is None:
            return self.original.search(string, pos, endpos)
        m = self.twin.search(folded, pos, endpos)
        return None if m is None else self.original.match(string, m.start(), endpos)

    def hit(self, string: str, folded: str | None) -> bool:
        """Whether the pattern matches anywhere in ``string``; ``folded`` is ``fold(string)`` (one
        fold for many patterns)."""
        if folded is None or self.twin is None:
            return self.original.search(string) is not None
        return self.twin.search(folded) is not None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        folded = fold(string) if self.twin is not None else None
        if folded is None:
            yield from self.original.finditer(string, pos, endpos)
            return
        match = self.original.match
        for m in self.twin.finditer(folded, pos, endpos):
            yield match(string, m.start(), endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list:
        if self.twin is None or self.original.groups or fold(string) is None:
            return self.original.findall(string, pos, endpos)
        return [m.group(0) for m in self.finditer(string, pos, endpos)]

    def sub(self, repl: str | Callable[[re.Match], str], string: str, count: int = 0) -> str:
        folded = fold(string) if self.twin is not None else None
        if folded is None or count or (isinstance(repl, str) and "\\" in repl):
            return self.original.sub(repl, string, count)
        parts, at = [], 0
        for m in self.finditer(string):
            parts.append(string[at:m.start()])
            parts.append(repl if isinstance(repl, str) else repl(m))
            at = m.end()
        if not parts:
            return string
        parts.append(string[at:])
        return "".join(parts)
