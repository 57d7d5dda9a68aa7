"""The cheap pre-checks in front of the non-event cues (extract/events/nonevents.py) answer as the
full searches do: a stretch without a cue's first word is not searched, "since" is looked for before
the comparison pattern that ends in it, and a document's dates are asked once (``_UndatedReasons``).
Texts written for these tests."""
from __future__ import annotations

import dataclasses
import re

from timeline_builder.extract.events import _UndatedReasons
from timeline_builder.extract.events.nonevents import _ACCOUNTING_BEFORE, unasserted_spans, undated_reason
from timeline_builder.knowledge.nonevents import load_nonevent_cues

CUES = load_nonevent_cues()
# The same cues with no first words: every stretch is searched, as before the pre-checks.
UNGATED = dataclasses.replace(CUES, habit_firsts=None, listed_firsts=None, work_firsts=None, reaction_firsts=None)

# Long enough (>= 256 characters) for the first-word pre-check to be used; each sentence holds a date.
STORY = (
    "The mayor condemned on Monday the flooding of the old quarter, which began in March. "
    "Her office has said repeatedly since 2001 that the dam was safe. "
    "The unions set out three demands - the return of the bonus, an end to night shifts and a new contract by May. "
    "The band released the song Rain On Tuesday in 1998 and toured the album in 1999. "
    "Each year the council meets in June, and the minister welcomed in April the vote on the budget. "
    "Nobody in the valley had talked about it in 1987, when the river rose. "
    "CRITICS HAILED THE 2003 FILM WINTER ROAD; the director praised its cast in 2004."
)


def _years(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"\b(?:1[89]|20)\d\d\b|\b(?:March|May|June|April|Monday|Tuesday)\b", text)]


def test_the_first_word_checks_leave_the_unasserted_stretches_as_they_were():
    assert len(STORY) >= 256
    parts = [(m.start(), m.end()) for m in re.finditer(r"[^.;]+[.;]", STORY)]
    parts += [(s + m.start(), s + m.end()) for s, e in list(parts) for m in re.finditer(r"[^,]+", STORY[s:e])]
    found_any = False
    for part in parts:
        for timex in [None] + [t for t in _years(STORY) if part[0] <= t[0] < part[1]]:
            gated = unasserted_spans(CUES, STORY, part, timex)
            assert gated == unasserted_spans(UNGATED, STORY, part, timex), (STORY[part[0]:part[1]], timex)
            found_any = found_any or bool(gated)
    assert found_any  # the story holds habits, demands, works and reactions the cues do find


def test_a_cue_word_in_capitals_passes_the_first_word_check():
    part = (STORY.index("CRITICS"), len(STORY))
    timex = (STORY.index("2004"), STORY.index("2004") + 4)
    assert unasserted_spans(CUES, STORY, part, timex) == unasserted_spans(UNGATED, STORY, part, timex)
    assert unasserted_spans(CUES, STORY, part, timex)  # "HAILED ... FILM", "praised" are found


def _undated_as_before(text: str, timex: tuple[int, int], sentence: tuple[int, int]) -> str | None:
    """The last two questions of ``undated_reason`` as they were asked before the pre-checks."""
    before = text[max(sentence[0], timex[0] - 48):timex[0]]
    if CUES.date is not None and CUES.date.search(before):
        return "comparison"
    if CUES.since is not None and CUES.since.search(text[max(sentence[0], timex[0] - 80):timex[0]]):
        return "comparison"
    return None


def test_comparison_dates_are_found_with_and_without_since_in_any_case():
    sentences = [
        "It was the worst winter since 1963 in the north.",
        "The club had its WORST SEASON SINCE 1970 last year.",
        "Profits were the highest Since the 1990s, the firm said.",
        "Trade grew faster than in 1995 according to the report.",
        "The storm was akin to 1987 in its strength.",
        "Trade was weaker than during 1995, the report said.",
        "Talks resumed in 1999 after a long pause.",
        "He has lived there since 1990 with his family.",
    ]
    kinds = []
    for text in sentences:
        m = re.search(r"\d{4}s?", text)
        timex, sentence = m.span(), (0, len(text))
        reason = undated_reason(CUES, text, timex, sentence)
        if reason in (None, "comparison"):
            assert reason == _undated_as_before(text, timex, sentence), text
        kinds.append(reason)
    assert kinds[:6] == ["comparison"] * 6 and kinds[6] is None and kinds[7] is None


def test_the_accounting_year_before_a_date_is_found_as_the_plain_pattern_finds_it():
    text = "The Fiscal Year ending June 30 closed with a deficit, and sales for the year to March rose; in May it grew."
    for m in re.finditer(r"June 30|March|May", text):
        lo = max(0, m.start() - 30)
        expected = "accounting year" if _ACCOUNTING_BEFORE.search(text, lo, m.start()) else None
        got = undated_reason(CUES, text, m.span(), (0, len(text)))
        assert (got == "accounting year") == (expected == "accounting year"), m.group(0)
    assert undated_reason(CUES, text, (text.index("June 30"), text.index("June 30") + 7), (0, len(text))) \
        == "accounting year"


def test_a_documents_dates_are_asked_once_and_answered_as_undated_reason_does():
    asked = _UndatedReasons(CUES, STORY)
    for timex in _years(STORY):
        sentence = (STORY.rfind(".", 0, timex[0]) + 1, STORY.find(".", timex[1]) + 1)
        assert asked(timex, sentence) == undated_reason(CUES, STORY, timex, sentence)
    assert len(asked._known) == len(set(_years(STORY)))
    before = dict(asked._known)
    for timex in _years(STORY):  # asked again: the kept answers, nothing new worked out
        sentence = (STORY.rfind(".", 0, timex[0]) + 1, STORY.find(".", timex[1]) + 1)
        asked(timex, sentence)
    assert asked._known == before
