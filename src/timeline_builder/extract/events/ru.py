"""Russian events, through the same candidates and event records as English.

* knowledge-base events by their Russian names and abbreviations (``knowledge/events/ru/
  names.tsv``: "ДСНВ", "Карибский кризис"), in every case form; where several events share
  a name, the year the clause gives or the document's date picks one;
* the government of a state at the document's date ("сегодняшних американских властей" is the
  administration then in office), from the terms in office;
* a conflict in a region at the document's date ("конфликты ... на Ближнем Востоке"): the latest
  such war, conflict or crisis of the knowledge base running then;
* occasions where the text is told ("Минута молчания"), dated by their clause or the document;
* dated clauses: a clause with a calendar date and Russian event language (``triggers.tsv``),
  dated by the text and named in English through the glossary (``glossary.tsv``, ``ru_names``);
* claims of others the speaker reports ("Нам говорят, что мы якобы готовим
  вторжение"): statements of the weeks before the document, named from what is claimed.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date
from pathlib import Path

from ...knowledge.events import EventKnowledge, KnownEvent, parse_row
from ...knowledge.files import knowledge_files, read_tsv
from ...knowledge.russian_names import WORD, NameIndex, form_map, forms_of, morph, norm
from ...records import AnnotatedDocument, EventMention, Extraction, Timex
from ..actors.ru import transliterate
from ..ru_roles import agrees, verb_form, finite_verb, russian_role
from .candidates import Candidate, assemble, from_knowledge, shift, text_event_id
from .naming import period_words, title_case, with_period
from .matcher import _JOINING, Accessions, is_the_document
from .ru_names import Glossary, english_name
from .text import TextLayout

# Words that end a dated clause's name: what follows them is no longer the event.
_NAME_WORDS = 9


class _RussianCandidate(Candidate):
    """A text event with a Russian name: its id hashes the name's Latin spelling (the English
    id keeps only Latin letters and digits, which would leave nothing of a Russian name)."""

    __slots__ = ()

    @property
    def event_id(self) -> str:
        return text_event_id(transliterate(self.name), self.date_begin, self.date_end)


@dataclass
class RussianEventKnowledge:
    names: NameIndex = field(default_factory=NameIndex)
    events: dict[str, KnownEvent] = field(default_factory=dict)  # events.tsv's plus ru/known.tsv's
    offices: dict[str, str] = field(default_factory=dict)  # state id -> office
    places: NameIndex = field(default_factory=NameIndex)
    place_cues: dict[str, tuple[str, ...]] = field(default_factory=dict)
    occasions: NameIndex = field(default_factory=NameIndex)
    occasion_kinds: dict[str, tuple[str, str]] = field(default_factory=dict)  # target -> (name, kind)
    triggers: dict[str, str] = field(default_factory=dict)  # lemma -> kind
    phrase_triggers: dict[tuple[str, ...], str] = field(default_factory=dict)  # dictionary forms -> kind
    glossary: Glossary = field(default_factory=Glossary)  # Russian -> English, for names


_LOADED: dict[tuple[int, tuple[str, ...]], tuple[EventKnowledge, RussianEventKnowledge]] = {}


def load_russian_event_knowledge(knowledge: EventKnowledge, user_dirs: tuple[Path, ...] = ()) -> RussianEventKnowledge:
    """Read ``events/ru/*.tsv`` (packaged, then each user folder's) against the event knowledge base."""
    key = (id(knowledge), tuple(str(d) for d in user_dirs))
    cached = _LOADED.get(key)
    if cached is None or cached[0] is not knowledge:
        cached = _LOADED[key] = (knowledge, _load(knowledge, tuple(Path(d) for d in user_dirs)))
    return cached[1]


def _load(knowledge: EventKnowledge, dirs: tuple[Path, ...]) -> RussianEventKnowledge:
    result = RussianEventKnowledge(events=dict(knowledge.events))
    for path in knowledge_files("events/ru/known.tsv", dirs):
        for row in read_tsv(path, ("id", "name", "kind", "date_begin")):
            event = parse_row(row)
            result.events.setdefault(event.event_id, event)
    for path in knowledge_files("events/ru/names.tsv", dirs):
        for row in read_tsv(path, ("id", "aliases")):
            event_id = row.require("id")
            if event_id not in result.events:
                raise row.error(f"event {event_id!r} is in neither events/*.tsv nor events/ru/known.tsv")
            for alias in (a.strip() for a in row.require("aliases").split("|") if a.strip()):
                result.names.add(event_id, alias, "event", row.path, row.line)
    for path in knowledge_files("events/ru/governments.tsv", dirs):
        for row in read_tsv(path, ("state", "office")):
            result.offices[row.require("state")] = row.require("office")
    for path in knowledge_files("events/ru/places.tsv", dirs):
        for row in read_tsv(path, ("place", "cues")):
            place = row.require("place")
            result.places.add(place, place, "place", row.path, row.line)
            result.place_cues[place] = tuple(c.strip().lower() for c in row.require("cues").split("|") if c.strip())
    for path in knowledge_files("events/ru/occasions.tsv", dirs):
        for row in read_tsv(path, ("phrase", "name", "kind")):
            phrase = row.require("phrase")
            result.occasions.add(phrase, phrase, "occasion", row.path, row.line)
            result.occasion_kinds[phrase] = (row.require("name"), row.require("kind"))
    for path in knowledge_files("events/ru/triggers.tsv", dirs):
        for row in read_tsv(path, ("word", "kind")):
            words = tuple(norm(w) for w in row.require("word").split())
            if len(words) > 1:
                result.phrase_triggers[words] = row.require("kind")
            else:
                result.triggers[words[0]] = row.require("kind")
    for path in knowledge_files("events/ru/glossary.tsv", dirs):
        for row in read_tsv(path, ("russian", "english")):
            result.glossary.add(row)
    return result


_LIGHT_VERBS = frozenset({"провести", "проводить", "начать", "начаться", "завершить", "завершиться", "подготовить",
                          "принять", "объявить", "состояться", "ввести", "вводить"})
_GOVERNMENT_NOUNS = ("власть", "администрация", "руководство", "правительство")
_CONFLICT_WORDS = ("конфликт", "война", "кризис", "бой", "эскалация")


class RussianEvents:
    """The Russian half of the event extractor: ``__call__(doc) -> Extraction``."""

    def __init__(self, knowledge: EventKnowledge, knowledge_dirs: tuple[Path, ...] = (), type_of_kind=None):
        self.knowledge = knowledge
        self.type_of_kind = type_of_kind  # kind -> (event_type, reason), the English triggers' table
        self.russian = load_russian_event_knowledge(knowledge, knowledge_dirs)
        # every form of the words looked for, so that a document's words are looked up, not analysed
        self.trigger_forms = form_map(self.russian.triggers)
        for word in self.russian.triggers:
            # a verb whose infinitive is also a noun ("напасть": attack / misfortune) in its verb forms too
            for form in _infinitive_forms(word):
                self.trigger_forms.setdefault(form, word)
        # phrase triggers: the forms of each of their words ("стать" also as the verb, not only the noun)
        self.phrase_forms = {w: frozenset({w, *forms_of(w), *_infinitive_forms(w)})
                             for phrase in self.russian.phrase_triggers for w in phrase}
        self.phrase_starts: dict[str, list[tuple[str, ...]]] = {}
        for phrase in sorted(self.russian.phrase_triggers, key=lambda p: (-len(p), p)):
            for form in self.phrase_forms[phrase[0]]:
                self.phrase_starts.setdefault(form, []).append(phrase)
        self.government_forms = form_map(_GOVERNMENT_NOUNS)
        # known events by their English name and aliases, lower-case: a dated clause named as one is it
        self.known_by_name: dict[str, list[KnownEvent]] = {}
        for event in sorted(self.russian.events.values(), key=lambda e: e.event_id):
            for name in {event.name.lower(), *(a.lower() for a in event.aliases)}:
                self.known_by_name.setdefault(name, []).append(event)
        self.conflict_forms = form_map(_CONFLICT_WORDS)
        self.accessions = Accessions(list(self.russian.events.values()))

    def __call__(self, doc: AnnotatedDocument) -> Extraction:
        document = doc.document
        text, dct = document.text, document.dct
        layout = TextLayout(document)
        tokens = [(m.group(), m.start(), m.end()) for m in WORD.finditer(text)]
        words = [t[0] for t in tokens]
        keys = [norm(w) for w in words]

        def adjacent(k: int) -> bool:
            gap = text[tokens[k][2]:tokens[k + 1][1]]
            return len(gap) <= 3 and not gap.strip(" \xa0-\u2011")

        timexes = sorted(doc.found.timexes, key=lambda t: t.char_start)
        candidates: list[Candidate] = []
        known_clauses: set[tuple[int, int]] = set()
        named: list[tuple[int, int]] = []  # where knowledge-base names matched
        i = 0
        while i < len(words):
            found = self.russian.names.match_at(words, i, adjacent, keys)
            if found is None:
                i += 1
                continue
            names, end = found
            start_char, end_char = tokens[i][1], tokens[end - 1][2]
            if end - i == 1 and names.cases[0] == "title" and _sentence_start(text, start_char):
                # one capitalised word is a name only where a capital is not owed to the sentence
                # ("Послание" mid-sentence is the Address; "Послание было ..." may be any message)
                i = end
                continue
            clause = layout.clause(start_char, end_char)
            ids = self._sharing(names.target, words, i, end, adjacent)
            event = _choose([self.russian.events[e] for e in ids], timexes, clause, dct)
            year_timex = _year_timex(timexes, clause)
            lo, hi = layout.sentence(start_char)
            here = {m.actor_id for m in doc.found.actor_mentions if lo <= m.char_start < hi}
            if names.cases[0] == "any" and _outsider_agent(doc, text, clause, event):
                # a description ("переговоры в Стамбуле") whose clause's doer is no party to the known
                # event it describes ("Москва и Вашингтон провели переговоры в Стамбуле") tells another
                i = end
                continue
            for event in self.accessions.of_named(event, here):
                cand = from_knowledge(event, clause, text_date=year_timex.text if year_timex else None)
                if is_the_document(event, start_char, text, dct):
                    cand.date_basis = "context"
                candidates.append(cand)
            known_clauses.add(clause)
            named.append((start_char, end_char))
            i = end
        candidates += self._governments(doc, layout, dct, known_clauses)
        candidates += self._regional_conflicts(words, keys, tokens, adjacent, layout, dct, named, timexes)
        candidates += self._occasions(words, keys, tokens, adjacent, layout, timexes, dct)
        candidates += self._dated_clauses(tokens, keys, layout, timexes, known_clauses, _english_actors(doc), dct)
        candidates += self._reported_claims(tokens, keys, layout, timexes, _english_actors(doc), dct,
                                            _english_actors(doc, ("state",)))
        candidates += self._planned(tokens, keys, layout, timexes, known_clauses, _english_actors(doc), dct)
        candidates += self._recent_joinings(doc, layout, timexes, dct)
        if self.type_of_kind is not None:
            for cand in candidates:
                if cand.event_type is None and cand.event_type_reason is None:
                    cand.event_type, cand.event_type_reason = self.type_of_kind(cand.kind)
        events, mentions, _ = assemble(candidates, document.doc_id, text, dct)
        return Extraction(events=tuple(events), event_mentions=tuple(mentions))

    def _sharing(self, first: str, words, i: int, end: int, adjacent) -> list[str]:
        """Every event with a name matching words[i:end] (an alias several events share)."""
        ids = [first]
        for key in self.russian.names.forms.get(norm(words[i]), ()):
            for name in self.russian.names.by_first.get(key, ()):
                if name.target not in ids and len(name.words) == end - i and all(name.words[k] in self.russian.names.forms.get(norm(words[i + k]), ())
                            for k in range(end - i)):
                    ids.append(name.target)
        return sorted(ids)

    def _governments(self, doc: AnnotatedDocument, layout: TextLayout, dct: date | None,
                     known_clauses: set) -> list[Candidate]:
        """"американских властей": the head of government's term running at the document's date."""
        if dct is None:
            return []
        found = []
        for mention in doc.found.actor_mentions:
            office = self.russian.offices.get(mention.actor_id)
            words = mention.text.split()
            if office is None or len(words) < 2 or norm(words[-1]) not in self.government_forms:
                continue
            term = self.knowledge.term_at(office, dct)
            if term is None:
                continue
            clause = layout.clause(mention.char_start, mention.char_end)
            candidate = from_knowledge(term, clause)
            candidate.date_basis = "context"
            found.append(candidate)
        return found

    def _regional_conflicts(self, words, keys, tokens, adjacent, layout: TextLayout, dct: date | None,
                            named: list[tuple[int, int]], timexes: list[Timex] = ()) -> list[Candidate]:
        """"конфликты на Ближнем Востоке" at the document's date: the latest war there then running
        (a place inside an event's name, "войну на Донбассе", is that event's)."""
        if dct is None:
            return []
        found = []
        for i in range(len(words)):
            match = self.russian.places.match_at(words, i, adjacent, keys)
            if match is None:
                continue
            name, end = match
            if any(s <= tokens[i][1] < e for s, e in named):
                continue
            clause = layout.clause(tokens[i][1], tokens[end - 1][2])
            inside = _within(tokens, clause)
            if not any(keys[k] in self.conflict_forms for k in inside) \
                    and not _FIGHT_AGAINST.search(layout.text, clause[0], clause[1]):
                continue
            cues = set(self.russian.place_cues[name.target])
            there = [e for e in self.russian.events.values()
                     if e.kind in ("war", "conflict", "crisis") and cues & {c.lower() for c in e.cues}
                     and e.date_begin and e.date_begin <= dct]
            running = [e for e in there if e.date_end is None or dct <= e.date_end]
            if not running and any(_past_verb(tokens[k][0]) for k in inside):
                # "прошли через испытания во время войны на Кавказе": a clause telling the past, where
                # nothing runs now, means the latest war there that has ended, or, where the clause
                # gives a date ("в 1995 году бои на Кавказе"), one running then
                dated = _year_timex(timexes, clause)
                running = [e for e in there if e.date_end is not None and e.date_end < dct] if dated is None else \
                    [e for e in there if e.date_begin <= dated.date_end and dated.date_begin <= (e.date_end or dct)]
            if running:
                latest = max(running, key=lambda e: (e.date_begin, e.event_id))
                candidate = from_knowledge(latest, clause, confidence=0.7)
                found.append(candidate)
        return found

    def _occasions(self, words, keys, tokens, adjacent, layout: TextLayout, timexes: list[Timex],
                   dct: date | None) -> list[Candidate]:
        found = []
        for i in range(len(words)):
            match = self.russian.occasions.match_at(words, i, adjacent, keys)
            if match is None:
                continue
            name, end = match
            span = (tokens[i][1], tokens[end - 1][2])
            clause = layout.clause(*span)
            dated = _calendar_timex(timexes, clause)
            begin, finish = (dated.date_begin, dated.date_end) if dated else (dct, dct)
            if begin is None:
                continue
            english, kind = self.russian.occasion_kinds[name.target]
            found.append(_RussianCandidate(name=english, kind=kind, span=span, date_begin=begin, date_end=finish,
                                   granularity=dated.granularity if dated else "day",
                                   date_basis="text" if dated else "context", source="text",
                                   text_date=dated.text if dated else None, confidence=0.7))
        return found

    def _dated_clauses(self, tokens, keys, layout: TextLayout, timexes: list[Timex], known_clauses: set,
                       actors: list[tuple[int, int, str]], dct: date | None = None) -> list[Candidate]:
        """A clause with a calendar date and event language: an event the text dates."""
        found = []
        seen: set[tuple[int, int]] = set()
        for timex in timexes:
            if timex.type != "DATE" or timex.date_begin is None or timex.date_end is None:
                continue
            clause = layout.clause(timex.char_start, timex.char_end)
            if clause in seen or any(_overlap(clause, k) for k in known_clauses):
                continue
            inside = [k for k in _within(tokens, clause) if not (timex.char_start <= tokens[k][1] < timex.char_end)]
            found_here = [k for k in inside if keys[k] in self.trigger_forms]
            # a light verb ("провела ядерные испытания", "начали переговоры") gives way to the event
            # word it governs, which says what happened
            index = next((k for k in found_here if self.trigger_forms[keys[k]] not in _LIGHT_VERBS),
                         found_here[0] if found_here else None)
            phrase = self._phrase_trigger(keys, inside)
            if phrase is not None and index is not None and \
                    not _inside(tokens[phrase[0]][1], _comma_part(layout.text, timex, clause)):
                phrase = None  # a phrase of another comma-part gives way to the words of the date's own
            fronted = None
            if phrase is not None:
                index = phrase[0]  # "признала независимость": the phrase says more than any word of it
            elif index is not None:
                fronted = self._fronted_object(tokens, keys, index, found_here, layout.text)
                if fronted is not None:
                    index = fronted[0]  # "из договора вышли США": the act is the verb's
            trigger = tokens[index] if index is not None else None
            if trigger is None or _NEGATED.search(layout.text, clause[0], clause[1]):
                continue  # no event language, or an event that did not (or will not) happen
            if dct is not None and timex.date_begin > dct and _past_verb(trigger[0]):
                continue  # "в 2030 году ... которые вступили": a later date does not date what has happened
            if phrase is None and self.russian.triggers.get(self.trigger_forms[keys[index]]) == "meeting" and \
                    _CALLED_OFF.search(layout.text, clause[0], clause[1]):
                continue  # "отменил визит в мае": a meeting called off did not take place
            seen.add(clause)
            if phrase is not None:
                lemma, kind = " ".join(phrase[1]), self.russian.phrase_triggers[phrase[1]]
            else:
                lemma = self.trigger_forms[norm(trigger[0])]
                kind = self.russian.triggers[lemma]
            part = (clause[0], _part_end(layout.text, trigger, clause))
            stops = [(t.char_start, t.char_end) for t in timexes]
            if fronted is not None:
                # the verb's English with its preposition, then the object written before it
                obj = english_name(layout.text, fronted[1], (fronted[1], trigger[1]), self.russian.glossary,
                                   actors, stops)
                english = title_case(f"{fronted[2]} {obj}") if obj else None
            else:
                english = english_name(layout.text, trigger[1], part, self.russian.glossary, actors, stops)
                subject = _passive_subject(layout.text, tokens, index, clause, self.russian.glossary, actors, stops) \
                    if english is not None and phrase is None else None
                if subject is not None:
                    # "Крым был присоединён к России": the act done to the subject of a passive
                    english = title_case(f"{self.russian.glossary.entries.get((lemma,), english)} of {subject}")
                elif english is not None and phrase is None and \
                        english.lower() == self.russian.glossary.entries.get((lemma,), "").lower():
                    # "Контракт на поставку газа подписала Венгрия": the verb's object written before it
                    obj = _object_before(layout.text, tokens, index, clause, self.russian.glossary, actors, stops)
                    english = title_case(f"{english} of {obj}") if obj else english
            party = _comitative_party(layout.text, timex, clause, actors) if english else None
            after = layout.text[trigger[2]:part[1]]
            if party and trigger[2] <= party[0] < part[1]:
                # the party is no name of the act itself
                after = after[:party[0] - trigger[2]] + " " + after[party[1] - trigger[2]:]
            if english and not re.search(r"(?<![\w-])[А-ЯЁA-Z]", after):
                # a generic name ("Arms Race": no name is written after its event word) says its
                # period, as in English
                period = period_words(timex.granularity, timex.date_begin)
                if party and period and with_period(english, period) != english:
                    # "торговую войну вели в 2018 году с Китаем": the other side of a generic act,
                    # told beside its date, tells it from the same act with another
                    english = title_case(f"{english} with {party[2]} in {period}")
                else:
                    english = with_period(english, period)
            name = english or _clause_name(layout.text, trigger, lemma, clause)
            known = self._known_as(name, timex)
            if known is not None:
                # "Россия присоединила Крым в марте 2014 года": named as a known event of that date, it is that event
                found.append(from_knowledge(known, clause, text_date=timex.text))
                continue
            found.append(_RussianCandidate(name=name, kind=kind, span=clause, date_begin=timex.date_begin,
                                   date_end=timex.date_end, granularity=timex.granularity, date_basis="text",
                                   source="text", text_date=timex.text, confidence=0.6,
                                   text_anchor=(timex.char_start, timex.char_end)))
        return found

    def _known_as(self, name: str, timex: Timex) -> KnownEvent | None:
        """The known event whose English name or alias is ``name`` and whose dates meet the
        timex's, or None."""
        for event in self.known_by_name.get(name.lower(), ()):
            if event.date_begin is not None and event.date_begin <= timex.date_end \
                    and timex.date_begin <= (event.date_end or event.date_begin):
                return event
        return None

    def _phrase_trigger(self, keys: list[str], inside) -> tuple[int, tuple[str, ...]] | None:
        """The first trigger phrase of the clause's words ``inside``, written word after word: (the
        index of its first word, the phrase)."""
        last = inside[-1] if len(inside) else -1
        for k in inside:
            for phrase in self.phrase_starts.get(keys[k], ()):
                if k + len(phrase) - 1 <= last and all(keys[k + j] in self.phrase_forms[w]
                                                       for j, w in enumerate(phrase) if j):
                    return k, phrase
        return None

    def _fronted_object(self, tokens, keys: list[str], index: int, found_here: list[int],
                        text: str) -> tuple[int, int, str] | None:
        """A noun trigger after a preposition, written before the verb trigger that governs it
        through that preposition ("из договора вышли США": the glossary's "выйти из"): (the
        verb's index, where the preposition's object starts, the verb's English with its
        preposition); None where there is no such verb in the same comma-part."""
        if index == 0 or tokens[index - 1][2] + 1 != tokens[index][1]:
            return None
        preposition = keys[index - 1]
        for k in found_here:
            if k <= index or "," in text[tokens[index][2]:tokens[k][1]]:
                continue
            lemma = self.trigger_forms[keys[k]]
            english = self.russian.glossary.entries.get((lemma, preposition))
            if english is not None and finite_verb(tokens[k][0].lower()) is not None:
                return k, tokens[index][1], english
        return None

    def _reported_claims(self, tokens, keys, layout: TextLayout, timexes: list[Timex],
                         actors: list[tuple[int, int, str]], dct: date | None,
                         states: list[tuple[int, int, str]] = ()) -> list[Candidate]:
        """"Теперь говорят, что мы якобы готовим вторжение": what others claim,
        in a sentence with no date of its own, is a statement of the weeks before the document
        (basis context), named "Claims of ..." from the first event word of what is claimed."""
        if dct is None:
            return []
        text = layout.text
        found = []
        dated = [t for t in timexes if t.type == "DATE" and t.date_begin is not None]
        for start, end in layout.sentences:
            if any(start <= t.char_start < end for t in dated):
                continue  # dated by its own words (the dated-clause rules)
            claim = _CLAIM.search(text, start, end)
            said = _UNNAMED_SAYING.search(text, start, end)
            if said is None and (claim is None or not _ALLEGEDLY.search(text, claim.end(), end)):
                continue
            at = said.start() if said is not None else claim.start()
            if _FIRST_PERSON.search(text, max(start, at - 20), at):
                continue  # "мы заявляем": the speaker's own words are the speech itself
            content = [k for k in _within(tokens, (at, end)) if keys[k] in self.trigger_forms and tokens[k][1] > at + 3]
            english = None
            if content:
                trigger = tokens[content[0]]
                english = english_name(text, trigger[1], (at, _part_end(text, trigger, (at, end))),
                                       self.russian.glossary, actors)
            claimed = _claimed_plan(text, at, end, actors, states)
            if english and claimed:
                name = f"Claims that {claimed} {english}"  # "что Литва якобы хочет ...": Lithuania Wants
            else:
                name = f"Claims of {english}" if english else "Claims"
            span = (start, start + len(text[start:end].rstrip(" .!?\n")))
            found.append(_RussianCandidate(name=name, kind="statement", span=span,
                                           date_begin=shift(dct, -_CLAIM_DAYS), date_end=dct, granularity="month",
                                           date_basis="context", source="text", confidence=0.5))
        return found

    def _planned(self, tokens, keys, layout: TextLayout, timexes: list[Timex], known_clauses: set,
                 actors: list[tuple[int, int, str]], dct: date | None) -> list[Candidate]:
        """"Мы скоро проведём испытания", "в обозримой перспективе создать ...": event language in a
        clause the text places only in the vague future is a planned event (SCHEMA: future events placed
        in time are events), from the document's date with an open end (basis context)."""
        if dct is None:
            return []
        text = layout.text
        found = []
        seen: set[tuple[int, int]] = set()
        for timex in timexes:
            if timex.type != "DATE" or timex.value != "FUTURE_REF":
                continue
            clause = layout.clause(timex.char_start, timex.char_end)
            if clause in seen or any(_overlap(clause, k) for k in known_clauses):
                continue
            if _NEGATED.search(text, clause[0], clause[1]) or _CONDITIONAL.search(text, clause[0], clause[1]) \
                    or _POSSIBLE.search(text, clause[0], clause[1]):
                continue  # what will not happen, would happen only if, or only may happen
            # the event word shares the time's comma-part: "Мы скоро увидим, чего стоят их заявления"
            # places the seeing, not the statements
            stretch = _comma_part(text, timex, clause)
            inside = [k for k in _within(tokens, stretch) if not (timex.char_start <= tokens[k][1] < timex.char_end)]
            if any(_past_verb(tokens[k][0]) for k in inside):
                continue  # "скоро стало ясно": a past the clause tells, not a plan
            found_here = [k for k in inside if keys[k] in self.trigger_forms]
            index = next((k for k in found_here if self.trigger_forms[keys[k]] not in _LIGHT_VERBS),
                         found_here[0] if found_here else None)
            if index is None:
                continue
            seen.add(clause)
            trigger = tokens[index]
            lemma = self.trigger_forms[keys[index]]
            part = (clause[0], _part_end(text, trigger, clause))
            name = english_name(text, trigger[1], part, self.russian.glossary, actors,
                                [(t.char_start, t.char_end) for t in timexes]) \
                or _clause_name(text, trigger, lemma, clause)
            found.append(_RussianCandidate(name=name, kind=self.russian.triggers[lemma], span=clause, date_begin=dct,
                                           date_end=None, granularity="day", date_basis="context", source="text",
                                           text_date=timex.text, confidence=0.5,
                                           text_anchor=(timex.char_start, timex.char_end)))
        return found


    def _recent_joinings(self, doc: AnnotatedDocument, layout: TextLayout, timexes: list[Timex],
                         dct: date | None) -> list[Candidate]:
        """"государства, которые недавно стали членами БРИКС": states that recently joined a body the
        sentence names are its latest enlargement the knowledge base holds before the document's date
        (within ``_RECENT_JOINING_DAYS``), dated by knowledge."""
        if dct is None:
            return []
        text = layout.text
        organisations = {a.actor_id for a in doc.found.actors if a.type == "organization"}
        found = []
        for timex in timexes:
            if timex.type != "DATE" or timex.value != "PAST_REF":
                continue
            clause = layout.clause(timex.char_start, timex.char_end)
            joined = _JOINED.search(text, clause[0], clause[1])
            if joined is None:
                continue
            lo, _ = layout.sentence(timex.char_start)
            # the body: the organisation named last before the verb of joining in its sentence
            bodies = [m for m in doc.found.actor_mentions
                      if m.actor_id in organisations and lo <= m.char_start < clause[1]]
            before = [m for m in bodies if m.char_start < joined.start()] or bodies
            if not before:
                continue
            body = max(before, key=lambda m: m.char_start).actor_id
            rounds = [e for e in self.russian.events.values()
                      if e.date_begin is not None and (body, "agent") in e.participants
                      and any(_JOINING.search(n) for n in (e.name, *e.aliases))
                      and shift(dct, -_RECENT_JOINING_DAYS) <= e.date_begin <= dct]
            if rounds:
                latest = max(rounds, key=lambda e: (e.date_begin, e.event_id))
                # the mention is the joining's comma-part: what else the sentence says is not its
                found.append(from_knowledge(latest, _comma_part(text, timex, clause), confidence=0.7))
        return found


# "стали членами", "вступили в", "присоединились к": a body's new members (past tense: they have joined).
_JOINED = re.compile(r"(?<![\w-])(?:(?:стал|стала|стали|становились|становилась)\s+(?:\w+\s+)?член\w*|"
                     r"(?:вступил|вступила|вступили)\s+во?|(?:присоединил|присоединила|присоединили)с[ья]\s+к)(?![\w-])",
                     re.IGNORECASE)
_RECENT_JOINING_DAYS = 730  # "recently joined": members of the last two years


# "борьба с (международным) терроризмом", "борьба с боевиками": an armed fight, where a bare
# "борьба" (a political struggle, a fight against corruption) is none.
_FIGHT_AGAINST = re.compile(r"(?<![\w-])борьб\w*\s+с[о]?\s+(?:\w+\s+)?(?:терроризм|террорист|боевик|бандформировани)\w*",
                            re.IGNORECASE)


# "бы", "если": a future the clause only imagines or makes depend on something.
_CONDITIONAL = re.compile(r"(?<![\w-])(?:бы|б|если)(?![\w-])", re.IGNORECASE)


# "могут быть сняты", "возможно", "не исключено": what may happen is no plan.
_POSSIBLE = re.compile(r"(?<![\w-])(?:может|могут|мог|могла|могли|возможн\w*|вероятн\w*|наверное|не[\s\xa0]+исключено)(?![\w-])",
                       re.IGNORECASE)


def _comma_part(text: str, timex: Timex, clause: tuple[int, int]) -> tuple[int, int]:
    """The stretch of ``clause`` between the commas around ``timex``."""
    start = text.rfind(",", clause[0], timex.char_start)
    end = text.find(",", timex.char_end, clause[1])
    start, end = clause[0] if start < 0 else start + 1, clause[1] if end < 0 else end
    while start < timex.char_start and text[start].isspace():
        start += 1
    return start, end


# The endings of Russian past-tense verbs (-л, -ла, -ли, -лся ...; "мог", "шёл", "умер", "вырос",
# "вёз", "пёк"): only a word ending so is analysed.
_PAST_ENDING = re.compile(r"(?:л|ла|ло|ли|лся|лась|лось|лись|ёл|ос|ёс|ез|ёз|ек|ёк|ог|ёг|ер|ёр|ерся)$", re.IGNORECASE)


def _past_verb(word: str) -> bool:
    """Whether ``word``'s likeliest reading is a verb in the past tense."""
    return bool(_PAST_ENDING.search(word)) and _past_verb_reading(word)


@lru_cache(maxsize=8192)
def _past_verb_reading(word: str) -> bool:
    """Whether the likeliest reading of ``word`` is a verb in the past tense (cached: a corpus repeats its words)."""
    parse = morph().parse(word)[0]
    return parse.tag.POS == "VERB" and parse.tag.tense == "past"


# Reported claims: "якобы" (allegedly) marks words the speaker attributes to others and doubts; a
# verb of saying in the third person plural with no subject ("заявляют, что", "заговорили о") is
# what unnamed others say now.
_ALLEGEDLY = re.compile(r"(?<![\w-])якобы(?![\w-])", re.IGNORECASE)
_CLAIM = re.compile(r"(?<![\w-])(?P<word>заявля\w*|заявил\w*|утвержда\w*|обвинени\w*|обвиня\w*|твердят|"
                    r"говорят|заговорили|пишут|слова|вбрасыва\w*)(?![\w-])", re.IGNORECASE)
_UNNAMED_SAYING = re.compile(r"(?<![\w-])(?:заявляют|утверждают|говорят|заговорили|твердят|пишут)"
                             r"(?:\s*,)?\s+(?:что|о|об)(?![\w-])", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"(?<![\w-])(?:мы|я)\s+(?:\w+\s+)?$", re.IGNORECASE)
_CLAIM_DAYS = 30  # what others "now" say: the weeks before the speech


# "что Латвия якобы намерена захватить остров": who is said to plan what. The verb of intent
# after "якобы" in English (the event word after it is named through the glossary).
_CLAIMED_PLAN = re.compile(r"(?<![\w-])что\s+(?P<who>[\w-]+(?:\s+[\w-]+)?)\s+якобы\s+(?P<verb>\w+)",
                           re.IGNORECASE)
_INTENT = (("намере", "Intends"), ("собира", "Plans"), ("планиру", "Plans"), ("готов", "Prepares"),
           ("хоч", "Wants"), ("хот", "Wants"), ("стрем", "Seeks"))


def _claimed_plan(text: str, start: int, end: int, actors: list[tuple[int, int, str]],
                  states: list[tuple[int, int, str]]) -> str | None:
    """"Russia Intends": the one a reported claim says intends or prepares something, and the verb
    of intent, when the claim names both: an actor, or "мы" (the state the claim is addressed to,
    named before "что" in the sentence: "обвинения в адрес Литвы, что мы якобы ...")."""
    m = _CLAIMED_PLAN.search(text, start, end)
    if m is None:
        return None
    verb = next((english for stem, english in _INTENT if m.group("verb").lower().startswith(stem)), None)
    if verb is None:
        return None
    if m.group("who").lower() == "мы":
        named = [name for s, e, name in states if start <= s and e <= m.start()]
    else:
        named = [name for s, e, name in actors if m.start("who") <= s < m.end("who")]
    return f"{named[-1]} {verb}" if named else None


def _infinitive_forms(word: str) -> tuple[str, ...]:
    """Every form of ``word`` read as an infinitive (empty when it is none)."""
    return tuple(sorted({norm(f.word) for p in morph().parse(word) if p.tag.POS == "INFN" for f in p.lexeme}))


def _english_actors(doc: AnnotatedDocument, types: tuple[str, ...] = ()) -> list[tuple[int, int, str]]:
    """(start, end, English name) of each actor mention the actor stage found (of ``types`` only,
    when given)."""
    names = {a.actor_id: a.name for a in doc.found.actors if not types or a.type in types}
    return [(m.char_start, m.char_end, names[m.actor_id]) for m in doc.found.actor_mentions if m.actor_id in names]


_WITH_PARTY = re.compile(r"[\s\xa0]+со?[\s\xa0]+", re.IGNORECASE)


def _comitative_party(text: str, timex: Timex, clause: tuple[int, int],
                      actors: list[tuple[int, int, str]]) -> tuple[int, int, str] | None:
    """The actor written "с <Actor>" (with whom: a capitalised name in the
    instrumental case) right after the date ("в 1970-е годы с Соединёнными Штатами"), inside the
    clause: its span and English name, or None ("с Ирана", genitive, is "from"; "с огромными
    затратами" names no one)."""
    for start, end, name in actors:
        if timex.char_end < start < clause[1] and _WITH_PARTY.fullmatch(text, timex.char_end, start):
            first = WORD.match(text, start)
            if first and first.group()[:1].isupper() and any("ablt" in p.tag for p in morph().parse(first.group())):
                return start, end, name
            return None
    return None


def _opening_word(text: str, tokens, index: int, clause: tuple[int, int], stops: list[tuple[int, int]]) -> int | None:
    """The index of the first word of the comma-part ending at the trigger ``index``, a date and
    the preposition opening it aside; None where it is the trigger itself."""
    start = max(clause[0], text.rfind(",", clause[0], tokens[index][1]) + 1)

    def dated(k: int) -> bool:  # a word of a date, or the preposition opening one ("в мае")
        return any(s <= tokens[k][1] < e for s, e in stops) or k + 1 < len(tokens) and \
            norm(tokens[k][0]) in _DATE_PREPOSITIONS and any(s <= tokens[k + 1][1] < e for s, e in stops)

    first = next((k for k in range(index) if tokens[k][1] >= start and not dated(k)), None)
    return None if first is None or first == index else first


def _passive_subject(text: str, tokens, index: int, clause: tuple[int, int], glossary, actors,
                     stops: list[tuple[int, int]]) -> str | None:
    """The English of the subject of a passive participle trigger ("Крым был присоединён"): the
    word opening its comma-part, a nominative agreeing with the participle (an actor by its
    English name), else None."""
    participle = morph().parse(tokens[index][0].lower())[0].tag
    if participle.POS != "PRTS" or "pssv" not in participle:
        return None
    first = _opening_word(text, tokens, index, clause, stops)
    if first is None:
        return None
    if not any(agrees(p.tag, participle) for p in morph().parse(tokens[first][0].lower())):
        return None
    actor = next((name for s, e, name in actors if s <= tokens[first][1] < e), None)
    if actor is not None:
        return actor
    between = text[tokens[first][2]:tokens[index][1]]
    return english_name(text, tokens[first][1], (tokens[first][1], tokens[first][2] + len(between)), glossary,
                        actors, stops)


_DATE_PREPOSITIONS = frozenset({"в", "во", "на", "с", "со", "к", "до", "после", "от"})


def _object_before(text: str, tokens, index: int, clause: tuple[int, int], glossary, actors,
                   stops: list[tuple[int, int]]) -> str | None:
    """The English of the noun phrase opening the verb's comma-part, where it is the verb's
    object: a noun (no actor) with an accusative reading and no nominative reading that could be
    the verb's subject ("Контракт ... подписала": "контракт" is masculine, "подписала" feminine),
    else None."""
    verb = verb_form(tokens[index][0].lower())
    if verb is None:
        return None
    first = _opening_word(text, tokens, index, clause, stops)
    if first is None or any(s <= tokens[first][1] < e for s, e, _ in actors):
        return None
    parses = morph().parse(tokens[first][0].lower())
    if parses[0].tag.POS != "NOUN" or not any("accs" in p.tag for p in parses) or \
            any(agrees(p.tag, verb) for p in parses):
        return None
    return english_name(text, tokens[first][1], (tokens[first][1], tokens[index][1]), glossary, actors, stops)


def _part_end(text: str, trigger: tuple[str, int, int], clause: tuple[int, int]) -> int:
    """Where the trigger's part of its clause ends: the next comma, semicolon or full stop."""
    rest = text[trigger[2]:clause[1]]
    cut = min([i for i in (rest.find(","), rest.find(";"), rest.find(".")) if i >= 0] or [len(rest)])
    return trigger[2] + cut


def _clause_name(text: str, trigger: tuple[str, int, int], lemma: str, clause: tuple[int, int]) -> str:
    """A Russian name, where the trigger has no English: from the trigger word (in its dictionary
    form) to the next comma or the clause's end, at most a few words."""
    words = [lemma] + WORD.findall(text[trigger[2]:_part_end(text, trigger, clause)])
    return " ".join(words[:_NAME_WORDS])


_NEGATED = re.compile(r"(?<![\w-])не[\s\xa0]+(?:будет|будут|было|были|был|была|состоится|состоялось|состоялся|"
                      r"состоялась|удалось|удастся|произошло|случилось)(?![\w-])", re.IGNORECASE)


# verbs of calling a meeting off: "отменил визит", "встреча была отменена", "переговоры отложили"
_CALLED_OFF = re.compile(r"(?<![\w-])(?:отмен|отлож)(?:ил|ила|ило|или|ен|ена|ено|ены|ять|ить|яет|яют)\w*(?![\w-])",
                         re.IGNORECASE)


def _within(tokens: list[tuple[str, int, int]], span: tuple[int, int]) -> range:
    """The indexes of the tokens inside ``span`` (tokens are in text order)."""
    starts = _starts(tokens)
    first = bisect.bisect_left(starts, span[0])
    last = bisect.bisect_right(starts, span[1])
    while last > first and tokens[last - 1][2] > span[1]:
        last -= 1
    return range(first, last)


_STARTS: list = [None, []]  # the last token list seen and its start offsets


def _starts(tokens: list[tuple[str, int, int]]) -> list[int]:
    if _STARTS[0] is not tokens:
        _STARTS[0], _STARTS[1] = tokens, [t[1] for t in tokens]
    return _STARTS[1]


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 4):start].rstrip(" \xa0«\"(")
    return not before or before[-1] in ".!?\n"


def _inside(at: int, span: tuple[int, int]) -> bool:
    return span[0] <= at < span[1]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _outsider_agent(doc: AnnotatedDocument, text: str, clause: tuple[int, int], event: KnownEvent) -> bool:
    """Whether a state the clause makes its agent (Russian case and order) is not among the known
    event's listed parties."""
    parties = {actor for actor, _ in event.participants}
    if not parties:
        return False
    states = {a.actor_id for a in doc.found.actors if a.type == "state"}
    told = EventMention("", "", clause[0], clause[1], text[clause[0]:clause[1]])
    return any(m.actor_id in states and m.actor_id not in parties and
               russian_role(text, told, m, reported=True) == "agent"
               for m in doc.found.actor_mentions if clause[0] <= m.char_start < clause[1])


def _year_timex(timexes: list[Timex], clause: tuple[int, int]) -> Timex | None:
    """A year-or-finer date in the clause ("Послание 2018 года")."""
    for timex in timexes:
        if clause[0] <= timex.char_start < clause[1] and timex.type == "DATE" and timex.date_begin \
                and timex.granularity in ("day", "month", "year", "season", "quarter"):
            return timex
    return None


def _calendar_timex(timexes: list[Timex], clause: tuple[int, int]) -> Timex | None:
    return _year_timex(timexes, clause)


def _choose(events: list[KnownEvent], timexes: list[Timex], clause: tuple[int, int], dct: date | None) -> KnownEvent:
    """Of the events sharing a name: the one of the clause's year, else the one nearest the document's date."""
    if len(events) == 1:
        return events[0]
    dated = _year_timex(timexes, clause)
    if dated is not None:
        same = [e for e in events if e.date_begin and e.date_begin.year == dated.date_begin.year]
        if same:
            return same[0]
    if dct is not None:
        return min(events, key=lambda e: (abs(((e.date_begin or date.min) - dct).days), e.event_id))
    return min(events, key=lambda e: (e.date_begin or date.min, e.event_id))


__all__ = ["RussianEvents", "load_russian_event_knowledge"]
