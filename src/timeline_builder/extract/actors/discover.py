"""Discovery beyond the knowledge base: capitalised runs read as organisations, events or people.

A *run* is a maximal sequence of capitalised tokens on one line, joined by hyphens,
abbreviation periods ("Univ.", "I.N.") and short connectors ("of", "for", "on the",
"and" before a capital). A run ending in an organisation head ("... Institute", "Ministry
of ...") is an organisation; one ending in an event head ("... Act", "... Crisis") is an
event, whose inner names are not actor mentions; otherwise titles, given names,
appositions and citation shapes make it a person.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ...records import slugify
from .context import DocState, surname_of
from .lexicon import Match

# Organisation heads that, after one name, are a term of office ("the Trump Administration",
# but "the Energy Information Administration" and "the China Earthquake Administration").
TERM_HEADS = {"Administration"}
CONNECTORS = {"of", "for", "on", "the", "and", "&", "in", "to", "de", "da", "del", "der", "von", "van", "bin",
              "al", "la", "le", "du"}
HYPHEN_PARTICLES = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "bin", "ibn", "abu", "bint"}
# Capitals joined to a surname by an apostrophe ("O'Neill", "D'Souza", "d'Estaing").
APOSTROPHE_PREFIXES = {"O", "D", "d", "L"}
NAME_PARTICLES = {"de", "da", "del", "der", "von", "van", "bin", "al", "la", "le", "du"}
HEAD_FOLLOWERS = {"of", "for", "on", "in", "to"}
ABBREVIATIONS = {"Univ", "St", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep",
                 "Gov", "Lt", "Col", "Adm", "Capt", "Prof", "Rev"}
ROLE_MODIFIERS = {"former", "new", "then", "current", "acting", "late", "deputy", "special", "senior", "chief", "top",
                  "ex", "-", "first", "second", "newly", "appointed", "outgoing", "incoming", "longtime", "veteran",
                  "prominent", "leading", "influential", "renowned", "recently", "deceased", "the"}
APPOSITION_STOP = {",", ".", "–", "—", ";", ":", "(", ")", "who", "which", "that", "whose", "and", "is", "was", "has",
                   "had", "will", "said", "says"}
QUOTES = {"“", "\"", "«", "‘"}
_SUBJECT_PRONOUNS = frozenset({"I", "we", "We", "he", "He", "she", "She", "they", "They", "you", "You", "it", "It"})
MODALS = {"will", "would", "shall", "should", "can", "could", "may", "might", "must"}
# Courtesy titles: the word after one is a surname, even where it heads organisations' names
# ("Mrs Court", "Dr Bank").
COURTESY_TITLES = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Mx"}
# Russian case endings of transliterated surnames in citations ("A.F. Dobrynina").
INFLECTIONS = ("ogo", "omu", "ym", "om", "oy", "a", "u", "e", "y")


CALENDAR_NAMES = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
                  "February", "March", "April", "May", "June", "July", "August", "September", "October",
                  "November", "December"}


def _names_place(state: DocState, k: int) -> bool:
    """A capital starts at token ``k`` ("a fund in New Delhi"; but a state's name may end an
    organisation's: "the EU Training Mission in Mali")."""
    words = state.tokens.words
    for length in (3, 2, 1):
        entries = state.lexicon.lookup(" ".join(words[k:k + length]))
        if entries:
            return any(e.kind == "metonym" and state.knowledge.actors[e.actor_id].type == "state" for e in entries)
    return False


class Run(NamedTuple):
    """Capitalised tokens ``[first, last)`` (a named tuple, quick to build: one per run)."""

    first: int
    last: int  # exclusive


_ARTICLES = frozenset({"The", "A", "An"})


def is_cap(word: str) -> bool:
    return word[:1].isupper()


def find_runs(state: DocState) -> list[Run]:
    """Maximal capitalised runs, with sentence-initial function words dropped from their start."""
    tokens = state.tokens
    words, starts, ends, text = tokens.words, tokens.starts, tokens.ends, state.text
    common = state.knowledge.cues.get("common_words", {})
    org_heads = state.knowledge.cues.get("org_heads", {})
    n = len(words)

    capitalised = state.capitalised
    caps = state.capital_mask

    def adjacent(a: int, b: int) -> bool:
        gap = starts[b] - ends[a]
        return gap == 0 or (gap == 1 and text[ends[a]] in " \xa0")

    def hyphened(k: int) -> bool:
        """"al-Baghdadi": a lower-case particle hyphened to a capitalised name."""
        return (words[k] in HYPHEN_PARTICLES and k + 2 < n and words[k + 1] == "-" and caps[k + 2]
                and starts[k + 1] == ends[k] and starts[k + 2] == ends[k + 1])

    runs = []
    following = 0  # the first token after the last run
    # A particle counts only where the text writes it before a hyphen ("al-"): "at", "as" and
    # "an" are common words, and looking at each of them would cost a pass over every token.
    particles = {p for p in state.vocabulary & HYPHEN_PARTICLES if p + "-" in text}
    for i in state.positions(particles | capitalised) if particles else state.capital_positions:
        if i < following or not (caps[i] or hyphened(i)):
            continue
        if words[i] in common and (words[i] in _ARTICLES or state.is_sentence_start(i)):
            continue
        j, last = i + 1, i + 1
        while j < n and adjacent(j - 1, j):
            word = words[j]
            if caps[j]:
                j += 1
                last = j
                continue
            if word == "." and starts[j] == ends[j - 1] and (
                    (len(words[j - 1]) == 1 and words[j - 1].isupper()) or words[j - 1] in ABBREVIATIONS):
                j += 1
                last = j
                # "Colby E. The Strategy": an initial ends the name when a function word follows.
                if j < n and words[j] in common:
                    break
                continue
            if word in "-–" and j + 1 < n and caps[j + 1] and starts[j] == ends[j - 1] and starts[j + 1] == ends[j]:
                j += 1
                continue
            if word in "’'" and j + 2 < n and words[j + 1] == "s" and caps[j + 2] and adjacent(j + 1, j + 2):
                j += 2
                continue
            if word in "’'" and words[j - 1].endswith("s") and starts[j] == ends[j - 1] and j + 1 < n and \
                    words[j + 1] in org_heads and adjacent(j, j + 1) and (j + 2 >= n or not caps[j + 2]) and \
                    not any(w in org_heads for w in words[i:j]):
                # "the General Workers' Union": a plural possessive before the organisation's head. An
                # owner that is an organisation itself ("the Academy of Sciences' Institute") is not.
                j += 1
                continue
            if word in "’'" and words[j - 1] in APOSTROPHE_PREFIXES and j + 1 < n and caps[j + 1] and \
                    starts[j] == ends[j - 1] and starts[j + 1] == ends[j]:
                j += 1  # "O'Carroll", "D'Alema": one surname across the apostrophe
                continue
            if hyphened(j):
                j += 2
                continue
            if word in CONNECTORS:
                k = j
                while k < n and words[k] in CONNECTORS and k - j < 2 and adjacent(k - 1, k):
                    k += 1
                # "and" joins only inside a name built with of/for/on ("Institute for US and
                # Canadian Studies"), never two names ("Moscow and Washington"); "&" joins a
                # firm's names ("Ernst & Young").
                joins = word != "and" or (k == j + 1 and any(w in ("of", "for", "on") for w in words[i:j]))
                if k < n and (words[k] in CALENDAR_NAMES or (word == "in" and _names_place(state, k))):
                    break  # "the Scottish Parliament on Wednesday", "a fund in New Delhi": no part of the name
                if k < n and caps[k] and adjacent(k - 1, k) and joins:
                    j = k
                    continue
            break
        runs.append(Run(i, last))
        following = max(last, i + 1)
    return runs


def _possessive_before(state: DocState, first: int, head: int) -> int:
    """Index just after the last "'s" between first and head, else first."""
    words = state.tokens.words
    start = first
    for k in range(first, head):
        if words[k] in "’'" and k + 1 < head and words[k + 1] == "s":
            start = k + 2
    return start


def classify_run(state: DocState, run: Run) -> tuple[str, int, int] | None:
    """('org'|'event', first, last) where the run names an organisation or an event."""
    words = state.tokens.words
    org_heads = state.knowledge.cues.get("org_heads", {})
    event_heads = state.knowledge.cues.get("event_heads", {})
    if words[run.first] == "Operation" and run.last - run.first > 1:
        return "event", run.first, run.last
    numbered = _numbered_head(words, run, event_heads)
    for k in range(run.last - 1, run.first - 1, -1):
        at_end = k == run.last - 1 or k == numbered
        followed = not at_end and words[k + 1] in HEAD_FOLLOWERS
        if not (at_end or followed):
            continue
        if words[k] in event_heads and run.last - run.first > 1:
            given = state.knowledge.cues.get("given_names", {})
            joint = next((j for j in range(k - 1, run.first, -1) if words[j] in ("for", "in", "to")), None)
            if at_end and joint is not None and words[run.first] in given:
                # "Daniela Roe for the World Cup doubles": a person's name before "for" is no part of the event's
                return "event", joint + 1, run.last
            return "event", run.first, run.last
        if words[k] in org_heads or (words[k] == "." and words[k - 1] + "." in org_heads):
            if k > run.first and (words[k - 1] in COURTESY_TITLES or (
                    words[k - 1] == "." and k - 1 > run.first and words[k - 2] in COURTESY_TITLES)):
                continue  # "Mrs Court said": a surname after a courtesy title
            first = owned = _possessive_before(state, run.first, k)
            # "Officials of the Ministry of ...": words joined to the head by a connector are not its name.
            for j in range(k - 1, first - 1, -1):
                if words[j] in CONNECTORS:
                    first = j + 1
                    break
            # "Center for Arctic Policy Research", "Ministry of Natural Resources": a head before
            # the connector that the connector follows names the whole run.
            outer = next((j for j in range(owned, first - 1) if words[j] in org_heads
                          and words[j + 1] in HEAD_FOLLOWERS), None)
            joined = outer is not None and any(
                words[j] in ("and", "&") and any(words[i] in org_heads and words[i + 1] in HEAD_FOLLOWERS
                                                 for i in range(j + 1, run.last - 1))
                for j in range(outer + 1, k))
            if outer is not None and not joined:  # (two names joined by "and" stay two)
                first = owned
                for j in range(outer - 1, owned - 1, -1):
                    if words[j] in CONNECTORS:  # "Secretary of the Department of ...": from its head
                        first = j + 1
                        break
            if words[k] in TERM_HEADS and k - first == 1 and not _names_a_state(state, words[first]):
                return None  # "the Trump Administration": a term of office, not an organisation's name
            if run.last - first >= 2 and not (words[k] == "." and first == k - 1):
                return "org", first, run.last
    return None


_ROMAN = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})")


def _numbered_head(words: list[str], run: Run, event_heads: dict) -> int:
    """The event head before a Roman numeral that ends the run ("World War I.", "the Vatican
    Council II"): it ends the name as if it came last. -1 where the run ends in no numeral after
    an event head, or joins names with a connector ("the Board in World War II": the numeral
    belongs to the inner name, the run's own head decides)."""
    last = run.last - 1
    if words[last] == "." and last > run.first:
        last -= 1
    numeral = words[last]
    if last - 1 < run.first or not numeral or not _ROMAN.fullmatch(numeral) or words[last - 1] not in event_heads:
        return -1
    if any(word in CONNECTORS for word in words[run.first:last]):
        return -1
    return last - 1


def _names_a_state(state: DocState, word: str) -> bool:
    return any((known := state.knowledge.actors.get(e.actor_id)) is not None and known.type == "state"
               for e in state.lexicon.lookup(word))


_EDGES: dict[int, tuple[dict, tuple[dict, dict]]] = {}


def title_edges(titles: dict[str, str]) -> tuple[dict[str, tuple[int, ...]], dict[str, tuple[int, ...]]]:
    """The person titles' lengths in tokens by first and by last token (lower-case), longest
    first: most tokens start or end no title, and a token that does tries only its lengths."""
    cached = _EDGES.get(id(titles))
    if cached is None or cached[0] is not titles:
        from .lexicon import TOKEN_RE

        firsts: dict[str, set[int]] = {}
        lasts: dict[str, set[int]] = {}
        for title in titles:
            tokens = TOKEN_RE.findall(title)
            if 0 < len(tokens) <= 4:  # longer titles are never tried
                firsts.setdefault(tokens[0], set()).add(len(tokens))
                lasts.setdefault(tokens[-1], set()).add(len(tokens))
                if len(tokens) == 2 and tokens[1] == ".":
                    firsts[tokens[0]].add(1)  # "Sen" before a separate "." (see title_at)
        cached = _EDGES[id(titles)] = (titles, (
            {t: tuple(sorted(ls, reverse=True)) for t, ls in firsts.items()},
            {t: tuple(sorted(ls, reverse=True)) for t, ls in lasts.items()}))
    return cached[1]


def title_at(state: DocState, first: int, last: int, *, backwards: bool = False) -> tuple[int, int] | None:
    """The longest person title starting at ``first`` (or ending at ``last`` when backwards)."""
    titles = state.knowledge.cues.get("person_titles", {})
    words = state.tokens.words
    edges = title_edges(titles)
    probe = last - 1 if backwards else first
    if not 0 <= probe < len(words):
        return None
    word = words[probe].lower()
    lengths = edges[1 if backwards else 0].get(word)
    if lengths is None:
        return None
    for length in lengths:
        a, b = (last - length, last) if backwards else (first, first + length)
        if a < 0 or b > len(words) or (not backwards and b > last):
            continue
        phrase = " ".join(words[a:b]).lower().replace(" .", ".").replace(" - ", "-")
        if phrase in titles:
            if _capitals_abbreviation(words, a, b):
                continue
            return a, b
        if length == 1 and b < len(words) and words[b] == "." and phrase + "." in titles:
            if _capitals_abbreviation(words, a, b + 1):
                continue
            return a, b + 1
    return None


def _capitals_abbreviation(words: list[str], a: int, b: int) -> bool:
    """"MS." in capitals (Microsoft, multiple sclerosis, Mississippi) is an acronym, not the
    title "Ms.": an abbreviated title spelled in capitals is a title only in capitals text,
    where the next word is in capitals too ("MR. SMITH", a transcript's "MR. McGEE")."""
    if b - a != 2 or words[b - 1] != "." or len(words[a]) < 2 or not words[a].isupper():
        return False
    return not (b < len(words) and sum(map(str.isupper, words[b])) >= 2)


def state_reference(state: DocState, match: Match | None) -> str | None:
    """The state a lexicon match names (as name, demonym or metonym), if any."""
    if match is None:
        return None
    for entry in match.entries:
        known = state.knowledge.actors.get(entry.actor_id)
        if known is not None and known.type == "state" and entry.kind in ("name", "demonym", "metonym"):
            return known.actor_id
    return None


def role_before(state: DocState, first: int, match_end: dict[int, Match]) -> tuple[int, str | None] | None:
    """A lower-case or capitalised title just before token ``first``: (start token, state id)."""
    words = state.tokens.words
    found = title_at(state, 0, first, backwards=True)
    if found is None:
        return None
    start, _ = found
    starts, ends = state.tokens.starts, state.tokens.ends
    if "\n" in state.text[ends[first - 1]:starts[first]]:
        return None  # "..., says minister" ending a headline is no title of the next line's first word
    if start > 0 and words[start - 1] in MODALS and words[start].islower():
        return None  # "he will captain Wales", "she would head Acme": a verb, no title
    country = None
    k = start
    while k > 0 and first - k < 9:
        previous = words[k - 1]
        match = match_end.get(k)
        if match is not None and state_reference(state, match):
            country = country or state_reference(state, match)
            k = match.first
            continue
        if previous.lower() in ROLE_MODIFIERS or previous.isupper() and len(previous) <= 5:
            k -= 1
            continue
        break
    while k < start and words[k].lower() in {"the", "-"}:
        k += 1
    return k, country


def apposition_after(state: DocState, last: int) -> tuple[int, int] | None:
    """", (the) former NSC chief of staff" after a name: the token span of the role phrase."""
    words = state.tokens.words
    n = len(words)
    if last >= n or words[last] != ",":
        return None
    k = last + 1
    if k < n and words[k] in _SUBJECT_PRONOUNS:
        return None  # "in New Orleans, I warned Colonel ...": a clause's subject, no apposition
    if k < n and words[k].islower() and words[k].endswith("ing"):
        return None  # "won for The Aviator, beating the film's designer": a participle's clause
    begin = k
    stop = min(n, k + 12)
    end = k
    while end < stop and words[end] not in APPOSITION_STOP:
        end += 1
    for a in range(begin, end):
        t = title_at(state, a, end)
        if t is not None and t[1] < end and (is_cap(words[t[1]]) or words[t[1]] in ("named", "called")):
            k = t[1]
            while k < end and is_cap(words[k]):
                k += 1
            if not (k + 1 < n and words[k] in ("'", "’") and words[k + 1] == "s"):
                continue  # ", a view shared by presenter Jane Roe": the title is another name's
            # ", Mr Roe's former deputy": a relation to the other name describes this one
        if t is not None or title_at(state, 0, a + 1, backwards=True) is not None:
            if words[begin].lower() in ("the", "a", "an"):
                begin += 1
            return begin, end
    return None


def is_citation_author(state: DocState, run: Run) -> bool:
    """"Shizuka Kuramitsu. “Title”": a name followed by a period and an opening quote. A quote
    right after the period closes a quotation ('we are in Upper Vellin." He left'), and a straight
    quote opens one only before a word it touches ('Kuramitsu. "Title"')."""
    words, starts, ends = state.tokens.words, state.tokens.starts, state.tokens.ends
    last = run.last
    if not (last + 1 < len(words) and words[last] == "." and words[last + 1] in QUOTES):
        return False
    if starts[last + 1] == ends[last]:
        return False
    if words[last + 1] == '"' and not (last + 2 < len(words) and starts[last + 2] == ends[last + 1]):
        return False
    return _opens_an_entry(state, run.first)


def _opens_an_entry(state: DocState, first: int) -> bool:
    """Only authors' names stand between the entry's start (a sentence's or line's) and token
    ``first``: capitalised words, initials, commas, "and", "&" ("Ann Ross and Ben Ash. “Title”");
    not a sentence's words ("You took Christmas and New Year. "It was ...": a quotation follows)."""
    words = state.tokens.words
    k = first
    while k > 0 and not state.is_sentence_start(k):
        k -= 1
        word = words[k]
        if not (word[:1].isupper() or word in (",", ".", "and", "&", "-", "’", "'") or word.isdigit()):
            return False
    return True


def person_name_tokens(words: list[str], first: int, last: int) -> bool:
    """Tokens look like a personal name: 2-4 capitalised words, particles, hyphens or initials."""
    names = [w for w in words[first:last] if is_cap(w)]
    if not 1 <= len(names) <= 4:
        return False
    return all(is_cap(w) or w in NAME_PARTICLES or w in HYPHEN_PARTICLES or w in {"-", ".", "’", "'"}
               for w in words[first:last])


def person_id(state: DocState, name: str) -> str:
    """Reuse the id of a person already found whose name this one extends or abbreviates."""
    # "Al-Zawahiri", "O'Carroll": a surname alone is the person of that surname found already;
    # "J. Smith" or "John A. Smith" the John Smith found, but "Jane Smith" is somebody else.
    alone = " " not in name
    first, _, rest = name.partition(" ")
    variants = state.knowledge.cues.get("name_variants", {})
    canonical = variants.get(first, first)
    for info in state.people_named(surname_of(name)):
        other = info.name.split(" ", 1)[0]
        if alone or variants.get(other, other) == canonical or (
                info.name[:1] == name[:1] and (_is_initial(first) or _is_initial(other))):
            return info.actor_id
    return slugify(f"{canonical} {rest}" if rest else name)


def _is_initial(word: str) -> bool:
    """"J.", "J", "A.F.": initials stand for any given name with that first letter."""
    return bool(word) and all(len(part) <= 1 for part in word.split(".")) and word[:1].isupper()


def uninflect(word: str) -> list[str]:
    """Candidate nominative forms of a transliterated Russian surname."""
    return [word[: -len(ending)] for ending in INFLECTIONS if word.endswith(ending) and len(word) - len(ending) >= 3]
