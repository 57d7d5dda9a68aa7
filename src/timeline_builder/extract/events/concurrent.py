"""What a text says happened while a known event was happening: "just as the North Atlantic Treaty was
being signed, the envoy was cabling Paris" is an event of the treaty's signing day; "while the
Korean War raged, X ..." one of the war's years. The date comes from the knowledge base (basis
knowledge); describe() keeps the clause only where it holds an event word and names it.
"""
from __future__ import annotations

import re
from datetime import date

from ..casefold import CaseBlind
from .candidates import Candidate, KnownSpans
from .text import TextLayout

# "as", "even as", "just as", "while", "when" right before the known event's name ("as the Treaty").
_LEAD = re.compile(r"\b(?:even\s+|just\s+)?(?:as|while|when|whilst)\s+(?:the\s+)?$", re.IGNORECASE)
# What the known event was doing then: being signed, held, fought; beginning, raging.
_TAIL = re.compile(r"\s*(?:(?:was|were)\s+(?:still\s+|just\s+)?(?:being\s+)?(?:signed|negotiated|drafted|held|ratified|"
                   r"fought|debated|concluded|agreed|under\s*way|going\s+on|in\s+progress)|began|opened|started|"
                   r"took\s+place|raged|unfolded|was\s+raging|was\s+unfolding)\b", re.IGNORECASE)
_TAIL = CaseBlind(_TAIL)
# Kinds dated by one day (a signing): what happened "as it was signed" happened that day.
_ONE_DAY = frozenset({"treaty", "agreement", "law", "sanction"})
# A sentence opening on the known event's name and a comma: "With the fall of X, Y turned to ...".
_WITH = re.compile(r"\s*(?:And\s+|But\s+|So\s+)?[Ww]ith\s+(?:the\s+)?$")


def concurrent_with_known(layout: TextLayout, known_spans: KnownSpans, dct: date | None = None) -> list[Candidate]:
    """Clauses told as happening while a known event (named by name) was under way, or as brought
    by it ("With the collapse of the Warsaw Pact, the alliance turned to ...")."""
    text = layout.text
    out = []
    for start, end, event in known_spans:
        if event.date_begin is None or event.kind == "term" or layout.in_notes(start):
            continue
        s_start, s_end = layout.sentence(start)
        lead = _LEAD.search(text, max(s_start, start - 24), start)
        if lead is None:
            if (with_lead := _WITH.match(text, s_start, start)) is not None and (after := _after_with(
                    layout, with_lead, start, end, s_end, event, dct)) is not None:
                out.append(after)
            continue
        tail = _TAIL.match(text, end, s_end)
        if tail is None:
            continue
        comma = text.find(", ", tail.end(), s_end)
        before = text[s_start:lead.start()].strip(" ,")
        if comma >= 0 and len(before.split()) <= 3:
            # "Then, just as X was being signed, the envoy was cabling ...": the rest of the sentence
            clause = (comma + 2, s_end)
        elif len(before.split()) > 3:
            # "Bevin sent papers to Marshall as the treaty was signed": what came before
            clause = (s_start, lead.start())
        else:
            continue
        lo, hi = clause
        while hi > lo and text[hi - 1] in " .;:!?\n":
            hi -= 1
        if hi - lo < 10:
            continue
        one_day = event.kind in _ONE_DAY or event.date_end is None
        out.append(Candidate(name=text[lo:hi][:80], kind="other", span=(lo, hi), date_begin=event.date_begin,
                             date_end=event.date_begin if one_day else event.date_end,
                             granularity=event.granularity, date_basis="knowledge", source="text",
                             text_date=text[lead.start():tail.end()].strip(), confidence=0.55, from_clause=True))
    return out


def _after_with(layout: TextLayout, lead: re.Match, start: int, end: int, s_end: int, event,
                dct: date | None) -> Candidate | None:
    """"With the fall of the Wall, the alliance turned to ...": the rest of the sentence happened as
    the known event did (its start; its years when it lasted). Only where the name ends in a comma
    (not "with the election due in May") and the event had begun by the time of writing."""
    text = layout.text
    if not text.startswith(", ", end) or (dct is not None and event.date_begin > dct):
        return None
    lo, hi = end + 2, s_end
    while hi > lo and text[hi - 1] in " .;:!?\n":
        hi -= 1
    if hi - lo < 10:
        return None
    one_day = event.kind in _ONE_DAY or event.date_end is None
    return Candidate(name=text[lo:hi][:80], kind="other", span=(lo, hi), date_begin=event.date_begin,
                     date_end=event.date_begin if one_day else event.date_end, granularity=event.granularity,
                     date_basis="knowledge", source="text", text_date=text[lead.start():end].strip(),
                     confidence=0.55, from_clause=True)
