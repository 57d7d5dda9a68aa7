"""Errors lose as little as possible: a stage that works item by item (the linker, event by event)
files one item's failure as a problem row and keeps the rest of the document's rows.

Such a failure is a bug. Tests must not hide it, so ``TIMELINE_ITEM_ERRORS=raise`` (the test
suite's conftest sets it) turns the guard into a raise, as a strict mode does; the default,
``report``, files the problem row.
"""
from __future__ import annotations

import os

from .records import Document, EventMention, Problem

ENVIRONMENT = "TIMELINE_ITEM_ERRORS"
ITEM_FAILED = "item-failed"


def raising() -> bool:
    """Whether item failures are raised (``TIMELINE_ITEM_ERRORS=raise``) rather than reported."""
    return os.environ.get(ENVIRONMENT, "report").strip().lower() == "raise"


def item_failed(exc: BaseException, stage: str, document: Document, clause: EventMention | None,
                item: str) -> Problem:
    """The problem row of one item's failure: the document, the stage, the clause's character span,
    and the exception's type and message. Under ``TIMELINE_ITEM_ERRORS=raise`` the exception goes on."""
    if raising():
        raise exc
    where = f"chars {clause.char_start}-{clause.char_end}" if clause is not None else "no clause"
    return Problem(ITEM_FAILED, f"{stage}: {item} at {where} lost its rows: {type(exc).__name__}: {exc}",
                   path=document.path, doc_id=document.doc_id, stage=stage)
