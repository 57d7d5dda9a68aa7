"""_into_known looks up the known events a text event can tell again by their days (a long
document has thousands of text events and hundreds of known ones): the same answer as trying
every known event in order."""
from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from timeline_builder.build import event_merge
from timeline_builder.build.event_merge import _into_known, _KnownByDays, _near, _SLACK
from timeline_builder.records import Event, EventActor, EventMention, Extraction

_KINDS = ("meeting", "agreement", "treaty", "election", "war", "operation", "other", "statement", "summit")
_START = date(1990, 1, 1)


def _event(rng: random.Random, n: int, known: bool) -> Event:
    begin = _START + timedelta(days=rng.randint(0, 1500))
    span = rng.choice((0, 0, 0, 1, 6, 30, 31, 200, 366, 367, 900, None))
    if not known and rng.random() < 0.05:
        span = -3  # an end before the beginning: compared with every known event
    end = None if span is None else begin + timedelta(days=span)
    return Event(f"{'k' if known else 't'}{n}", f"Event {n}", rng.choice(_KINDS), begin, end,
                 kb_id=f"Q{n}" if known else None, source="knowledge" if known else "text")


def _extraction(rng: random.Random) -> Extraction:
    events = [_event(rng, n, known=rng.random() < 0.3) for n in range(rng.randint(1, 60))]
    mentions, links = [], []
    for e in events:
        start = rng.randint(0, 400)
        mentions.append(EventMention(e.event_id, "d", start, start + rng.randint(5, 40), "x"))
        for actor in rng.sample(("a1", "a2", "a3", "a4"), rng.randint(0, 3)):
            links.append(EventActor(e.event_id, actor, "participant"))
    return Extraction(events=tuple(events), event_mentions=tuple(mentions), event_actors=tuple(links))


def _plain(found: Extraction, text_events: list[Event], monkeypatch) -> dict[str, str]:
    with monkeypatch.context() as m:
        m.setattr(event_merge._KnownByDays, "around", lambda self, event: self.known)
        return _into_known(found, text_events)


def test_the_index_gives_what_trying_every_known_event_gives(monkeypatch):
    rng = random.Random(1410)
    joined = 0
    for _ in range(300):
        found = _extraction(rng)
        text_events = [e for e in found.events if e.kb_id is None]
        got = _into_known(found, text_events)
        assert got == _plain(found, text_events, monkeypatch)
        joined += len(got)
    assert joined > 100  # the draws do join text events to known ones


def test_around_gives_the_known_events_whose_days_meet_in_the_list_order():
    rng = random.Random(14)
    for _ in range(100):
        known = [_event(rng, n, known=True) for n in range(rng.randint(0, 40))]
        index = _KnownByDays(known)
        for n in range(30):
            event = _event(rng, 1000 + n, known=False)
            around = index.around(event)
            if event.date_end is not None and event.date_end < event.date_begin:
                assert around == known
            else:  # exactly those whose days meet, in the known list's order
                assert around == [k for k in known if _near(event, k, _SLACK)]


@pytest.mark.parametrize("offset, found", [(-397, True), (-398, False), (31, True), (32, False)])
def test_a_year_long_known_event_is_looked_up_from_its_first_day(offset, found):
    year = Event("k", "Year of Rails", "other", date(2001, 1, 1), date(2002, 1, 2), kb_id="Q1")
    day = date(2001, 1, 1) - timedelta(days=offset)
    event = Event("t", "Opening of the line", "other", day, day, source="text")
    assert (year in _KnownByDays([year]).around(event)) is found


def test_dates_at_the_ends_of_the_calendar_do_not_overflow():
    first = Event("k1", "First", "other", date.min, date.min, kb_id="Q1")
    last = Event("k2", "Last", "other", date.max, date.max, kb_id="Q2")
    index = _KnownByDays([first, last])
    assert index.around(Event("t1", "x", "other", date.min, date.min)) == [first]
    assert index.around(Event("t2", "y", "other", date.max, date.max)) == [last]
