"""Whether the verb after a capitalised word reports words said, for the one-word speakers that
discovery takes for people ("Keane said"): "claimed a draw" is a win, and "Answering claims of
bias, ..." opens a participial phrase whose first word is no name."""
from __future__ import annotations

from .context import DocState

# "claimed a draw", "claims the top spot", "claimed their first win": what is won, not said.
_CLAIM_VERBS = frozenset({"claimed", "claims"})
_PRIZES = frozenset({"draw", "win", "victory", "title", "titles", "spot", "place", "point", "points", "lead",
                     "crown", "prize", "medal", "trophy", "gold", "silver", "bronze", "seat", "seats", "cup",
                     "championship", "honours", "award", "scalp", "wicket", "wickets"})
_DETERMINERS = frozenset({"a", "an", "the", "their", "his", "her", "its", "another", "two", "three"})
# Words that may follow a prize and end its phrase ("a draw at home", "the title this year").
_PHRASE_ENDS = frozenset({"at", "in", "on", "for", "with", "against", "after", "and", "but", "as", "from", "to",
                          "by", "of", "when", "while", "since", "before", "this", "last", "today", "yesterday"})
# Verbs of saying that are also plural nouns ("Addressing claims of bias, ...").
_NOUN_SPEECH_VERBS = frozenset({"claims", "notes"})
_CLAUSE_ENDS = frozenset({",", ".", "!", "?", ";", ":"})


def claims_a_prize(words: list[str], verb: int) -> bool:
    """Token ``verb`` is "claimed"/"claims" before a determiner and, within three words, something
    won that ends its phrase ("claimed a draw at home", not "claims the title race is over")."""
    k = verb + 1
    if words[verb] not in _CLAIM_VERBS or k >= len(words) or words[k] not in _DETERMINERS:
        return False
    for m in range(k + 1, min(len(words), k + 4)):
        if words[m] in _PRIZES:
            after = words[m + 1] if m + 1 < len(words) else "."
            return not (after.isalpha() and after.islower()) or after in _PHRASE_ENDS
    return False


def participle_phrase(state: DocState, first: int, last: int) -> bool:
    """"Answering claims of bias, the editor ...": the word at ``first`` (a sentence-initial -ing
    word) stands before a verb of saying that is also a plural noun, in a phrase that a comma
    closes, and the text writes it nowhere inside a sentence (as it would a surname: "Peyton
    Manning", "Fleming claims that ...")."""
    words = state.tokens.words
    if last >= len(words) or words[last] not in _NOUN_SPEECH_VERBS:
        return False
    k = last + 1
    while k < len(words) and words[k] not in _CLAUSE_ENDS:
        k += 1
    return k < len(words) and words[k] == "," and \
        all(map(state.is_sentence_start, state.positions({words[first]})))
