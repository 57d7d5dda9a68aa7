"""event_merge._Spans.meet answers what a scan of every span answers (a later definite mention's own
date is looked up by bisection, not by a scan of the document's timexes)."""
from __future__ import annotations

import random

import pytest

from timeline_builder.build.event_merge import _Spans


def _scan(spans, begin, stop):
    return any(s < stop and begin < e for s, e in spans)


@pytest.mark.parametrize("seed", range(5))
def test_meet_equals_the_plain_scan(seed):
    rng = random.Random(seed)
    spans = []
    for _ in range(rng.randrange(0, 60)):
        start = rng.randrange(0, 400)
        spans.append((start, start + rng.randrange(0, 80)))  # nested, overlapping, empty, repeated
    rng.shuffle(spans)
    ask = _Spans(spans)
    for _ in range(2000):
        begin = rng.randrange(-10, 500)
        stop = begin + rng.randrange(-5, 60)
        assert ask.meet(begin, stop) == _scan(spans, begin, stop), (spans, begin, stop)


def test_meet_at_the_edges():
    ask = _Spans([(50, 60), (10, 100), (120, 130)])
    assert ask.meet(100, 120) is False  # touching ends meet nothing
    assert ask.meet(99, 100) is True  # the long span reaches past the later short one
    assert ask.meet(0, 10) is False and ask.meet(0, 11) is True
    assert ask.meet(129, 200) is True and ask.meet(130, 200) is False
    assert _Spans([]).meet(0, 10) is False
