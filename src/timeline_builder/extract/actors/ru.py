"""Russian actors: knowledge-base names in every case form, demonyms, metonyms, "our country",
and discovery of people and organisations the knowledge base lacks.

Names come from ``knowledge/actors/ru/*.tsv`` with the English ids, so a Russian and an
English document share ``russia``, ``vladimir-putin``. Case forms are found through
pymorphy3: the knowledge names are expanded to all their forms when loaded, and only the
capitalised words no name covers are analysed while a document is read (once per word).
Conventions follow shared/gold/ru/README.md: inflected names, demonym adjectives (also inside
"российско-американские" and "антиамериканский") and capitals standing for the government
are mentions; a capital named as a place ("в Москве") is not.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from ...knowledge.actors import ActorKnowledge, KnownActor
from ...knowledge.actors_ru import WORD, RussianActorKnowledge, morph, norm
from ...knowledge.files import knowledge_files, read_tsv
from ...knowledge.russian_names import form_map
from ...records import (
    Actor,
    ActorMention,
    ActorRole,
    AnnotatedDocument,
    Extraction,
    slugify,
)

# Prepositions after which a capital is the place, not the government ("в Москве", "из Киева").
PLACE_PREPOSITIONS = {"в", "во", "на", "из", "под", "около", "возле", "у", "до", "через", "по", "близ", "вблизи"}
OUR_COUNTRY = re.compile(r"(?<![\w-])(?:наш(?:а|ей|у|ею)|нашей)[\s\xa0]+стран(?:а|ы|е|у|ой|ою)(?![\w-])",
                         re.IGNORECASE)
PREFIXES = ("анти", "про", "пан")
_TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                      "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))


def transliterate(text: str) -> str:
    """A Latin spelling of a Russian name (BGN/PCGN-like), for the ids of discovered actors."""
    out = []
    for char in text:
        lower = char.lower()
        latin = _TRANSLIT.get(lower, char)
        out.append(latin.capitalize() if char != lower and latin else latin)
    return "".join(out)


@dataclass
class _Tokens:
    words: list[str]
    starts: list[int]
    ends: list[int]


@dataclass
class _State:
    text: str
    tokens: _Tokens
    taken: list[bool]
    mentions: list[tuple[int, int, str]] = field(default_factory=list)
    actors: dict[str, KnownActor | tuple[str, str, str | None]] = field(default_factory=dict)
    surnames: dict[str, str] = field(default_factory=dict)  # surname key -> discovered person id
    keys: list[str] = field(default_factory=list)  # each word's matching key (norm)

    def mention(self, first: int, last: int, actor_id: str, start: int | None = None, end: int | None = None) -> None:
        for i in range(first, last):
            self.taken[i] = True
        begin = self.tokens.starts[first] if start is None else start
        finish = self.tokens.ends[last - 1] if end is None else end
        self.mentions.append((begin, finish, actor_id))


@lru_cache(maxsize=65536)
def _analysis(word: str) -> tuple[str, frozenset[str], str]:
    """(normal form, grammemes of the best parse, its part of speech) of a word, cached."""
    parse = morph().parse(word)[0]
    return parse.normal_form, frozenset(str(parse.tag).replace(" ", ",").split(",")), str(parse.tag.POS)


@lru_cache(maxsize=65536)
def _name_tags(word: str) -> frozenset[str]:
    """Name, Surn, Patr, Orgn, Geox grammemes among the likely parses of a capitalised word."""
    tags = set()
    for parse in morph().parse(word)[:3]:
        if parse.score < 0.1:
            continue
        tags |= {g for g in ("Name", "Surn", "Patr", "Orgn", "Geox") if g in parse.tag}
    return frozenset(tags)


@lru_cache(maxsize=65536)
def _lemma_of_name(word: str, gender: str | None = None, want: str = "Surn") -> str:
    """The nominative of a name word ("Лаврова" -> "Лавров", "Захаровой" -> "Захарова");
    ``want`` is the kind of name the word's place makes likeliest (Name first, Surn last).
    A word the dictionary has no such reading of stays as written."""
    for parse in morph().parse(word):
        if want in parse.tag and (not gender or gender in parse.tag):
            nominative = parse.inflect({"nomn", "sing"})
            base = nominative.word if nominative else parse.normal_form
            return base[:1].upper() + base[1:]
    return word


def _cue_words(name: str, column: str, dirs) -> list[str]:
    """The words of a cue file (``actors/ru/NAME``, packaged and users')."""
    return [row.require(column) for path in knowledge_files(f"actors/ru/{name}", dirs)
            for row in read_tsv(path, required=(column,))]


class RussianActors:
    """The Russian half of the actor extractor: ``__call__(doc) -> Extraction``."""

    def __init__(self, knowledge: ActorKnowledge, russian: RussianActorKnowledge, knowledge_dirs=()):
        self.knowledge, self.russian = knowledge, russian
        # every form of the cue words, so that a document's words are looked up, not analysed
        self.titles = form_map(_cue_words("person_titles.tsv", "title", knowledge_dirs))
        self.org_heads = form_map(_cue_words("org_heads.tsv", "noun", knowledge_dirs))
        self.side_nouns = {form: russian.side_nouns[key] for form, key in form_map(russian.side_nouns).items()}

    def actor(self, actor_id: str) -> KnownActor | None:
        return self.knowledge.actors.get(actor_id) or self.russian.extra_actors.get(actor_id)

    def __call__(self, doc: AnnotatedDocument) -> Extraction:
        text = doc.document.text
        words, starts, ends = [], [], []
        for m in WORD.finditer(text):
            words.append(m.group())
            starts.append(m.start())
            ends.append(m.end())
        state = _State(text, _Tokens(words, starts, ends), [False] * len(words))
        state.keys = [norm(w) for w in words]
        self._names(state)
        self._people(state)
        self._organisations(state)
        self._our_country(state)
        return self._assemble(state, doc.document.doc_id)

    # -- knowledge-base names -------------------------------------------------------------
    def _adjacent(self, state: _State, i: int) -> bool:
        """True when token i+1 follows token i with only spaces or a hyphen between."""
        gap = state.text[state.tokens.ends[i]:state.tokens.starts[i + 1]]
        return len(gap) <= 3 and not gap.strip(" \xa0-\u2011")

    def _names(self, state: _State) -> None:
        words = state.tokens.words
        i = 0
        while i < len(words):
            found = self.russian.names.match_at(words, i, lambda k: self._adjacent(state, k), state.keys)
            if found is None:
                self._prefixed_demonym(state, i)
                i += 1
                continue
            name, end = found
            if name.kind == "not-actor":
                for k in range(i, end):
                    state.taken[k] = True
            elif name.kind == "metonym" and i > 0 and norm(words[i - 1]) in PLACE_PREPOSITIONS:
                for k in range(i, end):
                    state.taken[k] = True  # "в Москве": the place, and no one else ("в Куала-Лумпур": no person)
            elif name.kind == "demonym":
                side = end < len(words) and self._adjacent(state, end - 1) and \
                    self.side_nouns.get(state.keys[end]) == "state"
                state.mention(i, end + 1 if side else end, name.target)
                end += 1 if side else 0
            else:
                state.mention(i, end, name.target)
            i = end

    def _prefixed_demonym(self, state: _State, i: int) -> None:
        """"антиамериканский": a demonym inside a longer word is a mention, marked inside it."""
        lower = state.keys[i]
        if not lower.startswith(PREFIXES):
            return
        for prefix in PREFIXES:
            if lower.startswith(prefix) and len(lower) > len(prefix) + 4:
                rest = lower[len(prefix):]
                for key in self.russian.names.forms.get(rest, ()):
                    for name in self.russian.names.by_first.get(key, ()):
                        if name.kind == "demonym" and len(name.words) == 1:
                            start = state.tokens.starts[i] + len(prefix)
                            state.mention(i, i + 1, name.target, start=start)
                            return

    # -- discovery -----------------------------------------------------------------------
    def _people(self, state: _State) -> None:
        """Given name + surname ("Антон Силуанов"), a title + name ("министр ... Силуанов"),
        and later the surname alone."""
        words, taken = state.tokens.words, state.taken
        n = len(words)
        i = 0
        while i < n:
            if taken[i] or not words[i][:1].isupper() or words[i].isupper():
                i += 1
                continue
            j = i + 1
            # the cheap tests first: the dictionary is asked only about two capitalised words in a row
            if j < n and not taken[j] and words[j][:1].isupper() and self._adjacent(state, i) \
                    and "Name" in _name_tags(words[i]):
                if j + 1 < n and "Patr" in _name_tags(words[j]) and words[j + 1][:1].isupper() \
                        and self._adjacent(state, j):
                    j += 1
                if not words[j].isupper() and ("Surn" in _name_tags(words[j]) or "Name" not in _analysis(words[j])[1]
                                               or _indeclinable_after(words[i], words[j])):
                    self._person(state, i, j + 1)
                    i = j + 1
                    continue
            i += 1
        # a title before a capitalised name: "министр иностранных дел Венгрии Петер Сийярто"
        for i, word in enumerate(words):
            if state.keys[i] not in self.titles or \
                    not (word[:1].islower() or _sentence_start(state.text, state.tokens.starts[i])):
                continue
            j = i + 1
            while j < n and j - i <= 5 and (taken[j] or words[j][:1].islower()) and not words[j].isdigit():
                j += 1
            if j < n and j - i <= 5 and not taken[j] and words[j][:1].isupper() and not words[j].isupper() \
                    and self._adjacent(state, j - 1) and {"Surn", "Name"} & _name_tags(words[j]) | {"x"}:
                k = j + 1
                while k < n and k - j < 3 and not taken[k] and words[k][:1].isupper() and not words[k].isupper() \
                        and self._adjacent(state, k - 1):
                    k += 1
                if _is_name_run(words[j:k]):
                    self._person(state, j, k)
        # a surname alone, after the full name (analysed only where it may be one: same first letters)
        stems = {key[:3] for key in state.surnames}
        for i, word in enumerate(words):
            if not taken[i] and word[:1].isupper() and norm(word[:3]) in stems:
                person = state.surnames.get(norm(_lemma_of_name(word)))
                if person is not None:
                    state.mention(i, i + 1, person)

    def _person(self, state: _State, first: int, last: int) -> None:
        words = state.tokens.words[first:last]
        gender = "femn" if any(w for w in words if "femn" in _analysis(w)[1] and "Name" in _name_tags(w)) else None
        parts = [_lemma_of_name(w, gender, "Name" if k == 0 and len(words) > 1 else
                                "Patr" if 0 < k < len(words) - 1 else "Surn")
                 for k, w in enumerate(words)]
        if len(words) > 1 and gender is None and parts[-1] == words[-1]:
            parts[-1] = _foreign_surname(words[-1], _given_case(words[0]))
        canonical = " ".join(parts)
        actor_id = slugify(transliterate(canonical))
        if not actor_id:
            return
        state.actors.setdefault(actor_id, (canonical, "person", None))
        state.surnames[norm(_lemma_of_name(words[-1], gender))] = actor_id
        state.mention(first, last, actor_id)

    def _organisations(self, state: _State) -> None:
        """"Министерство финансов США", "компания «Роснефть»": a capitalised head noun with its
        lower-case words and a following proper name, or a head noun before a quoted name."""
        words, taken, text = state.tokens.words, state.taken, state.text
        n = len(words)
        for i, word in enumerate(words):
            if taken[i] or state.keys[i] not in self.org_heads:
                continue
            after = text[state.tokens.ends[i]:state.tokens.ends[i] + 3]
            if re.match(r"[\s\xa0]*[«\"„]", after):
                close = re.search(r"[»\"“]", text[state.tokens.ends[i] + 2:state.tokens.ends[i] + 80])
                if close:
                    start = text.index(after.strip()[0], state.tokens.ends[i]) + 1
                    end = state.tokens.ends[i] + 2 + close.start()
                    inside = [k for k in range(i + 1, n) if state.tokens.starts[k] >= start and state.tokens.ends[k] <= end]
                    if inside and words[inside[0]][:1].isupper() and not any(taken[k] for k in inside):
                        name = text[start:end]
                        actor_id = slugify(transliterate(name))
                        state.actors.setdefault(actor_id, (name, "organization", None))
                        state.mention(inside[0], inside[-1] + 1, actor_id)
                continue
            if not word[:1].isupper() or i == 0 or _sentence_start(text, state.tokens.starts[i]):
                continue
            j = i + 1
            while j < n and j - i <= 4 and words[j][:1].islower() and not taken[j] and self._adjacent(state, j - 1):
                j += 1
            if j - i < 2:
                continue
            country = None
            if j < n and taken[j] and self._adjacent(state, j - 1):
                owner = next((a for s, e, a in state.mentions if s == state.tokens.starts[j]), None)
                known = self.actor(owner) if owner else None
                if known is not None and known.type == "state":
                    country = known.country
                    state.mentions = [m for m in state.mentions if m[0] != state.tokens.starts[j]]
                    j += 1
            head = _analysis(word)[0]
            name = " ".join([head[:1].upper() + head[1:]] + words[i + 1:j])
            actor_id = slugify(transliterate(name))
            state.actors.setdefault(actor_id, (name, "organization", country))
            state.mention(i, j, actor_id)

    def _our_country(self, state: _State) -> None:
        """"нашей страны": the state the document mentions most (the speaker's, in a speech)."""
        counts: dict[str, int] = {}
        for _, _, actor_id in state.mentions:
            known = self.actor(actor_id)
            if known is not None and known.type == "state":
                counts[actor_id] = counts.get(actor_id, 0) + 1
        if not counts:
            return
        home = max(sorted(counts), key=lambda a: counts[a])
        for m in OUR_COUNTRY.finditer(state.text):
            state.mentions.append((m.start(), m.end(), home))

    def _assemble(self, state: _State, doc_id: str) -> Extraction:
        mentions = sorted(set(state.mentions))
        used = {a for _, _, a in mentions}
        surfaces: dict[str, set[str]] = {}
        for start, end, actor_id in mentions:
            surfaces.setdefault(actor_id, set()).add(state.text[start:end])
        actors, roles = [], set()
        for actor_id in sorted(used):
            known = self.actor(actor_id)
            if known is not None:
                actors.append(Actor(actor_id, known.name, known.type, known.country,
                                    tuple(sorted(surfaces[actor_id])), None, known.wikidata, "knowledge"))
                for r in self.knowledge.roles_of(actor_id):
                    roles.add(ActorRole(actor_id, r.role, r.organization, r.date_begin, r.date_end, "knowledge"))
            else:
                name, kind, country = state.actors[actor_id]
                actors.append(Actor(actor_id, name, kind, country, tuple(sorted(surfaces[actor_id])), None, None,
                                    "discovered"))
        return Extraction(
            actors=tuple(actors),
            actor_mentions=tuple(ActorMention(a, doc_id, s, e, state.text[s:e]) for s, e, a in mentions),
            actor_roles=tuple(sorted(roles, key=lambda r: (r.actor_id, r.date_begin or date.min, r.role, r.source))))


# the endings a man's foreign surname ending in a consonant takes in each oblique case ("с Джоном
# Хольмом", "у Джона Хольма", "Джону Хольму", "о Джоне Хольме")
_CASE_ENDINGS = {"gent": ("а",), "datv": ("у",), "ablt": ("ом",), "loct": ("е",)}
_VOWELS = frozenset("аеёиоуыэюяйь")


def _indeclinable_after(given: str, word: str) -> bool:
    """Whether ``word``, after the given name ``given``, is read first as an indeclinable name
    ("Кирби", "Антони"): a foreign surname the dictionary lists as a given name ("Джон Кирби",
    "с Джоном Кирби"), where a second given name of the same person would decline with the first."""
    return "Fixd" in _analysis(word)[1] and "Name" in _analysis(given)[1]


@lru_cache(maxsize=8192)
def _given_case(word: str) -> str | None:
    """The case of a man's given name ("Джоном": ablt), where its likeliest name reading says it."""
    for parse in morph().parse(word):
        if "Name" in parse.tag and "masc" in parse.tag:
            return parse.tag.case
    return None


def _foreign_surname(word: str, case: str | None) -> str:
    """A man's surname the dictionary does not know, in the nominative: the case ending of his
    given name's case taken off where a consonant is left ("Хольмом" after "Джоном" -> "Хольм");
    else as written ("Кирби" does not decline)."""
    for ending in _CASE_ENDINGS.get(case, ()):
        stem = word[:-len(ending)]
        if word.endswith(ending) and len(stem) >= 3 and stem[-1].lower() not in _VOWELS:
            return stem
    return word


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 3):start].rstrip(" \xa0«\"(")
    return not before or before[-1] in ".!?\n:"


def _is_name_run(words: list[str]) -> bool:
    """A run of capitalised words that reads as a person's name: the last a surname or unknown
    to the dictionary, none a place or organisation."""
    if not words or len(words) > 3:
        return False
    tags = [_name_tags(w) for w in words]
    if any({"Geox", "Orgn"} & t for t in tags):
        return False
    last = _analysis(words[-1])
    return "Surn" in tags[-1] or "Name" in tags[0] or "UNKN" in last[1] or last[2] == "None"
