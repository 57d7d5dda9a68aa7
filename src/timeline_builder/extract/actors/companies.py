"""What the text says around a one-word name that only an organisation is described by.

A lone capitalised word that speaks ("Zentek said ...") is a person only if nothing marks it
as a firm. Besides the cues after the name (``people._company_words``: "Zentek shares"), these
mark it wherever the name stands in the document:

- an apposition headed by a kind of organisation ("Zentek, the world's largest toy maker, ...",
  "Zentek, a Danish insurer,"), or a relative "which" ("Zentek, which owns ...": a person takes
  "who");
- a kind of organisation written before it ("drinks group Zentek", "regulator, Zentek");
- a survey, poll or piece of research "by" it ("a survey by Zentek");
- a place it is based in ("Houston-based Zentek"), shares or a stake "in" it, owners "of" it;
- parts only a firm has after its owner's "'s", up to two words apart ("Zentek's chief operating
  officer", "Zentek's construction division");
- a plural kind of firm before it, alone ("technology analysts Zentek": people after a plural
  noun come in a list, "analysts Smith and Jones");
- its products, outlets or awards right after it ("Zentek phones", "Zentek channels", "the Zentek
  awards"), a job held "at" or "of" it ("an analyst at Zentek", "the founder of Zentek");
- a person named after its owner's "'s" with no noun between ("Zentek's Mara Quill said": a
  person's own people come with a noun, "Quill's wife Mara", "Quill's aide Ben Ash");
- "itself" after its verb ("Zentek describes itself as ...": a person is "himself", "herself").
- "it" for itself after a verb of saying, as the subject of a verb only an agent has ("Zentek said
  it would appeal", "Zentek says it expects ...": a person says "he" or "she"; a dummy "it" is
  "it was hard", "it would be", never "it would appeal"), also denied ("Zentek said it did not
  yet know", "it would not comment").
"""
from __future__ import annotations

from .context import DocState

# Kinds of organisations, their studies, parts, products and jobs are knowledge (cues/organisation_nouns,
# organisation_kinds_before, study_nouns, firm_parts, firm_products, firm_jobs.tsv), as are the
# makers that are people ("film maker Moore": person_makers.tsv).
# An apposition ends at these; its head noun stands before one of them (or before "which"...).
_APPOSITION_ENDS = frozenset({",", ".", ";", ":", "(", ")", "–", "—", "\"", "”"})  # not "-": "third-largest"
_AFTER_HEAD = _APPOSITION_ENDS | {"which", "that", "in", "with", "based", "and", "whose", "behind", "to"}
# "Smith, the head of the group": the kind is then the object of a preposition, not the head.
_PREPOSITIONS = frozenset({"of", "at", "for", "from", "with", "by", "on", "in", "to", "like"})
_ARTICLES = frozenset({"the", "a", "an", "The", "A", "An"})
_SAYS = frozenset({"said", "says"})
# What only an agent does, after "it" + an auxiliary ("it would appeal", "it had signed", "it was
# seeking") or alone ("it expects").
_AUXILIARIES = frozenset({"would", "will", "had", "has", "was", "is", "did", "does", "could"})
_NOT = frozenset({"not", "never"})
_ADVERBS = frozenset({"yet", "immediately", "currently", "also", "still"})
_AGENT_VERBS = frozenset({
    "appeal", "buy", "sell", "consider", "produce", "allow", "fund", "evaluate", "cut", "close", "launch",
    "invest", "acquire", "challenge", "comply", "review", "cooperate", "co-operate", "sue", "resist", "oppose",
    "received", "signed", "reached", "registered", "agreed", "bought", "sold", "acquired", "decided", "filed",
    "appealed", "invested", "hired", "sacked", "seeking", "investigating", "reviewing", "examining",
    "considering", "planning", "negotiating", "talking", "cutting", "closing", "launching",
    "know", "comment", "disclose", "intend", "plan", "expect", "want",
})
_AGENT_VERBS_ALONE = frozenset({"wants", "expects", "intends", "expected", "intended", "hopes", "hoped", "plans",
                                "planned", "accepted", "regretted", "opposed", "welcomed", "denied", "rejected"})
# "shares in Zentek", "owners of Zentek": what only a firm is the object of.
_HELD_IN = frozenset({"shares", "stake", "stakes", "shareholders", "shareholding", "owners"})
_FIRM_OFFICERS = (("chief", "operating", "officer"), ("chief", "financial", "officer"), ("finance", "director"),
                  ("chief", "technology", "officer"))
# Plural kinds of firm that come before a firm's name ("technology analysts Zentek").
_PLURAL_KINDS_BEFORE = frozenset({"analysts", "consultants", "pollsters", "researchers"})
_LIST_AFTER = frozenset({"and", "&", ",", "or"})
# How far an apposition is read for its head.
_APPOSITION_REACH = 9


def described_as_organisation(state: DocState, word: str) -> bool:
    """Some occurrence of the one-token name ``word`` is described as an organisation (module docstring)."""
    words = state.tokens.words
    n = len(words)
    cues = state.knowledge.cues
    given = cues.get("given_names", {})
    kinds_before, studies, jobs_at = (cues.get(name, {}) for name in ("organisation_kinds_before", "study_nouns",
                                                                       "firm_jobs"))
    for k in state.positions({word}):
        if k + 2 < n and words[k + 1] == ",":
            if words[k + 2] == "which":
                return True
            if _apposition_names_organisation(words, k + 2, cues.get("organisation_nouns", {})):
                return True
        b = k - 1
        if b >= 0 and words[b] == ",":
            b -= 1
        if b >= 0 and words[b] in kinds_before and (words[b] != "maker" or b == 0 or
                                                    words[b - 1].lower() not in cues.get("person_makers", {})):
            return True
        if b == k - 1 and b >= 1 and words[b] in ("by", "from") and words[b - 1].lower() in studies:
            return True
        if b == k - 1 and b >= 3 and words[b] == "and" and words[b - 1][:1].isupper() and \
                words[b - 2] in ("by", "from") and words[b - 3].lower() in studies:
            return True  # "surveys from Zentek and Norvale"
        if b == k - 1 and b >= 1 and words[b] in ("at", "of") and words[b - 1] in jobs_at and \
                (k + 1 >= n or words[k + 1] not in "'’"):
            return True
        if k + 1 < n and words[k + 1] in cues.get("firm_products", {}):
            return True
        if k + 2 < n and words[k + 2] == "itself" and words[k + 1].islower() and words[k + 1].isalpha():
            return True
        if b == k - 1 and b >= 1 and ((words[b] == "based" and words[b - 1] == "-") or
                                      (words[b] in ("in", "of") and words[b - 1].lower() in _HELD_IN)):
            return True
        if b == k - 1 and words[b] in _PLURAL_KINDS_BEFORE and (k + 1 >= n or words[k + 1] not in _LIST_AFTER):
            return True
        if speaks_of_itself(words, k + 1) or _owns_firm_parts(words, k + 1, cues.get("firm_parts", {})):
            return True
        if k + 4 < n and words[k + 1] in "'’" and words[k + 2] == "s" and words[k + 3] in given and \
                words[k + 4][:1].isupper() and words[k + 4].isalpha():
            return True
    return False


def _owns_firm_parts(words: list[str], k: int, firm_parts: dict[str, str]) -> bool:
    """Tokens from ``k`` are "'s" and, at most two lower-case words on, a part of a firm (``firm_parts``)."""
    n = len(words)
    if k + 2 >= n or words[k] not in "'’" or words[k + 1] != "s":
        return False
    k += 2
    modifiers = 0
    for m in range(k, min(n, k + 6)):
        if words[m] in firm_parts or any(tuple(words[m:m + len(o)]) == o for o in _FIRM_OFFICERS):
            return True
        if words[m] != "-":
            modifiers += words[m - 1] != "-"  # "loss-making" is one modifier
            if modifiers > 2 or not words[m].islower():
                return False
    return False


def speaks_of_itself(words: list[str], k: int) -> bool:
    """Token ``k`` opens "said (that) it would appeal" / "says it expects" (module docstring)."""
    n = len(words)
    if k + 2 >= n or words[k] not in _SAYS:
        return False
    k += 2 if words[k + 1] == "that" else 1
    if k + 1 >= n or words[k] != "it":
        return False
    verb = words[k + 1]
    if verb in _AGENT_VERBS_ALONE:
        return True
    if verb not in _AUXILIARIES:
        return False
    k += 2
    if k < n and words[k] in _NOT:
        k += 1  # "it did not yet know", "it would not comment"
        if k < n and words[k] in _ADVERBS:
            k += 1
    return k < n and words[k] in _AGENT_VERBS


def _apposition_names_organisation(words: list[str], first: int, kinds: dict[str, str]) -> bool:
    """The apposition starting at token ``first`` ("the world's largest toy maker") is headed by a
    kind of organisation: it opens with an article or an owner's "'s", and a kind of organisation
    closes it before any preposition (``kinds``: cues/organisation_nouns.tsv)."""
    n = len(words)
    opens = words[first] in _ARTICLES or (first + 2 < n and words[first + 1] in "'’" and words[first + 2] == "s")
    if not opens:
        return False
    for m in range(first + 1, min(n, first + _APPOSITION_REACH)):
        word = words[m]
        if word in _APPOSITION_ENDS or word in _PREPOSITIONS:
            return False
        if word in kinds and m + 1 < n and words[m + 1] in _AFTER_HEAD:
            return True
    return False


# Nouns of works (knowledge/actors/cues/work_nouns_*.tsv, genre_nouns.tsv): right before a work's
# title ("the hit track Lady Rhubarb"), right after it ("the Judge Hammer film"), before "of" and it
# ("members of King Crimson"), opening a list of titles ("the films were A, B and King Zaroff").
_VERB_BEFORE = frozenset({"to", "will", "would", "can", "could", "should", "must", "may", "might", "not", "n't"})
# "the films were A, B and King Zaroff", "songs such as A or Lady Rhubarb": the words that open a
# list of titles after a plural noun of works, and what a title may hold.
_LIST_OPENERS = frozenset({"were", "are", "include", "included", "including", "like", ":"})
_INSIDE_TITLES = frozenset({"of", "the", "in", "a", "an", "on", "to", "and", "&", "or", ",", "'", "’", "s", "-"})
_LIST_REACH = 40


def names_a_work(state: DocState, first: int, last: int) -> bool:
    """The titled name in tokens ``first:last`` ("King Zaroff", "Lady Rhubarb") is, somewhere in
    the document, written as the title of a film, song, cartoon or band: a noun of works right
    before or after it, or "members/remake of" before it (and no owner's "'s" after it). Answered
    once a name and document: a title word ("President") stands in many places."""
    known = state.cache.setdefault("works", {})
    key = tuple(state.tokens.words[first:last])
    found = known.get(key)
    if found is None:
        found = known[key] = _names_a_work(state, key)
    return found


def _names_a_work(state: DocState, name: tuple[str, ...]) -> bool:
    words = state.tokens.words
    # The name's places are found from its rarest capitalised word ("King Zaroff" from "Zaroff",
    # not from every "King" of a long text; a lower-case word would be a scan of every token);
    # whether one place qualifies does not depend on the others.
    capitalised = state.capitalised
    places, offset = min(((state.positions({word}), i) for i, word in enumerate(name) if not i or word in capitalised),
                         key=lambda p: len(p[0]))
    cues = state.knowledge.cues
    return any(k >= offset and _names_a_work_at(words, k - offset, name, cues) for k in places)


def _names_a_work_at(words: list[str], k: int, name: tuple[str, ...], cues: dict[str, dict[str, str]]) -> bool:
    """The name stands at token ``k`` as a work's title there (``cues``: the actor knowledge's word lists)."""
    n, size = len(words), len(name)
    if tuple(words[k:k + size]) != name:
        return False
    after = k + size
    if after < n and words[after] in "'’":
        return False  # "members of King Fahd's family": the name owns what follows
    if after < n and words[after] in cues.get("work_nouns_after", {}):
        return True
    before = words[k - 1] if k else ""
    if before.lower() in cues.get("work_nouns_before", {}) and (k < 2 or words[k - 2] not in _VERB_BEFORE):
        return True
    if before == "of" and k >= 2 and words[k - 2] in cues.get("work_nouns_of", {}):
        return True
    return _closes_a_list_of_works(words, k, cues)


# Before a noun of works, these make it a phrase of its own that a name may follow as a subject
# ("the documentary Ann Ross made").
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
                          "my", "your", "whose", "which", "what", "every", "each", "no", "any", "another"})


def titles_a_work(state: DocState, first: int, last: int) -> bool:
    """The untitled full name in tokens ``first:last`` ("Vera Lusk", "Happy Returns") is, somewhere
    in the document, written as a work's title: right after a noun of works or a kind of story that
    has a word of its own before it ("quirky comedy Happy Returns", "the hit single Molly Brand"),
    or closing a list of titles. Not a noun of works after the name ("the Ann Ross film" is her
    film), nor a noun after a determiner or a verb ("the documentary Ann Ross made", "to film Ann
    Ross"): a person may stand there."""
    known = state.cache.setdefault("untitled works", {})
    key = tuple(state.tokens.words[first:last])
    found = known.get(key)
    if found is None:
        words = state.tokens.words
        cues = state.knowledge.cues
        found = known[key] = any(_titles_a_work_at(words, k, key, cues) for k in state.positions({key[0]}))
    return found


def _titles_a_work_at(words: list[str], k: int, name: tuple[str, ...], cues: dict[str, dict[str, str]]) -> bool:
    n, size = len(words), len(name)
    if k < 2 or tuple(words[k:k + size]) != name or (k + size < n and words[k + size] in "'’"):
        return False
    before, modifier = words[k - 1], words[k - 2]
    works_before, genres = cues.get("work_nouns_before", {}), cues.get("genre_nouns", {})
    if before in works_before or before in genres:
        return modifier.replace("-", "").isalpha() and modifier.lower() not in _DETERMINERS and \
            modifier not in _VERB_BEFORE
    after = k + size
    if before == "," and (modifier in works_before or modifier in genres) and \
            (after >= n or words[after] in _SENTENCE_ENDS):
        return True  # "the popular stage musical, Harbour Lights.": the noun's apposition closing the sentence
    if _credits_follow(words, after):
        return True  # "her debut in Harbour Lights, directed by ...": a film's credits follow its title
    if before == "in" and _role_played_before(words, k - 1) and (
            after >= n or not words[after].isalpha() or words[after] in _AFTER_A_PLAYED_WORK):
        return True  # "plays a drunk in Harbour Lights, while ...": where an actor plays a part
    return _closes_a_list_of_works(words, k, cues)


_SENTENCE_ENDS = frozenset({".", ";", "!", "?", ")"})
# A work's credits after its title: "X, directed by ...", "X, starring ...".
_CREDITS = frozenset({"directed", "starring", "co-starring", "produced"})
# Verbs of acting a part: "plays a drunk in X", "starred as a spy in X", "appears in X".
_ACTING = frozenset({"plays", "played", "playing", "stars", "starred", "starring", "appears", "appeared",
                     "appearing", "co-stars", "co-starred"})
_AFTER_A_PLAYED_WORK = frozenset({"and", "while", "alongside", "opposite", "with", "as"})
_ACTING_REACH = 8


def _credits_follow(words: list[str], after: int) -> bool:
    n = len(words)
    k = after + (after < n and words[after] == ",")
    if k + 1 >= n or words[k] not in _CREDITS:
        return False
    if words[k] == "directed" or words[k] == "produced":
        return words[k + 1] == "by"
    return words[k + 1] not in ("in", "as", "alongside", "opposite")  # "X, starring in ...": the actor


def _role_played_before(words: list[str], k: int) -> bool:
    """An acting verb in the clause before token ``k`` (within a few words, no punctuation between)."""
    for j in range(k - 1, max(-1, k - 1 - _ACTING_REACH), -1):
        word = words[j]
        if word in _ACTING:
            return True
        if not word.replace("-", "").isalpha():
            return False
    return False


def _closes_a_list_of_works(words: list[str], k: int, cues: dict[str, dict[str, str]]) -> bool:
    """Token ``k`` follows "and"/"or" at the end of a list of titles that a plural noun of works
    opens ("the overlooked films were Brief Summer, The Long Road and King Zaroff"): back over the
    titles (capitalised words, numbers and the small words titles hold) to the word that opens the
    list ("were", "include", "such as", "like", a colon), with the noun of works right before it."""
    if k < 2 or words[k - 1] not in ("and", "or"):
        return False
    j = k - 2
    stop = max(0, k - _LIST_REACH)
    while j >= stop and (words[j][:1].isupper() or words[j].isdigit() or words[j] in _INSIDE_TITLES):
        j -= 1
    if j < 1 or j == k - 2:
        return False
    opener = words[j]
    if opener == "as" and words[j - 1] == "such":
        j -= 1
    elif opener not in _LIST_OPENERS:
        return False
    return words[j - 1].lower() in cues.get("work_nouns_listed", {})


def band_named(state: DocState, first: int, last: int) -> bool:
    """"rock band Zephyrine", "the band Zephyrine": the capitalised run ``[first, last)`` is a band's
    name after a lower-case "band"; not "Band Aid" (a name of its own), "multi-band" (a compound),
    "band Maroon 5" (a name that goes on past the run) or "band Zephyrine's summer tour" (the run
    names the tour)."""
    words, k = state.tokens.words, first - 1
    if k < 0 or words[k] != "band" or (k >= 1 and words[k - 1] == "-"):
        return False
    if last < len(words) and words[last].isdigit() and state.tokens.starts[last] - state.tokens.ends[last - 1] == 1:
        return False
    return not any(words[j] == "s" and words[j - 1] in "'’" for j in range(first + 1, last))
