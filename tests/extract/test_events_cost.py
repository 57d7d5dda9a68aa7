"""Event extraction costs each date a bounded stretch of text, whatever the sentence's length
(issue 14 item 8: "1962 " x 2000 in one sentence took 17 s, x 10000 did not finish in 12
minutes, because every date's clause and cue context was its whole sentence). The timing
itself is in benchmarks/bench_hostile.py; here, the bound that makes it linear."""
from __future__ import annotations

from datetime import date

from timeline_builder.extract.events.text import TextLayout
from timeline_builder.records import Document, Sentence


def _one_sentence(text: str) -> Document:
    return Document(doc_id="d", path="p.txt", text=text, sha256="x", dct=date(2020, 1, 1),
                    sentences=(Sentence(0, len(text)),))


def test_clause_and_context_of_a_date_in_a_huge_sentence_are_bounded():
    text = "1962 " * 10000
    layout = TextLayout(_one_sentence(text))
    middle = len(text) // 2 - (len(text) // 2) % 5
    start, end = layout.clause(middle, middle + 4)
    assert start <= middle and end >= middle + 4
    assert end - start <= 2100
    assert len(layout.context(middle)) <= 3100


def test_an_ordinary_sentence_keeps_its_whole_clause_and_context():
    text = "Before that, in 1962 the United States and the Soviet Union came close to war over Cuba."
    layout = TextLayout(_one_sentence(text))
    at = text.index("1962")
    assert layout.clause(at, at + 4) == (0, len(text))
    assert layout.context(at) == text


def test_the_whole_pipeline_finishes_a_sentence_of_2000_dates():
    """Completes (in about a second here, 17 s before); the timeout guards CI against a regression."""
    from timeline_builder.build.pipeline import Pipeline

    text = "1962 " * 2000
    found = Pipeline()(_one_sentence(text))
    assert not [p for p in found.problems if p.code == "extractor-failed"]
    assert len(found.timexes) >= 1


def test_a_bounded_clause_is_cut_between_words():
    text = " ".join(f"word{i}" for i in range(2000)) + " in 1962 " + " ".join(f"more{i}" for i in range(2000))
    layout = TextLayout(_one_sentence(text))
    at = text.index("1962")
    start, end = layout.clause(at, at + 4)
    assert text[start - 1] == " " and text[end] == " "
    context = layout.context(at)
    assert context.startswith("word") and context.endswith(tuple("0123456789"))


def test_known_spans_within_a_clause_are_the_scanned_ones():
    """KnownSpans answers "which known-event names start in this clause" by bisection; the
    answer (and its order, which decides which event a clause names first) is the scan's."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from timeline_builder.extract.events.candidates import KnownSpans

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.tuples(st.integers(0, 50), st.integers(1, 9), st.integers(0, 99)), max_size=20),
           st.integers(0, 55), st.integers(0, 20))
    def check(raw, lo, width):
        spans = [(s, s + n, tag) for s, n, tag in raw]
        known = KnownSpans(spans)
        assert list(known) == spans
        assert known.within(lo, lo + width) == [x for x in spans if lo <= x[0] < lo + width]
        assert known.any_within(lo, lo + width) == any(lo <= x[0] < lo + width for x in spans)

    check()


def test_quoted_spans_visit_only_quote_marks_and_find_what_a_character_walk_finds():
    import re

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from timeline_builder.extract.events.statements import quoted_spans

    def walked(text):  # the character-by-character walk quoted_spans replaced
        spans = []
        for para in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", text):
            opened = None
            for i in range(para.start(), para.end()):
                ch = text[i]
                if ch not in "\"“”":
                    continue
                if opened is None and ch != "”":
                    opened = i
                elif opened is not None and ch != "“":
                    spans.append((opened, i + 1))
                    opened = None
            if opened is not None:
                spans.append((opened, para.end()))
        return spans

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet="ab \n\"“”.", max_size=60))
    def check(text):
        assert quoted_spans(text) == walked(text)

    check()
