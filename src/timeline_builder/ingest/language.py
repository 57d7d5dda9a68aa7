"""Language identification for documents that do not say theirs, by py3langid.

py3langid (the maintained port of langid.py: a naive Bayes model over byte n-grams for 97
languages, shipped inside the package) was chosen over lingua and over the earlier guess
from function words; ``benchmarks/bench_language.py`` measures all three. On the shared
corpora all are right; on short sentences in twelve languages the function-word guess
got 5 of 36, py3langid 36 of 36 (after the Chinese varieties are folded into ``zh``) and
lingua 36 of 36; py3langid reads documents about 4x and short sentences about 30x
faster than lingua, loads in a second or so (lingua with its models: about a minute on this
machine), and is a 4.6 MB wheel against lingua's 96 MB.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

# How much of a document the guess reads: py3langid scores every byte n-gram in pure Python,
# so the sample is most of ingest's cost. 1,500 characters (about 250 words) decide it:
# `benchmarks/bench_language.py` gives the same 605/605 documents and 29/30 Russian paragraphs
# at 1,500 as at 5,000 characters.
SAMPLE_CHARS = 1500
# py3langid labels a few languages by ISO 639-3 codes; the ones with an ISO 639-1 code
# our tables use are folded into it (Wu and Cantonese Chinese are written as Chinese).
_FOLDED = {"wuu": "zh", "yue": "zh", "arz": "ar", "ary": "ar", "uzs": "uz", "gug": "gn", "gom": "kok"}
_LETTER = re.compile(r"[^\W\d_]", re.U)
_WORD = re.compile(r"[^\W\d_]+", re.U)
# Plain English needs no model: py3langid's DFA walk is about 70 % of ingest on English news.
# A sample of at least 40 words, all but 1 % in ASCII letters, in which these very common
# English function words make at least a fifth of the words, is English. In ordinary English
# they make 35-45 % of the words; in the other Latin-script languages of the tests (de, fr, es,
# it, pt, nl, pl) they make at most 11 % of a sentence (the/a/on ... borrowed in titles), so a
# text that mixes languages falls through to py3langid. `benchmarks/bench_language.py` checks
# that the shortcut and py3langid agree on every shared document it decides.
_ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to a in is that for it was on with as he be by at his have are from this has had"
    " not but which will they said an were been their its who would".split())
_SHORTCUT_MIN_WORDS = 40
_SHORTCUT_MIN_SHARE = 0.2
_SHORTCUT_MIN_ASCII = 0.99
# Names carry no evidence of a language, and a story dense with them (a match report:
# "Leroy Lita took his goal tally to 13 ... Scott Murray cross") has function words at only
# 14-20 % of all its words, yet at 34-45 % of the words that are not capitalised. So a
# sample whose function words make at least a tenth of all words and at least 30 % of the
# uncapitalised words (and the capitalised function words), counting 40 or more such words,
# is English too. The shared English documents score at least 27 % by that count; samples
# in 170 other languages (translation catalogues) at most 19.4 % when at least a tenth of
# their words are these function words (Afrikaans shares "is", "in", "of", "was"); a list
# of names in another language (countries in Manx) reaches 30 % only below that tenth.
_NAMES_ASIDE_MIN_ALL = 0.1
_NAMES_ASIDE_MIN_SHARE = 0.3


@lru_cache(maxsize=1)
def _identifier():
    """The py3langid model, loaded once per process (about a second)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)


def plainly_english(sample: str) -> bool:
    """True when ``sample`` is clearly English by script and function words (no model needed)."""
    if sample.isascii():  # (lower-casing ASCII keeps every word's bounds: one pass finds them lower-cased)
        words = _WORD.findall(sample.lower())
        if len(words) < _SHORTCUT_MIN_WORDS:
            return False
    else:
        words = _WORD.findall(sample)
        if len(words) < _SHORTCUT_MIN_WORDS:
            return False
        if sum(map(str.isascii, words)) < _SHORTCUT_MIN_ASCII * len(words):
            return False
        words = [word.lower() for word in words]
    common = sum(map(_ENGLISH_FUNCTION_WORDS.__contains__, words))
    if common >= _SHORTCUT_MIN_SHARE * len(words):
        return True
    return common >= _NAMES_ASIDE_MIN_ALL * len(words) and _english_with_names_aside(sample, common)


def _english_with_names_aside(sample: str, common: int) -> bool:
    """Whether the ``common`` function words of ``sample`` make enough of its words once the
    capitalised words that are not function words (names, mostly) are set aside."""
    words = _WORD.findall(sample)
    names = sum(1 for word in words if word[0].isupper() and word.lower() not in _ENGLISH_FUNCTION_WORDS)
    evidence = len(words) - names
    return evidence >= _SHORTCUT_MIN_WORDS and common >= _NAMES_ASIDE_MIN_SHARE * evidence


def detect_language(text: str, default: str = "en") -> str:
    """The ISO 639-1 code of the language of ``text`` (an ISO 639-3 code where none exists).

    Text with fewer than three letters (numbers, punctuation) says nothing about its
    language and gets ``default``.
    """
    sample = text[:SAMPLE_CHARS]
    if len(list(islice(_LETTER.finditer(sample), 3))) < 3:  # (stops at the third letter)
        return default
    if plainly_english(sample):
        return "en"
    return model_language(sample, default)


def model_language(sample: str, default: str = "en") -> str:
    """py3langid's answer for ``sample`` (folded to our codes), without the English shortcut."""
    label = _identifier().classify(sample)[0]
    if label == "zxx":  # py3langid's "no linguistic content"
        return default
    return _FOLDED.get(label, label)
