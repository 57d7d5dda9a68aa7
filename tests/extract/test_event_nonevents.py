"""Dated clauses that say no event happened: hopes, conditionals, generic statements,
comparisons and questions (extract/events/nonevents.py, knowledge/nonevents)."""
from __future__ import annotations

import re
from datetime import date

import pytest

from timeline_builder.extract import registry
from timeline_builder.extract.events.nonevents import is_question, unasserted_spans, undated_reason
from timeline_builder.knowledge.nonevents import load_nonevent_cues
from timeline_builder.records import AnnotatedDocument, Document, Extraction, Timex

CUES = load_nonevent_cues()
DCT = date(2024, 6, 1)


def _year_timexes(text: str) -> list[Timex]:
    """Each year or decade in the text as a DATE timex."""
    out = []
    for m in re.finditer(r"(?:the )?(\d{4})(s?)", text):
        year = int(m.group(1))
        decade = bool(m.group(2))
        end = date(year + 9, 12, 31) if decade else date(year, 12, 31)
        out.append(Timex("d", m.start(), m.end(), m.group(0), "DATE", str(year)[:3] if decade else str(year),
                         None, date(year, 1, 1), end, "decade" if decade else "year"))
    return out


def events_of(text: str):
    doc = Document("d", "d.txt", text, "sha", dct=DCT)
    found = Extraction(timexes=tuple(_year_timexes(text)))
    return registry.create("events")(AnnotatedDocument(doc, found)).events


@pytest.mark.parametrize("text", [
    "In 2019 the ministers hoped to sign a new treaty.",
    "If the army had invaded in 1999, the region would look different.",
    "Whenever the two leaders met in the 1990s, little changed.",
    "The standoff now is akin to the 1980s.",
    "It is the worst crisis since 1962 in the eyes of many diplomats.",
    "Was the treaty really signed in 1999?",
])
def test_hopes_conditionals_generic_statements_comparisons_and_questions_are_no_events(text):
    assert events_of(text) == ()


@pytest.mark.parametrize("text, kind", [
    ("The army invaded the neighbouring country in 1999.", "war"),
    ("The ministers signed a new treaty in 2019.", "agreement"),
    # A hoped-for event the text places in time is an event (a future one).
    ("They acted in the hope that the summit in 2029 will succeed.", "meeting"),
    # "Just as in 2015" says the same happened then: an event of 2015.
    ("Just as in 2015, the leaders held a summit.", "meeting"),
    # A question presupposes the events it names by a noun.
    ("Are they ready to accept the terms set at the summit in 2024?", "meeting"),
    ("Will they meet the terms set at the meeting of the Defence Council in 2024?", "meeting"),
])
def test_asserted_and_presupposed_events_stay(text, kind):
    events = events_of(text)
    assert [e.kind for e in events] == [kind]


def test_a_relative_clause_after_a_compared_date_says_what_happened_then():
    events = events_of("The standoff is akin to 1962, when the two powers met at the brink.")
    assert [e.date_begin.year for e in events] == [1962]


def test_a_comparison_date_is_no_event_date():
    text = "Prices now are similar to 1979 levels."
    at = text.index("1979")
    assert undated_reason(CUES, text, (at, at + 4), (0, len(text))) == "comparison"
    text = "Prices rose in 1979."
    at = text.index("1979")
    assert undated_reason(CUES, text, (at, at + 4), (0, len(text))) is None


def test_a_cue_reaches_to_the_end_of_its_comma_part():
    text = "Unless the talks resume, sanctions were imposed in 2014."
    spans = unasserted_spans(CUES, text, (0, len(text)), None)
    assert spans == [(0, text.index(","))]


def test_a_relative_clause_inside_a_conditional_is_asserted():
    text = "The offer would have cost millions when the board rejected it in 2004"
    assert unasserted_spans(CUES, text, (0, len(text)), None) == [(10, text.index(" when"))]


def test_a_hope_holding_the_date_is_kept_and_a_conditional_is_not():
    text = "in the hope that in 2029 a new leader will take office"
    at = text.index("2029")
    assert unasserted_spans(CUES, text, (0, len(text)), (at, at + 4)) == []
    text = "if in 2029 a new leader took office"
    at = text.index("2029")
    assert unasserted_spans(CUES, text, (0, len(text)), (at, at + 4)) == [(0, len(text))]


@pytest.mark.parametrize("sentence, asks", [("Will they meet in 2026?", True), ("They met in 2026.", False),
                                             ("He asked: “Will they meet?”", True)])
def test_questions(sentence, asks):
    assert is_question(CUES, sentence, (0, len(sentence))) is asks


def test_users_add_cues_and_bad_rows_name_file_and_line(tmp_path):
    from timeline_builder.errors import KnowledgeError

    folder = tmp_path / "nonevents"
    folder.mkdir()
    (folder / "mine.tsv").write_text("class\tforms\tscope\nhope\tyearns for\tcomplement\n", encoding="utf-8")
    cues = load_nonevent_cues((tmp_path,))
    text = "She yearns for a summit in Paris"
    assert unasserted_spans(cues, text, (0, len(text)), None) == [(4, len(text))]
    bad = tmp_path / "bad"
    (bad / "nonevents").mkdir(parents=True)
    (bad / "nonevents" / "mine.tsv").write_text("class\tforms\tscope\nwish\tyearns for\tcomplement\n",
                                                encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_nonevent_cues((bad,))
    assert "mine.tsv" in str(caught.value) and "wish" in str(caught.value)
