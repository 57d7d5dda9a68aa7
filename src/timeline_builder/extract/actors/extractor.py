"""``ActorExtractor``: every English rule applied to a document in order, and the result assembled.

The rules live beside it, one module per kind (``people``, ``dictionary``, ``citations``,
``aliases``, ``titles``, and the functions of ``groups``, ``references``, ``speakers``,
``companies``, ``places``, ``speech``);
Russian documents go to ``ru.py``. See the package docstring for what it returns.
"""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from ...knowledge.actors import (
    ROLE_SYNONYMS,
    ActorKnowledge,
    KnownActor,
    load_actor_knowledge,
)
from ...records import Actor, ActorMention, ActorRole, AnnotatedDocument, Extraction
from . import discover, references, speakers
from .aliases import AliasRules
from .citations import CitationRules
from .context import DocState
from .dictionary import DictionaryRules
from .groups import camp_groups, ideology_groups, movement_groups, team_groups
from .lexicon import Lexicon
from .people import PersonRules
from .speakers import ActorReference
from .titles import TitleRules

_LEXICONS: dict[int, tuple[ActorKnowledge, Lexicon]] = {}


def _lexicon(knowledge: ActorKnowledge) -> Lexicon:
    """One lexicon per loaded knowledge base (the loader caches the knowledge itself)."""
    cached = _LEXICONS.get(id(knowledge))
    if cached is None or cached[0] is not knowledge:
        cached = _LEXICONS[id(knowledge)] = (knowledge, Lexicon(knowledge))
    return cached[1]


class ActorExtractor(PersonRules, DictionaryRules, CitationRules, AliasRules, TitleRules):
    """Find actors in a document (see module docstring).

    Args:
        knowledge_dirs: user knowledge folders (``DIR/actors/*.tsv``) added to the packaged data.
        demonym_adjectives: count a demonym adjective that no head-noun rule claims ("Soviet
            Ambassador", "Russian diplomats") as a mention of its state (SCHEMA's Clarifications);
            False leaves bare adjectives out.
        knowledge: an already loaded knowledge base to use instead of loading one.
    """

    name = "actors"
    version = "1.0.0"

    def __init__(self, knowledge_dirs: tuple[Path, ...] = (), demonym_adjectives: bool = True,
                 knowledge: ActorKnowledge | None = None):
        self.knowledge = knowledge if knowledge is not None else load_actor_knowledge(tuple(knowledge_dirs))
        self.lexicon = _lexicon(self.knowledge)
        self.demonym_adjectives = demonym_adjectives
        self._last_titles: tuple[str, str, tuple[tuple[int, int, str], ...]] | None = None
        self.knowledge_dirs = tuple(Path(d) for d in knowledge_dirs)
        self._russian = None  # the Russian rules, set up when a Russian document arrives
        self.surnames: dict[str, list[KnownActor]] = {}
        for known in self.knowledge.actors.values():
            if known.type == "person":
                self.surnames.setdefault(discover.surname_of(known.name), []).append(known)
        self.plural_titles = references.plural_titles(self.knowledge.cues.get("person_titles", {}))
        role_names = {r.role for r in self.knowledge.roles} | {"president", "leader"} | set(ROLE_SYNONYMS)
        # Longest first; equal lengths alphabetically, so that the pattern is the same text in every
        # process (a set's order is not) and the kept compiled patterns (regex_cache) serve it.
        alternatives = "|".join(re.escape(r) for r in sorted(role_names, key=lambda r: (-len(r), r)))
        self.role_first_forms = frozenset(form for r in role_names if r.split()
                                          for word in (r.split()[0].lower(),)
                                          for form in (word, word.capitalize(), word.upper()))
        self.role_re = re.compile(
            r"\b[Tt]he\s+(?:(then|current|sitting|incumbent|new|present|former|late|future|next|previous|outgoing|"
            r"incoming|acting|interim|caretaker)\s+)?(?:([A-Z][\w.]*)\s+)??((?i:" + alternatives + r"))\b(?!\s+[A-Z])(?:\s+of\s+(?:the\s+)?"
            r"([A-Z][\w.]*(?:\s[A-Z][\w.]*)*))?")

    def __call__(self, doc: AnnotatedDocument) -> Extraction:
        language = (doc.document.language or "en")[:2].lower()
        if language != "en":
            return self._other_language(doc, language)
        state = self._read(doc)
        self._last_titles = (doc.document.doc_id, doc.document.text, tuple(state.titles))
        return self._assemble(state)

    def references(self, doc: AnnotatedDocument) -> tuple[ActorReference, ...]:
        """Spans that refer to an actor without naming it: titles ("the president", resolved at
        the date governing them) and a transcript speaker's first person ("I", "we", "my
        administration"; see ``speakers.py``). English documents only. For the event and link
        stages: called with the document just extracted, the titles are not computed twice."""
        if (doc.document.language or "en")[:2].lower() != "en":
            return ()
        text = doc.document.text
        last = self._last_titles
        if last is not None and last[0] == doc.document.doc_id and last[1] == text:
            titles = last[2]
        else:
            titles = tuple(self._read(doc).titles)
        found = [ActorReference(holder, start, end, text[start:end], "title") for start, end, holder in titles]
        found.extend(speakers.speaker_references(doc.document, self.knowledge))
        return tuple(sorted(found, key=lambda r: (r.char_start, r.char_end, r.actor_id)))

    def _read(self, doc: AnnotatedDocument) -> DocState:
        """Apply every rule to an English document; the state holds mentions, actors, roles, titles."""
        state = DocState.build(doc, self.knowledge, self.lexicon)
        matches = self.lexicon.scan(state.tokens, state.vocabulary, state.capitalised, state.positions)
        match_at = {m.first: m for m in matches}
        match_end = {m.last: m for m in matches}
        # What the knowledge base's names in the text stand for (a surname's office holder is
        # chosen among people of the states and organisations the document names).
        named = {e.actor_id for m in matches for e in m.entries if e.kind != "block"}
        state.cache["named_ids"] = named
        state.cache["named_countries"] = {known.country for a in named if (known := self.knowledge.actors.get(a))
                                          is not None and known.type == "state" and known.country}
        self._note_full_names(state, matches)
        for start, end in speakers.label_spans(state.text, self.knowledge):
            state.block(start, end)  # "THE PRESIDENT:", "SECRETARY RUSK:": labels name no one
        for run in discover.find_runs(state):
            if not state.is_blocked(state.tokens.starts[run.first], state.tokens.ends[run.last - 1]):
                self._run(state, run, match_at, match_end)
        references.names_after_plural_title(state, self.plural_titles, match_end, self._surname_person)
        self._dictionary(state, matches, match_at, match_end)
        self._citations(state)
        self._citation_sources(state)
        self._acronyms(state)
        self._administrations(state)
        self._full_names_of_titled_surnames(state)
        self._short_forms(state, match_at, match_end)
        self._given_name_short_forms(state)
        camp_groups(state)
        movement_groups(state)
        team_groups(state)
        ideology_groups(state)
        self._titles(state)
        self._our_country(state, matches)
        references.alliance_references(state)
        references.armed_services(state)
        references.drop_quoted_people(state)
        self._merge_lone_names(state)
        self._repeated_organisations(state)
        self._short_names_of_organisations(state)
        self._merge_unqualified(state)
        references.collective_subjects(state)
        return state

    def _other_language(self, doc: AnnotatedDocument, language: str) -> Extraction:
        """Russian has rules of its own (``ru.py``); other languages have none (the temporal stage says so)."""
        if language != "ru":
            return Extraction()
        if self._russian is None:
            from ...knowledge.actors_ru import load_russian_actor_knowledge
            from .ru import RussianActors

            self._russian = RussianActors(self.knowledge, load_russian_actor_knowledge(self.knowledge, self.knowledge_dirs),
                                          self.knowledge_dirs)
        return self._russian(doc)

    # -- output ------------------------------------------------------------------------------------
    def _assemble(self, state: DocState) -> Extraction:
        doc_id = state.doc.document.doc_id
        text = state.text
        mentions = sorted({(m.start, m.end, m.actor_id) for m in state.mentions})
        used = {actor_id for _, _, actor_id in mentions}
        surfaces: dict[str, set[str]] = {}
        for start, end, actor_id in mentions:
            surfaces.setdefault(actor_id, set()).add(state.full_names.get((start, end), text[start:end]))
        actors = tuple(Actor(info.actor_id, info.name, info.type, info.country, tuple(sorted(surfaces[info.actor_id])),
                             info.role, info.wikidata, info.source)
                       for info in sorted(state.actors.values(), key=lambda a: a.actor_id) if info.actor_id in used)
        roles = set()
        for actor in actors:
            if actor.source == "knowledge":
                for r in self.knowledge.roles_of(actor.actor_id):
                    roles.add(ActorRole(actor.actor_id, r.role, r.organization, r.date_begin, r.date_end, "knowledge"))
        for r in state.text_roles:
            if r.actor_id in used:
                roles.add(ActorRole(r.actor_id, r.role, r.organization, None, None, "text"))
        return Extraction(
            actors=actors,
            actor_mentions=tuple(ActorMention(a, doc_id, s, e, text[s:e]) for s, e, a in mentions),
            actor_roles=tuple(sorted(roles, key=lambda r: (r.actor_id, r.date_begin or date.min, r.role, r.source))),
        )

