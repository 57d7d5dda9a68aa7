"""English names for the events found in Russian text.

The name is the event's noun phrase, from its trigger word ("проект договора о предотвращении
размещения оружия в космосе"), put into English word by word through the glossary
(``knowledge/events/ru/glossary.tsv``): "Draft Treaty on Prevention of Placement of Weapons in
Space". Russian marks "of" with the genitive case, so a genitive word after a noun, and the
object after a verb, get "of"; a phrase whose English differs from its words' ("гонка
вооружений": "Arms Race") is one glossary entry. An actor the actor stage found is written by its
English name; another capitalised word is transliterated. The phrase ends at the first word the
glossary does not know, at a date, or where the grammar leaves the noun phrase; a trigger
without an English word keeps no name here (the caller then keeps the Russian one).
"""
from __future__ import annotations

import re
from functools import lru_cache

from dataclasses import dataclass, field

from ...knowledge.files import Row
from ...knowledge.russian_names import WORD, morph, norm
from ..actors.ru import transliterate
from .naming import title_case

_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
MAX_WORDS = 10  # English words of a name, as the English names' limit
_ADJECTIVES_BEFORE = 3
_FUNCTION_TAGS = ("PREP", "CONJ")
_VERB_TAGS = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND"})
# personal pronouns after "с" ("с нами", "с ними"): whom the act is with, which a name leaves out
_WITH_PERSON = frozenset({"нами", "ними", "ним", "ней", "нею", "мной", "мною", "тобой", "вами"})
_ENGLISH_SMALL = frozenset({"of", "on", "in", "and", "or", "to", "from", "for", "with", "against", "between",
                            "after", "under", "without", "through", "over", "around"})


@dataclass
class Glossary:
    """Russian dictionary forms (one word, or a phrase of several) -> English."""

    entries: dict[tuple[str, ...], str] = field(default_factory=dict)
    longest: int = 1
    phrases: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)  # first word -> entries of 2+ words

    def add(self, row: Row) -> None:
        """Add one row of a glossary file (a later row of the same words wins).

        Raises:
            KnowledgeError: a Russian side with a non-Cyrillic word, or an English side that
            is not Latin letters.
        """
        russian = tuple(norm(w) for w in row.require("russian").split())
        english = " ".join(row.require("english").split())
        if not all(_cyrillic(w) for w in russian):
            raise row.error(f"russian {row.require('russian')!r} is not Russian words in Cyrillic")
        if not all(c.isascii() and (c.isalpha() or c in " -'") for c in english):
            raise row.error(f"english {english!r} is not an English word or phrase")
        if len(russian) > 1 and russian not in self.entries:
            self.phrases.setdefault(russian[0], []).append(russian)
        self.entries[russian] = english
        self.longest = max(self.longest, len(russian))


def _cyrillic(word: str) -> bool:
    return bool(word) and all("а" <= c <= "я" or c in "ё-" for c in word)


@dataclass(frozen=True, slots=True)
class _Word:
    text: str
    start: int
    end: int
    keys: tuple[str, ...]  # the word as written, then its dictionary forms in the dictionary's order
    tags: tuple  # pymorphy tags of its readings

    @property
    def function(self) -> bool:
        return any(t.POS in _FUNCTION_TAGS for t in self.tags)

    @property
    def genitive(self) -> bool:
        return any("gent" in t for t in self.tags if t.POS in ("NOUN", "ADJF", "NPRO", "NUMR"))

    @property
    def plural(self) -> bool:
        """The word's first noun reading is plural ("испытаний": tests)."""
        noun = next((t for t in self.tags if t.POS == "NOUN" and "Abbr" not in t), None)
        return noun is not None and "plur" in noun and "Pltm" not in noun

    def part_as(self, key: tuple[str, ...] | None) -> str:
        """The part of the word read as the dictionary form ``key`` matched ("новых" as "новый", an
        adjective, not as "новое", the noun "news"); its likeliest part where no reading has it."""
        if key is not None:
            for parse in morph().parse(self.text):
                if norm(parse.normal_form) == key[0] and parse.tag.POS not in ("INTJ", "PRCL"):
                    return "verb" if parse.tag.POS in _VERB_TAGS else "adj" if parse.tag.POS == "ADJF" else "noun"
        return self.part

    @property
    def part(self) -> str:
        """noun, adj or verb: the word's likeliest reading that is none of the interjection and
        abbreviation readings the dictionary lists first for one-letter words."""
        for tag in self.tags:
            if tag.POS in ("INTJ", "PRCL") or "Abbr" in tag and len(self.text) < 3:
                continue
            if tag.POS in _VERB_TAGS:
                return "verb"
            return "adj" if tag.POS == "ADJF" else "noun"
        return "noun"


def _word(text: str, start: int, end: int) -> _Word:
    keys, tags = _analysis(text)
    return _Word(text, start, end, keys, tags)


def _spans(text: str, phrase: tuple[int, int]) -> list[tuple[int, int]]:
    """The (start, end) of each word of ``phrase``; a capitalised word joined by hyphens to the
    next ("Нью-Дели", "Абу-Даби") is one word, a name written in parts."""
    spans: list[tuple[int, int]] = []
    for m in WORD.finditer(text, phrase[0], phrase[1]):
        if spans and m.start() == spans[-1][1] + 1 and text[spans[-1][1]] in "-\u2011" \
                and text[spans[-1][0]].isupper() and m.group()[:1].isupper():
            spans[-1] = (spans[-1][0], m.end())
        else:
            spans.append((m.start(), m.end()))
    return spans


def found_key(words: list["_Word"], i: int, end: int, glossary: Glossary) -> tuple[str, ...] | None:
    """The glossary key that matched words[i:end]."""
    return next((key for key, _ in _candidates(words, i, end - i, glossary)), None)


@lru_cache(maxsize=16384)
def _analysis(text: str) -> tuple[tuple[str, ...], tuple]:
    """A word's dictionary keys and tags: analysed once, however often the texts repeat it."""
    parses = morph().parse(text)
    return tuple(dict.fromkeys([norm(text)] + [norm(p.normal_form) for p in parses])), tuple(p.tag for p in parses)


def english_name(text: str, trigger_start: int, phrase: tuple[int, int], glossary: Glossary,
                 actors: list[tuple[int, int, str]] = (), stops: list[tuple[int, int]] = ()) -> str | None:
    """The English name of the event whose trigger word starts at ``trigger_start``, from the
    words of ``phrase`` (the trigger's stretch of text: a few words before it and the rest of
    its clause part), or None where the trigger has no English.

    ``actors`` are (start, end, English name) of the actor mentions in the phrase; ``stops``
    are spans (dates) that end a name.
    """
    found = _spans(text, phrase)
    head = next((i for i, m in enumerate(found) if m[0] == trigger_start), None)
    if head is None:
        return None
    first = max(0, head - max(glossary.longest - 1, _ADJECTIVES_BEFORE))  # only words a name could reach are read
    words = [_word(text[s:e], s, e) for s, e in found[first:]]
    head -= first
    # a phrase entry may begin before the trigger ("проект договора": "Draft Treaty")
    start = head
    for back in range(min(glossary.longest - 1, head), 0, -1):
        found = _entry_at(words, head - back, glossary)
        if found is not None and found[1] > head:
            start = head - back
            break
    if _entry_at(words, start, glossary) is None:
        return None
    # the adjectives right before it ("ядерные испытания": "Nuclear Tests")
    while start > 0 and words[start - 1].part == "adj" and not words[start - 1].function \
            and not text[words[start - 1].end:words[start].start].strip() and _entry_at(words, start - 1, glossary):
        start -= 1
    out: list[str] = []
    before_with: str | None = None  # the part of the word before a "с" ("with"), while that is the last word
    noun_at = 0
    previous: str | None = None  # the part of the last word put into English
    i = start
    while i < len(words) and len(out) <= MAX_WORDS + 2:
        word = words[i]
        if word.text.isdigit() or any(s <= word.start < e for s, e in stops):
            break
        actor = next(((e, name) for s, e, name in actors if s <= word.start < e), None)
        found = None if actor else _entry_at(words, i, glossary)
        referent = _referent(text, words, i, glossary, actors, stops) if previous == "verb" and not actor else None
        if referent:
            # "Мы покажем их": the act's object is what the pronoun stands for ("...ракеты «Сармат».")
            english, part, end = referent, "noun", i + 1
        elif actor:
            # a demonym ("натовских воинских контингентов") is an adjective of the noun after it
            # a person the actor stage knows only in Russian ("Петер Хольм") is spelt in Latin letters
            english = " ".join(transliterate(w).capitalize() for w in actor[1].split()) \
                if _CYRILLIC.search(actor[1]) else actor[1]
            english, part, end = english, "adj" if word.part == "adj" else "noun", \
                next((k for k in range(i, len(words)) if words[k].start >= actor[0]), len(words))
        elif found:
            english, end = found
            last = words[end - 1]
            if english.split()[-1] in _ENGLISH_SMALL:
                # a preposition, or a phrase that is one ("в отношении": against; "выйти из": withdrawal
                # from; "посетить": visit to): what follows is its object, with no "of"
                part = "function"
            else:
                part = last.part_as(found_key(words, i, end, glossary)) if end - i == 1 else last.part
            if part == "noun" and last.plural and " " not in english and english[:1].islower():
                english = _plural(english)
            if norm(word.text) == "на" and out and out[-1].lower() in _MOTIONS and end < len(words) \
                    and _direction(words[end]):
                english = "to"  # "отправка на Украину": a sending to a place ("нападение на": an attack on it)
            elif norm(word.text) in ("в", "во") and out and out[-1].lower() in _MOTIONS and end < len(words) \
                    and _into(words[end]):
                english = "to"  # "визит в Китай": a visit to a place ("визит в Китае": in it)
        elif word.text[:1].isupper():
            # a name in parts ("Нью-Йорка", "Абу-Даби") declines in its last part only
            *parts, tail = re.split(r"[-\u2011]", word.text)
            english, part, end = "-".join([transliterate(p).capitalize() for p in parts] +
                                          [transliterate(_dictionary_form(_word(tail, 0, 0))).capitalize()]), \
                "noun", i + 1
            if previous == "noun" and _quoted(text, word):
                # a name in quotes after its noun ("ракеты «Сармат»") goes before it, as in English
                out.insert(noun_at, english)
                i = end
                continue
            if previous == "name" and not text[words[i - 1].end:word.start].strip():
                # "с Джоном Кирби": the words of one person's name, each in its dictionary form, with no "of"
                out.append(english)
                i = end
                continue
            part = "name"
        elif word.part == "adj" and previous not in ("noun", "name"):
            i += 1  # an adjective the glossary lacks ("масштабные санкции"): the noun still names it
            continue
        elif norm(word.text) in _WITH_PERSON and out and out[-1] == "with" and before_with:
            # "переговоры с нами по вопросам ...": who the talks are with is the speaker or a person
            # the name cannot say; the phrase goes on after it ("Talks on Issues of ...")
            out.pop()
            previous, i = before_with, i + 1
            continue
        else:
            break
        if previous in ("noun", "name"):
            if part == "function":
                pass
            elif word.genitive:  # an actor too: "альянс Швеция приняла" does not make "Alliance of Sweden"
                out.append("of")
            else:
                break
        elif previous == "verb":
            if actor and not any(c in t for t in word.tags for c in ("gent", "accs", "datv", "ablt", "loct")):
                break  # "подписала Венгрия": a name only in the nominative after the verb is its subject
            if part != "function" and not (out and out[-1] in _ENGLISH_SMALL):
                # a verb glossed with its own preposition ("посетить" -> "visit to") keeps it: no "of"
                out.append("of")
        elif previous == "function":
            if part in ("function", "verb"):
                break
        elif previous == "adj":
            # adjectives joined by "и" ("средней и меньшей дальности") stay in the phrase
            if part == "verb" or part == "function" and "CONJ" not in {t.POS for t in word.tags}:
                break
        if part in ("adj", "noun", "name") and previous != "adj":
            noun_at = len(out)  # where the noun phrase now being written begins
        before_with = previous if english == "with" else None
        out.extend(english.split())
        previous, i = part, end
    if previous == "adj" and noun_at > 0:
        # the phrase stopped before the noun of its last adjectives ("с большим трудом", "трудом" not in
        # the glossary): "with Major" would dangle, so the name ends before them
        del out[noun_at:]
    if len(out) > MAX_WORDS + 2:
        out = out[:MAX_WORDS]  # a name of 11 or 12 words is kept whole rather than cut mid-phrase, as in English
    while out and out[-1].lower() in _ENGLISH_SMALL:
        out.pop()
    return title_case(" ".join(out)) if out else None


# third-person object pronouns (closed class, grammar not knowledge) -> the number and genders of the
# noun they stand for
_PRONOUNS = {"их": ("plur", ()), "его": ("sing", ("masc", "neut")), "её": ("sing", ("femn",)),
             "ее": ("sing", ("femn",))}
_SENTENCE_END = re.compile(r"[.!?…]+[»\"]?\s+")


def _quoted(text: str, word: _Word) -> bool:
    """Whether the word is written in quotes of its own ("«Сармат»")."""
    return text[word.start - 1:word.start] in "«\"" and text[word.end:word.end + 1] in "»\"" \
        and word.start > 0 and word.end < len(text)


def _referent(text: str, words: list[_Word], i: int, glossary: Glossary, actors, stops) -> str | None:
    """The English of the noun an object pronoun after the event's verb stands for, or None.

    The pronoun must end its phrase or stand before a preposition (a word after it could make it a
    possessive: "покажем их ракеты"). The noun is the only nominative noun of the pronoun's number
    (and gender) with English in the sentence before, outside a prepositional phrase; the
    pronoun's own sentence before it must hold no noun of that number (it could stand for that).
    """
    word = words[i]
    agreement = _PRONOUNS.get(norm(word.text))
    if agreement is None:
        return None
    if i + 1 < len(words) and not words[i + 1].function \
            and not _SENTENCE_END.match(text, word.end) and text[word.end:words[i + 1].start].strip() == "":
        return None
    number, genders = agreement
    starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text, 0, word.start)]
    own = starts[-1]
    before = starts[-2] if len(starts) > 1 else None
    if before is None:
        return None

    def agrees(tag) -> bool:
        return tag.POS == "NOUN" and number in tag and (not genders or any(g in tag for g in genders))

    own_words = [_word(m.group(), m.start(), m.end()) for m in WORD.finditer(text, own, word.start)]
    if any(agrees(t) for w in own_words for t in w.tags if "Abbr" not in t):
        return None
    sentence = [_word(m.group(), m.start(), m.end()) for m in WORD.finditer(text, before, own)]
    found = []
    for k, w in enumerate(sentence):
        if w.function or w.part != "noun" or w.text[:1].isupper() \
                or not any(agrees(t) and "nomn" in t and "Abbr" not in t for t in w.tags):
            continue
        if any(t.POS == "ADJF" for t in w.tags) and k + 1 < len(sentence) and sentence[k + 1].part in ("adj", "noun") \
                and not text[w.end:sentence[k + 1].start].strip():
            continue  # "первые серийные ракеты": an adjective of the noun after it
        j = k - 1
        while j >= 0 and sentence[j].part == "adj" and not sentence[j].function:
            j -= 1
        if j >= 0 and sentence[j].function and any(t.POS == "PREP" for t in sentence[j].tags):
            continue  # "в войска": inside a prepositional phrase
        if _entry_at(sentence, k, glossary) is not None:
            found.append(w)
    if len(found) != 1:
        return None
    return english_name(text, found[0].start, (before, own), glossary, actors, stops)


_MOTIONS = frozenset({"dispatch", "sending", "transfer", "transfers", "delivery", "deliveries", "supply", "supplies",
                      "visit", "visits", "trip", "return", "export", "exports", "shipment", "shipments", "flight",
                      "redeployment", "relocation"})


def _direction(word: _Word) -> bool:
    """Whether a noun after "на" is only ever accusative (a destination: "на Украину"), never
    prepositional or dative ("на Украине": a place)."""
    nouns = [t for t in word.tags if t.POS == "NOUN"]
    return bool(nouns) and all("accs" in t for t in nouns)


def _into(word: _Word) -> bool:
    """Whether a noun after "в" is a destination: an accusative reading and none in the
    prepositional case ("в Китай", not "в Китае"; an indeclinable "в США" stays a place)."""
    nouns = [t for t in word.tags if t.POS == "NOUN"]
    return any("accs" in t for t in nouns) and not any("loct" in t or "loc2" in t for t in nouns)


def _plural(noun: str) -> str:
    """The English plural of a glossary noun written in the singular."""
    if noun.endswith("s") or noun in _UNCOUNTED:
        return noun
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("sh", "ch", "x")):
        return noun + "es"
    return noun + "s"


_UNCOUNTED = frozenset({"security", "stability", "peace", "cooperation", "assistance", "trade", "energy", "space",
                        "defence", "protection", "aggression", "control", "sovereignty", "independence", "production",
                        "development", "construction", "participation", "membership", "pressure", "interference",
                        "compliance", "implementation", "prevention", "proliferation", "non-proliferation", "oil",
                        "gas", "silence", "leadership", "friendship", "partnership"})


def _entry_at(words: list[_Word], i: int, glossary: Glossary) -> tuple[str, int] | None:
    """The longest glossary entry whose words start at words[i]: (its English, the end index)."""
    for length in range(min(glossary.longest, len(words) - i), 0, -1):
        for key, english in _candidates(words, i, length, glossary):
            return english, i + length
    return None


def _candidates(words: list[_Word], i: int, length: int, glossary: Glossary):
    """Entries of ``length`` words matching words[i:i + length] (each entry word among the text
    word's forms)."""
    if length == 1:
        # a function word as written first: "в" is also read as an abbreviation
        word = words[i]
        written = norm(word.text)
        if (written,) in glossary.entries and word.function:
            yield (written,), glossary.entries[(written,)]
            return
        for key in word.keys:
            if (key,) in glossary.entries:
                yield (key,), glossary.entries[(key,)]
                return
        return
    for first in words[i].keys:
        for key in glossary.phrases.get(first, ()):
            if len(key) == length and all(key[k] in words[i + k].keys for k in range(length)):
                yield key, glossary.entries[key]
                return


def _dictionary_form(word: _Word) -> str:
    form = morph().parse(word.text)[0].normal_form
    return form if form else word.text


__all__ = ["Glossary", "english_name"]
