"""Actions a story reports in the present perfect, as its news: "Pyongyang has launched a
satellite, fired two cruise missiles, and reserved the right to respond"; "The US has
sanctioned Russia and called the annexation illegal".

An article tells what has just happened in the present perfect without dating it. Each action
is one event, one per verb sharing the auxiliary, dated by the dct with an honest interval: the
month before the dct up to it (``REACH_DAYS``, basis ``context``), like "recently" in dated.py.

Not taken, because the perfect then tells experience or duration rather than news:
* a sentence with "since", "for N years", "ever", "never", "always", "long", "so far", "yet",
  "repeatedly", "often", "once", "twice", "many times", "over the years" ("NATO has fought two
  wars", "Every president since 1992 has sought ...");
* a sentence with a time expression of its own (the dated-clause finder dates it), "would/could
  have", a negation, words in quotation marks, numbered notes;
* an action with no named subject in its sentence (nor "it/he/she/they" after one named in the
  sentence before): "We have seen" is the author's aside;
* a verb that names a known event ("has annexed Crimea"): its knowledge dates it;
* a founding or a policy ("has created an opportunity", "have cooperated in"): a state of affairs.
"""
from __future__ import annotations

import bisect
import math
import re
from datetime import date, timedelta
from itertools import accumulate

from ...records import ActorMention, Timex
from ..casefold import CaseBlind
from .candidates import Candidate
from .describe import Named, describe
from .text import TextLayout

REACH_DAYS = 30  # "has sanctioned" in a story: within the month before it was filed
# "h(?<=\bh)a(?:s|ve)" is "\b(?:has|have)" written so that re scans for the letter first (2x faster).
_AUX = re.compile(r"(?P<aux>h(?<=\bh)a(?:s|ve))\s+(?:(?:also|now|just|formally|officially|effectively|already|even)\s+)?"
                  r"(?P<verb>[a-z]+)\b")
_MODAL_BEFORE = re.compile(r"\b(?:would|could|should|might|must|may|will|shall|to|not)\s+$", re.IGNORECASE)
_NOT_NEWS = re.compile(
    r"\b(?:since|ever|never|always|long|so\s+far|yet|repeatedly|often|once|twice|many\s+times|over\s+the\s+years|"
    r"for\s+(?:\w+\s+){0,3}(?:years|decades|centuries|months|generations)|not|no\s+longer|until\s+now|"
    r"throughout|historically|traditionally)\b", re.IGNORECASE)
_NOT_NEWS = CaseBlind(_NOT_NEWS)  # searched on the lower-cased text: the same matches, about 2x faster
# After one action, the next verb sharing the auxiliary: ", tested ...", ", and reserved ...", " and called ...".
_NEXT = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:also|then|later)\s+)?(?P<verb>[a-z]+)\b")
_PRONOUN = re.compile(r"(?<![\w-])(?:it|he|she|they)\s+$", re.IGNORECASE)
_SUBJECT_TYPES = frozenset({"person", "organization", "state", "group"})
# "has created an opportunity", "have cooperated in ...": in the perfect these tell how things
# stand, not what happened in the story's weeks.
_STATES_OF_AFFAIRS = frozenset({"founding", "policy"})
# "X has died" is a death of the dct's day (derived.news_death_candidates), not of its month.
_DATED_ELSEWHERE = frozenset({"death"})


def perfect_actions(layout: TextLayout, mentions: list[ActorMention], timexes: list[Timex], triggers,
                    named: list[Named], types: dict[str, str], dct: date | None,
                    taken: list[tuple[int, int]], places=None) -> list[Candidate]:
    """One candidate per present-perfect action of a named subject, dated by the dct.

    Args:
        named: every actor mention as ``Named`` (for describe), in text order.
        types: actor_id -> type.
        taken: spans other finders already made events of (known event names, statements).
    """
    if dct is None:
        return []
    text = layout.text
    inside_quotes = _Cover(layout.quotes)
    dated = sorted(t.char_start for t in timexes)  # "In recent months alone, Iran has seized": dated by its own words
    subjects = sorted((m.char_start, m.char_end) for m in mentions if types.get(m.actor_id) in _SUBJECT_TYPES)
    first_named: dict[tuple[int, int], Named] = {}  # the first of ``named`` at each span (a look-up, not a pass)
    for n in named:
        first_named.setdefault((n.start, n.end), n)
    # Where ``named`` comes in text order (as the stage gives it), the names in a stretch are a slice
    # found by bisection, not a pass over all of them for each action (quadratic in a long document).
    named_starts = [n.start for n in named]
    if any(a > b for a, b in zip(named_starts, named_starts[1:])):
        named_starts = None
    out: list[Candidate] = []
    for m in _AUX.finditer(text):
        if not _verb_like(triggers, m.group("verb")) or layout.in_notes(m.start()) or inside_quotes(m.start()):
            continue
        sentence = layout.sentence(m.start())
        if _MODAL_BEFORE.search(text, max(sentence[0], m.start() - 12), m.start()) or \
                _NOT_NEWS.search(text, sentence[0], sentence[1]) or _any_within(dated, *sentence):
            continue
        subject = _subject(text, subjects, sentence, m.start(), layout)
        if subject is None:
            continue
        # The one who acts: the subject named, or for "it"/"they" the first actor of the sentence
        # before ("Brazil has expelled an envoy. But it has now called for talks"). The action's
        # span starts at its verb, so the link stage cannot see the subject itself.
        agent = first_named.get(subject)
        here = layout.sentence_index(m.start())
        if agent is None and subject[0] == subject[1] and here:
            previous = layout.sentences[here - 1]  # (the offset before a sentence is the gap between two)
            agent = next((n for n in _named_between(named, named_starts, *previous)
                          if previous[0] <= n.start < previous[1] and types.get(n.actor_id) in _SUBJECT_TYPES), None)
        for start, end in _conjuncts(text, triggers, m.start("verb"), sentence[1]):
            if not _action_at(triggers, text, start, end) or any(s < end and start < e for s, e in taken):
                continue
            # Named from the subject and this verb's words only: the words between are other actions'.
            own = [n for n in _named_between(named, named_starts, min(subject[0], start), max(subject[0] + 1, end))
                   if (n.start, n.end) == subject or start <= n.start < end]
            if agent is not None and agent not in own:
                own.insert(0, agent)  # "it" names the actor it stands for ("US Calls for Talks")
            desc = describe(text, (min(subject[0], start), end), triggers, own,
                            avoid=[(subject[1], start)] if subject[1] < start else [], places=places)
            if desc is None or not desc.name or desc.figurative or desc.trigger_span is None \
                    or not start <= desc.trigger_span[0] < end or desc.kind in _STATES_OF_AFFAIRS \
                    or desc.kind in _DATED_ELSEWHERE:
                continue
            out.append(Candidate(name=desc.name, kind=desc.kind or "other", span=(start, end),
                                 date_begin=dct - timedelta(days=REACH_DAYS), date_end=dct, granularity="month",
                                 date_basis="context", source="text", text_date=None, confidence=0.55,
                                 actors=_with_agent(desc.roles, agent), event_type=desc.event_type,
                                 event_type_reason=desc.event_type_reason, place=desc.place,
                                 place_country=desc.place_country))
    return out


def _with_agent(roles: list, agent: Named | None) -> list:
    """The description's roles, with the subject as the agent unless it already has a role."""
    roles = list(roles)
    if agent is not None and not any(actor_id == agent.actor_id for actor_id, _, _ in roles):
        roles.insert(0, (agent.actor_id, "agent", (agent.start, agent.end)))
    return roles


def _participle(triggers, word: str) -> bool:
    """Whether ``word`` is a verb trigger's form that can follow "has" ("tested", "met")."""
    trig = triggers.trigger(word)
    return trig is not None and trig.pos == "verb" and not word.endswith(("ing", "s"))


def _action_at(triggers, text: str, start: int, end: int) -> bool:
    """Whether the action's first words are a trigger used as a participle: a verb's form
    ("tested", "called for") or an -ed form listed with a noun ("sanctioned")."""
    m = triggers.pattern.match(text, start, end)
    if m is None:
        return False
    form = m.group(0)
    trig = triggers.trigger(form)
    if trig is None or trig.pos not in ("verb", "noun"):
        return False
    first = form.split()[0].lower()
    return first.endswith("ed") or (trig.pos == "verb" and not first.endswith(("ing", "s")))


def _subject(text: str, subjects: list[tuple[int, int]], sentence: tuple[int, int], aux: int,
             layout: TextLayout) -> tuple[int, int] | None:
    """The named subject of the auxiliary: the last actor named before it in its sentence, or the
    one a pronoun right before it takes from the sentence before."""
    # ``subjects`` is sorted: the spans starting in the sentence up to the auxiliary, by bisection
    # (a pass over all the document's subjects for each auxiliary was quadratic in a long document)
    before = [s for s in subjects[bisect.bisect_left(subjects, (sentence[0],)):
                                  bisect.bisect_right(subjects, (aux, math.inf))] if s[1] <= aux]
    if _PRONOUN.search(text, max(sentence[0], aux - 8), aux):
        previous = layout.sentence(sentence[0] - 1) if sentence[0] > 0 else None
        i = bisect.bisect_left(subjects, (previous[0],)) if previous else len(subjects)
        named = i < len(subjects) and subjects[i][0] < previous[1]
        return (aux - 1, aux - 1) if named or before else None
    if before and not text[before[-1][1]:aux].strip():
        return before[-1]  # "The US has sanctioned"
    if before and re.fullmatch(r"\s*,[^;:]*,\s*", text[before[0][1]:aux]):
        return before[0]  # "Russia, accusing the West of ..., has annexed": the subject before the aside
    return None


def _any_within(offsets: list[int], start: int, end: int) -> bool:
    """Whether the sorted ``offsets`` hold one in [start, end)."""
    i = bisect.bisect_left(offsets, start)
    return i < len(offsets) and offsets[i] < end


def _verb_like(triggers, word: str) -> bool:
    """A past participle: a verb trigger's form, or a word ending in -ed ("reserved", "called")."""
    return _participle(triggers, word) or (len(word) > 4 and word.endswith("ed"))


def _conjuncts(text: str, triggers, verb: int, stop: int) -> list[tuple[int, int]]:
    """The spans of the actions sharing one auxiliary, each from its verb to the next one's."""
    starts = [verb]
    for m in _NEXT.finditer(text, verb, stop):
        if m.start("verb") > starts[-1] and _verb_like(triggers, m.group("verb")):
            starts.append(m.start("verb"))
    spans = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else stop
        body = re.sub(r"(?:[\s,.;:\xa0]|\band\b|\balso\b|\bthen\b)*$", "", text[start:end])
        spans.append((start, start + len(body)))
    return spans


def _named_between(named: list[Named], starts: list[int] | None, lo: int, hi: int) -> list[Named]:
    """The names that may start in [lo, hi), in their order: a slice where ``starts`` (theirs, in
    order) is known, else all of them (the caller checks the offsets either way)."""
    if starts is None:
        return named
    return named[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]


class _Cover:
    """``cover(offset)``: whether one of ``spans`` (any order, nested or not) holds the offset, by a
    bisection over the spans by start and the furthest end so far (not a pass over every span:
    quadratic in a long document)."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self._starts = [s for s, _ in spans]
        self._reach = list(accumulate((e for _, e in spans), max))

    def __call__(self, offset: int) -> bool:
        i = bisect.bisect_right(self._starts, offset)
        return i > 0 and self._reach[i - 1] > offset
