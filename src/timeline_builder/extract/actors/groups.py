"""Group actors: demonym-headed collectives, pro-/anti- camps, a person's team.

A state name or demonym before a noun is decided by that head noun (``group_nouns.tsv``):
"Russian experts" and "American analysts" are groups whose id comes from the demonym and the
class of the head noun, so near-synonyms merge ("American analysts" and "American specialists"
are both american-experts). Class ``state`` makes the phrase a mention of the state ("the
American side"); ``military`` makes the demonym one ("U.S. forces"); ``armed-forces`` makes the
phrase the state's armed forces, an organisation of their own ("the Russian army", "the
American military"); ``institution`` an organisation named by the phrase ("the US embassy in
Baghdad"); ``none`` no actor at all ("an old Russian maxim"). Any other noun leaves a bare
demonym a mention of its state ("Russian diplomats", "Soviet nuclear missiles").
"""
from __future__ import annotations

import re

from .context import DocState
from .lexicon import Match

CAMP_NOUNS = ("lobby", "lobbyists", "hawks", "forces", "elements", "camp", "activists", "groups", "circles",
              "coalition", "factions", "hardliners", "hard-liners", "politicians", "circles")
CAMP_RE = re.compile(r"\b(pro|anti|Pro|Anti)-([A-Z][\w]+(?:-[A-Z][\w]+)?)\s*([“\"‘']?)\s*(" + "|".join(CAMP_NOUNS)
                     + r")\b([”\"’']?)")
NO_BEFORE_RE = re.compile(r"\b[Nn]o\s+$")
# Nouns of people for or against something: "opponents of Russia" and "advocates of a hard-line
# anti-Russian stance" belong to the anti-Russian camp the document names.
OPPONENT_NOUNS = {"opponents", "critics", "enemies", "adversaries"}
SUPPORTER_NOUNS = {"supporters", "advocates", "proponents", "friends", "champions"}
ADHERENTS_RE = re.compile(
    r"\b(?P<noun>(?i:" + "|".join(sorted(OPPONENT_NOUNS | SUPPORTER_NOUNS)) + r"))\s+of\s+"
    r"(?:(?:the\s+)?(?P<target>[A-Z][\w]+)\b(?![\w-])"
    r"|(?:an?\s+|the\s+)?(?:[a-z][\w-]*\s+){0,2}(?P<prefix>pro|anti)-(?P<stance>[A-Z][\w]+)\s+"
    r"(?:stance|line|policy|policies|course|position|positions|agenda|views|sentiment))")
IDEOLOGY = {"liberal", "conservative", "progressive", "right-wing", "left-wing", "neoconservative", "hawkish"}


def add_group_mention(state: DocState, start: int, end: int, group_id: str) -> None:
    """Record a group mention; its span leaves out a name of another actor nested at its start
    ("Trump team" -> "team" beside the mention "Trump"), so no character names two actors of
    the same standing."""
    inner_ends = [m.end for m in state.mentions_starting_in(start, end) if m.end < end]
    if inner_ends:
        full = state.text[start:end]
        start = max(inner_ends)
        while start < end and not state.text[start].isalnum() and state.text[start] not in "“\"‘":
            start += 1
        if state.text.startswith("s ", start) and state.text[start - 1] in "’'":
            start += 2
        state.full_names[(start, end)] = full
    state.mention(start, end, group_id, layer="group")


def demonym_adjective(state: DocState, state_id: str) -> tuple[str, str | None]:
    """The adjective naming a state's people ("American") and its plural ("Americans")."""
    known = state.knowledge.actors[state_id]
    adjective = known.demonyms[0] if known.demonyms else known.name
    plural = next((d for d in known.demonyms if d in (adjective + "s", adjective + "es")), None)
    if plural is None:
        # "Britons" beside "British": a plural noun of the people that is not the adjective + s.
        plural = next((d for d in known.demonyms[1:] if d.endswith("s") and not adjective.endswith("s")
                       and d[:3] == adjective[:3]), None)
    return adjective, plural


ORGANISATION_CLASSES = ("armed-forces", "institution")
# Head nouns that are also adjectives: "the American military" but "American military aid".
ADJECTIVE_NOUNS = {"military", "public"}
# Words that may follow a head noun ("the Russian army has", "the US embassy in Baghdad");
# another lower-case word after "military" makes it an adjective ("military assistance").
PHRASE_FOLLOWERS = {"is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "should",
                    "may", "might", "must", "did", "does", "do", "and", "or", "of", "in", "on", "at", "to", "for",
                    "from", "with", "by", "that", "which", "who", "as", "than", "but", "not", "also", "still",
                    "then", "itself", "there", "here", "now", "today", "said", "says", "told", "announced",
                    "warned", "denied", "confirmed", "insisted", "added", "argued", "claimed", "stated"}



def group_noun_at(state: DocState, k: int) -> tuple[str, int] | None:
    """(class, end token) of the longest group noun starting at token ``k``. Capitalised forms
    count only for organisations ("the Russian Army", "United States Armed Forces")."""
    words = state.tokens.words
    if k >= len(words) or words[k].lower() not in _first_words(state.knowledge.group_nouns):
        return None
    nouns = state.knowledge.group_nouns
    for length in (3, 2, 1):
        if k + length > len(words):
            continue
        phrase = " ".join(words[k:k + length]).replace(" - ", "-")
        if phrase[:1].islower() and phrase in nouns:
            found = nouns[phrase], k + length
        elif phrase[:1].isupper() and nouns.get(phrase.lower()) in ORGANISATION_CLASSES:
            found = nouns[phrase.lower()], k + length
        else:
            continue
        end = k + length
        if end < len(words) and words[end] in "-–" and state.tokens.starts[end] == state.tokens.ends[end - 1]:
            return None  # "military-technical cooperation": the noun is part of a compound modifier
        after = words[end] if end < len(words) else ""
        if (found[0] in ORGANISATION_CLASSES or words[end - 1] in ADJECTIVE_NOUNS) and after.isalpha():
            if phrase[:1].isupper() and after[:1].isupper() and state.tokens.starts[end] - state.tokens.ends[end - 1] == 1:
                return None  # "the Swiss Army Knife": part of a longer name
            if phrase[:1].islower() and after.islower() and after not in PHRASE_FOLLOWERS and not after.endswith("ed"):
                return None  # "American military assistance", "a Swiss army knife": a modifier
        return found
    return None


_FIRST_WORDS: dict[int, tuple[dict, frozenset[str]]] = {}


def _first_words(nouns: dict[str, str]) -> frozenset[str]:
    """The first words of the group nouns ("armed" of "armed forces"), to reject most tokens at once."""
    cached = _FIRST_WORDS.get(id(nouns))
    if cached is None or cached[0] is not nouns:
        from .lexicon import TOKEN_RE

        cached = _FIRST_WORDS[id(nouns)] = (nouns, frozenset(TOKEN_RE.findall(n)[0] for n in nouns if n.strip()))
    return cached[1]


def organisation_phrase(state: DocState, match: Match, state_id: str) -> bool:
    """"the Russian army", "the US embassy in Baghdad": a state name or demonym before a noun of
    class ``armed-forces`` or ``institution`` names an organisation of that state; the whole
    phrase is its one mention. The armed forces get one id per state, whatever the noun."""
    words, starts, ends = state.tokens.words, state.tokens.starts, state.tokens.ends
    found = group_noun_at(state, match.last)
    known = state.knowledge.actors.get(state_id)
    if found is None or found[0] not in ORGANISATION_CLASSES or known is None or known.type != "state":
        return False
    kind, end = found
    adjective, _ = demonym_adjective(state, state_id)
    known_forces = state.lexicon.armed_forces.get(state_id) if kind == "armed-forces" else None
    if kind == "armed-forces":
        name = f"{adjective} armed forces"
    else:
        name = f"{adjective} {' '.join(words[match.last:end]).lower()}"
        # "the US embassy in Baghdad": a place after "in" belongs to the institution's name.
        place = end + 2 if end + 2 < len(words) and words[end + 1] == "the" else end + 1
        if place < len(words) and words[end] == "in" and words[place][:1].isupper():
            while place + 1 < len(words) and words[place + 1][:1].isupper() and starts[place + 1] - ends[place] == 1:
                place += 1
            name += " in " + state.text[starts[end + 1]:ends[place]]
            end = place + 1
    start_char, end_char = starts[match.first], ends[end - 1]
    if state.covered(start_char, end_char):
        return False
    if known_forces is not None:
        actor_id = state.add_known(state.knowledge.actors[known_forces])
    else:
        actor_id = state.add_discovered(name, "organization", known.country)
    state.mention(start_char, end_char, actor_id)
    state.block(start_char, end_char)
    return True


def modifier_group(state: DocState, match: Match, state_id: str, is_demonym: bool,
                   next_match: dict[int, Match]) -> bool:
    """Apply the demonym/state-name + group-noun rule at ``match``; True when it made a mention."""
    words, starts, ends = state.tokens.words, state.tokens.starts, state.tokens.ends
    if match.first >= 2 and words[match.first - 1] == "-" and words[match.first - 2].lower() in ("pro", "anti"):
        return False
    k = match.last
    members = [state_id]
    # "Russian and American experts": both groups share the span.
    if k + 1 < len(words) and words[k] == "and" and (k + 1) in next_match:
        other = next_match[k + 1]
        other_state = _state_of(state, other)
        if other_state and any(e.kind == "demonym" for e in other.entries):
            members.append(other_state)
            k = other.last
    # "Ukrainian-Baltic lobby": a second, hyphen-joined modifier.
    compound = k + 1 < len(words) and words[k] == "-" and words[k + 1][:1].isupper() and starts[k] == ends[k - 1]
    found = group_noun_at(state, k + 2 if compound else k)
    if found is None:
        # "the American political space", "Russian classical music": adjectives between the
        # demonym and a head noun that names no actor leave the phrase no actor.
        return not compound and _adjectives_before_no_actor(state, k)
    kind, end = found
    if kind == "none":
        return True  # "an old Russian maxim": no actor
    if kind in ORGANISATION_CLASSES:
        return False
    if compound:
        if kind in ("state", "military"):
            return False
        name = state.text[starts[match.first]:ends[end - 1]]
        add_group_mention(state, starts[match.first], ends[end - 1], state.add_discovered(name, "group"))
        return True
    start_char, end_char = starts[match.first], ends[end - 1]
    if kind == "state":
        if is_demonym and len(members) == 1 and state.knowledge.actors[state_id].type == "state":
            state.mention(start_char, end_char, state.add_known(state.knowledge.actors[state_id]))
            return True
        return False
    if kind == "military":
        if is_demonym and state.knowledge.actors[state_id].type == "state":
            state.mention(start_char, ends[match.last - 1], state.add_known(state.knowledge.actors[state_id]))
            return True
        return False
    for member in members:
        known = state.knowledge.actors[member]
        adjective, plural = demonym_adjective(state, member)
        if kind == "public" and plural:
            name = plural
        else:
            name = f"{adjective} {kind.replace('-', ' ')}"
        group_id = state.add_discovered(name, "group", known.country if known.type == "state" else None)
        add_group_mention(state, start_char, end_char, group_id)
    return True


# Endings of lower-case adjectives that may stand between a demonym and its head noun.
ADJECTIVE_ENDINGS = ("al", "ic", "ar", "ary", "ive", "ous", "ern")


def _adjectives_before_no_actor(state: DocState, k: int) -> bool:
    """One or two adjectives from token ``k`` ("political", "classical", "popular") and then a
    head noun of class ``none`` ("space", "life", "music")."""
    words, starts, ends = state.tokens.words, state.tokens.starts, state.tokens.ends
    for length in (1, 2):
        j = k + length - 1
        if j >= len(words) or not (words[j].isalpha() and words[j].islower() and words[j].endswith(ADJECTIVE_ENDINGS)) \
                or starts[j] - ends[j - 1] != 1 or words[j] in PHRASE_FOLLOWERS:
            return False
        found = group_noun_at(state, j + 1)
        if found is not None:
            return found[0] == "none" and starts[j + 1] - ends[j] == 1
    return False


def plural_demonym_group(state: DocState, match: Match, state_id: str) -> bool:
    """"Americans" on its own: the people of a state."""
    word = state.tokens.words[match.first]
    _, plural = demonym_adjective(state, state_id)
    if plural is None or word != plural:
        return False
    known = state.knowledge.actors[state_id]
    group_id = state.add_discovered(plural, "group", known.country)
    state.mention(state.tokens.starts[match.first], state.tokens.ends[match.last - 1], group_id, layer="group")
    return True


def ideology_groups(state: DocState) -> None:
    """"liberal think tanks", "Western observers": an ideology or bloc adjective + a group noun."""
    if not state.has_any(IDEOLOGY):
        return
    words, starts, ends = state.tokens.words, state.tokens.starts, state.tokens.ends
    for k in state.positions(IDEOLOGY):
        word = words[k]
        found = group_noun_at(state, k + 1)
        if found is None or found[0] in ("state", "public", "military", "none") or found[0] in ORGANISATION_CLASSES:
            continue
        _, end = found
        name = f"{word} {' '.join(words[k + 1:end])}"
        if not state.covered(starts[k], ends[end - 1], layer="group"):
            group_id = state.add_discovered(name, "group")
            state.mention(starts[k], ends[end - 1], group_id, layer="group")


def camp_groups(state: DocState) -> None:
    """"anti-Iran hawks", "pro-Israel lobby", "anti-Trump elements"; and "opponents of Iran",
    "advocates of a hard-line anti-Iran stance" when the document names that camp."""
    if not state.has_any(("pro", "anti", "Pro", "Anti")):
        return
    camps: dict[tuple[str, frozenset[str]], str] = {}
    for match in CAMP_RE.finditer(state.text):
        prefix, target, _, noun, _ = match.groups()
        name = f"{prefix.lower()}-{target} {noun}"
        if NO_BEFORE_RE.search(state.text, max(0, match.start() - 4), match.start()):
            continue  # "there are no pro-Russian forces": a phrase with "no" names nobody
        if not state.covered(match.start(), match.end(), layer="group"):
            group_id = state.add_discovered(name, "group")
            add_group_mention(state, match.start(), match.end(), group_id)
            camps.setdefault((prefix.lower(), _camp_target(state, target)), group_id)
    if not camps:
        return
    for match in ADHERENTS_RE.finditer(state.text):
        noun, target = match.group("noun").lower(), match.group("target") or match.group("stance")
        prefix = match.group("prefix")
        side = prefix.lower() if prefix else ("anti" if noun in OPPONENT_NOUNS else "pro")
        group_id = camps.get((side, _camp_target(state, target)))
        if group_id is not None and not state.covered(match.start(), match.end(), layer="group"):
            add_group_mention(state, match.start(), match.end(), group_id)


def _camp_target(state: DocState, target: str) -> frozenset[str]:
    """The actors a camp's target names ("Russian" and "Russia" are both Russia), else the word."""
    found = frozenset(e.actor_id for e in state.lexicon.lookup(target))
    return found or frozenset({target.lower()})


def team_groups(state: DocState) -> None:
    """"Trump team", "Trump supporters": a person's name followed by a collective noun."""
    words, starts, ends = state.tokens.words, state.tokens.starts, state.tokens.ends
    person_mentions = [m for m in state.mentions if m.layer == "entity" and state.actors[m.actor_id].type == "person"]
    team_nouns = state.knowledge.cues.get("team_nouns", {})
    for mention in person_mentions:
        k = state.tokens.index_at(mention.end)
        if k < len(words) and words[k] in "’'" and k + 1 < len(words) and words[k + 1] == "s":
            k += 2
        if k < len(words) and words[k] in team_nouns and starts[k] - mention.end <= 3:
            surname = state.text[mention.start:mention.end].split()[-1]
            group_id = state.add_discovered(f"{surname} {words[k]}", "group",
                                            state.actors[mention.actor_id].country)
            add_group_mention(state, mention.start, ends[k], group_id)


def _state_of(state: DocState, match: Match) -> str | None:
    for entry in match.entries:
        known = state.knowledge.actors.get(entry.actor_id)
        if known is not None and known.type == "state":
            return known.actor_id
        if known is not None and known.type == "group" and entry.kind == "demonym":
            return known.actor_id
    return None



def movement_groups(state: DocState) -> None:
    """"the Labour movement", "the Solidarity movement": an organisation's name before
    "movement" names the wider movement, an informal group, not the organisation itself."""
    if not state.has_any(("movement",)):
        return
    starts, ends = state.tokens.starts, state.tokens.ends
    replaced = set()
    for k in [k for k in state.positions(("movement",)) if k > 0]:
        for mention in state.mentions_ending_at(ends[k - 1]):
            if mention.layer != "entity" or state.actors[mention.actor_id].type != "organization" \
                    or starts[k] - mention.end != 1 or state.text[mention.end] != " ":
                continue
            replaced.add(mention)
            name = f"{state.text[mention.start:mention.end]} movement"
            state.mention(mention.start, ends[k], state.add_discovered(name, "group",
                                                                      state.actors[mention.actor_id].country))
            break
    if replaced:
        state.drop(replaced)
