"""Compiled regular expressions kept between builds, as ``.pyc`` files keep compiled modules.

The extractors hold about 1,400 patterns (word lists of thousands of alternatives among them).
Python compiles a pattern in pure Python (``re._parser`` then ``re._compiler``), about half a
CPU-second a process in all: on a build of 400 news stories, a tenth of the build. Only the
last step, ``_sre.compile``, is in C. What the Python steps produce for a pattern (its flags,
its code, a list of integers, and its groups) depends only on the pattern, its flags and the
Python version, so it can be kept in a file and handed to ``_sre.compile`` next time; the
pattern object that comes out is equal (``==`` compares the code) to the one ``re.compile``
makes. Nothing else changes: the same patterns match the same text, so a dataset is the same
bytes with or without this file.

``timeline build`` uses it (:func:`kept`) around the build; worker processes forked from it
inherit what it loaded. The file lives in the user's cache folder (``$XDG_CACHE_HOME``, else
``~/.cache``) under ``timeline-builder/``, its name and first entry naming the Python that made it;
``TIMELINE_REGEX_CACHE`` names another file, or ``off`` turns it off. It holds the patterns
the last build used, first used first, at most :data:`MAX_PATTERNS` (patterns made from a
document's own words are compiled anew each build beyond that). A file that cannot be read,
or an entry ``_sre.compile`` refuses (it checks the code it is given), is ignored and the
pattern compiled as usual; a file that cannot be written is not written. Only CPython is
served (elsewhere :func:`kept` does nothing). A warning ``re`` gives while parsing a pattern
(a FutureWarning for "[[") comes only when the pattern is compiled, not when it is read back.
"""
from __future__ import annotations

import marshal
import os
import re
import sys
from array import array
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

ENVIRONMENT = "TIMELINE_REGEX_CACHE"
MAX_PATTERNS = 4096

try:  # (private modules of CPython's re: without them nothing is kept)
    import _sre
    from re import _compiler, _constants, _parser
except ImportError:  # pragma: no cover - another Python
    _compiler = None


def default_path() -> Path | None:
    """Where the patterns are kept: ``TIMELINE_REGEX_CACHE``, else the user's cache folder; None: off."""
    named = os.environ.get(ENVIRONMENT)
    if named is not None:
        return None if named.strip().lower() in ("", "0", "off", "no", "false") else Path(named)
    if _compiler is None or sys.implementation.name != "cpython":
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    version = ".".join(map(str, sys.version_info[:3]))
    return Path(base) / "timeline-builder" / f"regex-cpython-{version}-{_constants.MAGIC}.marshal"


class PatternStore:
    """The kept patterns: (pattern, flags) -> the arguments of ``_sre.compile`` after the pattern."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.known = self._read()
        self.used: dict[tuple, tuple] = {}  # this process's patterns, in the order first used
        self.hits = self.misses = 0
        self.derived_misses = 0  # values of :func:`derived` computed anew
        self._previous = None
        self._pid = os.getpid()

    def _read(self) -> dict:
        try:
            # (read whole, then unmarshalled: marshal.load on a file object reads it in small pieces,
            # 3-4x slower for a file of 4,000 patterns)
            with open(self.path, "rb") as handle:
                tag, known = marshal.loads(handle.read())
        except (OSError, EOFError, ValueError, TypeError):
            return {}
        # (kept by another Python, whose code may mean other things: not used)
        return known if tag == _tag() and isinstance(known, dict) else {}

    def compile(self, pattern, flags=0):
        """``re._compiler.compile``, from the kept code when there is some."""
        if type(pattern) not in (str, bytes) or flags & _constants.SRE_FLAG_DEBUG:  # (marshal keeps exact types)
            return self._previous(pattern, flags)
        key = (pattern, int(flags))
        entry = self.known.get(key)
        if entry is not None:
            try:
                flags_, code, groups, groupindex, indexgroup = entry
                compiled = _sre.compile(pattern, flags_, array(_CODE, code).tolist(), groups, groupindex, indexgroup)
            except Exception:  # noqa: BLE001 - a damaged entry: compile as usual
                self.known.pop(key, None)
            else:
                self.hits += 1
                self.used.setdefault(key, entry)
                return compiled
        self.misses += 1
        flags_, code, groups, groupindex, indexgroup = _compiled_parts(pattern, flags)
        self.used.setdefault(key, (flags_, array(_CODE, code).tobytes(), groups, groupindex, indexgroup))
        return _sre.compile(pattern, flags_, code, groups, groupindex, indexgroup)

    def derived(self, key: tuple, compute: Callable[[], object]) -> object:
        """The value kept under ``key`` (see :func:`derived`), else ``compute()``, kept."""
        if key in self.known:
            value = self.known[key]
            self.used.setdefault(key, value)
            return value
        self.derived_misses += 1
        value = compute()
        self.used.setdefault(key, value)
        return value

    def install(self) -> None:
        self._previous = _compiler.compile
        _compiler.compile = self.compile

    def uninstall(self) -> None:
        if self._previous is not None and _compiler.compile == self.compile:
            _compiler.compile = self._previous
        self._previous = None

    def save(self) -> None:
        """Write the patterns this process used, then those the file holds now (another process's,
        a worker's), at most MAX_PATTERNS, atomically; nothing when none was new."""
        if os.getpid() != self._pid or not (self.misses or self.derived_misses):
            return
        kept = dict(list(self.used.items())[:MAX_PATTERNS])
        for key, entry in self._read().items():
            if len(kept) >= MAX_PATTERNS:
                break
            kept.setdefault(key, entry)
        temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(temporary, "wb") as handle:
                handle.write(marshal.dumps((_tag(), kept)))
            os.replace(temporary, self.path)
        except (OSError, ValueError):
            try:
                os.unlink(temporary)
            except OSError:
                pass


def _tag() -> tuple:
    """The Python whose compiler made a file's code: implementation, version, re's code version."""
    return (sys.implementation.name, tuple(sys.version_info[:3]), _constants.MAGIC, _sre.CODESIZE, sys.byteorder)


# The code is kept as the bytes of an array of code words: marshal reads a million small ints
# in a list a hundred times slower (0.17 s against 1.5 ms for the extractors' patterns).
_CODE = next((t for t in "IL" if _compiler is not None and array(t).itemsize == _sre.CODESIZE), "I")


def _compiled_parts(pattern, flags) -> tuple:
    """What ``re._compiler.compile`` hands ``_sre.compile`` after the pattern (as plain ints, lists,
    dicts and tuples, which ``marshal`` keeps): flags, code, groups, group index, index group."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1,
            groupindex, tuple(indexgroup))


_active: PatternStore | None = None  # the store of the :func:`kept` block running in this process


@contextmanager
def kept(path: Path | None = None) -> Iterator[PatternStore | None]:
    """Patterns compiled meanwhile come from, and go to, the file at ``path`` (default
    :func:`default_path`); yields the store, or None when keeping is off or not possible."""
    global _active
    path = path if path is not None else default_path()
    if path is None or _compiler is None or _active is not None or not _can_keep():
        yield None
        return
    store = _active = PatternStore(path)
    store.install()
    try:
        yield store
    finally:
        _active = None
        store.uninstall()
        store.save()


def derived(kind: tuple, key: tuple, compute: Callable[[], object]) -> object:
    """``compute()``, a value that depends only on ``key`` (a pattern's source and flags, say), on the
    Python (the file's tag) and on ``kind``: the name and code version of what computes it (a
    digest of its source, so that an edited rule never reads a value its older code made).
    Inside a :func:`kept` block the value is kept in the same file as the compiled patterns, and
    read back next time (the values are what ``marshal`` keeps: str, int, bool, None, tuples).
    Used for facts the pure-Python regex parser gives (``extract/casefold.py``'s twins of
    case-blind patterns and their required words), which would otherwise be parsed again in
    every process."""
    store = _active
    if store is None or None in kind:
        return compute()
    return store.derived(("derived", *kind, *key), compute)


def in_worker() -> None:
    """In a worker process forked inside a :func:`kept` block: the patterns it compiles (those the
    extractors make on first use) are written when it ends, beside the parent's."""
    store = _active
    if store is None or store._pid == os.getpid():
        return
    from multiprocessing import util

    store._pid, store.misses, store.derived_misses = os.getpid(), 0, 0
    util.Finalize(None, store.save, exitpriority=0)


def _can_keep() -> bool:
    """Whether this Python's re compiles as this module expects: a pattern made from kept parts
    equals the one re makes (checked on one small pattern)."""
    try:
        sample = r"(?P<year>\d{4})|[Tt]reat(?:y|ies)\b"
        return _sre.compile(sample, *_compiled_parts(sample, re.IGNORECASE)) == re.compile(sample, re.IGNORECASE)
    except Exception:  # noqa: BLE001 - private parts changed: keep nothing
        return False
