"""Citation-style names ("Dobrynin A.F.", "A. Arbatov") and the publications references cite."""
from __future__ import annotations

import re

from . import discover
from .context import DocState

MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December", "No", "Vol", "Issue", "P", "Pp", "In"}
# A cited title ends with a comma at its closing quote ("“Title,” Source, 2024"); a quotation
# ending a sentence in prose ('"no." Our ...') is no citation.
SOURCE_AFTER_TITLE_RE = re.compile(r"[”\"](?:(?<=,[”\"])|\s*,)\s+(?P<source>[A-Z][\w.&’'-]*(?: [\w.&’'-]+){0,6})"
                                   r"(?=,\s*(?:\d|[A-Z][a-z]+\.?\s*\d|No\.|Vol\.))")
SOURCE_AFTER_DATE_RE = re.compile(r"\b\d{4}, (?P<source>[A-Z][\w.&’'-]*(?: (?:[A-Z&][\w.&’'-]*|of|for|on|the|and|in)){0,6})\.?\s*$",
                                  re.MULTILINE)
FOLLOWING_WORD_RE = re.compile(r"\s*([A-Z][a-z]+)")
SURNAME_INITIALS_RE = re.compile(r"(?<![\w.])([A-Z][a-z]+(?:-[A-Z][a-z]+)?) ((?:[A-Z]\.){1,3})(?=[\s,;“\"]|$)")
INITIALS_SURNAME_RE = re.compile(r"(?<![\w.])((?:[A-Z]\.\s?){1,3})([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)\b")
CAPITAL_DOT_RE = re.compile(r"[A-Z]\.")
_YEAR_COMMA_RE = re.compile(r"\d{4}, ")
_WORD_CHAR_RE = re.compile(r"\w")


def _sources_after_dates(text: str) -> list[re.Match]:
    """``SOURCE_AFTER_DATE_RE.finditer(text)``, tried only where a year and ", " stand: the
    regex scanned at every position cost 3 % of the stage on news."""
    found, end, i = [], 0, text.find(", ", 4)
    while i >= 0:
        p = i - 4
        if p >= end and _YEAR_COMMA_RE.match(text, p) and (p == 0 or not _WORD_CHAR_RE.match(text, p - 1)):
            m = SOURCE_AFTER_DATE_RE.match(text, p)
            if m is not None:
                found.append(m)
                end = m.end()
        i = text.find(", ", i + 1)
    return found


class CitationRules:
    """Citations. Mixed into ``ActorExtractor`` (``extractor.py``), whose ``knowledge``,
    ``lexicon``, ``surnames`` and other rules it uses."""

    def _citations(self, state: DocState) -> None:
        if not any(m.start() == 0 or not state.text[m.start() - 1].isalpha()
                   for m in CAPITAL_DOT_RE.finditer(state.text)):
            return  # no initial ("E.", "A.F.") anywhere: no citation-style name
        common = self.knowledge.cues.get("common_words", {})
        for regex, surname_group, initials_group in ((SURNAME_INITIALS_RE, 1, 2), (INITIALS_SURNAME_RE, 2, 1)):
            for m in regex.finditer(state.text):
                surname, initials = m.group(surname_group), m.group(initials_group).replace(" ", "")
                if surname in common or state.covered(m.start(), m.end()) or state.is_blocked(m.start(), m.end()):
                    continue
                following = FOLLOWING_WORD_RE.match(state.text, m.end())
                if regex is SURNAME_INITIALS_RE and following and following.group(1) not in common:
                    continue
                if any(e.kind != "name" or self.knowledge.actors[e.actor_id].type != "person"
                       for e in self.lexicon.lookup(surname)):
                    continue
                person = self._person_by_surname(state, surname, initials[0])
                if person is None and regex is INITIALS_SURNAME_RE:
                    for stem in discover.uninflect(surname):
                        person = self._person_by_surname(state, stem, initials[0])
                        if person:
                            break
                if person is None:
                    if regex is INITIALS_SURNAME_RE:
                        continue
                    person = state.add_discovered(f"{initials} {surname}", "person")
                state.mention(m.start(), m.end(), person)

    def _citation_sources(self, state: DocState) -> None:
        """The publication in a reference: “Title,” Source, date — or — date, Source."""
        months = MONTHS
        text = state.text
        for m in [*SOURCE_AFTER_TITLE_RE.finditer(text), *_sources_after_dates(text)]:
            name = m.group("source").strip()
            if name.endswith(".") and name.split()[-1][:-1] not in discover.ABBREVIATIONS:
                name = name[:-1]
            start = m.start("source")
            end = start + len(name)
            if name.split()[0].rstrip(".,") in months or state.covered(start, end) or state.is_blocked(start, end):
                continue
            if any(self.knowledge.actors[e.actor_id].type in ("person", "state") for e in self.lexicon.lookup(name)):
                continue
            state.mention(start, end, state.add_discovered(name, "organization"))

    def _person_by_surname(self, state: DocState, surname: str, initial: str) -> str | None:
        for info in state.people_named(surname):
            if info.name[:1] == initial:
                return info.actor_id
        known = [k for k in self.surnames.get(surname, []) if k.name[:1] == initial]
        return state.add_known(known[0]) if len(known) == 1 else None

