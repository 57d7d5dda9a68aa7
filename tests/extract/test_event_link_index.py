"""``DatedClauseFinder._link`` looks only at the known events its context holds a word of (a cue's first
word, a name word) or that it always looks at (``_with_evidence``): the links are those of looking at
every event of the date's time, one after another. Texts written for these tests."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from timeline_builder.extract import registry
from timeline_builder.extract.events import dated

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from event_fixtures import events_after_all_stages

TEXTS = [
    "American and British troops invaded Iraq in 2003, and Baghdad fell within weeks.\n",
    "In 1962 Soviet missiles were found on Cuba, and Kennedy ordered a naval blockade of the island.\n",
    "The two presidents signed the new arms treaty in Prague in 2010, officials in Moscow said.\n",
    "Reagan and Gorbachev met in Geneva in 1985 for their first summit.\n",
    "After Yalta in 1945 the allies argued over Poland for years.\n",
    "The company opened a new factory in 2004 and hired two hundred workers.\n",
    "Voters in the United States went to the polls in 1996 and re-elected the president.\n",
    "On 9 November 1989 crowds crossed the wall in Berlin as the guards looked on.\n",
]


def _events(text: str, dct: date):
    found = events_after_all_stages(text, dct)
    return sorted((e.kb_id or "", e.name, str(e.date_begin), e.kind) for e in found.events)


@pytest.mark.parametrize("text", TEXTS)
def test_the_links_are_those_of_looking_at_every_event_of_the_time(text, monkeypatch):
    indexed = _events(text, date(2011, 1, 1))
    monkeypatch.setattr(dated.DatedClauseFinder, "_with_evidence",
                        lambda self, lo, hi, folded_words, context_words: self.linkable[lo:hi])
    assert indexed == _events(text, date(2011, 1, 1))


def test_known_events_are_still_linked():
    linked = {kb for text in TEXTS for kb, *_ in _events(text, date(2011, 1, 1)) if kb}
    assert len(linked) >= 3  # the invasion, the crisis, the treaty, the summit ... are known events


def _finder() -> dated.DatedClauseFinder:
    events = registry.create("events")
    return next(v for v in vars(events).values() if isinstance(v, dated.DatedClauseFinder))


def test_only_events_without_a_word_in_the_context_are_left_out():
    finder = _finder()
    lo, hi = 0, len(finder.linkable)
    context = "Troops invaded the country in the spring; a treaty was signed in Geneva after the summit."
    folded_words = frozenset(w.lower() for w in dated._WORD.findall(context))
    context_words = frozenset(dated._WORD.findall(context))
    kept = finder._with_evidence(lo, hi, folded_words, context_words)
    assert kept == [e for e in finder.linkable if e in kept]  # in the order of linkable
    assert 0 < len(kept) < hi
    for event in finder.linkable:
        if event in kept:
            continue
        firsts = finder._cue_firsts[event.event_id]
        assert firsts is not None and firsts.isdisjoint(folded_words)
        assert finder._name_set[event.event_id].isdisjoint(context_words)
        assert not (event.kind == "meeting" and dated._bare_place_pattern(event.name) is not None)
    # a narrower range keeps the same events of that range
    mid = hi // 2
    assert finder._with_evidence(lo, mid, folded_words, context_words) == [e for e in kept
                                                                           if finder.linkable.index(e) < mid]
