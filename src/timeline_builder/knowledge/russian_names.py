"""Russian names written once in the nominative and found in every case form.

The forms come from the morphological dictionary (pymorphy3 with its OpenCorpora package)
when the names are loaded, so matching a document is one dictionary look-up per word.
Matching ignores ё/е; a capitalised name word matches only capitalised text, an
all-capital one (США) only as written, a lower-case one in any case.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

from ..errors import KnowledgeError

WORD = re.compile(r"[^\W\d_]+|\d+")


@lru_cache(maxsize=1)
def morph():
    """The pymorphy3 analyser with its Russian dictionary (loaded once per process)."""
    import pymorphy3

    # without the probability estimator a parse costs half as much; the parses keep the
    # dictionary's order and their tags, which is all the rules read
    return pymorphy3.MorphAnalyzer(lang="ru", probability_estimator_cls=None)


def norm(word: str) -> str:
    """The matching key of a word: lower case, ё as е."""
    return word.lower().replace("ё", "е")


def case_rule(word: str) -> str:
    """How a text word must be written to match ``word``: 'upper' (США), 'title' (Путин) or 'any'."""
    if len(word) > 1 and word.isupper():
        return "upper"
    return "title" if word[:1].isupper() else "any"


def case_ok(word: str, rule: str) -> bool:
    if rule == "upper":
        return word.isupper()
    if rule == "title":
        return word[:1].isupper()
    return True


@lru_cache(maxsize=8192)
def forms_of(word: str, adjective_stem: bool = False) -> tuple[str, ...]:
    """Every case form of ``word`` (a nominative) from the dictionary; with ``adjective_stem``
    also the compound stem of an adjective ("российско-" of "российский")."""
    # a name is written in the nominative: every parse that reads it so ("большая" is both
    # "больший" and "большой"), else the likeliest
    parses = morph().parse(word)
    chosen = [p for p in parses if "nomn" in p.tag] or parses[:1]
    forms = set()
    for parse in chosen:
        forms.update(norm(f.word) for f in parse.lexeme)
    if adjective_stem and word.endswith(("ский", "цкий")):
        forms.add(word[:-2] + "о")
    return tuple(sorted(forms))


def form_map(words) -> dict[str, str]:
    """Every case or verb form of each word (in its dictionary form) -> that word's key, so that
    a document's words are recognised by one look-up instead of an analysis each."""
    found: dict[str, str] = {}
    for word in words:
        key = norm(word)
        found.setdefault(key, key)
        for form in forms_of(key):
            found.setdefault(form, key)
    return found


@dataclass(frozen=True, slots=True)
class RussianName:
    """One name: its words' keys and case rules, what it names, and where it was defined."""

    target: str
    words: tuple[str, ...]
    cases: tuple[str, ...]
    kind: str
    path: str
    line: int


@dataclass
class NameIndex:
    """Names by their first word's key, and each text form's name-word keys."""

    by_first: dict[str, list[RussianName]] = field(default_factory=dict)
    forms: dict[str, set[str]] = field(default_factory=dict)

    def add(self, target: str, name: str, kind: str, path: str, line: int, adjective_stem: bool = False) -> None:
        words = WORD.findall(name)
        if not words:
            raise KnowledgeError(f"name {name!r} has no word", path=path, line=line)
        keys = []
        for word in words:
            key = norm(word)
            keys.append(key)
            self.forms.setdefault(key, set()).add(key)
            if not (len(word) > 1 and word.isupper()) and not word.isdigit():
                for form in forms_of(key, adjective_stem):
                    self.forms.setdefault(form, set()).add(key)
        entry = RussianName(target, tuple(keys), tuple(case_rule(w) for w in words), kind, path, line)
        self.by_first.setdefault(keys[0], []).append(entry)

    def match_at(self, words: list[str], i: int, adjacent: Callable[[int], bool],
                 keys: list[str] | None = None) -> tuple[RussianName, int] | None:
        """The longest name starting at word ``i``; ``adjacent(k)`` says word k+1 follows word k closely;
        ``keys`` are the words' ``norm`` forms, when the caller has them already."""
        keys = keys if keys is not None else [norm(w) for w in words[i:i + 8]]
        offset = 0 if len(keys) == len(words) else i
        candidates = self.forms.get(keys[i - offset])
        if not candidates:
            return None
        best = None
        for word_key in candidates:
            for name in self.by_first.get(word_key, ()):
                n = len(name.words)
                if i + n > len(words) or (best is not None and n <= best[1] - i):
                    continue
                if i + n - offset > len(keys):
                    continue
                if all(name.words[k] in self.forms.get(keys[i + k - offset], ()) and case_ok(words[i + k], name.cases[k])
                       and (k == 0 or adjacent(i + k - 1)) for k in range(n)):
                    best = (name, i + n)
        return best
