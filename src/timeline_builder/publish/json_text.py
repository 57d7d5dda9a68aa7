"""JSON text written a piece at a time, so a manifest listing a million inputs is never held whole.

:func:`json_chunks` gives exactly the text of ``json.dumps(value, indent=indent, sort_keys=True,
ensure_ascii=False)``, but any :class:`StreamedList` inside ``value`` is read an item at a time
as the text is written. The version id hashes that text and the manifest and ``croissant.json``
are that text, so streaming them changes no byte.
"""
from __future__ import annotations

import json
from typing import Callable, Iterable, Iterator


class StreamedList:
    """A list read from its source each time it is iterated (``items()`` gives a new iterator);
    ``length`` is its number of items. It is written as a JSON array by :func:`json_chunks`."""

    def __init__(self, length: int, items: Callable[[], Iterable]):
        self.length = length
        self._items = items

    def __len__(self) -> int:
        return self.length

    def __iter__(self) -> Iterator:
        return iter(self._items())

    def mapped(self, function: Callable) -> "StreamedList":
        """This list with ``function`` applied to each item as it is read."""
        return StreamedList(self.length, lambda: map(function, self))


def json_chunks(value, indent: int | None = None, level: int = 0) -> Iterator[str]:
    """The JSON text of ``value`` (see the module docstring), in pieces; ``level``: how deep
    ``value`` is nested (for the indentation of its lines)."""
    if not _streams(value):
        text = json.dumps(value, indent=indent, sort_keys=True, ensure_ascii=False)
        yield text.replace("\n", "\n" + " " * (indent * level)) if indent and level else text
        return
    # the separators json.dumps uses: with an indent, items end their line; without, ", "
    inner = "\n" + " " * (indent * (level + 1)) if indent is not None else ""
    close = "\n" + " " * (indent * level) if indent is not None else ""
    between = "," + inner if indent is not None else ", "
    if isinstance(value, dict):
        items = [(key, value[key]) for key in sorted(value)]
        if not items:
            yield "{}"
            return
        yield "{" + inner
        for number, (key, item) in enumerate(items):
            yield (between if number else "") + json.dumps(key, ensure_ascii=False) + ": "
            yield from json_chunks(item, indent, level + 1)
        yield close + "}"
        return
    empty = True
    for item in value:
        yield ("[" + inner) if empty else between
        empty = False
        yield from json_chunks(item, indent, level + 1)
    yield "[]" if empty else close + "]"


def _streams(value) -> bool:
    """Whether ``value`` holds a StreamedList (only dicts and StreamedLists are looked into)."""
    if isinstance(value, StreamedList):
        return True
    return isinstance(value, dict) and any(_streams(item) for item in value.values())
