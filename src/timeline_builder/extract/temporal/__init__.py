"""Temporal expressions: find every date, period, duration and set, and normalise it to TIMEX3.

Detection is a hand-written scanner of compiled regular expressions over an English
lexicon (fast, offset-exact); values are resolved against the document creation time
(dct) and the last date the text mentioned. Documents in Russian, German, French or
Spanish get their absolute dates found by a small per-language scanner and parsed by
dateparser, imported only when such a document arrives.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from ...records import AnnotatedDocument, Extraction, Problem, Timex
from ..languages import missing_stages_problem
from ..registry import register
from .context import Context
from .scanner import OUT_OF_CALENDAR, scan_english, to_timex

EXTRACTOR_NAME = "temporal"
EXTRACTOR_VERSION = "1.0.0"
FOREIGN_LANGUAGES = ("ru", "de", "fr", "es")


def _scan(text: str, dct: date | None, language: str, doc_id: str,
          knowledge_dirs: tuple[Path, ...] = ()) -> tuple[list[Timex], int, list[tuple[str, str]]]:
    """Timexes, the number of unresolved relative expressions, and invalid-date problems."""
    if language[:2].lower() in ("en",) + FOREIGN_LANGUAGES and language[:2].lower() != "ru":
        english, ctx = scan_english(text, dct, knowledge_dirs)
    else:
        english, ctx = [], Context(text, dct)  # English rules would only misread Russian or an unknown language
    found = list(english)
    try:
        if language[:2].lower() not in ("en",) + FOREIGN_LANGUAGES:
            from .languages.fallback import scan_with_dateparser

            # no rules of ours for this language: English rules would misread it, dateparser may know it
            found = scan_with_dateparser(text, dct, language[:2].lower())
        elif language[:2].lower() == "ru":
            from .languages.ru import scan_russian

            # Russian has a scanner of its own; English rules would only misread its numbers
            found = scan_russian(text, dct, ctx.problems)
            ctx.unresolved = sum(f.unresolved for f in found)
        elif language[:2].lower() in FOREIGN_LANGUAGES:
            from .multilingual import scan_foreign

            # the language's own dates win over English rules matching inside them (bare years)
            from .languages.western import scan_relative

            foreign = scan_foreign(text, dct, language[:2].lower(), ctx.problems)
            taken = [(f.start, f.end) for f in foreign]
            # relative dates in the language ("letztes Jahr", "il y a dix ans") next, then English rules
            foreign += [f for f in scan_relative(text, dct, language[:2].lower())
                        if all(f.end <= s or f.start >= e for s, e in taken)]
            taken = [(f.start, f.end) for f in foreign]
            found = [f for f in found if all(f.end <= s or f.start >= e for s, e in taken)]
            found += [f for f in foreign if f.type != "INVALID"]
    except (ValueError, OverflowError) as exc:
        # a date past the calendar's ends (a dct at year 1 or 9999): the English rules resolve each
        # expression on its own and drop only that one; the foreign scanners do not yet, so their
        # expressions are lost for this document and said so, never a traceback
        ctx.problems.append((OUT_OF_CALENDAR, f"{language} dates: {exc}"))
    found.sort(key=lambda f: (f.start, f.end))
    timexes = [to_timex(f, text, doc_id, f"{EXTRACTOR_NAME}/{EXTRACTOR_VERSION}") for f in found]
    return timexes, ctx.unresolved, ctx.problems


def find_timexes(text: str, dct: date | None = None, language: str = "en", doc_id: str = "",
                 knowledge_dirs: tuple[Path, ...] = ()) -> list[Timex]:
    """Find and normalise the temporal expressions of ``text``.

    Args:
        text: the document text; offsets in the result are ``str`` indices into it.
        dct: the document creation time relative expressions resolve against; without it
            they keep a value with X's ("XXXX-XX-XX") and no interval.
        language: ISO 639-1 code; "ru", "de", "fr" and "es" add absolute dates in that
            language (parsed by dateparser).
        doc_id: copied into each Timex.
        knowledge_dirs: user knowledge folders; their ``temporal/eras.tsv`` adds named eras.

    Returns:
        Non-overlapping timexes sorted by offset.
    """
    return _scan(text, dct, language, doc_id, tuple(knowledge_dirs))[0]


@register(EXTRACTOR_NAME)
class TemporalExtractor:
    """The pipeline stage that adds a document's timexes (and notes what it could not resolve)."""

    name = EXTRACTOR_NAME
    version = EXTRACTOR_VERSION

    def __init__(self, knowledge_dirs: tuple[Path, ...] = ()):
        self.knowledge_dirs = tuple(Path(d) for d in knowledge_dirs)

    def __call__(self, doc: AnnotatedDocument) -> Extraction:
        document = doc.document
        timexes, unresolved, invalid = _scan(document.text, document.dct, document.language or "en",
                                             document.doc_id, self.knowledge_dirs)
        problems = []
        unsupported = missing_stages_problem(document)
        if unsupported is not None:
            problems.append(unsupported)
        if unresolved:
            problems.append(Problem(
                code="timex-unresolved", stage="extract", severity="warning", doc_id=document.doc_id,
                path=document.path,
                message=f"{unresolved} relative time expression(s) left unresolved: the document has no dct"))
        for code, span in invalid:
            message = (f"names a date outside years 1-9999 (dct {document.dct}): {span!r}" if code == OUT_OF_CALENDAR
                       else f"not a calendar date: {span!r}")
            problems.append(Problem(code=code, stage="extract", severity="warning", doc_id=document.doc_id,
                                    path=document.path, message=message))
        return Extraction(timexes=tuple(timexes), problems=tuple(problems))


__all__ = ["find_timexes", "TemporalExtractor", "EXTRACTOR_NAME", "EXTRACTOR_VERSION"]
