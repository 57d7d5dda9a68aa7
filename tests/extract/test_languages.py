"""Languages without rules: a warning per document, and dates from dateparser where it knows the language."""
from __future__ import annotations

from datetime import date

import pytest

from timeline_builder.extract.languages import missing_stages_problem
from timeline_builder.extract.temporal import TemporalExtractor, find_timexes
from timeline_builder.records import AnnotatedDocument, Document


def document(text: str, language: str) -> Document:
    return Document("d", "d.txt", text, "0", dct=date(2024, 3, 10), language=language)


@pytest.mark.parametrize("language, warned", [("en", False), ("ru", False), ("en-GB", False), ("de", True),
                                              ("it", True), ("zh", True)])
def test_a_warning_names_what_the_language_lacks(language, warned):
    problem = missing_stages_problem(document("text", language))
    assert (problem is not None) == warned
    if problem is not None:
        assert problem.code == "language-unsupported" and problem.severity == "warning"
        assert "actors" in problem.message


def test_the_temporal_stage_reports_it_once():
    found = TemporalExtractor()(AnnotatedDocument(document("Il trattato fu firmato il 5 marzo 2024.", "it")))
    assert [p.code for p in found.problems] == ["language-unsupported"]


@pytest.mark.parametrize("language, text, span, value", [
    ("it", "Il trattato fu firmato il 5 marzo 2024 a Roma.", "5 marzo 2024", "2024-03-05"),
    ("nl", "Het verdrag werd op 12 december 2021 ondertekend.", "12 december 2021", "2021-12-12"),
    ("pl", "Traktat podpisano 12 grudnia 2021 roku w Warszawie.", "12 grudnia 2021 roku", "2021-12-12"),
    ("uk", "Договір підписали 12 грудня 2021 року.", "12 грудня 2021 року", "2021-12-12"),
])
def test_dateparser_finds_dates_in_languages_without_rules(language, text, span, value):
    found = find_timexes(text, date(2024, 3, 10), language=language)
    assert [(t.text, t.value) for t in found] == [(span, value)]


def test_a_language_dateparser_does_not_know_gives_no_dates():
    assert find_timexes("Mkataba ulisainiwa mwaka 2021 na 1999.", date(2024, 3, 10), language="xx") == []
