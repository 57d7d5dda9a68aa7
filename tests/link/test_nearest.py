"""The bisection searches of the linker give what a scan of every mention gives (hypothesis)."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_builder.link.event_actors import _MentionIndex, _nearest
from timeline_builder.link.voices import mentions_within as _mentions_within, paragraph as _paragraph
from timeline_builder.link.event_actors import EventActorLinker
from timeline_builder.records import ActorMention, EventMention

spans = st.tuples(st.integers(0, 60), st.integers(1, 12)).map(lambda t: (t[0], t[0] + t[1]))


def _actor_mentions(pairs):
    return sorted((ActorMention("a", "d", s, e, "x") for s, e in pairs), key=lambda m: (m.char_start, m.char_end))


def _event_mentions(pairs):
    return sorted((EventMention("e", "d", s, e, "x") for s, e in pairs), key=lambda m: m.char_start)


def _scanned_nearest(named, spans):
    def distance(m):
        return min(0 if s.char_start <= m.char_start < s.char_end else
                   min(abs(m.char_start - s.char_end), abs(s.char_start - m.char_end)) for s in spans)
    return min(named, key=lambda m: (distance(m), m.char_start))


@settings(max_examples=400, deadline=None)
@given(st.lists(spans, min_size=1, max_size=25), st.lists(spans, min_size=1, max_size=6))
def test_nearest_mention_is_the_scanned_one(actor_spans, event_spans):
    named, events = _actor_mentions(actor_spans), _event_mentions(event_spans)
    assert _nearest(_MentionIndex(named), events) is _scanned_nearest(named, events)


@settings(max_examples=300, deadline=None)
@given(st.lists(spans, max_size=25), spans)
def test_mentions_within_a_span_are_the_scanned_ones(actor_spans, window):
    mentions = _actor_mentions(actor_spans)
    assert _mentions_within(mentions, *window) == [m for m in mentions
                                                   if window[0] <= m.char_start and m.char_end <= window[1]]


@settings(max_examples=300, deadline=None)
@given(st.lists(spans, min_size=1, max_size=25), st.lists(spans, min_size=1, max_size=6),
       st.lists(st.integers(1, 70), max_size=5))
def test_first_mention_in_an_event_paragraph_is_the_scanned_one(actor_spans, event_spans, breaks):
    named, events = _actor_mentions(actor_spans), _event_mentions(event_spans)
    paragraphs = [0] + sorted(set(breaks))
    wanted = {_paragraph(paragraphs, s.char_start) for s in events}
    scanned = next((m for m in named if _paragraph(paragraphs, m.char_start) in wanted), None)
    # an organisation (not a person, not a principal state) is evidenced by its paragraph
    found = EventActorLinker._evidence("a", {"a": "organisation"}, _MentionIndex(named), events, paragraphs, [])
    assert found is scanned
