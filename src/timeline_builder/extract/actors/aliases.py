"""Second names of actors already found: acronyms, surnames alone, "the Clinton administration", an
organisation named without its qualifier."""
from __future__ import annotations

import bisect
import re
from datetime import date

from ...records import slugify
from . import discover
from .context import DocState
from .lexicon import TOKEN_RE, Match
from .people import courtesy_titled
from .places import is_place

ADMINISTRATION_WORDS = frozenset({"administration", "administrations", "presidency", "White"})
ACRONYM_RE = re.compile(r"\(([A-Z][A-Za-z&]{1,7})\)")
PARENTHESISED_NAME_RE = re.compile(r"\(([A-Z][\w-]*(?:\s+(?:(?:of|for|on|the|and|in)\s+)?[A-Z][\w-]*){1,7})\)")
ACRONYM_BEFORE_RE = re.compile(r"\b([A-Z]{2,8})(?:[’']s)?\s*$")
# "Quds Force of the IRGC": a unit named after its parent.
OF_PARENT_RE = re.compile(r" of (?:the )?([A-Z][\w.&’'-]*(?: [A-Z][\w.&’'-]*)*)$")
NOT_SURNAMES = {"We", "You", "He", "She", "It", "They", "My", "Our", "Your", "His", "Her", "Its", "Their", "Me",
                "Us", "Him", "Them", "II", "III", "IV"}
SIR_BEFORE_RE = re.compile(r"\b(?:Sir|Dame)\s+$")
ACRONYM_QUALIFIER_RE = re.compile(r"[A-Z]{2,8}(?:[’']s)?")


def _spells(acronym: str, name: str) -> bool:
    """An acronym in brackets after ``name`` stands for it: they begin with one letter, or the
    name's initials end the acronym ("Leisure Software Publishers Association (Elspa)", whose
    first word the name left out)."""
    if name[:1].upper() == acronym[0]:
        return True
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return len(initials) >= 3 and acronym.upper().endswith(initials)


def _abbreviates(acronym: str, initials: str) -> bool:
    """The initials spell the acronym's letters in order, from its first ("KF" in "KFOR")."""
    if len(initials) < 2 or initials[0] != acronym[0]:
        return False
    letters = iter(acronym)
    return all(char in letters for char in initials)


# Particles that open a surname when capitalised at its start ("Van Persie", "De Niro", "Le Pen"):
# not "Al" or "Bin", which are given names or open a patronymic.
_SURNAME_PARTICLES = frozenset({"van", "de", "di", "da", "du", "von", "le", "la", "del", "der", "dos", "das"})


def _surname_shaped(word: str) -> bool:
    """A capitalised word of letters that could stand alone as a surname ("Vane", not "A" or "UK")."""
    return len(word) >= 4 and word.isalpha() and word[:1].isupper() and word[1:].islower()


class AliasRules:
    """Short forms and acronyms. Mixed into ``ActorExtractor`` (``extractor.py``), whose ``knowledge``,
    ``lexicon``, ``surnames`` and other rules it uses."""

    def _acronyms(self, state: DocState) -> None:
        words, starts, ends = state.tokens.words, state.tokens.starts, state.tokens.ends
        expansions: dict[str, str] = {}
        for m in ACRONYM_RE.finditer(state.text):
            acronym = m.group(1)
            before = [x for gap in (0, 1, 2) for x in state.mentions_ending_at(m.start() - gap)]
            if not before:
                continue
            owner = state.actors[before[0].actor_id]
            if owner.type != "organization" or not _spells(acronym, owner.name):
                continue
            expansions[acronym] = owner.actor_id
        for m in PARENTHESISED_NAME_RE.finditer(state.text):
            # "ISAF (International Security Assistance Force)": the expansion after an acronym
            # (found from the parenthesis, whose literal "(" the regex engine finds fast).
            before = ACRONYM_BEFORE_RE.search(state.text, max(0, m.start() - 16), m.start())
            if before is None:
                continue
            acronym, expansion = before.group(1), m.group(1)
            initials = "".join(w[0] for w in expansion.split() if w[0].isupper())
            if acronym in expansions or not _abbreviates(acronym, initials):
                continue
            start, end = m.span(1)
            named = [x.actor_id for x in state.mentions_starting_in(start, start + 1)
                     if x.end == end and state.actors[x.actor_id].type == "organization"]
            if named:
                expansions[acronym] = named[0]  # the expansion was found as an organisation already
                continue
            if state.covered(start, end) or state.covered(before.start(1), before.end(1)):
                continue
            org = state.add_discovered(expansion, "organization")
            state.mention(start, end, org)
            state.block(start, end)
            expansions[acronym] = org
        if not expansions:
            return
        # "the Games Publishers Association (Gapa) ... Gapa said": a speaker taken for a person
        # (or for a firm of that one word) before the acronym was read is the organisation.
        taken = {slugify(acronym): org for acronym, org in expansions.items()
                 if (info := state.actors.get(slugify(acronym))) is not None
                 and info.type in ("person", "organization")
                 and info.source == "discovered" and info.name == acronym and slugify(acronym) != org}
        if taken:
            state.remap(taken)
        for k in state.positions(expansions):
            if not state.covered(starts[k], ends[k]):
                state.mention(starts[k], ends[k], expansions[words[k]])

    def _administrations(self, state: DocState) -> None:
        """"the Clinton administration": a surname before administration/presidency names the
        president of that name (the one in office at the sentence's date, else the latest before it)."""
        if not state.has_any(ADMINISTRATION_WORDS):
            return
        words, starts, ends = state.tokens.words, state.tokens.starts, state.tokens.ends
        for k in [k for k in range(len(words) - 1) if words[k + 1] in ADMINISTRATION_WORDS]:
            if words[k + 1] not in ADMINISTRATION_WORDS or \
                    words[k] not in self.surnames or state.covered(starts[k], ends[k]):
                continue
            if words[k + 1] == "White" and (k + 2 >= len(words) or words[k + 2] != "House"):
                continue
            on = state.date_at(starts[k]) or date.max
            presidents = [(r.date_begin or date.min, known) for known in self.surnames[words[k]]
                          for r in self.knowledge.roles_of(known.actor_id)
                          if r.role == "president" and (r.date_begin or date.min) <= on]
            if presidents:
                state.mention(starts[k], ends[k], state.add_known(max(presidents, key=lambda p: p[0])[1]))

    def _short_forms(self, state: DocState, match_at: dict[int, Match], match_end: dict[int, Match]) -> None:
        """A surname alone names the person whose full name the document gives."""
        words, starts, ends = state.tokens.words, state.tokens.starts, state.tokens.ends
        full: dict[str, list[tuple[int, str]]] = {}
        royal_titles = self.knowledge.cues.get("royal_titles", {})
        for mention in state.mentions:
            info = state.actors[mention.actor_id]
            text = state.text[mention.start:mention.end]
            # (a royal the text names by title and one name, "King Hussein", is as fully named)
            if info.type == "person" and mention.layer == "entity" and (
                    " " in text.strip() or info.name.split(" ", 1)[0].lower() in royal_titles):
                full.setdefault(discover.surname_of(info.name), []).append((mention.start, info.actor_id))
        for info in list(state.actors.values()):
            if info.type == "person":
                full.setdefault(discover.surname_of(info.name), []).append((10 ** 12, info.actor_id))
        # Per surname: its full-name mentions in text order and the people they name, so each
        # short form costs a bisection, not a pass over every full-name mention.
        ordered = {surname: sorted(found) for surname, found in full.items()}
        people = {surname: {actor_id for _, actor_id in found} for surname, found in full.items()}
        # "al-Baghdadi" and "O'Neill" are three tokens: a surname with a hyphened particle or an
        # apostrophe is looked up by its last token and must be preceded by the rest.
        joined = {parts[-1]: (surname, len(parts) - 1) for surname in full
                  if ("-" in surname and surname.split("-", 1)[0] in discover.HYPHEN_PARTICLES)
                  or ("'" in surname or "’" in surname)
                  for parts in (TOKEN_RE.findall(surname),)}
        # A pronoun, a letter or a title is never a short form ("I", "We", "President").
        titles = self.knowledge.cues.get("person_titles", {})
        wanted = {w for w in state.vocabulary & (full.keys() | joined.keys())
                  if len(w) > 1 and w not in NOT_SURNAMES and w.lower() not in titles}
        # "her uncle Oscar" is a person, but where the text also writes "Oscars" the word is a
        # thing's name ("two Oscars", "his Oscar"): a person known by that one word alone gets
        # no short forms. A full name's surname keeps them, and so does a plural after "the"
        # ("the Kennedys", "the Smiths and their children": a family).
        wanted = {w for w in wanted if w + "s" not in state.vocabulary or not w[:1].isupper() or
                  any(" " in state.actors[a].name.strip() for a in people.get(w, ())) or
                  all(k and words[k - 1] in ("the", "The") for k in state.positions({w + "s"}))}
        if not wanted:
            return
        for k in state.positions(wanted):
            word, first = words[k], k
            if word in joined and k >= joined[word][1] and \
                    "".join(words[k - joined[word][1]:k + 1]).lower() == joined[word][0].lower() and \
                    starts[k] - ends[k - joined[word][1]] == len(joined[word][0]) - len(word) - len(words[k - joined[word][1]]):
                word, first = joined[word][0], k - joined[word][1]
            elif word not in full:
                continue
            if state.covered(starts[first], ends[k]) or state.is_blocked(starts[first], ends[k]):
                continue
            match = match_at.get(k)
            if match is not None and any(e.kind in ("metonym", "name") for e in match.entries) and (
                    is_place(state, match, match_at, match_end) or self._address(state, match)):
                continue  # "Washington, D.C.", "in Washington": the place, not George Washington
            if match is not None and match.last == k + 1 and any(e.kind == "group" for e in match.entries):
                continue  # "Republicans" is the group, whatever person's name ends in it
            if k + 1 < len(words) and words[k + 1][:1].isupper() and words[k + 1].isalpha() and \
                    starts[k + 1] - ends[k] == 1 and state.text[ends[k]] == " " and words[k + 1] not in ("I",):
                continue  # "the Lincoln Memorial", "the Kennedy Space Center": part of another name
            if first >= 1 and words[first - 1].lower() in _SURNAME_PARTICLES and words[first - 1][:1].isupper() \
                    and starts[first] - ends[first - 1] == 1 and not state.covered(starts[first - 1], ends[first - 1]):
                first -= 1  # "Van Persie is suspended", "De Niro's film": the particle opens the surname
            if len(people[word]) == 1:
                person = next(iter(people[word]))
            else:
                found = ordered[word]
                index = bisect.bisect_left(found, (starts[k], ""))
                person = found[index - 1][1] if index else found[0][1]
            state.mention(starts[first], ends[k], person)

    def _given_name_short_forms(self, state: DocState) -> None:
        """"Jim Hacker ... as Jim climbed the ladder": a given name alone, after the full name
        that opens with it, names that person when only one person of the document has it."""
        cues = self.knowledge.cues
        given_names, org_heads, common = (cues.get(name, {}) for name in ("given_names", "org_heads", "common_words"))
        first_seen: dict[str, tuple[int, set[str]]] = {}
        actors = state.actors
        for mention in state.mentions:
            if mention.layer != "entity" or actors[mention.actor_id].type != "person":
                continue
            written = state.text[mention.start:mention.end].split()
            if len(written) < 2:
                continue
            seen = first_seen.setdefault(written[0], (mention.start, set()))
            first_seen[written[0]] = (min(seen[0], mention.start), seen[1] | {mention.actor_id})
        wanted = {w for w, (_, people) in first_seen.items() if len(people) == 1 and w in given_names}
        if not wanted or not state.has_any(wanted):
            return
        common = self.knowledge.cues.get("common_words", {})
        words, starts, ends = state.tokens.words, state.tokens.starts, state.tokens.ends
        for k in state.positions(wanted):
            word = words[k]
            since, people = first_seen[word]
            if starts[k] <= since or word in common or state.is_sentence_start(k):
                continue  # "Mark my words": at a sentence's start a given name may be another word
            if k + 1 < len(words) and words[k + 1][:1].isupper() and starts[k + 1] - ends[k] == 1:
                continue  # "Jim Smith": another name begins with it
            if k > 0 and words[k - 1][:1].isupper() and words[k - 1].isalpha() and starts[k] - ends[k - 1] == 1 \
                    and not state.is_sentence_start(k - 1):
                continue  # inside a longer capitalised run
            if state.covered(starts[k], ends[k]) or state.is_blocked(starts[k], ends[k]):
                continue
            state.mention(starts[k], ends[k], next(iter(people)))

    def _full_names_of_titled_surnames(self, state: DocState) -> None:
        """"Mr Conlon" makes "Gerry Conlon" a name: a surname the document gives a person alone
        (after a title) is a person's full name where a capitalised word stands before it
        elsewhere, whether or not that word is a given name the knowledge base knows."""
        lone = {info.name.strip(): info.actor_id for info in state.actors.values()
                if info.type == "person" and info.source == "discovered" and " " not in info.name.strip()}
        if not lone:
            return
        common = self.knowledge.cues.get("common_words", {})
        titles = self.knowledge.cues.get("person_titles", {})
        cues = self.knowledge.cues
        given_names, org_heads, common = (cues.get(name, {}) for name in ("given_names", "org_heads", "common_words"))
        words, starts, ends = state.tokens.words, state.tokens.starts, state.tokens.ends
        for k in [k for k in state.positions(lone) if k > 0]:
            g = k - 1
            given = words[g]
            if not (given[:1].isupper() and given[1:].islower() and given.isalpha()) or \
                    starts[k] - ends[g] != 1 or state.text[ends[g]] != " ":
                continue
            if given in common or given.lower() in titles or self.lexicon.lookup(given) or \
                    (g > 0 and words[g - 1][:1].isupper() and words[g - 1].isalpha()):
                continue  # a sentence's first word, a title, a known name, or a longer run
            if state.is_sentence_start(g) and given not in given_names and any(
                    j > 0 and words[j - 1] in given_names and starts[j] - ends[j - 1] == 1
                    for j in state.positions({words[k]})):
                # "Classy Henman makes winning start" above "Tim Henman ...": the surname has a given
                # name elsewhere, so a sentence's (a headline's) first word before it is no name
                continue
            if state.covered(starts[g], ends[k]) or state.is_blocked(starts[g], ends[k]):
                continue
            name = f"{given} {words[k]}"
            state.mention(starts[g], ends[k], state.add_discovered(name, "person",
                                                                  actor_id=discover.person_id(state, name)))

    def _repeated_organisations(self, state: DocState) -> None:
        """"US oil giant Exxon said ... Exxon, the world's largest oil firm": an organisation the
        document discovered is named again by the same words wherever they stand alone."""
        names: dict[str, list[tuple[list[str], str, bool]]] = {}  # first word -> (tokens, actor, a surname alone)
        cues = self.knowledge.cues
        given_names, org_heads, common = (cues.get(name, {}) for name in ("given_names", "org_heads", "common_words"))
        for info in state.actors.values():
            if info.type == "organization" and info.source == "discovered":
                tokens = TOKEN_RE.findall(info.name)
                if tokens and tokens[0][:1].isupper():
                    names.setdefault(tokens[0], []).append((tokens, info.actor_id, False))
                if len(tokens) == 2 and tokens[0] in given_names and _surname_shaped(tokens[1]) and \
                        tokens[1] not in org_heads and tokens[1] not in common and \
                        not state.people_named(tokens[1]) and not courtesy_titled(state, tokens[1]):
                    # "parts maker Robert Vane ... the faulty Vane part": a firm named after its
                    # founder is named by the surname alone (a person of that surname keeps it;
                    # "the Warren Court", "the Marine Corps" end in a head, not a surname).
                    names.setdefault(tokens[1], []).append(([tokens[1]], info.actor_id, True))
        if not names:
            return
        words, starts, ends = state.tokens.words, state.tokens.starts, state.tokens.ends
        n = len(words)
        positions = state.positions(names)
        for k in positions:
            if words[k] not in names:
                continue
            for tokens, actor_id, alone in names[words[k]]:
                last = k + len(tokens)
                if last > n or words[k:last] != tokens or (last < n and words[last][:1].isupper()
                                                            and starts[last] - ends[last - 1] <= 1):
                    continue
                if alone and k and words[k - 1][:1].isupper() and starts[k] - ends[k - 1] <= 1:
                    continue  # the end of another name ("Hieronymus Vane" is not the firm Robert Vane)
                if len(tokens) == 1 and tokens[0].lower() in state.vocabulary and state.is_sentence_start(k):
                    break  # "Independent" opening a sentence of a text that says "independent"
                if not state.covered(starts[k], ends[last - 1]) and not state.is_blocked(starts[k], ends[last - 1]):
                    state.mention(starts[k], ends[last - 1], actor_id)
                break

    def _short_names_of_organisations(self, state: DocState) -> None:
        """"Merrill said" where the text names Merrill Lynch, "Glaxo says" beside GlaxoSmithKline: a
        one-word speaker taken for a person is the one organisation of the document whose name
        opens with it (a word of its own, or the head of a run-together name), unless the text
        gives the word a title ("Chief Justice Warren" beside "the Warren Court") or a given name. (A one-word organisation is left alone: "Sky" beside
        "Sky News" is the broadcaster, not its channel.)"""
        organisations = [info for info in state.actors.values() if info.type == "organization"]
        if not organisations:
            return
        remap = {}
        for info in [i for i in state.actors.values() if i.type == "person" and i.source == "discovered"
                     and not i.role and " " not in i.name and len(i.name) >= 3 and i.name[:1].isupper()]:
            name = info.name
            found = {o.actor_id for o in organisations if o.name.startswith(name + " ") or (
                len(name) >= 4 and " " not in o.name and len(o.name) > len(name) and o.name.startswith(name)
                and o.name[len(name)].isupper())}
            if len(found) == 1 and not courtesy_titled(state, name) and not self._full_name_in_text(state, name):
                remap[info.actor_id] = next(iter(found))
        if remap:
            state.remap(remap)
            state.text_roles = [r for r in state.text_roles if r.actor_id not in remap]

    def _merge_lone_names(self, state: DocState) -> None:
        """"Mr. Dawson" said before "Captain Joe Dawson" is that Dawson, "Mrs Parker Bowles" is
        Camilla Parker Bowles and "Sir Digby" is Sir Digby Jones: a person discovered under a
        shorter name is the one person of the document whose name ends with it (or, for one
        word after "Sir" or "Dame", whose first name it is)."""
        people = [info for info in state.actors.values() if info.type == "person"]
        shorter = [info for info in people if info.source == "discovered"]
        if not shorter:
            return
        by_ending: dict[str, set[str]] = {}
        by_first: dict[str, set[str]] = {}
        for info in people:
            words = info.name.split()
            if len(words) < 2:
                continue
            by_ending.setdefault(discover.surname_of(info.name).lower(), set()).add(info.actor_id)
            for k in range(1, len(words) - 1):
                by_ending.setdefault(" ".join(words[k:]).lower(), set()).add(info.actor_id)
            by_first.setdefault(words[0].lower(), set()).add(info.actor_id)
        remap = {}
        for info in shorter:
            name = " ".join(info.name.split()).lower()
            found = by_ending.get(name, set()) - {info.actor_id}
            if not found and " " not in name and self._after_sir(state, info.actor_id):
                found = by_first.get(name, set()) - {info.actor_id}
            if len(found) == 1:
                remap[info.actor_id] = next(iter(found))
        for actor_id, target in remap.items():
            seen = {actor_id}
            while target in remap and target not in seen:  # "Bowles" -> "Parker Bowles" -> "Camilla ..."
                seen.add(target)
                target = remap[target]
            remap[actor_id] = target
        remap = {a: b for a, b in remap.items() if a != b}
        if remap:
            state.remap(remap)

    @staticmethod
    def _after_sir(state: DocState, actor_id: str) -> bool:
        """Every mention of the actor follows "Sir" or "Dame" (a British knight's first name)."""
        starts = state.mention_starts(actor_id)
        return bool(starts) and all(SIR_BEFORE_RE.search(state.text, max(0, s - 6), s) for s in starts)

    def _merge_unqualified(self, state: DocState) -> None:
        """"Ministry of Foreign Affairs" is the "Russian Ministry of Foreign Affairs" the document
        names; "the Quds Force" is its "IRGC Quds Force" or "Quds Force of the IRGC"."""
        # Each organisation surface "Q N" is indexed under every tail N that follows a space, and
        # "N of (the) Q" under N, so a discovered name is one dictionary probe (not a scan of
        # every surface found).
        qualified: dict[str, list[tuple[str, str]]] = {}
        for mention in state.mentions:
            if state.actors[mention.actor_id].type != "organization":
                continue
            surface = state.text[mention.start:mention.end]
            for k, char in enumerate(surface):
                if char == " ":
                    qualified.setdefault(surface[k + 1:], []).append((surface[:k].strip(), mention.actor_id))
            parent = OF_PARENT_RE.search(surface)
            if parent is not None:
                qualified.setdefault(surface[:parent.start()], []).append((parent.group(1), mention.actor_id))
        if not qualified:
            return
        names = {info.name for info in state.actors.values() if info.type in ("state", "organization")}
        remap = {}
        for actor_id, info in state.actors.items():
            if info.source != "discovered" or info.type != "organization":
                continue
            for qualifier, other in qualified.get(info.name, ()):
                # The qualifier is a parent: a state or organisation of the knowledge base or of
                # this document, or an acronym ("IRGC"), which names an organisation.
                if other != actor_id and qualifier and (
                        ACRONYM_QUALIFIER_RE.fullmatch(qualifier) or qualifier in names
                        or self.lexicon.parents(qualifier)):
                    remap[actor_id] = other
        if remap:
            state.remap(remap)

