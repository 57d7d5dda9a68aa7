"""What a text event is, from its clause: trigger, kind, PLOVER type, name, agent, target and place.

The clause's trigger (a verb or an event noun from ``knowledge/triggers``) gives the kind and
the PLOVER type. The name is built from parts, never cut from the clause:

* an event noun with its modifiers ("the 2005 general election" -> "2005 General Election",
  "the summit in Istanbul" -> "Summit in Istanbul");
* otherwise agent + trigger + object ("Russia invaded Ukraine in 2022" -> "Russia Invades
  Ukraine"); in the passive the agent follows "by" ("Ukraine was attacked by Russia" ->
  "Russia Attacks Ukraine"); "he"/"she" is the person named last before the clause.

Names are title case and at most ten words. A clause with no trigger keeps a short name cut
at a word that can end a name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...knowledge.triggers import Trigger, TriggerKnowledge
from ..casefold import CaseBlind, case_blind
from .naming import FUNCTION_WORDS, finish_name, title_case
from .noun_names import noun_phrase_name
from .phrases import (DEICTIC_WORDS, OBJECT_STOP, SPANS_OF_TIME, TOKEN, YEAR, Named, dated_next, named_within,
                      nearest_before, object_words, pair_of_states)
from .places import PlaceIndex

_ADVERBS = frozenset({"first", "later", "also", "then", "once", "already", "soon", "finally", "eventually",
                      "still", "just", "recently", "again", "formally", "officially", "reportedly"})
# "was killed", "were also killed", "has since been quietly dropped"
_PASSIVE_AUX = re.compile(r"\b(?:was|were|been|being|is|are|be|get|got)\s+(?:(?:\w+ly|also|already|then|once|"
                          r"again|still|just|now|since|soon|never|ever)\s+){0,2}$", re.IGNORECASE)
# Talk of war in general ("the risk of nuclear war", "deterring war") names no war.
GENERIC_WAR = re.compile(
    r"\b(?:risks?|threats?|dangers?|fears?|spectre|specter|prospects?|possibility|"
    r"prevent\w*|avert\w*|avoid\w*|deter\w*)\s+(?:of\s+)?(?:an?\s+|the\s+)?(?:\w+\s+)?wars?\b", re.IGNORECASE)
_DAY_WORD = re.compile(r"(?i)(?:the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|"
                       r"tonight|yesterday|tomorrow|weekend|morning|evening|night|day|occasion)\b")


@dataclass(slots=True)
class Description:
    """What the clause says about its event."""

    name: str
    kind: str | None
    event_type: str | None
    event_type_reason: str
    trigger: str | None = None
    trigger_span: tuple[int, int] | None = None
    agent: Named | None = None
    target: Named | None = None
    place: str | None = None
    place_country: str | None = None
    figurative: bool = False
    roles: list[tuple[str, str, tuple[int, int]]] = field(default_factory=list)
    person_agent: bool = False  # the one who acts is a person (named, "he"/"she" or the author's "I")
    nominal: bool = False  # named as a noun phrase ("Supply of Weapons"), not agent + verb


# A capitalised article or pronoun after a capitalised event word, then another capitalised word: the
# words are a title in title case ("Meet The Fockers", "How To Dismantle An Atomic Bomb"), not prose.
_TITLE_AFTER = re.compile(r"\s+(?:The|A|An|My|Me|Your|His|Her|Our|Their|It|Us|Them)\s+[A-Z]")


def main_trigger(text: str, start: int, end: int, triggers: TriggerKnowledge,
                 avoid: list[tuple[int, int]] = (), nouns_only: bool = False,
                 timex: tuple[int, int] | None = None) -> tuple[Trigger, int, int] | None:
    """The trigger that carries the clause: an idiom ("price war") anywhere, else the first one
    naming an interaction, else the first statement or policy word. ``nouns_only``: only an event
    noun the date is part of counts (a question asserts no action but presupposes the events it
    names: "the terms set at the 2024 summit?", not "was the treaty signed in 1999?")."""
    found = []
    trigger = triggers.trigger
    for m in case_blind(triggers.pattern).finditer(text, start, end):
        at = m.start()
        if avoid and any(a <= at < b for a, b in avoid):
            continue  # inside the date, or talk of war in general ("to prevent war")
        trig = trigger(m.group(0))
        if trig is None:
            continue
        pos = trig.pos
        if pos == "none":
            continue  # "stretching back to", "diplomatic missions": holds a trigger's form, names no event
        if text[at].isupper() and _TITLE_AFTER.match(text, m.end()):
            continue  # "the comedy Meet The Fockers", "Get Me Out Of Here": a word of a work's title
        if pos == "aspect" and _nominal(text, at, m.end()):
            continue  # "at the start of 2004", "by the end of the year": a time, not an event
        if nouns_only and pos != "idiom" and not (
                _as_noun(text, at, m.end(), trig) and _dates_noun(text, at, m.end(), timex)):
            continue
        found.append((trig, at, m.end()))
    if not found:
        return None
    for trig, s, e in found:
        if trig.pos == "idiom":
            return trig, s, e  # "fought a price war": the whole clause is figurative
    for i, (trig, s, e) in enumerate(found):
        if trig.kind not in ("statement", "policy") and trig.pos != "aspect":
            asked = next((f for f in found[:i] if (f[0].event_type in _UNREALISED or _attitude(text, f, e, timex))
                          and f[0].pos == "verb" and 0 <= s - f[2] <= 60 and not re.search(r"[,;:.]", text[f[2]:s])),
                         None)
            # "called for talks", "threatened sanctions", "refused to hold an election": what is
            # asked for, threatened or refused has not happened; the request, threat or refusal has.
            # "expressed support for X in the war": the war is what the attitude is about; the
            # expression of it is what happened then.
            return asked if asked is not None else (trig, s, e)
    for trig, s, e in found:
        if trig.pos != "aspect":
            return trig, s, e  # "began" or "ended" says when, the other event word says what
    return found[0]


def _attitude(text: str, found: tuple[Trigger, int, int], governed_end: int, timex: tuple[int, int] | None) -> bool:
    """A statement verb phrase that holds its own object ("expressed support", "voiced concern"):
    an event word after it ("for Peru in the war", "over the strikes") is what the attitude is
    about, unless the clause's date stands in that stretch (then it dates the event word: "voiced
    concern over the 1998 strikes")."""
    trig, start, end = found
    if trig.kind != "statement" or len(text[start:end].split()) < 2:
        return False
    return timex is None or not end <= timex[0] <= governed_end + 25


# "called Chile a reliable partner", "called his host a brotherly nation": a speaker naming someone
# an ally or a foe says something; "called" alone is no event word ("a town called Hope").
_CALLED_AS = re.compile(r"\bcall(?:s|ed)\s+(?:(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}|(?:his|her|their|its)\s+[a-z]+)"
                        r"\s+an?\s+(?:[a-z-]+\s+){0,2}(?:ally|allies|partner|friend|threat|enemy|adversary|rival|"
                        r"aggressor|nation|country|brother)\b")


def _called_as(text: str, clause: tuple[int, int], triggers: TriggerKnowledge,
               avoid: list[tuple[int, int]]) -> tuple[Trigger, int, int] | None:
    """A clause with no event word where someone calls a state or a person an ally, a partner or a
    threat: a statement, carried by "called" (the row of "called him")."""
    m = _CALLED_AS.search(text, clause[0], clause[1])
    trig = triggers.trigger("called him")
    if m is None or trig is None or any(a <= m.start() < b for a, b in avoid):
        return None
    return trig, m.start(), m.start() + len(m.group(0).split()[0])


def _called_as_covers(text: str, clause: tuple[int, int], found: tuple[Trigger, int, int]) -> bool:
    """Whether the trigger found is the noun a speaker calls someone ("called Bolivia a grave threat")."""
    return any(m.start() <= found[1] and found[2] <= m.end() for m in _CALLED_AS.finditer(text, clause[0], clause[1]))


_UNREALISED = frozenset({"REQUEST", "THREATEN", "REJECT"})
_REPORTING = re.compile(r"(?:he|she|they|we|I|it)\s+(?:said|says|added|wrote|recalled|told\s+\w+)\b")


def part_with(text: str, clause: tuple[int, int], anchor: tuple[int, int]) -> tuple[int, int]:
    """The comma-separated part of the clause holding the date, with the next part when the
    date's part is only an adverbial ("In 1962, when ..."), or the part before when only a
    reporting clause follows ("When he refused ..., in 1968, he said"): one clause may date
    several events."""
    if not clause[0] <= anchor[0] < clause[1]:
        return clause
    cuts = [clause[0]] + [m.end() for m in re.finditer(r",\s", text[clause[0]:clause[1]])] + [clause[1] + 2]
    cuts = [clause[0]] + [clause[0] + c for c in cuts[1:-1]] + [clause[1] + 2]
    for i in range(len(cuts) - 1):
        lo, hi = cuts[i], cuts[i + 1] - 2
        if lo <= anchor[0] < hi + 2:
            j = i
            while j + 2 < len(cuts) and cuts[j + 1] - 2 < anchor[1]:
                j += 1
            end = max(cuts[j + 1] - 2, anchor[1])
            if len(text[lo:end].split()) - len(text[anchor[0]:anchor[1]].split()) < 4:
                if i > 0 and _REPORTING.match(text, cuts[j + 1], clause[1] + 2):
                    lo = cuts[i - 1]  # "When he refused ..., in 1968, he said": the date ends what precedes
                elif j + 2 < len(cuts):
                    end = cuts[j + 2] - 2  # "In 1962, when ...": the date opens what follows
            return lo, min(end, clause[1])
    return clause


def describe(text: str, clause: tuple[int, int], triggers: TriggerKnowledge, named: list[Named],
             *, timex: tuple[int, int] | None = None, person_before: Named | None = None,
             places: PlaceIndex | None = None, avoid: list[tuple[int, int]] = (),
             nouns_only: bool = False) -> Description | None:
    """The clause's event: None when the clause holds no trigger (outside ``avoid``: the names of
    known events, which make the clause a mention of that event, and what a hope, a conditional
    or a generic statement governs; ``nouns_only`` in a question)."""
    avoid = list(avoid) + [(g.start(), g.end()) for g in GENERIC_WAR.finditer(text, clause[0], clause[1])]
    # a word of an actor's name is no event word ("Jude Law", "the North Atlantic Treaty Organization")
    avoid += [(n.start, n.end) for n in named_within(named, clause[0], clause[1]) if n.end - n.start > 3]
    found = main_trigger(text, clause[0], clause[1], triggers, avoid + ([timex] if timex else []), nouns_only, timex)
    if not nouns_only and (found is None or _called_as_covers(text, clause, found)):
        # "called Bolivia a grave threat": the threat is what the speaker calls it, not a threat made
        found = _called_as(text, clause, triggers, avoid) or found
    if found is None:
        return None
    trig, t_start, t_end = found
    if trig.pos == "idiom":
        phrase = text[t_start:t_end]
        return Description(title_case(phrase), "other", None, "figurative: names no event", trig.form,
                           figurative=True)
    inside = named_within(named, clause[0], clause[1])
    desc = Description("", trig.kind, trig.event_type,
                       f"trigger '{text[t_start:t_end].lower()}'" if trig.event_type else (trig.reason or ""),
                       trig.form, (t_start, t_end))
    aspect = _aspect_before(text, clause[0], t_start, triggers)
    if aspect is not None:
        # "the Foreign Office started planning for ...": named by "started", typed by "planning".
        _verb_name(desc, text, clause, aspect[1], aspect[2], aspect[0], inside, timex, person_before, named)
    elif _as_noun(text, t_start, t_end, trig):
        desc.name = noun_phrase_name(text, clause, t_start, t_end, trig, inside, timex, named, person_before)
        desc.nominal = True
        desc.agent = nearest_before(inside, t_start)
    else:
        progressive = trig.pos == "noun" and _progressive(text, t_start, t_end)
        if progressive:
            # "is meeting this week": the verb's row names it ("meets"), not the noun's ("Summit")
            verb = triggers.trigger(text[t_start:t_end - 3].lower())
            if verb is not None and verb.pos == "verb" and verb.kind == trig.kind:
                _verb_name(desc, text, clause, t_start, t_end, verb, inside, timex, person_before, named)
        if not desc.name and progressive:
            # no one said to meet ("which is meeting"), or no verb row: the noun's name, as before
            desc.target, desc.person_agent = None, False
            desc.name = noun_phrase_name(text, clause, t_start, t_end, trig, inside, timex, named, person_before)
            desc.nominal, desc.agent = True, nearest_before(inside, t_start)
        elif not desc.name:
            _verb_name(desc, text, clause, t_start, t_end, trig, inside, timex, person_before, named)
    enacted = _enacted(text, t_end, clause[1], triggers) if trig.object_kind else None
    if enacted is not None:
        # "adopted a new strategy", "approved the deal": adopting a policy is a policy
        desc.kind, desc.event_type = enacted.kind, enacted.event_type
        desc.event_type_reason = f"trigger '{text[t_start:t_end].lower()}' on a {enacted.kind}" \
            if enacted.event_type else (enacted.reason or "")
    if trig.event_type == "ASSAULT" and trig.pos == "verb" and _WORDS_ATTACKED.match(text, t_end, clause[1]):
        # "attacked Mr Blair's words", "attacked the plans": an accusation, not an assault
        desc.kind, desc.event_type, desc.event_type_reason = "statement", "ACCUSE", f"trigger '{text[t_start:t_end].lower()}' on words"
    if trig.kind == "election" and _AUDIENCE.search(text, max(clause[0], t_start - 40), t_start):
        # "the audience voted", "readers voted it the best film": a poll of the public, not an election
        desc.kind, desc.event_type, desc.event_type_reason = "other", None, "a vote of an audience: no election"
    if trig.person_kind and _JOINED_WITH.match(text, t_end, clause[1]):
        # "join me in building", "joined with the Speaker", "joined forces": acting together, no
        # membership taken up (an appointment) nor a treaty acceded to
        desc.kind, desc.event_type = "other", trig.event_type
    elif trig.person_kind and desc.person_agent:
        # "I first joined the delegation": a person joining is appointed, a state joining accedes.
        desc.kind = trig.person_kind
        desc.event_type, desc.event_type_reason = triggers.type_of_kind(trig.person_kind)
    if places is not None:
        desc.place, desc.place_country = places.find(text, clause[0], clause[1])
        if desc.place is None and desc.kind == "meeting":
            desc.place, desc.place_country = places.visited(text, clause[0], clause[1])
        if desc.place is None:
            desc.place, desc.place_country = places.antecedent(text, clause[0])
            if desc.place and desc.name and trig.event_type == "RETREAT" and " from " not in desc.name:
                desc.name = finish_name([desc.name, "from", desc.place])  # withdrawing from there
    if desc.target is not None and trig.kind == "meeting" and text[t_start:t_end].lower().endswith(" to"):
        desc.target = None  # "flew to the US for talks": where a trip goes is its host (the linker's), no target
    elif desc.target is not None and desc.target.start >= t_end and _ITS_OWN_VERB.match(text, desc.target.end):
        desc.target = None  # "in his speech Mr Roe told MPs", "said Peru was": the next verb's subject, no object
    elif desc.target is not None and desc.target.start >= t_end and \
            _SAID_BY.fullmatch(text, t_start, desc.target.start) and _SPEAKER_ENDS.match(text, desc.target.end):
        desc.agent, desc.target = desc.target, None  # '"...," said Mr Roe.': the speaker, after his verb
    # The clause's reading of who did it goes to the linker with the event: the subject of its
    # verb wherever the verb stands ("officials confirmed that McCain visited Mr Blair": McCain,
    # though the clause's first verb is "confirmed"), the agent of a passive, "he"/"she" resolved,
    # and the direct object as the target. A noun's agent is only a guess from the nearest name
    # before it ("the deal, struck at the summit"), and so is a name inside a phrase before the
    # verb (see _stands_as_subject): the linker reads those from the clause. An event named from
    # the one person it happened to ("Death of X") keeps the linker's reading of its clause too.
    if desc.agent is not None and (desc.agent not in inside or _passive_agent(desc, text) or (
            not desc.nominal and "{agent}" not in trig.label and _stands_as_subject(text, desc.agent, t_start))):
        desc.roles.append((desc.agent.actor_id, "agent", (desc.agent.start, desc.agent.end)))
    if desc.target is not None and (desc.agent is None or desc.target.actor_id != desc.agent.actor_id):
        desc.roles.append((desc.target.actor_id, "target", (desc.target.start, desc.target.end)))
    return desc


def _enacted(text: str, start: int, end: int, triggers: TriggerKnowledge) -> Trigger | None:
    """The event noun an ``object_kind`` verb governs ("adopted the “open door” policy": policy),
    when it is not a law; none past the object's first six words or a new clause."""
    for n, m in enumerate(TOKEN.finditer(text, start, min(end, start + 80))):
        word = m.group(0)
        if n == 6 or word.lower() in OBJECT_STOP or word in (",", ";", ":", ".", "(", "–", "—"):
            return None
        found = triggers.trigger(word)
        if found is not None and found.pos == "noun":
            return found if found.kind not in ("law", "other") else None
    return None


# Between a name and the verb: a "he"/"she" of a reported clause, or a "that"/"which" clause with its own subject
# (not "we"/"I": a speaker's first person names the speaker again)
_NEW_SUBJECT = re.compile(r"\b(?:he|she|(?:that|which)\s+(?!(?:is|was|has|had|have|will|would|can|could|we|i|you|they|"
                          r"it|he|she)\b)\w+)\b[^,;]{0,40}$", re.IGNORECASE)
_JOINED_WITH = re.compile(r"\s+(?:(?:me|us|you|him|her|them|together|forces|hands)\b|(?:in|with)\s)", re.IGNORECASE)
_WORDS_ATTACKED = re.compile(r"\s+(?:(?:the|his|her|their|its)\s+)?(?:[\w.]+(?:\s+[A-Z][\w.]*)*['’]s\s+)?"
                             r"(?:\w+\s+)?(?:words|remarks|comments|statement|speech|plans?|polic(?:y|ies)|decision|"
                             r"proposals?|record|budget|claims?|views|stance|handling|approach|strategy|idea|ideas)\b")
_AUDIENCE = re.compile(r"\b(?:audiences?|viewers|readers|listeners|fans|critics|users|visitors|the public|players)\b"
                       r"[^,;.]*$", re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:has|have|had|'ve|’ve)\s+(?:(?:already|also|now|just|since|once|again|ever|never|"
                      r"\w+ly)\s+){0,3}$",
                      re.IGNORECASE)
_SUCH_AS = re.compile(r"\s+such\s+as\b", re.IGNORECASE)
_NOMINAL_SUFFIX = re.compile(r"(?:tion|sion|ment|al|ure|ance|ence|ing|ship)s?$", re.IGNORECASE)
_DETERMINER = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "my", "your",
                         "these", "those", "first", "new", "further", "another", "any", "no", "recent"})


_NOUN_THEN_DATE = re.compile(r"\s+(?:(?:of|in|with)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,5})?"
                             r"(?:(?:in|of|on|at|held|the)\s+){0,3}$")
_DATE_THEN_NOUN = re.compile(r"^(?:[’']s)?\s+(?:[\w-]+\s+){0,2}$")


def _dates_noun(text: str, start: int, end: int, timex: tuple[int, int] | None) -> bool:
    """Whether the date belongs to the event noun at [start, end): "the summit in 2024", "the
    meeting of the Foreign Ministry Board in 2024", "the 2024 NATO summit"."""
    if timex is None:
        return False
    if end <= timex[0]:
        return bool(_NOUN_THEN_DATE.fullmatch(text[end:timex[0]] or " "))
    return timex[1] <= start and bool(_DATE_THEN_NOUN.match(text[timex[1]:start]))


def _as_noun(text: str, start: int, end: int, trig: Trigger) -> bool:
    """Whether the trigger at [start, end) is used as a noun ("the summit", "Russia's annexation")."""
    if trig.pos == "noun" and _PERFECT.search(text, max(0, start - 40), start) and text[start:end].lower().endswith("ed"):
        return False  # "members have already voted": a perfect tense is a verb
    return (trig.pos == "noun" and not _used_as_verb(text, start, trig)) or _nominal(text, start, end)


# Compiled once (the module-level re functions look each pattern up in re's cache at every call: these
# run several times a dated clause).
_ADJECTIVE_END = re.compile(r"(?:ous|ful|ive|ic|est|al)$")
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$")


def _nominal(text: str, start: int, end: int) -> bool:
    """A verb row's form used as a noun: "the resignation of", "Russia's annexation", "a serious threat"."""
    word = text[start:end]
    if _SUCH_AS.match(text, end):
        return True  # "raids such as the one in May": a verb has no "such as" after it
    if word.lower().endswith("ed"):
        return False  # "I first joined", "also signed": a past tense is a verb whatever precedes it
    before = text[max(0, start - 24):start].split()
    if word[:1].isupper() and before and before[-1][:1].isupper() and not before[-1].endswith((".", "!", "?", ":")):
        return True  # "the Gershon Report", "the Strategic Defence Review": part of a name
    prev = before[-1].lower() if before else ""
    if prev in _DETERMINER or prev.endswith(("'s", "’s")):
        return True
    if _ADJECTIVE_END.search(prev) and not prev.endswith("ly"):
        return True
    return bool(_NOMINAL_SUFFIX.search(word)) and not word.lower().endswith("ing")


# A name inside a phrase before the verb, not its subject: after a preposition ("MAB, which opposed
# the war in Iraq, urged", "lost the race to Mr Roe and stepped down"), a possessive ("the UK's first
# black minister when appointed") or a modifier of a noun ("a Belgian national who set up", "Labour
# calls"); but "Labour MPs warned", "the Japanese prime minister flew": its people act for it.
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|of|to|on|at|from|about|for|into|with|under|over|against|than|like|across|"
                                 r"near|during|since|behind|between|among)\s+(?:the\s+|a\s+|an\s+)?"
                                 r"(?:(?:Mr|Mrs|Ms|Dr|Lord|Lady|Sir|Dame)\.?\s+)?$", re.IGNORECASE)
_POSSESSIVE_AFTER = re.compile(r"['’]s?(?!\w)")
_WORD_AFTER = re.compile(r"\s+([a-z][\w-]*)")
# What may follow a subject before its verb: an auxiliary or a verb, an adverb, a relative pronoun, a
# conjunction, "to" ("urged the party to publish"), or the words of the people acting for it.
_BEFORE_VERB = re.compile(
    r"is|was|were|are|has|have|had|will|would|did|does|do|can|could|may|might|must|should|shall|\w+ed|\w+ing|"
    r"\w+ly|also|then|now|still|just|never|once|first|later|soon|not|who|which|that|to|and|or|but|said|says|told|"
    r"tells|met|meets|made|took|gave|held|sent|led|won|lost|began|became|quit|left|set|put|sought|"
    r"president|prime|premier|ministers?|ministry|chancellor|secretary|ambassador|envoy|officials?|spokes(?:man|woman)|"
    r"leaders?|leadership|government|mps|members|delegation|negotiators?|diplomats?|troops|forces|army|navy|military|"
    r"police|authorities|team|squad|captain|coach|manager|chief|head|foreign|defen[cs]e|interior|finance|trade")


_ITS_OWN_VERB = re.compile(r"\s+(?:told|tells|said|says|added|insisted|warned|had|has|have|was|were|is|are|will|would)\b")
_SPEAKER_ENDS = re.compile(r"\s*(?:[.,;:!?\"”]|$)|\s+(?:in|on|at|yesterday|today|tonight|last|this|when|after|before|"
                           r"who|during|while)\b")
_SAID_BY = re.compile(r"(?:said|says|added|insisted)\s+(?:(?:Mr|Mrs|Ms|Dr|Lord|Lady|Sir|Dame)\.?\s+)?",
                            re.IGNORECASE)


def _stands_as_subject(text: str, agent: Named, t_start: int) -> bool:
    """Whether the clause's agent is named as its subject, not inside a phrase before the verb."""
    if _PREPOSITION_BEFORE.search(text, max(0, agent.start - 30), agent.start):
        return False
    if agent.end > t_start:
        return True  # '"...," warned Jane Roe': a speaker after the verb
    if _POSSESSIVE_AFTER.match(text, agent.end):
        return False
    word = _WORD_AFTER.match(text, agent.end, t_start)
    return word is None or bool(_BEFORE_VERB.fullmatch(word.group(1)))


def _passive_agent(desc: Description, text: str) -> bool:
    return desc.agent is not None and bool(_BY_BEFORE.search(text[max(0, desc.agent.start - 8):desc.agent.start]))


def _used_as_verb(text: str, start: int, trig: Trigger) -> bool:
    """"they vote", "Russia threatened": a noun-or-verb form right after a subject pronoun or 'to'."""
    before = text[max(0, start - 12):start].lower().split()
    if trig.pos == "noun" and _progressive(text, start, start + len(text[start:start + 16].split()[0])):
        return True  # "the forum, which is meeting this week": a progressive verb, not the noun "meeting"
    return bool(before) and before[-1] in {"to", "they", "we", "i", "you", "he", "she", "will", "would"}


def _progressive(text: str, start: int, end: int) -> bool:
    """A form in -ing right after a form of "be" ("is meeting", "we're negotiating")."""
    before = text[max(0, start - 12):start].lower().split()
    return bool(before) and before[-1] in _BE and text[start:end].lower().endswith("ing")


_BE = frozenset({"is", "are", "was", "were", "be", "been", "am", "i'm", "we're", "they're", "he's", "she's", "it's"})


# A relative clause opened by "who" without a comma that runs on to a name: "officials who monitor X affairs".
_WHO_BEFORE = re.compile(r"(?<=[a-z]\s)who\s+(?:[\w'’-]+\s+){1,5}(?:the\s+)?$")
_CLAUSE_BREAK_BETWEEN = re.compile(r"[,;:()\"“”]")
_HE_SHE_LAST = re.compile(r"\b(?:he|she)\b[^,;]{0,40}$", re.IGNORECASE)
_PRONOUN_LAST = re.compile(r"\b(he|she|He|She)\b[^,;]{0,40}$")
_SENTENCE_MARK = re.compile(r"[.!?;:,]")
# "It is not known whether", "it was unclear if", "It is thought that": an "it" that stands for what follows.
_EXPLETIVE_IT = re.compile(r"[Ii]t\s+(?:is|was|has\s+been|had\s+been|remains|remained|seems|seemed)\s+(?:not\s+)?(?:yet\s+)?"
                           r"(?:known|clear|unclear|likely|unlikely|understood|thought|believed|expected|feared|hoped|"
                           r"reported|possible|impossible|important|uncertain|true|said)\s+(?:whether|that|if|how|when|"
                           r"why|what|who|to)\b")
_THING_PRONOUN_LAST = re.compile(r"\b(it|they|It|They|who|which)\b[^,;]{0,40}$")
_WORD_CHAR = re.compile(r"\w")
_LINK_WORDS = re.compile(r"(?i)\b(?:and|then|was|were|first|later|also|he|she)\b")
_AUX_WORDS = re.compile(r"(?i)\b(?:was|were|is|are|has|have|had|been|also|then|later)\b")
_TWO_LETTERS = re.compile(r"[A-Za-z]{2}")
_BY_AFTER = re.compile(r"[^,;]{0,60}?\bby\s+")


def _verb_name(desc: Description, text: str, clause: tuple[int, int], t_start: int, t_end: int, trig: Trigger,
               inside: list[Named], timex: tuple[int, int] | None, person_before: Named | None,
               everyone: list[Named] = ()) -> None:
    before = text[clause[0]:t_start]
    passive = bool(_PASSIVE_AUX.search(before)) and text[t_start:t_end].lower().endswith(("ed", "en", "wn", "told"))
    subject = nearest_before(inside, t_start)
    called = _CALLED_BEFORE.search(text, max(clause[0], subject.start - 40), subject.start) if subject is not None else None
    if called is not None and _NAMED_AS_AFTER.match(text, subject.end, t_start):
        # "The premier also called Chile a partner and voiced support", "called President Roe a
        # liar and said": the name after "called" (and its title) is the one spoken of, not the one
        # who acts; the subject stands before the verb
        subject = nearest_before(inside, called.start())
        subject = subject if subject is not None and subject.start >= clause[0] else None
    if subject is not None:
        who = _WHO_BEFORE.search(text, clause[0], subject.start)
        if who is not None and not _CLAUSE_BREAK_BETWEEN.search(text, subject.end, t_start):
            # "officials who monitor Chilean affairs said": the name is inside the relative clause of
            # the verb's subject (the noun before "who"), not that subject
            subject = nearest_before(inside, who.start())
            subject = subject if subject is not None and subject.start >= clause[0] else None
    between = text[subject.end:t_start] if subject is not None else ""
    if subject is not None and _NEW_SUBJECT.search(between):
        # "X told the BBC he had agreed", "X focused on the fact that jobs were created": a pronoun
        # or a clause of its own stands between the name and the verb; the name is not its subject
        people = [n for n in inside if n.end <= subject.end and n.type == "person"]
        said = _HE_SHE_LAST.search(between)
        subject = (Named(people[-1].actor_id, people[-1].name, subject.end + said.start(), subject.end + said.end(),
                         "person") if said and people else None)
    if subject is None:
        pronoun = _PRONOUN_LAST.search(before)
        if pronoun and person_before is not None:
            subject = Named(person_before.actor_id, person_before.name, clause[0] + pronoun.start(1),
                            clause[0] + pronoun.end(1), person_before.type)
    if subject is None:
        # "Umbro said on Thursday it had signed ...", "X, who died at 80": the pronoun or relative
        # stands for the body (or person) named just before it.
        # the clause may begin after the pronoun ("But it has also | called for ...")
        lead = _SENTENCE_MARK.split(text[max(0, clause[0] - 40):clause[0]])[-1]
        pronoun = _THING_PRONOUN_LAST.search(lead + before)
        if pronoun and _EXPLETIVE_IT.match(text, clause[0] - len(lead) + pronoun.start(1)):
            pronoun = None  # "It is not known whether ...": "it" stands for nothing named
        if pronoun:
            wanted = ("person",) if pronoun.group(1) == "who" else ("organization", "state", "group")
            at = clause[0] - len(lead) + pronoun.start(1)
            near = [n for n in named_within(everyone, max(0, at - 160), at) if n.type in wanted
                    and not _modifier(text, n)]  # not "British" in "the British shoe market"
            if pronoun.group(1).lower() in ("it", "they"):
                near = _sentence_subject(text, everyone, at, wanted) or near
            if near:
                subject = Named(near[-1].actor_id, near[-1].name, at, at + len(pronoun.group(1)), near[-1].type)
    if subject is None and person_before is not None and not _WORD_CHAR.search(_LINK_WORDS.sub(
            "", before)) \
            and not _after_its_subject(text, clause[0], everyone):
        # "Born in 1912 and educated at ...", "He was first elected": the person the text is about
        subject = Named(person_before.actor_id, person_before.name, t_start, t_start, person_before.type)
        passive = passive or text[t_start:t_end].lower().endswith(("ed", "en", "wn", "born"))
    lead_thing: list[str] = []
    if subject is None and text[t_start:t_end].lower().endswith(("ed", "en", "wn")) and not _WORD_CHAR.search(_AUX_WORDS.sub(
            "", before)) \
            and _after_its_subject(text, clause[0], everyone):
        # "The album, | released on Monday", "A new service, Zap.tv, | was launched": what was done
        # to is the noun phrase that opens the sentence
        lead_thing = _lead_noun(text, clause[0])
        passive = passive or bool(lead_thing)
    author = subject is None and _FIRST_PERSON.search(before) is not None and not _quoted(text, t_start)
    desc.person_agent = author or (subject is not None and subject.type == "person")
    # what is called for, demanded or refused holds its purpose ("called for talks to end the war",
    # "refused to hold an election")
    # a refusal names the whole act refused ("refused to put into effect the trade agreement")
    obj_words, obj_actor = object_words(text, t_end, clause[1], inside, timex,
                                        purpose=trig.event_type not in ("REQUEST", "REJECT"),
                                        most=7 if trig.event_type == "REJECT" else 5)
    label = trig.label
    if "{agent}" in label:
        # "Born in 1912" -> "Birth of James Callaghan": the event named from the one it happened to,
        # a person or a group: a state named before ("Japanese pianist X, who died") is not it, nor
        # a number ("in which 96 died")
        if subject is not None and subject.type in ("state", "organization"):
            subject = None
        who = subject.name if subject else " ".join(_subject_words(text, clause[0], t_start))
        who = who if _TWO_LETTERS.search(who) and who.lower() not in _QUANTIFIERS else ""
        desc.agent, desc.target = (subject, None) if not passive else (None, subject)
        desc.name = label.format(agent=who) if who else ""
        return
    if author:
        # An article's own "I" (outside quotation marks) is its author.
        desc.agent, desc.target = None, obj_actor
        desc.name = finish_name(["Author", label] + obj_words)
        return
    by_name = _BY_NAME.match(text, t_end, clause[1])
    if not passive and by_name and text[t_start:t_end].lower().endswith(("ed", "en", "wn")):
        passive = True  # "figures released by the Cabinet Office": a participle after its noun
    elif not passive and subject is None and text[t_start:t_end].lower().endswith("ed") and \
            _NO_OBJECT.match(text, t_end) and _REPORTED_AFTER.match(text, t_end, clause[1] + 1) and \
            _subject_words(text, clause[0], t_start):
        # "figures released last week showed ...": the participle's noun is what was done to; no object
        passive, obj_words = True, []
    if passive:
        by = _BY_AFTER.match(text[t_end:clause[1]])
        # the agent is the name the by-phrase opens, not a later one ("was fined by the league for
        # striking an umpire named X": X is no agent)
        agent = next((n for n in inside if n.start >= t_end + by.end() - 1), None) if by else None
        if agent is not None and not _BY_PHRASE.fullmatch(text[t_end + by.end():max(agent.start, t_end + by.end())]):
            agent = None
        desc.agent, desc.target = agent, subject
        if trig.kind == "statement" and trig.event_type is None and text[t_start:t_end].lower() == "told":
            # "X was told that ...": X heard it; the one who told it speaks (named by "by", or no one)
            words = ["Statement", "by", agent.name] + _about(text, t_end, clause[1]) if agent is not None else []
            if agent is None and subject is not None and _ANSWERED.match(text, t_end):
                # "when X was told to move, she said no": the one told answers, and that is the statement
                desc.agent, desc.target = subject, None
                words = ["Statement", "by", subject.name]
        elif agent is not None:
            # "figures released by the Cabinet Office": what it released is the noun before the participle
            noun = _subject_words(text, clause[0], t_start)
            thing = [subject.name] if subject else noun if all(
                w[:1].islower() for w in noun) or _opens_sentence(text, clause[0], t_start, noun) else []
            words = [agent.name, label] + thing
        elif by_name:
            # an agent no actor names: its capitalised words ("by the Commerce Department")
            thing = [subject.name] if subject else _subject_words(text, clause[0], t_start)
            words = by_name.group(1).split() + [label] + thing
        else:
            head = subject.name if subject else " ".join(_subject_words(text, clause[0], t_start) or lead_thing)
            if head and trig.noun:
                # done to it by no one named: "Mr Doherty was arrested" -> Arrest of Mr Doherty
                words = _act(trig, label, [head] + obj_words)
                desc.nominal = bool(trig.noun)
            else:
                words = [head, label] + obj_words if head else []
    else:
        desc.agent, desc.target = subject, obj_actor
        head = [subject.name] if subject else _subject_words(text, clause[0], t_start)
        if len(head) == 1 and head[0].lower() in _QUANTIFIERS:
            head = []  # "some have begun to ...", "many left": a quantifier alone says not who
        if trig.kind == "statement" and trig.event_type is None:
            speaker = _speaker(text, clause, t_start, t_end, subject, inside)
            if speaker:
                words = ["Statement", "by", speaker] + _about(text, t_end, clause[1])
            elif label != "says" and obj_words:
                words = _act(trig, label, obj_words)  # "announced the plan": Announcement of Plan
                desc.nominal = bool(trig.noun)
            else:
                words = []  # "Says ..." names nothing: who spoke is unknown
        elif trig.kind == "statement" and not subject and re.search(r"[,\"”’]\s*$", text[clause[0]:t_start]):
            # '"... a nasty figure," warned Jane Roe, an economist': the speaker follows the verb
            speaker = _speaker(text, clause, t_start, t_end, None, inside)
            words = [speaker, label] if speaker else []
            desc.agent = next((n for n in inside if t_end <= n.start < t_end + 60), None)
        else:
            pair = pair_of_states(head, everyone, clause[0], text) if not subject else None
            if pair:
                # "the two countries signed ...": the two states named just before; a plural verb.
                head, label = [pair], _plural(label)
            elif subject is not None and subject.type == "group" and re.search(r"[^siu]s$", subject.name):
                label = _plural(label)  # a people named in the plural: "Britons Vote", "Americans Decide"
            elif not subject and head and re.search(r"[^siu]s$", head[-1]) and (
                    head[-1][:1].islower() or _opens_sentence(text, clause[0], t_start, head)):
                # "troops clashed with protesters": Troops Clash with Protesters; "Creditors agreed
                # on Friday": a plural noun capitalised only because it opens the sentence
                label = _plural(label)
            words = head + [label] + obj_words if head else _act(trig, label, obj_words)
            desc.nominal = not head and bool(trig.noun)
    name = finish_name(words)
    desc.name = name if len(name.split()) >= 2 else ""


# "called Chile a partner", "calling them an obstacle": the name between is what the speaker
# calls something, an object, not a subject.
_CALLED_BEFORE = re.compile(r"\b(?i:call|calls|called|calling)\s+(?i:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}$")
_NAMED_AS_AFTER = re.compile(r"[’']?s?\s+an?\s")


_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z\"“])")


def _after_its_subject(text: str, at: int, everyone: list[Named]) -> bool:
    """The clause at ``at`` begins after a comma that follows words of its own sentence naming no
    one ("A new service, Zap.tv, | was launched", "The album, | released on Monday"): those words
    are the sentence's subject, not the person the text is about ("Jane Roe, the party's leader,
    | was arrested" names her)."""
    window = text[max(0, at - 200):at]
    ends = list(_SENTENCE_END.finditer(window))
    lead_start = at - len(window) + (ends[-1].end() if ends else 0)
    lead = text[lead_start:at]
    if not lead.rstrip().endswith(",") or re.search(r"[A-Za-z]", lead) is None:
        return False
    return not named_within(everyone, lead_start, at) and not re.search(r"(?i)\b(?:he|she|his|her)\b", lead)


def _lead_noun(text: str, at: int) -> list[str]:
    """The noun phrase before the first comma of the sentence the clause at ``at`` ends ("A new
    service, Zap.tv, |" -> new service), without its article; none when longer than four words or
    when more than a name in apposition stands between it and the clause."""
    window = text[max(0, at - 200):at]
    ends = list(_SENTENCE_END.finditer(window))
    chunk, _, rest = window[ends[-1].end() if ends else 0:].partition(",")
    if rest.strip() and not re.fullmatch(r"\s*(?:the\s+)?(?:[\w'’.-]+\s*){1,3},\s*", rest):
        return []  # more than a name in apposition between: the clause is about something else
    words = [m.group(0) for m in TOKEN.finditer(chunk)]
    if words and words[0].lower() in ("a", "an", "the"):
        words = words[1:]
    if not 1 <= len(words) <= 4 or any(not re.match(r"[A-Za-z][\w'’.-]*$", w) or w.lower() in FUNCTION_WORDS
                                       for w in words):
        return []
    return words


def _sentence_subject(text: str, everyone: list[Named], at: int, wanted: tuple[str, ...]) -> list[Named]:
    """What "it"/"they" at ``at`` most likely stands for: the first body named in its sentence
    before it ("Umbro said on Thursday it had signed"), else the first named in the sentence
    before, its subject ("The US has sanctioned Russia ... But it has also called for ..."), not
    the last one named. A one-element list, or empty."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 600), at)]
    start = ends[-1] if ends else max(0, at - 600)
    here = [n for n in named_within(everyone, start, at) if n.type in wanted and not _modifier(text, n)]
    if here:
        return here[:1]
    previous = ends[-2] if len(ends) > 1 else max(0, start - 300)
    before = [n for n in named_within(everyone, previous, start) if n.type in wanted and not _modifier(text, n)]
    return before[:1]


# After "the"/"a" and a name, a lower-case word that is no verb of it (not an auxiliary, a common irregular past,
# nor a word ending as verbs and adverbs do): the noun the name modifies ("the British jewellery market").
_DETERMINER_BEFORE = re.compile(r"(?:^|\s)(?:the|a|an)\s+$", re.IGNORECASE)
_POSSESSIVE_BEFORE = re.compile(r"(?:^|\s)(?:its|their|his|her|our|your|my)\s+$", re.IGNORECASE)
_NOUN_AFTER_POSSESSIVE = re.compile(r"[ \t]+(?!(?:and|or|but|to|in|on|at|of|for|with|by|from)\b)[a-z]+\b")
_MODIFIED_NOUN = re.compile(r"[ \t]+(?!(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|shall|should|"
                            r"did|does|do|said|says|told|also|still|now|then|already|again|and|or|but|to|in|on|at|of|"
                            r"for|with|by|from|who|which|that|as|than|cut|put|set|hit|let|won|lost|made|sent|took|gave|"
                            r"led|began|became|sold|bought|held|left|met|paid|spent|thought|brought|fought|ran|saw|"
                            r"went|came|got|kept|felt|built|struck|split|quit|rose|fell|grew|drew|threw|wrote|spoke|"
                            r"broke|chose|froze|stood|won't|can't)\b)[a-z]+(?<!ed)(?<!s)(?<!ly)\b(?!['’-])")


def _modifier(text: str, named: Named) -> bool:
    """Whether a name after an article modifies a noun after it ("the British jewellery market"): the noun
    phrase is about something else, which "it" may stand for; the name is not that phrase's head."""
    if _POSSESSIVE_BEFORE.search(text, max(0, named.start - 7), named.start) is not None:
        return _NOUN_AFTER_POSSESSIVE.match(text, named.end) is not None  # "its U.S. stores": no verb can follow
    return _DETERMINER_BEFORE.search(text, max(0, named.start - 5), named.start) is not None and \
        _MODIFIED_NOUN.match(text, named.end) is not None


# A verb of showing or saying after a participle and its phrase ("figures released on Friday showed"):
# the participle modifies the noun before it, and that noun is the subject of this verb
_NO_OBJECT = re.compile(r"\s+(?:on|in|at|by|after|before|during|since|over|earlier|later|last|this|yesterday|today|"
                        r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)
_REPORTED_AFTER = re.compile(r"(?:(?!\b(?:and|but|then|who|which|that|it|they|he|she)\b)[^,;:]){0,60}?\s(?:showed|shows|show|revealed|reveals|reveal|suggested|suggests|suggest|"
                             r"indicated|indicates|indicate|found|finds|confirmed|confirms|said|says|put|puts|"
                             r"pointed|points)\b")
_BY_NAME = re.compile(r"\s+by\s+(?:the\s+)?(?:[a-z]+['’]s\s+)?((?:[A-Z][\w.'’&-]*\s+(?:(?:and|of|for)\s+)?){0,4}"
                      r"[A-Z][\w.'’&-]*)")
# Words between "by" and the name it opens: a determiner or a few modifiers ("by the Spanish
# government's X"), never a preposition or a conjunction that opens another phrase.
_BY_PHRASE = re.compile(r"(?:(?!(?:for|to|of|in|on|at|with|after|before|over|from|into|against|about|and|or|but|"
                        r"while|as|when|because|since|who|which|that)\b)[\w.'’-]+\s+){0,4}", re.IGNORECASE)
_QUANTIFIERS = frozenset({"both", "all", "many", "some", "each", "others", "several", "few", "most", "none"})
_FIRST_PERSON = re.compile(r"\bI\b(?:\s+[a-z]+){0,2}\s*$")
_QUOTES_OPEN, _QUOTES_CLOSE = "“«", "”»"


def _quoted(text: str, offset: int) -> bool:
    """Whether ``offset`` is inside a quotation (quotes opened and not closed in the 600 characters
    before it): a quoted "I" is the one quoted, not the author."""
    window = text[max(0, offset - 600):offset]
    curly = sum(window.count(c) for c in _QUOTES_OPEN) - sum(window.count(c) for c in _QUOTES_CLOSE)
    return curly > 0 or window.count('"') % 2 == 1


_LAST_WORD = re.compile(r"([\w-]+)\s+(?:the\s+|a\s+|an\s+)?$")


def _aspect_before(text: str, clause_start: int, t_start: int,
                   triggers: TriggerKnowledge) -> tuple[Trigger, int, int] | None:
    """An aspect verb right before the trigger ("started planning", "began talks", "resumed
    cooperation"): it names the event, the trigger after it says what kind."""
    window = text[max(clause_start, t_start - 24):t_start]
    m = _LAST_WORD.search(window)
    if not m:
        return None
    trig = triggers.trigger(m.group(1))
    if trig is None or trig.pos != "aspect":
        return None
    start = t_start - len(window) + m.start(1)
    return trig, start, start + len(m.group(1))


def _about(text: str, start: int, end: int) -> list[str]:
    """What a statement is about: "on"/"about" and the noun phrase after it, with its own
    complement ("spoke about the country's membership of the customs union": About Country's
    Membership of Customs Union), up to the clause's next comma, verb or date."""
    m = re.match(r"\s+(?:\w+\s+){0,2}?(on|about)\s+((?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2})", text[start:end])
    if not m or _DAY_WORD.match(m.group(2)) or dated_next(text, start + m.start(2), None):
        return []  # "said on Saturday": when, not what about
    words = [w for w in m.group(2).split() if w.lower() != "the"]
    if words[-1].lower() in _COMPLEMENT:
        # the three words end inside the phrase ("about the town's entry into"): read on to its end;
        # not after "in", "on", "at" ("on fuel duty in his speech"): where or when it was said
        phrase, _ = object_words(text, start + m.start(2), end, [], None, most=_ABOUT_WORDS)
        if phrase and phrase[-1].lower() not in FUNCTION_WORDS and len(phrase) > len(words):
            words = phrase
    return [m.group(1)] + words


_ABOUT_WORDS = 5  # content words of what a statement is about
# Prepositions that open a noun's own complement ("entry into", "membership of", "talks with")
_COMPLEMENT = frozenset({"of", "into", "to", "with", "between", "against", "over", "for", "from"})


# '..." said Mr Ash', '..., said chief financial officer Peter Gregg': a title in lower case may come first
_SPEAKER_AFTER = re.compile(r"\s+(?:(?:the\s+|an?\s+)?(?:(?!(?:on|in|at|of|to|for|from|by|with|that|this|last|next|"
                            r"it|he|she|they|we|earlier|later|today|yesterday)\b)[a-z][\w-]*\s+){0,4}?"
                            r"((?:[A-Z][\w.'’]*(?:-[A-Z][\w.'’]*)*|\d+-year-old)(?:\s+(?:[A-Z][\w.'’-]*))*)(?![\w-]))")


def _act(trig: Trigger, label: str, obj_words: list[str]) -> list[str]:
    """A verb event no one is said to do, named by the act as a noun ("channels for exchanging
    ideas": Exchange of Ideas); the noun's preposition gives way to the object's own ("withdrew
    from the race": Withdrawal from Race)."""
    if not trig.noun:
        return [label] + obj_words
    noun = trig.noun.split()
    if len(noun) > 1 and noun[-1] in FUNCTION_WORDS and obj_words and obj_words[0].lower() in FUNCTION_WORDS \
            and not _about_a_number(obj_words):
        noun = noun[:-1]
    return noun + obj_words


# "over", "about" before a number say how many, not where to: "provided over 300 tents" is the
# provision of them ("Provision of over 300 Tents"), not a "Provision over ..."
_HOW_MANY = frozenset({"over", "about", "around", "nearly", "almost", "some", "under", "up", "roughly", "approximately",
                       "more", "less", "fewer", "at"})
_NUMBER_WORD = re.compile(r"(?i)^(?:[\d.,£$€%]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
                          r"thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|dozens?|"
                          r"to|than|least|half|a)$")


def _about_a_number(words: list[str]) -> bool:
    return len(words) > 1 and words[0].lower() in _HOW_MANY and bool(_NUMBER_WORD.match(words[1]))


def _opens_sentence(text: str, start: int, t_start: int, head: list[str]) -> bool:
    """Whether ``head`` is one capitalised word of lower-case letters opening its sentence
    ("Creditors agreed"), not a name ("Reuters", "IBM", "McKinsey", "Lloyds Bank")."""
    if len(head) != 1 or not re.fullmatch(r"[A-Z][a-z]+", head[0]):
        return False
    at = text.rfind(head[0], start, t_start)
    if at < 0 or re.search(r"[a-z,] " + head[0] + r"\b", text):
        return False  # capitalised inside a sentence elsewhere ("shares in Barclays"): a name
    return not text[:at].strip(" \t\"“'‘") or bool(re.search(r"(?:[.!?:]['\"”’]?|\n)[ \t\"“'‘]*$", text[max(0, at - 6):at]))


def _plural(label: str) -> str:
    """The plural verb of a label: "signs" -> "sign", "is elected" -> "are elected"."""
    first, _, rest = label.partition(" ")
    if first == "is":
        first = "are"
    elif first.endswith("ies"):
        first = first[:-3] + "y"
    elif first.endswith(("ches", "shes", "sses", "xes")):
        first = first[:-2]
    elif first.endswith("s") and not first.endswith("ss"):
        first = first[:-1]
    return f"{first} {rest}".strip()


def _speaker(text: str, clause: tuple[int, int], t_start: int, t_end: int, subject: Named | None,
             inside: list[Named]) -> str:
    """Who makes a statement. After what is said ('... disasters, said a US insurer', '..." said
    Mr Ash') the speaker follows the verb; otherwise it is the subject, unless the subject is
    named inside the quotation, which is what is said, not who says it."""
    if re.search(r"[,\"”’']\s*$", text[clause[0]:t_start]):  # (' closing a ``...'' quotation too)
        if _A_THING_OF.match(text, t_end):
            return ""  # '"...," said a Spanish version of the letter': a thing the name describes, no speaker
        if re.fullmatch(r"(?i)told|tells", text[t_start:t_end]):
            # '"...," Jane Roe, an economist at Acme, | told Reuters': the one told is no speaker; the name
            # before the apposition is
            apposed = _NAME_APPOSITION_BEFORE.search(text, max(0, t_start - 200), t_start)
            return apposed.group(1) if apposed is not None else ""
        after = next((n for n in inside if t_end <= n.start < t_end + 60), None)
        return after.name if after is not None else _speaker_words(text, (t_start, t_start), t_start, t_end)
    if subject is not None and not (_quoted(text, subject.start) and not _quoted(text, t_start)):
        return subject.name
    return _speaker_words(text, clause, t_start, t_end)


# After a verb of saying: "a Spanish version of the letter", "an English translation of the text": the
# name describes a thing of something, which is neither it nor anyone who speaks.
_ANSWERED = re.compile(r"[^.!?;]{0,80}?\b(?:he|she|they)\s+(?:said|replied|answered)\b", re.IGNORECASE)  # in the sentence
_SAYING_VERB = re.compile(r"(?i)said|says|say|told|tells|added|adds|stated|states|declared|declares|announced|announces")
_A_THING_OF = re.compile(r"\s+(?:a|an)\s+[A-Z][\w.'’-]*\s+[a-z]+\s+of\s")


_NAME_APPOSITION_BEFORE = re.compile(r"(?:^|(?<=[\"”'.\n])\s*)([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*,"
                                     r"[^,;:!?\"“”\n]{1,150},\s*$")


def _speaker_words(text: str, clause: tuple[int, int], t_start: int, t_end: int) -> str:
    """Who speaks when no actor is named: the noun phrase before the verb ("IBM said"), or the one
    after it ('..." said Mr Ash'); empty for a pronoun ("it said")."""
    words = _subject_words(text, clause[0], t_start)
    if words and any(w[:1].isupper() for w in words):
        return " ".join(words)
    if _SAYING_VERB.fullmatch(text, t_start, t_end) and _WORD_CHAR.search(text, clause[0], t_start) and \
            not re.search(r"[,\"”’']\s*$", text[clause[0]:t_start]):
        return ""  # "analysts have said Acme is ...": the verb has its subject before it; a name after it is what is said
    if not words and re.fullmatch(r"(?i)told|tells", text[t_start:t_end]):
        # '"...," Jane Roe, an economist at Acme, | told Reuters': the one told is no speaker; the name
        # before the apposition (the clause begins after its comma) is
        apposed = _NAME_APPOSITION_BEFORE.search(text, max(0, t_start - 200), t_start)
        return apposed.group(1) if apposed is not None else ""
    after = _SPEAKER_AFTER.match(text, t_end, min(len(text), t_end + 60))
    if after and not re.match(r"(?:on|in|at|last|this|next|that|[A-Z][a-z]+day)\b", after.group(1)):
        return " ".join(after.group(1).split()[:4])
    return ""


def _subject_words(text: str, start: int, t_start: int) -> list[str]:
    """The noun phrase before a passive verb ("A new law was passed" -> new law)."""
    words = [m.group(0) for m in TOKEN.finditer(text[start:t_start])]
    while words and (words[-1].lower() in {"was", "were", "been", "being", "is", "are", "be", "get", "got", "will",
                                           "would", "may", "might", "can", "could", "shall", "should", "must",
                                           "has", "have", "had", "did", "does", "do"}
                     or words[-1].lower().endswith("ly") or words[-1].lower() in _ADVERBS):
        # "staff have already voted": the auxiliaries and adverbs before the verb
        words.pop()
    out: list[str] = []
    stop = skip = -1
    for j in range(len(words) - 1, -1, -1):
        word = words[j]
        if word.lower() in _ADVERBS or skip == j:
            continue
        if word.lower() in FUNCTION_WORDS or not re.match(r"\w", word) or len(out) == 4 or \
                re.split(r"['’]", word.lower())[0] in FUNCTION_WORDS:  # "who'd fought", "they've met"
            stop = j
            break
        if word.lower() in _TIME_WORDS or YEAR.match(word):
            break  # "On Tuesday Mr Howard attacked": the day says when, it is no part of who
        if word.lower() in SPANS_OF_TIME and j and words[j - 1].lower() in DEICTIC_WORDS:
            if out:
                break  # "Last month Acme agreed", "after last year signing": when, not who
            skip = j - 1  # "Acme last week agreed": the subject stands before it
            continue
        out.insert(0, word)
    return _head_of(words, stop) + out if out else out


def _head_of(words: list[str], stop: int) -> list[str]:
    """The head noun an "of" phrase ends ("an opponent of the current president came to power":
    Opponent of), where the subject's words stopped at "of" or at "of the"."""
    of_at = stop - 1 if stop > 0 and words[stop].lower() in ("the", "a", "an") else stop
    if of_at < 1 or words[of_at].lower() != "of":
        return []
    noun = words[of_at - 1]
    if not noun.isalpha() or not noun.islower() or noun in FUNCTION_WORDS or noun.endswith(("ly", "ed")):
        return []
    if of_at >= 2 and words[of_at - 2].lower() not in ("a", "an", "the"):
        return []
    return [noun, "of"]


# (not May, March, April, June or August, which are also names and words)
_TIME_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february july september
october november december today yesterday tonight tomorrow weekend""".split())


# A case-blind pattern searched over every clause: the same matches on the lower-cased text, faster.
GENERIC_WAR = CaseBlind(GENERIC_WAR)
