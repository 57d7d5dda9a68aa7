"""``reported_statements(..., may_date=...)`` asks whether a date may date a saying only of the dates it
looks at (a saying's sentence and the one before it), and answers as filtering the timexes by it first
did (extract/events/statements.py; the events stage passes the test that a quarter of reported figures
or a date dating no event fails). Texts written for these tests."""
from __future__ import annotations

from datetime import date

from timeline_builder.extract.events.statements import reported_statements
from timeline_builder.extract.events.text import TextLayout
from timeline_builder.records import ActorMention, Document, Timex

DCT = date(2011, 6, 3)
NAMES = {"anna-berg": "Anna Berg", "city-council": "City Council"}
TYPES = {"anna-berg": "person", "city-council": "organization"}

TEXT = ("The bridge over the river was built in 1931 and painted green in 1950.\n\n"
        "The market moved to the square in 1968, and the fair followed in 1972.\n\n"
        "Anna Berg said in 2009 that the bridge needed repairs.\n\n"
        "The City Council said on Tuesday it had set aside money for the work.\n\n"
        "In 2010 the council closed the bridge for a month. Anna Berg said the work went well.\n\n"
        "City Council figures for 2010 showed costs rose, and the City Council said so on its website.\n")
# (not '..., the City Council said.': a date before a trailing attribution is what is said, never the saying's)


def _timexes() -> list[Timex]:
    out = []
    for word, year in (("1931", 1931), ("1950", 1950), ("1968", 1968), ("1972", 1972), ("2009", 2009),
                       ("2010 the", 2010), ("2010 showed", 2010)):
        start = TEXT.index(word)
        out.append(Timex("d", start, start + 4, word[:4], "DATE", str(year), None,
                         date(year, 1, 1), date(year, 12, 31), "year"))
    return out


def _mentions() -> list[ActorMention]:
    out = []
    for name, actor in (("Anna Berg", "anna-berg"), ("City Council", "city-council")):
        at = TEXT.find(name)
        while at >= 0:
            out.append(ActorMention(actor, "d", at, at + len(name), name))
            at = TEXT.find(name, at + 1)
    return sorted(out, key=lambda m: m.char_start)


def _run(timexes, may_date=None):
    layout = TextLayout(Document("d", "d.txt", TEXT, "sha", dct=DCT))
    return reported_statements(layout, _mentions(), timexes, TYPES, NAMES, DCT, None, may_date)


def _summary(candidates):
    return [(c.name, c.span, c.date_begin, c.confidence, c.actors) for c in candidates]


def test_asking_lazily_answers_as_filtering_first():
    timexes = _timexes()
    for rule in (lambda t: True, lambda t: False, lambda t: t.text != "2010", lambda t: t.text not in ("2009", "2010")):
        asked = []

        def may_date(t, rule=rule):
            asked.append(t.char_start)
            return rule(t)

        lazy = _summary(_run(timexes, may_date))
        assert lazy == _summary(_run([t for t in timexes if rule(t)])), rule
        assert len(asked) == len(set(asked)) < len(timexes)  # each once, and not every date


def test_only_the_dates_near_a_saying_are_asked():
    asked = []
    _run(_timexes(), lambda t: asked.append(t.char_start) or True)
    assert asked  # the sayings' sentences hold dates
    assert len(asked) == len(set(asked))  # each at most once
    far = {TEXT.index(y) for y in ("1931", "1950", "1968", "1972")}  # no saying in or right after their sentences
    assert far.isdisjoint(asked)


def test_a_year_of_figures_that_may_date_no_saying_leaves_the_saying_to_the_dct():
    timexes = _timexes()
    figures = TEXT.index("2010 showed")
    kept = _summary(_run(timexes, lambda t: t.char_start != figures))
    assert any(name == "Statement by City Council" and span[0] <= figures < span[1] for name, span, *_ in kept)
    dated = _summary(_run(timexes))
    assert not any(name == "Statement by City Council" and span[0] <= figures < span[1] for name, span, *_ in dated)


def test_dates_out_of_text_order_are_filtered_first():
    timexes = list(reversed(_timexes()))
    rule = (lambda t: t.text != "2009")
    assert _summary(_run(timexes, rule)) == _summary(_run([t for t in timexes if rule(t)]))
