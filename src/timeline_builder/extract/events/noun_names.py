"""An event noun's name from its noun phrase: the noun with its modifiers ("the 2005 general
election" -> 2005 General Election), a quoted modifier ('the “reverse Kissinger” strategy'), the
owner a possessive pronoun stands for ("his speech" -> X's Speech), a short complement ("the
summit in Istanbul"), and for a bare noun the name it was given earlier ("today's crisis" after
"the Ukraine crisis" -> Ukraine Crisis)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...knowledge.triggers import Trigger
from .naming import FUNCTION_WORDS, finish_name
from .phrases import (CLOSE_QUOTES, OPEN_QUOTES, TOKEN, YEAR, Named, dated_next, named_within, nearest_before,
                      object_words, pair_of_states)


# Adverbs that stand before a verb, never before a noun as its modifier.
_ADVERBS = frozenset({"already", "also", "then", "still", "just", "soon", "again", "eventually", "finally",
                      "recently", "now", "never", "ever", "nonetheless"})


def noun_phrase_name(text: str, clause: tuple[int, int], t_start: int, t_end: int, trig: Trigger,
                      inside: list[Named], timex: tuple[int, int] | None, everyone: list[Named] = (),
                      person_before: Named | None = None) -> str:
    """The event noun with its modifiers and a short complement: "2005 General Election"; a
    possessive pronoun before it is the one it stands for ("his speech" -> "X's Speech")."""
    head = text[t_start:t_end] if trig.pos != "noun" or trig.label[:1].islower() else text[t_start:t_end]
    left = [(m.group(0), clause[0] + m.start()) for m in TOKEN.finditer(text[clause[0]:t_start])]
    modifiers: list[str] = []
    marks = 0  # quotation marks read among the modifiers
    i = len(left)
    while i:
        i -= 1
        word = left[i][0]
        low = word.lower()
        quoted = _quoted_words(left, i) if len(modifiers) < 4 else []
        if quoted:
            # 'the “reverse Kissinger” strategy': the quoted words are the modifier that names it
            modifiers[:0] = quoted
            marks += 2
            i -= len(quoted) + 1
            continue
        if low in _TITLE_JOINERS and _in_title(left, i, modifiers, head):
            # "the Rural Water Safety Improvement and Modernization Act", "the Defense of Farms Act": a
            # title's own "and"/"of" between its capitalised words; the words after it alone
            # ("Modernization Act") drop what tells this act from the others
            modifiers.insert(0, word)
            continue
        if low in FUNCTION_WORDS or not re.match(r"\w", word) or len(modifiers) == (
                _MAX_TITLE_WORDS if _capitalised_run(modifiers, head) else 4) or \
                re.split(r"['’]", low)[0] in FUNCTION_WORDS:  # "who'd fought", "they've"
            break
        if word.endswith(("'s", "’s")) and modifiers:
            break
        if low in _ADVERBS:
            break  # "members have already voted": an adverb of the verb, no modifier of the noun
        if word[:1].islower() and re.search(r"(?:ed|ing|ly)$", word) and word not in ("united",):
            break  # "considered Xi's visit": the verb before the noun phrase is not part of it
        modifiers.insert(0, word)
    if modifiers and YEAR.match(modifiers[0]) and len(left) > len(modifiers) + marks and \
            left[-len(modifiers) - marks - 1][0].lower() in ("in", "on", "by", "since", "until", "during", "from"):
        modifiers.pop(0)  # "In 2025 agreements were ...": the year is when, not a modifier of the noun
    deictic = False
    for i, word in enumerate(modifiers):
        if word.endswith(("'s", "’s")) and word.lower()[:-2] in _DEICTIC_OWNERS:
            deictic = True
            # "today's crisis", "last year's report": when, said from the story's day, not which
            before = modifiers[:i - 1] if i and modifiers[i - 1].lower() in ("last", "this", "next") else modifiers[:i]
            modifiers = before + modifiers[i + 1:]
            break
    owner = _possessor(text, clause, left, len(modifiers) + marks, inside, everyone, person_before)
    if owner:
        modifiers.insert(0, owner + "'s")
    # A possessive ("Russia's invasion") is the agent, kept in the name.
    tail = _complement(text, t_end, clause[1], inside, timex)
    words = modifiers + [head] + tail
    bilateral = any(w.lower() == "bilateral" for w in modifiers)
    if bilateral and not owner and (not tail or tail[0] not in ("between", "with")):
        sides = pair_of_states(["the", "two", "countries"], everyone, t_start, text)
        if sides:
            # "bilateral meetings at the highest level": between the two states the text is about
            kept = [w for w in modifiers if w.lower() != "bilateral"]
            return finish_name(kept + [head] + tail + ["between", sides])
    if not modifiers and not tail:
        agent = nearest_before(inside, t_start)
        opener = _INTRO_STATEMENT.search(text[max(0, clause[0] - 2):t_start]) \
            if trig.kind in ("statement", "publication") else None
        if opener is not None:
            # "In a statement issued on Sunday, the Cabinet Office said ...", "In a report out on
            # Friday, the Fund warned ...": the author is the subject after the opening phrase.
            # (the date's comma part may end the clause before the subject: read on past it)
            after = _subject_after_comma(text, t_end, min(len(text), clause[1] + 160), everyone)
            if after:
                return finish_name([head, "by", after])
        if agent is not None and t_start - agent.end < 40:
            words = [agent.name] + words
        else:
            # "today's crisis", "the strategy": the one named earlier with the same head ("the
            # Ukraine crisis"), not a name of one word; "the deal" told again is the deal described
            # before it ("a sponsorship deal", "the ban on hunting"), where the noun is definite;
            # only then the year of its date ("2004 Report")
            definite = deictic or (len(left) > marks and left[-marks - 1][0].lower() in _DEFINITE)
            words = _named_before(text, t_start, head, definite)
            year = re.search(r"\b(1\d|20)\d\d\b", text[timex[0]:timex[1]]) if timex is not None else None
            if words == [head] and year and not deictic:
                # ("today's crisis" is dated by "today", whatever other date its clause holds)
                words = [year.group(0)] + words
    return finish_name(words)


# The lower-case words a capitalised title holds between its capitalised words ("Improvement and
# Modernization Act", "Defense of Farms Act"), and how many words such a title keeps before its head.
_TITLE_JOINERS = frozenset({"and", "of", "for", "&"})
_MAX_TITLE_WORDS = 8


def _capitalised_run(modifiers: list[str], head: str) -> bool:
    """Whether the head and every modifier read so far are capitalised words or a title's joiners."""
    return head[:1].isupper() and bool(modifiers) and all(
        w[:1].isupper() or w.lower() in _TITLE_JOINERS for w in modifiers)


def _in_title(left: list[tuple[str, int]], i: int, modifiers: list[str], head: str) -> bool:
    """Whether the joiner ``left[i]`` stands inside a capitalised title: capitalised words (not a
    sentence's first word after a mark) on both sides, the head capitalised, and a determiner
    opening the run of capitalised words before it ("the Defense of Farms Act")."""
    if not modifiers or not modifiers[0][:1].isupper() or not _capitalised_run(modifiers, head) or \
            len(modifiers) >= _MAX_TITLE_WORDS - 1 or i == 0:
        return False
    j = i - 1
    while j >= 0 and left[j][0][:1].isupper() and left[j][0].lower() not in FUNCTION_WORDS and i - j <= 5:
        j -= 1
    return j < i - 1 and j >= 0 and left[j][0].lower() in _DEFINITE


def _named_before(text: str, at: int, head: str, definite: bool = False) -> list[str]:
    """The name of the nearest earlier use of the event noun ``head`` in the 3,000 characters
    before ``at`` that has one: its capitalised name words ("the Ukraine crisis", "the Cuban
    missile crisis"), or, when the noun at ``at`` is ``definite`` ("the deal"), the modifiers
    after a determiner ("a sponsorship deal") or a short complement ("the ban on hunting");
    ``[head]`` when none has."""
    lo = max(0, at - 3000)
    earlier = list(_head_pattern(head.lower()).finditer(text, lo, at))[::-1]
    for found in earlier:  # a name ("the Ukraine crisis") before a description ("a sponsorship deal")
        before = _capitalised_before(text, lo, found.start())
        if before:
            return before + [head]
    for found in earlier if definite else ():
        before, after = _described_at(text, lo, found.start(), found.end())
        if before or after:
            return before + [head] + after
    return [head]


def _capitalised_before(text: str, lo: int, start: int) -> list[str]:
    """Capitalised words (and maybe one lower-case word) right before ``start``: "Ukraine" in "the
    Ukraine crisis"; empty when none, or when a verb stands between ("Russia faced crisis")."""
    found = _NAME_BEFORE.search(text, max(lo, start - 120), start)
    if found is None:
        return []
    words = found.group(1).split()
    if words[-1][:1].islower() and (words[-1] in FUNCTION_WORDS or words[-1].endswith(("ed", "ing"))):
        return []
    while words and (words[0].lower() in FUNCTION_WORDS or _SENTENCE_OPENER.match(words[0])):
        words.pop(0)  # "The crisis", "But Ukraine's crisis"
    return words if any(w[:1].isupper() for w in words) else []


def _described_at(text: str, lo: int, start: int, end: int) -> tuple[list[str], list[str]]:
    """What an earlier "a sponsorship deal" / "the ban on hunting with dogs" says of its noun: up to
    two modifiers between a determiner and the noun (words saying only new, big or latest do not
    count), else a preposition and up to three words after it; empty when neither."""
    left = [m.group(0) for m in TOKEN.finditer(text, max(lo, start - 60), start)]
    modifiers: list[str] = []
    while left and len(modifiers) < 5:
        word = left.pop()
        low = word.lower()
        if low in _DEFINITE or low in ("a", "an") or low in _OWNERS:
            break
        if low in FUNCTION_WORDS or not re.match(r"\w", word) or (word[:1].islower() and low.endswith(("ed", "ly"))):
            return [], []  # no determiner before: "put ban to the test", "to deal with" are no noun phrase
        modifiers.insert(0, word)
    else:
        return [], []
    modifiers = [w for w in modifiers if w.lower() not in _VAGUE_MODIFIERS and not re.search(r"\d", w)][-2:]
    if modifiers:
        return modifiers, []
    stop = re.search(r"[.;:!?\n]", text[end:end + 120])
    tail = _complement(text, end, end + (stop.start() if stop else 120), [], None, most=3)
    if len(tail) < 2 or tail[0] not in ("on", "of", "with", "between", "against"):
        return [], []  # "for the second time", "to Australia": no account of which one
    owner = next((i for i, w in enumerate(tail) if w.endswith(("'s", "’s"))), len(tail))
    return [], tail[:owner] if owner > 1 else []


_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'’-]*\s+)+(?:[a-z][\w-]*\s+)?)$")
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_OWNERS = frozenset({"its", "his", "her", "their", "our", "my", "your"})
# Modifiers that say nothing of which one it is ("a new deal", "the big ban")
_VAGUE_MODIFIERS = frozenset("""new big major latest last first next proposed planned current recent previous same whole
final possible such other huge key fresh further separate similar another its own""".split())


@lru_cache(maxsize=512)
def _head_pattern(head: str) -> re.Pattern[str]:
    """The event noun ``head`` as a word, in any case: compiled once per noun, not once per mention."""
    return re.compile(r"(?i)(?<![\w-])" + re.escape(head) + r"(?![\w-])")


_SENTENCE_OPENER = re.compile(r"(?:However|But|And|Yet|Still|Now|Today|Then|Since|After|Before|When|While|If|In|On)$")




def _quoted_words(left: list[tuple[str, int]], close: int) -> list[str]:
    """The one to four words quoted when ``left[close]`` closes a quotation, else none."""
    if left[close][0] not in CLOSE_QUOTES:
        return []
    words: list[str] = []
    for j in range(close - 1, max(-1, close - 6), -1):
        word = left[j][0]
        if word in OPEN_QUOTES:
            return words if words and (word, left[close][0]) in _QUOTE_PAIRS else []
        if not re.match(r"\w", word):
            return []
        words.insert(0, word)
    return []


_QUOTE_PAIRS = frozenset({("“", "”"), ("«", "»"), ('"', '"')})
_DEICTIC_OWNERS = frozenset({"today", "yesterday", "tomorrow", "tonight", "year", "week", "month", "weekend",
                             "season", "summer", "winter", "spring", "autumn"})


def _possessor(text: str, clause: tuple[int, int], left: list[tuple[str, int]], n_modifiers: int,
               inside: list[Named], everyone: list[Named], person_before: Named | None) -> str:
    """Whom "his"/"her" (a person) or "its"/"their" (a body) before the noun phrase stands for: the
    actor of that type named in the clause, else just before it (a person: the one the text is
    about)."""
    if len(left) <= n_modifiers:
        return ""
    word, at = left[-n_modifiers - 1]
    low = word.lower()
    if low not in ("his", "her", "its", "their"):
        return ""
    # "their" is as often people as a body: only a body named in the clause itself.
    wanted = {"his": ("person",), "her": ("person",), "its": ("organization", "state", "group"),
              "their": ("organization", "group")}[low]
    here = [n for n in inside if n.type in wanted]
    if here:
        return here[0].name if all(n.start > at for n in here) else [n for n in here if n.start < at][-1].name
    if low == "their":
        return ""
    before = [n for n in named_within(everyone, max(0, clause[0] - 200), clause[0]) if n.type in wanted]
    if before:
        return before[-1].name
    return person_before.name if person_before is not None and "person" in wanted else ""


_INTRO_STATEMENT = re.compile(r"(?:^|[.;:]\s*|\n)\s*(?:In|in)\s+(?:a|an|its|his|her|their)\s+(?:\w+\s+)?$")
_THE_SUBJECT = re.compile(r"[^,]{0,60},\s+(?:the\s+)?((?:[A-Z][\w.'’&-]*\s+){0,4}[A-Z][\w.'’&-]*)\s+(?:said|says|told|"
                          r"added|announced|detailed|stated|confirmed|warned|insisted|declared|thanked|urged|"
                          r"called|predicted|forecast|argued|claimed|estimated|found|concluded|suggested|"
                          r"expressed|praised|criticised|criticized|welcomed|denied|admitted)\b")


def _subject_after_comma(text: str, start: int, end: int, inside: list[Named]) -> str:
    """The capitalised subject right after the opening phrase's comma: the actor named there, or
    its words."""
    m = _THE_SUBJECT.match(text, start, end + 1)
    if not m:
        return ""
    named = next(iter(named_within(inside, m.start(1) - 4, m.end(1))), None)
    return named.name if named is not None else m.group(1)


# "by putting together a bid", "by about 400": how or how many, not who
_BY_MEANS = re.compile(r"(?:\w+ing\b|\d|(?:about|around|some|more|less|over|up|far|then|now|means|way)\b)")
_LIGHT_PASSIVE = re.compile(r"\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:reached|signed|held|"
                            r"concluded|adopted|made|struck|agreed|launched|opened|convened|staged)\s")


def _complement(text: str, start: int, end: int, inside: list[Named], timex: tuple[int, int] | None,
                most: int = 5) -> list[str]:
    """"of Rome", "in Istanbul", "on Iran", "of American troops from Taiwan": a preposition and
    what it governs, up to the end of the phrase."""
    light = _LIGHT_PASSIVE.match(text, start, end)
    if light:
        start = light.end() - 1  # "agreements were reached between X and Y on Z"
    elif timex is not None and start <= timex[0] and re.fullmatch(r"\s*(?:(?:on|in|at)\s+)?", text[start:timex[0]]) \
            and re.match(r"\s+(?:of|by)\s", text[timex[1]:end]):
        start = timex[1]  # "the death earlier this year of X": the date stands between the noun and its "of"
    m = re.match(r"\s+(of|in|on|with|between|against|over|at|to|for|from|by)\s+", text[start:end])
    if not m or dated_next(text, start + m.end(), timex) or (m.group(1) == "by" and _BY_MEANS.match(text, start + m.end())):
        return []
    words, _ = object_words(text, start + m.end(), end, inside, timex, pair=m.group(1) == "between", most=most)
    return [m.group(1)] + words if words else []
