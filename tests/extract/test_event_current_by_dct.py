"""The known events going on around a story's dct (derived.CurrentEventFinder) are worked out once a
dct: what a later story of the same or another dct gets is what a fresh finder works out."""
from __future__ import annotations

from datetime import date

from timeline_builder.extract.events.derived import CurrentEventFinder
from timeline_builder.knowledge.events import load_event_knowledge

DCTS = [date(2005, 1, 1), date(1962, 10, 20), date(2005, 1, 1), date(2022, 3, 1), date(1850, 6, 1), date(1962, 10, 20)]


def test_the_current_events_of_a_dct_are_those_a_fresh_finder_works_out():
    kb = load_event_knowledge(())
    kept = CurrentEventFinder(kb)
    for dct in DCTS:
        fresh = CurrentEventFinder(kb)._current(dct)
        current, cue_pattern, nouns = kept._current(dct)
        assert [e.event_id for e in current] == [e.event_id for e in fresh[0]]
        assert (cue_pattern is None) == (fresh[1] is None) and nouns == fresh[2]
        if cue_pattern is not None:
            assert cue_pattern.original.pattern == fresh[1].original.pattern
        assert kept._current(dct)[0] is current  # asked again: kept, not worked out again
    assert any(kept._current(d)[0] for d in DCTS)  # some dct has events going on
