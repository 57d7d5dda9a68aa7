"""Roles of the actors a Russian clause names, read from Russian word order and case.

Russian marks who does what to whom by case and preposition more than by place, so the English
reading of :func:`..link.clauses.text_role` (a name before the clause's first verb is its agent,
"with X" a participant, "against X" a target) does not apply: it finds no English verb and calls
everyone "mentioned". Here:

- "против X" (against), "в отношении X" (with regard to: "санкции в отношении Ирана"), "по X" (a
  strike on) make X the target; so does the accusative object of a verb of accusing ("Москву
  обвинили в ..."); the place a visit goes to
  ("посетил Киев") is a participant, its host;
- "с X" / "со X" with the instrumental case (with), "между X" (between) make X a participant;
  "с" with the genitive ("с 2014 года", from) does not;
- a name in the nominative before the clause's first finite verb is its subject, the agent
  ("Евросоюз ввёл санкции", "Россия и Китай подписали"); so is a name in the instrumental right
  after a passive participle ("было подписано Россией"), and a name in the nominative right after
  the verb that agrees with it (number; gender in the past singular), where nothing before the
  verb could be its subject: for an intransitive verb no nominative noun ("из договора вышли
  США": such a verb takes no object), for a transitive one no agreeing nominative ("Пошлины ввела
  Канада": "пошлины" is plural; "Договор подписал Китай" stays unread);
- in "X заявил, что ..." / "X сообщил, что ..." the speaker tells another event, not does it
  (mentioned); the event's agent is read after the "что"; likewise the subject of a verb of
  reacting or causing ("X осудил решение ...", "X спровоцировал конфликты") is mentioned;
- everyone else is mentioned.

The word classes come from pymorphy3's dictionary (cached per word).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..knowledge.russian_names import morph
from ..records import ActorMention, EventMention

_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")
# the preposition (and up to two words of the same phrase: "с госсекретарём США", "против российских
# банков") before the name
_PREPOSITION = re.compile(r"(?<![\w-])(?P<prep>против|по|с|со|между|в|во|на|из|к|ко|от|у|о|об|для|при)\s+"
                          r"(?P<between>(?:[А-Яа-яЁё-]+\s+){0,2})$", re.IGNORECASE)
# the prepositions whose phrase may hold the name after its head noun, in the genitive ("с госсекретарём
# США", "против банков России"); the others count only right before the name ("в России")
_PARTY_PREPOSITIONS = frozenset({"против", "с", "со", "между"})
# "по словам X" (according to X) names a source, not a target
_ACCORDING = frozenset({"словам", "данным", "мнению", "оценке", "оценкам", "сообщению", "информации"})
# verbs that tell: a speaker's clause opening the event's own ("Кремль сообщил, что ...")
_SAYING = frozenset({"заявить", "сообщить", "сказать", "отметить", "подчеркнуть", "объявить", "считать",
                     "признать", "рассказать", "уточнить", "напомнить", "добавить", "указать", "говорить",
                     "заявлять", "сообщать", "утверждать", "пояснить"})
# verbs of reacting to or bringing about another's act: "Китай осудил решение ...", "Запад спровоцировал
# конфликты": their subject is no doer of the event they govern (unless the event is the reaction itself)
_REACTING = frozenset({"спровоцировать", "провоцировать", "вызвать", "вызывать", "осудить", "осуждать",
                       "поддержать", "поддерживать", "приветствовать", "критиковать", "раскритиковать"})
# verbs of visiting: the place right after them is the visit's host ("посетил Варшаву")
_VISITING = frozenset({"посетить", "посещать"})
# "в отношении X": X is what the act is directed at
_REGARDING = re.compile(r"(?<![\w-])в\s+отношении\s+(?:[А-Яа-яЁё-]+\s+){0,2}$", re.IGNORECASE)
# verbs of saying that are also acts without a "что" ("признал, что ..." tells; "признал независимость" acts)
_SAYING_WITH_THAT_ONLY = frozenset({"признать"})
# verbs of accusing: their accusative object is the accused, the target
_ACCUSING = frozenset({"обвинить", "обвинять"})
_THAT = re.compile(r"(?<![\w-])(?:что|будто)(?![\w-])", re.IGNORECASE)


def is_russian(mention: str) -> bool:
    """Whether an actor's mention is written in Cyrillic (a Russian clause)."""
    return bool(_CYRILLIC.search(mention))


@lru_cache(maxsize=8192)
def finite_verb(word: str) -> str | None:
    """The infinitive of ``word`` when its first reading is a finite verb (past or present) and no
    reading is a noun ("дел": of affairs, not "put"), else None."""
    parses = morph().parse(word)
    if parses[0].tag.POS == "VERB" and not any(p.tag.POS == "NOUN" for p in parses):
        return parses[0].normal_form
    return None


@lru_cache(maxsize=8192)
def _has_case(word: str, case: str) -> bool:
    """Whether some reading of ``word`` is in ``case`` (pymorphy3's grammeme: nomn, ablt ...)."""
    return any(case in p.tag for p in morph().parse(word))


def _first_verb(text: str, start: int, end: int) -> re.Match | None:
    for word in _WORD.finditer(text, start, end):
        if finite_verb(word.group().lower()) is not None:
            return word
    return None


@lru_cache(maxsize=8192)
def _passive_participle(word: str) -> bool:
    """Whether the first reading of ``word`` is a passive participle ("подписано", "введены", "принятый")."""
    tag = morph().parse(word)[0].tag
    return tag.POS in ("PRTS", "PRTF") and "pssv" in tag


def _passive(words: list, before: str) -> bool:
    """Whether a passive participle governs the name right after it: "подписано Россией", also
    through other names in the instrumental joined to it ("подписано Россией и Украиной")."""
    if not words or before[words[-1].end():].strip():
        return False
    for word in reversed(words):
        w = word.group().lower()
        if _passive_participle(w):
            return True
        if w != "и" and not _has_case(w, "ablt"):
            return False
    return False


def _governs(preposition: str, between: list[str], head: str) -> bool:
    """Whether the preposition's phrase holds the name: right before it, or (a party's preposition)
    before a noun the name, in the genitive, belongs to; never across a verb."""
    if not between:
        return True
    return preposition in _PARTY_PREPOSITIONS and _has_case(head, "gent") and \
        not any(finite_verb(w.lower()) for w in between)


def russian_role(text: str, clause: EventMention, actor: ActorMention, reported: bool = False) -> str:
    """The role of ``actor`` in the Russian ``clause`` (see the module's docstring).

    ``reported``: the event is not a statement, so a verb of saying opening the clause tells it.
    """
    before = text[max(clause.char_start, actor.char_start - 50):actor.char_start]
    prep = _PREPOSITION.search(before)
    last = list(_WORD.finditer(before))
    if last and _passive(last[-4:], before) and any(_has_case(w.group().lower(), "ablt") for w in _WORD.finditer(actor.text)):
        return "agent"  # "было подписано Россией": the instrumental after a passive participle does it
    if last and before[last[-1].end():].isspace() and finite_verb(last[-1].group().lower()) in _VISITING:
        return "participant"  # "посетил Киев": the state a visit goes to hosts it
    head = _WORD.search(actor.text)
    head = head.group().lower() if head is not None else ""
    if _REGARDING.search(before):
        return "target"  # "санкции в отношении Ирана"
    if prep is not None and prep.group("prep").lower() == "по" and prep.group("between").split()[:1] and \
            prep.group("between").split()[0].lower() in _ACCORDING:
        return "mentioned"  # "по словам X": X is a source
    if prep is not None and _governs(prep.group("prep").lower(), prep.group("between").split(), head):
        word = prep.group("prep").lower()
        between = prep.group("between").split()
        following = (between[0] if between else actor.text.split()[0]).lower()
        if word == "против" or word == "по" and not between:
            return "target"
        if word == "между":
            return "participant"
        if word in ("с", "со") and _has_case(following, "ablt"):
            return "participant"
        return "mentioned"
    start = clause.char_start
    verb = _first_verb(text, start, clause.char_end)
    if verb is not None and finite_verb(verb.group().lower()) in _ACCUSING and \
            _accusative_only(actor.text):
        return "target"  # "Москву обвинили в срыве сделки": the accused
    if reported and verb is not None and finite_verb(verb.group().lower()) in _SAYING and not (
            finite_verb(verb.group().lower()) in _SAYING_WITH_THAT_ONLY and
            _THAT.search(text, verb.end(), clause.char_end) is None):
        that = _THAT.search(text, verb.end(), clause.char_end)
        if actor.char_end <= verb.start() or that is None or actor.char_start < that.end():
            return "mentioned"  # the one who tells it
        start = that.end()
        verb = _first_verb(text, start, clause.char_end)
    elif reported and verb is not None and finite_verb(verb.group().lower()) in _REACTING:
        if actor.char_end <= verb.start():
            return "mentioned"  # the one who reacts to it or brings it about
        start = verb.end()
        verb = _first_verb(text, start, clause.char_end)
    if verb is not None and start <= actor.char_start and actor.char_end <= verb.start() and \
            any(_has_case(w.group().lower(), "nomn") for w in _WORD.finditer(actor.text)):
        return "agent"  # a name of several words is in the nominative if one of them can be ("Ллойд Остин")
    if verb is not None and verb.end() <= actor.char_start and _subject_after(text, start, verb, actor):
        return "agent"  # "из договора вышли США"
    return "mentioned"


@lru_cache(maxsize=8192)
def _accusative_only(name: str) -> bool:
    """Whether a name's first word reads as accusative and never as nominative ("Москву")."""
    first = _WORD.search(name)
    if first is None:
        return False
    parses = morph().parse(first.group().lower())
    return any("accs" in p.tag for p in parses) and not any("nomn" in p.tag for p in parses)


@lru_cache(maxsize=8192)
def verb_form(word: str):
    """The likeliest reading's tag of a finite verb, else None."""
    tag = morph().parse(word)[0].tag
    return tag if tag.POS == "VERB" else None


def agrees(tag, verb, joined: bool = False) -> bool:
    """Whether a reading ``tag`` is a nominative that can be the subject of the finite verb
    ``verb``: the same number (a plural verb also takes names joined by "и"), and in the past
    singular the same gender."""
    if "nomn" not in tag or tag.POS not in ("NOUN", "NPRO", "ADJF"):
        return False
    if verb.number and tag.number and verb.number != tag.number and not (joined and verb.number == "plur"):
        return False
    if verb.tense == "past" and verb.number == "sing" and verb.gender and tag.gender \
            and tag.gender != verb.gender and "ms-f" not in tag and "GNdr" not in tag:
        return False
    return True


@lru_cache(maxsize=8192)
def _word_class(word: str) -> str:
    """"prep" for a word with a preposition's reading ("в", "из": also read as abbreviations and
    names), "noun" for a word whose likeliest reading is a noun or pronoun, else "other"."""
    parses = morph().parse(word)
    if any(p.tag.POS == "PREP" for p in parses):
        return "prep"
    return "noun" if parses[0].tag.POS in ("NOUN", "NPRO") else "other"


_FIRST_CONJUNCT = re.compile(r"\s+(?P<name>[А-ЯЁ][А-Яа-яЁё-]*(?:\s+[А-ЯЁ][А-Яа-яЁё-]*){0,2})\s+и\s+")


def _subject_after(text: str, start: int, verb: re.Match, actor: ActorMention) -> bool:
    """Whether ``actor``, written after the clause's first verb, is its subject: the name follows
    the verb directly (an adverb aside, no comma), a word of it is a nominative agreeing with the
    verb (in number, in the past singular also in gender; a plural verb also takes a name joined
    by "и" to another), and no noun outside a prepositional phrase before the verb could be the
    subject instead: for an intransitive verb (which takes no object) no noun read first as a
    nominative, for a transitive one no nominative agreeing with it ("Санкции ввёл Евросоюз":
    "санкции" is plural, "ввёл" singular; "Договор подписал Китай" stays unread)."""
    form = verb_form(verb.group().lower())
    if form is None:
        return False
    between = text[verb.end():actor.char_start]
    first = _FIRST_CONJUNCT.fullmatch(between)
    if first is not None and form.number == "plur":
        # "подписали Россия и Китай": the second of two names joined by "и" is a subject with the first
        at = verb.end() + first.start("name")
        return _subject_after(text, start, verb, ActorMention(actor.actor_id, actor.doc_id, at,
                                                             verb.end() + first.end("name"), first.group("name")))
    if "," in between or len(_WORD.findall(between)) > 1:
        return False
    joined = re.match(r"\s+и\s", text[actor.char_end:actor.char_end + 4]) is not None
    if not any(agrees(p.tag, form, joined) for w in _WORD.finditer(actor.text) for p in morph().parse(w.group().lower())):
        return False
    governed = False  # whether the word is in a preposition's phrase
    for word in _WORD.finditer(text, start, verb.start()):
        w = word.group().lower()
        kind = _word_class(w)
        if kind == "prep":
            governed = True
        elif kind == "noun":
            if not governed:
                parses = morph().parse(w)
                if word.group()[:1].islower():
                    # a lower-case word is no name ("газа": of gas, not Gaza)
                    parses = [p for p in parses if not {"Geox", "Name", "Surn", "Patr", "Orgn", "Abbr"} & p.tag.grammemes]
                if "intr" in form and "nomn" in parses[0].tag or \
                        "intr" not in form and any(agrees(p.tag, form) for p in parses):
                    return False
            governed = False  # the preposition's phrase ends with its noun
    return True
