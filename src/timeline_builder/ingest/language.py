"""A cheap language guess from function words, for documents that do not say theirs."""
from __future__ import annotations

import re
from collections import Counter

_FUNCTION_WORDS = {
    "en": {"the", "and", "of", "to", "in", "is", "that", "for", "it", "was", "with", "on"},
    "de": {"der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "zu", "ein", "auf"},
    "fr": {"le", "la", "les", "et", "des", "est", "une", "du", "dans", "pour", "que", "pas"},
    "es": {"el", "la", "los", "las", "y", "que", "del", "en", "por", "una", "para", "con"},
    "ru": {"и", "в", "не", "на", "что", "с", "по", "это", "как", "из", "года", "к"},
}
_WORD = re.compile(r"\w+", re.U)


def detect_language(text: str, default: str = "en") -> str:
    """The language whose function words are most frequent in the first 5,000 characters."""
    words = _WORD.findall(text[:5000].lower())
    if not words:
        return default
    counts = Counter(words)
    scores = {lang: sum(counts[w] for w in vocab) for lang, vocab in _FUNCTION_WORDS.items()}
    best = max(sorted(scores), key=lambda lang: scores[lang])
    return best if scores[best] >= 3 else default
