"""A small registry of extractors, looked up by versioned name (spaCy-style).

An extractor is any object with ``name``, ``version`` and
``__call__(doc: AnnotatedDocument) -> Extraction``. It never touches disk and never
mutates its input; it reads the layers earlier extractors put in ``doc.found``.
"""
from __future__ import annotations

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


def available() -> list[str]:
    _load_builtin()
    return sorted(_FACTORIES)


def create(name: str, **options) -> Extractor:
    """Instantiate the extractor registered under ``name``."""
    _load_builtin()
    try:
        factory = _FACTORIES[name]
    except KeyError:
        raise KeyError(f"no extractor named {name!r}; available: {', '.join(sorted(_FACTORIES))}") from None
    return factory(**options)


def _load_builtin() -> None:
    # Importing the modules runs their @register decorators.
    from . import temporal, actors, events  # noqa: F401
    from .. import link  # noqa: F401
