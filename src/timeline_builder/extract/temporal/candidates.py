"""Candidates: spans a rule matched, with how to resolve them once the context is known."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from .context import Context
from .resolve import Found

Resolver = Callable[[Context], list[Found]]


@dataclass(slots=True)
class Candidate:
    """A span a rule matched. ``kind`` says which prefixes may extend it."""

    start: int
    end: int
    kind: str
    resolve: Resolver
    rank: int = 5
