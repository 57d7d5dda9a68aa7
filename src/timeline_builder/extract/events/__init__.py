"""The event extractor: every dated event a document mentions, one row per event.

Ways an event is found and dated (``date_basis``):

* a knowledge-base event named by its name or an alias ("New START", "the Minsk
  agreements"): dates from knowledge;
* a clause with a date expression and event language ("in 1962, when ... nuclear
  confrontation"): dated by the text, or linked to the known event of that time whose cue
  words the context holds (then dated by knowledge, with the text's date in ``text_date``);
* a term in office named by holder or relative to the dct ("under Biden", "the previous
  US administration"): dated by context;
* a numbered note citing a source: a publication dated by the citation (text);
* a title implying a tenure or an appointment ("former attorney general X"): dated by the
  actor knowledge base's roles.

Reads ``doc.found.timexes`` (temporal) and ``doc.found.actor_mentions``/``actors`` (actors).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from ...knowledge.events import EventKnowledge, KnownEvent, load_event_knowledge
from ...knowledge.name_forms import ShortForms, load_short_forms
from ...knowledge.nonevents import NonEventCues, load_nonevent_cues
from ...knowledge.regions import Regions, load_regions
from ...knowledge.triggers import TriggerKnowledge, load_trigger_knowledge
from ...records import AnnotatedDocument, EventActor, Extraction, Timex
from ..casefold import case_blind
from ..registry import register
from .candidates import Candidate, KnownSpans, assemble, from_knowledge, terms_dated_in_clause, text_dated_known
from .concurrent import concurrent_with_known
from .citations import citation_candidates, footnoted_merges, life_span_candidates
from .context import TermFinder
from .dated import EVENT_LANGUAGE, DatedClauseFinder, compatible_kinds, own_dated_nouns, possessive_part
from .confidence import calibrated, text_event_score
from .describe import Named, describe, part_with
from .naming import FUNCTION_WORDS, period_words, pronoun_led_name, with_period
from .obituaries import is_tribute, obituary_subject, tribute_name
from .places import PlaceIndex
from .derived import (CurrentEventFinder, PersonEventFinder, other_side_acts, death_candidates, known_deaths, expiry_candidates,
                      news_death_candidates, recent_death_candidates, recent_events_by_place, relative_to_known_candidates,
                      treaty_by_parties)
from .known_parties import KnownByParties
from .life_dates import dated_by_life
from .matcher import (Accessions, AliasMatcher, is_the_document, named_before_it_began, of_another_state, of_years,
                      years_named)
from .references import (accessions_by_members, anaphoric_wars, anniversaries, during_the_meeting, happenings_by_state,
                         happenings_in_regions,
                         laws_by_sponsors,
                         meetings_by_place)
from .future import unscheduled_future
from .nonevents import covers_figures, is_question, opens_a_stretch, unasserted_spans, undated_reason, without_twins
from .news_actions import perfect_actions
from .one_trigger import one_row_per_trigger
from .statements import dated_in_content, dated_in_quotation, relative_clause_around, reported_statements
from .tenures import (acts_in_office, first_person_tenures, governments_of_people, regimes_of_people,
                      resignations, role_predicate_candidates, tenure_candidates)
from .term_acts import KnownInPeriod, acts_in_terms
from .text import TextLayout, without_datelines

EXTRACTOR_NAME = "events"
EXTRACTOR_VERSION = "2.0.0"

# Up to two words between a date and the event word it qualifies ("the January 1998 bombing", "the 11
# September 2001 attacks", "the 2004 general election"), none of them a determiner, a pronoun or an
# auxiliary that would open a clause ("since 1990 the rebels attacked").
_DATE_TO_NOUN = re.compile(r"(?i)(?:\s+(?!(?:the|a|an|this|that|these|those|we|they|he|she|it|i|you|has|have|had|"
                           r"was|were|is|are|its|their|our|his|her|and|or|but)(?![\w’'-]))[\w’'-]+){0,2}\s+")


def _names_the_dated(text: str, trigger: tuple[int, int] | None, timex: tuple[int, int]) -> bool:
    """Whether the event word is inside the date's words ("since Election Day") or the noun the date
    qualifies ("since the January 1998 bombing"): the date is that event's own, whatever stands before it."""
    if trigger is None:
        return False
    return (timex[0] <= trigger[0] < timex[1]
            or (trigger[0] >= timex[1] and _DATE_TO_NOUN.fullmatch(text, timex[1], trigger[0]) is not None))


# Kinds that name a stretch of time themselves: "since" a date tells when one began ("in a state of
# confrontation since 1957", "under sanctions since 1990").
_STRETCH_KINDS = frozenset({"war", "conflict", "crisis", "sanction", "term"})


@lru_cache(maxsize=4)
def _compiled(knowledge: EventKnowledge) -> tuple:
    events = [e for e in knowledge.events.values() if e.kind != "term"]
    return (AliasMatcher(events), TermFinder(knowledge), DatedClauseFinder(knowledge),
            CurrentEventFinder(knowledge), PersonEventFinder(knowledge), Accessions(events), KnownByParties(events),
            KnownInPeriod(events))


@register(EXTRACTOR_NAME)
class EventExtractor:
    """Finds, dates and de-duplicates the events of one document.

    Args:
        knowledge_dirs: user folders whose ``events/*.tsv`` add to or override the packaged
            event knowledge.
    """

    name = EXTRACTOR_NAME
    version = EXTRACTOR_VERSION

    def __init__(self, knowledge_dirs: tuple[Path, ...] = (), **_options):
        self.knowledge = load_event_knowledge(tuple(knowledge_dirs))
        (self.matcher, self.terms, self.dated, self.current, self.people, self.accessions,
         self.by_parties, self.in_period) = _compiled(self.knowledge)
        self._actor_kb = _actor_knowledge(tuple(knowledge_dirs))
        # the actor knowledge's people, for known events' participants a document need not name
        self._known_people = frozenset(a for a, known in self._actor_kb.actors.items() if known.type == "person") \
            if self._actor_kb is not None else frozenset()
        self.deaths = known_deaths(self.knowledge)
        self._known_terms = {(t.holder, t.date_begin) for t in self.knowledge.terms() if t.holder and t.date_begin}
        self.triggers: TriggerKnowledge = load_trigger_knowledge(tuple(knowledge_dirs))
        self.nonevents: NonEventCues = load_nonevent_cues(tuple(knowledge_dirs))
        self.regions: Regions = load_regions(tuple(knowledge_dirs))
        self.places = _place_index(self._actor_kb)
        self.short_forms: ShortForms = load_short_forms(tuple(knowledge_dirs))
        self.knowledge_dirs = tuple(Path(d) for d in knowledge_dirs)
        self._russian = None  # the Russian rules, set up when a Russian document arrives

    def __call__(self, doc: AnnotatedDocument) -> Extraction:
        found = self._extract(doc)
        # Names as analysts write them ("US sanctions Russia", "2019 UK general election"), whoever
        # named the event: the knowledge base, the actor stage's full names or the Russian glossary.
        renamed = tuple(e if (n := self.short_forms.apply(e.name)) == e.name else replace(e, name=n)
                        for e in found.events)
        return found if renamed == found.events else replace(found, events=renamed)

    def _extract(self, doc: AnnotatedDocument) -> Extraction:
        document = doc.document
        language = (document.language or "en")[:2].lower()
        if language != "en":
            return self._other_language(doc, language)
        text, dct = document.text, document.dct
        layout = TextLayout(document)
        timexes = sorted(doc.found.timexes, key=lambda t: t.char_start)
        mentions = without_datelines(sorted(doc.found.actor_mentions, key=lambda m: m.char_start), text)
        mentioned = {m.actor_id for m in mentions}
        actor_country = {a.actor_id: a.country for a in doc.found.actors if a.country}
        countries = {a.country for a in doc.found.actors if a.country and a.actor_id in mentioned}

        timex_starts = [t.char_start for t in timexes]
        mention_starts = [m.char_start for m in mentions]
        candidates: list[Candidate] = []
        known_spans: list[tuple[int, int, KnownEvent]] = []
        alias_spans: list[tuple[int, int, KnownEvent]] = []  # where a known event is named by name
        types = self._actor_types(doc)
        states_at = {m.char_start: m.actor_id for m in mentions if types.get(m.actor_id) == "state"}
        state_at = states_at.get
        matches = self.matcher.find(text)
        at = 0
        while at < len(matches):
            match = matches[at]
            at += 1
            if layout.in_notes(match.start) or _LIKENESS.search(text, max(0, match.start - 20), match.start):
                continue  # "a second Great Depression", "another Munich agreement": a likeness, not the event
            surface = text[match.start:match.end]
            quoted = match.start > 0 and text[match.start - 1] in "\"“‘«"
            if surface.islower() and not quoted and not any(self._names_party(e, mentioned, countries)
                                                            for e in match.events):
                self._names_inside(matches, at, text, match, state_at)
                continue  # "general election" names the UK's only in a document that names the UK
            # a name the document could not yet use for a later happening means an earlier one
            sharers = tuple(e for e in match.events if not named_before_it_began(e, dct, document.dct_source)
                            and not of_another_state(e, text, match.end, state_at))
            if not sharers:
                self._names_inside(matches, at, text, match, state_at)
                continue
            event = _choose(self._of_named_parties(sharers, layout, match.start, mentions, mention_starts,
                                                   mentioned, countries), text, match.start, dct,
                            lambda: years_named(text, *layout.sentence(match.start)))
            if surface[:1].islower() and event.kind != "election" and (
                    _INDEFINITE.search(text, max(0, match.start - 4), match.start)
                    or (" " not in surface and _INDEFINITE_DESCRIBED.search(text, max(0, match.start - 30), match.start))
                    or _UNREAL.search(text, max(0, match.start - 30), match.start)):
                continue  # "building a new world order", "a threatened invasion of Kuwait": not the known one
            if surface[:1].islower() and _dated_long_before(event, layout, match.start, timexes, timex_starts):
                continue  # "in 1986 ... their partial withdrawal from Afghanistan" is not the one of 2021
            for event in self.accessions.of_named(event, _named_in_sentence(layout, match.start, mentions, mention_starts)):
                known_spans.append((match.start, match.end, event))
                alias_spans.append((match.start, match.end, event))
                # The mention is the name itself: its clause may tell other events too (a tenure, a
                # speech), and the evidence an analyst checks is the words that name this one.
                candidates.append(from_knowledge(event, layout.clause(match.start, match.end),
                                                 words=(match.start, match.end)))
                if is_the_document(event, match.start, text, dct):
                    candidates[-1].date_basis = "context"
        term_candidates = self.terms.find(text, layout, dct, mentioned)
        candidates += term_candidates
        candidates += self.in_period.link(acts_in_terms(layout, term_candidates, timexes, dct, known_spans), text)
        known_spans += [(c.span[0], c.span[1], c.kb) for c in term_candidates if c.kb is not None]
        for mention, death in death_candidates(layout, mentions, self.deaths, dct):
            candidates.append(death)
            known_spans.append((mention.char_start, mention.char_end, death.kb))  # "Stalin died in 1953"
        known_spans = KnownSpans(known_spans)
        people = {a for a, t in types.items() if t == "person"}
        dated = self.dated.find(timexes, layout, dct, known_spans, self.triggers,
                                lambda event: self._names_party(event, mentioned, countries),
                                lambda actor_id: actor_id in people or actor_id in self._known_people,
                                document.dct_source, lambda event, lo, hi: self._foreign_only(
                                    event, mentions[bisect.bisect_left(mention_starts, lo):bisect.bisect_left(mention_starts, hi)],
                                    actor_country),
                                lambda event, lo, hi: other_side_acts(
                                    event, text, mentions[bisect.bisect_left(mention_starts, lo):bisect.bisect_left(mention_starts, hi)],
                                    actor_country, self._party_countries(event)))
        candidates += expiry_candidates(self.knowledge, layout, known_spans, dct)
        states = {a for a, t in types.items() if t == "state"}
        candidates += treaty_by_parties(self.knowledge, layout, mentions, states, known_spans, dct, timexes)
        candidates += accessions_by_members(self.knowledge, layout, mentions, types, known_spans, dct)
        candidates += happenings_by_state(self.knowledge, layout, mentions, types, known_spans, dct)
        candidates += happenings_in_regions(self.knowledge, layout, mentions, self.regions, known_spans, dct)
        candidates += meetings_by_place(self.knowledge, layout, dct, known_spans, mentioned)
        candidates += laws_by_sponsors(self.knowledge, layout, known_spans)
        candidates += anaphoric_wars(self.knowledge, layout, timexes, known_spans)
        candidates += anniversaries(self.knowledge, layout, mentions, types, {a.actor_id: a.name for a in doc.found.actors},
                                    dct)
        dated_clauses = {layout.clause(t.char_start, t.char_end) for t in timexes
                         if t.type == "DATE" and (t.date_begin or t.date_end)}
        candidates += recent_events_by_place(self.knowledge, layout, dct, dated_clauses, known_spans)
        candidates += self.current.find(layout, dct, known_spans, dated_clauses, state_at,
                                        lambda event: self._names_party(event, mentioned, countries))
        candidates += relative_to_known_candidates(layout, known_spans, EVENT_LANGUAGE)
        candidates += concurrent_with_known(layout, known_spans, dct)
        first_seen: dict[str, int] = {}
        for m in mentions:
            first_seen.setdefault(m.actor_id, m.char_start)
        candidates += self.terms.took_office(text, layout, dct, first_seen, dated_clauses)
        candidates += self.terms.came_in(text, layout, timexes)
        candidates += self.people.find(layout, mentions, people, dct, known_spans, dated_clauses,
                                       {a.actor_id: a.country for a in doc.found.actors if a.country})
        citations = citation_candidates(layout, timexes)
        footnoted_merges(layout, dated, citations)
        candidates += dated + citations
        candidates += during_the_meeting(layout, dated, timexes, candidates)
        candidates += life_span_candidates(layout, self._names_at(doc), self.deaths)
        names = {a.actor_id: a.name for a in doc.found.actors}
        candidates += recent_death_candidates(layout, mentions, self.deaths, people, names, dct)
        candidates += news_death_candidates(layout, mentions, self.deaths, people, names, dct)
        if self._actor_kb is not None:
            candidates += tenure_candidates(layout, mentions, self._actor_kb.roles_of, people, names, dct,
                                            self._actor_kb.resolve_role, self.knowledge.terms_of, states,
                                            frozenset(self._actor_kb.cues.get("seats", ())))
            person_at = self._person_at(mentions, names, people)  # made once: read by two finders
            in_office = role_predicate_candidates(layout, mentions, self._actor_kb.roles_of, people, names,
                                                  person_at, self._known_terms)
            candidates += in_office + self.in_period.link(acts_in_office(layout, in_office, timexes), text)
            candidates += governments_of_people(layout, mentions, self._actor_kb.roles_of, people, names,
                                                self._known_terms)
            candidates += regimes_of_people(layout, mentions, self._actor_kb.roles_of, types, names,
                                            self.knowledge.terms_of, dct)
        candidates += first_person_tenures(layout, timexes)
        # "Norton said net income for the third quarter fell", "said growth for 2004 was 1.6%": the quarter or year
        # the figures cover does not date the saying
        # (nor does a date that dates no event: "the worst crisis since 1962", "as of 30 September")
        undated = _UndatedReasons(self.nonevents, text)  # asked again of the dates that open clauses (_describe)

        def may_date_saying(t: Timex) -> bool:  # asked by reported_statements only of the dates near a saying
            return (t.granularity not in ("quarter", "month", "year")
                    or not covers_figures(self.nonevents, text, (t.char_start, t.char_end), layout.sentence(t.char_start))) \
                and not undated((t.char_start, t.char_end), layout.sentence(t.char_start))

        statements = reported_statements(layout, mentions, timexes, types, names, dct,
                                         lambda actor_id: self._past_figure(actor_id, dct), may_date_saying)
        self._name_tributes(statements, layout, mentions, names, types)
        candidates += statements
        named = [Named(m.actor_id, names.get(m.actor_id, m.text), m.char_start, m.char_end, types.get(m.actor_id, ""))
                 for m in mentions]
        taken = [(s, e) for s, e, _ in known_spans] + [c.span for c in statements]
        candidates += perfect_actions(layout, mentions, timexes, self.triggers, named, types, dct, taken, self.places)
        if self._actor_kb is not None:
            candidates += resignations(layout, mentions, self._actor_kb.roles_of, people,
                                       person_at, dct, candidates, timexes)
        # a speech's own "I" is its speaker, where the actor stage knows who speaks
        speakers = [Named(r.actor_id, names.get(r.actor_id, r.text), r.char_start, r.char_end, "person")
                    for r in doc.references if r.kind == "singular" and r.text == "I" and r.actor_id in names]
        # however a finder linked it, a known event that began long after the document was written
        # is not the one its words mean (a dated clause of January 1962 is not that October's crisis)
        candidates = [c for c in candidates
                      if c.kb is None or not named_before_it_began(c.kb, dct, document.dct_source)]
        candidates = without_twins(self._describe(candidates, layout, mentions, names, types, alias_spans, speakers,
                                                  named, dct, undated), text, dct)
        candidates = one_row_per_trigger(candidates, text)
        if self._actor_kb is not None:
            dated_by_life(candidates, self._life_days)
        self.by_parties.link(candidates)
        for cand in candidates:
            cand.confidence = calibrated(cand)
            if cand.kb is None and cand.source == "text":
                # What one story tells from its own words is its own row ("the report", "a statement
                # on Thursday" are other reports elsewhere); build/event_merge.py joins stories'
                # events that are one happening by their dates, place and parties, not their names.
                # The scope is the text's hash, not the file name: renaming a file keeps its ids.
                cand.scope = document.sha256
        text_dated_known(candidates, timexes, timex_starts, dct)
        terms_dated_in_clause(candidates, timexes, timex_starts, text)
        events, event_mentions, _ = assemble(candidates, document.doc_id, text, dct)
        return Extraction(events=tuple(events), event_mentions=tuple(event_mentions),
                          event_actors=tuple(_candidate_links(candidates, document.doc_id)))

    @staticmethod
    def _person_at(mentions, names: dict[str, str], people: set[str]):
        """offset -> whom "he"/"she" there means (``_salient_person``)."""
        starts = [(m.char_start, Named(m.actor_id, names.get(m.actor_id, m.text), m.char_start, m.char_end, "person"))
                  for m in mentions if m.actor_id in people]
        offsets = [s for s, _ in starts]
        salience: dict[str, int] = {}
        for _, person in starts:
            salience[person.actor_id] = salience.get(person.actor_id, 0) + 1
        return lambda offset: _salient_person(starts, bisect.bisect_left(offsets, offset), salience)

    @staticmethod
    def _name_tributes(statements: list[Candidate], layout, mentions, names: dict[str, str],
                       types: dict[str, str]) -> None:
        """In a story reporting a death, others' statements about the dead are tributes."""
        if not statements:
            return
        people = [Named(m.actor_id, names.get(m.actor_id, m.text), m.char_start, m.char_end, "person")
                  for m in mentions if types.get(m.actor_id) == "person"]
        firsts = [layout.sentence(0)]
        firsts.append(layout.sentence(firsts[0][1] + 1) if firsts[0][1] + 1 < len(layout.text) else firsts[0])
        deceased = obituary_subject(layout.text, firsts, people)
        if deceased is None:
            return
        for cand in statements:
            speaker = next((a for a, role, _ in cand.actors if role == "agent"), None)
            if speaker is not None and is_tribute(layout.text, cand.span, speaker, deceased, people):
                cand.name = tribute_name(names.get(speaker, speaker), deceased.name)
                if all(actor_id != deceased.actor_id for actor_id, _, _ in cand.actors):
                    # whom the tribute honours, though the quotation says "he" or "the former PM"
                    cand.actors.append((deceased.actor_id, "target", (deceased.start, deceased.end)))

    def _describe(self, candidates: list[Candidate], layout, mentions, names: dict[str, str],
                  types: dict[str, str], alias_spans: list[tuple[int, int, KnownEvent]],
                  speakers: list[Named] = (), named: list[Named] | None = None, dct=None,
                  undated: "_UndatedReasons | None" = None) -> list[Candidate]:
        """Name, kind and type text events from their clauses' triggers; type the rest by kind.
        ``named``: the mentions as ``Named``, where the caller made them already (read, not changed).
        ``undated``: the document's ``_UndatedReasons``, where the caller asked it already.

        Candidates that share a clause name (a comparison referring back to its host) are
        renamed together so they stay one event.
        """
        text = layout.text
        if undated is None:
            undated = _UndatedReasons(self.nonevents, text)
        if named is None:
            named = [Named(m.actor_id, names.get(m.actor_id, m.text), m.char_start, m.char_end, types.get(m.actor_id, ""))
                     for m in mentions]
        named = named + list(speakers)
        named.sort(key=lambda n: (n.start, n.end))
        person_starts = [(n.start, n) for n in named if n.type == "person"]
        person_offsets = [start for start, _ in person_starts]
        alias_spans = sorted(alias_spans, key=lambda a: (a[0], a[1]))
        alias_starts = [a[0] for a in alias_spans]
        salience: dict[str, int] = {}
        for n in named:
            salience[n.actor_id] = salience.get(n.actor_id, 0) + 1
        renamed: dict[tuple, tuple[str, str | None]] = {}
        by_kb: dict[int, list[Candidate]] = {}
        for cand in candidates:
            if cand.kb is not None:
                by_kb.setdefault(id(cand.kb), []).append(cand)
        kept = []
        for cand in candidates:
            if not cand.from_clause and cand.kb is None and cand.source == "text":
                # named from its own words ("He sat for Leeds constituencies for 30 years"):
                # "he"/"she" is the person the text is about, and the span of years is its date
                person = _salient_person(person_starts, bisect.bisect_left(person_offsets, cand.span[0]), salience)
                cand.name = pronoun_led_name(cand.name, person)
            if cand.from_clause:
                key = (cand.name, cand.date_begin, cand.date_end)
                if key in renamed:
                    cand.name = renamed[key][0]
                else:
                    anchored = cand.text_anchor != (0, 0)
                    sentence = layout.sentence(cand.text_anchor[0] if anchored else cand.span[0])
                    if anchored and undated(cand.text_anchor, sentence):
                        continue  # "a crisis akin to the 1980s": the date is no event's date
                    if anchored and cand.kb is None and unscheduled_future(
                            self.nonevents, text, cand.text_anchor, sentence, cand.date_begin, cand.granularity, dct):
                        continue  # "a reform to come next year": a future year is no event's date unless hoped for
                    question = is_question(self.nonevents, text, sentence)
                    part = part_with(text, cand.span, cand.text_anchor) if anchored else cand.span
                    own_part = possessive_part(text, cand.text_anchor, cand.span[1]) if anchored else None
                    if own_part is not None:
                        part = own_part  # "yesterday's vote": the date word's own noun phrase is the event it dates
                    person = _salient_person(person_starts, bisect.bisect_left(person_offsets, cand.span[0]), salience)
                    agent = next((a for a, role, _ in cand.actors if role == "agent" and a in names), None)
                    if agent is not None and types.get(agent) == "person":
                        # a finder knows who acts ("When home secretary, he ...": the office's holder)
                        person = Named(agent, names[agent], cand.span[0], cand.span[0], "person")
                    names_here = alias_spans[bisect.bisect_left(alias_starts, cand.span[0]):
                                             bisect.bisect_left(alias_starts, cand.span[1])]
                    # A known name and the relative clause describing it ("after the Six-Day War when
                    # Israel seized Sinai, Egypt expelled ..."): their event words are the known event's.
                    avoid = [(s, _described_until(text, e, cand.span[1])) for s, e, _ in names_here]
                    # Event words a hope, a conditional or a generic statement governs are not asserted.
                    avoid += unasserted_spans(self.nonevents, text, cand.span, cand.text_anchor if anchored else None)
                    if anchored:
                        avoid += own_dated_nouns(text, cand.span, cand.text_anchor)  # "the 1990s and today's crisis"
                    desc = describe(text, part, self.triggers, named, timex=cand.text_anchor,
                                    person_before=person, places=self.places, avoid=avoid, nouns_only=question)
                    if desc is None and part != cand.span:
                        # The date's comma-part holds no event word; the rest of the clause may.
                        desc = describe(text, cand.span, self.triggers, named, timex=cand.text_anchor,
                                        person_before=person, places=self.places, avoid=avoid,
                                        nouns_only=question)
                    if anchored and (desc is None or not desc.name):
                        # "He held many offices and became Lord X in 1987": the date's own conjunct
                        # tells its event when the clause's first event word names none.
                        conjunct = _conjunct_with(text, part, cand.text_anchor)
                        if conjunct is not None:
                            alt = describe(text, conjunct, self.triggers, named, timex=cand.text_anchor,
                                           person_before=person, places=self.places, avoid=avoid, nouns_only=question)
                            if alt is not None and alt.name:
                                desc = alt
                    if anchored and desc is not None and desc.trigger_span is not None:
                        relative = relative_clause_around(text, sentence, cand.text_anchor[0])
                        if (relative is not None and not relative[0] <= desc.trigger_span[0] < relative[1]
                                and not (desc.nominal and _ANTECEDENT_GAP.fullmatch(text, desc.trigger_span[1],
                                                                                    relative[0]))):
                            # "Zeta, which last month cut its forecast, said ...": the date is the relative
                            # clause's, not the main verb's; its own event word, if any, is the event
                            desc = describe(text, relative, self.triggers, named, timex=cand.text_anchor,
                                            person_before=person, places=self.places, avoid=avoid, nouns_only=question)
                            if desc is None or not desc.name:
                                continue
                    if (anchored and desc is not None and desc.kind == "statement" and desc.trigger_span is not None
                            and (dated_in_content(text, desc.trigger_span, cand.text_anchor)
                                 or (dated_in_quotation(layout.quote_finder, desc.trigger_span, cand.text_anchor)
                                     and not _holds_day(cand, dct)))):
                        # "X said costs will weigh on earnings through 1990": the year is what is said,
                        # not when it was said (an event word of what is said, chosen first, keeps it)
                        continue
                    if desc is not None and desc.figurative:
                        continue  # "a price war in the 1980s" is no war
                    if (anchored and desc is not None and desc.kind not in _STRETCH_KINDS
                            and not _names_the_dated(text, desc.trigger_span, cand.text_anchor)
                            and opens_a_stretch(self.nonevents, text, cand.text_anchor, sentence, desc.trigger_span)):
                        continue  # "the cost has nearly doubled since 1955": a stretch's start dates no act
                    if cand.beside and (desc is None or compatible_kinds(desc.kind or "other", cand.beside)):
                        continue  # the known event of its sentence told again ("New START ... and signed")
                    if desc is None and names_here and _triggers_within(self.triggers, text, names_here):
                        # Its only event word is a known event's name ("the General Election will be
                        # called in May"): the clause mentions that event; its date stays as text_date.
                        _keep_text_date(by_kb, names_here[0][2], cand)
                        continue
                    if desc is not None and not desc.name:
                        continue  # an event word, but no parts to say who did what: no usable row
                    if desc is not None:
                        cand.name = desc.name
                        cand.trigger = desc.trigger_span
                        if desc.nominal and cand.date_basis == "text" and _common_words(text, part, desc.name):
                            # "Arms Race in the 1980s": a generic name says its period
                            cand.name = with_period(desc.name, period_words(cand.granularity, cand.date_begin))
                        cand.kind = desc.kind or cand.kind
                        cand.event_type, cand.event_type_reason = desc.event_type, desc.event_type_reason
                        cand.confidence = text_event_score(desc, cand.granularity, cand.date_basis)
                        cand.place, cand.place_country = desc.place, desc.place_country
                        cand.actors += desc.roles
                    else:
                        continue  # a date and no event word: "fell to 9.6% in December" is no event
                    renamed[key] = (cand.name, cand.kind)
            if cand.event_type is None and cand.event_type_reason is None:
                cand.event_type, cand.event_type_reason = self.triggers.type_of_kind(cand.kind)
            kept.append(cand)
        return kept

    def _other_language(self, doc: AnnotatedDocument, language: str) -> Extraction:
        """Russian has rules of its own (``ru.py``); other languages have none (the temporal stage says so)."""
        if language != "ru":
            return Extraction()
        if self._russian is None:
            from .ru import RussianEvents

            self._russian = RussianEvents(self.knowledge, self.knowledge_dirs, self.triggers.type_of_kind)
        return self._russian(doc)

    def _of_named_parties(self, events: tuple[KnownEvent, ...], layout: TextLayout, offset: int, mentions,
                          mention_starts: list[int], mentioned: set[str], countries: set[str]) -> tuple[KnownEvent, ...]:
        """Of the events sharing an alias ("the 2012 presidential election": the US's, Russia's and
        France's), those whose parties the sentence names, else those whose parties the document names,
        else all of them (``_choose`` then goes by the dct)."""
        if len(events) < 2:
            return events
        lo, hi = layout.sentence(offset)
        here = {m.actor_id for m in mentions[bisect.bisect_left(mention_starts, lo):bisect.bisect_left(mention_starts, hi)]}
        for named in (here, mentioned):
            chosen = tuple(e for e in events if any(actor in named for actor, _ in e.participants))
            if chosen:
                return chosen
        chosen = tuple(e for e in events if e.participants and self._names_party(e, mentioned, countries))
        return chosen or events

    def _names_inside(self, matches: list, at: int, text: str, match, state_at) -> None:
        """Put before ``matches[at]`` the shorter names inside a dropped ``match`` that goes on with
        "of" and a state none of its events involves: in "the full-scale invasion of Iraq" the longest
        name ("full-scale invasion") is Ukraine's, the one it hid ("invasion of Iraq") is meant."""
        if any(of_another_state(e, text, match.end, state_at) for e in match.events) and not (
                _INDEFINITE.search(text, max(0, match.start - 4), match.start)
                or _UNREAL.search(text, max(0, match.start - 30), match.start)):  # "a full-scale invasion of X"
            matches[at:at] = self.matcher.inside(text, match, matches[at].start if at < len(matches) else len(text))

    def _names_party(self, event: KnownEvent, mentioned: set[str], countries: set[str]) -> bool:
        """Whether the document names one of the event's participants, or an actor of a participant
        state (a British minister for a UK election), or the event lists no participants."""
        if not event.participants:
            return True
        for actor, _ in event.participants:
            if actor in mentioned:
                return True
            known = self._actor_kb.actors.get(actor) if self._actor_kb is not None else None
            if known is not None and known.type == "state" and known.country in countries:
                return True
        return False

    def _foreign_only(self, event: KnownEvent, mentions, actor_country: dict[str, str]) -> bool:
        """Whether the mentions name actors of some state but none of the event's participants nor
        anyone of a participant's state: "the former premier's 1996 campaign for re-election" in a
        story on Australia is no US election of 1996, whatever else the document names."""
        if not event.participants or self._actor_kb is None:
            return False
        homes = {actor_country[m.actor_id] for m in mentions if m.actor_id in actor_country}
        if not homes:
            return False
        parties = {actor for actor, _ in event.participants}
        if any(m.actor_id in parties for m in mentions):
            return False
        theirs = {known.country for actor in parties
                  if (known := self._actor_kb.actors.get(actor)) is not None and known.country}
        return homes.isdisjoint(theirs)

    def _party_countries(self, event: KnownEvent) -> frozenset[str]:
        """The states of the event's participants (as the actor knowledge base records them)."""
        if self._actor_kb is None:
            return frozenset()
        return frozenset(known.country for actor, _ in event.participants
                         if (known := self._actor_kb.actors.get(actor)) is not None and known.country)

    def _life_days(self, actor_id: str):
        """(born, died) of a person the actor knowledge base knows, each None where unknown."""
        known = self._actor_kb.actors.get(actor_id)
        return (known.born, known.died) if known is not None else (None, None)

    def _past_figure(self, actor_id: str, dct) -> bool:
        """Whether the knowledge base says the person died before the dct, or held every office it
        knows of them more than twenty years before it (Jefferson or Truman quoted in a speech)."""
        if dct is None:
            return False
        death = self.deaths.get(actor_id)
        if death is not None and death.date_begin is not None and death.date_begin < dct:
            return True
        roles = [r for r in self._actor_kb.roles_of(actor_id) if r.date_begin] if self._actor_kb is not None else []
        return bool(roles) and all(r.date_end is not None and (dct - r.date_end).days > 20 * 365 for r in roles)

    def _actor_types(self, doc: AnnotatedDocument) -> dict[str, str]:
        """Each named actor's type: the knowledge base's where it knows the actor."""
        types = {a.actor_id: a.type for a in doc.found.actors}
        if self._actor_kb is not None:
            for actor_id in {m.actor_id for m in doc.found.actor_mentions}:
                known = self._actor_kb.actors.get(actor_id)
                if known is not None:
                    types[actor_id] = known.type
        return types

    @staticmethod
    def _names_at(doc: AnnotatedDocument) -> dict[int, tuple[str, str, int]]:
        """Actor mentions by where they end: (actor id, canonical name, where they start)."""
        names = {a.actor_id: a.name for a in doc.found.actors}
        return {m.char_end: (m.actor_id, names.get(m.actor_id, m.text), m.char_start)
                for m in doc.found.actor_mentions}


def _named_in_sentence(layout: TextLayout, offset: int, mentions, mention_starts: list[int]) -> set[str]:
    """The actors named in the sentence at ``offset``."""
    lo, hi = layout.sentence(offset)
    return {m.actor_id for m in mentions[bisect.bisect_left(mention_starts, lo):bisect.bisect_left(mention_starts, hi)]}


def _dated_long_before(event: KnownEvent, layout: TextLayout, offset: int, timexes: list[Timex],
                       timex_starts: list[int]) -> bool:
    """Whether the sentence at ``offset`` is dated, by its own dates, more than a year before the
    event began: a descriptive phrase there ("withdrawal from Afghanistan") means a happening of
    that time, not the known event of the same words."""
    if event.date_begin is None:
        return False
    lo, hi = layout.sentence(offset)
    ends = [t.date_end for t in timexes[bisect.bisect_left(timex_starts, lo):bisect.bisect_left(timex_starts, hi)]
            if t.type == "DATE" and t.date_end is not None]
    return bool(ends) and (event.date_begin - max(ends)).days > 366


_CONJUNCTION = re.compile(r"\s(?:and|but|then|before|after)\s+(?=[a-z])")


class _UndatedReasons:
    """``undated_reason`` of one document's dates, each (date, sentence) worked out once: the dates that
    open clauses are asked again when their clauses are described (a quarter of the questions on BBC)."""

    __slots__ = ("cues", "text", "_known")

    def __init__(self, cues, text: str):
        self.cues, self.text = cues, text
        self._known: dict[tuple[tuple[int, int], tuple[int, int]], str | None] = {}

    def __call__(self, timex: tuple[int, int], sentence: tuple[int, int]) -> str | None:
        key = (timex, sentence)
        try:
            return self._known[key]
        except KeyError:
            reason = self._known[key] = undated_reason(self.cues, self.text, timex, sentence)
            return reason


def _conjunct_with(text: str, part: tuple[int, int], anchor: tuple[int, int]) -> tuple[int, int] | None:
    """The last coordinated predicate of ``part`` that holds the date ("... during his career and
    became Lord X in 1987" -> "became Lord X in 1987"), or None when no conjunction comes before it."""
    cut = None
    for m in _CONJUNCTION.finditer(text, part[0], anchor[0]):
        cut = m.end()
    return (cut, part[1]) if cut is not None and cut < anchor[0] else None


# Between an event noun and the relative clause that describes it ("the bombing of the embassy, which took place
# in March"): a few words of its own noun phrase, no verb-like break.
# Between a nominal trigger and the relative clause describing it: up to five words and the comma (", which"), or
# nothing but a space before a restrictive one ("the law that was repealed in 1990", "legislation which I proposed").
_ANTECEDENT_GAP = re.compile(r"(?:\s+[\w’'.-]+){0,5}?\s*,\s*|\s+")


_DESCRIBED_BY = re.compile(r"[\"”’']?\s*,?\s*(?:when|which|that|where|in\s+which|during\s+which)\s")
_DESCRIPTION_END = re.compile(r",|;|\s[–—-]\s")


def _holds_day(cand: Candidate, day) -> bool:
    """Whether the candidate's dates hold ``day`` ('"today I have realised a dream," he said': a
    quotation's "today" is the day of the saying too). A stretch of over a month counted back to the day
    ('"over the last ten years I have seen ...," he said') does not date the saying."""
    if day is None or cand.date_begin is None:
        return False
    end = cand.date_end or cand.date_begin
    return cand.date_begin <= day <= end and not (end == day and (end - cand.date_begin).days > 31)


def _described_until(text: str, end: int, limit: int) -> int:
    """Where the relative clause right after a name ends (the next comma), else the name's end."""
    if not _DESCRIBED_BY.match(text, end, limit):
        return end
    stop = _DESCRIPTION_END.search(text, end + 1, limit)
    return stop.start() if stop else end


def _triggers_within(triggers: TriggerKnowledge, text: str, spans: list[tuple[int, int, KnownEvent]]) -> bool:
    return any(case_blind(triggers.pattern).search(text, s, e) for s, e, _ in spans)


def _keep_text_date(by_kb: dict[int, list[Candidate]], kb: KnownEvent, text_cand: Candidate) -> None:
    for cand in by_kb.get(id(kb), ()):
        if cand.text_date is None and cand.span[0] <= text_cand.span[0] < cand.span[1] + 1:
            cand.text_date = text_cand.text_date
            return


def _common_words(text: str, span: tuple[int, int], name: str) -> bool:
    """Whether every content word of ``name`` is a common word of its clause: written there (its
    first five letters begin a word: "Exchange" for "exchanging"), never with a capital after the
    clause's first word (someone's name: "US Sanctions Russia"), and not taken from elsewhere
    ("Birth of James Callaghan" from "Born in 1912")."""
    clause = text[span[0]:span[1]]
    first = re.match(r"\W*\w+", clause)
    rest = clause[first.end():] if first else clause
    for word in name.split():
        if word.lower() in FUNCTION_WORDS:
            continue
        as_written, any_case = _stem_patterns(word[:5])
        if word[:1].isupper() and as_written.search(rest) or not any_case.search(clause):
            return False
    return True


@lru_cache(maxsize=2048)
def _stem_patterns(stem: str) -> tuple[re.Pattern, re.Pattern]:
    """A word's first letters beginning a word, as written and in any case (compiled once a stem)."""
    pattern = r"(?<![\w-])" + re.escape(stem)
    return re.compile(pattern), re.compile(pattern, re.IGNORECASE)


def _salient_person(person_starts: list[tuple[int, Named]], before: int, salience: dict[str, int]) -> Named | None:
    """Whom "he"/"she" means: of the last three people named before index ``before`` of
    ``person_starts``, the one the document names most (an obituary's "he" is its subject, not
    the colleague named last). Looks back over at most 50 names."""
    recent: list[Named] = []
    for _, person in reversed(person_starts[max(0, before - 50):before]):
        if all(p.actor_id != person.actor_id for p in recent):
            recent.append(person)
        if len(recent) == 3:
            break
    if not recent:
        return None
    return max(recent, key=lambda p: salience.get(p.actor_id, 0))


def _candidate_links(candidates: list[Candidate], doc_id: str) -> list[EventActor]:
    """Links a finder established itself (a tenure's holder, a life's person), one per pair."""
    links: dict[tuple[str, str], EventActor] = {}
    for cand in candidates:
        for actor_id, role, (start, end) in cand.actors:
            links.setdefault((cand.event_id, actor_id),
                             EventActor(cand.event_id, actor_id, role,
                                        "knowledge" if cand.source == "knowledge" else "text", doc_id, start, end))
    return sorted(links.values(), key=lambda l: (l.event_id, l.actor_id))


_INDEFINITE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
# "a major restructuring", "an economic restructuring": a one-word name after "a" and an adjective is
# a common noun ("a longer cold war", "a foreign oil embargo" may still mean the known one: left alone)
_INDEFINITE_DESCRIBED = re.compile(r"\b(?:[Aa]|[Aa]n)\s+(?!(?:of|in|on|for|to|at|by|with|from|after|before|since|during|"
                                   r"and|or|but|as|year|decade|month|week|day|time|result|lot|number|few)\b)[a-z][a-z-]*\s+$")
# Before any name, capitalised or not: one more of its kind, a likeness of the named event.
_LIKENESS = re.compile(r"\b(?:another|(?:a|an)\s+(?:second|third|new|latter-day|modern-day|fresh|repeat\s+of\s+the))\s+$",
                       re.IGNORECASE)
# An adjective saying the happening did not (yet) take place: "a threatened invasion of Kuwait".
_UNREAL = re.compile(r"\b(?:threatened|planned|possible|potential|imminent|feared|looming|hypothetical|"
                     r"would-be|contemplated)\s+$", re.IGNORECASE)
_NEXT = frozenset({"next", "coming", "forthcoming", "upcoming", "expected", "anticipated", "impending", "likely"})


def _choose(events: tuple[KnownEvent, ...], text: str, start: int, dct, years=None) -> KnownEvent:
    """Of the events sharing an alias, the one of a year the sentence names ("the G8 summit in
    2009"), else the one an ordinal before it or the dct selects: "the next general election" is the
    first after the dct, "the last" the latest before it, a bare election or meeting the nearest to
    the dct. ``years`` gives the sentence's years when called (only where the alias is shared)."""
    if len(events) == 1:
        return events[0]
    ordered = of_years(sorted(events, key=lambda e: e.date_begin), years() if years is not None else ())
    if len(ordered) == 1:
        return ordered[0]
    before = text[max(0, start - 20):start].lower().split()
    word = before[-1] if before else ""
    if word in ("first",):
        return ordered[0]
    if word in ("second",) and len(ordered) > 1:
        return ordered[1]
    if dct is not None:
        if word in _NEXT:
            coming = [e for e in ordered if e.date_begin > dct]
            if coming:
                return coming[0]
        if word in ("previous", "former", "last"):
            ended = [e for e in ordered if e.date_end and e.date_end <= dct]
            if ended:
                return ended[-1]
        running = [e for e in ordered if e.date_begin <= dct and (e.date_end is None or dct <= e.date_end)]
        if running:
            return running[-1]
        if all(e.kind in ("election", "meeting") for e in ordered):
            # "the general election", "the G7 summit" in the news is the one nearest the story,
            # coming or past.
            return min(ordered, key=lambda e: (abs((e.date_begin - dct).days), e.date_begin))
        past = [e for e in ordered if e.date_begin <= dct]
        if past:
            return past[-1]
    return ordered[0]


_PLACE_INDEXES: dict[int, tuple[object, PlaceIndex]] = {}


def _place_index(actor_kb) -> PlaceIndex:
    """One place index per loaded actor knowledge base (by identity: it is not hashable)."""
    cached = _PLACE_INDEXES.get(id(actor_kb))
    if cached is None or cached[0] is not actor_kb:
        cached = (actor_kb, PlaceIndex(actor_kb))
        _PLACE_INDEXES[id(actor_kb)] = cached
    return cached[1]


def _actor_knowledge(user_dirs: tuple[Path, ...]):
    """The actor knowledge base (for roles), or None where it is not installed."""
    try:
        from ...knowledge.actors import load_actor_knowledge
    except ImportError:
        return None
    return load_actor_knowledge(user_dirs)


__all__ = ["EventExtractor", "EXTRACTOR_NAME", "EXTRACTOR_VERSION", "Timex"]
