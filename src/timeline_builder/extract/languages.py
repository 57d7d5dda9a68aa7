"""Which extractors have rules for which language, and the warning for a document whose
language has none (its text is still published; its dates come from dateparser where it can)."""
from __future__ import annotations

from ..records import Document, Problem

STAGES_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "en": ("temporal", "actors", "events"),
    "ru": ("temporal", "actors", "events"),
    "de": ("temporal",),
    "fr": ("temporal",),
    "es": ("temporal",),
}
_STAGE_WORDS = {"temporal": "temporal expressions", "actors": "actors", "events": "events"}


def base_language(language: str | None) -> str:
    """'en' of 'en-GB', 'EN', None."""
    return (language or "en")[:2].lower()


def missing_stages_problem(document: Document) -> Problem | None:
    """A warning naming what the document's language has no rules for, or None."""
    language = base_language(document.language)
    covered = STAGES_BY_LANGUAGE.get(language, ())
    missing = [_STAGE_WORDS[s] for s in ("temporal", "actors", "events") if s not in covered]
    if not missing:
        return None
    if covered:
        message = (f"no rules for {' or '.join(missing)} in language {language!r}: the document is published "
                   f"with its {', '.join(_STAGE_WORDS[s] for s in covered)} only")
    else:
        message = (f"no extractors for language {language!r}: the document's text is published, its dates are "
                   f"found by dateparser where it knows the language, and no actors or events are looked for")
    return Problem("language-unsupported", message, path=document.path, doc_id=document.doc_id, stage="extract",
                   severity="warning")
