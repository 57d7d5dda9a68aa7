"""Acts dated by a term in office the sentence names: "Under Blair, Britain sent troops to Sierra
Leone", "Late in Carter's presidency, the two capitals agreed a grain deal", "the reforms were
passed during the Obama administration".

The term (found by ``context.TermFinder``) is no date expression, so the dated-clause rules never
see these sentences. What the rest of the sentence tells happened during the term: a candidate of
the term's days (basis context, the day not known: no granularity), or of its first or last year
where the text says "early in", "at the start of", "late in", "at the end of". describe() keeps it
only where it holds an event word, and names it; a sentence with a date of its own is left to the
dated-clause rules.
"""
from __future__ import annotations

import bisect
import re
from datetime import date, timedelta

from .candidates import Candidate, from_knowledge
from .dated import _KIND_NOUN_PATTERNS
from .text import TextLayout

# What relates the sentence's act to the term, right before its words ("under" and "during" may be
# the term's own first word: TermFinder's "under Reagan").
_LEAD = re.compile(r"\b(?:(?P<plain>under|during|throughout)\s+(?:the\s+)?|"
                   r"(?:at|towards?|near)\s+the\s+(?P<edge>end|close|start|beginning|outset|dawn)\s+of\s+(?:the\s+)?|"
                   r"(?P<part>late|early)\s+in\s+(?:the\s+)?|"
                   r"in\s+the\s+(?P<years>final|last|closing|first|opening)\s+(?:year|months|days)\s+of\s+(?:the\s+)?)"
                   r"(?:(?:President|Prime\s+Minister|Chancellor|Premier)\s+)?(?:[A-Z][\w.]*\s+){0,3}$",
                   re.IGNORECASE)
_OWN_LEAD = re.compile(r"(?:under|during)\s", re.IGNORECASE)
_LATE = frozenset({"end", "close", "late", "final", "last", "closing"})
_YEAR = timedelta(days=365)
_MIN_ACT = 12  # characters: shorter is no clause ("Under Reagan, yes.")
# A term phrase ending the sentence dates its act only right after the verb phrase ("tariffs were
# raised under Bush"); after a noun it belongs to the noun ("the cost of the prison system under
# Blair", "the budget under the last administration").
_VERB_BEFORE = re.compile(r"\b(?:\w+(?:ed|en)|sent|made|won|lost|held|built|began|begun|fought|grew|rose|fell|cut|"
                          r"set|put|passed|taken|took|given|gave|done|did|met|led|sold|spent|paid|brought|"
                          r"bought|struck|went|came|became|left|signed|withdrew|withdrawn)\s*,?\s*$", re.IGNORECASE)


def acts_in_terms(layout: TextLayout, terms: list[Candidate], timexes: list, dct: date | None,
                  known_spans=()) -> list[Candidate]:
    """Candidates for what a sentence tells happened under, during, early in or late in a term it
    names. ``known_spans``: (start, end, event) where known events are named: an act that is one of
    them told again ("the signing of the Maastricht Treaty, under Major") is kept only as another
    kind (``Candidate.beside``)."""
    text = layout.text
    dates = sorted(t.char_start for t in timexes if t.type == "DATE")
    out: list[Candidate] = []
    done: set[int] = set()
    for term in terms:
        kb = term.kb
        if kb is None or kb.kind != "term" or term.words is None or kb.date_begin is None:
            continue
        start, end = term.words
        sentence = layout.sentence(start)
        if sentence[0] in done or layout.in_notes(start):
            continue
        i = bisect.bisect_left(dates, sentence[0])
        if i < len(dates) and dates[i] < sentence[1]:
            continue  # the sentence has a date of its own: the dated-clause rules have it
        if _OWN_LEAD.match(text, start):
            lead, lead_start = "plain", start
        else:
            # (not bounded by the sentence: "George H.W. Bush" may end one at "H.W.")
            found = _LEAD.search(text, max(0, start - 60), start)
            if found is None:
                continue
            lead = next(k for k in ("plain", "edge", "part", "years") if found.group(k))
            lead = "plain" if lead == "plain" else found.group(lead).lower()
            lead_start = found.start()
        act = _act_part(text, (min(sentence[0], lead_start), sentence[1]), lead_start, end)
        if act is None:
            continue
        begin, finish = kb.date_begin, kb.date_end or dct
        if finish is None or finish < begin:
            continue
        if lead in _LATE:
            begin = max(begin, finish - _YEAR)
        elif lead != "plain":
            finish = min(finish, begin + _YEAR)
        done.add(sentence[0])
        beside = tuple(e.kind for s, _, e in known_spans if act[0] <= s < act[1] and e.kind != "term")
        out.append(Candidate(name=text[act[0]:act[1]][:80], kind="other", span=act, date_begin=begin,
                             date_end=finish, granularity=None, date_basis="context", source="text",
                             confidence=0.5, from_clause=True, beside=beside))
    return out


def _act_part(text: str, sentence: tuple[int, int], lead_start: int, term_end: int) -> tuple[int, int] | None:
    """The words of the sentence that tell the act: after the comma closing a fronted term phrase
    ("Under Blair, Britain sent ..."), or before a term phrase that ends the sentence ("Britain sent
    troops ... under Blair.")."""
    head = text[sentence[0]:lead_start]
    tail = text[term_end:sentence[1]].rstrip(" .!?\n\"”")
    if not head.strip(" \"“'‘("):
        comma = text.find(",", term_end, sentence[1])
        # the term phrase runs to the comma: "Late in Reagan's second term, ..." (a possessive or
        # ordinal may sit between, not a clause: at most a few words)
        if comma < 0 or len(text[term_end:comma].split()) > 3:
            return None
        rest = comma + 1 + len(text[comma + 1:sentence[1]]) - len(text[comma + 1:sentence[1]].lstrip())
        end = rest + len(text[rest:sentence[1]].rstrip(" .!?\n\"”"))
    elif not tail.strip() and _VERB_BEFORE.search(head):
        rest = sentence[0] + len(head) - len(head.lstrip())
        end = sentence[0] + len(head.rstrip(" ,"))
    elif head.rstrip().endswith(",") and tail.startswith(","):
        # a parenthetical between commas ("The strikes, early in Nixon's term, ended ..."):
        # the sentence around it tells the act
        rest = sentence[0] + len(head) - len(head.lstrip())
        end = term_end + len(tail)
    else:
        return None
    return (rest, end) if end - rest >= _MIN_ACT else None


# What shows a clause tells an armed happening: its words for force, beside the kind nouns.
_FORCE = re.compile(r"\b(?:troops|soldiers|forces|army|armed|military|navy|marines|paratroopers|warships|"
                    r"air\s*strikes?|bomb\w*|shell\w*|invad\w*|deploy\w*)\b", re.IGNORECASE)
_ARMED = frozenset({"war", "operation", "conflict"})


class KnownInPeriod:
    """Links an act dated only by a period (a tenure, a term) to the known event it tells: one that
    began within the period, whose cue words the act's clause holds, with a word of its kind
    ("As defence secretary, he deployed extra soldiers to Londonderry": the 1969 deployment there)."""

    def __init__(self, events):
        self.events = sorted((e for e in events if e.kind != "term" and e.cues and e.date_begin),
                             key=lambda e: (e.date_begin, e.event_id))
        self._begins = [e.date_begin for e in self.events]
        self._cues: dict[str, re.Pattern] = {}

    def _cue_pattern(self, event) -> re.Pattern:
        pattern = self._cues.get(event.event_id)
        if pattern is None:
            pattern = self._cues[event.event_id] = re.compile(
                r"\b(?:" + "|".join(re.escape(c) for c in event.cues) + r")\b", re.IGNORECASE)
        return pattern

    def link(self, acts: list[Candidate], text: str) -> list[Candidate]:
        """The acts, each replaced by the known event it tells where there is one (basis knowledge)."""
        out = []
        for act in acts:
            known = self._told(act, text) if act.kb is None and act.date_begin and act.date_end else None
            out.append(act if known is None else from_knowledge(known, act.span, confidence=0.6))
        return out

    def _told(self, act: Candidate, text: str):
        words = text[act.span[0]:act.span[1]]
        lo = bisect.bisect_left(self._begins, act.date_begin)
        hi = bisect.bisect_right(self._begins, act.date_end)
        best = None
        for event in self.events[lo:hi]:
            cues = len({m.group(0).lower() for m in self._cue_pattern(event).finditer(words)})
            if not cues:
                continue
            noun = _KIND_NOUN_PATTERNS.get(event.kind)
            if not ((event.kind in _ARMED and _FORCE.search(words)) or (noun is not None and noun.search(words))):
                continue  # "met shipyard workers in Londonderry" is no deployment there
            if best is None or cues > best[0]:
                best = (cues, event)
        return best[1] if best else None
