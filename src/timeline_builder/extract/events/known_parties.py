"""A text event that is a known event told by its parties: "the US has sanctioned Russia" in an essay
of March 2014 is the known round of sanctions the US and the EU began imposing on Russia that month,
though the text names it by no name of the knowledge base.

A text event (no known event linked, dated by the dct or by context, not by a date the text gives)
becomes the known event of its kind whose agent the text event's agent is and whose target its
target is, where the known event began within a year of the text event's date and the knowledge
describes it in common words (an alias in lower case), not only by an instrument's name. Both parties must
match: an agent alone ("Russia has attacked ...") fits too many known events. A known event that
began more than a year away from the text's date is another happening of the same parties (a
tightening of the Cuba embargo in 2004 is not the embargo of 1962).
"""
from __future__ import annotations

from datetime import date

from ...knowledge.events import KnownEvent
from .candidates import Candidate

# The kinds whose known events are told by who did what to whom; a treaty or meeting of two parties
# is one of many between them, and is left to its name.
KINDS = frozenset({"sanction", "war", "operation", "other"})
_NEAR_DAYS = 366


class KnownByParties:
    """Known events of ``KINDS`` by (kind, agent, target), built once per knowledge base."""

    def __init__(self, events: list[KnownEvent]):
        self._index: dict[tuple[str, str, str], list[KnownEvent]] = {}
        for event in events:
            if event.kind not in KINDS or event.date_begin is None or not _described(event):
                continue
            agents = [a for a, role in event.participants if role == "agent"]
            targets = [a for a, role in event.participants if role == "target"]
            for agent in agents:
                for target in targets:
                    self._index.setdefault((event.kind, agent, target), []).append(event)

    def link(self, candidates: list[Candidate]) -> None:
        """Give each text event that is a known event told by its parties that event (in place)."""
        if not self._index:
            return
        for cand in candidates:
            if cand.kb is not None or cand.source != "text" or cand.kind not in KINDS or cand.date_begin is None \
                    or cand.date_basis == "text":
                continue
            event = self._known(cand)
            if event is not None:
                _become(cand, event)

    def _known(self, cand: Candidate) -> KnownEvent | None:
        agents = {a for a, role, _ in cand.actors if role == "agent"}
        targets = {a for a, role, _ in cand.actors if role == "target"}
        found = {e.event_id: e for a in agents for t in targets for e in self._index.get((cand.kind, a, t), ())
                 if _near(e, cand.date_begin, cand.date_end)}
        if len(found) != 1:
            return None  # none, or several rounds the words do not tell apart
        return next(iter(found.values()))


def _described(event: KnownEvent) -> bool:
    """Whether the knowledge names the event in words a text may tell it by ("sanctions against
    Russia"), not only by the names of an instrument ("Executive Order 13660") that a text naming
    the parties means no more than the others of its round."""
    return any(alias[:1].islower() for alias in event.aliases)


def _near(event: KnownEvent, begin: date, end: date | None) -> bool:
    """Whether the known event began within a year of the text event's dates."""
    last = end or begin
    return (event.date_begin - last).days <= _NEAR_DAYS and (begin - event.date_begin).days <= _NEAR_DAYS


def _become(cand: Candidate, event: KnownEvent) -> None:
    cand.kb = event
    cand.name = event.name
    cand.kind = event.kind
    cand.date_begin, cand.date_end, cand.granularity = event.date_begin, event.date_end, event.granularity
    cand.date_basis = "knowledge"
    cand.source = "knowledge"
    known = {a for a, _, _ in cand.actors}
    evidence = cand.words or cand.span
    cand.actors.extend((a, role, evidence) for a, role in event.participants if a not in known)
