"""Where an event happened, when its clause says so after "in" or "at": a state or a capital."""
from __future__ import annotations

import re


# A visit and the word before its destination; the linker reads the same words to find a visit's host.
VISIT_TO = r"\b(?:visits?|visited|visiting|trips?|travell?ed|flew)\s+to\s+(?:the\s+)?"


# Lower-case words that may follow a place's name (a preposition, conjunction or verb), not a noun it qualifies.
_NOT_A_NOUN = (r"(?:on|in|at|for|with|to|and|or|but|by|from|over|after|before|since|during|until|last|this|next|"
               r"when|where|while|as|of|that|which|who|is|was|were|are|has|have|had|will|would)")


class PlaceIndex:
    """Places a clause names after "in"/"at": states and their capitals, with the state's code."""

    _NOT_PLACES = re.compile(r"\b(?:Street|House|Hall|Hill|Palace|Number|Bottom|Kremlin|Pentagon|Quai|Office)\b")

    def __init__(self, actor_kb):
        names: dict[str, tuple[str, str]] = {}
        if actor_kb is not None:
            for actor in actor_kb.actors.values():
                if actor.type != "state" or not actor.country:
                    continue
                for alias in (actor.name, *actor.aliases):
                    if alias[:1].isupper() and len(alias) > 2:
                        names.setdefault(alias, (actor.name, actor.country))
                for metonym in actor.metonyms:
                    if metonym[:1].isupper() and not self._NOT_PLACES.search(metonym) and len(metonym.split()) <= 2:
                        names.setdefault(metonym, (metonym, actor.country))
        self.names = names
        # A visit's destination may also be a state's two-letter capitalised alias ("a visit to the US",
        # "flew to the UK"): safe after "visit to", too ambiguous after a bare "in"/"at".
        destinations = dict(names)
        if actor_kb is not None:
            for actor in actor_kb.actors.values():
                if actor.type == "state" and actor.country:
                    for alias in actor.aliases:
                        if len(alias) == 2 and alias.isupper():
                            destinations.setdefault(alias, (actor.name, actor.country))
        self.destinations = destinations
        alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        visited = "|".join(re.escape(n) for n in sorted(destinations, key=len, reverse=True))
        # After "in the"/"at the" a two-letter alias is the state too ("talks in the US"): the article
        # says it is a name of a place, not a word or an initial ("in US dollars"); and a name ending
        # in a full stop ("in the U.S.") ends there. Neither when a lower-case word other than a
        # preposition, conjunction or verb follows: the name then qualifies a noun ("in U.S. foreign
        # policy", "in the UK economy").
        short = "|".join(re.escape(n) for n in sorted(set(destinations) - set(names), key=len, reverse=True))
        dotted = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True) if not n[-1].isalnum())
        alone = r"(?!\w)(?!\s+(?!" + _NOT_A_NOUN + r"\b)[a-z])"
        self.pattern = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(" + alternation + r")\b" +
                                  (r"|\b(?:in|at)\s+(?:the\s+)?(" + dotted + r")" + alone if dotted else "") +
                                  (r"|\b(?:in|at)\s+the\s+(" + short + r")" + alone if short else "")) if names else None
        # "... and Iraq (where Italy will pull out its soldiers)": the clause happens at that place
        self.where = re.compile(r"\b(" + alternation + r")\s*[,(]\s*where\b") if names else None
        # "a visit to Moscow", "travelled to Lima": where a visit goes is where it happens
        # (no letter after the name, so "U.S." ends at its full stop)
        self.visit = re.compile(VISIT_TO + r"(" + visited + r")(?!\w)") if destinations else None

    def find(self, text: str, start: int, end: int) -> tuple[str | None, str | None]:
        if self.pattern is None:
            return None, None
        m = self.pattern.search(text, start, end)
        if not m:
            return None, None
        return self.destinations[next(g for g in m.groups() if g)]

    def visited(self, text: str, start: int, end: int) -> tuple[str | None, str | None]:
        """The state or capital a visit in text[start:end] goes to ("paid a visit to Lima")."""
        m = self.visit.search(text, start, end) if self.visit is not None else None
        return self.destinations[m.group(1)] if m else (None, None)

    def antecedent(self, text: str, clause_start: int) -> tuple[str | None, str | None]:
        """The place a clause opening with "where" stands for: the state or capital named just
        before it ("Afghanistan (where ...)", "in Kabul, where ...")."""
        if self.where is None or "where" not in text[max(0, clause_start - 8):clause_start + 8]:
            return None, None
        for m in self.where.finditer(text, max(0, clause_start - 60), min(len(text), clause_start + 8)):
            if clause_start - 8 <= m.end() - 5 <= clause_start + 2:
                return self.names[m.group(1)]
        return None, None
