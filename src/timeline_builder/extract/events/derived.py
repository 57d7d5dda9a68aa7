"""Events found through other events or through the parties a clause names.

* A treaty's expiry: a known treaty named in a clause that speaks of its ending ("the New
  START treaty is soon to become a thing of the past") is its expiry, on its end date.
* A treaty named by its parties: "the treaty obligations between Moscow and Pyongyang" is
  the latest known treaty or agreement between those states signed before the dct.
* Recent events named by place: "events in Lebanon and Syria" are the known events of the
  eighteen months before the dct whose cue words include the place.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from datetime import date

from ...knowledge.events import EventKnowledge, KnownEvent
from ...records import ActorMention
from .candidates import Candidate, KnownSpans, from_knowledge, shift
from .text import TextLayout, matches_from, word_led_matches
from ..casefold import CaseBlind
from ..tokens import TokenArray

_ENDING = re.compile(r"\b(?:expir\w*|laps\w*|runs? out|thing of the past|comes? to an end|cease to exist|"
                     r"terminat\w*|run its course)\b", re.IGNORECASE)
_TREATY_NOUN = re.compile(r"\b(?:treat(?:y|ies)|agreements?|pacts?|accords?|alliance)\b", re.IGNORECASE)
_TREATY_NOUNS = frozenset({"treaty", "treaties", "agreement", "agreements", "pact", "pacts", "accord", "accords",
                           "alliance"})  # the words _TREATY_NOUN matches, found in the token array
_BETWEEN = re.compile(r"\bbetween\b", re.IGNORECASE)
_NO_BEFORE = re.compile(r"\b(?:[Nn]o|[Aa]ny|[Nn]ever\s+an?|[Aa]\s+new|[Aa]nother)\s+(?:[\w-]+\s+)?$")
_PLACES = re.compile(r"\b(?:events|developments|the situation|fighting|the war|the crisis|escalation|upheaval)\s+in\s+"
                     r"((?:[A-Z][\w-]+)(?:(?:,\s+|\s+and\s+)[A-Z][\w-]+)*)")
_PLACE_FIRSTS = ("events", "developments", "the situation", "fighting", "the war", "the crisis", "escalation",
                 "upheaval")  # what a match of _PLACES starts with
_RECENT_DAYS = 548


def expiry_candidates(kb: EventKnowledge, layout: TextLayout, known_spans: KnownSpans,
                      dct: date | None) -> list[Candidate]:
    out = []
    for start, end, event in known_spans:
        if event.kind not in ("treaty", "agreement", "law") or event.date_end is None or event.event_id.endswith("-expiry"):
            continue
        clause = layout.clause(start, end)
        ending = _ENDING.search(layout.text, clause[0], clause[1])
        if not ending:
            continue
        # The mention is the treaty's name and the words of its ending ("the treaty ... is soon to
        # expire"), not the clause's start, which may tell of something else.
        words = (min(start, ending.start()), max(end, ending.end()))
        named = kb.events.get(f"{event.event_id}-expiry")
        if named is not None:
            out.append(from_knowledge(named, clause, confidence=0.8, words=words))
            continue
        out.append(Candidate(name=f"Expiry of the {event.name}", kind=event.kind, span=clause,
                             date_begin=event.date_end, date_end=event.date_end, granularity="day",
                             date_basis="knowledge", source="knowledge", confidence=0.75,
                             actors=[], words=words))
    return out


def treaty_by_parties(kb: EventKnowledge, layout: TextLayout, mentions: list[ActorMention], states: set[str],
                      known_spans: KnownSpans, dct: date | None,
                      timexes: list = ()) -> list[Candidate]:
    """'the treaty between Moscow and Pyongyang' -> the latest known treaty of those two states.
    A clause that dates its agreement ("in the autumn of 2019, the two states concluded
    a pact") means the agreement of that time: a known one signed then, or none."""
    text = layout.text
    out = []
    seen_clauses = set()
    for noun in word_led_matches(_TREATY_NOUN, _TREATY_NOUNS, text):
        clause = layout.clause(noun.start(), noun.end())
        if clause in seen_clauses or layout.in_notes(noun.start()):
            continue
        seen_clauses.add(clause)
        if known_spans.any_within(*clause):
            continue
        if _NO_BEFORE.search(text, max(clause[0], noun.start() - 30), noun.start()):
            continue  # "there was no treaty between the US and Russia to ...": none is named
        between = _BETWEEN.search(text, noun.end(), clause[1])
        if between is None or between.start() - noun.end() > 40:
            continue
        parties = []
        for m in mentions:
            if between.end() <= m.char_start < min(clause[1], between.end() + 60) and m.actor_id in states \
                    and m.actor_id not in parties:
                parties.append(m.actor_id)
        if len(parties) < 2:
            continue
        wanted = set(parties[:2])
        found = [e for e in kb.events.values() if e.kind in ("treaty", "agreement")
                 and wanted <= {a for a, _ in e.participants} and (dct is None or e.date_begin <= dct)]
        dates = [(t.date_begin, t.date_end) for t in timexes if t.type == "DATE" and t.date_begin and t.date_end
                 and clause[0] <= t.char_start < clause[1]]
        if dates:
            found = [e for e in found if any(b <= e.date_begin <= end for b, end in dates)]
        if found:
            latest = max(found, key=lambda e: (e.date_begin, e.event_id))
            out.append(from_knowledge(latest, clause, confidence=0.6))
    return out


def recent_events_by_place(kb: EventKnowledge, layout: TextLayout, dct: date | None,
                           dated_clauses: set[tuple[int, int]],
                           known_spans: KnownSpans) -> list[Candidate]:
    """'events in Lebanon and Syria' -> the latest known event of the last months there."""
    if dct is None:
        return []
    text = layout.text
    out = []
    window_start = shift(dct, -_RECENT_DAYS)
    for m in matches_from(_PLACES, _PLACE_FIRSTS, text):
        clause = layout.clause(m.start(), m.end())
        if clause in dated_clauses or layout.in_notes(m.start()) or \
                known_spans.any_within(*clause):
            continue
        for place in re.split(r",\s+|\s+and\s+", m.group(1)):
            here = [e for e in kb.events.values() if e.kind != "term" and e.date_begin <= dct
                    and (e.date_end is None or e.date_end >= window_start) and e.date_begin >= shift(window_start, -_RECENT_DAYS)
                    and any(c.lower() == place.lower() for c in e.cues)]
            if here:
                latest = max(here, key=lambda e: (e.date_begin, e.event_id))
                out.append(from_knowledge(latest, clause, confidence=0.55))
    return out


# Event nouns and the kinds of known event each can refer to.
_NOUN_KINDS = {
    "invasion": ("operation", "war"), "war": ("war", "conflict"), "crisis": ("crisis", "conflict"),
    "conflict": ("conflict", "war"), "treaty": ("treaty",), "agreement": ("agreement", "treaty"),
    "accord": ("agreement", "treaty"), "summit": ("meeting",), "talks": ("meeting",),
    "negotiations": ("meeting",), "blockade": ("crisis", "operation"), "embargo": ("sanction",),
    "occupation": ("operation", "war"), "intervention": ("operation", "war"), "uprising": ("crisis", "conflict"),
    "revolution": ("crisis",), "coup": ("crisis",), "airlift": ("crisis",), "aggression": ("operation", "war"),
    "hostilities": ("war", "conflict"), "fighting": ("war", "conflict"),
}
_PLURALS = {"crises": "crisis", "wars": "war", "conflicts": "conflict", "invasions": "invasion"}


@lru_cache(maxsize=64)
def _nouns_of_kinds(kinds: frozenset[str]) -> tuple[re.Pattern, frozenset[str]] | None:
    """A case-blind pattern of the event nouns that can refer to an event of one of ``kinds``,
    singular or plural, and the nouns as a set (None when none can)."""
    nouns = [n for n in (*_NOUN_KINDS, *_PLURALS) if kinds.intersection(_NOUN_KINDS[_PLURALS.get(n, n)])]
    if not nouns:
        return None
    return re.compile(r"\b(" + "|".join(nouns) + r")\b", re.IGNORECASE), frozenset(nouns)


def _noun_hits(layout: TextLayout, nouns: tuple[re.Pattern, frozenset[str]]) -> list[tuple[int, int, str]]:
    """(start, end, noun in lower case) of each event noun of the text. The nouns are whole words:
    where lower-casing keeps the offsets they are the tokens of the lower-cased text that are one
    of them, read from the shared token array; else the case-blind pattern's matches."""
    if layout.lowered is None:
        return [(m.start(), m.end(), m.group(1).lower()) for m in nouns[0].finditer(layout.text)]
    tokens = TokenArray.of(layout.text)
    out = []
    for start in tokens.offsets_of(nouns[1]):
        k = tokens.index_at(start)
        out.append((start, tokens.ends[k], tokens.lowered[k]))
    return out


_CURRENT_DAYS = 366
# A noun's state: "the invasion of Georgia", "the war in Syria", "the strikes on Iran".
_OF_STATE = re.compile(r"[ \t]+(?:of|in|into|against|on)[ \t]+(?:the[ \t]+)?", re.IGNORECASE)
# An adjective (maybe one more word before the noun) saying the happening has not taken place.
_UNREAL_BEFORE = re.compile(r"\b(?:threatened|planned|possible|potential|imminent|feared|looming|hypothetical|"
                            r"would-be|contemplated|prospective|proposed)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_NAME_WORDS = re.compile(r"[\w'-]+(?:[ \t]+[A-Z][\w'-]*)*")
# Kinds whose state after the noun is a party, not only the place: a summit "in Iceland" is hosted by a
# state that need not be a party; a war "in Georgia" is fought by it. A state that is one of the event's
# cue words counts as a party ("the conflict in South Vietnam" of the war against North Vietnam).
_FOUGHT_IN_PARTIES = frozenset({"war", "conflict", "operation", "crisis"})


@lru_cache(maxsize=256)
def _cue_pattern(cues: tuple[str, ...]) -> CaseBlind:
    """One alternation of cue words (documents of one period share it: compiled once), searched
    case-blind on the lower-cased context (the same matches, faster)."""
    return CaseBlind(re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\b", re.IGNORECASE))


class CurrentEventFinder:
    """'the Soviet invasion', 'this crisis': a known event going on around the dct, named by a
    bare event noun and recognised by its cue words in the sentence (or the one before)."""

    def __init__(self, kb: EventKnowledge):
        self.events = [e for e in kb.events.values() if e.kind not in ("term", "policy", "other") and e.cues]
        self._cue_words = {e.event_id: frozenset(c.lower() for c in e.cues) for e in self.events}
        # A short crisis's cues that name its parties, and the words of its names: "the revolution"
        # beside "Cuba" a year after the missile crisis is no mention of the crisis (see find). Wars and
        # meetings are left alone: "a tragic conflict", "the talks" are their own nouns too.
        self._party_cues = {e.event_id: frozenset(c.lower() for c in e.cues if names_a_party(c, e))
                            for e in self.events if e.kind == "crisis" and is_episode(e)}
        self._own_words = {e.event_id: frozenset(w.lower() for n in (e.name,) + e.aliases for w in re.findall(r"\w+", n))
                           for e in self.events if e.event_id in self._party_cues}
        self._at: dict[date, tuple] = {}  # dct -> its current events, their cue pattern and nouns (see _current)

    @staticmethod
    def _proper_cues(event: KnownEvent) -> frozenset[str]:
        """The event's cues written as proper names (a place, a party, a person), lower-cased."""
        return frozenset(c.lower() for c in event.cues if c[:1].isupper())

    def _current(self, dct: date) -> tuple[list[KnownEvent], CaseBlind | None, tuple | None]:
        """The known events going on around ``dct``, the pattern of their cue words and the nouns
        of their kinds: worked out once a dct (a build's stories share few dcts; it was a pass over
        every known event a document)."""
        known = self._at.get(dct)
        if known is None:
            start, end = shift(dct, -_CURRENT_DAYS), shift(dct, 31)
            # A treaty or law in force is not an event going on; only a recent signing is.
            current = [e for e in self.events if e.date_begin <= end and (e.date_end is None or e.date_end >= start)
                       and e.date_begin >= (start if e.kind in ("treaty", "agreement", "law", "sanction")
                                            else shift(dct, -366 * 12))]
            # One pattern for the cue words of every current event; each event scores the distinct
            # cues of its own that the context holds.
            cue_pattern = _cue_pattern(tuple(sorted({c for e in current for c in e.cues}, key=lambda c: (-len(c), c)))) \
                if current else None
            # Only the nouns that can refer to a current event's kind: a hit of any other noun has no
            # candidate (whole words never overlap, so the narrower scan finds the same hits of these).
            nouns = _nouns_of_kinds(frozenset(e.kind for e in current)) if current else None
            while len(self._at) >= 256:
                self._at.pop(next(iter(self._at)), None)
            known = self._at[dct] = (current, cue_pattern, nouns)
        return known

    def find(self, layout: TextLayout, dct: date | None, known_spans: KnownSpans,
             dated_clauses: set[tuple[int, int]], state_at=None, party_named=None) -> list[Candidate]:
        """``state_at(offset)``: the state mentioned at that offset, or None. ``party_named(event)``:
        whether the document names one of the event's participants (or anyone of a participant state)."""
        if dct is None:
            return []
        current, cue_pattern, nouns = self._current(dct)
        if not current or nouns is None:
            return []
        text = layout.text
        known_clauses = {layout.clause(s, e) for s, e, _ in known_spans}
        out = []
        cues_in: dict[str, set[str]] = {}
        for hit_start, hit_end, noun in _noun_hits(layout, nouns):
            if layout.in_notes(hit_start) or _UNREAL_BEFORE.search(text, max(0, hit_start - 40), hit_start):
                continue  # "the much-feared invasion", "a threatened strike": it has not happened
            clause = layout.clause(hit_start, hit_end)
            if clause in dated_clauses or clause in known_clauses or \
                    known_spans.any_within(*clause):
                continue
            kinds = _NOUN_KINDS[_PLURALS.get(noun, noun)]
            context = layout.context(hit_start, before=1)
            best = None
            candidates = [e for e in current if e.kind in kinds]
            where = _OF_STATE.match(text, hit_end) if candidates and state_at is not None else None
            state = state_at(where.end()) if where is not None else None
            if state is not None:  # "the invasion of Georgia" is no current invasion Georgia takes no part in
                named = {w.lower() for w in _NAME_WORDS.match(text, where.end()).group(0).split()}
                candidates = [e for e in candidates if e.kind not in _FOUGHT_IN_PARTIES
                              or any(actor == state for actor, _ in e.participants)
                              or named & self._cue_words[e.event_id]]
            if candidates:
                found = cues_in.get(context)
                if found is None:  # the nouns of one sentence share its context: its cues are found once
                    found = cues_in[context] = {c.group(0).lower() for c in cue_pattern.finditer(context)}
            for event in candidates:
                # A cue inside a longer cue that matched there counts too ("nuclear" in "nuclear war").
                matched = {c for c in self._cue_words[event.event_id] if c in found or any(c in f for f in found)}
                score = len(matched)
                if score and matched <= self._party_cues.get(event.event_id, frozenset()) \
                        and _PLURALS.get(noun, noun) not in self._own_words[event.event_id]:
                    # a crisis's parties outlive it: with only their names the noun must be its own
                    # ("the crisis" over Cuba in 1962 is it, "the revolution" of the people of Cuba is not)
                    continue
                if score and party_named is not None and event.participants and not party_named(event) \
                        and not matched & self._proper_cues(event):
                    # "both sides agreed to begin talks on nuclear risks" in a story on two states that
                    # take no part in the current talks on a nuclear programme: a topic word is no evidence
                    # (a proper name is: "the Persian Gulf is no longer a war zone" names where it was)
                    continue
                if score and (best is None or (score, event.date_begin) > best[0]):
                    best = ((score, event.date_begin), event)
            if best is not None:
                out.append(from_knowledge(best[1], clause, confidence=0.5))
        return out


_TITLES = frozenset({"president", "secretary", "minister", "premier", "chancellor", "leader", "ambassador",
                     "king", "queen", "general", "chairman", "senator", "governor"})


class PersonEventFinder:
    """'North Korea, which Trump failed to pacify': a known event one of whose named people the
    clause mentions together with one of the event's cue words (no date, no alias there)."""

    def __init__(self, kb: EventKnowledge):
        self.by_person: dict[str, list[KnownEvent]] = {}
        for event in kb.events.values():
            if event.kind == "term" or not event.cues:
                continue
            for actor, role in event.participants:
                if role in ("agent", "participant"):
                    self.by_person.setdefault(actor, []).append(event)
        # Compiled when a clause first needs one (a build meets few of these people): compiling all
        # ~200 cost 0.02-0.04 CPU-s of the ~0.4 s the extractors take to create.
        self._cue_sources = {e.event_id: r"\b(?:" + "|".join(re.escape(c) for c in e.cues) + r")\b"
                             for es in self.by_person.values() for e in es}
        self._cues: dict[str, re.Pattern] = {}
        # The cue words that name one of the event's parties ("Cuba", "Cuban", "Khrushchev"), read
        # from the participants' ids: who took part, not what happened.
        self._party_cues = {e.event_id: frozenset(c.lower() for c in e.cues if names_a_party(c, e))
                            for es in self.by_person.values() for e in es}

    def _cue_pattern(self, event_id: str) -> re.Pattern:
        pattern = self._cues.get(event_id)
        if pattern is None:
            pattern = self._cues[event_id] = re.compile(self._cue_sources[event_id], re.IGNORECASE)
        return pattern

    def find(self, layout: TextLayout, mentions: list[ActorMention], people: set[str], dct: date | None,
             known_spans: KnownSpans, dated_clauses: set[tuple[int, int]],
             countries: dict[str, str] | None = None) -> list[Candidate]:
        """``countries``: actor id -> the ISO code of the state the actor belongs to."""
        text = layout.text
        countries = countries or {}
        out = []
        # The mentions by start, for the ones inside a clause (a bisect, not a pass over all the
        # document's mentions for each person mention: that was quadratic in a long document).
        by_start = sorted(mentions, key=lambda o: o.char_start)
        starts = [o.char_start for o in by_start]
        for m in mentions:
            if m.actor_id not in people or m.actor_id not in self.by_person or layout.in_notes(m.char_start) \
                    or m.text.split()[-1].lower() in _TITLES:
                continue  # "the President" may be anyone; the rule needs the person's name
            clause = layout.clause(m.char_start, m.char_end)
            if clause in dated_clauses or known_spans.any_within(*clause):
                continue
            words = text[clause[0]:m.char_start] + " " + text[m.char_end:clause[1]]
            home = countries.get(m.actor_id)
            home_names = None  # made when a cue is found (most clauses have none)
            best = None
            for event in self.by_person[m.actor_id]:
                if dct is not None and event.date_begin > dct:
                    continue
                said = measure_votes_removed(words) if event.kind == "election" else words
                found = {c.group(0).lower() for c in self._cue_pattern(event.event_id).finditer(said)
                         if not (is_episode(event) and _LASTING.search(said, max(0, c.start() - 40), c.start()))}
                if not found:
                    continue  # "40 years of the blockade": what lasted decades is no episode of days
                if home_names is None:
                    inside = by_start[bisect.bisect_left(starts, clause[0]):bisect.bisect_left(starts, clause[1])]
                    home_names = {o.text.lower() for o in inside if home and countries.get(o.actor_id) == home
                                  and o.actor_id not in people}
                # the name of the person's own country tells who, as the person does, not what
                # happened: "Castro said ... in Cuba" is no missile crisis without a word of it
                if found <= home_names:
                    continue
                # A short episode's parties outlive it ("Khrushchev ... flights over Cuba" two years
                # on is no missile crisis): beside the person it needs a word of itself, not only the
                # names of its parties, and a clause that tells of an event of another kind ("a
                # treaty banning nuclear tests") tells of that one.
                if is_episode(event) and (found <= self._party_cues[event.event_id]
                                        or _other_kind_only(words, event.kind)):
                    continue
                score = len(found)
                if score and (best is None or (score, event.date_begin) > best[0]):
                    best = ((score, event.date_begin), event)
            if best is not None:
                out.append(from_knowledge(best[1], clause, confidence=0.45))
        return out


# "voted against the bipartisan Clean Rivers Act", "voted to repeal the tax bill": a vote of a legislature or a
# board on a measure, not a vote of the electorate; its vote words are no evidence of an election.
_MEASURE_VOTE = re.compile(
    r"\bvot(?:e|es|ed|ing)\s+(?:(?:for|against|on|down|in\s+favou?r\s+of)\s+|to\s+(?:pass|approve|adopt|ratify|"
    r"reject|block|repeal|override|confirm|amend|kill|sustain|uphold)\s+)"
    r"(?:(?!(?:who|whom|which|that|and|but|or|because|when)\b)[\w'’.-]+\s+){0,8}?"
    r"(?:acts?|bills?|laws?|measures?|resolutions?|amendments?|treat(?:y|ies)|budgets?|legislation|motions?|"
    r"nominations?|nominees?|proposals?|vetoe?s?|ordinances?)\b", re.IGNORECASE)


# A word of violence right after an actor's name ("Bosnian Serb shelling", "Ruritanian troops attacked", "X's
# raid") or "... by" right before it ("shelling by the rebels"): the actor is the agent of that violence.
_VIOLENCE_AFTER = re.compile(r"(?:['’]s?)?\s+(?:[a-z]+\s+)?(?:shell(?:ing|ed|s)?|bomb(?:ing|ed|s|ings)?|"
                             r"attack(?:s|ed|ing)?|raid(?:s|ed)?|invad(?:ed|ing)|invasion|assault(?:s|ed)?|"
                             r"offensive|air\s?strikes?|strikes?|struck|fired|shot|massacred?)\b")
_VIOLENCE_BY = re.compile(r"\b(?:shelling|bombing|attacks?|raids?|invasion|assaults?|offensive|air\s?strikes?|"
                          r"strikes?|massacre)\s+by\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?$")


def other_side_acts(event: KnownEvent, text: str, mentions, countries: dict[str, str],
                    party_countries: frozenset[str]) -> bool:
    """Whether an actor of the mentions is the agent of a word of violence ("Bosnian Serb shelling") and
    stands on the known event's other side: its target, or an actor only its cue words name (an
    operation's cue "Bosnian Serb" names whom it was against), neither a party nor of a party's state.
    A clause telling what the other side did is not a mention of the event (the shelling that
    preceded the air campaign is not the air campaign)."""
    roles = dict(event.participants)
    for m in mentions:
        if not (_VIOLENCE_AFTER.match(text, m.char_end) or _VIOLENCE_BY.search(text, max(0, m.char_start - 40), m.char_start)):
            continue
        role = roles.get(m.actor_id)
        if role == "target":
            return True
        if role is not None or countries.get(m.actor_id) in party_countries:
            continue
        said = re.compile(r"\b" + re.escape(m.text.lower()) + r"\b")
        if any(said.search(c.lower()) for c in event.cues):
            return True
    return False


def measure_votes_removed(words: str) -> str:
    """The words with each vote on a measure ("voted against the X Act") blanked, offsets kept."""
    if "vot" not in words and "Vot" not in words and "VOT" not in words:
        return words
    return _MEASURE_VOTE.sub(lambda m: " " * len(m.group(0)), words)


# "forty years of the", "decades of", "two years of": a span of years or more before a noun tells of
# something that lasted that long.
_LASTING = re.compile(r"\b(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:years?|decades?|centur(?:y|ies))\s+of\s+(?:the\s+|an?\s+|their\s+|its\s+)?$|"
                      r"\b(?:years|decades)\s+of\s+(?:the\s+|an?\s+|their\s+|its\s+)?$", re.IGNORECASE)
# A known event of at most this many days is one episode, not a lasting relation between its parties.
_EPISODE_DAYS = 92
# The event nouns of _NOUN_KINDS with their plurals, for a clause's own event.
_KIND_NOUN = re.compile(r"\b(" + "|".join(sorted(set(_NOUN_KINDS) | set(_PLURALS), key=lambda n: (-len(n), n)))
                        + r")\b", re.IGNORECASE)


def is_episode(event: KnownEvent) -> bool:
    return event.date_end is not None and (event.date_end - event.date_begin).days <= _EPISODE_DAYS


def names_a_party(cue: str, event: KnownEvent) -> bool:
    """Whether ``cue`` is a party's name: its words begin with the words of a participant's id
    ("Cuban" of cuba, "Khrushchev" of nikita-khrushchev, "North Korea" of north-korea)."""
    return party_named(cue, event) is not None


def party_named(cue: str, event: KnownEvent) -> str | None:
    """The participant ``cue`` names (see ``names_a_party``): the first whose id's words of 4+
    letters begin each of the cue's words, else one of several participants' words, else None."""
    words = cue.lower().split()
    parts = {p for actor, _ in event.participants for p in actor.split("-") if len(p) >= 4}
    if not all(any(w.startswith(p) for p in parts) for w in words):
        return None
    for actor, _ in event.participants:
        own = [p for p in actor.split("-") if len(p) >= 4]
        if all(any(w.startswith(p) for p in own) for w in words):
            return actor
    return event.participants[0][0]


def _other_kind_only(words: str, kind: str) -> bool:
    """Whether the words name an event noun ("treaty", "summit") and none of them can be an event
    of ``kind``."""
    nouns = {_PLURALS.get(n, n) for n in (m.group(1).lower() for m in _KIND_NOUN.finditer(words))}
    return bool(nouns) and not any(kind in _NOUN_KINDS[n] for n in nouns)


_DEATH_BEFORE = re.compile(
    r"(?:\b(?:the\s+late|recently\s+deceased|deceased|assassinated|murdered|slain)|"
    r"\b(?:death|passing|assassination|murder|killing|funeral|execution)\s+of)\s+(?:(?:the\s+)?[A-Z][\w.-]*\s+){0,2}$")
_DEATH_AFTER = re.compile(
    r"^(?:[’']s\s+(?:death|passing|assassination|murder|killing|funeral|execution)\b|"
    r"\s*(?:,[^,.;]{0,60},\s*)?(?:has\s+)?(?:died|passed away|was assassinated|was killed|was murdered|was executed)\b)")


def known_deaths(kb: EventKnowledge) -> dict[str, KnownEvent]:
    """Death events of the knowledge base by the person who died."""
    return {e.participants[0][0]: e for e in kb.events.values() if e.kind == "death" and len(e.participants) == 1}


def death_candidates(layout: TextLayout, mentions: list[ActorMention], deaths: dict[str, KnownEvent],
                     dct: date | None) -> list[tuple[ActorMention, Candidate]]:
    """'the late Gorbachev', 'the death of Stalin', 'Brezhnev died': the known death of that
    person (never one after the document was written), with the mention it rests on."""
    text = layout.text
    out = []
    for m in mentions:
        death = deaths.get(m.actor_id)
        if death is None or (dct is not None and death.date_begin > shift(dct, 7)):
            continue
        before = text[max(0, m.char_start - 45):m.char_start]
        after = text[m.char_end:m.char_end + 80]
        if _DEATH_BEFORE.search(before) or _DEATH_AFTER.match(after):
            out.append((m, from_knowledge(death, layout.clause(m.char_start, m.char_end), confidence=0.8)))
    return out


_RECENTLY_BEFORE = re.compile(r"\brecently\s+(?:deceased|departed|late)\s+(?:(?:the\s+)?[A-Z][\w.-]*\s+){0,2}$")
_RECENTLY_AFTER = re.compile(r"^\s*(?:,\s*who\s+)?(?:(?:has\s+)?recently\s+(?:died|passed away)|"
                             r"(?:died|passed away)\s+recently)\b")
_RECENT_DEATH_DAYS = 90


def recent_death_candidates(layout: TextLayout, mentions: list[ActorMention], deaths: dict[str, KnownEvent],
                            people: set[str], names: dict[str, str], dct: date | None) -> list[Candidate]:
    """"the recently deceased X", "X, who recently died": a death the knowledge base does not
    date, dated by context to the months before the dct (one event per person)."""
    if dct is None:
        return []
    text = layout.text
    out: dict[str, Candidate] = {}
    for m in mentions:
        if m.actor_id not in people or m.actor_id in deaths or m.actor_id in out or layout.in_notes(m.char_start):
            continue
        before = text[max(0, m.char_start - 50):m.char_start]
        after = text[m.char_end:m.char_end + 40]
        if not (_RECENTLY_BEFORE.search(before) or _RECENTLY_AFTER.match(after)):
            continue
        evidence = (m.char_start, m.char_end)
        out[m.actor_id] = Candidate(
            name=f"Death of {names.get(m.actor_id, m.text)}", kind="death", span=layout.clause(m.char_start, m.char_end),
            date_begin=shift(dct, -_RECENT_DEATH_DAYS), date_end=dct, granularity="month", date_basis="context",
            source="text", text_date="recently", confidence=0.5, actors=[(m.actor_id, "participant", evidence)])
    return list(out.values())


# "X has died", "X, the former leader, has passed away": the news of the story's day.
_HAS_DIED = re.compile(r"\s*(?:,[^,.;]{0,80},\s*)?(?:has|have)\s+(?:died|passed\s+away|been\s+killed|been\s+shot\s+dead|"
                       r"been\s+found\s+dead|been\s+assassinated)\b")
# "a week after her husband Tom died": a death some days before the story's news.
_DAYS_BEFORE = re.compile(r"\b(?P<n>\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                          r"(?P<unit>days?|weeks?)\s+after\s+(?:(?:his|her|their)\s+(?:\w+\s+){0,2})?$", re.IGNORECASE)
_DIED_AFTER_NAME = re.compile(r"\s+(?:died|passed\s+away)\b")
_PART_STOP = re.compile(r"\s*(?:[,;:.!?]|\s(?:and|but|while)\s)")
_NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


def news_death_candidates(layout: TextLayout, mentions: list[ActorMention], deaths: dict[str, KnownEvent],
                          people: set[str], names: dict[str, str], dct: date | None) -> list[Candidate]:
    """"Former prime minister X has died": a news story's death, dated by the dct (context); and
    "only a week after her husband Y died", in the sentences after it: the dct less those days.
    Deaths the knowledge base dates are left to it."""
    if dct is None:
        return []
    text = layout.text
    out: dict[str, Candidate] = {}
    news_sentence = None
    for m in mentions:
        if m.actor_id not in people or m.actor_id in deaths or layout.in_notes(m.char_start):
            continue
        evidence = (m.char_start, m.char_end)
        if _HAS_DIED.match(text, m.char_end, m.char_end + 100):
            news_sentence = layout.sentence_index(m.char_start) if news_sentence is None else news_sentence
            if m.actor_id not in out:
                out[m.actor_id] = Candidate(
                    name=f"Death of {names.get(m.actor_id, m.text)}", kind="death",
                    span=layout.clause(m.char_start, m.char_end), date_begin=dct, date_end=dct, granularity="day",
                    date_basis="context", source="text", text_date=None, confidence=0.65,
                    actors=[(m.actor_id, "participant", evidence)])
            continue
        here = layout.sentence_index(m.char_start)
        if news_sentence is None or here is None or not 0 <= here - news_sentence <= 2 or m.actor_id in out:
            continue
        gap = _DAYS_BEFORE.search(text, max(0, m.char_start - 60), m.char_start)
        if gap is None or not _DIED_AFTER_NAME.match(text, m.char_end, m.char_end + 20):
            continue
        n = gap.group("n").lower()
        days = (int(n) if n.isdigit() else _NUMBER_WORDS[n]) * (7 if gap.group("unit").lower().startswith("week") else 1)
        day = shift(dct, -days)
        clause = layout.clause(m.char_start, m.char_end)
        # The mention is "a week after her husband Tom died aged 88", not the sentence: the clause
        # before it ("He passed away at home") tells the story's own death.
        stop = _PART_STOP.search(text, m.char_end, clause[1])
        out[m.actor_id] = Candidate(
            name=f"Death of {names.get(m.actor_id, m.text)}", kind="death", span=clause,
            date_begin=day, date_end=day, granularity="day", date_basis="context", source="text",
            text_date=text[gap.start():gap.end()].strip(), confidence=0.5, actors=[(m.actor_id, "participant", evidence)],
            words=(gap.start(), stop.start() if stop else clause[1]))
    return list(out.values())


_RELATIVE_TO = re.compile(r"\b(?:after|since|following)\s+the\s+(?P<edge>start|beginning|outbreak|launch|end)\s+of\s+"
                          r"(?:\[?[\w’'-]+\]?\s+)?$", re.IGNORECASE)
_DETERMINER = re.compile(r"\b(?:the|a|an|its|their|his|her|our)\s+(?=\w)", re.IGNORECASE)
_SUPPORT_WORDS = re.compile(r"\b(?:help\w*|support\w*|aid|assistance|extended|backing|loans?|supplies|deliveries|"
                            r"sanctions?|boycotts?|exodus|migration|rapprochement)\b", re.IGNORECASE)


def relative_to_known_candidates(layout: TextLayout, known_spans: KnownSpans,
                                 event_language: re.Pattern) -> list[Candidate]:
    """"the helping hand extended by China after the start of the Special Military Operation":
    what happened after (or since) a known event's start or end, dated by context from it."""
    text = layout.text
    out = []
    for start, end, event in known_spans:
        lead = _RELATIVE_TO.search(text[max(0, start - 60):start])
        if lead is None or event.kind == "term" or layout.in_notes(start):
            continue
        edge = event.date_end if lead.group("edge").lower() == "end" else event.date_begin
        if edge is None:
            continue
        cut = start - (len(text[max(0, start - 60):start]) - lead.start())
        sentence = layout.sentence(start)
        before = text[max(sentence[0], cut - 80):cut]
        determiners = list(_DETERMINER.finditer(before))
        if not determiners:
            continue
        phrase = before[determiners[-1].start():].strip(" ,")
        if len(phrase.split()) < 3 or not (event_language.search(phrase) or _SUPPORT_WORDS.search(phrase)):
            continue  # "the first time since the end of World War II" names no event
        name = f"{phrase[0].upper()}{phrase[1:]} {text[cut:end]}".replace("[", "").replace("]", "")
        span = (cut - len(before) + determiners[-1].start(), end)
        out.append(Candidate(name=re.sub(r"\s+", " ", name), kind="other", span=span, date_begin=edge,
                             date_end=None, granularity=event.granularity, date_basis="context", source="text",
                             text_date=text[cut:end], confidence=0.5))
    return out


# Case-blind patterns searched over the whole text: the same matches on the lower-cased text, faster.
_TREATY_NOUN, _ENDING, _SUPPORT_WORDS, _DAYS_BEFORE = map(CaseBlind, (_TREATY_NOUN, _ENDING, _SUPPORT_WORDS, _DAYS_BEFORE))
