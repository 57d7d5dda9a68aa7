"""Titles ("the president") resolved to who held them at the governing date, and "our country" to
the state the document speaks for."""
from __future__ import annotations

import re
from collections import Counter

from ...knowledge.actors import normalise_role
from .context import DocState
from .lexicon import Match

HOME_ROLES = ("president", "vice president", "secretary of state", "secretary of defense", "national security advisor",
              "prime minister", "chancellor", "premier", "general secretary")
# "the acting president" is whoever held the office then: acting and interim holders are listed
# among its holders (roles.tsv: Turchynov for Ukraine in 2014, Mansour for Egypt in 2013-2014).
ROLE_MODIFIERS_RESOLVED = {None, "then", "current", "sitting", "incumbent", "new", "present", "acting", "interim",
                           "caretaker"}
_OUR = frozenset({"our", "Our"})
OUR_COUNTRY_RE = re.compile(r"\b[Oo]ur (?:country|nation)\b(?!s)")
OUR_INSTITUTION_RE = re.compile(r"\b[Oo]ur (embassy|foreign ministry|ministry|government|parliament|army|navy|"
                                r"delegation|mission|consulate|academy|president|leadership)\b")
APPOSITION_RE = re.compile(r"\s*,\s*((?:who|whom|whose|then|at the time|the (?:leader|head|ruler))\b[^,;.!?()]*)")


class TitleRules:
    """Titles and the document's voice. Mixed into ``ActorExtractor`` (``extractor.py``), whose ``knowledge``,
    ``lexicon``, ``surnames`` and other rules it uses."""

    def _titles(self, state: DocState) -> None:
        """"the president" resolves to who held the office on the sentence's date. A title is not
        a mention (SCHEMA: mentions are names); it is kept as a reference (``references``)."""
        counts = Counter(m.actor_id for m in state.mentions
                         if m.layer == "entity" and state.actors[m.actor_id].type == "state")
        for m in self._title_matches(state):
            modifier, qualifier, role, of_state = m.groups()
            if modifier not in ROLE_MODIFIERS_RESOLVED or role.isupper():
                continue
            start, end = m.span(3)
            # The mention is the title's head word: "ambassador" in "ambassador to the US" (whose
            # "US" is a mention of its own).
            head_end = start + len(role.split()[0])
            if state.covered(start, head_end):
                continue
            if state.covered(start, end):
                end = head_end
            on = state.date_at(start)
            if on is None:
                continue
            country = None
            for reference in (qualifier, of_state):
                if reference:
                    found = self.lexicon.parents(reference)
                    if not found:
                        country = "?"
                        break
                    country = self._choose(state, found, start)
            if country == "?":
                continue
            if country is None:
                # "the President, who had been the leader of Afghanistan, ...": a state the
                # title's own apposition names is the title's state.
                country = self._apposition_state(state, m.end())
            role_name = normalise_role(role)
            if country is None:
                if role_name not in HOME_ROLES:
                    continue
                # "the president" is the one the document talks about: a holder it names wins,
                # then the holder for the state it mentions most.
                holders = [(candidate, self.knowledge.resolve_role(role_name, candidate, on))
                           for candidate, _ in counts.most_common()]
                holders = [(c, h) for c, h in holders if h is not None]
                country = self._latest_referent(state, holders, start)
            holder = self._holder(state, role_name, country, start) if country else None
            if holder is not None:
                state.titles.append((start, end, holder))

    def _title_matches(self, state: DocState) -> list[re.Match]:
        """``role_re`` matches, tried only at a "the" a few tokens before a word that can begin
        a role (the same matches as ``role_re.finditer``, without running its long
        alternation at every "the" of the text)."""
        words, starts = state.tokens.words, state.tokens.starts
        vocabulary = state.vocabulary & self.role_first_forms
        found, tried, covered_to = [], set(), -1
        for p in state.positions(vocabulary):
            for k in range(max(0, p - 7), p):
                if words[k] not in ("the", "The") or k in tried or starts[k] < covered_to:
                    continue
                tried.add(k)
                m = self.role_re.match(state.text, starts[k])
                if m is not None:
                    found.append(m)
                    covered_to = m.end()
                    break
        return found

    def _holder(self, state: DocState, role: str, country: str, offset: int) -> str | None:
        """Who held the role at the date governing ``offset``; over a coarser period (a year, a
        month) the one who held it for most of it."""
        begin, end = state.period_at(offset)
        if begin is None:
            return None
        if end is not None and end > begin:
            return self.knowledge.resolve_role_over(role, country, begin, end)
        return self.knowledge.resolve_role(role, country, begin)

    def _apposition_state(self, state: DocState, offset: int) -> str | None:
        """The first state named by name in a clause set off right after a title (", who ... ,")."""
        clause = APPOSITION_RE.match(state.text, offset)
        if clause is None:
            return None
        named = [m for m in state.mentions_starting_in(clause.start(1), clause.end(1))
                 if state.actors[m.actor_id].type == "state"]
        return min(named, key=lambda m: m.start).actor_id if named else None

    def _latest_referent(self, state: DocState, holders: list[tuple[str, str]], offset: int) -> str | None:
        """Of the states whose office-holder could be meant, prefer those whose holder the text
        names; among them the one named last before ``offset``; else the state named most."""
        named = [(c, h) for c, h in holders if h in state.actors]
        if not named:
            return holders[0][0] if holders else None
        holders = named
        latest = {}
        for country, holder in holders:
            found = [s for s in (state.last_mention_before(country, offset), state.last_mention_before(holder, offset))
                     if s is not None]
            if found:
                latest[country] = max(found)
        if latest:
            return max(latest, key=latest.get)
        return holders[0][0]

    def _our_country(self, state: DocState, matches: list[Match]) -> None:
        """"our country" is the state the document speaks for (SCHEMA: Russia, in this article's voice).

        A state the text calls "the X side" is the other party; the voice is then the state it
        names most besides. Without that evidence "our country" is left out (a speech about
        Poland says "our country" of the United States, not of Poland).
        """
        # The regex opens with ``\b`` (no literal to skip ahead to): tried only where the text
        # has the token "our" and a noun it may name.
        if not state.has_any(_OUR) or not state.has_any(("country", "nation")) or not OUR_COUNTRY_RE.search(state.text):
            return
        words = state.tokens.words
        others = set()
        for match in matches:
            entries = [e for e in match.entries if e.kind == "demonym"
                       and self.knowledge.actors[e.actor_id].type == "state"]
            if entries and match.last < len(words) and words[match.last] == "side":
                others.add(self._choose(state, entries, state.tokens.starts[match.first]))
        if not others:
            return
        counts = Counter(m.actor_id for m in state.mentions if m.layer == "entity"
                         and state.actors[m.actor_id].type == "state" and m.actor_id not in others)
        ranked = [c for c, n in counts.most_common(1) if n >= 3]
        if not ranked:
            return
        voice = self.knowledge.actors[ranked[0]]
        for m in OUR_COUNTRY_RE.finditer(state.text):
            if not state.covered(m.start(), m.end()):
                state.mention(m.start(), m.end(), state.add_known(voice))
        # "our embassy" is the "Russian Embassy in the US" the document names.
        adjectives = tuple(d.lower() + " " for d in voice.demonyms) + (voice.name.lower() + " ",)
        own = [info for info in state.actors.values() if info.type == "organization"
               and info.name.lower().startswith(adjectives)]
        for m in OUR_INSTITUTION_RE.finditer(state.text):
            noun = m.group(1).lower()
            owners = [info.actor_id for info in own if noun in info.name.lower()]
            if len(owners) == 1 and not state.covered(m.start(), m.end()):
                state.mention(m.start(), m.end(), owners[0])

