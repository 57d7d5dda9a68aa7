"""Cited sources as publication events, dated by the citation, and life spans "(1919-2010)".

A line of the notes section (``3 Author. “Title,” Publisher, January/February 2025.``) is a
publication (or, for a hearing or conference, a meeting) dated by the last date in the line,
widened over a date joined to it by a slash. A body clause carrying that note's marker and
a date the citation agrees with ("the plan appeared last year.8") is the same event.
"""
from __future__ import annotations

import re
from datetime import date

from ...records import Timex
from ...knowledge.events import KnownEvent
from .candidates import Candidate, from_knowledge
from .text import Note, TextLayout

_TITLE = re.compile(r"[“\"]([^”\"]{3,}?)[,.]?[”\"]")
_MEETING = re.compile(r"\b(?:hearing|conference|summit|meeting|testimony|symposium|round ?table)\b", re.IGNORECASE)
_LIFE_SPAN = re.compile(r"\((1[5-9]\d\d|20\d\d)\s*[-–]\s*(1[5-9]\d\d|20\d\d)\)")
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w’'.-]*\.?\s*){1,4})\s*$")


def citation_candidates(layout: TextLayout, timexes: list[Timex]) -> list[Candidate]:
    """One candidate per dated note line."""
    out = []
    text = layout.text
    for note in layout.notes:
        dated = [t for t in timexes if note.start <= t.char_start < note.end and t.type == "DATE"
                 and t.date_begin is not None and t.date_end is not None]
        if not dated:
            continue
        last = dated[-1]
        begin, end, granularity, text_date = last.date_begin, last.date_end, last.granularity, last.text
        for earlier in reversed(dated[:-1]):
            gap = text[earlier.char_end:last.char_start]
            if gap.strip() == "/":
                begin = min(begin, earlier.date_begin)
                text_date = text[earlier.char_start:last.char_end]
                granularity = earlier.granularity or granularity
        line = text[note.start:note.end]
        kind = "meeting" if _MEETING.search(line) else "publication"
        out.append(Candidate(name=_citation_name(line, note, last, text), kind=kind, span=(note.start, note.end),
                             date_begin=begin, date_end=end, granularity=granularity, date_basis="text",
                             source="citation", text_date=text_date, confidence=0.9))
    return out


def _citation_name(line: str, note: Note, tx: Timex, text: str) -> str:
    """The quoted title, else what the line says before its date."""
    title = _TITLE.search(line)
    if title:
        return title.group(1).strip(" ,.")
    body = text[note.start:tx.char_start] if tx.char_start > note.start else line
    body = re.sub(r"^\s*\[?\d{1,3}[\].)]?\s*", "", body)
    body = re.sub(r"[\s\xa0]+", " ", body).strip(" ,.;:")
    return body[:120] or line.strip()


def footnoted_merges(layout: TextLayout, candidates: list[Candidate], citations: list[Candidate]) -> None:
    """Give a dated body clause the citation event its footnote marker points to, when dates agree."""
    by_span = {c.span: c for c in citations}
    for cand in candidates:
        if cand.kb is not None or cand.source != "text":
            continue
        for number in layout.markers(*cand.span):
            note = layout.note_for(number)
            cited = by_span.get((note.start, note.end)) if note else None
            if cited is None or cand.date_begin is None or cited.date_begin is None:
                continue
            if cand.date_begin <= cited.date_end and cited.date_begin <= (cand.date_end or cand.date_begin):
                cand.name, cand.kind = cited.name, cited.kind
                cand.date_begin, cand.date_end = cited.date_begin, cited.date_end
                cand.granularity, cand.date_basis = cited.granularity, cited.date_basis
                cand.text_date, cand.source = cited.text_date, cited.source
                cand.from_clause = False  # named by its citation now
                break


def life_span_candidates(layout: TextLayout, names_at: dict[int, tuple[str, str, int]],
                         deaths: dict[str, KnownEvent] | None = None) -> list[Candidate]:
    """'Name (1919-2010)': the person's life and death, dated by the text (the death by
    knowledge where the knowledge base has it and its year agrees).

    ``names_at`` maps the end offset of each actor mention to (actor_id, canonical name,
    start offset of the mention); ``deaths`` known deaths by person.
    """
    text = layout.text
    out = []
    for m in _LIFE_SPAN.finditer(text):
        born, died = int(m.group(1)), int(m.group(2))
        if died < born:
            continue
        name_end = m.start()
        while name_end > 0 and text[name_end - 1] in " \xa0":
            name_end -= 1
        known = names_at.get(name_end)
        if known:
            actor_id, name, name_start = known
        else:
            found = _NAME_BEFORE.search(text, max(0, name_end - 60), name_end)
            if not found:
                continue
            actor_id, name, name_start = None, found.group(1).strip(), found.start(1)
        span = (name_start, m.end())
        actors = [(actor_id, "participant", span)] if actor_id else []
        out.append(Candidate(name=f"Life of {name}", kind="other", span=span, date_begin=date(born, 1, 1),
                             date_end=date(died, 12, 31), granularity="year", date_basis="text", source="text",
                             text_date=m.group(0).strip("()"), confidence=0.8, actors=list(actors)))
        # The death is told by the closing year: that is its mention, the life's is the whole span.
        closing = (m.start(2), m.end(2))
        known_death = (deaths or {}).get(actor_id) if actor_id else None
        if known_death is not None and known_death.date_begin.year == died:
            out.append(from_knowledge(known_death, span, text_date=m.group(2), confidence=0.85, words=closing))
            continue
        out.append(Candidate(name=f"Death of {name}", kind="death", span=span, date_begin=date(died, 1, 1),
                             date_end=date(died, 12, 31), granularity="year", date_basis="text", source="text",
                             text_date=m.group(2), confidence=0.8, actors=list(actors), words=closing))
    return out
