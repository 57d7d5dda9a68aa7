"""The knowledge base's names, metonyms, groups and demonyms found in the text, and which actor
each means."""
from __future__ import annotations

from . import discover
from .people import SPEECH_VERBS
from .references import SINGULAR_VERBS
from .context import DocState
from .groups import (
    PHRASE_FOLLOWERS,
    add_group_mention,
    modifier_group,
    organisation_phrase,
    plural_demonym_group,
)
from .lexicon import Entry, Match
from .places import before_statehood, is_place, region_acts, white_house_is_institution

PREFIXES = {"pro", "anti", "post", "pre", "neo", "ex", "non"}


def _days_existing(known, begin, end) -> int:
    """Days of ``begin``..``end`` on which the actor existed in its present form."""
    first, last = begin, end
    if known.period is not None:
        first = max(first, known.period[0] or first)
        last = min(last, known.period[1] or last)
    return max(0, (last - first).days + 1)


def _initial_before(state: DocState, k: int) -> tuple[str, int] | None:
    """The capital initial written just before token ``k`` ("M Blair", "M. Blair"), with its token."""
    words, starts, ends = state.tokens.words, state.tokens.starts, state.tokens.ends
    j = k - 1
    if j >= 1 and words[j] == "." and starts[k] - ends[j] == 1:
        j -= 1
    elif j < 0 or starts[k] - ends[j] != 1:
        return None
    if j < 0 or len(words[j]) != 1 or not words[j].isupper() or (j < k - 1 and starts[j + 1] != ends[j]):
        return None
    return words[j], j


def _listed_initial(state: DocState, k: int) -> str | None:
    """The initial before the surname at token ``k`` when the name is an item of a list of
    initials and surnames ("R Russell, M Blair, G Ross", a team sheet): a neighbouring item,
    after the separator before it or after the one following the surname, is an initial and a
    capitalised word too."""
    found = _initial_before(state, k)
    if found is None:
        return None
    initial, j = found
    words = state.tokens.words
    separators = (",", ";")
    if j >= 3 and words[j - 1] in separators and words[j - 2][:1].isupper() and words[j - 2].isalpha() \
            and _initial_before(state, j - 2) is not None:
        return initial
    n = len(words)
    if k + 3 < n and words[k + 1] in separators:
        after = k + 2 + (k + 3 < n and words[k + 3] == ".")
        if len(words[k + 2]) == 1 and words[k + 2].isupper() and after + 1 < n and words[after + 1][:1].isupper() \
                and words[after + 1].isalpha() and _initial_before(state, after + 1) is not None:
            return initial
    return None


class DictionaryRules:
    """Dictionary matches. Mixed into ``ActorExtractor`` (``extractor.py``), whose ``knowledge``,
    ``lexicon``, ``surnames`` and other rules it uses."""

    def _dictionary(self, state: DocState, matches: list[Match], match_at: dict[int, Match],
                    match_end: dict[int, Match]) -> None:
        tokens = state.tokens
        for match in matches:
            start, end = tokens.starts[match.first], tokens.ends[match.last - 1]
            if state.is_blocked(start, end) or state.covered(start, end):
                continue
            kinds = {e.kind for e in match.entries}
            if "block" in kinds:
                if region_acts(state, match):
                    state.mention(start, end, state.add_discovered(state.text[start:end], "group"), layer="group")
                state.block(start, end)
                continue
            names = [e for e in match.entries if e.kind == "name"]
            metonyms = [e for e in match.entries if e.kind == "metonym"]
            if names and metonyms:
                institution = white_house_is_institution(state, match, match_at, match_end)
                chosen = self._choose(state, names if institution else metonyms, start)
                state.mention(start, end, state.add_known(self.knowledge.actors[chosen]))
            elif names:
                chosen = self._choose(state, names, start)
                known = self.knowledge.actors[chosen]
                if known.type == "state" and (organisation_phrase(state, match, chosen)
                                              or before_statehood(state, match, known, match_at, match_end)):
                    continue
                if known.type == "person" and match.last - match.first == 1:
                    initial = _listed_initial(state, match.first)
                    if initial and not any(word[:1] == initial for word in known.name.split()[:-1]):
                        state.block(tokens.starts[match.first - 1 - (tokens.words[match.first - 1] == ".")], end)
                        continue  # "R Russell, M Blair, G Ross": a team sheet's M Blair is not Tony Blair
                    chosen = self._namesake_in_text(state, match, chosen)
                    known = self.knowledge.actors.get(chosen, known)
                    if chosen not in self.knowledge.actors:
                        state.mention(start, end, chosen)
                        continue
                state.mention(start, end, state.add_known(known))
                if known.type == "state":
                    modifier_group(state, match, chosen, False, match_at)
            elif metonyms:
                if (is_place(state, match, match_at, match_end) or self._address(state, match)
                        or not self._metonym_exists(state, metonyms, start)):
                    continue
                chosen = self._choose(state, metonyms, start)
                state.mention(start, end, state.add_known(self.knowledge.actors[chosen]))
            elif "group" in kinds:
                following = state.tokens.words[match.last] if match.last < len(state.tokens.words) else ""
                if following[:1].isupper() and state.text[end:end + 1] == " ":
                    continue  # "West Berlin", "West Point": the start of another name
                previous = state.tokens.words[match.first - 1] if match.first else ""
                if previous[:1].isupper() and previous.isalpha() and state.text[start - 1:start] == " " \
                        and not state.is_sentence_start(match.first - 1) and previous not in ("The", "A"):
                    continue  # "Kanye West", "Adam West": the end of another name
                group = next(e for e in match.entries if e.kind == "group")
                add_group_mention(state, start, end, state.add_known(self.knowledge.actors[group.actor_id]))
            else:
                self._demonym(state, match, match_at, match_end, start, end)

    def _namesake_in_text(self, state: DocState, match: Match, chosen: str) -> str:
        """"Ashdown" is Paddy Ashdown, unless the text names another Ashdown in full ("Jamie
        Ashdown"), and not him: a surname alone is the document's own person of that name."""
        surname = state.tokens.words[match.first].lower()
        named = [a for a in state.named_in_full.get(surname, ())] + [i.actor_id for i in state.people_named(surname)]
        if not named or chosen in named:
            return chosen
        return named[0]

    def _address(self, state: DocState, match: Match) -> bool:
        """"Higher School of Economics, Moscow": a city after an organisation's name is its address."""
        tokens = state.tokens
        if match.first < 2 or tokens.words[match.first - 1] != ",":
            return False
        comma = tokens.starts[match.first - 1]
        return any(state.actors[m.actor_id].type == "organization" for m in state.mentions_ending_at(comma))

    def _demonym(self, state: DocState, match: Match, match_at: dict[int, Match], match_end: dict[int, Match],
                 start: int, end: int) -> None:
        words = state.tokens.words
        if state.covered(start, end, layer="group"):
            return
        chosen = self._choose(state, [e for e in match.entries if e.kind == "demonym"], start)
        if match.first >= 2 and words[match.first - 1] == "-" and words[match.first - 2].lower() in PREFIXES:
            return  # "anti-Russian", "post-Soviet": a stance or a period, not the state
        if organisation_phrase(state, match, chosen) or modifier_group(state, match, chosen, True, match_at):
            return
        if match.last < len(words) and words[match.last].lower() in self.knowledge.cues.get("language_nouns", {}):
            return  # "a Spanish version of the letter", "German speakers": the language, not the state
        known = self.knowledge.actors[chosen]
        if known.type == "organization":
            # "Tory leader Margaret Thatcher", "Liberal Democrat MPs": a party's adjective names it.
            if self.demonym_adjectives and self._bare_adjective_names_state(state, match, match_at):
                state.mention(start, end, state.add_known(known))
            return
        if known.type != "state":
            return
        after = words[match.last] if match.last < len(words) else ""
        # "the Russians have", "the British were": the people named with an article are the state.
        if words[match.first].lower() != words[match.first] and match.first >= 1 and \
                words[match.first - 1] in ("the", "The") and after not in self.knowledge.group_nouns \
                and (after[:1].islower() or not after[:1].isalpha()):
            if match.last - match.first == 1 and _one_of_them(words[match.first], after, known.demonyms):
                return  # "the Australian said", "the Russian won": one person, not the state
            state.mention(start, end, state.add_known(known))
            return
        if plural_demonym_group(state, match, chosen):
            return
        joined = ((match.first >= 1 and words[match.first - 1] == "-" and self._names_state(match_end.get(match.first - 1)))
                  or (match.last < len(words) and words[match.last] == "-" and self._names_state(match_at.get(match.last + 1))))
        if joined or (self.demonym_adjectives and self._bare_adjective_names_state(state, match, match_at)):
            state.mention(start, end, state.add_known(known))

    def _bare_adjective_names_state(self, state: DocState, match: Match, match_at: dict[int, Match]) -> bool:
        """A demonym adjective whose head noun no rule claimed names its state ("Russian diplomats",
        "Soviet Ambassador Dobrynin"), except inside a period's name ("Soviet times") or a
        title-case name it begins ("American Defense in an Age of ...")."""
        words = state.tokens.words
        start = state.tokens.starts[match.first]
        if state.in_timex(start):
            return False
        after = words[match.last] if match.last < len(words) else ""
        if after[:1].isupper() and after.isalpha():
            titles = self.knowledge.cues.get("person_titles", {})
            if discover.title_at(state, match.last, len(words)) is not None or after.lower() in titles:
                return True
            # "Liberal Democrat Sarah Teather": an adjective before a person's name.
            next_start = state.tokens.starts[match.last]
            following = match_at.get(match.last)
            return any(state.actors[m.actor_id].type == "person" and m.start == next_start
                       for m in state.mentions_starting_in(next_start, next_start + 1)) \
                or (following is not None and following.last - following.first > 1
                    and any(self._is_person(e) for e in following.entries)) \
                or self._capitalised_modifier(state, match.last)
        return True

    def _capitalised_modifier(self, state: DocState, k: int) -> bool:
        """"American Stinger missiles", "Soviet MiG fighters": one capitalised word (a make, a
        model) between the demonym and a lower-case noun modifies the noun, so the demonym names
        its state; a word that heads a name ("American Airlines flights", "the Russian Orthodox
        Church") or a title-case run ("Chinese Nuclear Arsenal Still Growing") does not."""
        words, starts, ends = state.tokens.words, state.tokens.starts, state.tokens.ends
        if k + 1 >= len(words) or starts[k + 1] - ends[k] != 1 or starts[k] - ends[k - 1] != 1:
            return False
        noun = words[k + 1]
        if not (noun.isalpha() and noun.islower()) or noun in discover.CONNECTORS or noun in PHRASE_FOLLOWERS:
            return False
        cues = self.knowledge.cues
        return not any(words[k] in cues.get(name, {}) for name in ("org_heads", "event_heads", "place_heads")) \
            and not state.lexicon.lookup(words[k])

    def _names_state(self, match: Match | None) -> bool:
        return match is not None and any(
            e.kind == "name" and self.knowledge.actors[e.actor_id].type == "state" for e in match.entries)

    def _choose(self, state: DocState, entries: list[Entry], offset: int) -> str:
        """Pick among actors sharing a surface form by the date of the sentence."""
        if len(entries) == 1:
            return entries[0].actor_id  # most surface forms name one actor
        ids = list(dict.fromkeys(e.actor_id for e in entries))
        if len(ids) == 1:
            return ids[0]
        on, until = state.period_at(offset)
        if on is not None:
            existing = [a for a in ids if self.knowledge.actors[a].exists_on(on)]
            if until is not None and until > on:
                # "the Kremlin" in "the 1990s" is Russia's, which existed for most of the decade,
                # not the Soviet Union's, which existed on its first day.
                days = {a: _days_existing(self.knowledge.actors[a], on, until) for a in ids}
                most = max(days.values())
                if most > 0:
                    existing = [a for a in ids if days[a] == most]
            holders = [a for a in existing if any(r.holds_on(on) for r in self.knowledge.roles_of(a))]
            if holders or existing:
                return (holders or existing)[0]
        return ids[0]

    def _metonym_exists(self, state: DocState, entries: list[Entry], offset: int) -> bool:
        """A capital stands for a government only while that state exists ("Berlin" in 1987 is a city)."""
        on = state.date_at(offset)
        return on is None or any(self.knowledge.actors[e.actor_id].exists_on(on) for e in entries)



# What follows a demonym used as a noun for one person ("the Australian said", "the Russian, who", "the Dane's"):
# a verb whose subject it is, or the end of the noun phrase. Not a noun ("the Russian economy") nor a hyphen
# ("the Russian-backed").
_ONE_PERSON_VERBS = frozenset(SPEECH_VERBS | SINGULAR_VERBS | {
    "won", "wins", "beat", "beats", "lost", "loses", "had", "will", "would", "who", "took", "takes", "made",
    "makes", "became", "becomes", "finished", "reached", "played", "plays", "scored", "retired", "faces", "faced",
    "in", "at", "on", "to", "from", "with", "by", "after", "before"})
_ONE_PERSON_STOPS = frozenset({",", ".", ";", ":", ")", "?", "!", "'s", "’s"})


def _one_of_them(word: str, after: str, demonyms: tuple[str, ...]) -> bool:
    """Whether "the WORD" before ``after`` is one person: WORD is a singular demonym whose plural the state
    lists too ("Australian", "Australians"; not "British" nor "Chinese", which name the people as a whole),
    and a verb or the phrase's end follows it."""
    if not any(d in (word + "s", word + "es") for d in demonyms):
        return False
    return after in _ONE_PERSON_VERBS or after in _ONE_PERSON_STOPS
