"""A sentence adverb that opens a sentence (cues/common_words.tsv) is no part of the name after it."""
from __future__ import annotations

from datetime import date

import pytest

from timeline_builder.records import AnnotatedDocument, Document, Extraction


@pytest.mark.parametrize("adverb", ["Initially", "Originally", "Reportedly"])
def test_a_sentence_adverb_is_no_part_of_a_name(actor_extractor, adverb):
    text = f"The firm sells phones. {adverb} Bright Signal Radio will reach two handsets only."
    result = actor_extractor(AnnotatedDocument(Document("t", "t.txt", text, "", dct=date(2005, 3, 1)), Extraction()))
    assert not any(m.text.startswith(adverb) for m in result.actor_mentions)
