"""Patterns the event rules compile once, and answers they keep, give what the inline forms gave."""
from __future__ import annotations

import importlib
import re
from datetime import date

from timeline_builder.records import Timex

dated, describe, naming, phrases = (importlib.import_module(f"timeline_builder.extract.events.{name}")
                                    for name in ("dated", "describe", "naming", "phrases"))

# Date words as a temporal tagger writes them (invented, not from any corpus).
WORDINGS = ["last year", "in 1998", "the 19th century", "Tuesday", "two decades ago", "March 3, 2011",
            "this spring", "the past week", "centuries", "next month", "1870s", "today", "LAST YEAR",
            "the previous decade", "a Century", "the summer", "since 2001", "recently", "Q3 2004"]


def _timex(words: str) -> Timex:
    return Timex("d", 0, len(words), words, "DATE", "2004", None, date(2004, 1, 1), date(2004, 12, 31), "year")


def test_relative_dates_answer_as_the_inline_test_did():
    dated._relative_words.cache_clear()
    for _ in range(2):  # the second round is answered from the kept answers
        for words in WORDINGS:
            plain = bool(dated._RELATIVE_WORDS.search(words)) or not re.search(r"\d|century|centuries", words,
                                                                               re.IGNORECASE)
            assert dated._is_relative(_timex(words)) is plain, words
    assert dated._relative_words.cache_info().hits >= len(set(WORDINGS))


def test_stated_dates_are_not_relative_and_said_ones_are():
    assert not dated._is_relative(_timex("in 1998"))
    assert not dated._is_relative(_timex("the 19th century"))
    assert dated._is_relative(_timex("last year"))
    assert dated._is_relative(_timex("Tuesday"))


def test_compiled_patterns_are_the_inline_ones():
    # (module, name, source, flags) as the functions wrote them inline before
    inline = [
        (describe, "_ADJECTIVE_END", r"(?:ous|ful|ive|ic|est|al)$", 0),
        (describe, "_BY_BEFORE", r"\bby\s+(?:the\s+)?$", 0),
        (describe, "_HE_SHE_LAST", r"\b(?:he|she)\b[^,;]{0,40}$", re.IGNORECASE),
        (describe, "_PRONOUN_LAST", r"\b(he|she|He|She)\b[^,;]{0,40}$", 0),
        (describe, "_SENTENCE_MARK", r"[.!?;:,]", 0),
        (describe, "_THING_PRONOUN_LAST", r"\b(it|they|It|They|who|which)\b[^,;]{0,40}$", 0),
        (describe, "_WORD_CHAR", r"\w", 0),
        (describe, "_LINK_WORDS", r"(?i)\b(?:and|then|was|were|first|later|also|he|she)\b", 0),
        (describe, "_AUX_WORDS", r"(?i)\b(?:was|were|is|are|has|have|had|been|also|then|later)\b", 0),
        (describe, "_TWO_LETTERS", r"[A-Za-z]{2}", 0),
        (describe, "_BY_AFTER", r"[^,;]{0,60}?\bby\s+", 0),
        (describe, "_LAST_WORD", r"([\w-]+)\s+(?:the\s+|a\s+|an\s+)?$", 0),
        (naming, "_FOOTNOTE_MARK", r"(?:(?<=[a-z,)”])|(?<=[a-z]\.))\d{1,2}(?=\s|$)", 0),
        (naming, "_WORD_CHAR", r"\w", 0),
        (naming, "_APOSTROPHE", r"['’]", 0),
        (phrases, "_WORD_CHAR", r"\w", 0),
        (phrases, "_LOWER_NEXT", r"\s+[a-z]", 0),
        (phrases, "_BEFORE_AFTER_AGO", r"\s+(?:before|after|ago)\b", 0),
        (phrases, "_NEXT_LOWER_WORD", r"\s+([a-z]+)", 0),
        (dated, "_DATE_STATED", r"\d|century|centuries", re.IGNORECASE),
    ]
    for module, name, source, flags in inline:
        assert getattr(module, name) == re.compile(source, flags), name


def test_finished_names_keep_their_shape():
    assert naming.finish_name(["the", "minister", "resigned", "over", "the"]) == "Minister Resigned"  # never ending in a function word
    assert naming.finish_name(["Talks", "on", "trade3", "and", "It's"]) == "Talks on Trade"
    assert naming.finish_name(["council", "votes", "—", "-"]) == "Council Votes"
