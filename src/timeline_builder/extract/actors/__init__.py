"""The actor extractor: knowledge-base matching, discovery, short forms, groups and roles.

Registered as ``actors``. For each document it returns one ``Actor`` per real-world actor,
an ``ActorMention`` per span naming it, and ``ActorRole`` rows (the knowledge base's
time-bounded roles of the actors found, and roles the text gives). See
``knowledge/actors.py`` for the data it reads and ``gold/SCHEMA.md`` for the conventions.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from datetime import date
from pathlib import Path

from ...knowledge.actors import ROLE_SYNONYMS, ActorKnowledge, KnownActor, load_actor_knowledge, normalise_role
from ...records import Actor, ActorMention, ActorRole, AnnotatedDocument, Extraction, slugify
from ..registry import register
from . import discover, references, speakers
from .context import DocState, TextRole
from .groups import add_group_mention, organisation_phrase, camp_groups, ideology_groups, modifier_group, plural_demonym_group, team_groups
from .lexicon import Entry, Lexicon, Match
from .places import is_place, white_house_is_institution
from .speakers import ActorReference

HOME_ROLES = ("president", "vice president", "secretary of state", "secretary of defense", "national security advisor",
              "prime minister", "chancellor", "premier", "general secretary")
ADMINISTRATION_WORDS = frozenset({"administration", "administrations", "presidency", "White"})
PREFIXES = {"pro", "anti", "post", "pre", "neo", "ex", "non"}
LOCATIVE_BEFORE_NAME = {"at", "near", "outside", "inside", "across", "via"}
ROLE_MODIFIERS_RESOLVED = {None, "then", "current", "sitting", "incumbent", "new", "present"}
OUR_COUNTRY_RE = re.compile(r"\b[Oo]ur (?:country|nation)\b(?!s)")
MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December", "No", "Vol", "Issue", "P", "Pp", "In"}
SOURCE_AFTER_TITLE_RE = re.compile(r"[”\"]\s*,?\s+(?P<source>[A-Z][\w.&’'-]*(?: [\w.&’'-]+){0,6})"
                                   r"(?=,\s*(?:\d|[A-Z][a-z]+\.?\s*\d|No\.|Vol\.))")
SOURCE_AFTER_DATE_RE = re.compile(r"\b\d{4}, (?P<source>[A-Z][\w.&’'-]*(?: (?:[A-Z&][\w.&’'-]*|of|for|on|the|and|in)){0,6})\.?\s*$",
                                  re.MULTILINE)
ORGANISATION_CATEGORIES = {"organizations", "organisations", "institutions", "tanks", "foundations", "institutes",
                           "companies", "firms", "corporations", "outlets", "newspapers", "agencies", "groups",
                           "ngos", "parties", "banks", "universities", "publications", "media", "broadcasters"}
SPEECH_VERBS = {"said", "says", "argues", "argued", "believes", "believed", "noted", "notes", "wrote", "writes",
                "stressed", "warned", "warns", "claimed", "claims", "insists", "insisted", "added", "told",
                "suggested", "suggests", "thinks", "thought", "emphasized", "emphasised", "observed", "recalled",
                "remarked", "admitted", "acknowledged", "declared", "stated", "explained", "concluded"}
OUR_INSTITUTION_RE = re.compile(r"\b[Oo]ur (embassy|foreign ministry|ministry|government|parliament|army|navy|"
                                r"delegation|mission|consulate|academy|president|leadership)\b")
APPOSITION_RE = re.compile(r"\s*,\s*((?:who|whom|whose|then|at the time|the (?:leader|head|ruler))\b[^,;.!?()]*)")
FOLLOWING_WORD_RE = re.compile(r"\s*([A-Z][a-z]+)")
ACRONYM_RE = re.compile(r"\(([A-Z][A-Za-z&]{1,7})\)")
SURNAME_INITIALS_RE = re.compile(r"(?<![\w.])([A-Z][a-z]+(?:-[A-Z][a-z]+)?) ((?:[A-Z]\.){1,3})(?=[\s,;“\"]|$)")
INITIALS_SURNAME_RE = re.compile(r"(?<![\w.])((?:[A-Z]\.\s?){1,3})([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)\b")


PARENTHESISED_NAME_RE = re.compile(r"\(([A-Z][\w-]*(?:\s+(?:(?:of|for|on|the|and|in)\s+)?[A-Z][\w-]*){1,7})\)")
ACRONYM_BEFORE_RE = re.compile(r"\b([A-Z]{2,8})(?:[’']s)?\s*$")
CAPITAL_DOT_RE = re.compile(r"[A-Z]\.")


def _abbreviates(acronym: str, initials: str) -> bool:
    """The initials spell the acronym's letters in order, from its first ("KF" in "KFOR")."""
    if len(initials) < 2 or initials[0] != acronym[0]:
        return False
    letters = iter(acronym)
    return all(char in letters for char in initials)


_LEXICONS: dict[int, tuple[ActorKnowledge, Lexicon]] = {}


def _lexicon(knowledge: ActorKnowledge) -> Lexicon:
    """One lexicon per loaded knowledge base (the loader caches the knowledge itself)."""
    cached = _LEXICONS.get(id(knowledge))
    if cached is None or cached[0] is not knowledge:
        cached = _LEXICONS[id(knowledge)] = (knowledge, Lexicon(knowledge))
    return cached[1]


class ActorExtractor:
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
        alternatives = "|".join(re.escape(r) for r in sorted(role_names, key=len, reverse=True))
        self.role_first_forms = frozenset(form for r in role_names if r.split()
                                          for word in (r.split()[0].lower(),)
                                          for form in (word, word.capitalize(), word.upper()))
        self.role_re = re.compile(
            r"\b[Tt]he\s+(?:(then|current|sitting|incumbent|new|present|former|late|future|next|previous|outgoing|"
            r"incoming)\s+)?(?:([A-Z][\w.]*)\s+)??((?i:" + alternatives + r"))\b(?!\s+[A-Z])(?:\s+of\s+(?:the\s+)?"
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
        matches = self.lexicon.scan(state.tokens, state.vocabulary)
        match_at = {m.first: m for m in matches}
        match_end = {m.last: m for m in matches}
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
        self._short_forms(state, match_at, match_end)
        camp_groups(state)
        team_groups(state)
        ideology_groups(state)
        self._titles(state)
        self._our_country(state, matches)
        references.alliance_references(state)
        references.armed_services(state)
        references.drop_quoted_people(state)
        self._merge_unqualified(state)
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

    # -- discovery over capitalised runs -------------------------------------------------
    def _run(self, state: DocState, run: discover.Run, match_at: dict[int, Match], match_end: dict[int, Match]) -> None:
        tokens = state.tokens
        exact = match_at.get(run.first)
        if exact is not None and exact.last == run.last:
            person = next((e.actor_id for e in exact.entries if self._is_person(e)), None)
            if person is not None:
                self._known_person_role(state, run, person, match_at, match_end)
            return
        if run.last - run.first == 1:
            # One word: never an organisation or event shape, nothing to split.
            if self._listed_as_organisation(state, run):
                start, end = tokens.starts[run.first], tokens.ends[run.first]
                state.mention(start, end, state.add_discovered(state.text[start:end], "organization"))
                state.block(start, end)
            else:
                self._person_run(state, run, match_at, match_end)
            return
        if references.is_service_name(tokens.words, run.first, run.last):
            return  # "the Air Force", "the Armed Forces": a service of the document's state (references.py)
        found = discover.classify_run(state, run)
        if found is not None:
            kind, first, last = found
            lead = first
            while lead > run.first and tokens.words[lead - 1] in discover.CONNECTORS:
                lead -= 1
            if lead - run.first >= 2:
                # "John Mearsheimer of the University of Chicago": a name before the organisation.
                self._run(state, discover.Run(run.first, lead), match_at, match_end)
            while first < last and tokens.words[first] in ("The", "the"):
                first += 1
            inner = match_at.get(first)
            if inner is not None and inner.last == last:
                return
            start, end = tokens.starts[first], tokens.ends[last - 1]
            if kind == "event":
                state.block(start, end)
            elif last - first >= 2:
                referenced = discover.state_reference(state, inner)
                country = self.knowledge.actors[referenced].country if referenced else None
                if country is None and inner is not None and inner.last < last:
                    owner = self.knowledge.actors.get(inner.entries[0].actor_id)
                    country = owner.country if owner is not None and owner.type != "person" else None
                if referenced and inner.first == first and organisation_phrase(state, inner, referenced):
                    # "US Embassy", "the Russian Army": one naming with "the US embassy", "the
                    # Russian army" (groups.organisation_phrase).
                    return
                tail = match_at.get(inner.last) if inner is not None else None
                known = self._known_organisation(tail, last, country)
                if known is not None:
                    # "British Foreign Office" is the knowledge base's (UK) Foreign Office: a
                    # state's name or demonym before a known organisation of that state.
                    state.mention(start, end, state.add_known(known))
                    state.block(start, end)
                    return
                org_id = state.add_discovered(state.text[start:end], "organization", country)
                state.mention(start, end, org_id)
                state.block(start, end)
            return
        if self._listed_as_organisation(state, run):
            start, end = tokens.starts[run.first], tokens.ends[run.last - 1]
            state.mention(start, end, state.add_discovered(state.text[start:end], "organization"))
            state.block(start, end)
            return
        words = tokens.words
        after_title = run.first
        while (title := discover.title_at(state, after_title, run.last)) is not None:
            after_title = title[1]  # "Secretary of State Marco Rubio": a title's own connectors
        joint = next((k for k in range(after_title + 1, run.last) if words[k] in discover.CONNECTORS
                      and words[k] not in discover.NAME_PARTICLES), None)
        if joint is not None:
            # "Senator Arthur Vandenberg in the US": a run joined by a connector that names no
            # organisation is a name and what follows it.
            self._person_run(state, discover.Run(run.first, joint), match_at, match_end)
            while joint < run.last and words[joint] in discover.CONNECTORS:
                joint += 1
            if joint < run.last:
                self._run(state, discover.Run(joint, run.last), match_at, match_end)
            return
        self._person_run(state, run, match_at, match_end)

    def _known_organisation(self, match: Match | None, last: int, country: str | None) -> KnownActor | None:
        """The known organisation of ``country`` that ``match`` names, if it ends at ``last``."""
        if match is None or match.last != last or country is None:
            return None
        for entry in match.entries:
            known = self.knowledge.actors.get(entry.actor_id)
            if known is not None and known.type == "organization" and known.country == country and entry.kind == "name":
                return known
        return None

    def _known_person_role(self, state: DocState, run: discover.Run, person: str, match_at: dict[int, Match],
                           match_end: dict[int, Match]) -> None:
        """"Kremlin spokesman Dmitry Peskov": the role a text gives a known person."""
        before = discover.role_before(state, run.first, match_end)
        span = (before[0], run.first) if before is not None else discover.apposition_after(state, run.last)
        if span is not None:
            country = before[1] if before is not None else None
            self._text_role(state, person, span, self._organization_in(state, span, match_at) or country)

    def _listed_as_organisation(self, state: DocState, run: discover.Run) -> bool:
        """"organizations such as American Compass", "think tanks like X": the category names the kind."""
        words = state.tokens.words
        k = run.first - 1
        if k >= 0 and words[k] in ("the", "The"):
            k -= 1
        if k >= 1 and words[k - 1] == "such" and words[k] == "as":
            k -= 2
        elif k >= 0 and words[k] in ("like", "including"):
            k -= 1
        else:
            return False
        while k >= 0 and words[k] in ("also", "are", "is", ",", "of", "interest"):
            k -= 1
        return k >= 0 and words[k].lower() in ORGANISATION_CATEGORIES

    def _person_run(self, state: DocState, run: discover.Run, match_at: dict[int, Match],
                    match_end: dict[int, Match]) -> None:
        words, starts, ends = state.tokens.words, state.tokens.starts, state.tokens.ends
        first, last = run.first, run.last
        titles = self.knowledge.cues.get("person_titles", {})
        speaks = self._speaks(state, run)
        if last - first == 1 and not speaks and (
                first == 0 or words[first - 1].lower() not in discover.title_edges(titles)[1]):
            return  # a lone capitalised word is a person only after a title ("senator Smith") or as a speaker
        country, role_span, title = None, None, None
        p = first
        lead = match_at.get(p)
        lead_state = discover.state_reference(state, lead)
        if lead_state and lead.last < last:
            t = discover.title_at(state, lead.last, last)
            if t is not None:
                country, title, role_span, p = lead_state, t, (first, t[1]), t[1]
        while p < last:
            # "Mr. General Secretary", "Secretary of State Marco Rubio": titles may stack.
            t = discover.title_at(state, p, last)
            if t is None:
                break
            title, role_span, p = t, (first, t[1]), t[1]
        if title is None:
            before = discover.role_before(state, first, match_end)
            if before is not None:
                role_span, country = (before[0], first), before[1]
                title = discover.title_at(state, 0, first, backwards=True)
            elif first >= 2 and words[first - 1] == "," and last < len(words) and words[last] in ",.;":
                # "Its president, Bijan Ahmadi, argues": a title set off before the name.
                before = discover.role_before(state, first - 1, match_end)
                if before is not None:
                    role_span, country = (before[0], first - 1), before[1]
        if p >= last:
            return
        title_text = " ".join(words[title[0]:title[1]]).lower().replace(" .", ".") if title else None
        honorific = bool(title_text) and titles.get(title_text, "no") == "yes"
        named = match_at.get(p)
        if named is not None and named.last == last:
            if role_span is not None and any(self._is_person(e) for e in named.entries):
                person = next(e.actor_id for e in named.entries if self._is_person(e))
                self._text_role(state, person, role_span, country)
            return
        if title is not None and p < last and words[p] in discover.HEAD_FOLLOWERS:
            # "Special Envoy for Arms Control Marshall Billingslea": the name closes the run.
            tail = [k for k in range(p, last) if discover.is_cap(words[k])][-2:]
            if len(tail) == 2 and tail[0] + 1 == tail[1] and tail[1] == last - 1:
                role_span, p = (role_span[0], tail[0]), tail[0]
        closing = match_end.get(last)
        if closing is not None and closing.first <= p and not any(self._is_person(e) for e in closing.entries):
            # "President of the United States": a title before a known state or organisation
            # names an office of it, not a person; the dictionary pass takes the name.
            return
        if not discover.person_name_tokens(words, p, last):
            return
        capitals = [k for k in range(p, last) if discover.is_cap(words[k])]
        appos = None
        if role_span is None:
            appos = discover.apposition_after(state, last)
            if appos is not None:
                role_span = appos
        given = words[p] in self.knowledge.cues.get("given_names", {})
        start, end = starts[p], ends[last - 1]
        if title is None and first > 0 and words[first - 1].lower() in ("the", "a", "an"):
            return  # "the Great Depression": a determiner does not precede a person's name
        if title is None and not speaks and first > 0 and words[first - 1].lower() in LOCATIVE_BEFORE_NAME:
            return  # "at Walter Reed", "near Alexander Platz": an untitled name after "at" is a place
        if len(capitals) == 1:
            if not (honorific or speaks):
                return
            if speaks and not honorific:
                if match_at.get(p) is not None:
                    return
                person = state.add_discovered(words[p], "person")
            else:
                person = self._surname_person(state, words[capitals[0]], start, title_text, country,
                                              state.text[start:end])
            if person is None:
                return
        else:
            if not (role_span or given or speaks or discover.is_citation_author(state, run)):
                return
            inner = [match_at[k] for k in range(p, last) if k in match_at]
            if inner and not given and not role_span:
                return
            name = state.text[start:end]
            if inner and any(self._is_person(e) for m in inner for e in m.entries):
                # "Ivanka Trump" is not Donald Trump: a different given name before a known
                # surname makes another person; the known person's own names keep theirs.
                known_names = {n for m in inner for e in m.entries if self._is_person(e)
                               for n in (self.knowledge.actors[e.actor_id].name, *self.knowledge.actors[e.actor_id].aliases)}
                if not given or inner[0].first == p or any(n.startswith(words[p]) for n in known_names):
                    return
            role_country = country or self._country_in(state, role_span, match_at)
            person = state.add_discovered(name, "person",
                                          self.knowledge.actors[role_country].country if role_country else None,
                                          actor_id=discover.person_id(state, name))
        state.mention(start, end, person)
        state.block(start, end)
        if role_span is not None:
            self._text_role(state, person, role_span,
                            self._organization_in(state, role_span, match_at) or country
                            or self._country_in(state, role_span, match_at))

    def _speaks(self, state: DocState, run: discover.Run) -> bool:
        """"Karaganov argues", "John Mearsheimer wrote": a name as the subject of a verb of saying."""
        words = state.tokens.words
        if run.last >= len(words) or words[run.last] not in SPEECH_VERBS:
            return False
        first = words[run.first]
        common = self.knowledge.cues.get("common_words", {})
        if first in common or (run.last - run.first == 1 and (
                first.endswith("s") or first in self.knowledge.cues.get("org_heads", {}))):
            return False  # "Officials said", "Sources say"
        return not (run.last - run.first == 1 and first.isupper())  # acronyms are organisations

    def _is_person(self, entry: Entry) -> bool:
        known = self.knowledge.actors.get(entry.actor_id)
        return known is not None and known.type == "person" and entry.kind == "name"

    def _organization_in(self, state: DocState, span: tuple[int, int] | None,
                         match_at: dict[int, Match]) -> str | None:
        """The organisation a role phrase names ("former NSC chief of staff" -> the NSC), else its state."""
        if span is None:
            return None
        for k in range(span[0], span[1]):
            match = match_at.get(k)
            for entry in match.entries if match is not None else ():
                known = self.knowledge.actors.get(entry.actor_id)
                if known is not None and known.type == "organization" and entry.kind == "name":
                    return known.actor_id
        return self._country_in(state, span, match_at)

    def _country_in(self, state: DocState, span: tuple[int, int] | None, match_at: dict[int, Match]) -> str | None:
        if span is None:
            return None
        for k in range(span[0], span[1]):
            found = discover.state_reference(state, match_at.get(k))
            if found:
                return found
        return None

    def _text_role(self, state: DocState, person: str, span: tuple[int, int], country: str | None) -> None:
        tokens = state.tokens
        text = state.text[tokens.starts[span[0]]:tokens.ends[span[1] - 1]].strip(" ,")
        if text:
            state.text_roles.append(TextRole(person, text, country))
            info = state.actors.get(person)
            if info is not None and info.source == "discovered" and not info.role:
                info.role = text

    def _surname_person(self, state: DocState, surname: str, offset: int, title: str | None,
                        country: str | None, written: str | None = None) -> str | None:
        """The person a title + lone surname names: one found in the document, else the knowledge base."""
        for info in state.people_named(surname):
            return info.actor_id
        candidates = self.surnames.get(surname, [])
        on = state.date_at(offset)
        if title and on is not None:
            # "Pope Paul" in 1966 is not John Paul II: nobody bears a title before first holding it.
            wanted = normalise_role(title)
            candidates = [k for k in candidates if not (
                (titled := [r for r in self.knowledge.roles_of(k.actor_id) if r.role == wanted])
                and all(r.date_begin is not None and r.date_begin > on for r in titled))]
        if candidates and on is not None:
            holders = [k for k in candidates if any(r.holds_on(on) for r in self.knowledge.roles_of(k.actor_id))]
            if title:
                wanted = normalise_role(title)
                titled = [k for k in holders if any(r.role == wanted and r.holds_on(on)
                                                    for r in self.knowledge.roles_of(k.actor_id))]
                holders = titled or holders
            if len(holders) == 1:
                return state.add_known(holders[0])
        if title and len(candidates) > 1:
            # "President Kennedy" said in 1984: the one Kennedy who ever was president.
            wanted = normalise_role(title)
            ever = [k for k in candidates if any(r.role == wanted for r in self.knowledge.roles_of(k.actor_id))]
            if len(ever) == 1:
                return state.add_known(ever[0])
        if len(candidates) == 1:
            return state.add_known(candidates[0])
        if candidates:
            return None
        return state.add_discovered(written or surname, "person", actor_id=slugify(written or surname))

    # -- dictionary matches ----------------------------------------------------------------
    def _dictionary(self, state: DocState, matches: list[Match], match_at: dict[int, Match],
                    match_end: dict[int, Match]) -> None:
        tokens = state.tokens
        for match in matches:
            start, end = tokens.starts[match.first], tokens.ends[match.last - 1]
            if state.is_blocked(start, end) or state.covered(start, end):
                continue
            kinds = {e.kind for e in match.entries}
            if "block" in kinds:
                state.block(start, end)
                continue
            names = [e for e in match.entries if e.kind == "name"]
            metonyms = [e for e in match.entries if e.kind == "metonym"]
            if names and metonyms:
                institution = white_house_is_institution(state, match, match_at, match_end)
                chosen = self._choose(state, names if institution else metonyms, start)
                state.mention(start, end, state.add_known(self.knowledge.actors[chosen]))
            elif names:
                chosen = self._choose(state, names, start)
                known = self.knowledge.actors[chosen]
                if known.type == "state" and organisation_phrase(state, match, chosen):
                    continue
                state.mention(start, end, state.add_known(known))
                if known.type == "state":
                    modifier_group(state, match, chosen, False, match_at)
            elif metonyms:
                if (is_place(state, match, match_at, match_end) or self._address(state, match)
                        or not self._metonym_exists(state, metonyms, start)):
                    continue
                chosen = self._choose(state, metonyms, start)
                state.mention(start, end, state.add_known(self.knowledge.actors[chosen]))
            elif "group" in kinds:
                following = state.tokens.words[match.last] if match.last < len(state.tokens.words) else ""
                if following[:1].isupper() and state.text[end:end + 1] == " ":
                    continue  # "West Berlin", "West Point": the start of another name
                group = next(e for e in match.entries if e.kind == "group")
                add_group_mention(state, start, end, state.add_known(self.knowledge.actors[group.actor_id]))
            else:
                self._demonym(state, match, match_at, match_end, start, end)

    def _address(self, state: DocState, match: Match) -> bool:
        """"Higher School of Economics, Moscow": a city after an organisation's name is its address."""
        tokens = state.tokens
        if match.first < 2 or tokens.words[match.first - 1] != ",":
            return False
        comma = tokens.starts[match.first - 1]
        return any(state.actors[m.actor_id].type == "organization" for m in state.mentions_ending_at(comma))

    def _demonym(self, state: DocState, match: Match, match_at: dict[int, Match], match_end: dict[int, Match],
                 start: int, end: int) -> None:
        words = state.tokens.words
        if state.covered(start, end, layer="group"):
            return
        chosen = self._choose(state, [e for e in match.entries if e.kind == "demonym"], start)
        if match.first >= 2 and words[match.first - 1] == "-" and words[match.first - 2].lower() in PREFIXES:
            return  # "anti-Russian", "post-Soviet": a stance or a period, not the state
        if organisation_phrase(state, match, chosen) or modifier_group(state, match, chosen, True, match_at):
            return
        known = self.knowledge.actors[chosen]
        if known.type == "organization":
            # "Tory leader Margaret Thatcher", "Liberal Democrat MPs": a party's adjective names it.
            if self.demonym_adjectives and self._bare_adjective_names_state(state, match):
                state.mention(start, end, state.add_known(known))
            return
        if known.type != "state":
            return
        after = words[match.last] if match.last < len(words) else ""
        if words[match.first].lower() != words[match.first] and match.first >= 1 and \
                words[match.first - 1] in ("the", "The") and after not in self.knowledge.group_nouns:
            # "the Russians have", "the British were": the people named with an article are the state.
            if after[:1].islower() or not after[:1].isalpha():
                state.mention(start, end, state.add_known(known))
                return
        if plural_demonym_group(state, match, chosen):
            return
        joined = ((match.first >= 1 and words[match.first - 1] == "-" and self._names_state(match_end.get(match.first - 1)))
                  or (match.last < len(words) and words[match.last] == "-" and self._names_state(match_at.get(match.last + 1))))
        if joined or (self.demonym_adjectives and self._bare_adjective_names_state(state, match)):
            state.mention(start, end, state.add_known(known))

    def _bare_adjective_names_state(self, state: DocState, match: Match) -> bool:
        """A demonym adjective whose head noun no rule claimed names its state ("Russian diplomats",
        "Soviet Ambassador Dobrynin"), except inside a period's name ("Soviet times") or a
        title-case name it begins ("American Defense in an Age of ...")."""
        words = state.tokens.words
        start = state.tokens.starts[match.first]
        if state.in_timex(start):
            return False
        after = words[match.last] if match.last < len(words) else ""
        if after[:1].isupper() and after.isalpha():
            titles = self.knowledge.cues.get("person_titles", {})
            return discover.title_at(state, match.last, len(words)) is not None or after.lower() in titles
        return True

    def _names_state(self, match: Match | None) -> bool:
        return match is not None and any(
            e.kind == "name" and self.knowledge.actors[e.actor_id].type == "state" for e in match.entries)

    def _choose(self, state: DocState, entries: list[Entry], offset: int) -> str:
        """Pick among actors sharing a surface form by the date of the sentence."""
        ids = list(dict.fromkeys(e.actor_id for e in entries))
        if len(ids) == 1:
            return ids[0]
        on = state.date_at(offset)
        if on is not None:
            existing = [a for a in ids if self.knowledge.actors[a].exists_on(on)]
            holders = [a for a in existing if any(r.holds_on(on) for r in self.knowledge.roles_of(a))]
            if holders or existing:
                return (holders or existing)[0]
        return ids[0]

    def _metonym_exists(self, state: DocState, entries: list[Entry], offset: int) -> bool:
        """A capital stands for a government only while that state exists ("Berlin" in 1987 is a city)."""
        on = state.date_at(offset)
        return on is None or any(self.knowledge.actors[e.actor_id].exists_on(on) for e in entries)

    # -- citations, acronyms, short forms ----------------------------------------------------
    def _citations(self, state: DocState) -> None:
        if not any(m.start() == 0 or not state.text[m.start() - 1].isalpha()
                   for m in CAPITAL_DOT_RE.finditer(state.text)):
            return  # no initial ("E.", "A.F.") anywhere: no citation-style name
        common = self.knowledge.cues.get("common_words", {})
        for regex, surname_group, initials_group in ((SURNAME_INITIALS_RE, 1, 2), (INITIALS_SURNAME_RE, 2, 1)):
            for m in regex.finditer(state.text):
                surname, initials = m.group(surname_group), m.group(initials_group).replace(" ", "")
                if surname in common or state.covered(m.start(), m.end()) or state.is_blocked(m.start(), m.end()):
                    continue
                following = FOLLOWING_WORD_RE.match(state.text, m.end())
                if regex is SURNAME_INITIALS_RE and following and following.group(1) not in common:
                    continue
                if any(e.kind != "name" or self.knowledge.actors[e.actor_id].type != "person"
                       for e in self.lexicon.lookup(surname)):
                    continue
                person = self._person_by_surname(state, surname, initials[0])
                if person is None and regex is INITIALS_SURNAME_RE:
                    for stem in discover.uninflect(surname):
                        person = self._person_by_surname(state, stem, initials[0])
                        if person:
                            break
                if person is None:
                    if regex is INITIALS_SURNAME_RE:
                        continue
                    person = state.add_discovered(f"{initials} {surname}", "person")
                state.mention(m.start(), m.end(), person)

    def _citation_sources(self, state: DocState) -> None:
        """The publication in a reference: “Title,” Source, date — or — date, Source."""
        months = MONTHS
        for regex in (SOURCE_AFTER_TITLE_RE, SOURCE_AFTER_DATE_RE):
            for m in regex.finditer(state.text):
                name = m.group("source").strip()
                if name.endswith(".") and name.split()[-1][:-1] not in discover.ABBREVIATIONS:
                    name = name[:-1]
                start = m.start("source")
                end = start + len(name)
                if name.split()[0].rstrip(".,") in months or state.covered(start, end) or state.is_blocked(start, end):
                    continue
                if any(self.knowledge.actors[e.actor_id].type in ("person", "state") for e in self.lexicon.lookup(name)):
                    continue
                state.mention(start, end, state.add_discovered(name, "organization"))

    def _person_by_surname(self, state: DocState, surname: str, initial: str) -> str | None:
        for info in state.people_named(surname):
            if info.name[:1] == initial:
                return info.actor_id
        known = [k for k in self.surnames.get(surname, []) if k.name[:1] == initial]
        return state.add_known(known[0]) if len(known) == 1 else None

    def _acronyms(self, state: DocState) -> None:
        words, starts, ends = state.tokens.words, state.tokens.starts, state.tokens.ends
        expansions: dict[str, str] = {}
        for m in ACRONYM_RE.finditer(state.text):
            acronym = m.group(1)
            before = [x for gap in (0, 1, 2) for x in state.mentions_ending_at(m.start() - gap)]
            if not before:
                continue
            owner = state.actors[before[0].actor_id]
            if owner.type != "organization" or owner.name[:1].upper() != acronym[0]:
                continue
            expansions[acronym] = owner.actor_id
        for m in PARENTHESISED_NAME_RE.finditer(state.text):
            # "ISAF (International Security Assistance Force)": the expansion after an acronym
            # (found from the parenthesis, whose literal "(" the regex engine finds fast).
            before = ACRONYM_BEFORE_RE.search(state.text, max(0, m.start() - 16), m.start())
            if before is None:
                continue
            acronym, expansion = before.group(1), m.group(1)
            initials = "".join(w[0] for w in expansion.split() if w[0].isupper())
            if acronym in expansions or not _abbreviates(acronym, initials):
                continue
            start, end = m.span(1)
            named = [x.actor_id for x in state.mentions_starting_in(start, start + 1)
                     if x.end == end and state.actors[x.actor_id].type == "organization"]
            if named:
                expansions[acronym] = named[0]  # the expansion was found as an organisation already
                continue
            if state.covered(start, end) or state.covered(before.start(1), before.end(1)):
                continue
            org = state.add_discovered(expansion, "organization")
            state.mention(start, end, org)
            state.block(start, end)
            expansions[acronym] = org
        if not expansions:
            return
        for k in [k for k, word in enumerate(words) if word in expansions]:
            if not state.covered(starts[k], ends[k]):
                state.mention(starts[k], ends[k], expansions[words[k]])

    def _administrations(self, state: DocState) -> None:
        """"the Clinton administration": a surname before administration/presidency names the
        president of that name (the one in office at the sentence's date, else the latest before it)."""
        if not state.has_any(ADMINISTRATION_WORDS):
            return
        words, starts, ends = state.tokens.words, state.tokens.starts, state.tokens.ends
        for k in [k for k in range(len(words) - 1) if words[k + 1] in ADMINISTRATION_WORDS]:
            if words[k + 1] not in ADMINISTRATION_WORDS or \
                    words[k] not in self.surnames or state.covered(starts[k], ends[k]):
                continue
            if words[k + 1] == "White" and (k + 2 >= len(words) or words[k + 2] != "House"):
                continue
            on = state.date_at(starts[k]) or date.max
            presidents = [(r.date_begin or date.min, known) for known in self.surnames[words[k]]
                          for r in self.knowledge.roles_of(known.actor_id)
                          if r.role == "president" and (r.date_begin or date.min) <= on]
            if presidents:
                state.mention(starts[k], ends[k], state.add_known(max(presidents, key=lambda p: p[0])[1]))

    def _short_forms(self, state: DocState, match_at: dict[int, Match], match_end: dict[int, Match]) -> None:
        """A surname alone names the person whose full name the document gives."""
        words, starts, ends = state.tokens.words, state.tokens.starts, state.tokens.ends
        full: dict[str, list[tuple[int, str]]] = {}
        for mention in state.mentions:
            info = state.actors[mention.actor_id]
            text = state.text[mention.start:mention.end]
            if info.type == "person" and mention.layer == "entity" and " " in text.strip():
                full.setdefault(discover.surname_of(info.name), []).append((mention.start, info.actor_id))
        for info in list(state.actors.values()):
            if info.type == "person":
                full.setdefault(discover.surname_of(info.name), []).append((10 ** 12, info.actor_id))
        # Per surname: its full-name mentions in text order and the people they name, so each
        # short form costs a bisection, not a pass over every full-name mention.
        ordered = {surname: sorted(found) for surname, found in full.items()}
        people = {surname: {actor_id for _, actor_id in found} for surname, found in full.items()}
        # "al-Baghdadi" is three tokens: a surname with a hyphened particle is looked up by its
        # last token and must be preceded by the rest.
        hyphened = {surname.split("-", 1)[1]: surname for surname in full
                    if "-" in surname and surname.split("-", 1)[0] in discover.HYPHEN_PARTICLES}
        wanted = state.vocabulary & (full.keys() | hyphened.keys())
        if not wanted:
            return
        for k in [k for k, word in enumerate(words) if word in wanted]:
            word, first = words[k], k
            if word in hyphened and k >= 2 and words[k - 1] == "-" and (words[k - 2] + "-" + word).lower() == \
                    hyphened[word].lower():
                word, first = hyphened[word], k - 2
            elif word not in full:
                continue
            if state.covered(starts[first], ends[k]) or state.is_blocked(starts[first], ends[k]):
                continue
            match = match_at.get(k)
            if match is not None and any(e.kind in ("metonym", "name") for e in match.entries) and (
                    is_place(state, match, match_at, match_end) or self._address(state, match)):
                continue  # "Washington, D.C.", "in Washington": the place, not George Washington
            if len(people[word]) == 1:
                person = next(iter(people[word]))
            else:
                found = ordered[word]
                index = bisect.bisect_left(found, (starts[k], ""))
                person = found[index - 1][1] if index else found[0][1]
            state.mention(starts[first], ends[k], person)

    def _merge_unqualified(self, state: DocState) -> None:
        """"Ministry of Foreign Affairs" is the "Russian Ministry of Foreign Affairs" the document names."""
        # Each organisation surface "Q N" is indexed under every tail N that follows a space, so a
        # discovered name is one dictionary probe (not a scan of every surface found).
        qualified: dict[str, list[tuple[str, str]]] = {}
        for mention in state.mentions:
            if state.actors[mention.actor_id].type != "organization":
                continue
            surface = state.text[mention.start:mention.end]
            for k, char in enumerate(surface):
                if char == " ":
                    qualified.setdefault(surface[k + 1:], []).append((surface[:k].strip(), mention.actor_id))
        remap = {}
        for actor_id, info in state.actors.items():
            if info.source != "discovered" or info.type != "organization":
                continue
            for qualifier, other in qualified.get(info.name, ()):
                # "Quds Force" is the "IRGC Quds Force" the document names: the qualifier is a
                # state or organisation of the knowledge base.
                if other != actor_id and qualifier and any(
                        self.knowledge.actors[e.actor_id].type in ("state", "organization")
                        for e in self.lexicon.lookup(qualifier)):
                    remap[actor_id] = other
        if remap:
            state.remap(remap)

    # -- roles ---------------------------------------------------------------------------------
    def _titles(self, state: DocState) -> None:
        """"the president" resolves to who held the office on the sentence's date. A title is not
        a mention (SCHEMA: mentions are names); it is kept as a reference (``references``)."""
        counts = Counter(m.actor_id for m in state.mentions
                         if m.layer == "entity" and state.actors[m.actor_id].type == "state")
        for m in self._title_matches(state):
            modifier, qualifier, role, of_state = m.groups()
            if modifier not in ROLE_MODIFIERS_RESOLVED or role.isupper():
                continue
            start, end = m.span(3)
            # The mention is the title's head word: "ambassador" in "ambassador to the US" (whose
            # "US" is a mention of its own).
            head_end = start + len(role.split()[0])
            if state.covered(start, head_end):
                continue
            if state.covered(start, end):
                end = head_end
            on = state.date_at(start)
            if on is None:
                continue
            country = None
            for reference in (qualifier, of_state):
                if reference:
                    found = [e for e in self.lexicon.lookup(reference)
                             if self.knowledge.actors[e.actor_id].type in ("state", "organization")]
                    if not found:
                        country = "?"
                        break
                    country = self._choose(state, found, start)
            if country == "?":
                continue
            if country is None:
                # "the President, who had been the leader of Afghanistan, ...": a state the
                # title's own apposition names is the title's state.
                country = self._apposition_state(state, m.end())
            role_name = normalise_role(role)
            if country is None:
                if role_name not in HOME_ROLES:
                    continue
                # "the president" is the one the document talks about: a holder it names wins,
                # then the holder for the state it mentions most.
                holders = [(candidate, self.knowledge.resolve_role(role_name, candidate, on))
                           for candidate, _ in counts.most_common()]
                holders = [(c, h) for c, h in holders if h is not None]
                country = self._latest_referent(state, holders, start)
            holder = self._holder(state, role_name, country, start) if country else None
            if holder is not None:
                state.titles.append((start, end, holder))

    def _title_matches(self, state: DocState) -> list[re.Match]:
        """``role_re`` matches, tried only at a "the" a few tokens before a word that can begin
        a role (the same matches as ``role_re.finditer``, without running its long
        alternation at every "the" of the text)."""
        words, starts = state.tokens.words, state.tokens.starts
        vocabulary = state.vocabulary & self.role_first_forms
        found, tried, covered_to = [], set(), -1
        for p in [p for p, w in enumerate(words) if w in vocabulary]:
            for k in range(max(0, p - 7), p):
                if words[k] not in ("the", "The") or k in tried or starts[k] < covered_to:
                    continue
                tried.add(k)
                m = self.role_re.match(state.text, starts[k])
                if m is not None:
                    found.append(m)
                    covered_to = m.end()
                    break
        return found

    def _holder(self, state: DocState, role: str, country: str, offset: int) -> str | None:
        """Who held the role at the date governing ``offset``; over a coarser period (a year, a
        month) the one who held it for most of it."""
        begin, end = state.period_at(offset)
        if begin is None:
            return None
        if end is not None and end > begin:
            return self.knowledge.resolve_role_over(role, country, begin, end)
        return self.knowledge.resolve_role(role, country, begin)

    def _apposition_state(self, state: DocState, offset: int) -> str | None:
        """The first state named by name in a clause set off right after a title (", who ... ,")."""
        clause = APPOSITION_RE.match(state.text, offset)
        if clause is None:
            return None
        named = [m for m in state.mentions_starting_in(clause.start(1), clause.end(1))
                 if state.actors[m.actor_id].type == "state"]
        return min(named, key=lambda m: m.start).actor_id if named else None

    def _latest_referent(self, state: DocState, holders: list[tuple[str, str]], offset: int) -> str | None:
        """Of the states whose office-holder could be meant, prefer those whose holder the text
        names; among them the one named last before ``offset``; else the state named most."""
        named = [(c, h) for c, h in holders if h in state.actors]
        if not named:
            return holders[0][0] if holders else None
        holders = named
        latest = {}
        for country, holder in holders:
            found = [s for s in (state.last_mention_before(country, offset), state.last_mention_before(holder, offset))
                     if s is not None]
            if found:
                latest[country] = max(found)
        if latest:
            return max(latest, key=latest.get)
        return holders[0][0]

    def _our_country(self, state: DocState, matches: list[Match]) -> None:
        """"our country" is the state the document speaks for (SCHEMA: Russia, in this article's voice).

        A state the text calls "the X side" is the other party; the voice is then the state it
        names most besides. Without that evidence "our country" is left out (a speech about
        Poland says "our country" of the United States, not of Poland).
        """
        if not state.has_any(("country", "nation")) or not OUR_COUNTRY_RE.search(state.text):
            return
        words = state.tokens.words
        others = set()
        for match in matches:
            entries = [e for e in match.entries if e.kind == "demonym"
                       and self.knowledge.actors[e.actor_id].type == "state"]
            if entries and match.last < len(words) and words[match.last] == "side":
                others.add(self._choose(state, entries, state.tokens.starts[match.first]))
        if not others:
            return
        counts = Counter(m.actor_id for m in state.mentions if m.layer == "entity"
                         and state.actors[m.actor_id].type == "state" and m.actor_id not in others)
        ranked = [c for c, n in counts.most_common(1) if n >= 3]
        if not ranked:
            return
        voice = self.knowledge.actors[ranked[0]]
        for m in OUR_COUNTRY_RE.finditer(state.text):
            if not state.covered(m.start(), m.end()):
                state.mention(m.start(), m.end(), state.add_known(voice))
        # "our embassy" is the "Russian Embassy in the US" the document names.
        adjectives = tuple(d.lower() + " " for d in voice.demonyms) + (voice.name.lower() + " ",)
        own = [info for info in state.actors.values() if info.type == "organization"
               and info.name.lower().startswith(adjectives)]
        for m in OUR_INSTITUTION_RE.finditer(state.text):
            noun = m.group(1).lower()
            owners = [info.actor_id for info in own if noun in info.name.lower()]
            if len(owners) == 1 and not state.covered(m.start(), m.end()):
                state.mention(m.start(), m.end(), owners[0])

    # -- output ------------------------------------------------------------------------------------
    def _assemble(self, state: DocState) -> Extraction:
        doc_id = state.doc.document.doc_id
        mentions = sorted({(m.start, m.end, m.actor_id) for m in state.mentions})
        used = {actor_id for _, _, actor_id in mentions}
        surfaces: dict[str, set[str]] = {}
        for start, end, actor_id in mentions:
            surfaces.setdefault(actor_id, set()).add(state.full_names.get((start, end), state.text[start:end]))
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
            actor_mentions=tuple(ActorMention(a, doc_id, s, e, state.text[s:e]) for s, e, a in mentions),
            actor_roles=tuple(sorted(roles, key=lambda r: (r.actor_id, r.date_begin or date.min, r.role, r.source))),
        )


@register("actors")
def make_actor_extractor(knowledge_dirs: tuple[Path, ...] = (), **options) -> ActorExtractor:
    """Factory for the registry: ``create("actors", knowledge_dirs=...)``."""
    return ActorExtractor(knowledge_dirs=tuple(knowledge_dirs), **options)
