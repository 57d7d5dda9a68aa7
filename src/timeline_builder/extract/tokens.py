"""One token array a document, made once and read by every stage that walks the text word by word.

A token is a run of word characters (``\\w+``: letters, digits, underscore) or one other
character that is not white space ("U.S." is ``U``, ``.``, ``S``, ``.``). The array holds the
tokens as parallel lists: their text as written, their start and end offsets; their lower-cased
text and the sentence of each token are worked out on first use. The arrays of the last few texts
are kept (by identity), so the actor, event and link stages of one document split it once between
them, whatever its length (when only texts of 2,000 characters or more were kept, a build of 400
BBC stories split 3.3 times as many characters as the stories hold).

Usage::

    tokens = TokenArray.of(text)                   # shared: the same object for the same text
    tokens.words[k], tokens.starts[k], tokens.ends[k]
    tokens.lowered[k]                              # words[k].lower()
    tokens.index_at(offset)                        # first token starting at or after offset
    tokens.offsets_of({"treaty", "pact"})          # where tokens of those words (any case) start
    tokens.sentence_ids([(s.start, s.end) ...])    # per token: index of its sentence, or -1
"""
from __future__ import annotations

import bisect
import re
from itertools import accumulate, compress

# Possessive: a run of word characters never gives characters back, so these are the matches of
# ``(\w+|[^\w\s])``, found without the backtracking bookkeeping.
SPLIT = re.compile(r"(\w++|[^\w\s])")
_KEEP = 4
_recent: dict[int, "TokenArray"] = {}
# The words rules look up with ``offsets_of`` (indexed in one pass a text): a new frozenset each time
# it grows, so an array keeps the one its index was made from and knows exactly what it covers.
_watched: frozenset[str] = frozenset()
# From this many tokens on, an array indexes every word at once: a long text (a 5 MB document has a
# million tokens) asked for words nobody had asked for yet would otherwise be indexed again each
# time, once for each rule the first time it runs (one pass over the tokens each), for a second.
INDEX_ALL_FROM = 50_000


class TokenArray:
    """The tokens of one text as parallel lists (see the module's docstring)."""

    __slots__ = ("text", "starts", "ends", "_words", "_lowered", "_sentences", "_index", "_covers", "_offsets")

    def __init__(self, text: str, split: re.Pattern = SPLIT, as_written: bool = False):
        """Tokens as ``split`` (a pattern with one group around a token) cuts them. ``as_written``
        splits the text itself (for a first reader that wants ``words``, as the actor stage does):
        ``lowered`` is then made from the words when asked for."""
        self.text = text
        # Lowering the whole text keeps the offsets, and no character changes between word, space
        # and other when lowered (all of Unicode checked): splitting the lower-cased text cuts the
        # same tokens, lower-cased in C. A capital sigma is left out: its lower case depends on the
        # letters around it.
        if as_written:
            low, whole = text, False
        else:
            low = text.lower()
            whole = len(low) == len(text) and "Σ" not in text
        # One split gives gaps and tokens alternately ([gap, token, gap, ..., gap]); the running
        # sum of their lengths is each token's start and end, without a Python step per token.
        parts = split.split(low if whole else text)
        offsets = list(accumulate(map(len, parts)))
        self.starts: list[int] = offsets[0:-1:2]
        self.ends: list[int] = offsets[1::2]
        self._words: list[str] | None = None if whole else parts[1::2]
        self._lowered: list[str] | None = parts[1::2] if whole else None
        self._sentences: tuple[tuple, list[int]] | None = None
        self._index: dict[str, list[int]] | None = None
        self._covers: frozenset[str] | None = frozenset()  # the words ``_index`` was made for (None: all)
        self._offsets: dict[frozenset[str], list[int]] = {}

    @classmethod
    def of(cls, text: str, as_written: bool = False) -> "TokenArray":
        """The array of ``text``, shared with whoever asked for the same text lately
        (``as_written``: see ``__init__``; it only says how a new array is made)."""
        known = _recent.get(id(text))
        if known is not None and known.text is text:
            return known
        made = cls(text, as_written=as_written)
        try:
            while len(_recent) >= _KEEP:
                _recent.pop(next(iter(_recent)), None)
        except (RuntimeError, StopIteration):  # another thread changed it meanwhile: it only remembers
            pass
        _recent[id(text)] = made
        return made

    def __len__(self) -> int:
        return len(self.starts)

    @property
    def words(self) -> list[str]:
        """Each token as the text writes it."""
        if self._words is None:
            self._words = list(map(self.text.__getitem__, map(slice, self.starts, self.ends)))
        return self._words

    @property
    def lowered(self) -> list[str]:
        """Each token in lower case (``words[k].lower()``)."""
        if self._lowered is None:
            self._lowered = list(map(str.lower, self._words))
        return self._lowered

    def word(self, k: int) -> str:
        """Token k as the text writes it (without making the whole list of ``words``)."""
        return self.text[self.starts[k]:self.ends[k]]

    def offsets_of(self, words: frozenset[str]) -> list[int]:
        """The start offsets, in order, of the tokens whose lower case is one of ``words``: where a
        rule's first word stands, looked up instead of scanning the text with the rule. The words
        every rule asked for so far (in this process) are indexed together, in one pass over the
        tokens a text; an array is indexed again when asked for a word its index was not made for,
        whichever text first asked for it (a text of INDEX_ALL_FROM tokens or more indexes all its
        words, once). The answer for a set of words is kept with the array (rules
        ask for the same words once a clause: in a long text, merging their offsets each time cost more
        than the rule), so the list returned is shared: read it, do not change it."""
        key = words if isinstance(words, frozenset) else frozenset(words)
        known = self._offsets.get(key)
        if known is not None:  # (made from this index, which holds every word watched when it was made)
            return known
        index = self._index
        if index is None or not (self._covers is None or words <= self._covers):
            # (another text may have added words since this index was made: it covers only its own set)
            global _watched
            if not words <= _watched:
                _watched = _watched | words
            covers = _watched
            index = {}
            lowered = self.lowered
            if len(lowered) >= INDEX_ALL_FROM:
                covers = None  # every word
                for k, word in enumerate(lowered):
                    found = index.get(word)
                    if found is None:
                        index[word] = [k]
                    else:
                        found.append(k)
            else:
                for k in compress(range(len(lowered)), map(covers.__contains__, lowered)):  # in C
                    index.setdefault(lowered[k], []).append(k)
            self._index, self._covers, self._offsets = index, covers, {}
        keys = [w for w in words if w in index]
        if not keys:
            found = []
        else:
            starts = self.starts
            found = [starts[k] for k in (index[keys[0]] if len(keys) == 1
                                         else sorted(k for w in keys for k in index[w]))]
        self._offsets[key] = found
        return found

    def index_at(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect.bisect_left(self.starts, offset)

    def sentence_ids(self, sentences: list[tuple[int, int]]) -> list[int]:
        """For each token, the index of the sentence (a sorted list of (start, end) spans) that
        holds its start, or -1 for a token between sentences."""
        key = tuple(sentences)
        if self._sentences is None or self._sentences[0] != key:
            ids = [-1] * len(self.starts)
            for i, (start, end) in enumerate(sentences):
                first, last = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
                ids[first:last] = [i] * (last - first)
            self._sentences = (key, ids)
        return self._sentences[1]
