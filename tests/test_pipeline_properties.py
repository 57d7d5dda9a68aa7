"""The whole pipeline is total (issue 14): any document text, any dct from year 1 to 9999 and
any language go through ingest, every extractor, the linker and the rows stage without an
extractor failure, and every span it publishes is in range and equal to the text it points at.

Hypothesis drives it for a bounded number of examples (a few seconds in CI; set
TIMELINE_PROPERTY_EXAMPLES=2000 for a longer campaign); a failing example is printed and can be
pinned with @example.
"""
from __future__ import annotations

import os
from datetime import date

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from timeline_builder.build.pipeline import Pipeline
from timeline_builder.build.rows import Collector, extraction_rows
from timeline_builder.ingest import InputFile, load_documents
from timeline_builder.publish.tables import table_from_rows
from timeline_builder.records import Problem

# Words that reach the rules: dates and their arithmetic at the calendar's ends, event and actor
# language, clause punctuation, other scripts, and characters that change length when folded.
WORDS = st.sampled_from([
    "the", "in", "on", "since", "until", "valid", "after", "before", "last", "next", "year", "month", "week",
    "days", "ago", "later", "today", "tomorrow", "yesterday", "800000", "9999-12-31", "0001-01-01", "9999",
    "0001", "1962", "1987", "2021", "January", "20,", "31st", "1990s", "Q3", "century", "the 1800s", "decade",
    "inauguration", "treaty", "war", "crisis", "summit", "sanctions", "signed", "invaded", "died", "elected",
    "President", "Biden", "Obama", "Putin", "Moscow", "Washington", "the Kremlin", "Soviet Union", "NATO",
    "United States", "Cuban Missile Crisis", "New START", "CAATSA", "he", "she", "took office", "when I",
    "(", ")", "—", " - ", ";", ":", ",", ".", "!", "?", "\n", "\n\n", "\r\n", "\t", "\xa0", "\u200b", "İ", "ß",
    "ﬁ", "é", "😀", "Кремль", "в 1962 году", "вчера", "5 лет назад", "gestern", "el año pasado", "1.",
    "[1]", "Notes", "References", "$", "%", "10:35", "a.m.", "1957-58", "2025-02-30", "12/31/1999",
])
TEXTS = st.one_of(st.lists(WORDS, min_size=1, max_size=60).map(" ".join), st.text(min_size=1, max_size=300))
EDGES = [date.min, date(1, 12, 31), date(2, 1, 1), date(1962, 10, 16), date(2021, 1, 20), date(9998, 12, 31),
         date.max]
DCTS = st.one_of(st.none(), st.sampled_from(EDGES), st.dates())
LANGUAGES = st.sampled_from([None, "en", "en", "ru", "de", "fr", "es"])
SPANNED = ("timexes", "actor_mentions", "event_mentions")


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@settings(max_examples=int(os.environ.get("TIMELINE_PROPERTY_EXAMPLES", "60")), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(text=TEXTS, dct=DCTS, language=LANGUAGES)
@example(text="Crowds gathered for the inauguration. Valid until 9999-12-31; 800000 days ago.",
         dct=date.max, language="en")
@example(text="The Cuban Missile Crisis began 800000 days ago, the year after next.", dct=date.min, language="en")
@example(text="1962 " * 300, dct=date(2020, 1, 1), language="en")
@example(text="the the Biden", dct=date.max, language=None)  # a titled tenure looked 90 days past the dct
def test_any_document_and_dct_go_through_the_whole_pipeline(tmp_path, pipeline, text, dct, language):
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8", newline="")
    results = list(load_documents([InputFile(path, "doc.txt", "txt")], dct=dct, language=language))
    documents = [r for r in results if not isinstance(r, Problem)]
    if not documents:  # an empty or binary text is a problem row; that is its whole outcome
        assert all(r.severity in ("error", "warning") for r in results)
        return
    (document,) = documents
    found = pipeline(document)
    failures = [p.message for p in found.problems if p.code == "extractor-failed"]
    assert not failures, failures
    doc_text = document.text
    for name in SPANNED:
        for record in getattr(found, name):
            assert 0 <= record.char_start < record.char_end <= len(doc_text), (name, record)
            assert record.text == doc_text[record.char_start:record.char_end], (name, record)
            assert record.doc_id == document.doc_id
    for link in found.event_actors:
        if link.char_start is not None:
            assert 0 <= link.char_start <= link.char_end <= len(doc_text), link
    for timex in found.timexes:
        if timex.date_begin and timex.date_end:
            assert timex.date_begin <= timex.date_end
    for sentence in document.sentences:
        assert 0 <= sentence.start <= sentence.end <= len(doc_text)
    # The rows stage and the tables take what the extractors found, unchanged.
    rows = extraction_rows(document, found)
    collector = Collector()
    collector.add_rows(document, rows)
    tables = collector.tables()
    assert not [row for row in tables["problems"] if "rows-failed" in row]
    for name, table_rows in tables.items():
        table_from_rows(name, table_rows)
