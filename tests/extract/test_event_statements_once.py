"""The quotations' index and the mentions' start list are built once a document (statements.py):
the same answers as building them afresh at every call (the plain form they replace)."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from timeline_builder.extract.events import statements
from timeline_builder.extract.events.statements import Quotes, dated_in_quotation, reported_statements
from timeline_builder.extract.events.text import TextLayout
from timeline_builder.records import ActorMention, Document, Timex

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from event_fixtures import year_timex

DCT = date(2011, 6, 3)
TYPES = {"anna-berg": "person", "tom-hale": "person"}
NAMES = {"anna-berg": "Anna Berg", "tom-hale": "Tom Hale"}

TEXT = ('In 1998 Anna Berg opened the mill. Anna Berg said "the mill was "a gamble" then."\n'
        'Tom Hale visited in 2003. "We stayed until 2009," Tom Hale said. "It was open all year\n'
        'and still is," he added. Tom Hale said the town “grew in 1990”.\n\n'
        'A quotation left open "runs to the end of its paragraph\n\nAnna Berg told reporters the mill was safe.')


def _layout(text: str = TEXT) -> TextLayout:
    return TextLayout(Document("d", "d.txt", text, "sha", dct=DCT))


def _mentions(text: str = TEXT) -> list[ActorMention]:
    out = []
    for name, actor in (("Anna Berg", "anna-berg"), ("Tom Hale", "tom-hale")):
        start = text.find(name)
        while start >= 0:
            out.append(ActorMention(actor, "d", start, start + len(name), name))
            start = text.find(name, start + 1)
    return sorted(out, key=lambda m: m.char_start)


def _years(text: str = TEXT) -> list[Timex]:
    return sorted((year_timex(text, str(year), year) for year in (1990, 1998, 2003, 2009)), key=lambda t: t.char_start)


def test_the_quote_finder_is_built_once_and_answers_as_the_spans_do():
    layout = _layout()
    finder = layout.quote_finder
    assert finder is layout.quote_finder and finder.spans == layout.quotes and layout.quotes
    for offset in range(len(TEXT) + 1):
        plain = any(s <= offset < e for s, e in layout.quotes)
        assert finder.inside(offset) is plain
        assert Quotes(list(layout.quotes)).inside(offset) is plain


def test_dated_in_quotation_with_the_documents_finder_answers_as_with_the_spans():
    layout = _layout()
    offsets = range(0, len(TEXT), 3)
    for trigger in offsets:
        for timex in offsets:
            spans, built = (trigger, trigger + 4), (timex, timex + 4)
            assert (dated_in_quotation(layout.quote_finder, spans, built)
                    is dated_in_quotation(list(layout.quotes), spans, built))


def _narrated_plain(layout, index, speaker, mentions, dated_starts):
    """The plain form: every mention of the sentence before looked at."""
    if index is None or index == 0:
        return False
    lo, hi = layout.sentences[index - 1]
    if not any(lo <= s < hi for s in dated_starts):
        return False
    return any(lo <= m.char_start < hi and m.actor_id == speaker for m in mentions)


def test_narrated_before_with_one_start_list_answers_as_the_plain_scan():
    layout, mentions = _layout(), _mentions()
    dated_starts = [t.char_start for t in _years()]
    starts = [m.char_start for m in mentions]
    assert starts == sorted(starts)
    asked = 0
    for index in [None, *range(len(layout.sentences))]:
        for speaker in ("anna-berg", "tom-hale", "nobody"):
            ours = statements._narrated_before(layout, index, speaker, mentions, starts, dated_starts)
            assert ours is _narrated_plain(layout, index, speaker, mentions, dated_starts)
            asked += ours
    assert asked >= 2  # the text has speakers narrated in a dated sentence before


def test_reported_statements_skip_speakers_narrated_in_a_dated_sentence_before():
    layout, mentions = _layout(), _mentions()
    found = reported_statements(layout, mentions, _years(), TYPES, NAMES, DCT)
    # "In 1998 Anna Berg opened the mill." and "Tom Hale visited in 2003." narrate the speakers of the
    # sentences after them; the later statements, with no dated sentence naming them before, are news.
    got = [(c.name, TEXT[c.span[0]:c.span[1]]) for c in found]
    assert got == [("Statement by Tom Hale", "Tom Hale said the town “grew in 1990”."),
                   ("Statement by Anna Berg", "Anna Berg told reporters the mill was safe.")]
    assert all(c.date_begin == DCT for c in found)
