"""Events dated by context: terms in office named by holder ("under Biden", "Trump's first
term", "the Reagan administration") or relative to the dct ("the previous US administration",
"the new administration"), and a recent change of administration.
"""
from __future__ import annotations

import bisect
import re
from datetime import date, timedelta

from ...knowledge.events import EventKnowledge, KnownEvent
from .candidates import Candidate
from .text import TextLayout, matches_from, matches_near
from ..casefold import CaseBlind
from ..tokens import TokenArray

_TERM_NOUNS = r"administrations?|presidency|term|team|White House|government|era|years|tenure|premiership|cabinet|chancellorship"
_ORDINALS = r"first|second|previous|former|last|current|new|present|outgoing|incoming|preceding"
_REL = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Mm]y|[Oo]ur)\s+(?:(?P<ord>previous|last|former|outgoing|preceding|new|incoming|current|present)\s+)?"
    r"(?:(?:U\.S\.|US|American|United States)\s+)?(?P<noun>administration|presidency)\b(?!\s+of\b)")
# Every match of _REL starts with one of these words and ends with a noun at most five tokens later
# (an ordinal, then "U.S." is four: U . S .): it is tried only there (``matches_near``).
_REL_FIRSTS, _REL_NOUNS, _REL_REACH = frozenset({"the", "this", "my", "our"}), frozenset({"administration", "presidency"}), 6
# "[Tt]he(?<=\b[Tt]he)" is "\b[Tt]he" written so that re scans for the letters first (2x faster on a
# long text; the same for "I(?<=\bI)", 17x).
_CAME_IN = re.compile(r"[Tt]he(?<=\b[Tt]he)\s+(?:new\s+)?(?:[A-Z][a-z]+\s+)?(?:government|administration|cabinet)\s+"
                      r"(?:came\s+in|came\s+to\s+power|took\s+office|was\s+formed|was\s+sworn\s+in|took\s+over)\b")
_PRESIDENTS_TERM = re.compile(r"[Tt]he(?<=\b[Tt]he)\s+[Pp]resident[’']s\s+(?P<ord>first|second|third|fourth)\s+term\b")
# Both start at "the" a few words before their noun: tried only at a "the" of the token array that
# many tokens before one (text.matches_near), not at every "the" of the text.
_THE = frozenset({"the"})
_CAME_IN_NOUNS, _CAME_IN_REACH = frozenset({"government", "administration", "cabinet"}), 3  # the new X government
_PRESIDENT, _PRESIDENT_REACH = frozenset({"president"}), 1
_CHANGE = re.compile(r"\b(?:change of administration|transfer of power|presidential transition|inauguration)\b",
                     re.IGNORECASE)
_ORDINAL = re.compile(r"^(?:First|Second|Third|Fourth)\s+")
# Nouns that say which office a surname's term is meant.
_TOOK_OFFICE = re.compile(r"I(?<=\bI)\s+(?:(?:had\s+)?(?P<first>first\s+)?(?:took|assumed|entered|came\s+(?:in)?to)\s+"
                          r"(?:the\s+)?(?:oath\s+of\s+)?office\b|(?:was\s+)?(?P<first2>first\s+)?sworn\s+in\b)")
_NOUN_OFFICES = {
    "administration": ("us-president",), "administrations": ("us-president",), "presidency": None,
    "white house": ("us-president",), "government": None, "premiership": None, "chancellorship": None,
}


_NOUN_HIT = re.compile(rf"\b(?:{_TERM_NOUNS})\b")
_NOUN_WORDS = tuple(_TERM_NOUNS.replace("s?", "").split("|"))  # the words a hit starts with
_UNDER_WORDS = ("under", "during")  # what a match of TermFinder._under starts with (tried only there: 5x faster)
_REACH = 160  # characters: longer than any ordinal, title, first name and surname before a term noun


def _term_windows(text: str) -> list[list[int]]:
    """The stretches of ``text`` that end at a term noun (found once for every pattern run on them)."""
    windows: list[list[int]] = []
    for hit in matches_from(_NOUN_HIT, _NOUN_WORDS, text):
        lo = max(0, hit.start() - _REACH)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hit.end()
        else:
            windows.append([lo, hit.end()])
    return windows


def _windowed(pattern: re.Pattern, text: str, windows: list[list[int]] | None = None):
    """``pattern.finditer(text)`` for a pattern whose matches end at a term noun, run only on
    stretches that end at one (a scan of every position for the optional prefixes is slow)."""
    for lo, hi in (_term_windows(text) if windows is None else windows):
        yield from pattern.finditer(text, lo, hi)


class TermFinder:
    """Compiled once per knowledge base: finds references to terms in office."""

    def __init__(self, kb: EventKnowledge):
        self.kb = kb
        self.by_surname: dict[str, list[KnownEvent]] = {}
        for term in kb.terms():
            if term.holder:
                self.by_surname.setdefault(_surname(term), []).append(term)
        names = "|".join(sorted((re.escape(s) for s in self.by_surname), key=len, reverse=True))
        # A match of ``_named`` or ``_won_term`` holds a surname, whose first word is a whole token
        # of the text (lower-cased: these words); a stretch without one is not searched. None where
        # a surname does not begin with a word (that test could not vouch for it).
        firsts = [re.match(r"\w+", s) for s in self.by_surname]
        self._surname_firsts = frozenset(m.group(0).lower() for m in firsts) \
            if firsts and all(m is not None for m in firsts) else None
        self._named = re.compile(
            rf"(?:\b(?P<ord>{_ORDINALS})\s+)?(?:(?:U\.S\.|US|American)\s+)?"
            rf"(?:(?:President|Prime Minister|Chancellor|Premier)\s+)?(?P<given>[A-Z][a-z]+\.?\s+(?:[A-Z]\.\s*)*)?"
            rf"\b(?P<s>{names})(?:[’']s)?\s+(?:(?P<ord2>first|second|third|fourth)\s+)?(?P<noun>{_TERM_NOUNS})\b")
        # "Merkel began a fourth term in 2018", "Obama, who won a second term": the holder's nth term.
        self._won_term = re.compile(
            rf"\b(?P<s>{names})\b(?P<between>[^.;:!?A-Z]{{0,60}}?)\b(?:for|to|won|wins|win|began|begins|begin|served|serve|"
            rf"secured|secure|sought|seek|seeks|start(?:ed|s)?)\s+(?:a|his|her)\s+(?P<ord>first|second|third|fourth|fifth|sixth)"
            rf"\s+(?:presidential\s+|consecutive\s+)?term\b")
        self._under = re.compile(
            rf"\b(?:under|during)\s+(?:(?:President|Prime Minister|Chancellor|Premier)\s+)?"
            rf"(?:[A-Z][a-z]+\s+)?\b(?P<s>{names})\b(?![’']s?\s+(?:\w+\s+)?(?:{_TERM_NOUNS})\b)(?!\s+(?:{_TERM_NOUNS})\b)")

    def find(self, text: str, layout: TextLayout, dct: date | None, mentioned: set[str]) -> list[Candidate]:
        """Candidates for every term reference in ``text``."""
        out: list[Candidate] = []
        taken: list[tuple[int, int]] = []
        windows = self._with_surnames(text, _term_windows(text))
        for m in _windowed(self._named, text, windows):
            if layout.in_notes(m.start()):
                continue
            ordinal = m.group("ord2") or m.group("ord")
            term = self._resolve(m.group("s"), ordinal, m.group("noun").lower(), dct, mentioned, m.group("given"))
            if term:
                out.append(self._candidate(term, layout, m.start("s"), m.end(), text, 0.85))
                taken.append((m.start(), m.end()))
        for m in _windowed(self._won_term, text, windows):
            if layout.in_notes(m.start()) or _inside(taken, m.start("s")):
                continue
            term = self._nth_term(m.group("s"), m.group("ord").lower(), m.group("between"), mentioned)
            if term:
                out.append(self._candidate(term, layout, m.start("s"), m.end(), text, 0.8))
                taken.append((m.start(), m.end()))
        for m in matches_from(self._under, _UNDER_WORDS, text):
            if layout.in_notes(m.start()) or _inside(taken, m.start("s")):
                continue
            term = self._resolve(m.group("s"), None, "", dct, mentioned)
            # "during May" is a month unless the document names Theresa May.
            if term and term.holder in mentioned:
                out.append(self._candidate(term, layout, m.start(), m.end(), text, 0.75))
                taken.append((m.start(), m.end()))
        if dct is not None:
            out += self._relative(text, layout, dct, taken)
        out += self._presidents_term(text, layout, dct, out)
        return out

    def _with_surnames(self, text: str, windows: list[list[int]]) -> list[list[int]]:
        """The windows in which a token of a surname's first word starts (the others hold no match
        of the patterns that name a holder): the optional titles and given names before a
        surname make those patterns slow to try at every place of a window."""
        if self._surname_firsts is None or not windows:
            return windows
        at = TokenArray.of(text).offsets_of(self._surname_firsts)
        kept = []
        for lo, hi in windows:
            i = bisect.bisect_left(at, lo)
            if i < len(at) and at[i] < hi:
                kept.append([lo, hi])
        return kept

    def came_in(self, text: str, layout: TextLayout, timexes: list) -> list[Candidate]:
        """"The new government took office in the spring of 1997": the known
        term that began within the date of the sentence, if exactly one did."""
        out = []
        for m in matches_near(_CAME_IN, _THE, _CAME_IN_NOUNS, _CAME_IN_REACH, text):
            if layout.in_notes(m.start()):
                continue
            sentence = layout.sentence(m.start())
            dates = [t for t in timexes if sentence[0] <= t.char_start < sentence[1] and t.type == "DATE"
                     and t.date_begin and t.date_end and (t.date_end - t.date_begin).days <= 366]
            begun = {t.event_id: t for d in dates for t in self.kb.terms()
                     if t.date_begin and d.date_begin <= t.date_begin <= d.date_end}
            if len(begun) == 1:
                term = next(iter(begun.values()))
                out.append(self._candidate(term, layout, m.start(), m.end(), text, 0.6))
        return out

    def _presidents_term(self, text: str, layout: TextLayout, dct: date | None,
                         found: list[Candidate]) -> list[Candidate]:
        """"The Obama administration's outreach ... in the president's first term": the nth term of
        the US president whose term the sentence or the one before names, else of the dct's."""
        out = []
        for m in matches_near(_PRESIDENTS_TERM, _THE, _PRESIDENT, _PRESIDENT_REACH, text):
            if layout.in_notes(m.start()):
                continue
            sentence = layout.sentence(m.start())
            lo = layout.sentence(sentence[0] - 1)[0] if sentence[0] > 0 else sentence[0]
            named = [c.kb for c in found if c.kb is not None and c.kb.office == "us-president"
                     and lo <= c.span[0] < m.start()]
            current = self.kb.term_at("us-president", dct) if dct is not None else None
            holder = named[-1].holder if named else (current.holder if current else None)
            terms = sorted((t for t in self.kb.terms("us-president") if t.holder == holder and t.date_begin),
                           key=lambda t: t.date_begin)
            ordinal = m.group("ord").lower()
            index = {"first": 0, "second": 1, "third": 2, "fourth": 3}[ordinal]
            if not holder or not terms:
                continue
            if len(terms) > 1:
                if index < len(terms):
                    out.append(self._candidate(terms[index], layout, m.start(), m.end(), text, 0.7))
                continue
            # One row for a whole presidency: its nth four-year term (US terms are fixed by the constitution).
            term = terms[0]
            begin = _years_later(term.date_begin, 4 * index)
            end = _years_later(term.date_begin, 4 * (index + 1))
            if term.date_end is not None and (begin >= term.date_end):
                continue
            if term.date_end is not None:
                end = min(end, term.date_end)
            holder_name = term.name.replace(" administration", "")
            out.append(Candidate(name=f"{holder_name}'s {ordinal.capitalize()} Term", kind="term",
                                 span=(m.start(), m.end()), date_begin=begin, date_end=end,
                                 granularity="day", date_basis="context", source="context", text_date=None,
                                 confidence=0.7, actors=[(holder, "agent", (m.start(), m.end()))]))
        return out

    def took_office(self, text: str, layout: TextLayout, dct: date | None, first_seen: dict[str, int],
                    dated_clauses: set[tuple[int, int]]) -> list[Candidate]:
        """"When I took office": the start of the speaker's term; the speaker is the office-holder
        of the dct whom the document names first (a speech's or article's own byline). A clause
        the text dates ("three years ago when I took office") is left to the dated-clause finder.

        Args:
            first_seen: actor id -> offset of its first mention.
            dated_clauses: clauses holding a date expression.
        """
        if dct is None:
            return []
        matches = [m for m in _TOOK_OFFICE.finditer(text) if not layout.in_notes(m.start())
                   and layout.clause(m.start(), m.end()) not in dated_clauses]
        if not matches:
            return []
        running = [t for t in self.kb.terms() if t.holder in first_seen and t.date_begin and t.date_begin <= dct
                   and (t.date_end is None or dct < t.date_end)]
        if not running:
            return []
        speaker = min(running, key=lambda t: first_seen[t.holder]).holder
        held = [t for t in self.kb.terms() if t.holder == speaker and t.date_begin and t.date_begin <= dct]
        out = []
        for m in matches:
            first = bool(m.group("first") or m.group("first2")) or bool(re.match(r"\s+for the first time", text[m.end():m.end() + 20]))
            term = held[0] if first else max(held, key=lambda t: t.date_begin)
            out.append(self._candidate(term, layout, m.start(), m.end(), text, 0.65))
        return out

    def _relative(self, text: str, layout: TextLayout, dct: date, taken: list) -> list[Candidate]:
        out = []
        current = self.kb.term_at("us-president", dct)
        # Every match ends in one of the two nouns: a check of the text costs microseconds, a scan milliseconds.
        relative = matches_near(_REL, _REL_FIRSTS, _REL_NOUNS, _REL_REACH, text) \
            if "administration" in text or "presidency" in text else ()
        for m in relative:
            if layout.in_notes(m.start()) or _inside(taken, m.start()):
                continue
            ordinal = (m.group("ord") or "current").lower()
            if ordinal in ("previous", "last", "former", "outgoing", "preceding"):
                term = self._previous("us-president", dct)
            else:
                term = current
            if term:
                out.append(self._candidate(term, layout, m.start(), m.end(), text, 0.7))
        if current and current.date_begin and timedelta(0) <= dct - current.date_begin <= timedelta(days=366):
            for m in _CHANGE.finditer(text):
                if layout.in_notes(m.start()):
                    continue
                start, end = layout.clause(m.start(), m.end())
                # "Second Trump administration" -> Trump: the ordinal is the term's, not the person's
                holder = _ORDINAL.sub("", current.name.replace(" administration", ""))
                out.append(Candidate(
                    name=f"Change of administration in the US ({holder} takes office)", kind="other",
                    span=(start, end),
                    date_begin=current.date_begin, date_end=current.date_begin, granularity="day",
                    date_basis="context", source="context", text_date=None, confidence=0.6,
                    actors=[(a, "participant", (start, end)) for a, _ in current.participants]))
        return out

    def _nth_term(self, surname: str, ordinal: str, between: str, mentioned: set[str]) -> KnownEvent | None:
        """The holder's term that the words' year begins ("began a fourth term in 2018"), else the
        nth of the holder's terms of one office (a row per term)."""
        terms = [t for t in self.by_surname.get(surname, []) if t.holder in mentioned] or self.by_surname.get(surname, [])
        if len({t.holder for t in terms}) != 1:
            return None
        year = re.search(r"\b(1[89]\d\d|20\d\d)\b", between)
        if year:
            started = [t for t in terms if t.date_begin and t.date_begin.year == int(year.group(1))]
            return started[0] if len(started) == 1 else None
        offices = {t.office for t in terms}
        if len(offices) != 1:
            return None
        ordered = sorted(terms, key=lambda t: t.date_begin or date.min)
        index = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "sixth": 5}[ordinal]
        return ordered[index] if index < len(ordered) else None

    def _previous(self, office: str, dct: date) -> KnownEvent | None:
        current = self.kb.term_at(office, dct)
        earlier = [t for t in self.kb.terms(office) if t.date_end and t.date_end <= dct and t is not current]
        return earlier[-1] if earlier else None

    def _resolve(self, surname: str, ordinal: str | None, noun: str, dct: date | None,
                 mentioned: set[str], given: str | None = None) -> KnownEvent | None:
        """Which of the terms held by people of this surname the words mean (the given name and
        initials written before the surname choose among holders: "George H.W. Bush's presidency")."""
        terms = self.by_surname.get(surname, [])
        if given and len({t.holder for t in terms}) > 1:
            initials = set(re.findall(r"[a-z]+", given.lower()))
            fitting = [t for t in terms if initials <= set((t.holder or "").split("-"))]
            if fitting:
                # "George W." fits george-w-bush and george-h-w-bush: the holder with no name left unsaid.
                extra = {t.holder: len(set(t.holder.split("-")) - initials - {surname.lower()}) for t in fitting}
                least = min(extra.values())
                terms = [t for t in fitting if extra[t.holder] == least]
        offices = _NOUN_OFFICES.get(noun)
        if offices:
            terms = [t for t in terms if t.office in offices] or terms
        holders = {t.holder for t in terms}
        if len(holders) > 1:
            named = [t for t in terms if t.holder in mentioned]
            if named:
                terms = named
        if not terms:
            return None
        ordinal = (ordinal or "").lower()
        if len({t.holder for t in terms}) == 1:
            ordered = sorted(terms, key=lambda t: t.date_begin or date.min)
            index = {"first": 0, "second": 1, "third": 2, "fourth": 3}.get(ordinal)
            if index is not None:
                return ordered[index] if index < len(ordered) else None
        if dct is None:
            return terms[-1] if len(terms) == 1 else None
        running = [t for t in terms if t.date_begin and t.date_begin <= dct and (t.date_end is None or dct < t.date_end)]
        ended = [t for t in terms if t.date_end and t.date_end <= dct]
        if ordinal in ("previous", "former", "last", "outgoing", "preceding"):
            return ended[-1] if ended else None
        if ordinal in ("current", "new", "present", "incoming"):
            return running[-1] if running else None
        if running:
            return running[-1]
        return ended[-1] if ended else None

    @staticmethod
    def _candidate(term: KnownEvent, layout: TextLayout, start: int, end: int, text: str,
                   confidence: float) -> Candidate:
        span = layout.clause(start, end)
        # The mention is the words that refer to the term ("under Reagan", "X came back in 2012 for a
        # second term"), not the clause they sit in, which may begin with another event's words.
        return Candidate(name=term.name, kind="term", span=span, date_begin=term.date_begin,
                         date_end=term.date_end, granularity=term.granularity, date_basis="context",
                         source="context", text_date=None, confidence=confidence, kb=term,
                         words=(start, end))


def _surname(term: KnownEvent) -> str:
    """The name a term's holder is called by: from an alias '<Name> era/administration', else the id."""
    for alias in term.aliases:
        m = re.match(rf"^([A-Z][\w’'-]+) (?:{_TERM_NOUNS})$", alias)
        if m:
            return m.group(1)
    last = (term.holder or "").split("-")[-1]
    return last.capitalize()


def _years_later(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    return any(s <= offset < e for s, e in spans)


# A case-blind pattern searched over the whole text: the same matches on the lower-cased text, faster.
_CHANGE = CaseBlind(_CHANGE)
