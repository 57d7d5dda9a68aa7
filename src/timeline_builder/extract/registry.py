"""A small registry of extractors, looked up by versioned name (spaCy-style).

An extractor is any object with ``name``, ``version`` and
``__call__(doc: AnnotatedDocument) -> Extraction``. It never touches disk and never
mutates its input; it reads the layers earlier extractors put in ``doc.found``.
"""
from __future__ import annotations

import importlib
import inspect
from typing import Callable, Protocol

from ..records import AnnotatedDocument, Extraction


class Extractor(Protocol):
    name: str
    version: str

    def __call__(self, doc: AnnotatedDocument) -> Extraction: ...


_FACTORIES: dict[str, Callable[..., Extractor]] = {}

# The order stages run in: events read timexes and actors, linking reads events.
DEFAULT_PIPELINE = ("temporal", "actors", "events", "link")


def register(name: str) -> Callable[[Callable[..., Extractor]], Callable[..., Extractor]]:
    """Register an extractor factory under ``name`` (decorator)."""

    def wrap(factory: Callable[..., Extractor]) -> Callable[..., Extractor]:
        _FACTORIES[name] = factory
        return factory

    return wrap


# Where the built-in extractors live; a module is imported only when its extractor is used.
_BUILTIN_MODULES = {
    "temporal": "timeline_builder.extract.temporal",
    "actors": "timeline_builder.extract.actors",
    "events": "timeline_builder.extract.events",
    "link": "timeline_builder.link.event_actors",
}


def available() -> list[str]:
    return sorted(set(_FACTORIES) | set(_BUILTIN_MODULES))


def create(name: str, **options) -> Extractor:
    """Instantiate the extractor registered under ``name``."""
    if name not in _FACTORIES and name in _BUILTIN_MODULES:
        importlib.import_module(_BUILTIN_MODULES[name])  # runs its @register decorator
    try:
        factory = _FACTORIES[name]
    except KeyError:
        raise KeyError(f"no extractor named {name!r}; available: {', '.join(sorted(_FACTORIES))}") from None
    # Factories take only the options they declare (e.g. knowledge_dirs); others are not theirs.
    accepted = inspect.signature(factory).parameters
    if not any(p.kind is p.VAR_KEYWORD for p in accepted.values()):
        options = {k: v for k, v in options.items() if k in accepted}
    return factory(**options)
