"""CaseBlind finds exactly what its IGNORECASE pattern finds, only faster (extract/casefold.py)."""
from __future__ import annotations

import importlib
import pkgutil
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import timeline_builder.extract.events.dated as dated
from timeline_builder.extract.casefold import (CaseBlind, CaseBlindSet, _first_letter_groups, _literal_lead, fold,
                                               required_words)

WORDS = ["War", "war", "WARS", "treaty", "Treaties", "signed", "the author", "The Author", "met", "Act", "act",
         "he said", "She Said", "Abc_said", "A_ said", "Summit", "summit  Talks", "act of", "İstanbul", "ıt", "ſigned", "Kelvin", "Ünited", "crisis", "talks", "1962", "-", "’s",
         "conflicts", "Confrontation", "clashed", "risk of war", "THREATS OF A", "an old act", "the Act", "wa", "ar"]
texts = st.lists(st.one_of(st.sampled_from(WORDS), st.text(alphabet="aAsSkKıſİ .,;-’\n\xa0", max_size=6)),
                 max_size=30).map(" ".join)

TWINNED = [
    r"\b(?:wars?|treat(?:y|ies)|signed|met)\b",
    r"\bthe author\b",
    r"(?<![\w-])(?:he|she)\s+(?:said|says)\b",
    r"\b(?P<noun>war|crisis)\b(?!\s+of\b)",
    r"[^.;]*\bact\b",
    r"\bsign\w*\s+in\s+\d{4}",
    r"\bsigned?\b",  # a literal start ("signe") before a quantifier
    r"\bsummit\s+talks\b|\bmet\b",  # alternatives at the top level: no literal start
    r"\bthe author[^|]*said",
    r"[A-Z][a-z]+\s(?i:said)",
    r"\b(?:law|(?-i:Act))\b",  # a case-sensitive part: the twin finds places, the pattern decides
    r"(?<![\w-])(?-i:(?:Summit|(?i:summit\s+talks)|(?i:war)|Act|(?i:act\s+of)))(?![\w-])",  # the trigger list's shape
    # required words (CaseBlind.absent): a factored common start, a required last word, words in a group
    r"\bconflicts?\b|\bconfrontations?\b|\bclash\w*\b",
    r"\b(?:risks?|threats?)\s+(?:of\s+)?(?:an?\s+)?wars?\b",
    r"\b(?:the|an)\s+(?:\w+\s+)?act\b",
    r"(?:wa)+r",
    # a long word list grouped by first letter in the twin (_first_letter_groups)
    r"\b(?:wars?|want|treat(?:y|ies)|(?:talks)|met|a|act|(?:act\s+of)|signed)\b",
    r"(?<![\w-])(?:(?:summit\s+talks)|summit|war|(?:act\s+of)|act|(?-i:Act))(?![\w-])",
    # common starts factored letter by letter (_literal_trie), an empty alternative last or not
    r"(?<![\w-])(?:warfare|wars|war|wa|want|w\-day|treaties|treaty|act\s+of|act|ac|a)(?![\w-])",
    r"\b(?:wa|war|wars|warfare|ar|a\-r|a-s)\b",
]
NO_TWIN = [
    r"\b(?-i:War)\b(?!\s+of)",  # a letter in a negative lookahead of a case-sensitive part
    r"(?-i:[A-z]+)\s(?i:said)",  # a range holding more than letters
    r"\bİstanbul\b",  # lower() lengthens İ
    r"\b(?:war)?",  # may match nothing
]
PATTERNS = TWINNED + NO_TWIN


def _spans(matches):
    return [(m.span(), m.group(0), m.groups()) for m in matches]


@pytest.mark.parametrize("source", PATTERNS)
@settings(max_examples=150, deadline=None)
@given(text=texts, pos=st.integers(0, 20), span=st.integers(0, 200))
def test_same_matches_as_the_pattern(source, text, pos, span):
    pattern = re.compile(source, re.IGNORECASE)
    blind = CaseBlind(pattern)
    endpos = pos + span
    assert _spans(blind.finditer(text, pos, endpos)) == _spans(pattern.finditer(text, pos, endpos))
    found, expected = blind.search(text, pos, endpos), pattern.search(text, pos, endpos)
    assert (found and (found.span(), found.group(0))) == (expected and (expected.span(), expected.group(0)))
    assert blind.hit(text, fold(text)) == bool(pattern.search(text))
    assert blind.sub(" ", text) == pattern.sub(" ", text)
    assert blind.findall(text) == pattern.findall(text)


@settings(max_examples=300, deadline=None)
@given(text=texts)
def test_a_set_finds_each_pattern_its_own_search_finds(text):
    blind = [CaseBlind(re.compile(source, re.IGNORECASE)) for source in TWINNED]
    assert CaseBlindSet(blind).which(text) == [p.search(text) is not None for p in TWINNED_PATTERNS]
    with_no_twin = blind + [CaseBlind(re.compile(NO_TWIN[0], re.IGNORECASE))]
    assert CaseBlindSet(with_no_twin).which(text) == [p.original.search(text) is not None for p in with_no_twin]


TWINNED_PATTERNS = [re.compile(source, re.IGNORECASE) for source in TWINNED]


def test_which_patterns_get_a_twin():
    for source in TWINNED:
        assert CaseBlind(re.compile(source, re.IGNORECASE)).twin is not None, source
    for source in NO_TWIN:
        assert CaseBlind(re.compile(source, re.IGNORECASE)).twin is None, source
    assert CaseBlind(re.compile(r"(?P<Name>war)\b", re.IGNORECASE)).twin is not None  # a group's name is no text
    assert CaseBlind(re.compile(r"\bwar\S+", re.IGNORECASE)).twin is not None  # an upper-case escape is no letter
    law = CaseBlind(re.compile(r"\b(?:law|(?-i:Act))\b", re.IGNORECASE))
    assert not law.exact  # only a filter: each place is tried with the pattern
    assert CaseBlind(re.compile(r"\bWar\b", re.IGNORECASE)).exact  # case-blind throughout: the twin decides
    assert CaseBlind(re.compile(r"\bwar\b")).twin is None  # case-sensitive already: nothing to gain
    assert CaseBlind(re.compile(r"\bwar\b", re.IGNORECASE | re.ASCII)).twin is None


def test_fold_keeps_offsets_or_declines():
    assert fold("The WAR") == "the war"
    assert fold("İstanbul") is None  # lower() lengthens it
    assert fold("ıt") is None and fold("ſigned") is None  # IGNORECASE takes them for i and s
    long = "War " * 1000
    assert fold(long) is fold(long)  # a long text is folded once


def test_a_news_story_of_a_few_hundred_characters_is_folded_once():
    story = ("The Harbour Board met on Tuesday and voted to close the old ferry pier. " * 8).strip()
    assert 500 <= len(story) < 2000
    assert fold(story) is fold(story) == story.lower()
    dotless = story + " Kırıkkale"  # kept from memory too: still declined
    assert fold(dotless) is None and fold(dotless) is None
    short = "The Board met on Tuesday."
    assert fold(short) == short.lower()


def _module_patterns():
    """Every module-level CaseBlind of the event and link stages."""
    import timeline_builder.extract.events as events
    import timeline_builder.link as link

    for package in (events, link):
        for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
            module = importlib.import_module(info.name)
            for name, value in vars(module).items():
                if isinstance(value, CaseBlind):
                    yield f"{info.name}.{name}", value
                elif isinstance(value, list):
                    for item in value:
                        if isinstance(item, tuple) and item and isinstance(item[-1], CaseBlind):
                            yield f"{info.name}.{name}[{item[0]}]", item[-1]
                elif isinstance(value, dict):
                    for key, item in value.items():
                        if isinstance(item, CaseBlind):
                            yield f"{info.name}.{name}[{key}]", item


MODULE_PATTERNS = sorted(_module_patterns(), key=lambda p: p[0])
SENTENCES = ("In 1962 the Treaty was SIGNED, he said; the Author met the war's end. It Would Not. "
             "The Previous Administration imposed Sanctions — the US will withdraw. Recently, they Talked.")


@pytest.mark.parametrize("name,blind", MODULE_PATTERNS, ids=[n for n, _ in MODULE_PATTERNS])
def test_stage_patterns_match_as_before(name, blind):
    for text in (SENTENCES, SENTENCES.upper(), SENTENCES.lower(), SENTENCES + " ſ"):
        assert _spans(blind.finditer(text)) == _spans(blind.original.finditer(text))


KIND_CONTEXTS = ("The Warsaw talks ended; no WAR followed.", "An Acting minister tabled the Bill.",
                 "After the invasion, an ELECTION and an embargo.", "Treaties were signed at the summit meeting.",
                 "Nothing of the kind here.", "The İzmir accord of the crisis years", "ſanctions and a law")


@pytest.mark.parametrize("kind", sorted(dated._KIND_NOUN_PATTERNS))
def test_kind_nouns_are_found_on_the_folded_context_as_by_their_own_search(kind):
    blind = dated._KIND_NOUN_PATTERNS[kind]
    found = set()
    for text in KIND_CONTEXTS + tuple(t.upper() for t in KIND_CONTEXTS):
        assert blind.hit(text, fold(text)) == (blind.original.search(text) is not None)
        assert _spans(blind.finditer(text)) == _spans(blind.original.finditer(text))
        found.add(blind.hit(text, fold(text)))
    assert found == {True, False}


@pytest.mark.parametrize(("source", "twin"), [
    (r"\bthe author\b", r"the author(?<=\bthe author)\b"),
    (r"\btreat(?:y|ies)\b", r"treat(?<=\btreat)(?:y|ies)\b"),
    (r"\bsigned?\b", r"signe(?<=\bsigne)d?\b"),
    (r"\bthe  ?x", r"the(?<=\bthe)  ?x"),
    (r"\bthe[]|]x", r"the(?<=\bthe)[]|]x"),
    (r"\bwars?\b|\bfought\b", r"\bwars?\b|\bfought\b"),  # alternatives at the top level
    (r"\bthe(a|b)|c", r"\bthe(a|b)|c"),
    (r"\bab?c", r"\bab?c"),  # too short a run
    (r"\b(?:war|act)\b", r"\b(?:war|act)\b"),
])
def test_a_literal_start_is_found_before_its_word_boundary(source, twin):
    assert _literal_lead(source) == twin


@pytest.mark.parametrize(("source", "words"), [
    (r"\bwars?\b|\bfought\b", ("fought", "war")),
    (r"\bconflicts?\b|\bconfrontations?\b|\bclash\w*\b", ("lash", "onflict", "onfrontation")),  # "c" is factored out
    (r"\b(?:risks?|threats?|dangers?)\s+(?:of\s+)?(?:an?\s+)?wars?\b", ("war",)),  # one word rules out more
    (r"treat(?<=\btreat)(?:y|ies)\b", ("treat",)),
    (r"\b(?:law|(?-i:Act))\b", ("act", "law")),  # lower case: they are looked for in the lower-cased text
    (r"\bchange of administration\b", ("change of administration",)),
    (r"\b(?:war)?", ()),  # may match nothing
    (r"\b(?:war|[0-9]+)\b", ()),  # an alternative with no letters
    (r"\bİstanbul\b", ("stanbul",)),  # not across a letter beyond ASCII
])
def test_required_words(source, words):
    assert required_words(re.compile(source, re.IGNORECASE)) == words


@settings(max_examples=300, deadline=None)
@given(text=texts)
def test_a_pattern_matches_only_where_a_required_word_is(text):
    folded = fold(text)
    for source in TWINNED:
        blind = CaseBlind(re.compile(source, re.IGNORECASE))
        if folded is not None and blind.absent(folded):
            assert blind.original.search(text) is None, source


@pytest.mark.parametrize(("source", "grouped"), [
    (r"\b(?:wars?|treat(?:y|ies)|signed|met|want)\b", r"\b(?:w(?:ars?|ant)|t(?:reat(?:y|ies))|s(?:igned)|m(?:et))\b"),
    (r"(?<![\w-])(?:(?:summit\s+talks)|(?:war)|act|(?:act\s+of))(?![\w-])",
     r"(?<![\w-])(?:s(?:ummit\s+talks)|w(?:ar)|a(?:ct(?:|\s+of)))(?![\w-])"),  # order kept within a letter
    (r"\b(?:a|ab|b)\b", r"\b(?:a(?:|b)|b(?:))\b"),
    # a letter's words factored further while all are literal, an empty one only where it comes last
    (r"\b(?:warfare|wars|war|want|treat\s+of|treaty|b)\b",
     r"\b(?:w(?:a(?:r(?:fare|s|)|nt))|t(?:reat(?:\s+of|y))|b(?:))\b"),
    (r"\b(?:war|wars|wax|b)\b", r"\b(?:w(?:a(?:r(?:|s)|x))|b(?:))\b"),
    (r"\b(?:a\-b|a-c|ab|x)\b", r"\b(?:a(?:\-(?:b|c)|b)|x(?:))\b"),  # "\-" and "-" are one character
    (r"\b(?:[a-z]x|war)", r"\b(?:[a-z]x|war)"),  # a class first: left as it is
    (r"\b(?:w?ar|b)", r"\b(?:w?ar|b)"),  # a quantified first letter
    (r"\b(?:(?:a|b)c|d)", r"\b(?:(?:a|b)c|d)"),  # a group of alternatives first
    (r"\b(?:war|wars)", r"\b(?:war|wars)"),  # one letter: nothing to gain
    (r"(\w)\b(?:a\1|b)", r"(\w)\b(?:a\1|b)"),  # a back reference
    (r"\bwar", r"\bwar"),
])
def test_first_letter_groups(source, grouped):
    assert _first_letter_groups(source) == grouped
    re.compile(grouped)


_FORMS = st.lists(st.text(alphabet="ab-", min_size=1, max_size=4).map(lambda w: re.escape(w).replace(r"\-", "-", 1))
                  | st.sampled_from([r"a\s+b", r"ab\s+a", "ba", r"a\-"]), min_size=2, max_size=8)


@settings(max_examples=400, deadline=None)
@given(forms=_FORMS, text=st.text(alphabet="ab- \n", max_size=40))
def test_factored_word_lists_match_as_the_list_does(forms, text):
    """Any list of literal words (in any order, sharing starts, escaped or not) finds the same
    matches, leftmost and in the same order of preference, once factored."""
    for lead, tail in ((r"\b", ""), (r"(?<![\w-])", r"(?![\w-])"), (r"(?<![\w-])", "")):
        source = f"{lead}(?:{'|'.join(['x', *forms])}){tail}"
        factored = _first_letter_groups(source)
        assert [m.span() for m in re.finditer(factored, text)] == [m.span() for m in re.finditer(source, text)]


def test_case_blind_of_a_pattern_is_made_once_and_an_equal_pattern_finds_the_same():
    from timeline_builder.extract.casefold import case_blind

    pattern = re.compile(r"\b(?:talks|summit|Treaty)\b", re.IGNORECASE)
    text = "The TALKS led to a summit; the treaty and the Treaty-makers met. Summits."
    blind = case_blind(pattern)
    assert case_blind(pattern) is blind  # remembered by identity
    twin = case_blind(re.compile(pattern.pattern, pattern.flags))  # equal, compiled elsewhere
    assert [m.span() for m in twin.finditer(text)] == [m.span() for m in blind.finditer(text)] == \
           [m.span() for m in pattern.finditer(text)]
    for i in range(100):  # many other patterns come and go: the answer stays right
        case_blind(re.compile(rf"x{i}y"))
    assert [m.span() for m in case_blind(pattern).finditer(text)] == [m.span() for m in pattern.finditer(text)]


OWN_DATED = ("The 1990s were calm, and today's crisis in Ruritania is not.", "LAST WEEK'S vote failed; Next year's Budget",
             "Tonight’s debate on Taxes", "this season's Opening match at the Stadium", "Yesterday's", "no date word here",
             "THIS YEAR'S FINAL", "the last weekend's rally over the Harbour Bridge plan")


@pytest.mark.parametrize("text", OWN_DATED)
def test_own_dated_nouns_are_found_as_by_the_plain_pattern(text):
    blind = dated._OWN_DATED_NOUN
    assert isinstance(blind, CaseBlind)
    for pos, end in ((0, len(text)), (4, len(text)), (0, max(0, len(text) - 5))):
        got = [(m.span(), m.span("np")) for m in blind.finditer(text, pos, end)]
        assert got == [(m.span(), m.span("np")) for m in blind.original.finditer(text, pos, end)]
    assert dated.own_dated_nouns(text, (0, len(text)), (len(text), len(text))) == \
        [m.span("np") for m in blind.original.finditer(text)]
