"""The order-free event pairing of benchmarks/event_assignment.py: the Hungarian assignment."""
from __future__ import annotations

import importlib.util
import itertools
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

_PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "event_assignment.py"
_spec = importlib.util.spec_from_file_location("event_assignment", _PATH)
event_assignment = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(event_assignment)


def test_a_greedy_swap_is_undone():
    # row 0 takes column 0 greedily (a tie), leaving row 1 nothing; the best pairing gives both a partner
    assert event_assignment.best_assignment([[5, 5], [5, 0]]) == [1, 0]


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 4).flatmap(lambda n: st.integers(n, 5).flatmap(
    lambda m: st.lists(st.lists(st.integers(0, 20), min_size=m, max_size=m), min_size=n, max_size=n))))
def test_the_assignment_is_the_best_of_all_pairings(weights):
    columns = event_assignment.best_assignment(weights)
    assert len(set(columns)) == len(weights)
    best = max(sum(weights[i][c] for i, c in enumerate(perm))
               for perm in itertools.permutations(range(len(weights[0])), len(weights)))
    assert sum(weights[i][c] for i, c in enumerate(columns)) == best
