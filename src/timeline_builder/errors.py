"""One exception hierarchy; each carries the context a user needs to act on it."""
from __future__ import annotations


class TimelineError(Exception):
    """Base class. ``hint`` says what to do about it."""

    def __init__(self, message: str, *, hint: str | None = None, path: str | None = None,
                 stage: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.path = path
        self.stage = stage

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        tail = f" ({self.hint})" if self.hint else ""
        return f"{where}{self.message}{tail}"


class UsageError(TimelineError):
    """The user asked for something impossible: a missing path, a bad option."""


class IngestError(TimelineError):
    """An input could not be read as a document."""


class KnowledgeError(TimelineError):
    """A knowledge-base file has a bad entry."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None, hint: str | None = None):
        super().__init__(message if line is None else f"line {line}: {message}", hint=hint, path=path,
                         stage="knowledge")
        self.line = line


class PublishError(TimelineError):
    """A dataset version could not be written."""


class DatasetError(TimelineError):
    """A dataset or version is missing, tampered with, or of a newer schema."""
