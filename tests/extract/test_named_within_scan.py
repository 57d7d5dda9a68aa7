"""named_within looks up the names inside a span without copying the list after it (a long
document asks once a clause: a copy of the names after the clause each time made it quadratic)."""
from __future__ import annotations

import random

from timeline_builder.extract.events.phrases import Named, named_within


def _plain(named: list[Named], start: int, end: int) -> list[Named]:
    return [n for n in named if start <= n.start < end and n.end <= end]


def test_named_within_is_the_plain_scan_for_every_span():
    rng = random.Random(14)
    for _ in range(60):
        named = []
        for k in range(rng.randint(0, 25)):
            begin = rng.randint(0, 120)
            named.append(Named(f"a{k}", f"Name {k}", begin, begin + rng.randint(1, 15)))
        named.sort(key=lambda n: n.start)
        for start in range(0, 140, 3):
            for end in range(start, 150, 7):
                assert named_within(named, start, end) == _plain(named, start, end)


def test_names_that_run_past_the_span_are_left_out():
    named = [Named("x", "Port Vale", 0, 9), Named("y", "Vale", 5, 9), Named("z", "Ellis Kane", 12, 22)]
    assert [n.actor_id for n in named_within(named, 0, 10)] == ["x", "y"]
    assert [n.actor_id for n in named_within(named, 5, 20)] == ["y"]
    assert named_within(named, 23, 40) == []
