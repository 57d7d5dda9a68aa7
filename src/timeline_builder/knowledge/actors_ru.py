"""Russian names of actors (``actors/ru/*.tsv``), expanded to every case form by pymorphy3.

Each name is written once, in the nominative; its inflected forms come from the
morphological dictionary (pymorphy3 with its OpenCorpora dictionary package), so that
matching a document is a dictionary look-up per word, with no analysis at run time.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import KnowledgeError
from .actors import ActorKnowledge, KnownActor
from .files import knowledge_files, read_tsv

KINDS = ("alias", "demonym", "metonym")
WORD = re.compile(r"[^\W\d_]+|\d+")
_TYPES = ("person", "state", "organization", "group")


@lru_cache(maxsize=1)
def morph():
    """The pymorphy3 analyser with its Russian dictionary (loaded once per process)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


def norm(word: str) -> str:
    """The matching key of a word: lower case, ё as е."""
    return word.lower().replace("ё", "е")


def case_rule(word: str) -> str:
    """How a text word must be written to match ``word``: 'upper' (США), 'title' (Путин) or 'any'."""
    if len(word) > 1 and word.isupper():
        return "upper"
    return "title" if word[:1].isupper() else "any"


@dataclass(frozen=True, slots=True)
class RussianName:
    """One Russian name of an actor: its words' keys and case rules, and what kind of name it is."""

    actor_id: str
    words: tuple[str, ...]
    cases: tuple[str, ...]
    kind: str  # alias | demonym | metonym | not-actor
    path: str
    line: int


@dataclass
class RussianActorKnowledge:
    """Russian names by first word, the form index, and actors the English files lack."""

    names_by_first: dict[str, list[RussianName]] = field(default_factory=dict)
    forms: dict[str, set[str]] = field(default_factory=dict)  # text form key -> name word keys
    extra_actors: dict[str, KnownActor] = field(default_factory=dict)
    side_nouns: dict[str, str] = field(default_factory=dict)  # noun lemma -> class

    def add_word(self, word: str, demonym: bool = False) -> str:
        """Index every case form of ``word`` and return its key."""
        key = norm(word)
        self.forms.setdefault(key, set()).add(key)
        if not word.isupper() or len(word) == 1:
            for form in _forms(key, demonym):
                self.forms.setdefault(form, set()).add(key)
        return key


@lru_cache(maxsize=4096)
def _forms(word: str, demonym: bool) -> tuple[str, ...]:
    """Every case form of ``word`` from the dictionary (for an adjective also the compound
    stem, "российско-" of "российский")."""
    parses = morph().parse(word)
    if not parses:
        return ()
    # a name is written in the nominative: every parse that reads it so ("большая" is both
    # "больший" and "большой"), else the likeliest
    chosen = [p for p in parses if "nomn" in p.tag] or parses[:1]
    forms = set()
    for parse in chosen:
        forms.update(norm(f.word) for f in parse.lexeme)
    if demonym and word.endswith(("ский", "цкий")):
        forms.add(word[:-2] + "о")
    return tuple(sorted(forms))


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def load_russian_actor_knowledge(english: ActorKnowledge, user_dirs: tuple[Path, ...] = ()) -> RussianActorKnowledge:
    """Read ``actors/ru/*.tsv`` (packaged, then each user folder's) against the English knowledge base."""
    key = (id(english), tuple(str(d) for d in user_dirs))
    cached = _LOADED.get(key)
    if cached is None or cached[0] is not english:
        cached = _LOADED[key] = (english, _load(english, key[1]))
    return cached[1]


_LOADED: dict[tuple[int, tuple[str, ...]], tuple[ActorKnowledge, RussianActorKnowledge]] = {}


def _load(english: ActorKnowledge, user_dirs: tuple[str, ...]) -> RussianActorKnowledge:
    result = RussianActorKnowledge()
    folders = tuple(Path(d) for d in user_dirs)
    for path in knowledge_files("actors/ru/actors.tsv", folders):
        for row in read_tsv(path, required=("id", "aliases")):
            actor_id = row.require("id")
            if actor_id not in english.actors and actor_id not in result.extra_actors:
                name, kind = row.get("name"), row.get("type")
                if not name or kind not in _TYPES:
                    raise row.error(f"id {actor_id!r} is not in the English knowledge base: give its name and a "
                                    f"type ({', '.join(_TYPES)})")
                result.extra_actors[actor_id] = KnownActor(actor_id, name, kind, row.get("country"), (), (), (),
                                                           None, None, row.path, row.line)
            for kind, column in (("alias", "aliases"), ("demonym", "demonyms"), ("metonym", "metonyms")):
                for name in _split(row.get(column)):
                    _add_name(result, actor_id, name, kind, row.path, row.line)
    for path in knowledge_files("actors/ru/not_actors.tsv", folders):
        for row in read_tsv(path, required=("phrase",)):
            _add_name(result, "", row.require("phrase"), "not-actor", row.path, row.line)
    for path in knowledge_files("actors/ru/side_nouns.tsv", folders):
        for row in read_tsv(path, required=("noun", "class")):
            result.side_nouns[norm(row.require("noun"))] = row.require("class")
    return result


def _add_name(result: RussianActorKnowledge, actor_id: str, name: str, kind: str, path: str, line: int) -> None:
    words = WORD.findall(name)
    if not words:
        raise KnowledgeError(f"name {name!r} has no word", path=path, line=line)
    keys = tuple(result.add_word(w, demonym=kind == "demonym") for w in words)
    entry = RussianName(actor_id, keys, tuple(case_rule(w) for w in words), kind, path, line)
    result.names_by_first.setdefault(keys[0], []).append(entry)
