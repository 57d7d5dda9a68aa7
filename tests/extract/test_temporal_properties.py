"""Properties of the temporal extractor that hold for any text (hypothesis)."""
from __future__ import annotations

from datetime import date

from hypothesis import given, settings, strategies as st

from timeline_builder.extract.temporal import find_timexes

# Text built from time words, numbers and punctuation reaches far more rules than random letters.
WORDS = st.sampled_from([
    "the", "end", "of", "first", "quarter", "half", "early", "late", "mid-", "last", "next", "this",
    "year", "years", "ago", "decade", "century", "21st", "1960s", "'80s", "May", "March", "December",
    "Dec.", "12", "2023", "1,962", "$2024", "February", "30,", "29", "Friday", "today", "now", "more",
    "than", "a", "three", "months", "every", "week", "10:35", "a.m.", "noon", "fiscal", "1989", "-",
    "/", "2025-02-30", "12/31/1999", "Soviet", "times", "post-Soviet", "period", "\xa0", "\n", ",", ".",
    "earlier", "later", "half", "of", "the", "2010s", "nineteen", "ninety-six", "summer", "weekend",
])
TEXTS = st.one_of(st.text(max_size=200), st.lists(WORDS, max_size=40).map(" ".join))
DCTS = st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
LANGUAGES = st.sampled_from(["en", "en", "de", "ru"])


@settings(max_examples=300, deadline=None)
@given(TEXTS, DCTS, LANGUAGES)
def test_any_text_gives_well_formed_timexes(text, dct, language):
    found = find_timexes(text, dct, language=language)
    for timex in found:
        assert 0 <= timex.char_start < timex.char_end <= len(text)
        assert timex.text == text[timex.char_start:timex.char_end]
        assert timex.type in ("DATE", "TIME", "DURATION", "SET")
        assert timex.value
        if timex.date_begin is not None and timex.date_end is not None:
            assert timex.date_begin <= timex.date_end
    assert all(a.char_end <= b.char_start for a, b in zip(found, found[1:]))
