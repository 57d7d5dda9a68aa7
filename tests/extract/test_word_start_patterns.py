"""Patterns written "the(?<=\bthe)" instead of "\bthe" (so that re scans for their letters first)
find exactly what the "\b" forms find (extract/events/context.py, tenures.py)."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_builder.extract.events import context, tenures

WORD_START_FORMS = [
    (context._CAME_IN, r"\b[Tt]he\s+(?:new\s+)?(?:[A-Z][a-z]+\s+)?(?:government|administration|cabinet)\s+"
                       r"(?:came\s+in|came\s+to\s+power|took\s+office|was\s+formed|was\s+sworn\s+in|took\s+over)\b"),
    (context._PRESIDENTS_TERM, r"\b[Tt]he\s+[Pp]resident[’']s\s+(?P<ord>first|second|third|fourth)\s+term\b"),
    (context._TOOK_OFFICE, r"\bI\s+(?:had\s+)?(?P<first>first\s+)?(?:took|assumed|entered|came\s+(?:in)?to)\s+"
                           r"(?:the\s+)?(?:oath\s+of\s+)?office\b|\bI\s+(?:was\s+)?(?P<first2>first\s+)?sworn\s+in\b"),
    (tenures._OFFICES_OF, r"\bheld\s+(?:each\s+of\s+|all\s+of\s+|both\s+of\s+)?the\s+(?:(?:major|great|top)\s+)?"
                          r"(?:offices|posts|positions|jobs)\s+of\s+(?P<offices>[^.;:()\"“”]{3,160})"),
    (tenures._GOVERNMENT_OF, r"\bthe\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:government|administration|regime|cabinet)\b"),
]

SENTENCES = [
    "When the new Labour government came in, and bathe government came in too.",
    "The President's second term began; thePresident's first term; the president’s third term ended.",
    "I took office in 2009. AI took office. I  had first took the oath of office. I was first sworn in. XI sworn in.",
    "Since I first came into office, I was sworn in\nand I sworn in twice.",
    "He held the offices of chancellor, home secretary and prime minister; upheld the posts of mayor.",
    "He held all of the great offices of state. Beheld the jobs of the sea.",
    "the Blair government fell; bathe Major Tory government; The Bush administration; the Kohl cabinet.",
    "",
]


@pytest.mark.parametrize(("pattern", "boundary_form"), WORD_START_FORMS)
@pytest.mark.parametrize("text", SENTENCES)
def test_same_matches_as_the_boundary_form(pattern, boundary_form, text):
    assert_same_matches(pattern, boundary_form, text)


def assert_same_matches(pattern, boundary_form: str, text: str) -> re.Pattern:
    """The rewritten pattern finds what its boundary form finds (spans and groups); the latter is returned."""
    expected = re.compile(boundary_form, pattern.flags)
    found = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
    assert found == [(m.span(), m.groupdict()) for m in expected.finditer(text)]
    return expected


def test_the_sentences_hold_matches_of_each_pattern():
    for pattern, _ in WORD_START_FORMS:
        assert any(pattern.search(text) for text in SENTENCES), pattern.pattern


# Patterns of other modules written the same way (a letter first, the boundary checked behind it).
from timeline_builder.extract.events import news_actions, statements  # noqa: E402

LETTER_FIRST_FORMS = [
    (news_actions._AUX, r"\b(?P<aux>has|have)\s+(?:(?:also|now|just|formally|officially|effectively|already|even)\s+)?"
                        r"(?P<verb>[a-z]+)\b"),
    (statements._PRONOUN_SAID.original, r"(?<![\w-])(?:he|she)\s+(?:" + statements._VERBS + r")\b"),
]
LETTER_FIRST_SENTENCES = [
    "Russia has also announced talks; they have imposed sanctions. Shave cut. The chas been; thave left",
    "has  just signed, have\nsigned; HAS SIGNED; has; hashave met",
    '"We will," he said. She told us. He called for calm; he called them. the-he said, ashe said, "she added.',
    "He  warned; SHE SAID; he paid  tribute; she\ndescribed; he saidx; Che said; he",
]


@pytest.mark.parametrize(("pattern", "boundary_form"), LETTER_FIRST_FORMS)
@pytest.mark.parametrize("text", LETTER_FIRST_SENTENCES)
def test_letter_first_forms_match_as_the_boundary_forms(pattern, boundary_form, text):
    expected = assert_same_matches(pattern, boundary_form, text)
    if pattern is statements._PRONOUN_SAID.original:  # the case-blind form the rule runs
        assert [m.span() for m in statements._PRONOUN_SAID.finditer(text)] == [m.span() for m in expected.finditer(text)]


def test_the_letter_first_sentences_hold_matches_of_each_pattern():
    for pattern, _ in LETTER_FIRST_FORMS:
        assert any(pattern.search(text) for text in LETTER_FIRST_SENTENCES), pattern.pattern


_PLAIN_CLAUSE_BREAK = r"\s[–—]\s|\s-\s|;|:\s|\(|\)|\s[–—]|[–—]\s|(?<=[a-z][.!?])\d{0,2}\s+(?=[A-Z])"


@pytest.mark.parametrize("text", [
    "He left – quietly – and came back; later (much later) he said: no. Then 12 More years.",
    "It ended.12 Next came the vote. A dash -like this- and a — b —c.",
    "word.3  Then x!  Y? z. A",
])
def test_clause_breaks_written_class_first_find_what_the_plain_form_finds(text):
    from timeline_builder.extract.events.text import _CLAUSE_BREAK

    assert_same_matches(_CLAUSE_BREAK, _PLAIN_CLAUSE_BREAK, text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZb.!? \n1;:()–—-٣\u2003"), max_size=30))
def test_clause_breaks_same_matches_on_any_text(text):
    from timeline_builder.extract.events.text import _CLAUSE_BREAK

    assert_same_matches(_CLAUSE_BREAK, _PLAIN_CLAUSE_BREAK, text)
