"""Rules that read a name from its surroundings: plural titles, quoted labels, "the Alliance".

* "Secretaries Rusk and McNamara", "then-Senators Bob Dole and Tom Daschle": a plural
  title distributes over the coordinated names after it, each a person.
* "the “reverse Kissinger”", "the original “Kissinger”": a person's name alone in a short
  quotation is a label (a strategy, a nickname), not a mention of the person.
* "the Alliance", "the Coalition": capitalised after "the", the alliance the document names
  (an organisation whose name or description carries the word).
* "the Navy", "the Air Force": capitalised after "the", that service of the state the document
  names most ("US Navy" from the knowledge base, else "<Adjective> Navy").
* "Chelsea have sacked ...", "Gartner are forecasting ...": a one-word name the document makes
  the subject of a plural verb is a club or a firm (British usage), never a person.
"""
from __future__ import annotations

import bisect
import re

from .context import DocState, Mention
from .discover import person_id, person_name_tokens, state_reference
from .lexicon import Match
from .speakers import header_speaker

# A short quotation: at most three words between paired quotation marks on one line, not
# ending in punctuation (“Henry Kissinger,” he said: a fragment of speech, not a label). A word
# is taken whole (``++``): splitting it could only add repetitions, never a match, and trying
# every split of the words of each long quotation cost 2 % of the stage on news.
SHORT_QUOTE_RE = re.compile(r"[“\"‘]((?:[^\s“”\"‘’]++\s?){1,3})(?<![,.!?;:])[”\"’]")
ALLIANCE_NOUNS = {"Alliance": "alliance", "Coalition": "coalition", "Pact": "pact", "Entente": "entente"}
COORDINATION = {",", "and", "&"}
SERVICES = {("Navy",): "Navy", ("Army",): "Army", ("Air", "Force"): "Air Force", ("Marine", "Corps"): "Marine Corps",
            ("Coast", "Guard"): "Coast Guard", ("Space", "Force"): "Space Force", ("Marines",): "Marine Corps",
            ("Armed", "Forces"): "Armed Forces"}
SERVICE_WORDS = frozenset(key[0] for key in SERVICES)


def plural_titles(titles: dict[str, str]) -> dict[str, str]:
    """Plural forms of one-word titles ("senators" -> "senator", "secretaries" -> "secretary")."""
    plurals = {}
    for title in titles:
        if " " in title or not title.isalpha():
            continue
        forms = [title + "s"] + ([title[:-1] + "ies"] if title.endswith("y") else [])
        for form in forms:
            for written in (form, form.capitalize(), form.upper()):
                plurals[written] = title
    return plurals


_PLURAL_FORMS: dict[int, tuple[dict[str, str], frozenset[str]]] = {}


def names_after_plural_title(state: DocState, plurals: dict[str, str], match_end: dict[int, Match],
                             surname_person) -> None:
    """Each name coordinated after a plural title is a person with that title."""
    forms = _PLURAL_FORMS.get(id(plurals))
    if forms is None or forms[0] is not plurals:
        forms = _PLURAL_FORMS[id(plurals)] = (plurals, frozenset(plurals))  # a set meets the vocabulary in C
    if not state.has_any(forms[1]):
        return
    words, starts, ends = state.tokens.words, state.tokens.starts, state.tokens.ends
    n = len(words)
    given_names = state.knowledge.cues.get("given_names", {})
    conjunctions = state.knowledge.cues.get("name_conjunctions", {})
    for k in state.positions(forms[1]):
        title = plurals[words[k]]
        if k + 1 >= n or not words[k + 1][:1].isupper() or words[k + 1] in conjunctions:
            continue  # (the film "Kings And Queen": a capitalised conjunction opens no name)
        if not _names_a_list(words, k + 1) and not (
                words[k + 1] in given_names and k + 2 < n and words[k + 2][:1].isupper()):
            # "behind leaders Chelsea", "advisers Goldman Sachs": one name alone after a plural
            # title is a team's or a firm's, unless it is a given name and a surname
            # ("Representatives Steve Scalise -- (applause); ...": a list the punctuation breaks).
            continue
        country = state_reference(state, match_end.get(k))
        j, closed = k + 1, False
        while j < n:
            end = j
            while end < n and words[end][:1].isupper() and (end == j or starts[end] - ends[end - 1] == 1):
                end += 1
            if end == j:
                break
            start_char, end_char = starts[j], ends[end - 1]
            if any(e.kind != "name" or state.knowledge.actors[e.actor_id].type != "person"  # a "block" has no actor
                   for e in state.lexicon.lookup(state.text[start_char:end_char])):
                break  # "Senators Conrad and Gregg, Democrats and ...": a group ends the list
            if not state.covered(start_char, end_char) and not state.is_blocked(start_char, end_char) \
                    and person_name_tokens(words, j, end):
                if end - j == 1:
                    person = surname_person(state, words[j], start_char, title, country)
                else:
                    name = state.text[start_char:end_char]
                    owner = state.knowledge.actors.get(country) if country else None
                    person = state.add_discovered(name, "person", owner.country if owner else None,
                                                  actor_id=person_id(state, name))
                if person is not None:
                    state.mention(start_char, end_char, person)
                    state.block(start_char, end_char)
            j = end
            if closed:
                break  # "Secretaries Rusk and McNamara, ...": the list ends with its last "and"
            if j < n and words[j] == "," and j + 1 < n and words[j + 1] in ("and", "&"):
                j += 1
            if j < n and words[j] in COORDINATION and j + 1 < n and words[j + 1][:1].isupper():
                closed = words[j] != ","
                j += 1
                continue
            break


# A one-word name followed by one of these agrees in the plural: a collective ("Chelsea are").
PLURAL_VERBS = frozenset({"are", "have", "were"})
# ... where the name opens a clause: after a sentence's end, a line break (a headline above it),
# a quotation mark or a word that starts a clause. After anything else it is rarely the subject:
# "the attacks on Mr. Warnke are", "Senator Sullivan and Senator Murkowski are", "did Smith
# have", "if Smith were".
CLAUSE_OPENERS = frozenset({
    ".", "!", "?", ":", ";", "\"", "“", "‘", "'", "(", "that", "but", "while", "when", "because", "after",
    "before", "since", "although", "though", "so", "now", "said", "says", "yet"})
# "Mr. Warnke", "Gen. Smith": a full stop after a short capitalised word ends an abbreviation.
_ABBREVIATION_RE = re.compile(r"[A-Z][A-Za-z]{0,3}")


def collective_subjects(state: DocState) -> None:
    """A discovered one-word "person" the document makes the subject of a plural verb is an
    organisation: in a sports story "Chelsea are top" and "Rangers have bid" name clubs, in a
    business story "Gartner are forecasting" a firm. A person with a full name is never
    touched (his surname in "Williams have" would be part of a list, or a family)."""
    lone = {info.name: info.actor_id for info in state.actors.values()
            if info.type == "person" and info.source == "discovered" and " " not in info.name}
    if not lone:
        return
    words = state.tokens.words
    n = len(words)
    collective = set()
    for k in state.positions(lone):  # one pass over the capitalised tokens
        if k + 1 >= n or words[k + 1] not in PLURAL_VERBS or lone[words[k]] in collective:
            continue
        before = words[k - 1] if k else None
        if before == "." and k >= 2 and _ABBREVIATION_RE.fullmatch(words[k - 2]):
            continue
        if before is None or before.lower() in CLAUSE_OPENERS or \
                "\n" in state.text[state.tokens.ends[k - 1]:state.tokens.starts[k]]:
            collective.add(lone[words[k]])
    for actor_id in collective:
        state.actors[actor_id].type = "organization"
        state.actors[actor_id].role = None
    if collective:
        state.text_roles = [r for r in state.text_roles if r.actor_id not in collective]


def _names_a_list(words: list[str], j: int) -> bool:
    """Whether the capitalised words from token ``j`` are followed by a coordinated name
    ("Secretaries Rusk and McNamara", "Senators Conrad, Gregg and Nickles"): a plural title
    names several people, so one name alone after it is not one of them."""
    n, start = len(words), j
    while j < n and words[j][:1].isupper():
        j += 1
    if j < n and words[j] == "," and j + 1 < n and words[j + 1] in ("and", "&"):
        j += 1
    if not (j + 1 < n and words[j] in COORDINATION and words[j + 1][:1].isupper()):
        return False
    title = start - 1
    if words[j] in ("and", "&") and words[j - 1] != "," and words[title][:1].islower() \
            and "by" not in words[max(0, title - 3):title]:
        # "behind leaders Valmora and Owen is confident": a verb that agrees with one name after
        # the second joins two clauses, not two names ("Senators Rusk and McNamara are"). Not after
        # a title in capitals or an agent's "by": "the effort led by former Presidents Bush and
        # Clinton has" agrees with its head noun.
        k = j + 1
        while k < n and words[k][:1].isupper():
            k += 1
        if k < n and words[k] in SINGULAR_VERBS:
            return False
    return True


# Verbs that agree with one subject only: after "A and B" they make B a clause's own subject.
SINGULAR_VERBS = frozenset({"is", "was", "has", "says", "does", "thinks", "believes", "admits", "insists"})


def short_quotations(text: str) -> list[tuple[int, int]]:
    """Spans of the text inside short quotations (at most three words)."""
    return [m.span(1) for m in SHORT_QUOTE_RE.finditer(text)]


def drop_quoted_people(state: DocState) -> None:
    """A person's name alone in a short quotation with at most lower-case words beside it is a
    label ("reverse Kissinger"), not the person."""
    quotes = short_quotations(state.text)
    if not quotes:
        return
    starts = [a for a, _ in quotes]
    dropped = set()
    kept: list[tuple[Mention, str]] = []
    labels = set()
    for mention in state.mentions:
        if mention.layer != "entity" or state.actors[mention.actor_id].type != "person":
            continue
        k = bisect.bisect_right(starts, mention.start) - 1
        if k < 0 or mention.end > quotes[k][1]:
            continue
        quoted = " ".join(state.text[quotes[k][0]:quotes[k][1]].split()).lower()
        rest = state.text[quotes[k][0]:mention.start] + state.text[mention.end:quotes[k][1]]
        if not any(w[:1].isupper() for w in rest.split()):
            dropped.add(mention)
            labels.add(quoted)
        else:
            kept.append((mention, quoted))
    # A headline writes the label in title case ("the “Reverse Kissinger”"): the same words
    # the text quotes as a label elsewhere are that label.
    dropped.update(mention for mention, quoted in kept if quoted in labels)
    if dropped:
        state.drop(dropped)


def alliance_references(state: DocState) -> None:
    """"the Alliance" (capitalised, after a lower-case or sentence-initial "the", ending the
    phrase) is the one alliance the document names."""
    if not state.has_any(ALLIANCE_NOUNS):
        return
    words, starts, ends = state.tokens.words, state.tokens.starts, state.tokens.ends
    candidates: dict[str, list[str]] = {}
    for k in state.positions(ALLIANCE_NOUNS):
        noun = ALLIANCE_NOUNS[words[k]]
        if k == 0 or words[k - 1] not in ("the", "The"):
            continue
        if k + 1 < len(words) and (words[k + 1][:1].isupper() or words[k + 1] in ("of", "for")) \
                and starts[k + 1] - ends[k] <= 1:
            continue  # "the Alliance of Democracies": part of another name
        if state.covered(starts[k], ends[k]):
            continue
        if noun not in candidates:
            candidates[noun] = _alliances(state, noun)
        if len(candidates[noun]) == 1:
            state.mention(starts[k], ends[k], candidates[noun][0])


def _alliances(state: DocState, noun: str) -> list[str]:
    """Organisations found so far whose names or description carry ``noun``."""
    found = []
    for info in list(state.actors.values()):
        if info.type != "organization":
            continue
        known = state.knowledge.actors.get(info.actor_id)
        texts = [info.name, info.role or ""] + (list(known.aliases) if known is not None else [])
        if any(noun in t.lower() for t in texts):
            found.append(info.actor_id)
    return found


def is_service_name(words: list[str], first: int, last: int) -> bool:
    """Tokens ``[first, last)`` are a service's name alone after "the" ("the Air Force")."""
    return first > 0 and words[first - 1] in ("the", "The") and tuple(words[first:last]) in SERVICES


def armed_services(state: DocState) -> None:
    """"the Navy": the named service of the state the document names most."""
    if not state.has_any(SERVICE_WORDS):
        return
    words, starts, ends = state.tokens.words, state.tokens.starts, state.tokens.ends
    owner = None
    for k in state.positions(SERVICE_WORDS):
        if k == 0 or words[k - 1] not in ("the", "The"):
            continue
        key = next((key for key in SERVICES if tuple(words[k:k + len(key)]) == key), None)
        if key is None:
            continue
        end = k + len(key)
        if end < len(words) and (words[end][:1].isupper() or words[end] == "of") and starts[end] - ends[end - 1] <= 1:
            continue  # "the Army of the Potomac", "the Navy Yard": part of another name
        if state.covered(starts[k], ends[end - 1]):
            continue
        if owner is None:
            owner = _principal_state(state) or ""
        if not owner:
            return
        service = SERVICES[key]
        state.mention(starts[k], ends[end - 1], _service_of(state, owner, service))


def _principal_state(state: DocState) -> str | None:
    """The state of a transcript's speaker ("President: Harry S. Truman"), else the state the
    document names most (on a tie, the one it names first)."""
    speaker = header_speaker(state.text, state.knowledge)
    known = state.knowledge.actors.get(speaker) if speaker else None
    if known is not None and known.country:
        home = state.knowledge.actor_for(known.country)
        if home is not None and state.knowledge.actors[home].type == "state":
            return home
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for m in state.mentions:
        if m.layer == "entity" and state.actors[m.actor_id].type == "state":
            counts[m.actor_id] = counts.get(m.actor_id, 0) + 1
            first[m.actor_id] = min(first.get(m.actor_id, m.start), m.start)
    return max(counts, key=lambda a: (counts[a], -first[a])) if counts else None


def _service_of(state: DocState, owner: str, service: str) -> str:
    """The knowledge base's "US Navy" for the United States, else a discovered "<Adjective> Navy"."""
    known = state.knowledge.actors[owner]
    for name in (known.name, *known.aliases, *known.demonyms):
        for entry in state.lexicon.lookup(f"{name} {service}"):
            actor = state.knowledge.actors.get(entry.actor_id)
            if actor is not None and actor.type == "organization":
                return state.add_known(actor)
    adjective = known.demonyms[0] if known.demonyms else known.name
    return state.add_discovered(f"{adjective} {service}", "organization", known.country)
