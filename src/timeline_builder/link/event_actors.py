"""Linking events to actors with roles: agent, target, participant or mentioned.

Roles come from three places, each recorded in ``basis`` with an evidence span:

* the text (``basis="text"``): an actor named in an event's mention clause, its role read
  from the clause's shape -- before the clause's first verb or after "by" is the agent,
  after "against/on/toward" the target, inside "between X and Y" or after "with" a participant, in a cited
  source's title a mention, an author or publisher of a cited source the agent;
  a known event named in an adjunct ("after the Beslan school siege in 2004, Moscow
  tightened control") takes from the text only the names inside its own phrase;
* the event knowledge base (``basis="knowledge"``): the event's listed participants that
  the document names somewhere (a party the document never names is not linked);
* time-bounded roles (``basis="knowledge"``): the holder of a term in office, and the
  holder of an office the event's clause names by title ("the US president") resolved at
  the event's date with the actor knowledge base.

Only actors the document names (``doc.found.actor_mentions``) are linked, so every link's
actor is in the document's actors table.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from pathlib import Path

from ..extract.registry import register
from ..knowledge.events import EventKnowledge, KnownEvent, load_event_knowledge, parse_row
from ..knowledge.files import knowledge_files, read_tsv
from ..knowledge.triggers import load_trigger_knowledge
from ..guard import item_failed
from ..records import ActorMention, AnnotatedDocument, Event, EventActor, EventMention, Extraction, Problem
from ..extract.casefold import CaseBlind
from ..extract.events.places import VISIT_TO
from ..extract.events.text import TextLayout, without_datelines
from .clauses import (BOTH, PAIRED, VERB, affiliation, as_of, citation_role, describes_person, enumeration,
                      first_verb, pair_before, phrase_role, principal_states, text_role, where_antecedent)
from .voices import (latter_and_former, mentions_within, paragraph, paragraph_starts, pronoun_referents,
                     quoted_first_person, subject_referents, voice_mentions, voice_of)

LINKER_NAME = "link"
LINKER_VERSION = "1.0.0"

_PERSON_REACH = 300  # characters: about two sentences
# Kinds whose known parties are the sides: a state that fought a war or stood in a crisis the
# document tells is its party wherever the document names it (a treaty's many signatories are
# not: a document names France for other reasons than the Treaty of Rome).
_FOUGHT = frozenset({"war", "conflict", "crisis", "operation"})
# Known events fought by the parties the knowledge lists (not crises: a financial crisis or a pandemic
# has no listed fighters, and whoever steers through it acts in it).
_WARS = frozenset({"war", "conflict", "operation"})
_FEW_MENTIONS = 2  # clauses of a known event whose actors are linked from the text
_NAME_STOP = frozenset({"the", "of", "a", "an", "and", "in", "on", "for", "to", "with", "by", "at", "as", "from",
                        "is", "was", "its", "his", "her", "their"})
# A visit's destination as written: capitalised words (with "of" between them) after "visit to".
_VISITED = re.compile(VISIT_TO + r"([A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*){0,5})")
_DESTINATION_WORD = re.compile(r"[\w.'’-]+")
_VISIT_WORDS = re.compile(VISIT_TO)
# Between "visit to" and the state visited, where the event stage found no place: its ruler's possessive
# ("Idi Amin's Uganda"); a state right after "travelled to" that is no place of the event is a venue.
_RULER_GAP = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*['’]s\s+")
_ROLE_RANK = {"agent": 4, "target": 3, "participant": 2, "mentioned": 1}
# An active relative clause after its antecedent ("the Carter administration, which imposed"; not
# "which was signed", where the antecedent is what was done), and what may stand between the
# antecedent's name and its comma: a possessive, a lower-case head ("administration").
_RELATIVE = re.compile(r",\s+(?:which|who)\s+(?!(?:is|was|are|were|be|been|being|has been|have been|had been)\b)")
# An organisation the actor knowledge describes as a state's organ; and the kinds of event an organ
# only tells (its statements and publications are its own, not its state's acts).
_STATE_ORGAN = re.compile(r"\b(?:ministry|legislature|parliament|armed forces|military|army|navy|air force|"
                          r"intelligence|security service|cabinet|government|police|senate|duma|congress|house of)\b",
                          re.IGNORECASE)
_SAID_KINDS = frozenset({"statement", "publication"})
# A person's administration or government: the state's executive, named after its head.
_GOVERNMENT = re.compile(r"(?:['’]s)?\s+(?:administration|government|cabinet)\b", re.IGNORECASE)
# A sentence opening with a subordinate clause or adjunct of time ("When ...,", "Only after ...,").
_OPENING_CLAUSE = re.compile(r"[\"“‘«]?(?:(?:[Oo]nly|[Ee]ven|[Bb]ut|[Aa]nd|[Jj]ust|[Ll]ong|[Ss]o|[Yy]et)\s+)?"
                             r"(?:[Ww]hen|[Aa]fter|[Bb]efore|[Ss]ince|[Uu]ntil|[Oo]nce|[Ff]ollowing|[Ww]hile)\s")
# What a main clause says of an election its opening clause tells: who won, lost or left.
_OUTCOME = re.compile(r"\b(?:won|wins|lost|loses|swept|defeated|beat|ousted|elected|re-elected|landslide|victory|"
                      r"majority|came to power|returned to power|took office|resigned|conceded)\b")
_APPOSITION_WORDS = 6  # between two commas without a verb: a name or date set off, not a clause
_RELATIVE_START = re.compile(r"\s*(?:who|whom|whose|which|where|when|that)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")
_ANTECEDENT_GAP = re.compile(r"(?:['’]s)?(?:\s+[a-z][\w-]*){0,2}\s*")
# "the US president", "the Soviet leader": a title the actor knowledge base can resolve on a date.
# A preposition opening an adjunct of time or comparison, then up to four words before an event's
# name (a translator's bracketed insertion, "after the start of [Peru's] ...", among them).
_ADJUNCT = re.compile(r"\b(?P<prep>after|before|since|following|with|amid|amidst|during|until|like|unlike|"
                      r"similar to|beyond|at the time of|in the wake of|in the aftermath of|on the eve of|"
                      r"in the run-up to|by the time of)\s+(?P<words>(?:[\w'’.\[\]-]+\s+){0,4})$", re.IGNORECASE)
_PHRASE_END = re.compile(r"[,;:–—()]|" + VERB.pattern, re.IGNORECASE)
_TITLE = re.compile(r"\b(?:the\s+)?(?P<org>US|U\.S\.|American|Soviet|Russian|British|Chinese|French|German)\s+"
                    r"(?P<role>president|leader|premier|prime minister|secretary of state|foreign minister|chancellor)\b",
                    re.IGNORECASE)
_TITLE_ORG = {"us": "united-states", "u.s.": "united-states", "american": "united-states",
              "soviet": "soviet-union", "russian": "russia", "british": "united-kingdom",
              "chinese": "china", "french": "france", "german": "germany"}


@register(LINKER_NAME)
class EventActorLinker:
    """Links each event of a document to the actors it names, with roles and evidence.

    Args:
        knowledge_dirs: user folders for the event (and actor) knowledge.
    """

    name = LINKER_NAME
    version = LINKER_VERSION

    def __init__(self, knowledge_dirs: tuple[Path, ...] = (), **_options):
        self.dirs = tuple(knowledge_dirs)
        self.knowledge: EventKnowledge = load_event_knowledge(self.dirs)
        self._russian_known: dict[str, KnownEvent] | None = None  # see _known_event
        # Events named from the one person they happened to ("Birth of {agent}", "Death of {agent}"):
        # the trigger knowledge's labels say which names these are.
        labels = {t.label for t in load_trigger_knowledge(self.dirs).triggers.values() if "{agent}" in t.label}
        self._personal = tuple(sorted({label.split("{agent}")[0] for label in labels if label.split("{agent}")[0]}))
        # Event nouns whose possessor undergoes the act ("Jane Roe's arrest"): its target, not its agent.
        self._undergone = frozenset(form for form, t in load_trigger_knowledge(self.dirs).triggers.items()
                                    if t.possessor == "target" and " " not in form)
        try:
            from ..knowledge.actors import load_actor_knowledge
            self.actor_kb = load_actor_knowledge(self.dirs)
        except ImportError:
            self.actor_kb = None

    def __call__(self, doc: AnnotatedDocument) -> Extraction:
        document = doc.document
        text = document.text
        # a news-wire dateline's agency ("CITY (AP) _") filed the story: no party to its events
        mentions = without_datelines(sorted(doc.found.actor_mentions, key=lambda m: (m.char_start, m.char_end)), text)
        by_actor: dict[str, list[ActorMention]] = {}
        for m in mentions:
            by_actor.setdefault(m.actor_id, []).append(m)
        types = {a.actor_id: a.type for a in doc.found.actors}
        principal = principal_states(by_actor, types)
        indexes: dict[str, _MentionIndex] = {}  # built once per actor, used by every event
        paragraphs = paragraph_starts(text)
        # Clauses also name actors by reference: a speaker's "I"/"we", "the president".
        people = [m for m in mentions if types.get(m.actor_id) == "person"]
        referred = self._referred(doc, types)
        voice = voice_of(text, mentions, types)  # the state the document speaks for, if it says
        referred += voice_mentions(text, document.doc_id, mentions, referred, types, paragraphs, voice)
        referred += quoted_first_person(text, document.doc_id, people, by_actor, paragraphs)
        referred += latter_and_former(text, document.doc_id, mentions, paragraphs)
        clause_mentions = sorted(mentions + referred, key=lambda m: (m.char_start, m.char_end))
        event_mentions: dict[str, list[EventMention]] = {}
        for em in doc.found.event_mentions:
            if em.doc_id == document.doc_id:
                event_mentions.setdefault(em.event_id, []).append(em)
        event_mentions = self._name_clauses(document, doc.found.events, event_mentions)
        already = {(l.event_id, l.actor_id) for l in doc.found.event_actors}
        found_parties: dict[str, list[str]] = {}  # the actors the event stage linked itself (a tenure's holder)
        found_agents: dict[str, list[str]] = {}  # and those it made agents
        for l in doc.found.event_actors:
            found_parties.setdefault(l.event_id, []).append(l.actor_id)
            if l.role == "agent":
                found_agents.setdefault(l.event_id, []).append(l.actor_id)
        links: dict[tuple[str, str], EventActor] = {}
        sentences: list[int] | None = None  # where the sentences start, on first need
        states: list[ActorMention] | None = None  # the mentions of states, on first need
        # Known events told in one clause ("We now have Finland and Sweden as members"): a party
        # the knowledge gives one of them and not another is that one's (Sweden is not a party to
        # Finland's accession). An administration's holder claims nothing: he acts within it; and
        # an event told from the text keeps whom its clause names.
        claimed: dict[tuple[int, int], dict[str, set[str]]] = {}
        for event in doc.found.events:
            parties = self._kb_parties(event) if event.kind != "term" else None  # a term's holder acts in it
            if parties:
                for em in event_mentions.get(event.event_id, ()):
                    claimed.setdefault((em.char_start, em.char_end), {})[event.event_id] = parties
        # Links are kept per event: one event whose reading fails (a bug) loses only its own links,
        # filed as a problem row naming the clause (see guard.item_failed); the rest stay.
        per_event: dict[str, dict[tuple[str, str], EventActor]] = {}
        problems: list[Problem] = []
        for event in doc.found.events:
            links = dict(per_event.get(event.event_id, ()))
            at: EventMention | None = None  # the clause being read, for a failure's problem row
            try:
                reported = event.kind != "statement"  # "X said (that) ...": X tells it, X does not do it
                phrases: dict[EventMention, tuple[int, int] | None] = {}
                hosts: list[tuple[str, tuple[int, int]]] = []  # the states its visits go to, with their words
                spans = sorted(event_mentions.get(event.event_id, []), key=lambda m: m.char_start)
                known = self._known_parts(event, text, spans)
                if event.kind == "term" and not event.kb_id:
                    known += self._offices(event, found_parties.get(event.event_id, ()), types)
                if event.source == "citation":
                    for em in spans:
                        at = em
                        for actor in mentions_within(mentions, em.char_start, em.char_end):
                            _keep(links, EventActor(event.event_id, actor.actor_id, citation_role(text, em, actor), "text",
                                                    document.doc_id, actor.char_start, actor.char_end))
                elif event.source == "text" and self._personal and event.name.startswith(self._personal) and \
                        any(types.get(a) == "person" for a in found_parties.get(event.event_id, ())):
                    # A birth or a death happens to the person the event stage found: the rest of its
                    # sentence ("Born in 1912 and educated at X, he became a clerk at Y") is his life
                    # after it, not parties to it.
                    pass
                elif (event.kind != "term" or self._told_term(event, known, found_parties)) and \
                        (not known or len(spans) <= _FEW_MENTIONS):
                    # A known event named in a clause's adjunct ("India, which since Russia's invasion of
                    # Ukraine has bought more oil") dates the clause; its parties are those its phrase names.
                    phrases = {em: self._adjunct_phrase(event, text, em) for em in spans}
                    # A term in office takes its holder and state from knowledge or its title; the
                    # clauses that merely date something "under the Obama administration" name others.
                    # A known event the document keeps returning to ("the Cold War", "the conflict in
                    # Ukraine") is a backdrop there: its clauses name whoever the paragraph is about,
                    # and its parties come from knowledge.
                    for em in spans:
                        at = em
                        phrase = phrases[em]
                        if phrase is not None:
                            for actor in mentions_within(clause_mentions, *phrase):
                                _keep(links, EventActor(event.event_id, actor.actor_id, phrase_role(text, phrase, actor, event.name,
                                                                                         self._undergone),
                                                        "text", document.doc_id, actor.char_start, actor.char_end))
                            continue
                        others = {a for e, parties in claimed.get((em.char_start, em.char_end), {}).items()
                                  if e != event.event_id for a in parties} - self._kb_parties(event) \
                            if event.kb_id else set()
                        # Told in a relative clause ("she retired under the Carter administration, which imposed
                        # a grain embargo"): its antecedent did it, the main clause's people did not.
                        relative = self._relative_clause(event, text, em, clause_mentions)
                        told = em if relative is None else EventMention(em.event_id, em.doc_id, relative[1], em.char_end,
                                                                         text[relative[1]:em.char_end])
                        if sentences is None:
                            from ..ingest.sentences import split_sentences  # only for documents made without them
                            sentences = [s.start for s in document.sentences or split_sentences(text)]
                        # A sentence opening with a clause of time ("When Jane first won her seat in 1990, he
                        # led the party"): of it and the main clause, only the part telling the event counts.
                        own = self._own_part(event, text, em, sentences)
                        for actor in self._clause_actors(event, text, em, clause_mentions):
                            kind = types.get(actor.actor_id)
                            if actor.actor_id in others or (kind == "organization" and
                                                            affiliation(text, actor, people, em.char_end)) or \
                                    kind == "state" and describes_person(text, actor, people) or \
                                    own is not None and not own[0] <= actor.char_start < own[1]:
                                continue
                            if relative is not None and actor.char_start < relative[1]:
                                if actor.char_start < relative[0]:
                                    continue
                                role = "agent"
                            else:
                                role = text_role(text, told, actor, reported, event.name,
                                                              event.kind != "death", self._undergone)
                            _keep(links, EventActor(event.event_id, actor.actor_id, role, "text",
                                                    document.doc_id, actor.char_start, actor.char_end))
                            state = None
                            if kind == "person" and _GOVERNMENT.match(text, actor.char_end):
                                # "the Carter administration imposed": the state acted through its government
                                state = self._state_of(actor.actor_id, types)
                            elif kind == "organization" and role == "agent" and event.kind not in _SAID_KINDS:
                                # "the Foreign Office started planning": the state acts through its organs
                                state = self._organ_of(actor.actor_id, types)
                            if state is not None:
                                _keep(links, EventActor(event.event_id, state, role, "text", document.doc_id,
                                                        actor.char_start, actor.char_end))
                        if event.source == "text":
                            if states is None:
                                states = [m for m in mentions if types.get(m.actor_id) == "state"]
                            place = where_antecedent(text, em, states)
                            if place is not None:
                                _keep(links, EventActor(event.event_id, place.actor_id, "participant", "text",
                                                        document.doc_id, place.char_start, place.char_end))
                            host = self._host(event, text, em, types, states)
                            if host is not None:
                                hosts.append(host)
                        for actor, role in pronoun_referents(text, em, people, by_actor, paragraphs):
                            if relative is not None and actor.char_start < relative[1] or \
                                    own is not None and not own[0] <= actor.char_start < own[1]:
                                continue
                            _keep(links, EventActor(event.event_id, actor.actor_id,
                                                    role or text_role(text, told, actor, reported, event.name,
                                                              event.kind != "death", self._undergone),
                                                    "text", document.doc_id, actor.char_start, actor.char_end))
                        for actor, role in subject_referents(text, em, mentions, types, sentences, paragraphs, voice):
                            if (relative is None or actor.char_start >= relative[1]) and \
                                    (own is None or own[0] <= actor.char_start < own[1]):
                                _keep(links, EventActor(event.event_id, actor.actor_id,
                                                        role or text_role(text, told, actor, reported, event.name,
                                                              event.kind != "death", self._undergone),
                                                        "text", document.doc_id, actor.char_start, actor.char_end))
                for state, (lo, hi) in hosts:
                    # a visit's destination is its host, whatever role the clause reading gave its words
                    old = links.get((event.event_id, state))
                    if old is not None and old.basis == "text" and lo <= old.char_start < hi:
                        del links[(event.event_id, state)]
                    _keep(links, EventActor(event.event_id, state, "participant", "text", document.doc_id, lo, hi))
                if hosts:
                    for actor_id, role in self._visit_parties(event, links, found_agents.get(event.event_id, []),
                                                              {s for s, _ in hosts}, types):
                        if actor_id not in indexes:
                            indexes[actor_id] = _MentionIndex(by_actor.get(actor_id, []))
                        if indexes[actor_id].named:
                            seen = _nearest(indexes[actor_id], spans)
                            _keep(links, EventActor(event.event_id, actor_id, role, "knowledge", document.doc_id,
                                                    seen.char_start, seen.char_end))
                if event.kind == "term" and not event.kb_id:
                    # The holder its clause names ("he represented Leeds seats") holds an office too.
                    held = set(found_parties.get(event.event_id, ()))
                    told = sorted(a for (e, a), l in links.items() if e == event.event_id and a not in held and
                                  l.role in ("agent", "participant") and types.get(a) == "person")
                    known += self._offices(event, told, types)
                for actor_id, role in known:
                    if actor_id not in indexes:
                        indexes[actor_id] = _MentionIndex(by_actor.get(actor_id, []))
                    evidence = self._evidence(actor_id, types, indexes[actor_id], spans, paragraphs, principal,
                                              event.kind in _FOUGHT)
                    if evidence is not None and event.kind == "election" and \
                            not any(s.char_start <= evidence.char_start < s.char_end for s in spans):
                        # An election recalled as a moment of someone's career ("first elected in 1983")
                        # is not about the state and parties it was between, unless its clause names them.
                        evidence = None
                    if evidence is not None:
                        _keep(links, EventActor(event.event_id, actor_id, role, "knowledge", document.doc_id,
                                                evidence.char_start, evidence.char_end))
                if event.source != "citation":
                    for em in spans:
                        at = em
                        lo, hi = phrases.get(em) or (em.char_start, em.char_end)
                        for phrase in BOTH.finditer(text, lo, hi):
                            pair = principal if phrase.group("ours") else \
                                pair_before(text, mentions, types, paragraphs, phrase.start(),
                                             [] if phrase.group("parties") else principal)
                            for state in as_of(pair, event):
                                _keep(links, EventActor(event.event_id, state, "participant", "text", document.doc_id,
                                                        phrase.start(), phrase.end()))
                if event.kind in _WARS and event.kb_id:
                    self._drop_outsiders(links, event, doc.found.actors)
            except Exception as exc:  # noqa: BLE001 - one event's failure must not cost the document's links
                clauses = sorted(event_mentions.get(event.event_id, []), key=lambda m: m.char_start)
                problems.append(item_failed(exc, LINKER_NAME, document, at or (clauses[0] if clauses else None),
                                            f"event {event.event_id}"))
                continue
            per_event[event.event_id] = links
        ordered = sorted((l for own in per_event.values() for k, l in own.items() if k not in already),
                         key=lambda l: (l.event_id, l.actor_id))
        return Extraction(event_actors=tuple(ordered), problems=tuple(problems))

    def _drop_outsiders(self, links: dict[tuple[str, str], EventActor], event: Event, actors) -> None:
        """A known war, conflict or operation is fought by the parties the knowledge lists. A
        clause that only brings it up ("under Smith, the war in Ruritania dragged on") makes nobody
        its agent: a text agent who is not a listed party, nor a person or organ of a listed state,
        nor the force the event is named after (a peacekeeping force's mission), is dropped."""
        parties = self._kb_parties(event)
        if not parties:
            return
        names = None
        for key, link in list(links.items()):
            if key[0] == event.event_id and link.basis == "text" and link.role == "agent" and \
                    link.actor_id not in parties and self._country_of(link.actor_id, actors) not in parties:
                if names is None:
                    names = _alias_tokens(self._known_event(event.kb_id))
                    own = {a.actor_id for a in actors if any(_within(tuple(t.lower() for t in _NAME_TOKEN.findall(n)),
                                                                     names) for n in (a.name, *a.aliases))}
                if link.actor_id not in own:
                    del links[key]

    def _country_of(self, actor_id: str, actors) -> str | None:
        """The state a person, organisation or group belongs to (the actor knowledge's, else the country
        the actors stage gave it: "Americans"), named in the document or not."""
        if self.actor_kb is None:
            return None
        known = self.actor_kb.actors.get(actor_id)
        country = known.country if known is not None else None
        if not country:
            country = next((a.country for a in actors if a.actor_id == actor_id and a.type != "state"), None)
        return self.actor_kb.actor_for(country) if country else None

    def _name_clauses(self, document, events, event_mentions: dict[str, list[EventMention]]
                      ) -> dict[str, list[EventMention]]:
        """Each mention that is a known event's name ("New START") as its clause: the event stage
        publishes the name as the evidence, and the clause around it is what names the parties."""
        layout = None
        out: dict[str, list[EventMention]] = {}
        for event in events:
            ems = event_mentions.get(event.event_id)
            if not ems:
                continue
            known = self._known_event(event.kb_id) if event.kb_id and event.kind != "term" else None
            if known is None:
                out[event.event_id] = ems
                continue
            names = _alias_tokens(known)
            seen: dict[tuple[int, int], EventMention] = {}
            for em in ems:
                if _is_name(em.text, names):
                    if layout is None:
                        layout = TextLayout(document)
                    lo, hi = layout.clause(em.char_start, em.char_end)
                    em = EventMention(em.event_id, em.doc_id, lo, hi, document.text[lo:hi])
                seen.setdefault((em.char_start, em.char_end), em)
            out[event.event_id] = list(seen.values())
        for event_id, ems in event_mentions.items():
            out.setdefault(event_id, ems)
        return out

    @staticmethod
    def _evidence(actor_id: str, types: dict[str, str], index: "_MentionIndex", spans: list[EventMention],
                  paragraphs: list[int], principal: list[str], fought: bool = False) -> ActorMention | None:
        """Where the document names a knowledge-base participant close enough to the event.

        A person must be named within a sentence or two of a mention of the event; a state or
        organisation in the same paragraph, or anywhere if it is one of the document's two
        principal states or ``fought`` (a side of a war, conflict, crisis or operation).
        """
        named = index.named
        if not named:
            return None
        nearest = _nearest(index, spans)
        if not spans:
            return nearest
        if types.get(actor_id) == "person":
            close = any(abs(nearest.char_start - s.char_start) < _PERSON_REACH or
                        abs(nearest.char_start - s.char_end) < _PERSON_REACH for s in spans)
            return nearest if close else None
        if actor_id in principal or (fought and types.get(actor_id) == "state"):
            return nearest
        # The first mention (in text order) in one of the event's paragraphs: the first at or
        # after each paragraph's start, by bisection (not a scan of every mention per event).
        first = None
        for p in {paragraph(paragraphs, s.char_start) for s in spans}:
            i = bisect.bisect_left(index.starts, paragraphs[p])
            if i < len(named) and paragraph(paragraphs, index.starts[i]) == p and (first is None or i < first):
                first = i
        return None if first is None else named[first]

    def _referred(self, doc: AnnotatedDocument, types: dict[str, str]) -> list[ActorMention]:
        """The document's references to actors (``doc.references``) as mentions of their actors.

        "I", "my administration" and a resolved title ("the current president") stand for their
        actor; "we"/"our" of a speaker for the state the speaker serves where the document names
        it (a president's "we signed the treaty"), else the speaker. Only actors the document
        names are kept, so every link's actor is in its actors table.
        """
        found = []
        for ref in doc.references:
            actor = ref.actor_id
            if ref.kind == "plural":
                actor = self._state_of(actor, types) or actor
            if actor in types:
                found.append(ActorMention(actor, doc.document.doc_id, ref.char_start, ref.char_end, ref.text))
        return found

    def _host(self, event: Event, text: str, clause: EventMention, types: dict[str, str],
              states: list[ActorMention] = ()) -> tuple[str, tuple[int, int]] | None:
        """The state a visit goes to ("Jane Roe's visit to Lima": Peru), a participant, with the
        place's words as evidence: the event stage's place, where its clause tells a visit to it
        and the document names the state; without a place, a state named after "visit to" as its
        ruler's ("travelled to Idi Amin's Uganda")."""
        if event.kind != "meeting" or self.actor_kb is None:
            return None
        if not event.place or not event.place_country:
            for m in _VISIT_WORDS.finditer(text, clause.char_start, clause.char_end):
                k = bisect.bisect_left(states, m.end(), key=lambda x: x.char_start)
                if k < len(states) and states[k].char_end <= clause.char_end and \
                        _RULER_GAP.fullmatch(text, m.end(), states[k].char_start):
                    return states[k].actor_id, (states[k].char_start, states[k].char_end)
            return None
        state = self.actor_kb.actor_for(event.place_country)
        if state is None or types.get(state) != "state":
            return None
        # The destination's words as written: the place itself ("Lima"), or any name the actor
        # knowledge resolves to the place's state ("the US", "Britain" for United Kingdom).
        for m in _VISITED.finditer(text, clause.char_start, clause.char_end):
            words = list(_DESTINATION_WORD.finditer(m.group(1)))
            for n in range(len(words), 0, -1):
                if words[n - 1].group() == "of":
                    continue
                written = m.group(1)[:words[n - 1].end()]
                # a full stop ending the sentence is no part of the name ("... a visit to the US.")
                for form in dict.fromkeys((written, written.rstrip("."))):
                    if form and (form == event.place or self.actor_kb.actor_for(form) == state):
                        return state, (m.start(1), m.start(1) + len(form))
        return None

    def _visit_parties(self, event: Event, links: dict[tuple[str, str], EventActor], agents: list[str],
                       hosts: set[str], types: dict[str, str]) -> list[tuple[str, str]]:
        """A visit's other parties the document names: the state each visiting person serves
        (the actor knowledge's country: "Jane Roe's visit to Lima" is Roe's state's too), and the
        host state's leader over the visit's dates (whom the visitor meets there), as participants,
        unless the clause gave them a part (more than a mention) already. ``agents``: the event
        stage's agents of the event (``links`` holds the linker's own)."""
        if self.actor_kb is None:
            return []
        found = []
        visitors = set(agents) | {a for (e, a), l in links.items() if e == event.event_id and l.role == "agent"}
        for actor_id in sorted(visitors):
            if types.get(actor_id) == "person":
                state = self._state_of(actor_id, types)
                if state is not None and state not in hosts and _unlinked(links, event.event_id, state):
                    found.append((state, "participant"))
        if event.date_begin is not None:
            for state in sorted(hosts):
                leader = self.actor_kb.resolve_role_over("leader", state, event.date_begin,
                                                         event.date_end or event.date_begin)
                if leader is not None and types.get(leader) == "person" and _unlinked(links, event.event_id, leader):
                    found.append((leader, "participant"))
        return sorted(set(found))

    def _organ_of(self, organization: str, types: dict[str, str]) -> str | None:
        """The state whose organ an organisation is (a ministry, legislature, armed force, intelligence
        service: the actor knowledge's description says), when the document names that state."""
        known = self.actor_kb.actors.get(organization) if self.actor_kb is not None else None
        if known is None or not known.country or not _STATE_ORGAN.search(known.description or ""):
            return None
        state = self.actor_kb.actor_for(known.country)
        return state if state is not None and types.get(state) == "state" else None

    def _state_of(self, person: str, types: dict[str, str]) -> str | None:
        """The state a person belongs to, when the document names it."""
        known = self.actor_kb.actors.get(person) if self.actor_kb is not None else None
        state = self.actor_kb.actor_for(known.country) if known is not None and known.country else None
        return state if state is not None and types.get(state) == "state" else None

    def _clause_actors(self, event: Event, text: str, clause: EventMention,
                       mentions: list[ActorMention]) -> list[ActorMention]:
        """Actors named in an event's clause, without those in another item of an enumeration.

        In "Spain was coping with the Iraq war, the 2004 enlargement of NATO, and the
        euro crisis", the Iraq war's part holds Spain and Iraq; NATO belongs to the
        next item. The event's own words (its knowledge-base aliases,
        else its name) say which item is its own; the clause's subject (before its first verb)
        belongs to every item. Where the clause names the event nowhere, the whole clause counts.
        """
        inside = mentions_within(mentions, clause.char_start, clause.char_end)
        if len(inside) < 2:
            return inside
        items = enumeration(text, clause.char_start, clause.char_end)
        if not items:
            return inside
        anchor = self._anchor(event, text, clause)
        if anchor is None:
            return inside
        verb = first_verb(text, clause.char_start, clause.char_end)
        subject_end = verb.start() if verb is not None else clause.char_start
        own = next(((lo, hi) for lo, hi in items if lo <= anchor < hi), None)
        if own is None and anchor < items[0][0] and _ABOUT_LIST.search(text, anchor, items[0][0]):
            # "agreements were reached on the police (A and B), the press (C) and space (D)":
            # the list is what the event is about, its items' names are the event's
            return inside
        if own is None:  # the event is named before the list: the list's items are other things
            return [m for m in inside if m.char_end <= subject_end or not any(lo <= m.char_start < hi for lo, hi in items)]
        return [m for m in inside if own[0] <= m.char_start < own[1] or m.char_end <= subject_end]

    def _adjunct_phrase(self, event: Event, text: str, clause: EventMention) -> tuple[int, int] | None:
        """The noun phrase of a known event the clause names in an adjunct, else None.

        "after the Beslan school siege", "With the fall of the Berlin Wall",
        "similar to the Cold War": the event sets the clause's time or backdrop, so the clause's
        subject and objects are not its parties. The phrase runs from the preposition to the
        first comma, semicolon or verb after the event's name.
        """
        if not event.kb_id or event.source == "citation":
            return None
        known = self._known_event(event.kb_id)
        if known is None:
            return None
        lowered = text[clause.char_start:clause.char_end].lower()
        for name in sorted({known.name, *known.aliases}, key=len, reverse=True):
            name = name.strip('"').lower()
            k = lowered.find(name) if len(name) > 2 else -1
            if k == -1:
                continue
            start = clause.char_start + k
            window = max(clause.char_start, start - 80)
            before = text[window:start]
            lead = _ADJUNCT.search(before)
            while lead is not None:  # the preposition nearest the name: "like Chile since the crisis"
                nearer = _ADJUNCT.search(before, lead.start() + 1)
                if nearer is None:
                    break
                lead = nearer
            if lead is None or VERB.search(lead.group("words")):
                return None
            if lead.group("prep").lower() == "with" and \
                    not re.fullmatch(r"[\s\W]*(?:and|but)?\s*|.*,\s*", text[clause.char_start:window + lead.start("prep")]):
                return None  # "compliance with the Minsk agreements", "deal with the Iraq war": an object, not an adjunct
            end = start + len(name)
            stop = _PHRASE_END.search(text, end, clause.char_end)
            return window + lead.start("prep"), stop.start() if stop is not None else clause.char_end
        return None

    def _relative_clause(self, event: Event, text: str, clause: EventMention,
                         mentions: list[ActorMention]) -> tuple[int, int] | None:
        """Where the clause tells the event in a relative clause about an actor, as (start of the
        antecedent, start of the relative clause), else None.

        "She retired under the Carter administration, which imposed a grain embargo": the
        embargo is the antecedent's (Carter's); "she" and her retirement belong to the main
        clause. Only an active relative clause ("which pursued", "who signed") whose
        antecedent names actors right before its comma ("Obama and Medvedev, who", "the Carter
        administration, which"), and only where the event's own words stand inside it.
        """
        anchor = None
        for relative in _RELATIVE.finditer(text, clause.char_start, clause.char_end):
            if anchor is None:
                anchor = self._anchor(event, text, clause)
                if anchor is None:
                    return None
            if anchor < relative.end():
                break
            k = bisect.bisect_left(mentions, relative.start(), key=lambda m: m.char_start) - 1
            if k < 0 or mentions[k].char_start < clause.char_start or \
                    not _ANTECEDENT_GAP.fullmatch(text, mentions[k].char_end, relative.start()):
                continue
            while k > 0 and mentions[k - 1].char_start >= clause.char_start and \
                    PAIRED.fullmatch(text, mentions[k - 1].char_end, mentions[k].char_start):
                k -= 1  # "Obama and Medvedev, who signed": both
            later = _RELATIVE.search(text, relative.end(), clause.char_end)
            stop = _SENTENCE_END.search(text, relative.end(), clause.char_end)
            end = min(later.start() if later else clause.char_end, stop.start() if stop else clause.char_end)
            if anchor < end:
                return mentions[k].char_start, relative.start()
        return None

    def _own_part(self, event: Event, text: str, clause: EventMention, starts: list[int]) -> tuple[int, int] | None:
        """The part of the clause that tells the event, when its sentence opens with a subordinate
        clause or adjunct of time: that opening clause up to its comma when the event is told there
        ("After the two states signed the accord in 1990, Peru left the league"; "When I first won my
        seat in 1990, he chaired the party": the main clause tells what happened then; but an
        election's outcome is the election's: "When Peru voted in 1990, the Greens swept to power"), else
        the rest after its comma ("After two years under Lee, Ray became foreign minister when
        the Greens won in 1990": the opening clause tells what came before). Else None: all of it."""
        whole = None
        k = bisect.bisect_right(starts, clause.char_start) - 1
        # at the sentence's start, or at the clause's ('X said: "When I first won my seat ...')
        opening = _OPENING_CLAUSE.match(text, starts[k] if k >= 0 else 0) or \
            _OPENING_CLAUSE.match(text, clause.char_start)
        if opening is None:
            return whole
        anchor = self._anchor(event, text, clause)
        comma = text.find(",", opening.end(), clause.char_end)
        if anchor is None or anchor < opening.end() or comma == -1 or \
                _SENTENCE_END.search(text, opening.end(), comma):
            return whole
        # Commas around an apposition or a date ("When she fought the bill, the Trade
        # Union Act, in 1984, she wrote"): the opening clause ends where a part with a verb follows its comma.
        after = text.find(",", comma + 1, clause.char_end)
        while after != -1 and len(text[comma + 1:after].split()) <= _APPOSITION_WORDS and \
                not first_verb(text, comma + 1, after) and not _SENTENCE_END.search(text, comma, after) and \
                not _RELATIVE_START.match(text, comma + 1) and not _RELATIVE_START.match(text, after + 1):
            # (a part a relative clause follows is the main clause's subject: ", Tom Ray, who ...")
            comma, after = after, text.find(",", after + 1, clause.char_end)
        if anchor < comma and event.kind == "election" and _OUTCOME.search(text, comma, clause.char_end):
            return whole  # "When Peru voted in 1990, Fujimori won": the main clause tells its outcome
        return (clause.char_start, comma) if anchor < comma else (comma, clause.char_end)

    def _anchor(self, event: Event, text: str, clause: EventMention) -> int | None:
        """Where the clause names the event itself: a knowledge-base alias, else a word of its name."""
        lowered = text[clause.char_start:clause.char_end].lower()
        known = self._known_event(event.kb_id) if event.kb_id else None
        names = (known.name, *known.aliases) if known is not None else (event.name,)
        best = None
        for name in names:
            k = lowered.find(name.strip('"').lower())
            if k != -1 and (best is None or k < best):
                best = k
        if best is None:
            for word in re.findall(r"[\w'’-]+", event.name.lower()):
                if word in _NAME_STOP or len(word) < 3:
                    continue
                k = _word_start(word).search(lowered)
                if k is not None and (best is None or k.start() < best):
                    best = k.start()
        return None if best is None else clause.char_start + best

    @staticmethod
    def _told_term(event: Event, known: list, found_parties: dict[str, list[str]]) -> bool:
        """A term in office only the text tells ("he represented Cardiff seats for 40 years"):
        no knowledge, title or event stage gave its holder, so its clause names who held it."""
        return event.source == "text" and not event.kb_id and not known and not found_parties.get(event.event_id)

    def _known_event(self, kb_id: str) -> KnownEvent | None:
        """The known event of an id: the event knowledge base's, else one only Russian text names
        (events/ru/known.tsv: "Послание Федеральному Собранию"), read on first need."""
        known = self.knowledge.events.get(kb_id)
        if known is None:
            if self._russian_known is None:
                self._russian_known = {}
                for path in knowledge_files("events/ru/known.tsv", self.dirs):
                    for row in read_tsv(path, ("id", "name", "kind", "date_begin")):
                        event = parse_row(row)
                        self._russian_known.setdefault(event.event_id, event)
            known = self._russian_known.get(kb_id)
        return known

    def _kb_parties(self, event: Event) -> set[str]:
        """The actors the event knowledge base lists for a known event."""
        known = self._known_event(event.kb_id) if event.kb_id else None
        if known is None:
            return set()
        return {actor for actor, _ in known.participants} | ({known.holder} if known.holder else set())

    def _offices(self, event: Event, holders, types: dict[str, str]) -> list[tuple[str, str]]:
        """The state or organisation whose office a tenure is: "James Callaghan's tenure as home
        secretary" is the United Kingdom's too. The tenure's dates are the holder's role's dates
        in the actor knowledge base, else inside them ("Obama's first term" is a president's). An
        ambassador's tenure also takes the state or body he was accredited to ("ambassador to the
        united states"), as a participant."""
        if self.actor_kb is None or event.date_begin is None:
            return []
        parts = []
        for holder in holders:
            if types.get(holder) != "person":
                continue
            roles = [role for role in self.actor_kb.roles_of(holder) if role.organization and role.organization != holder]
            same = [role for role in roles if (role.date_begin, role.date_end) == (event.date_begin, event.date_end)]
            for role in same or [role for role in roles if _inside(event, role)]:
                parts.append((role.organization, "agent"))
                host = self.actor_kb.actor_for(role.role[len("ambassador to "):]) \
                    if role.role.startswith("ambassador to ") else None
                if host is not None and host != role.organization:
                    parts.append((host, "participant"))
        return parts

    def _known_parts(self, event: Event, text: str, spans: list[EventMention]) -> list[tuple[str, str]]:
        """Participants from the event knowledge base and office holders resolved at the event's date."""
        parts: list[tuple[str, str]] = []
        known = self._known_event(event.kb_id) if event.kb_id else None
        if known is not None:
            parts += list(known.participants)
            if known.holder:
                parts.append((known.holder, "agent"))
        when = event.date_begin or event.date_end
        if self.actor_kb is not None and when is not None:
            for em in spans:
                for m in _TITLE.finditer(text, em.char_start, em.char_end):
                    org = _TITLE_ORG.get(m.group("org").lower())
                    holder = self.actor_kb.resolve_role(m.group("role").lower(), org, when) if org else None
                    if holder:
                        parts.append((holder, "participant"))
        return parts


def _inside(event: Event, role) -> bool:
    """The event's dates lie within the role's (an open end holds any end)."""
    if role.date_begin is None or role.date_begin > event.date_begin:
        return False
    return role.date_end is None or (event.date_end is not None and event.date_end <= role.date_end)


def _unlinked(links: dict[tuple[str, str], EventActor], event_id: str, actor_id: str) -> bool:
    """Whether the actor has no part in the event yet, or is only mentioned in its clause."""
    old = links.get((event_id, actor_id))
    return old is None or old.role == "mentioned"


def _keep(links: dict[tuple[str, str], EventActor], link: EventActor) -> None:
    """One link per (event, actor): a knowledge role wins over the clause's reading, else the stronger role."""
    key = (link.event_id, link.actor_id)
    old = links.get(key)
    if old is None:
        links[key] = link
        return
    if link.basis == "knowledge" and old.basis == "text":
        links[key] = link
    elif link.basis == old.basis and _ROLE_RANK[link.role] > _ROLE_RANK[old.role]:
        links[key] = link


_NAME_TOKEN = re.compile(r"[^\W_]+")
# After an event's word, a preposition opening the first item of a list with no verb after it:
# the list is the event's subject matter ("agreed on A, B and C"), not other events.
_ABOUT_LIST = re.compile(r"\b(?:on|about|concerning|regarding|covering)\s+(?:(?!\b(?:is|was|were|are|has|have|had|"
                         r"will|would|\w{3,}ed)\b)[^,;.])*,?\s*$")


@lru_cache(maxsize=4096)
def _word_start(word: str) -> re.Pattern:
    """``\\b`` + the word, compiled once: built anew per event word, these patterns pushed the
    stages' own patterns out of ``re``'s small cache, which then parsed them again."""
    return re.compile(r"\b" + re.escape(word))


def _alias_tokens(known) -> set[tuple[str, ...]]:
    """A known event's name and aliases as lower-case token tuples (quotes dropped)."""
    return {tuple(t.lower() for t in _NAME_TOKEN.findall(alias)) for alias in (known.name, *known.aliases)}


def _within(tokens: tuple[str, ...], names: set[tuple[str, ...]]) -> bool:
    """Whether ``tokens`` run, in order, inside one of ``names``."""
    n = len(tokens)
    return n > 0 and any(name[i:i + n] == tokens for name in names for i in range(len(name) - n + 1))


def _is_name(text: str, names: set[tuple[str, ...]]) -> bool:
    """Whether ``text`` is one of ``names`` (a plural last word counts: "the Minsk agreements")."""
    tokens = tuple(t.lower() for t in _NAME_TOKEN.findall(text))
    if tokens in names:
        return True
    return bool(tokens) and tokens[-1].endswith("s") and (*tokens[:-1], tokens[-1][:-1]) in names


class _MentionIndex:
    """One actor's mentions in text order (sorted by start, then end), with their starts and,
    separately, their ends in order: the nearest mention to an event is found by bisection."""

    __slots__ = ("named", "starts", "end_order", "ends")

    def __init__(self, named: list[ActorMention]):
        self.named = named
        self.starts = [m.char_start for m in named]
        self.end_order = sorted(range(len(named)), key=lambda i: named[i].char_end)
        self.ends = [named[i].char_end for i in self.end_order]


def _equal_run(values: list[int], k: int) -> range:
    """The indices around ``k`` whose value equals ``values[k]`` (``values`` is sorted)."""
    lo = hi = k
    while lo > 0 and values[lo - 1] == values[k]:
        lo -= 1
    while hi + 1 < len(values) and values[hi + 1] == values[k]:
        hi += 1
    return range(lo, hi + 1)


def _distance(m: ActorMention, spans: list[EventMention]) -> int:
    return min(0 if s.char_start <= m.char_start < s.char_end else
               min(abs(m.char_start - s.char_end), abs(s.char_start - m.char_end)) for s in spans)


def _nearest(index: _MentionIndex, spans: list[EventMention]) -> ActorMention:
    """The actor's mention closest to one of the event's mentions (inside one if possible);
    ties go to the earlier mention.

    The mention that wins overall is, for the event mention it is closest to, the closest
    mention with the earliest start. So per event mention only these are candidates: the
    first mention starting inside it, the mentions starting nearest its end and those ending
    nearest its start (found by bisection); the candidates are then compared on the
    full distance. Linear in the document instead of mentions x event mentions.
    """
    named = index.named
    if not spans:
        return named[0]
    starts, ends, count = index.starts, index.ends, len(named)
    candidates: set[int] = set()
    for s in spans:
        i = bisect.bisect_left(starts, s.char_start)
        if i < count and starts[i] < s.char_end:
            candidates.update(_equal_run(starts, i))
        j = bisect.bisect_left(starts, s.char_end)
        for k in (j - 1, j):
            if 0 <= k < count:
                candidates.update(_equal_run(starts, k))
        e = bisect.bisect_left(ends, s.char_start)
        for k in (e - 1, e):
            if 0 <= k < count:
                candidates.update(index.end_order[x] for x in _equal_run(ends, k))
    best = min(candidates, key=lambda i: (_distance(named[i], spans), named[i].char_start, i))
    return named[best]


__all__ = ["EventActorLinker", "LINKER_NAME", "LINKER_VERSION"]


# Case-blind patterns searched in every event's clauses: the same matches on the lower-cased text, faster.
_TITLE = CaseBlind(_TITLE)

