"""The actor extractor: knowledge-base matching, discovery, short forms, groups and roles.

Registered as ``actors``. For each document it returns one ``Actor`` per real-world actor,
an ``ActorMention`` per span naming it, and ``ActorRole`` rows (the knowledge base's
time-bounded roles of the actors found, and roles the text gives). See
``knowledge/actors.py`` for the data it reads and ``gold/SCHEMA.md`` for the conventions.
The class is in ``extractor.py``; its import path stays ``timeline_builder.extract.actors``.
"""
from __future__ import annotations

from pathlib import Path

from ..registry import register
from .extractor import ActorExtractor
from .speakers import ActorReference

__all__ = ["ActorExtractor", "ActorReference", "make_actor_extractor"]


@register("actors")
def make_actor_extractor(knowledge_dirs: tuple[Path, ...] = (), **options) -> ActorExtractor:
    """Factory for the registry: ``create("actors", knowledge_dirs=...)``."""
    return ActorExtractor(knowledge_dirs=tuple(knowledge_dirs), **options)
