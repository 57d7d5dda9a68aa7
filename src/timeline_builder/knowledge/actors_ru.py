"""Russian names of actors (``actors/ru/*.tsv``), expanded to every case form by pymorphy3.

Each name is written once, in the nominative; its inflected forms come from the
morphological dictionary (pymorphy3 with its OpenCorpora dictionary package), so that
matching a document is a dictionary look-up per word, with no analysis at run time.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .actors import ActorKnowledge, KnownActor
from .files import knowledge_files, read_tsv
from .russian_names import WORD, NameIndex, morph, norm

__all__ = ["WORD", "RussianActorKnowledge", "load_russian_actor_knowledge", "morph", "norm"]
_TYPES = ("person", "state", "organization", "group")


@dataclass
class RussianActorKnowledge:
    """Russian names of actors (kinds alias, demonym, metonym, not-actor), the actors the
    English files lack, and the nouns that make "американская сторона" the state."""

    names: NameIndex = field(default_factory=NameIndex)
    extra_actors: dict[str, KnownActor] = field(default_factory=dict)
    side_nouns: dict[str, str] = field(default_factory=dict)  # noun -> class


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
    result.names.add(actor_id, name, kind, path, line, adjective_stem=kind == "demonym")
