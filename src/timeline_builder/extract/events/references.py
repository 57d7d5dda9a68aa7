"""Known events a text refers to without their names: by what happened to whom ("Finland and Sweden
as members of the Alliance", "the revolutions in Ukraine and Georgia"), by place ("the Washington summit", "at the time of Potsdam" is in
dated.py), by sponsors ("the amendment Jackson and Vanik sponsored"), by an anniversary
("as the Union marks its 60th anniversary") or as "the war" of its context.
"""
from __future__ import annotations

import bisect
import re
from datetime import date
from functools import lru_cache
from typing import Iterator

from ...knowledge.events import EventKnowledge, KnownEvent
from ...records import ActorMention, Timex
from ..casefold import CaseBlind
from .candidates import Candidate, KnownSpans, from_knowledge, shift_years
from .text import TextLayout, matches_from, matches_near, word_led_matches


# Words saying a state came into an organisation ("joined", "accession", "as staunch members of",
# "became a member"): not "a NATO member", which says only what the state is.
_JOINING = re.compile(r"\b(?:joined|joins|join(?:ing)?|accession|acceded|admitted|admission|entry\s+into|"
                      r"(?:as|became|become|becoming|new|newest)\s+(?:(?:a|an|the|full|staunch|proud|loyal)\s+){0,2}"
                      r"members?)\b", re.IGNORECASE)
_JOINING = CaseBlind(_JOINING)
# The words a match of _JOINING starts with: it is tried only where one stands (``word_led_matches``).
_JOINING_FIRSTS = frozenset({"joined", "joins", "join", "joining", "accession", "acceded", "admitted", "admission",
                             "entry", "as", "became", "become", "becoming", "new", "newest"})
_BODY_ANAPHOR = re.compile(r"\bthe\s+(?:[Aa]lliance|[Uu]nion|[Bb]loc|[Oo]rgani[sz]ation|[Cc]ommunity)\b")
_ACCESSION_NAME = re.compile(r"\b(?:join|joins|joined|accession|membership|enlargement|entry)\b", re.IGNORECASE)


@lru_cache(maxsize=4)
def _accessions(kb: EventKnowledge) -> list[KnownEvent]:
    """The known treaties and policies named as a joining ("accession", "membership"), in knowledge order."""
    return [e for e in kb.events.values() if e.kind in ("treaty", "policy") and e.date_begin
            and (_ACCESSION_NAME.search(e.name) or any(_ACCESSION_NAME.search(a) for a in e.aliases))]


def accessions_by_members(kb: EventKnowledge, layout: TextLayout, mentions: list[ActorMention],
                          types: dict[str, str], known_spans: KnownSpans, dct: date | None) -> list[Candidate]:
    """"We now have Finland and Sweden as members of the Alliance", "Spain joined NATO" -> each
    named state's known accession to the organisation the clause names (the latest before the dct)."""
    text = layout.text
    out = []
    seen = set()
    starts = [m.char_start for m in mentions]
    for word in word_led_matches(_JOINING, _JOINING_FIRSTS, text):
        clause = layout.clause(word.start(), word.end())
        if layout.in_notes(word.start()):
            continue
        here = mentions[bisect.bisect_left(starts, clause[0]):bisect.bisect_left(starts, clause[1])]
        states = [m.actor_id for m in here if types.get(m.actor_id) == "state"]
        bodies = {m.actor_id for m in here if types.get(m.actor_id) == "organization"}
        if not bodies and _BODY_ANAPHOR.search(text, clause[0], clause[1]):
            # "members of the Alliance": the organisation named last before the clause.
            earlier = [m.actor_id for m in mentions[max(0, bisect.bisect_left(starts, clause[0]) - 40):
                                                    bisect.bisect_left(starts, clause[0])]
                       if types.get(m.actor_id) == "organization"]
            bodies = set(earlier[-1:])
        for state in dict.fromkeys(states):
            joined = [e for e in _accessions(kb) if (dct is None or e.date_begin <= dct)
                      and any(a in bodies for a, _ in e.participants) and state in {a for a, _ in e.participants}]
            if not joined:
                continue
            event = max(joined, key=lambda e: (e.date_begin, e.event_id))
            if (event.event_id, clause) in seen or any(kb_event is event for _, _, kb_event in known_spans.within(*clause)):
                continue
            seen.add((event.event_id, clause))
            out.append(from_knowledge(event, clause, confidence=0.6))
    return out


# "the Washington summit", "the Vilnius conference": a meeting named by its place, without a year.
_PLACE_MEETING = re.compile(r"\b[Tt]he\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+"
                            r"(?P<noun>[Ss]ummit|[Cc]onference)\b")
# tried only at a "the" at most three tokens before "summit" or "conference" (text.matches_near)
_THE, _MEETING_NOUNS, _PLACE_MEETING_REACH = frozenset({"the"}), frozenset({"summit", "conference"}), 3
_NEAR_DCT_DAYS = 3 * 366  # a meeting named by place alone is the one of the story's time, if any


def meetings_by_place(kb: EventKnowledge, layout: TextLayout, dct: date | None, known_spans: KnownSpans,
                      mentioned: set[str]) -> list[Candidate]:
    """"at the Washington summit" in a story of April 2024 -> the known summit held in Washington
    nearest the dct (the one of July 2024, not that of 1999), within three years of it; among
    several, those whose participants the document names."""
    text = layout.text
    if dct is None or ("ummit" not in text and "onference" not in text):
        return []  # every match holds one of these (a check of the whole text costs microseconds, a scan milliseconds)
    out = []
    for m in matches_near(_PLACE_MEETING, _THE, _MEETING_NOUNS, _PLACE_MEETING_REACH, text):
        if layout.in_notes(m.start()) or any(s <= m.start() < e or m.start() <= s < m.end()
                                             for s, e, _ in known_spans.within(max(0, m.start() - 200), m.end())):
            continue
        said = f"{m.group('place')} {m.group('noun')}".lower()
        held = [e for e in kb.events.values() if e.kind == "meeting" and e.date_begin
                and abs((e.date_begin - dct).days) <= _NEAR_DCT_DAYS
                and (said in e.name.lower() or any(said in a.lower() for a in e.aliases))]
        named = [e for e in held if any(a in mentioned for a, _ in e.participants)]
        held = named or held
        if not held:
            continue
        event = min(held, key=lambda e: (abs((e.date_begin - dct).days), e.event_id))
        out.append(from_knowledge(event, layout.clause(m.start(), m.end()), confidence=0.6))
    return out


# "As the Union celebrates its 60th anniversary", "the country marks the 30th anniversary of ...".
_ANNIVERSARY = re.compile(r"\b(?P<verb>celebrates|celebrating|marks|marking|commemorates|commemorating)\s+"
                          r"(?:its|his|her|their|the)\s+(?P<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary\b")
# Its verbs: a match starts at a word that is one of them, looked up in the token array (the pattern
# starts with \b, so re would try it at every position of the text).
_ANNIVERSARY_VERBS = frozenset({"celebrates", "celebrating", "marks", "marking", "commemorates", "commemorating"})


def anniversaries(kb: EventKnowledge, layout: TextLayout, mentions: list[ActorMention], types: dict[str, str],
                  names: dict[str, str], dct: date | None) -> list[Candidate]:
    """An anniversary a story says is being celebrated now is an event of the dct: "As the Alliance
    celebrates its 75th anniversary". When the knowledge base dates the founding of the body the
    sentence names (NATO, 1949-04-04) N years before the dct's year, the day is the founding's
    anniversary (basis knowledge); otherwise the dct (basis context)."""
    text = layout.text
    if dct is None or "anniversary" not in text:
        return []  # every match holds the word: a check of the whole text costs microseconds, a scan milliseconds
    out = []
    starts = [m.char_start for m in mentions]
    for m in word_led_matches(_ANNIVERSARY, _ANNIVERSARY_VERBS, text):
        if layout.in_notes(m.start()):
            continue
        sentence = layout.sentence(m.start())
        before = [x for x in mentions[:bisect.bisect_left(starts, m.start())] if types.get(x.actor_id) in
                  ("organization", "state")]
        here = [x for x in before if x.char_start >= sentence[0]]
        if here:
            body = here[-1].actor_id
        elif _BODY_ANAPHOR.search(text, sentence[0], m.start()) and before:
            body = before[-1].actor_id  # "the Alliance": the body named last
        else:
            continue
        years = int(m.group("n"))
        founded = [e for e in kb.events.values() if e.kind == "founding" and e.date_begin
                   and any(a == body for a, _ in e.participants) and e.date_begin.year + years == dct.year]
        if founded:
            day, basis = shift_years(min(founded, key=lambda e: e.date_begin).date_begin, years), "knowledge"
        else:
            day, basis = dct, "context"
        span = (m.start("verb"), m.end())
        out.append(Candidate(name=f"{names.get(body, body)}'s {m.group('n')}{_ordinal_suffix(years)} Anniversary",
                             kind="other", span=span, date_begin=day, date_end=day, granularity="day",
                             date_basis=basis, source="text", text_date=None, confidence=0.6,
                             actors=[(body, "agent", span)]))
    return out


def _ordinal_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


# A law or programme named after its sponsors ("Nunn-Lugar", "Jackson-Vanik"); a sentence naming
# both sponsors and a law noun refers to it ("the trade amendment Henry Jackson and Charles Vanik sponsored").
_SPONSORS = re.compile(r"\b([A-Z][a-z]{2,})[-–]([A-Z][a-z]{2,})\b")
_PREFIXES = frozenset({"Anti", "Sino", "Pro", "Non", "Post", "Pre", "Euro", "Anglo", "Franco", "Russo", "Indo", "Afro",
                       "Trans", "Inter", "Pan", "Soviet", "Arab", "Israeli"})
_LAW_NOUN = re.compile(r"\b(?:legislation|law|laws|act|bill|amendment|programs?|programmes?)\b", re.IGNORECASE)


@lru_cache(maxsize=4)
def _sponsored(kb: EventKnowledge) -> dict[tuple[str, str], KnownEvent]:
    pairs: dict[tuple[str, str], KnownEvent] = {}
    for event in sorted(kb.events.values(), key=lambda e: e.event_id):
        if event.kind not in ("law", "policy", "sanction"):
            continue
        for name in (event.name, *event.aliases):
            for m in _SPONSORS.finditer(name):
                if m.group(1) not in _PREFIXES:  # "Sino-American", "Anti-Apartheid" name no sponsors
                    pairs.setdefault((m.group(1), m.group(2)), event)
    return pairs


@lru_cache(maxsize=4)
def _sponsor_words(kb: EventKnowledge) -> re.Pattern | None:
    firsts = sorted({first for first, _ in _sponsored(kb)}, key=lambda w: (-len(w), w))
    return re.compile(r"\b(?:" + "|".join(firsts) + r")\b") if firsts else None


@lru_cache(maxsize=4)
def _sponsor_firsts(kb: EventKnowledge) -> tuple[str, ...]:
    return tuple(sorted({first for first, _ in _sponsored(kb)}))


def laws_by_sponsors(kb: EventKnowledge, layout: TextLayout, known_spans: KnownSpans) -> list[Candidate]:
    """"the amendment Senator Jackson and Congressman Vanik wrote" -> the Jackson-Vanik
    amendment: both sponsors' surnames and a law noun in one sentence."""
    text = layout.text
    out = []
    pattern = _sponsor_words(kb)
    if pattern is None:
        return out
    # One scan for every first sponsor: whole words of letters never overlap, so it finds what a
    # scan per name would.
    found: dict[str, list[re.Match]] = {}
    for m in matches_from(pattern, _sponsor_firsts(kb), text):
        found.setdefault(m.group(0), []).append(m)
    for (first, second), event in _sponsored(kb).items():
        for m in found.get(first, ()):
            sentence = layout.sentence(m.start())
            if layout.in_notes(m.start()) or not re.search(rf"\b{second}\b", text[sentence[0]:sentence[1]]) \
                    or re.match(r"[-–]", text[m.end():m.end() + 1]) or not _LAW_NOUN.search(text, sentence[0], sentence[1]):
                continue  # "Nunn-Lugar" itself is an alias the matcher finds
            if any(kb_event is event for _, _, kb_event in known_spans.within(*sentence)):
                continue
            out.append(from_knowledge(event, sentence, confidence=0.6))
            break
    return out


# "during the war", "after the war": a war the context must say (not "the war in Syria", "the war on terror").
_BARE_WAR = re.compile(r"\b(?:[Dd]uring|[Aa]fter|[Bb]efore|[Ss]ince|[Tt]hroughout|[Uu]ntil|[Ii]n|of|[Ff]rom)\s+the\s+war\b"
                       r"(?![\s-]+(?:in|on|against|with|of|over|between|for|to|to\s+come|that|which|we|I)\b)(?!-)")
_THE_WAR = re.compile(r"the\s+war\b")  # in every match of _BARE_WAR, after its first word
_WAR_REACH = 1500  # characters back to a war the document named or a date that places the war


def anaphoric_wars(kb: EventKnowledge, layout: TextLayout, timexes: list, known_spans: KnownSpans) -> list[Candidate]:
    """"the rationing imposed during the war": the war named last before it (within
    a few paragraphs), else the known war under way at the last date the text gave before it ("in the
    summer of 1945" -> the Second World War), the longest if several."""
    text = layout.text
    out = []
    wars = sorted(((s, e, kb_event) for s, e, kb_event in known_spans if kb_event.kind == "war"),
                  key=lambda w: (w[0], w[1]))
    dated = sorted(((t.char_start, t) for t in timexes if t.type == "DATE" and t.date_begin and t.date_end
                    and t.granularity in ("day", "month", "season", "year") and not (t.value or "").endswith("_REF")),
                   key=lambda d: d[0])
    quotes = None
    for m in _bare_wars(text):
        if layout.in_notes(m.start()):
            continue
        if quotes is None:
            quotes = layout.quotes
        if any(s <= m.start() < e for s, e in quotes):
            continue  # a quotation's war is its author's, not the document's
        named = [w for s, e, w in wars if m.start() - _WAR_REACH // 3 <= s < m.start()]
        if named:
            war = named[-1]
        else:
            before = [t for start, t in dated if m.start() - _WAR_REACH <= start < m.start()]
            if not before:
                continue
            when = before[-1]
            running = [e for e in kb.events.values() if e.kind == "war" and e.date_begin and e.date_end
                       and e.date_begin <= when.date_begin <= e.date_end]
            if not running:
                continue
            war = max(running, key=lambda e: (e.date_end - e.date_begin, e.event_id))
        out.append(from_knowledge(war, (m.start() + len(m.group(0).split()[0]) + 1, m.end()), confidence=0.55))
    return out


def _bare_wars(text: str) -> Iterator[re.Match]:
    """``_BARE_WAR.finditer(text)``, found from each "the war" (a scan for a literal, 10x faster than
    one for the pattern's first words) back to the word before it, where a match must start: that
    word ends where the white space before "the" begins and starts where its letters do."""
    end = 0
    for anchor in _THE_WAR.finditer(text):
        i = anchor.start()
        while i > 0 and text[i - 1].isspace():
            i -= 1
        start = i
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        if start < i < anchor.start() and start >= end:
            m = _BARE_WAR.match(text, start)
            if m is not None:
                yield m
                end = m.end()


# "During the trip, both sides signed ...": a clause dated by the meeting the sentence before tells.
_DURING_MEETING = re.compile(r"(?:^|(?<=[.!?]\s))(?:During|At|In\s+the\s+course\s+of)\s+the\s+"
                             r"(?P<noun>visit|summit|talks|meeting|trip|conference|negotiations)\s*,", re.MULTILINE)
_DURING_HEADS = ("During", "At", "In")  # the words a match of _DURING_MEETING starts with


# The sentence after it goes on telling the same meeting when its subject "also" acts ("The
# premier also invited ...", "Both leaders also agreed ..."): a name or a noun phrase of at most
# six words, then "also" and a verb; a date of its own leaves it to the dated-clause finder.
_ALSO_ACTED = re.compile(r"(?:[\w’'.-]+\s+){1,6}?also\s+[a-z]+(?:ed|d)\b")


def during_the_meeting(layout: TextLayout, candidates: list[Candidate], timexes: list[Timex] = (),
                       named: list[Candidate] = ()) -> list[Candidate]:
    """A sentence opening "During the visit," tells what happened at the meeting the sentence before
    names (a meeting, or a dated event whose words hold the same noun): the rest of it is an event
    of that meeting's dates, kept by describe() only where it holds an event word; so is the next
    sentence where its subject "also" acted, without a date of its own. The basis is context, or
    knowledge where the meeting's days come from knowledge (SCHEMA: a bound from knowledge)."""
    text = layout.text
    out = []
    meetings = sorted((c for c in candidates if c.date_begin and c.date_end), key=lambda c: c.span[0])
    dated_at = sorted(t.char_start for t in timexes)
    known = [c for c in named if c.kb is not None]  # the known events found so far, by where they are told
    for m in matches_from(_DURING_MEETING, _DURING_HEADS, text):
        sentence = layout.sentence(m.start())
        if layout.in_notes(m.start()) or sentence[0] == 0:
            continue
        previous = layout.sentence(sentence[0] - 1)
        noun = re.compile(rf"\b{m.group('noun')}", re.IGNORECASE)
        told = [c for c in meetings if previous[0] <= c.span[0] < sentence[0]
                and (c.kind == "meeting" or noun.search(text, c.span[0], c.span[1]))]
        if not told:
            continue
        meeting = told[-1]
        basis = "knowledge" if meeting.date_basis == "knowledge" else "context"
        start = m.end() + len(text[m.end():sentence[1]]) - len(text[m.end():sentence[1]].lstrip())
        clauses = [(start, start + len(text[start:sentence[1]].rstrip(" .")))]
        here = layout.sentence_index(m.start())
        following = layout.sentences[here + 1] if here is not None and here + 1 < len(layout.sentences) else None
        if following is not None and "\n\n" not in text[sentence[1]:following[0]] \
                and _ALSO_ACTED.match(text, following[0], following[1]) \
                and bisect.bisect_left(dated_at, following[0]) == bisect.bisect_left(dated_at, following[1]):
            clauses.append((following[0], following[0] + len(text[following[0]:following[1]].rstrip(" ."))))
        for clause in clauses:
            # A known event the next sentence names ("support in the war against X") is what it
            # refers to, not what happened at the meeting: kept only where its event word is of
            # another kind.
            beside = () if clause is clauses[0] else \
                tuple(sorted({c.kb.kind for c in known if clause[0] <= (c.words or c.span)[0] < clause[1]}))
            out.append(Candidate(name=text[clause[0]:clause[1]].strip()[:80], kind="other", span=clause,
                                 date_begin=meeting.date_begin, date_end=meeting.date_end,
                                 granularity=meeting.granularity, date_basis=basis, source="text",
                                 text_date=meeting.text_date, confidence=0.55, from_clause=True, beside=beside))
    return out


# "the colour revolutions in Georgia and Ukraine", "the invasion of Kuwait", "the coup in Chile":
# a noun of a one-off happening, then the states it happened in or to. Nouns of repeated acts
# (sanctions, protests, strikes, talks) are left out: a state has many of them.
_HAPPENING = re.compile(r"\b(?P<noun>revolution|uprising|coup|invasion|intervention|annexation)s?"
                        r"(?:\s+d[’']état)?\s+(?:in|of|on|into|against)\s+(?:the\s+)?", re.IGNORECASE)
_HAPPENING = CaseBlind(_HAPPENING)
_HAPPENING_FIRSTS = frozenset(w + s for w in ("revolution", "uprising", "coup", "invasion", "intervention", "annexation")
                              for s in ("", "s"))
# A determiner saying the noun is a kind of thing or a new one ("a revolution in Ukraine", "another coup").
_NOT_KNOWN = re.compile(r"\b(?:a|an|another|any|new|future|possible|potential|next|no|every|such|threatened|planned|"
                        r"imminent|feared|looming|hypothetical)\s+(?:[\w-]+\s+)?$",
                        re.IGNORECASE)
_LIST_GAP = re.compile(r"(?:\s*,\s*|\s+)(?:and\s+|or\s+)?(?:the\s+)?$")
_SPREAD_CHOICES = 64  # combinations tried when several states each have several candidates


@lru_cache(maxsize=4)
def _happenings(kb: EventKnowledge) -> dict[str, list[KnownEvent]]:
    """The known events whose name or an alias holds each happening noun, by noun."""
    found: dict[str, list[KnownEvent]] = {}
    for event in sorted(kb.events.values(), key=lambda e: e.event_id):
        if not event.date_begin or not event.participants:
            continue
        words = {w.lower().rstrip("s") for name in (event.name, *event.aliases) for w in re.findall(r"[A-Za-z]+", name)}
        for noun in ("revolution", "uprising", "coup", "invasion", "intervention", "annexation"):
            if noun in words:
                found.setdefault(noun, []).append(event)
    return found


def happenings_by_state(kb: EventKnowledge, layout: TextLayout, mentions: list[ActorMention],
                        types: dict[str, str], known_spans: KnownSpans, dct: date | None) -> list[Candidate]:
    """"the colour revolutions in Georgia and Ukraine" -> the Rose and the Orange Revolution:
    for each state named after the noun, the known event of that noun it took part in (before the
    dct). A state with several such events takes the one nearest in time to the others named with
    it (a list names happenings of one period); a single state with several is left alone, as is an
    umbrella event where a single state's own exists ("Color revolutions" beside the Rose Revolution)."""
    text = layout.text
    out: list[Candidate] = []
    states = [m for m in mentions if types.get(m.actor_id) == "state"]
    starts = [m.char_start for m in states]
    for m in word_led_matches(_HAPPENING, _HAPPENING_FIRSTS, text):
        if layout.in_notes(m.start()) or _NOT_KNOWN.search(text, max(0, m.start() - 30), m.start()):
            continue
        clause = layout.clause(m.start(), m.end())
        named: list[ActorMention] = []
        position = m.end()
        for state in states[bisect.bisect_left(starts, m.end()):]:
            gap = text[position:state.char_start]
            if state.char_start >= clause[1] or (named and not _LIST_GAP.fullmatch(gap)) or (not named and gap.strip()):
                break
            named.append(state)
            position = state.char_end
        if not named or any(e > m.start() for _, e, _ in known_spans.within(max(0, m.start() - 40), position)):
            continue  # the noun ends a name ("the Orange Revolution in Ukraine"): the matcher has it
        noun = m.group("noun").lower()
        options = []
        for state in dict.fromkeys(s.actor_id for s in named):
            took_part = [e for e in _happenings(kb).get(noun, ()) if (dct is None or e.date_begin <= dct)
                         and state in {a for a, _ in e.participants}]
            own = [e for e in took_part if len(e.participants) <= 2]
            options.append(own or took_part)
        if not all(options):
            continue
        if len(options) == 1 and len(options[0]) > 1:
            continue  # "the revolution in Ukraine": which one the text does not say
        chosen = _closest_in_time(options)
        if chosen is None:
            continue
        words = (m.start(), position)
        for event in dict.fromkeys(chosen):
            out.append(from_knowledge(event, clause, confidence=0.6, words=words))
    return out


def _closest_in_time(options: list[list[KnownEvent]]) -> list[KnownEvent] | None:
    """One event per list, the choice whose first days lie closest together (None past a few dozen choices)."""
    total = 1
    for events in options:
        total *= len(events)
    if total > _SPREAD_CHOICES:
        return None
    best: tuple | None = None
    choices: list[list[KnownEvent]] = [[]]
    for events in options:
        choices = [chosen + [e] for chosen in choices for e in events]
    for chosen in choices:
        days = [e.date_begin.toordinal() for e in chosen]
        key = (max(days) - min(days), [e.event_id for e in chosen])
        if best is None or key < best[0]:
            best = (key, chosen)
    return best[1] if best else None


# "both NATO air campaigns across the Balkans", "the Soviet invasions in Eastern Europe": an agent, a
# happening noun and a region (knowledge/regions) instead of states, read back from the region.
_AFTER_AGENT = re.compile(
    r"(?:-led)?\s+(?P<noun>interventions?|invasions?|bombing\s+campaigns?|bombings?|air\s+campaigns?|air\s*strikes|"
    r"operations?|wars?)\s+(?:in|on|across|into|over)\s+(?:the\s+)?", re.IGNORECASE)
_COUNT_BEFORE = re.compile(r"\b(two|three|four|five|both|several|the|its|their)\s+$", re.IGNORECASE)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "both": 2}
# Words of a known event's name or aliases that make it an armed intervention.
_FORCE_WORDS = frozenset({"intervention", "bombing", "strikes", "airstrikes", "campaign", "operation", "invasion"})


def _fits_noun(event: KnownEvent, noun: str, agent: str) -> bool:
    """Whether a known event is what the noun calls one of the agent's happenings."""
    roles = dict(event.participants)
    words = {w.lower() for name in (event.name, *event.aliases) for w in re.findall(r"[A-Za-z]+", name)}
    if noun.startswith("invasion"):
        return "invasion" in words and agent in roles
    if noun.startswith("war"):
        return event.kind == "war" and agent in roles
    return event.kind in ("operation", "war") and roles.get(agent) == "agent" and bool(words & _FORCE_WORDS)


def happenings_in_regions(kb: EventKnowledge, layout: TextLayout, mentions: list[ActorMention], regions,
                          known_spans: KnownSpans, dct: date | None) -> list[Candidate]:
    """"two NATO interventions in the Balkans" -> Operation Deliberate Force (Bosnia, 1995) and the
    bombing of Yugoslavia (1999): the known events of that noun (before the dct) whose agent is the
    actor named before the noun and whose other parties lie in the region. A count must equal the
    events found; without one, a plural takes two to four, a singular exactly one. Read from each
    actor mention onwards (a match at a known place), never by a scan of the whole text."""
    if regions is None or regions.pattern is None:
        return []
    text = layout.text
    out: list[Candidate] = []
    for mention in mentions:
        after = _AFTER_AGENT.match(text, mention.char_end)
        if after is None:
            continue
        region = regions.pattern.match(text, after.end())
        if region is None or layout.in_notes(region.start()):
            continue
        count_word = _COUNT_BEFORE.search(text, max(0, mention.char_start - 12), mention.char_start)
        start = count_word.start() if count_word else mention.char_start
        if known_spans.any_within(start, region.end()):
            continue  # the words name a known event: the alias matcher has it
        noun = after.group("noun").lower()
        members = regions.members.get(region.group()) or regions.members.get(" ".join(region.group().split()),
                                                                             frozenset())
        found = [e for e in kb.events.values() if e.date_begin and (dct is None or e.date_begin <= dct)
                 and any(a in members for a, _ in e.participants if a != mention.actor_id)
                 and _fits_noun(e, noun, mention.actor_id)]
        count = _COUNTS.get(count_word.group(1).lower()) if count_word else None
        plural = noun.endswith("s") and not noun.endswith("strikes") or noun.endswith("air strikes")
        if count is not None:
            if len(found) != count:
                continue
        elif not (2 <= len(found) <= 4 if plural else len(found) == 1):
            continue
        clause = layout.clause(start, region.end())
        for event in sorted(found, key=lambda e: (e.date_begin, e.event_id)):
            out.append(from_knowledge(event, clause, confidence=0.6, words=(start, region.end())))
    return out
