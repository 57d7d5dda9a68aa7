"""A habit of saying is no statement of the story's day (extract/events/statements.reported_statements): a
reporting verb followed by "repeatedly", "often", "time and again" ("has said repeatedly that"), or a sentence
opened by a stretch of years before the speaker ("For decades France has insisted that"), tells a standing
position, not what was said that day. One saying, or a stretch inside the sentence that is not the saying's
("After talks for two years, X said"), stays a statement dated by the dct."""
from __future__ import annotations

from datetime import date

import pytest

from timeline_builder.build.pipeline import Pipeline
from timeline_builder.records import Document

DCT = date(1998, 2, 27)


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _statements(pipeline, text: str):
    found = pipeline(Document("d", "d.txt", text, "sha-" + text[-40:], dct=DCT))
    return [(e.name, e.date_begin) for e in found.events if e.kind == "statement"]


@pytest.mark.parametrize("text", [
    "Putin has said repeatedly that Russia would stay out of the bloc.",
    "Putin has said often that Russia would stay out of the bloc.",
    "For decades France has insisted that the islands are French.",
    "For nearly thirty years, France has said that the islands are French.",
])
def test_a_habit_of_saying_is_no_statement_of_the_day(pipeline, text):
    assert _statements(pipeline, text) == []


@pytest.mark.parametrize("text", [
    "Putin said that Russia would stay out of the bloc.",
    "After talks for two years, Putin said that Russia would stay out of the bloc.",
])
def test_one_saying_stays(pipeline, text):
    assert [begin for _, begin in _statements(pipeline, text)] == [DCT]
