"""Language identification (py3langid) on short sentences in twelve languages written for these tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_builder.ingest.language import detect_language

SAMPLES = [tuple(line.split("\t", 1)) for line in
           (Path(__file__).parent / "data" / "language_samples.tsv").read_text(encoding="utf-8").splitlines()
           if line and not line.startswith("#")]


@pytest.mark.parametrize("language, text", SAMPLES, ids=[f"{lang}-{i}" for i, (lang, _) in enumerate(SAMPLES)])
def test_short_sentences(language, text):
    assert detect_language(text) == language


@pytest.mark.parametrize("text", ["", "2024-03-05", "12 345, 67.", "!!!"])
def test_text_without_words_gets_the_default(text):
    assert detect_language(text) == "en"
    assert detect_language(text, default="und") == "und"


def test_a_long_document_is_read_from_its_beginning():
    text = "Переговоры возобновятся в следующем месяце, заявил министр. " * 200 + "The end of the text is English."
    assert detect_language(text) == "ru"
