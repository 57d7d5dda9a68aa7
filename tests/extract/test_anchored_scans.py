"""Scans that find a pattern's matches from a literal every match holds (extract/events/text.py
``matches_from``, references.py ``_bare_wars``) find exactly what ``finditer`` finds."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_builder.extract.events import context, derived, references, tenures
from timeline_builder.extract.events.text import TextLayout, matches_from
from timeline_builder.records import Document
from timeline_builder.knowledge.events import load_event_knowledge

WORDS = ["the", "war", "When", "when", "As", "as", "was", "has", "While", "home secretary", "became", "becomes",
         "served as", "took over as", "was appointed", "prime minister", "I", "It", "I was", "ambassador", "administration",
         "administrations", "White House", "era", "general", "Reagan", "events", "fighting", "Lebanon", "Jackson",
         "Nunn", "Jacksonville", "Vanik", "AI", "under", "Blair", "Thatcher", "President", "undergo", "Obama's", "During", "during", "At", "In", "in", "the course of", "visit", "summit", "talks", "After",
         "within", "of", "Since", "from", "Syria", "on", "we", "I", "-", ",", ".", "!", " ", "  ", "\n", "\t", "\xa0",
         "1945", "x", "The", "Atlantic", "bathe", "the latter", "The former", "former", "latter's", "’s", "was", "ended"]

CASES = [
    "After the war ended. During the war in Syria, within the war of the war-time; since the  war we met.",
    "In\n  the war, ...; of the war\u2003. the war. from the war-like. After the wars. 5of the war, _of the war.",
    "They met. During the visit, the parties signed. At the summit , they agreed.\nIn the course of the talks, x.",
    "At the trip, no. Atlantic. In the negotiations,\nDuring the conference,During the visit,",
    "When home secretary, he met. As prime minister in 1970 she was appointed ambassador to Spain; he became "
    "chancellor. I was ambassador to Moscow. AI was chair of X. It was the Reagan administration, in the era of "
    "the White House years; events in Lebanon and Syria; fighting in Gaza. The Jackson-Vanik law; Nunn and Lugar. "
    "Under Blair and under Prime Minister Thatcher, during Obama's term; during Obama.",
    "Smith met Jones; the latter's plan failed and the former said no. Bathe former, the formerly, The latter.",
    "",
]


def _same(text: str) -> None:
    bare = [(m.span(), m.group(0)) for m in references._bare_wars(text)]
    assert bare == [(m.span(), m.group(0)) for m in references._BARE_WAR.finditer(text)]
    for pattern, words in FROM_WORDS:
        found = [(m.span(), m.groupdict()) for m in matches_from(pattern, words, text)]
        assert found == [(m.span(), m.groupdict()) for m in pattern.finditer(text)], pattern.pattern


# (pattern, the words every match of it starts with) as the rules scan them
FROM_WORDS = [
    (references._DURING_MEETING, references._DURING_HEADS),
    (context._NOUN_HIT, context._NOUN_WORDS),
    (derived._PLACES, derived._PLACE_FIRSTS),
    (references._sponsor_words(load_event_knowledge(())), references._sponsor_firsts(load_event_knowledge(()))),
    (context.TermFinder(load_event_knowledge(()))._under, context._UNDER_WORDS),
]


@pytest.mark.parametrize("text", CASES)
def test_same_matches_as_finditer(text):
    _same(text)


def test_the_cases_hold_matches():
    assert sum(1 for text in CASES for _ in references._bare_wars(text)) >= 3
    for pattern, words in FROM_WORDS:
        assert sum(1 for text in CASES for _ in matches_from(pattern, words, text)) >= 1, pattern.pattern


def test_the_first_words_are_literals():
    for _, words in FROM_WORDS:
        assert words and all(re.escape(w) == w.replace(" ", "\\ ") for w in words), words


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join), st.lists(st.sampled_from(WORDS), max_size=40).map("".join))
def test_same_matches_on_any_words(spaced, glued):
    _same(spaced)
    _same(glued)


def test_heads_need_not_be_words():
    pattern = re.compile(r"(?<![a-z])ab+c")
    text = "abc xabbc abbbc ab abc"
    assert [m.span() for m in matches_from(pattern, ("ab",), text)] == [m.span() for m in pattern.finditer(text)]
    overlapping = re.compile(r"aa")  # occurrences of a word that overlap are each tried
    assert [m.span() for m in matches_from(overlapping, ("aa",), "aaaaa")] == [m.span() for m in overlapping.finditer("aaaaa")]


def test_event_nouns_narrowed_to_kinds_find_those_nouns_hits():
    from timeline_builder.extract.events import derived

    text = ("The war, the wars and the crisis; two crises. The invasion (invasions) and the talks. Warfare, "
            "the treaty-signing, an accord; the EMBARGO and the coup. Summit? the hostilities, fighting.")
    every = re.compile(r"\b(" + "|".join([*derived._NOUN_KINDS, *derived._PLURALS]) + r")\b", re.IGNORECASE)
    for kinds in ({"war"}, {"crisis", "sanction"}, {"treaty"}, {"meeting", "operation"}, {"election"}):
        narrowed = derived._nouns_of_kinds(frozenset(kinds))
        expected = [m.span() for m in every.finditer(text)
                    if kinds & set(derived._NOUN_KINDS[derived._PLURALS.get(m.group(1).lower(), m.group(1).lower())])]
        if narrowed is None:
            assert expected == []
            continue
        assert [m.span() for m in narrowed[0].finditer(text)] == expected
        for written in (text, text + " İ"):  # lower-casing keeps the offsets (token array) or not (the pattern)
            layout = TextLayout(Document("d", "d.txt", written, "sha"))
            assert [(s, e) for s, e, _ in derived._noun_hits(layout, narrowed)] == expected
            assert [noun for _, _, noun in derived._noun_hits(layout, narrowed)] == \
                   [written[s:e].lower() for s, e in expected]
        assert expected, kinds


# --- scans led by a word of the shared token array (text.word_led_matches) ------------------------------

from timeline_builder.extract.events import statements  # noqa: E402
from timeline_builder.extract.events.text import _NOTES_HEADING, _notes_headings, word_led_matches  # noqa: E402

WORD_LED = [
    (references._JOINING, references._JOINING_FIRSTS),
    (references._HAPPENING, references._HAPPENING_FIRSTS),
    (derived._TREATY_NOUN, derived._TREATY_NOUNS),
    (statements._PRONOUN_SAID, statements._HE_SHE),
    (references._ANNIVERSARY, references._ANNIVERSARY_VERBS),
    (tenures._AS_ROLE, tenures._AS_ROLE_FIRSTS),
    (tenures._ROLE_VERB, tenures._ROLE_VERB_FIRSTS),
    (tenures._I_WAS, tenures._I_WAS_FIRSTS),
]
LED_WORDS = ["celebrates", "Celebrates", "marks", "remarks", "marking", "commemorating", "its", "their", "12th",
             "3rd", "anniversary", "anniversaries", "When", "when", "WHEN", "As", "as", "has", "While", "was",
             "Was", "served as", "serving as", "serves as", "took over as", "was appointed", "was named as", "became",
             "becomes", "become", "home secretary", "mayor", "I", "It", "In", "I was", "i was", "ambassador",
             "chief", "governor", "in 1990", "joined", "Joins", "join", "joining", "accession", "entry into", "as", "As a", "became", "new", "newest",
             "full", "staunch", "members", "member", "revolution", "Coups", "d’état", "invasion", "in", "of", "the",
             "treaty", "Treaties", "pacts", "accord", "alliance", "he", "She", "said", "told", "added", "-", "_", "x",
             "Notes", "notes:", "References", "works cited", "Sources", "ſ", "İ", "Σ", " ", "  ", "\n", "\t", ".", ","]


def _same_led(text: str) -> None:
    for pattern, words in WORD_LED:
        found = [(m.span(), m.groupdict()) for m in word_led_matches(pattern, words, text)]
        assert found == [(m.span(), m.groupdict()) for m in pattern.finditer(text)], pattern.pattern
    assert [m.span() for m in _notes_headings(text)] == [m.span() for m in _NOTES_HEADING.finditer(text)]


@pytest.mark.parametrize("text", [
    "Spain joined NATO in 1982; Finland and Sweden became full members. The new members met; as staunch members.",
    "The revolutions in Georgia and Ukraine, the coup d’état in Chile and the invasion of Iraq.",
    "The treaty between them; two pacts and an alliance. Treaties-agreements.",
    "\"We will go,\" he said. She told reporters; the-he said; she added.",
    "Body text.\nNotes\n1 A source.\n  References:  \nworks cited\nSources here",
    "When home secretary, he met. As prime minister in 1990 she was appointed ambassador to Peru; he became chancellor. "
    "I was chief adviser to the Board. It was fine, as mayor. WHEN governor, she served as envoy; has served as chair; "
    "took over as head. Has became, iI was head.",
    "The club celebrates its 12th anniversary; remarks its 3rd anniversary. Marking their 2nd anniversary, "
    "the town, marking the 41st anniversary-day, commemorates his 7th anniversaries and marks the 1st anniversary.",
    "",
])
def test_word_led_scans_find_what_finditer_finds(text):
    _same_led(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(LED_WORDS), max_size=25).map(" ".join))
def test_word_led_scans_on_any_text(text):
    _same_led(text)


# --- scans led by a first word near a last word (text.matches_near) ------------------------------------

from timeline_builder.extract.events.text import matches_near  # noqa: E402

NEAR = [(context._REL, context._REL_FIRSTS, context._REL_NOUNS, context._REL_REACH),
        (context._CAME_IN, context._THE, context._CAME_IN_NOUNS, context._CAME_IN_REACH),
        (context._PRESIDENTS_TERM, context._THE, context._PRESIDENT, context._PRESIDENT_REACH),
        (references._PLACE_MEETING, references._THE, references._MEETING_NOUNS, references._PLACE_MEETING_REACH)]
NEAR_WORDS = ["government", "Government", "cabinet", "came in", "took office", "was formed", "Labour", "Oslo Peace",
              "President’s", "president's", "President", "first term", "second", "term", "Summit", "summit", "summits",
              "conference", "Conference", "Rome", "bathe", "Athe", "the", "The", "THE", "this", "my", "Our", "previous", "outgoing", "new", "U.S.", "US", "United States",
              "American", "administration", "administrations", "presidency", "Presidency", "of", "’s", "Σ", "ſ",
              " ", "   ", "\n", ",", "."]


@pytest.mark.parametrize("text", [
    "The previous U.S. administration and our current United States  presidency; this   new\nAmerican administration "
    "of X; my presidency. The outgoing US administration's plan. the the administration.",
    "The new Labour government came in; the cabinet was formed. The administration took office, the the government "
    "took over. In the President’s second term, the president's first term. The Rome Summit and the Oslo Peace "
    "conference; the the Geneva summit; bathe Lima Conference. THE Lima summit.",
    "",
])
def test_near_scans_find_what_finditer_finds(text):
    for pattern, firsts, lasts, reach in NEAR:
        assert [m.span() for m in matches_near(pattern, firsts, lasts, reach, text)] == \
               [m.span() for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(NEAR_WORDS), max_size=20).map(" ".join))
def test_near_scans_on_any_text(text):
    for pattern, firsts, lasts, reach in NEAR:
        assert [m.span() for m in matches_near(pattern, firsts, lasts, reach, text)] == \
               [m.span() for m in pattern.finditer(text)]


# --- term windows narrowed to those holding a surname (context.TermFinder._with_surnames) ---------------

TERMS = context.TermFinder(load_event_knowledge(()))
TERM_WORDS = sorted(TERMS.by_surname)[::5] + ["Obama", "Obama’s", "Bush", "Bushes", "May", "may", "the", "President",
                                               "U.S.", "American", "first", "second", "former", "George", "W.",
                                               "administration", "administrations", "term", "government", "era",
                                               "White House", "won", "a", "his", "began", "İ", "-", ",", "."]


def _same_windows(text: str) -> None:
    every = context._term_windows(text)
    kept = TERMS._with_surnames(text, every)
    for pattern in (TERMS._named, TERMS._won_term):
        assert [m.span() for m in context._windowed(pattern, text, kept)] == \
               [m.span() for m in context._windowed(pattern, text, every)], pattern.pattern[:80]


def test_windows_with_surnames_keep_every_match():
    text = ("Under the Obama administration and President George W. Bush's second term the government fell; "
            "Merkel won a fourth term. We may see a new era; the May government; the former administration.")
    assert TERMS._surname_firsts and "obama" in TERMS._surname_firsts
    assert len(TERMS._with_surnames(text, context._term_windows(text))) >= 1
    assert sum(1 for _ in context._windowed(TERMS._named, text, context._term_windows(text))) >= 2
    _same_windows(text)
    _same_windows(("Nothing of note. " * 150) + text)  # a long text: its shared token array


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TERM_WORDS), max_size=30).map(" ".join))
def test_windows_with_surnames_on_any_text(text):
    _same_windows(text)


# --- negation and verb-object cues skipped where no first word of theirs stands (nonevents) ------------

from dataclasses import replace as _replace  # noqa: E402

from timeline_builder.extract.events.nonevents import unasserted_spans  # noqa: E402
from timeline_builder.knowledge.nonevents import load_nonevent_cues  # noqa: E402

CUES = load_nonevent_cues()
UNCHECKED = _replace(CUES, negated_firsts=None, used_firsts=None)
CUE_WORDS = ["not", "NOT", "Never", "no", "no longer", "didn't", "DIDN’T", "can't", "meet", "met", "the", "needs",
             "create", "created", "jobs", "attack", "poverty", "signed", "treaty", "in", "1990", "they", "ſo", "İ",
             "nothing", "knot", "-not", "only", ",", ".", "\n"]


def _same_unasserted(text: str, part: tuple[int, int]) -> None:
    assert unasserted_spans(CUES, text, part, None) == unasserted_spans(UNCHECKED, text, part, None)


def test_cue_first_words_come_from_the_knowledge():
    assert CUES.negated_firsts and "not" in CUES.negated_firsts
    assert CUES.used_firsts and "meet" in CUES.used_firsts
    text = "Filler words stand here. " * 90 + "They did not sign it; we didn't go; leaders met the needs of many."
    tail = (len(text) - 70, len(text))
    assert unasserted_spans(CUES, text, tail, None)  # the cues are found where they stand
    _same_unasserted(text, tail)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(CUE_WORDS), max_size=30).map(" ".join), st.integers(0, 200), st.integers(0, 200))
def test_cue_scans_on_any_text(words, a, b):
    text = "Filler words stand here. " * 90 + words
    lo = len(text) - len(words) - 10 + min(a, b) // 2
    _same_unasserted(text, (lo, min(len(text), lo + abs(a - b))))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(CUE_WORDS), max_size=30).map(" ".join), st.integers(0, 200), st.integers(0, 200),
       st.integers(10, 70))
def test_cue_scans_on_a_short_story(words, a, b, filler):
    # a story of a few hundred characters is checked by its first words too (not only texts of 2,000)
    text = "Filler words stand here. " * filler + words
    lo = max(0, len(text) - len(words) - 10 + min(a, b) // 2)
    _same_unasserted(text, (lo, min(len(text), lo + abs(a - b))))


def test_a_short_story_without_cue_words_has_no_unasserted_stretch():
    text = ("The council approved the new budget on Monday. Members voted after a long debate, and the "
            "mayor signed the order the same evening. ") * 3
    assert len(text) >= 256
    assert unasserted_spans(CUES, text, (0, len(text)), None) == []
    told = text + "They did not sign it; we didn't go; leaders met the needs of many."
    spans = unasserted_spans(CUES, told, (len(text), len(told)), None)
    assert spans and spans == unasserted_spans(UNCHECKED, told, (len(text), len(told)), None)


def test_the_role_cases_hold_matches_of_each_role_pattern():
    text = ("When home secretary, he met. As prime minister in 1990 she was appointed ambassador to Peru; he became "
            "chancellor. I was chief adviser to the Board.")
    for pattern in (tenures._AS_ROLE, tenures._ROLE_VERB, tenures._I_WAS):
        assert list(word_led_matches(pattern, dict(WORD_LED)[pattern], text)), pattern.pattern
