"""Finding knowledge-base events by name or alias: a token trie, longest match first.

Tokens are runs of letters and digits; what lies between them (spaces, hyphens,
apostrophes) is ignored, so "Six-Day War" and "Six Day War" are one alias and
"America’s" matches "America's". Matching ignores case except for alias tokens written
in capitals (NPT, INF, the START of "New START"), which must be capitals in the text too.
An alias written in double quotes only matches where the text quotes it ("reset" in
“reset” or “resets”). A plural last word matches a singular alias ("Minsk agreements").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import compress
from operator import and_

from ...knowledge.events import KnownEvent
from ..tokens import TokenArray

TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_QUOTES_OPEN = "\"“‘«"
_QUOTES_CLOSE = "\"”’»"


@dataclass(frozen=True, slots=True)
class AliasMatch:
    start: int
    end: int
    events: tuple[KnownEvent, ...]  # several when an alias is shared ("Trump administration")


@dataclass(frozen=True, slots=True)
class _Alias:
    tokens: tuple[str, ...]
    quoted: bool
    event: KnownEvent
    cased: bool = False  # matches only with the capitals given (see knowledge/events.py)


@dataclass(slots=True)
class _Node:
    children: dict[str, "_Node"] = field(default_factory=dict)
    aliases: list[_Alias] = field(default_factory=list)


# Up to the start of a name's second word (past a hyphen too: "full-scale" is two words).
_SECOND_WORD = re.compile(r"\w+[^\w]+")


class AliasMatcher:
    """Compiled once per knowledge base; ``find(text)`` returns non-overlapping matches."""

    def __init__(self, events: list[KnownEvent]):
        self._root = _Node()
        for event in events:
            for alias in sorted({event.name, *event.aliases}):
                quoted = len(alias) > 2 and alias[0] == '"' and alias[-1] == '"'
                tokens = tuple(TOKEN.findall(alias[1:-1] if quoted else alias))
                if not tokens:
                    continue
                node = self._root
                for tok in tokens:
                    # (not setdefault(key, _Node()): that made a node, a dict and a list for every
                    # token of every alias, most thrown away; a fifth of creating the extractors)
                    child = node.children.get(key := tok.lower())
                    if child is None:
                        child = node.children[key] = _Node()
                    node = child
                node.aliases.append(_Alias(tokens, quoted, event, alias in event.cased))
        # Which tokens can start a match (``_viable``), as sets the whole token list is checked
        # against in C: a first word that is a one-token alias or the plural of a first word starts
        # one; any other first word starts one only when the next word continues an alias, i.e. the
        # pair (first word, next word) is one of ``_pairs`` (the next word or its singular a child).
        root = self._root.children
        plurals = {key + "s" for key in root if len(key) >= 3}  # ``w[:-1] in root`` with len(w) > 3
        self._alone = frozenset({key for key, node in root.items() if node.aliases} | (plurals - root.keys()))
        self._followed = frozenset(key for key, node in root.items() if not node.aliases)
        self._pairs = frozenset((key, nxt) for key in self._followed for child in root[key].children
                                for nxt in ((child, child + "s") if len(child) >= 3 else (child,)))

    def find(self, text: str) -> list[AliasMatch]:
        """All longest, non-overlapping alias matches in ``text``, in order."""
        # The document's shared token array: its word tokens are this matcher's tokens, and the
        # punctuation between them is what ``_joinable`` reads anyway. An underscore splits tokens
        # here but not there: such a text gets an array of its own.
        toks = TokenArray.of(text) if "_" not in text else TokenArray(text, _SPLIT_UNDERSCORE)
        out: list[AliasMatch] = []
        lowered, starts_at, ends_at = toks.lowered, toks.starts, toks.ends
        n = len(lowered)
        root = self._root.children
        starts = self._starts(toks)
        next_start = 0
        i = 0
        while True:
            while next_start < len(starts) and starts[next_start] < i:
                next_start += 1
            if next_start == len(starts):
                break
            i = starts[next_start]
            children = root
            best = None
            path = [i]  # the word tokens of the match so far
            j = i
            while True:
                word = lowered[j]
                node = children.get(word)
                plural = children.get(word[:-1]) if word.endswith("s") and len(word) > 3 else None
                if plural is not None:
                    # A plural ends a match: "the Minsk agreement" alias matches "Minsk agreements".
                    accepted = self._accept(plural.aliases, text, toks, path, plural=True)
                    if accepted:
                        best = (j, accepted)
                if node is None:
                    break
                accepted = self._accept(node.aliases, text, toks, path)
                if accepted:
                    best = (j, accepted)
                k = _next_word(toks, j)
                if k is None or not _joinable(text, ends_at[j], starts_at[k]):
                    break
                j = k
                path.append(j)
                children = node.children
            if best is None:
                i += 1
                continue
            j, (events, end) = best
            if _continues_name(text, toks, j):
                i += 1  # "America First Policy" inside "America First Policy Institute"
                continue
            out.append(AliasMatch(starts_at[i], end, events))
            i = j + 1
        return out

    def inside(self, text: str, match: AliasMatch, limit: int) -> list[AliasMatch]:
        """The matches that start after the first word of ``match`` and inside it, in ``text[:limit]``:
        the shorter names a longest match hid, for when the longest one is not meant ("the full-scale
        invasion of Iraq" holds "invasion of Iraq")."""
        second = _SECOND_WORD.match(text, match.start, match.end)
        if second is None:
            return []
        start = second.end()
        return [AliasMatch(m.start + start, m.end + start, m.events) for m in self.find(text[start:limit])
                if m.start + start < match.end]

    def _starts(self, toks: TokenArray) -> list[int]:
        """The tokens where a match can start (those ``_viable`` accepts), in order: only a token that
        starts an alias (or is the plural of one) can, and one that starts only longer aliases when
        the next word continues one of them ("the" is the start of many, rarely of one that follows).
        Picked out in C by set lookups over the whole token list; a first word followed by punctuation
        is checked one by one."""
        lowered, n = toks.lowered, len(toks.lowered)
        present = set(lowered)
        alone, followed = present.intersection(self._alone), present.intersection(self._followed)
        found = list(compress(range(n), map(alone.__contains__, lowered)))
        if followed:
            ks = list(compress(range(n - 1), map(followed.__contains__, lowered)))  # the last token has no next word
            nexts = list(map(lowered.__getitem__, map((1).__add__, ks)))
            words = list(map(str.isalnum, nexts))
            pairs = map(self._pairs.__contains__, zip(map(lowered.__getitem__, ks), nexts))
            found += compress(ks, map(and_, words, pairs))
            root = self._root.children
            found += [k for k, word in zip(ks, words) if not word and _viable(root, toks, k)]
            found.sort()
        return found

    @staticmethod
    def _accept(aliases: list[_Alias], text: str, toks: TokenArray, path: list[int], plural: bool = False):
        """The events whose alias fits the text at the word tokens ``path``, and where the match ends."""
        if not aliases:
            return None
        start, end = toks.starts[path[0]], toks.ends[path[-1]]
        found: list[KnownEvent] = []
        for alias in aliases:
            if not all(a == toks.word(k) for a, k in zip(alias.tokens, path) if len(a) > 1 and a.isupper()):
                continue
            if plural and (alias.tokens[-1].isupper() or not alias.tokens[-1].isalpha()):
                continue
            if alias.cased and not all(a == toks.word(k) for a, k in zip(alias.tokens, path)):
                continue  # "American war planners": the lower-case phrase is no name
            if alias.quoted and not (start > 0 and text[start - 1] in _QUOTES_OPEN
                                     and text[end:end + 1] in _QUOTES_CLOSE):
                continue
            if alias.event not in found:
                found.append(alias.event)
        return (tuple(found), end) if found else None


def _next_word(toks: TokenArray, j: int) -> int | None:
    """The word token after token j, past the punctuation of at most two characters right after it
    (wider gaps never join), or None."""
    lowered, n = toks.lowered, len(toks.lowered)
    k = j + 1
    while k < n and not lowered[k].isalnum():
        if toks.ends[k] - toks.ends[j] > 2:
            return None
        k += 1
    return k if k < n else None


def _viable(root: dict[str, _Node], toks: TokenArray, k: int) -> bool:
    """Whether an alias can start at token k: a one-token alias there, or the next word continues one
    (cheap enough to run on every candidate: "the" starts aliases but rarely one that follows)."""
    lowered = toks.lowered
    node = root.get(lowered[k])
    if node is None or node.aliases:
        return True  # a plural of a one-token alias, or a one-token alias
    if k + 1 < len(lowered) and lowered[k + 1].isalnum():
        nxt = lowered[k + 1]  # most often the next token is a word
    else:
        following = _next_word(toks, k)
        if following is None:
            return False
        nxt = lowered[following]
    return nxt in node.children or (nxt.endswith("s") and len(nxt) > 3 and nxt[:-1] in node.children)


# The tokens of this matcher where a text holds an underscore (a separator here, a word character
# for the shared array).
_SPLIT_UNDERSCORE = re.compile(r"([^\W_]++|[^\w\s])")


def _joinable(text: str, left_end: int, right_start: int) -> bool:
    """Tokens of one alias are separated by a space, hyphen or apostrophe, never a break."""
    gap = text[left_end:right_start]
    return len(gap) <= 2 and "\n" not in gap and not any(c in ".,;:!?()“”\"" for c in gap)


def _continues_name(text: str, toks: TokenArray, j: int) -> bool:
    """A capitalised match followed at once by another capitalised word is part of a longer name."""
    if j + 1 >= len(toks) or not text[toks.starts[j]:toks.starts[j] + 1].isupper():
        return False
    nxt = toks.word(j + 1)  # punctuation ("Ⓐ" is upper case too) is no word
    return nxt[:1].isupper() and nxt.isalnum() and text[toks.ends[j]:toks.starts[j + 1]] == " " and nxt.lower() not in _NAME_TAIL_OK


# Capitalised words that may follow an event name without being part of another name.
_NAME_TAIL_OK = {"i", "ii", "iii"}


# A year a sentence names ("in 2009", "the 1997 poll"), not one it only measures from ("since 2001",
# "before 2010": the text then speaks of a later or earlier time).
_YEAR = re.compile(r"(?<![\d$£€.,/-])(?<!\b[Ss]ince )(?<!\b[Uu]ntil )(?<!\b[Bb]efore )(?<!\b[Aa]fter )"
                   r"(?<!\bby )(?<!\btill )\b(1[89]\d\d|20\d\d)\b(?![\d%/-]|\.\d)")


def years_named(text: str, start: int, end: int) -> frozenset[int]:
    """The years written in ``text[start:end]`` (a sentence) as a date, not after "since", "until",
    "before", "after" or "by"."""
    return frozenset(int(m.group(1)) for m in _YEAR.finditer(text, start, end))


def of_years(events: list[KnownEvent], years) -> list[KnownEvent]:
    """Of events sharing an alias, those running in one of ``years`` (all of them when none is, or
    when no year is given): "the G20 summit in 2009" is that year's, "the general election" with no
    year is left to the dct."""
    if not years:
        return events
    fits = [e for e in events if e.date_begin is not None and any(
        e.date_begin.year <= y <= (e.date_end or e.date_begin).year for y in years)]
    return fits or events


# Words that name an alliance's or union's growth, in a known event's name or alias.
_JOINING = re.compile(r"(?i)\b(?:enlargement|expansion|accession|joins?|joined)\b")


class Accessions:
    """"NATO's eastward enlargement, with Sweden and Finland drawn into the alliance": a growth of a
    body named in general (one known event spanning years) in a sentence naming the states that
    joined is those states' accessions, the known events of the same body's growth within its span
    whose joining parties the sentence names."""

    def __init__(self, events: list[KnownEvent]):
        joinings = [e for e in events if e.date_begin is not None and any(_JOINING.search(n) for n in (e.name, *e.aliases))]
        self._parts: dict[str, list[KnownEvent]] = {}
        for whole in joinings:
            body = {a for a, role in whole.participants if role == "agent"}
            if not body or whole.date_end is None or whole.date_end == whole.date_begin:
                continue
            parts = [e for e in joinings if e is not whole and e.date_begin >= whole.date_begin
                     and e.date_begin <= whole.date_end and (e.date_end is None or e.date_end <= whole.date_end)
                     and body & {a for a, _ in e.participants} and _joiners(e, body)]
            if parts:
                self._parts[whole.event_id] = parts

    def of_named(self, event: KnownEvent, named: set[str]) -> list[KnownEvent]:
        """The accession or round within ``event`` whose joining states are those of ``named`` (the
        event itself when no one known event is)."""
        parts = self._parts.get(event.event_id)
        if not parts or not named:
            return [event]
        body = {a for a, role in event.participants if role == "agent"}
        joining = named & frozenset().union(*(_joiners(p, body) for p in parts))
        # one known accession or round of exactly the states named; a name of the whole growth stays
        # the whole where no one event holds just those states (the sentence may list two rounds)
        chosen = [p for p in parts if _joiners(p, body) == joining]
        return [min(chosen, key=lambda e: (e.date_begin, e.event_id))] if joining and chosen else [event]


def _joiners(event: KnownEvent, body: set[str]) -> frozenset[str]:
    # the states that came in: neither the body nor a state the growth is aimed at (its target)
    return frozenset(a for a, role in event.participants if a not in body and role != "target")


def is_the_document(event: KnownEvent, start: int, text: str, dct) -> bool:
    """Whether a known event named at ``start`` is the document itself: named in its title line (the
    text before the first line break) and held on the document's own day ("Address to the Federal
    Assembly" heading the transcript of that address). Its day then comes from the document's date
    (basis ``context``), as for any event of "today"."""
    if dct is None or event.date_begin != dct or (event.date_end is not None and event.date_end != dct):
        return False
    title_end = text.find("\n")
    return 0 <= start < title_end <= 300


# Kinds of happening that are scheduled, negotiated or announced before they take place, and how
# many years ahead a text still names one by the name it will bear ("the NATO summit in Chicago
# next May", "a START treaty" under negotiation, "the 1960 election" in the campaign).
_NAMED_AHEAD_YEARS = {"meeting": 2, "election": 2, "term": 2, "appointment": 1, "founding": 2, "publication": 1,
                      "statement": 1, "law": 2, "policy": 2, "treaty": 4, "agreement": 4}
# Any other happening (a war, a crisis, an attack, a death) has no name before it begins: a text
# written earlier that uses the name means an earlier happening called so ("the war in Lebanon" in
# 1982, "the Paris accords" in 1975, "the Gulf war" between Iran and Iraq in 1988).
_UNPLANNED_SLACK_DAYS = 90
# A dct given for a whole corpus (``--dct``) or guessed from the text is only roughly the day of
# each document: a year more of slack.
_ROUGH_DCT_SLACK_DAYS = 366


def named_before_it_began(event: KnownEvent, dct, dct_source: str = "metadata") -> bool:
    """Whether a document dated ``dct`` cannot mean ``event`` by naming it, because the event began
    too long after the document was written for the text to know it by that name."""
    if dct is None or event.date_begin is None or event.date_begin <= dct:
        return False
    days = (event.date_begin - dct).days
    if dct_source in ("option", "inferred"):
        days -= _ROUGH_DCT_SLACK_DAYS
    ahead = _NAMED_AHEAD_YEARS.get(event.kind)
    return days > (ahead * 366 if ahead is not None else _UNPLANNED_SLACK_DAYS)


_OF_NEXT = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")


def of_another_state(event: KnownEvent, text: str, end: int, state_at) -> bool:
    """Whether the name ending at ``end`` goes on with "of" and a state the event does not involve:
    "the Russian invasion of Georgia" is not the invasion of Ukraine that "Russian invasion" names
    alone. ``state_at(offset)`` is the state mentioned at that offset, or None."""
    of = _OF_NEXT.match(text, end)
    if of is None or not event.participants:
        return False
    state = state_at(of.end())
    return state is not None and all(actor != state for actor, _ in event.participants)
