"""Sentence boundaries: offsets into the text, abbreviations, notes."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from timeline_builder.ingest.sentences import _trim, split_sentences


def texts(text):
    return [text[s.start:s.end] for s in split_sentences(text)]


@pytest.mark.parametrize("text, expected", [
    ("One. Two? Three!", ["One.", "Two?", "Three!"]),
    ("Mr. Smith met Dr. Jones. Then left.", ["Mr. Smith met Dr. Jones.", "Then left."]),
    ("The U.S. Senate voted. It passed.", ["The U.S. Senate voted.", "It passed."]),
    ("Timofeyev I.N. wrote it. Later.", ["Timofeyev I.N. wrote it.", "Later."]),
    ("Head line\n\nBody text here. More.", ["Head line", "Body text here.", "More."]),
    ("He said “No.” Then he left.", ["He said “No.”", "Then he left."]),
    ("NOTES:\n\n1 Author A. “Title. Part,” Press, 2020.\n\n2 B. Other, 2021.",
     ["NOTES:", "1 Author A. “Title. Part,” Press, 2020.", "2 B. Other, 2021."]),
])
def test_split(text, expected):
    assert texts(text) == expected


@given(st.text(max_size=300))
def test_sentences_are_ordered_non_empty_slices(text):
    previous_end = 0
    for sentence in split_sentences(text):
        assert previous_end <= sentence.start < sentence.end <= len(text)
        assert text[sentence.start:sentence.end].strip() == text[sentence.start:sentence.end]
        previous_end = sentence.end


@given(st.text(alphabet=" \n\t\xa0\u2003\u200b\x1c\x85\u3000\ufeffaB.", max_size=12), st.data())
def test_trim_drops_the_white_space_str_isspace_knows_at_both_ends(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    first, last = _trim(text, start, end)
    assert start <= first <= last <= end
    assert text[first:last] == text[start:end].strip()
    assert first == last or not (text[first].isspace() or text[last - 1].isspace())
    if first == last:
        assert first == end  # a span of white space alone ends where it ended
