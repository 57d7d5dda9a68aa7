"""Case-blind regular expressions, run on a lower-cased copy of the text (same matches, faster).

Python's ``re`` tries an IGNORECASE pattern by folding the case of every character at every
position, and cannot skip ahead to a literal: on English text a case-blind word list is
3-6x slower than the same list without the flag. The same pattern with its letters in lower
case and without the flag (its twin), run on ``text.lower()``, finds the same matches at the
same offsets when

* the lower-cased copy keeps every offset (``"İ".lower()`` is two characters) and the text
  holds neither of the two characters IGNORECASE takes for an ASCII letter that ``lower()``
  keeps apart (dotless ``ı`` ~ ``i``, long ``ſ`` ~ ``s``): :func:`fold` checks both;
* the pattern is case-blind throughout, cannot match the empty string and names no letter
  that IGNORECASE pairs with more than its two cases (Greek sigma, some Cyrillic letters).

A pattern with case-sensitive parts (``(?-i:Act)``, the trigger list's "Summit" beside
``(?i:summit)``) has a twin that matches wherever it matches and sometimes elsewhere, as long
as no negative lookaround or negated class holds a letter: the original is then tried at each
place the twin finds. Either way every match is made again on the original text (one anchored
try), so callers get the usual ``re.Match`` with the text's own case; a pattern without a safe
twin simply runs as it is.
"""
from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path
from typing import Callable, Iterator

from .. import regex_cache

_ESCAPE = re.compile(r"\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(N)\{[^}]*\}|.)", re.DOTALL)
_GROUP_NAME = re.compile(r"\(\?P(?:<\w+>|=\w+\))")
# Long texts folded lately, by identity: the rules search one document's text many times, each
# time between searches of short strings (which are cheaper to fold again than to remember). A
# news story of 500 characters or more is long: a sentence and its context are mostly shorter.
_LONG = 500
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


# Letters IGNORECASE matches to more than their upper and lower case (the private table of re;
# without it no letter beyond ASCII gets a twin).
_EXTRA_CASES = getattr(getattr(re, "_casefix", None), "_EXTRA_CASES", None)
_FLAGS_GROUP = re.compile(r"\(\?([a-zA-Z]*)(?:-([a-zA-Z]*))?([:)])")


def _lowered_source(source: str, blind_everywhere: bool) -> str | None:
    """``source`` with its letters in lower case and its case flags dropped: the twin that
    searches lower-cased text. None where that could lose a match: a named or coded letter, a
    letter IGNORECASE pairs with more than its two cases, a conditional group, a verbose or
    ASCII-only flag, and, unless the whole pattern is case-blind, a letter in a negative
    lookaround or a negated class (there a lower-cased letter would exclude more than the
    original did)."""
    out: list[str] = []
    negative: list[bool] = []  # per open group: whether it is a negative lookaround
    i, n = 0, len(source)
    in_class = negated_class = False
    class_body = escape_end = 0

    def letter(c: str) -> str | None:
        low = c.lower()
        if len(low) != 1 or (not c.isascii() and (_EXTRA_CASES is None or ord(c) in _EXTRA_CASES
                                                   or ord(low) in _EXTRA_CASES)):
            return None  # a letter IGNORECASE pairs with more than its lower() ("в" ~ "ᲀ")
        if not blind_everywhere and ((in_class and negated_class) or any(negative)):
            return None
        return c.lower()

    while i < n:
        c = source[i]
        if c == "\\":
            m = _ESCAPE.match(source, i)
            code = m.group(1) or m.group(2) or m.group(3)
            if m.group(4) or (code and chr(int(code, 16)).isalpha()):
                return None
            out.append(m.group(0))
            i = escape_end = m.end()
            continue
        if in_class:
            if c == "]" and i > class_body:
                in_class = False
            elif c == "-" and class_body < i < n - 1 and source[i + 1] != "]":  # a range
                low, high = ("\\" if i == escape_end else source[i - 1]), source[i + 1]
                if (low.isalpha() or high.isalpha()) and not (
                        low.isascii() and high.isascii() and low.isalpha() and high.isalpha()
                        and low.islower() == high.islower()):
                    return None  # a range such as A-z holds more than letters: lower-cased, it would not
            elif c.isalpha():
                c = letter(c)
                if c is None:
                    return None
            out.append(c)
            i += 1
            continue
        if c == "[":
            in_class, negated_class = True, source.startswith("^", i + 1)
            class_body = i + 1 + negated_class  # a "]" first in the class is a literal
            out.append(source[i:class_body])
            i = class_body
            continue
        if c == "(" and source.startswith("(?", i):
            m = _GROUP_NAME.match(source, i)
            if m:
                out.append(m.group(0))  # a group's name is no text: copied as it is
                if m.group(0).startswith("(?P<"):
                    negative.append(False)
                i = m.end()
                continue
            if source.startswith("(?#", i) or source.startswith("(?(", i):
                return None
            m = _FLAGS_GROUP.match(source, i)
            if m:
                added, removed = m.group(1), m.group(2) or ""
                if any(f in "aLx" for f in added + removed):
                    return None
                added, removed = added.replace("i", ""), removed.replace("i", "")
                if m.group(3) == ")":
                    out.append(f"(?{added})" if added else "")
                else:
                    out.append(f"(?{added}{'-' + removed if removed else ''}:")
                    negative.append(False)
                i = m.end()
                continue
            opener = re.match(r"\(\?(?:<?[!=]|>|:)", source[i:i + 4])
            if opener is None:
                return None
            negative.append(opener.group(0).endswith("!"))
            out.append(opener.group(0))
            i += len(opener.group(0))
            continue
        if c == "(":
            negative.append(False)
        elif c == ")" and negative:
            negative.pop()
        elif c.isalpha():
            c = letter(c)
            if c is None:
                return None
        out.append(c)
        i += 1
    return "".join(out)


_LEAD = re.compile(r"\\b([a-z][a-z ]*[a-z])")


def _structure(source: str, i: int = 0):
    """The characters of a pattern's source that shape it, from index ``i``: ``(index, char,
    depth)`` for each one outside escapes and character classes, ``depth`` counting the groups
    open before it. One scanner for the three readers below."""
    depth, in_class = 0, False
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 1 + source.startswith("^", i + 1)  # a "]" first in a class is a literal
        else:
            yield i, c, depth
            depth += (c == "(") - (c == ")")
        i += 1


def _has_top_level_bar(source: str) -> bool:
    """Whether ``source`` is alternatives at its top level (a "|" outside groups and classes)."""
    return any(c == "|" and depth == 0 for _, c, depth in _structure(source))


def _literal_lead(source: str) -> str:
    """``\\bthe author\\b`` as ``the author(?<=\\bthe author)\\b``: the same matches, but ``re``
    scans for a pattern's literal first letters only when nothing (such as ``\\b``) comes before
    them (15x faster on a long text). A letter a quantifier follows is left out of the run; a
    pattern of alternatives at its top level (``\\bwars?\\b|\\bfought\\b``) is left as it is: it
    has no literal start."""
    m = _LEAD.match(source)
    if m is None:
        return source
    run = m.group(1)
    if source[m.end():m.end() + 1] in ("?", "*", "+", "{"):
        run = run[:-1].rstrip(" ")
    if len(run) < 3 or _has_top_level_bar(source):
        return source
    return f"{run}(?<=\\b{run}){source[2 + len(run):]}"


def _group_end(source: str, i: int) -> int:
    """The index of the ")" closing the group that opens at ``source[i]``, or -1."""
    return next((j for j, c, depth in _structure(source, i) if c == ")" and depth == 1), -1)


def _top_level_alternatives(source: str) -> list[str]:
    """``source`` split at its top-level "|" (outside groups and classes)."""
    bars = [j for j, c, depth in _structure(source) if c == "|" and depth == 0]
    return [source[start + 1:end] for start, end in zip([-1, *bars], [*bars, len(source)])]


_LEAD_ASSERTION = re.compile(r"\\b|\(\?<[!=]")


def _first_letter_groups(source: str) -> str:
    """``\\b(?:wars?|treaty|talks|...)`` as ``\\b(?:w(?:ars?)|t(?:reaty|alks)|...)``: the same
    matches (alternatives of one first letter keep their order, and those of other letters cannot
    match where one of these does), but re tries an alternative only after its first letter
    matched, so a long word list is 3-4x faster. Applied where a ``\\b`` or a lookbehind is
    followed by a group whose alternatives all start with a letter, no quantifier on it (an
    alternative that is a whole ``(?:...)`` without "|" counts by its first letter); any other
    pattern is left as it is."""
    lead = _LEAD_ASSERTION.match(source)
    if lead is None or re.search(r"\(\?P=|\\[1-9]", source):
        return source
    i = 2 if lead.group(0) == "\\b" else _group_end(source, 0) + 1
    if i <= 0 or not source.startswith("(?:", i):
        return source
    end = _group_end(source, i)
    if end < 0:
        return source
    groups: dict[str, list[str]] = {}
    for alternative in _top_level_alternatives(source[i + 3:end]):
        if alternative.startswith("(?:") and _group_end(alternative, 0) == len(alternative) - 1 \
                and len(_top_level_alternatives(alternative[3:-1])) == 1:
            alternative = alternative[3:-1]  # a group around a whole alternative
        if not alternative[:1].isalpha() or alternative[1:2] in ("?", "*", "+", "{"):
            return source
        groups.setdefault(alternative[0], []).append(alternative[1:])
    if len(groups) < 2:
        return source
    grouped = "|".join(f"{first}(?:{_literal_trie(rests)})" for first, rests in groups.items())
    return f"{source[:i]}(?:{grouped}){source[end + 1:]}"


# One piece of a literal alternative: "\\s+", an escaped punctuation mark or a plain character
# that is not a metacharacter (white space is left out: it could meet "\\s+").
_LITERAL_ATOM = re.compile(r"\\s\+|\\[^A-Za-z0-9\s]|[^\\()\[\]{}|?*+.^$\s]")


def _literal_atoms(alternative: str) -> list[str] | None:
    """The pieces of an alternative made only of literal characters and ``\\s+`` (None for any
    other: a group, a class, a quantified piece)."""
    atoms, i = [], 0
    while i < len(alternative):
        m = _LITERAL_ATOM.match(alternative, i)
        if m is None or alternative[m.end():m.end() + 1] in ("?", "*", "+", "{") and m.end() < len(alternative):
            return None
        atoms.append(m.group(0))
        i = m.end()
    return atoms


def _literal_trie(rests: list[str]) -> str:
    """The alternation of ``rests`` (the words of one first letter, the trigger list's ~1,000
    forms: "ar|ars|arfare|ant") with common starts factored out, letter by letter
    ("ar(?:|s|fare)|ant" as "a(?:r(?:s|fare|)|nt)"), so that re tries each next letter once
    instead of once per word (1.5x faster over the trigger list). Same matches, in the same
    order of preference: alternatives of different next pieces cannot both match at one place
    (distinct characters; ``\\s+`` against a non-space), those of one piece keep their order,
    and an empty alternative is factored only where it comes last. Alternatives that are not
    all literal are joined as they are."""
    pieces = [_literal_atoms(rest) for rest in rests]
    if any(p is None for p in pieces):
        return "|".join(rests)
    return _factored(pieces)


def _piece_key(piece: str) -> str:
    """The character a piece matches ("\\-" and "-" are one), or "\\s+"."""
    return piece[1:] if piece.startswith("\\") and piece != "\\s+" else piece


def _factored(pieces: list[list[str]]) -> str:
    if any(not p for p in pieces[:-1]):
        return "|".join("".join(p) for p in pieces)  # an empty alternative before others: kept in place
    groups: dict[str, tuple[str, list[list[str]]]] = {}  # by the character a piece matches
    for p in pieces:
        if p:
            groups.setdefault(_piece_key(p[0]), (p[0], []))[1].append(p[1:])
    parts = []
    for first, tails in groups.values():
        while len(tails) > 1 and all(tails) and len({_piece_key(t[0]) for t in tails}) == 1:
            first, tails = first + tails[0][0], [t[1:] for t in tails]  # a start they all share
        parts.append(first + ("".join(tails[0]) if len(tails) == 1 else f"(?:{_factored(tails)})"))
    if not pieces[-1]:
        parts.append("")
    return "|".join(parts)


def _case_blind_twin(pattern: re.Pattern) -> tuple[re.Pattern | None, bool]:
    """(twin, exact): the pattern for lower-cased text, and whether its matches are the
    original's (a case-blind pattern) or only a superset of where they start (a pattern with
    case-sensitive parts: each place is then tried with the original). (None, False) when the
    pattern has no case-blind part or no safe twin (see :func:`_lowered_source`)."""
    source = pattern.pattern
    if not isinstance(source, str) or pattern.flags & (re.ASCII | re.LOCALE | re.VERBOSE):
        return None, False
    flags = int(pattern.flags)
    lowered, exact = _kept(_TWIN, (source, flags), lambda: _twin_source(source, flags), _is_twin_source)
    if lowered is None:
        return None, False
    try:
        return re.compile(lowered, flags & ~re.IGNORECASE), exact
    except Exception:  # noqa: BLE001 - a twin that does not compile: the original runs
        return None, False


def _twin_source(source: str, flags: int) -> tuple[str | None, bool]:
    """(the twin's source, exact) of :func:`_case_blind_twin`, or (None, False): a function of the
    pattern's source and flags alone (so its answer can be kept between processes)."""
    blind = bool(flags & re.IGNORECASE)
    if not blind and "(?i" not in source and not re.search(r"\(\?[a-zA-Z]*i[a-zA-Z]*[:)-]", source):
        return None, False
    exact = blind and not re.search(r"\(\?[a-zA-Z]*-[a-zA-Z]*i", source)
    lowered = _lowered_source(source, exact)
    if lowered is None:
        return None, False
    lowered = _first_letter_groups(_literal_lead(lowered))
    try:
        if re._parser.parse(source, flags).getwidth()[0] == 0:  # type: ignore[attr-defined]
            return None, False
    except Exception:  # noqa: BLE001 - the parser is private: no twin
        return None, False
    return lowered, exact


def _is_twin_source(value) -> bool:
    return (type(value) is tuple and len(value) == 2 and type(value[1]) is bool
            and (value[0] is None and not value[1] or type(value[0]) is str))


# What this module derives from a pattern's source (its twin, its required words) takes the
# parser ~0.2 CPU-s a process for the extractors' ~80 case-blind patterns; the answers are kept
# beside the compiled patterns (regex_cache.derived), keyed by a digest of this file, so that
# editing the rules here never reads an answer older code gave.
def _source_digest() -> str | None:
    try:
        return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
    except OSError:  # (run from an archive: nothing kept)
        return None


_DIGEST = _source_digest()
_TWIN = ("casefold-twin", _DIGEST)
_REQUIRED = ("casefold-required", _DIGEST)


def _kept(kind: tuple, key: tuple, compute: Callable[[], object], valid: Callable[[object], bool]):
    """``compute()``, or the answer kept for it (:func:`regex_cache.derived`) when that is well formed."""
    value = regex_cache.derived(kind, key, compute)
    return value if valid(value) else compute()


# A pattern is checked for its required words only when it has at most this many (a check is a
# fast substring search; hundreds of them cost more than the scan they would save).
_MAX_REQUIRED = 16


def required_words(pattern: re.Pattern) -> tuple[str, ...]:
    """Lower-case strings one of which every match of ``pattern`` holds, lower-cased ("war" for
    ``\\bwars?\\b``; "fought" or "war" for ``\\bwars?\\b|\\bfought\\b``), or () when none can be
    told. Where none of them is in the lower-cased text (``fold``), the pattern cannot match there:
    a substring search is 10-100x cheaper than a scan by the pattern. Read from the parsed pattern:
    runs of ASCII literals (lookarounds and ``\\b`` between letters do not break a run), the required
    words of a group, of each alternative of a branch (their union) or of a repeat of at least one."""
    source, flags = pattern.pattern, int(pattern.flags)
    return _kept(_REQUIRED, (source, flags), lambda: _required_words(source, flags), _is_words)


def _required_words(source, flags: int) -> tuple[str, ...]:
    try:
        found = _required(re._parser.parse(source, flags))  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - the parser is private: without it nothing is skipped
        return ()
    return tuple(sorted(found)) if found else ()


def _is_words(value) -> bool:
    return type(value) is tuple and all(type(word) is str for word in value)


def _required(items) -> frozenset[str] | None:
    from re import _constants as sre  # type: ignore[attr-defined]

    best: frozenset[str] | None = None
    run: list[str] = []

    def consider(words: frozenset[str] | None) -> None:
        nonlocal best
        # Few words of three letters or more check fastest; a single letter rules little out.
        if words and (best is None or _rank(words) > _rank(best)):
            best = words

    def close() -> None:
        if run:
            consider(frozenset({"".join(run)}))
            run.clear()

    for op, av in items:
        if op is sre.LITERAL and chr(av).isascii():
            run.append(chr(av).lower())
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero width: the letters either side are next to each other in the match
        elif op is sre.SUBPATTERN:
            close()
            consider(_required(av[-1]))
        elif op is sre.BRANCH:
            close()
            alternatives = [_required(a) for a in av[1]]
            if all(alternatives):
                consider(frozenset().union(*alternatives))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
            close()
            if av[0] >= 1:
                consider(_required(av[2]))
        elif op is getattr(sre, "ATOMIC_GROUP", None):
            close()
            consider(_required(av))
        else:
            close()
    close()
    return best


def _rank(words: frozenset[str]) -> tuple:
    shortest = min(len(w) for w in words)
    return shortest >= 3, -len(words), shortest


class CaseBlind:
    """A case-blind pattern with the ``re.Pattern`` methods the rules use (search, finditer, sub),
    run on the lower-cased text when that finds the same matches; any other method is the
    pattern's own."""

    __slots__ = ("original", "_twin", "pattern", "flags", "_required")

    def __init__(self, pattern: re.Pattern):
        self.original = pattern
        self._twin: tuple[re.Pattern | None, bool] | None = None  # made on first use: a process may never need it
        self.pattern = pattern.pattern
        self.flags = pattern.flags
        self._required: tuple[str, ...] | None = None

    def absent(self, folded: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """Whether ``folded`` (a ``fold``-ed text) lacks, in [pos, endpos), every word a match
        needs (``required_words``): then the pattern matches nowhere there."""
        words = self._required
        if words is None:
            words = self._required = required_words(self.original)
            if len(words) > _MAX_REQUIRED:
                words = self._required = ()
        if not words:
            return False
        for word in words:
            if folded.find(word, pos, endpos) >= 0:
                return False
        return True

    @property
    def twin(self) -> re.Pattern | None:
        if self._twin is None:
            self._twin = _case_blind_twin(self.original)
        return self._twin[0]

    @property
    def exact(self) -> bool:
        return self.twin is not None and self._twin[1]

    def __getattr__(self, name: str):
        return getattr(self.original, name)  # match, fullmatch, split, groups, ...

    def __repr__(self) -> str:
        return f"CaseBlind({self.original!r})"

    def _matches(self, string: str, folded: str, pos: int, endpos: int) -> Iterator[re.Match]:
        """The original's matches, found where the twin matches the folded text: the twin
        matches wherever the original does, so trying the original at each of its places, in
        order, and going on from the end of each match finds every match finditer finds
        (no match is empty)."""
        if self.absent(folded, pos, endpos):
            return
        find, match = self.twin.search, self.original.match
        while True:
            m = find(folded, pos, endpos)
            if m is None:
                return
            real = match(string, m.start(), endpos)
            if real is None:
                pos = m.start() + 1
            else:
                yield real
                pos = real.end()

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        folded = fold(string) if self.twin is not None else None
        if folded is None:
            return self.original.search(string, pos, endpos)
        return next(self._matches(string, folded, pos, endpos), None)

    def hit(self, string: str, folded: str | None) -> bool:
        """Whether the pattern matches anywhere in ``string``; ``folded`` is ``fold(string)`` (one
        fold for many patterns)."""
        if folded is None or self.twin is None:
            return self.original.search(string) is not None
        if self.absent(folded):
            return False
        if self.exact:
            return self.twin.search(folded) is not None
        return next(self._matches(string, folded, 0, sys.maxsize), None) is not None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize, *,
                 folded: str | None | bool = False) -> Iterator[re.Match]:
        """``folded``: ``fold(string)`` when the caller made it once for many patterns."""
        if self.twin is None:
            folded = None
        elif folded is False:
            folded = fold(string)
        if folded is None:
            return self.original.finditer(string, pos, endpos)
        return self._matches(string, folded, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list:
        if self.twin is None or self.original.groups or fold(string) is None:
            return self.original.findall(string, pos, endpos)
        return [m.group(0) for m in self.finditer(string, pos, endpos)]

    def sub(self, repl: str | Callable[[re.Match], str], string: str, count: int = 0) -> str:
        folded = fold(string) if self.twin is not None else None
        if folded is None or count or (isinstance(repl, str) and "\\" in repl):
            return self.original.sub(repl, string, count)
        parts, at = [], 0
        for m in self._matches(string, folded, 0, sys.maxsize):
            parts.append(string[at:m.start()])
            parts.append(repl if isinstance(repl, str) else repl(m))
            at = m.end()
        if not parts:
            return string
        parts.append(string[at:])
        return "".join(parts)


_BLIND_KEEP = 64
_blind: dict[int, tuple[re.Pattern, CaseBlind]] = {}


def case_blind(pattern: re.Pattern) -> CaseBlind:
    """The CaseBlind of a pattern compiled elsewhere (a knowledge file's trigger list), made once.

    Remembered by the pattern's identity, not by equality: hashing a compiled pattern hashes its
    whole compiled code (55 microseconds for the trigger list of ~1,000 forms, at every call: a
    few per clause), and an equal pattern compiled elsewhere gets a CaseBlind of its own that finds
    the same matches."""
    known = _blind.get(id(pattern))
    if known is not None and known[0] is pattern:
        return known[1]
    made = CaseBlind(pattern)
    try:
        while len(_blind) >= _BLIND_KEEP:
            _blind.pop(next(iter(_blind)), None)
    except (RuntimeError, StopIteration):  # another thread changed it meanwhile: it only remembers
        pass
    _blind[id(pattern)] = (pattern, made)  # the entry keeps the pattern alive: its id is not reused meanwhile
    return made


class CaseBlindSet:
    """Which of several case-blind patterns match somewhere in a string, found by one scan.

    The twins' alternation matches at every place where one of the patterns could match; each
    such place is tried with every pattern not yet found (one anchored try each), so a pattern
    is found exactly when its own search would find it. A list with a pattern lacking a twin
    searches pattern by pattern."""

    def __init__(self, patterns: list[CaseBlind]):
        self.patterns = patterns
        self._required: list[tuple[int, str]] | None = None  # (pattern index, word), made on first use
        self._always: list[bool] = []
        twins = [p.twin for p in patterns]
        self._any = None
        if twins and all(t is not None for t in twins):
            flags = {t.flags for t in twins}
            if len(flags) == 1:
                self._any = re.compile("|".join(f"(?:{t.pattern})" for t in twins), flags.pop())

    def _live(self, folded: str) -> list[bool]:
        """For each pattern, ``not pattern.absent(folded)``: one pass over every pattern's required
        words (substring tests) instead of a method call and a loop a pattern."""
        if self._required is None:
            for p in self.patterns:
                p.absent("")  # works out (and bounds) its required words
            self._required = [(k, word) for k, p in enumerate(self.patterns) for word in p._required]
            self._always = [not p._required for p in self.patterns]
        live = self._always.copy()
        for k, word in self._required:
            if not live[k] and word in folded:
                live[k] = True
        return live

    def which(self, string: str) -> list[bool]:
        """For each pattern, whether it matches somewhere in ``string``."""
        folded = fold(string) if self._any is not None else None
        if folded is None:
            return [p.original.search(string) is not None for p in self.patterns]
        live = self._live(folded)
        if sum(live) <= 2:  # most strings hold the words of no pattern, or of one or two
            return [alive and p.hit(string, folded) for alive, p in zip(live, self.patterns)]
        found = [False] * len(self.patterns)
        left = len(found)
        pos = 0
        search = self._any.search
        while left:
            m = search(folded, pos)
            if m is None:
                break
            at = m.start()
            for k, pattern in enumerate(self.patterns):
                if not found[k] and (pattern.twin.match(folded, at) if pattern.exact
                                     else pattern.original.match(string, at)) is not None:
                    found[k] = True
                    left -= 1
            pos = at + 1
        return found
