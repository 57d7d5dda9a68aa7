"""The shape of an event's clause: which of its names take part, and in what role.

The linker (:mod:`event_actors`) reads roles from where a name stands: before the clause's
first verb (:func:`first_verb`) the agent, after "by" the agent, after "against" the target,
after "with"/"between" a participant (:func:`text_role`); in an event's noun phrase a
possessive is the agent (:func:`phrase_role`). An enumeration's items each belong to their own
event (:func:`enumeration`); an organisation named as a person's affiliation describes the
person (:func:`affiliation`); "the two countries" and "bilateral" are two states named just
before (:func:`pair_before`), or the document's principal ones (:func:`principal_states`), as
they were at the time (:func:`as_of`).
"""
from __future__ import annotations

import bisect
import re
from datetime import date

from ..extract.casefold import CaseBlind
from ..extract.events.phrases import PAIR_REACH as NAME_PAIR_REACH
from ..records import ActorMention, Event, EventMention
from ..extract.ru_roles import is_russian, russian_role
from .voices import paragraph

# Phrases meaning two states: "our countries" are the two the document is about (its voice and
# the other side); "the two countries", "both sides", "bilateral" the last two it named; "the
# parties" signing or agreeing the two states just named (never the principal ones: "the parties"
# of an election story are political parties, and name no states).
BOTH = re.compile(r"\b(?:(?P<ours>our (?:two )?countries)|both countries|the two (?:\w+ )?countries|the countries|"
                   r"the two superpowers|both superpowers|the two powers|both sides|the two sides|bilateral|"
                   r"(?P<parties>(?:the (?:two )?|both )parties(?=\s+(?:have\s+|had\s+|also\s+)?(?:signed|agreed|"
                   r"concluded|reached|adopted|initialled|ratified|exchanged)\b)))\b", re.IGNORECASE)

PAIRED = re.compile(r"\s*[-–/]\s*|\s+and\s+(?:the\s+)?|,\s+")  # between two names said together

_PAIR_REACH = 600  # characters back from "the two countries" where its two states are named

_EXAMPLE_BEFORE = re.compile(r"\b(?:such as|including|like|e\.g\.,?|for example,?|for instance,?|notably|particularly|"
                             r"especially)\s+(?:the\s+)?$")

_ITEM_WORDS = 15  # an enumeration's item is a short phrase, not a clause

_BRACKETED = re.compile(r"\([^()]*(?:\)|$)")  # an aside in brackets (to the clause's end when cut there)

# A state's predecessor for events before it existed in its current form.
_PREDECESSORS = {"russia": ("soviet-union", date(1991, 12, 26))}

_TARGET_BEFORE = re.compile(r"\b(?:against|on|upon|toward|towards|targeting|at|into|from)\s+(?:the\s+)?$", re.IGNORECASE)

_WITH_BEFORE = re.compile(r"\b(?:with|alongside)\s+(?:the\s+)?$", re.IGNORECASE)

# A name a few words into a relative clause opened by "who" without a comma ("officials who monitor Chilean
# affairs said"): it describes the verb's subject, it is not that subject.
_IN_WHO_CLAUSE = re.compile(r"(?<=[a-z]\s)who\s+(?:[\w'’-]+\s+){1,5}(?:the\s+)?$")
_AGENT_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
# A place phrase after a lower-case noun of the subject ("a bombing in Israel", "protests across France"):
# the name says where, the noun says who or what acts.
_PLACE_OF_THE_SUBJECT = re.compile(r"(?<![\w-])[a-z][\w'’-]*\s+(?:in|at|near|inside|across|throughout)\s+(?:the\s+)?$")

# A first-person subject pronoun standing for the speaker (or the state the speaker serves)
_SUBJECT_PRONOUN = re.compile(r"I|[Ww]e")

_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:[^,;.]{0,60}\b(?:and|&)\s+(?:the\s+)?)?$", re.IGNORECASE)

VERB = re.compile(
    r"\b(?:is|was|were|are|has|have|had|will|would|did|does|can|could|may|might|must|should|shall|"
    r"\w{3,}ed|began|led|made|sent|took|gave|held|met|signed|struck|won|lost|fought|became|imposed|"
    r"seeks?|sought|wants?|says?|said)\b", re.IGNORECASE)

# Words of an office held for a state (or of its national side): a demonym before them names the
# state the holder acts for ("his Spanish counterpart", "Ireland captain").
_OFFICE = re.compile(r"\b(?:president|prime|premier|minister|ministers|ministry|chancellor|secretary|ambassador|envoy|"
                     r"consul|diplomats?|officials?|spokes(?:man|woman|person)|leader|foreign|defen[cs]e|interior|"
                     r"finance|trade|general|admiral|commander|chief|head|deputy|king|queen|prince|princess|emperor|"
                     r"senator|representatives?|negotiators?|delegates?|delegation|governor|mayor|mps?|government|"
                     r"state|army|navy|military|intelligence|officers?|soldiers?|troops|forces|police|agents?|"
                     r"counterparts?|captain|coach|manager|skipper|team|squad)\b")
# "British lecturer Jane Roe", "a British lecturer, Dr Jane Roe": lower-case words, then the name.
_DESCRIPTION_BEFORE = re.compile(r"(?P<words>(?:\s+[a-z][\w-]*){1,3}),?\s+"
                                 r"(?:(?:Mr|Mrs|Ms|Dr|Lord|Lady|Sir|Dame|Professor)\.?\s+)?")
_NOT_NOUN = re.compile(r"\b(?:to|for|of|in|on|at|by|with|from|into|about|and|or|but|the|a|an|as|than|that|who|which|"
                       r"whose|is|was|are|were|be|been|has|have|had|will|would|can|could|said|says|told|\w+ed)\b")
_WHERE = re.compile(r"(?:where|in which)\b", re.IGNORECASE)
_WHERE_GAP = re.compile(r"\s*[(,]\s*")
# "Jane Roe, an Iraqi Kurd": a name of two words or more (not "Meanwhile, the ..."), a comma, an article
_NAME_APPOSED = re.compile(r"\b[A-Z][\w'’.-]*\s+[A-Z][\w'’.-]*,\s+(?:a|an|the)\s+$")
_NOUN_AFTER = re.compile(r"(?:\s+[A-Za-z][\w-]*){1,2}")
# A verb of saying opening a clause: what follows it is reported.
# ("announced", "reported", "confirmed" also take an event as their object: "announced sanctions".)
_SAYING = re.compile(r"(?:said|says|claimed|added|insisted|stated|estimated|warned|believed|argued)", re.IGNORECASE)
# Lower-case title words between an affiliation and a person's name: " peer Lord ", " leader ".
_TITLE_GAP = re.compile(r"(?:\s+(?:[a-z][\w-]*|Lord|Lady|Sir|Dame|Dr|Mr|Mrs|Ms))*\s+")


def principal_states(by_actor: dict[str, list[ActorMention]], types: dict[str, str]) -> list[str]:
    """The two states the document names most: whom "our countries" and "bilateral" mean."""
    states = [(len(ms), actor) for actor, ms in by_actor.items() if types.get(actor) == "state"]
    return [actor for _, actor in sorted(states, key=lambda x: (-x[0], x[1]))[:2]]


def enumeration(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items after the first of an enumeration "A, B, C and D" in text[start:end]: at least
    two comma-separated phrases without a verb, the last opening with "and"/"or" (a list, not
    commas around an apposition or a relative clause). A bracketed aside belongs to its item
    ("and the withdrawal from X (where Y armed the rebels, long before ...)"): its commas, verbs
    and words do not count."""
    span = _BRACKETED.sub(lambda m: " " * len(m.group()), text[start:end])
    commas = [m.start() for m in re.finditer(",", span)]
    if len(commas) < 2:
        return []
    bounds = commas + [end - start]
    parts = [(bounds[k] + 1, bounds[k + 1]) for k in range(len(commas))]
    last = next((k for k in range(len(parts) - 1, -1, -1)
                 if re.match(r"\s*(?:and|or)\s", span[parts[k][0]:parts[k][1]])), None)
    if last is None or last < 1:
        return []
    first = last
    while first - 1 >= 0:
        lo, hi = parts[first - 1]
        if VERB.search(span, lo, hi) or len(span[lo:hi].split()) > _ITEM_WORDS:
            break
        first -= 1
    if first == last or len(span[parts[last][0]:parts[last][1]].split()) > _ITEM_WORDS:
        return []
    return [(start + lo, start + hi) for lo, hi in parts[first:last + 1]]


def pair_before(text: str, mentions: list[ActorMention], types: dict[str, str], paragraphs: list[int], offset: int,
                 principal: list[str]) -> list[str]:
    """Whom "the two countries" at ``offset`` means: the two states named most (on a tie, last) in
    the few sentences of its paragraph before it, the last two named together ("Soviet-Chinese
    relations", "Chile and Peru") counting once more; when the paragraph names fewer, the same
    reach as the event's name reads back over the paragraph's start (a paragraph opening "During
    the visit, the parties signed" goes on from the one before); the document's principal
    states when that names fewer too."""
    floor = max(paragraphs[paragraph(paragraphs, offset)] if paragraphs else 0, offset - _PAIR_REACH)
    pair = _pair_since(text, mentions, types, floor, offset)
    if pair is None and floor > max(0, offset - NAME_PAIR_REACH):
        pair = _pair_since(text, mentions, types, max(0, offset - NAME_PAIR_REACH), offset)
    return principal if pair is None else pair


def _pair_since(text: str, mentions: list[ActorMention], types: dict[str, str], floor: int,
                offset: int) -> list[str] | None:
    """The two states named most between ``floor`` and ``offset`` (see :func:`pair_before`), or
    None when fewer than two are named there."""
    lo = bisect.bisect_left(mentions, floor, key=lambda m: m.char_start)
    hi = bisect.bisect_left(mentions, offset, key=lambda m: m.char_start)
    window = _not_examples(text, mentions[lo:hi])
    counts: dict[str, int] = {}
    last: dict[str, int] = {}
    for m in window:
        if types.get(m.actor_id) == "state":
            counts[m.actor_id] = counts.get(m.actor_id, 0) + 1
            last[m.actor_id] = m.char_start
    for second, first in zip(reversed(window), list(reversed(window))[1:]):
        # The last pair named together ("Soviet-Chinese relations", "Chile and Peru") counts once more.
        if first.actor_id in counts and second.actor_id in counts and first.actor_id != second.actor_id \
                and PAIRED.fullmatch(text[first.char_end:second.char_start]):
            counts[first.actor_id] += 1
            counts[second.actor_id] += 1
            break
    if len(counts) < 2:
        return None
    return sorted(sorted(counts, key=lambda a: (-counts[a], -last[a]))[:2])


def _not_examples(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` without those naming examples ("problems such as Libya and Mali"): what a
    sentence gives as instances of something is not who "the two countries" are."""
    kept, example = [], None
    for m in mentions:
        if _EXAMPLE_BEFORE.search(text, max(0, m.char_start - 24), m.char_start) or \
                example is not None and PAIRED.fullmatch(text, example.char_end, m.char_start):
            example = m
        else:
            kept.append(m)
            example = None
    return kept


def as_of(states: list[str], event: Event) -> list[str]:
    """The principal states as they were when the event happened (Russia was the Soviet Union)."""
    when = event.date_end or event.date_begin
    out = []
    for state in states:
        predecessor = _PREDECESSORS.get(state)
        # An event ending the day the Soviet Union ended (the Cold War) was still the Soviet Union's.
        out.append(predecessor[0] if predecessor and when is not None and when <= predecessor[1] else state)
    return out


def text_role(text: str, clause: EventMention, actor: ActorMention, reported: bool = False,
              name: str | None = None, owner_agent: bool = True, undergone: frozenset[str] = frozenset()) -> str:
    """Who-does-what-to-whom from the clause's shape around the actor's mention.

    ``reported``: the event is not a statement, so a clause opening "X said (that) ..." reports
    it: X is its source (mentioned), and the roles are read from what follows the verb of saying
    ("The ministry says 40 tourists died", "Y's minister said the club had agreed to a delay").
    ``name``: the event's name; where given, "by X" makes X the agent only when one of the few words
    before "by" is the event's own word ("the treaty was signed by X" of "X Signs Treaty", "a report
    by X"), not another predicate's ("the withdrawal, welcomed by X", "the rebate, secured by X").
    ``owner_agent``: False where the one an event is named from is not its doer ("Jane Roe's
    death"); else the possessive the event's name opens with is its agent ("Jane Roe's Visit to Lima").
    ``undergone``: the event nouns whose possessor undergoes the act (the trigger knowledge's
    ``possessor`` column): "Jane Roe's arrest" of an event the noun names makes Jane Roe its target
    wherever she stands ("Jane Roe's arrest shocked Lima"), unless "of" names another who undergoes it
    ("the army's release of the hostages": the army acts); so does "of" after such a noun ("the
    arrest of Jane Roe angered Lima").
    """
    if is_russian(actor.text):
        return russian_role(text, clause, actor, reported)  # case and preposition, not English word order
    if name is not None and undergone and (_undergoes(text, actor.char_end, clause.char_end, name, undergone) or
                                           _of_the_act(text, clause.char_start, actor.char_start, name, undergone)):
        return "target"
    before = text[max(clause.char_start, actor.char_start - 40):actor.char_start]
    if _BETWEEN.search(before) or _WITH_BEFORE.search(before):
        return "participant"
    if _TARGET_BEFORE.search(before):
        return "target"
    by = _AGENT_BEFORE.search(before)
    if by is not None and (name is None or _by_the_event(text, max(clause.char_start, actor.char_start - 40) + by.start(),
                                                          clause.char_start, name)):
        return "agent"
    if name is not None and owner_agent and _owns_the_event(text, actor.char_end, clause.char_end, name):
        return "agent"  # "... can be considered Jane Roe's visit to Lima": whose the event is, wherever the verb
    verb = first_verb(text, clause.char_start, clause.char_end)
    if reported and verb is not None and _SAYING.fullmatch(verb.group()):
        content = first_verb(text, verb.end(), clause.char_end)  # "said (that) the club had agreed"
        if content is not None:
            if actor.char_end <= verb.start():
                return "mentioned"
            verb = content
    if verb is not None and actor.char_end <= verb.start():
        if _IN_WHO_CLAUSE.search(before) and not re.search(r"[,;:()]", text[actor.char_end:verb.start()]):
            return "mentioned"  # "officials who monitor Chilean affairs said": of the subject's description
        if _PLACE_OF_THE_SUBJECT.search(before) and not re.search(r"[,;:()]", text[actor.char_end:verb.start()]):
            return "mentioned"  # "a bombing in Israel killed 19": where the subject's act happened, not who acted
        return "agent"
    if verb is None and _SUBJECT_PRONOUN.fullmatch(text, actor.char_start, actor.char_end):
        # "I sign this bill", "Tonight we propose a tax credit": a speaker's "I"/"we" is the
        # subject of the clause's verb, though the verb is a present form the verb list lacks
        return "agent"
    return "mentioned"


_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_BY_WORDS = 4  # the words before "by" that may be the event's own (a participle, its noun and a modifier)


def _by_the_event(text: str, by: int, start: int, name: str) -> bool:
    """Whether "by" at ``by`` follows the event's own word: one of the few common words before it
    (in the clause) begins as a word of the event's name does (four letters: "signed" of "Signs");
    a name there ("the withdrawal from Kenya was welcomed by") is no event word, and neither is a word
    before a comma ("the withdrawal, praised by X,": the aside has its own predicate)."""
    stems = {w.lower()[:4] for w in _WORD.findall(name) if len(w) >= 4}
    clause_start = start
    start = max(start, by - 60)
    start = max(start, text.rfind(",", start, by) + 1, text.rfind(";", start, by) + 1)
    before = list(_WORD.finditer(text, start, by))[-_BY_WORDS:]
    # a capital only on the clause's first word ("Report by X said ...")
    return any(len(w.group()) >= 4 and (w.group()[0].islower() or not text[clause_start:w.start()].strip(" \"“‘")) and
               w.group().lower()[:4] in stems for w in before)


_POSSESSIVE_AFTER = re.compile(r"['’]s\s+")
# An event named from a possessive noun phrase ("Jane Roe's Visit to Lima", "Lord Roe's Report"): the
# possessor's words (capitalised, no function word) and the noun after the "'s".
_NAMED_OWNER = re.compile(r"(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s\s+(?P<noun>\w+)")
_OWNED_WORDS = 3  # a possessive's noun phrase: up to two modifiers and the event's word


def _owns_the_event(text: str, end: int, limit: int, name: str) -> bool:
    """Whether the name ending at ``end`` is the possessive the event is named from ("... can be
    considered Jane Roe's visit to Lima" of the event "Jane Roe's Visit to Lima"): the event's name
    opens with a possessive, and one of the few words after this name's "'s" (before any comma) is
    the noun after the name's "'s" (its first five letters)."""
    named = _NAMED_OWNER.match(name)
    own = _POSSESSIVE_AFTER.match(text, end, limit) if named is not None else None
    if own is None:
        return False
    noun = named.group("noun").lower()[:5]
    stop = text.find(",", own.end(), limit)
    after = _WORD.findall(text, own.end(), limit if stop < 0 else stop)[:_OWNED_WORDS]
    return any(w[0].islower() and w.lower()[:5] == noun for w in after)


# The head of a possessive's noun phrase and what follows it: "of" names the one it is done to.
_OF_AFTER = re.compile(r"\s+of\b")


def _undergoes(text: str, end: int, limit: int, name: str, undergone: frozenset[str]) -> bool:
    """Whether the name ending at ``end`` is the possessor of the event's own noun, and that noun
    is one whose possessor undergoes the act ("Jane Roe's arrest", "the hostages' early release"
    of an event named from it): one of the few words after the "'s" (before any comma) is such a
    noun whose first four letters begin a word of the event's name, and no "of" follows it ("the
    army's release of the hostages": the army acts)."""
    own = _POSSESSIVE_AFTER.match(text, end, limit) or _PLURAL_POSSESSIVE.match(text, end, limit)
    if own is None:
        return False
    stems = {w.lower()[:4] for w in _WORD.findall(name) if len(w) >= 4}
    stop = text.find(",", own.end(), limit)
    for word in list(_WORD.finditer(text, own.end(), limit if stop < 0 else stop))[:_OWNED_WORDS]:
        low = word.group().lower()
        if word.group()[0].islower() and low in undergone and low[:4] in stems:
            return not _OF_AFTER.match(text, word.end(), limit)
    return False


_PLURAL_POSSESSIVE = re.compile(r"(?<=s)['’](?!s)\s+")  # "the hostages' release"
# An act's noun, "of", and up to two lower-case words (a title, a number) before a name: "the release
# of Jane Roe", "the expulsion of two Russian diplomats", "the arrest of opposition leader Jane Roe".
_OF_BEFORE = re.compile(r"\b(?P<noun>[a-z]+)\s+of\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$")


def _of_the_act(text: str, start: int, at: int, name: str, undergone: frozenset[str]) -> bool:
    """Whether the name at ``at`` is what "of" after the event's own act noun names, the one it
    is done to ("the release of Jane Roe", "the expulsion of Russian diplomats"): the noun is one
    whose possessor undergoes the act (``undergone``) and begins (four letters) a word of the event's name."""
    before = _OF_BEFORE.search(text, max(start, at - 60), at)
    if before is None:
        return False
    noun = before.group("noun")
    return noun in undergone and noun[:4] in {w.lower()[:4] for w in _WORD.findall(name) if len(w) >= 4}


def affiliation(text: str, actor: ActorMention, people: list[ActorMention], limit: int) -> bool:
    """An organisation named as a person's affiliation before the person's title and name
    ("Conservative peer Lord Heseltine", "Tory leader Michael Howard"): it describes the person,
    it takes no part of its own in what the person does."""
    k = bisect.bisect_left(people, actor.char_end, key=lambda m: m.char_start)
    if k == len(people) or people[k].char_start >= limit:
        return False
    # a verb between them makes the organisation a subject: "the party expelled Jane Roe"
    return bool(_TITLE_GAP.fullmatch(text, actor.char_end, people[k].char_start)) and \
        not VERB.search(text, actor.char_end, people[k].char_start)


def describes_person(text: str, actor: ActorMention, people: list[ActorMention]) -> bool:
    """A state named to say where a person is from ("a British lecturer, Jane Roe", "Jane Roe, an
    Iraqi Kurd"): it describes the person, it takes no part in what the person does. A title of
    office keeps the state ("the British ambassador, Jane Roe", "US Secretary of State Jane Roe"):
    an official acts for it."""
    k = bisect.bisect_left(people, actor.char_end, key=lambda m: m.char_start)
    if k < len(people):
        gap = _DESCRIPTION_BEFORE.fullmatch(text, actor.char_end, people[k].char_start)
        if gap is not None and not _OFFICE.search(gap.group("words")) and \
                not _NOT_NOUN.search(gap.group("words")):  # "Peru to plead for Jane Roe": no description
            return True
    # "Jane Roe, an Iraqi Kurd": after a name (a person's, or one no actor stands for) and a comma
    if _NAME_APPOSED.search(text, max(0, actor.char_start - 80), actor.char_start):
        noun = _NOUN_AFTER.match(text, actor.char_end)  # "a Belgian national", "an Iraqi Kurd"
        return noun is not None and not _OFFICE.search(noun.group().lower())
    return False


def where_antecedent(text: str, clause: EventMention, states: list[ActorMention]) -> ActorMention | None:
    """The state an event told in a "where" clause happens in: "Mali (where France
    kept its soldiers until 2022)", "Peru, where the army seized power": the state named right before it."""
    if not _WHERE.match(text, clause.char_start):
        return None
    k = bisect.bisect_left(states, clause.char_start, key=lambda m: m.char_start) - 1
    if k >= 0 and _WHERE_GAP.fullmatch(text, states[k].char_end, clause.char_start):
        return states[k]
    return None


def phrase_role(text: str, phrase: tuple[int, int], actor: ActorMention, name: str | None = None,
                undergone: frozenset[str] = frozenset()) -> str:
    """In an event's noun phrase: a possessive or the first name is its agent ("Russia's invasion
    of Ukraine", "the Soviet invasion"), a name after "of/against/on" its target, else a participant;
    the possessor of a noun it is done to (``undergone``, see :func:`text_role`) is its target
    ("after Jane Roe's release in 1990")."""
    before = text[phrase[0]:actor.char_start]
    if _TARGET_BEFORE.search(before) or re.search(r"\bof\s+(?:the\s+)?$", before):
        return "target"
    if name is not None and undergone and _undergoes(text, actor.char_end, phrase[1], name, undergone):
        return "target"
    if re.match(r"['’]s\b", text[actor.char_end:actor.char_end + 3]):
        return "agent"
    return "participant"


# The first verbs found lately (_recent), by (text identity, start, end): text_role asks for a clause's verb
# once for each actor the clause names. An entry holds its text, so the identity is not reused meanwhile.
_FIRST_VERBS_KEPT = 256
_recent: dict[tuple[int, int, int], tuple[str, re.Match | None]] = {}


def first_verb(text: str, start: int, end: int) -> re.Match | None:
    """The clause's first verb; "May" beside a number is the month ("On 12 May 2005, Chile signed")."""
    key = (id(text), start, end)
    known = _recent.get(key)
    if known is not None and known[0] is text:
        return known[1]
    found = _first_verb(text, start, end)
    if len(_recent) >= _FIRST_VERBS_KEPT:
        _recent.clear()
    _recent[key] = (text, found)
    return found


def _first_verb(text: str, start: int, end: int) -> re.Match | None:
    for verb in VERB.finditer(text, start, end):
        if verb.group() == "May" and (re.match(r"\s+\d", text[verb.end():verb.end() + 3]) or
                                      re.search(r"\d\s+$", text[max(start, verb.start() - 4):verb.start()])):
            continue
        return verb
    return None


def citation_role(text: str, note: EventMention, actor: ActorMention) -> str:
    """In a cited source, names outside the quoted title are its authors or publisher."""
    line = text[note.char_start:actor.char_start]
    inside_title = line.count("“") > line.count("”") or line.count('"') % 2 == 1
    return "mentioned" if inside_title else "agent"


__all__ = ["BOTH", "PAIRED", "VERB", "affiliation", "as_of", "citation_role", "describes_person", "enumeration",
           "first_verb", "pair_before", "phrase_role", "principal_states", "text_role", "where_antecedent"]


# Case-blind patterns searched over the whole text: the same matches on the lower-cased text, faster.
VERB, BOTH = map(CaseBlind, (VERB, BOTH))
