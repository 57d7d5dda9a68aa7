"""The words of a clause an event is named from: the actors named in it (``Named``), and the
object after a verb, read up to where its phrase ends ("invaded Ukraine in 2022" -> Ukraine).
Shared by the clause reader (``describe``) and the noun-phrase namer (``noun_names``)."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .naming import FUNCTION_WORDS

OBJECT_STOP = frozenset({"that", "which", "who", "whom", "when", "while", "after", "before", "because", "as",
                         "and", "but", "or", "if", "since", "until", "though", "although", "where", "whether",
                         "than", "so", "during", "despite", "amid", "following", "said", "says", "saying", "is",
                         "took", "takes",
                         "was", "were", "are", "will", "would", "has", "had", "have", "could", "should"})
# Past forms of irregular verbs that are no nouns ("cut", "set", "lost", "won" are left out: "the tax
# cut", "a new set"): after an object's content word they begin a new verb, as "-ed" forms do.
_IRREGULAR_PAST = frozenset("""came became began went fell rose grew gave got brought broke ran drew stood sent told
thought felt meant kept made held saw struck fought bought sold built paid wrote spoke chose drove flew forgot froze
hid knew rode sang sank shook slept stole swore threw understood withdrew woke wore""".split())
_DEGREE = frozenset({"long", "shortly", "soon", "well", "just", "even", "years", "months", "days", "weeks"})
_ADJECTIVE = re.compile(r"(?:ic|al|ary|ive|ous|ian|ese)$", re.IGNORECASE)
_PRONOUN_OBJECTS = frozenset({"him", "her", "it", "them", "this", "that", "us", "me", "itself", "himself", "herself"})
# a number written with thousands separators ("40,000", "1,250.5") is one word, not "40" and a comma
TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|[\w][\w'’.&-]*|[^\w\s]")
YEAR = re.compile(r"^(1\d|20)\d\d$")
OPEN_QUOTES, CLOSE_QUOTES = frozenset('“«"'), frozenset('”»"')


@dataclass(slots=True)
class Named:
    """An actor named in or before the clause: id, display name, where, and type."""

    actor_id: str
    name: str
    start: int
    end: int
    type: str = ""


def named_within(named: list[Named], start: int, end: int) -> list[Named]:
    """The actors named inside [start, end); ``named`` is sorted by start (bisect, then a walk by
    index: a copy of ``named[lo:]`` at every call made a long document with thousands of names
    quadratic)."""
    out = []
    for k in range(bisect.bisect_left(named, start, key=lambda n: n.start), len(named)):
        n = named[k]
        if n.start >= end:
            break
        if n.end <= end:
            out.append(n)
    return out


def nearest_before(named: list[Named], offset: int) -> Named | None:
    before = [n for n in named if n.end <= offset]
    return before[-1] if before else None


# "last year", "this week", "next month": a span of time said from the story's day, no part of
# who acted nor of what was done ("launched last month a new phone")
SPANS_OF_TIME = frozenset({"year", "month", "week", "weekend", "night", "morning", "afternoon", "evening", "decade",
                            "summer", "winter", "spring", "autumn", "season", "term", "quarter"})
DEICTIC_WORDS = frozenset({"last", "this", "next", "that", "same", "previous", "following"})
_SPAN_OF_TIME = re.compile(r"(?:%s)\s+(?:%s)\b" % ("|".join(sorted(DEICTIC_WORDS)), "|".join(sorted(SPANS_OF_TIME))),
                           re.IGNORECASE)


# Compiled once: object_words reads every word after a trigger.
_WORD_CHAR = re.compile(r"\w")
_LOWER_NEXT = re.compile(r"\s+[a-z]")
_BEFORE_AFTER_AGO = re.compile(r"\s+(?:before|after|ago)\b")
_NEXT_LOWER_WORD = re.compile(r"\s+([a-z]+)")


def object_words(text: str, start: int, end: int, inside: list[Named],
            timex: tuple[int, int] | None, pair: bool = False, purpose: bool = True,
            most: int = 5) -> tuple[list[str], Named | None]:
    """Up to ``most`` content words after the verb, stopped by punctuation, a new clause, the date
    or (with ``purpose``) a purpose ("to remain open").
    ``pair``: after "between", the first "and" joins the two sides."""
    words: list[str] = []
    actor = None
    quote_ends = -1  # where a short quoted name inside the object closes
    time_ends = -1  # where a span of time said from the day ends ("launched last month a phone")
    for m in TOKEN.finditer(text, start, end):
        word = m.group(0)
        low = word.lower()
        if m.start() == quote_ends or m.start() < time_ends:
            continue
        if not words and low in DEICTIC_WORDS:
            span = _SPAN_OF_TIME.match(text, m.start(), end)
            if span:
                time_ends = span.end()
                continue
        if word in OPEN_QUOTES and quote_ends < m.start():
            short = _SHORT_QUOTE.match(text, m.start(), end)
            if short:
                quote_ends = short.end() - 1  # 'adopted the “open door” policy': the quote names it
                continue
        if pair and low == "and" and words:
            pair = False
            words.append(word)
            continue
        if timex and m.start() >= timex[0] and m.start() < timex[1]:
            if not (YEAR.match(word) and words and words[-1].lower() not in FUNCTION_WORDS - {"the", "its", "their"}
                    and _LOWER_NEXT.match(text[m.end():end])):
                break
            # "put into effect the 1972 trade agreement": a year before its noun is the noun's modifier
        if low == "and" and words and _ADJECTIVE.search(words[-1]) and words[-1][:1].islower():
            words.append(word)  # "agreements on economic and technological cooperation"
            continue
        if not words and low == "as":
            role = _AS_ROLE.match(text, m.start(), end)
            if role:
                # "resigned as Labour leader", "was sworn in as president": the office is the object
                words = ["as"] + [w for w in role.group(1).split() if w.lower() not in _POSSESSIVES]
                break
        if word in _CURRENCY and text[m.end():m.end() + 1].isdigit():
            continue  # "vetoed the $20 billion bill": the amount, not the end of the object
        if not _WORD_CHAR.match(word) or low in OBJECT_STOP:
            break
        if low in _DEGREE and _BEFORE_AFTER_AGO.match(text[m.end():m.end() + 10]):
            break  # "... to the rebels long before 1986": the date phrase, not the object
        if words and word[:1].islower() and (low.endswith("ed") or low in _IRREGULAR_PAST) \
                and words[-1].lower() not in FUNCTION_WORDS:
            break  # "talks at the ministerial level reached a peak", "the ban on X came into force": a new verb
        if low in ("in", "on", "at", "by", "from", "for") and dated_next(text, m.end(), timex):
            break
        if purpose and low == "to" and words and _INFINITIVE.match(text, m.end(), end):
            break  # "channels for exchanging ideas to remain open": a purpose, not the object
        if not words and low in _PRONOUN_OBJECTS:
            break
        if all(w.lower() in _OBJECT_LEAD for w in words):
            # Only a direct object is the target ("invaded Ukraine", "appointed Mr Roe", not "a
            # protocol with Finland").
            actor = actor or next((n for n in inside if n.start <= m.start() < n.end), None)
        words.append(word)
        if len([w for w in words if w.lower() not in FUNCTION_WORDS]) >= most:
            following = _NEXT_LOWER_WORD.match(text[m.end():end])
            if word[:1].islower() and following and following.group(1) not in OBJECT_STOP:
                # Cut short inside a phrase ("... dialogue between the two | countries"; a name such
                # as "in China" ends its phrase): end before the phrase's preposition instead.
                cut = max((i for i, w in enumerate(words) if w.lower() in FUNCTION_WORDS and i > 0), default=0)
                if cut:
                    words = words[:cut]
            break
    if words and words[0].lower() in _POSSESSIVES:
        words = words[1:]  # "withdrew its troops": the owner is the subject already named
    if words and words[0].lower() in ("any", "every"):
        words = words[1:]  # "disrupt any groundwork": the object's determiner names nothing
    return [w for w in words if w.lower() not in ("the", "a", "an")], actor


# What may stand before a direct object's name: an article and a title ("appointed Mr Roe", "met
# President Roe").
_OBJECT_LEAD = frozenset({"the", "a", "an", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "lord", "lady", "sir",
                          "dame", "president", "senator", "governor", "general", "gen", "gen.", "king", "queen",
                          "prince", "princess", "chancellor", "premier"})


# An office after "as": up to three words before a role noun, and "of" + its body ("as
# secretary of state", "as head of the Football Association"); not a clause ("as the president had
# asked", "as leader he ...": a verb or a pronoun follows).
_ROLE_NOUNS = (r"leader|minister|secretary|president|chairman|chairwoman|chair|head|chief|director|manager|coach|"
               r"captain|governor|mayor|ambassador|envoy|MP|member|spokesman|spokeswoman|editor|executive|boss|"
               r"adviser|advisor|commander|speaker|premier|chancellor|treasurer|officer|CEO|deputy|senator|judge|"
               r"representative|commissioner|whip|nominee|candidate|trustee|governor-general|vice-president|"
               r"president-elect|chief of staff|attorney general")
_AS_ROLE = re.compile(
    r"as\s+((?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w'’.-]+\s+){0,3}(?i:" + _ROLE_NOUNS + r")s?"
    r"(?:\s+(?:of|for|to)\s+(?:the\s+)?(?:[A-Z][\w'’.&-]*|(?!(?:the|a|an)\b)[a-z]+\b)"
    r"(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’.&-]*){0,3})?+)"
    r"(?![\w-])(?!\s+(?:had|has|have|said|says|was|were|is|are|did|does|would|will|could|can|he|she|they|it|we|I|"
    r"[a-z]+ed)\b)")
_CURRENCY = frozenset("$£€¥")
_SHORT_QUOTE = re.compile(r"[“«\"][\w’'-]+(?:\s[\w’'-]+){0,3}[”»\"]")
_INFINITIVE = re.compile(r"\s+(?:be|remain|become|make|help|allow|ensure|continue|keep|stay|get|give|take|build|"
                         r"protect|prevent|avoid|reduce|improve|create|strengthen|deter|counter|secure|show|"
                         r"resolve|restore|bring|put|pay|win|stop|end|boost|cut|raise|fund|finance|develop)\b")
_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my", "your"})


def dated_next(text: str, offset: int, timex: tuple[int, int] | None) -> bool:
    nxt = text[offset:offset + 24].lstrip()
    return bool(re.match(r"(?:the\s+)?(?:\d|January|February|March|April|May|June|July|August|September|October|"
                         r"November|December|early|late|mid|spring|summer|autumn|fall|winter|recent|last|this|next|Monday|"
                         r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tomorrow)",
                         nxt)) or (timex is not None and 0 <= timex[0] - offset <= 6)


_BOTH_SIDES = frozenset({"countries", "sides", "states", "nations", "governments", "powers", "parties"})
# Characters back from "the two countries" where a name finds its two states (the linker reads
# as far back where the phrase's own paragraph names fewer: link.clauses.pair_before).
PAIR_REACH = 800


# Between two names said together ("Soviet-Chinese", "Chile and Peru"): the linker's rule
# (link.clauses.PAIRED), so that a name and its links tell the same two states.
_PAIRED = re.compile(r"\s*[-–/]\s*|\s+and\s+(?:the\s+)?|,\s+")


def pair_of_states(head: list[str], everyone: list[Named], before: int, text: str = "") -> str:
    """"the (two) countries" / "both sides": the two states named most often in the 800
    characters before (the latest first on a tie; the last two named together, as in
    "Soviet-Chinese relations", count once more, as the linker counts them), as "A and B" in
    order of first mention; empty when the subject is anything else."""
    low = [w.lower() for w in head]
    # "the two countries", "both sides", "the two communist countries": a count and adjectives
    if not low or low[-1] not in _BOTH_SIDES or \
            any(w not in ("two", "both", "the") and (w in FUNCTION_WORDS or not head[i][:1].islower())
                for i, w in enumerate(low[:-1])):
        return ""
    counts: dict[str, list[int]] = {}
    window = named_within(everyone, max(0, before - PAIR_REACH), before)
    for n in window:
        if n.type == "state":
            counts.setdefault(n.name, []).append(n.start)
    if len(counts) < 2:
        return ""
    bonus: dict[str, int] = {}
    if text:
        states = [n for n in window if n.type == "state"]
        for second, first in zip(reversed(states), list(reversed(states))[1:]):
            if first.name != second.name and _PAIRED.fullmatch(text, first.end, second.start):
                bonus = {first.name: 1, second.name: 1}
                break
    top = sorted(counts, key=lambda k: (len(counts[k]) + bonus.get(k, 0), counts[k][-1]), reverse=True)[:2]
    first, second = sorted(top, key=lambda k: counts[k][0])
    return f"{first} and {second}"
