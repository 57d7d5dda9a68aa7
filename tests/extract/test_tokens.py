"""The shared token array: the tokens of ``\\w+|[^\\w\\s]``, their offsets, lower case and sentences."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_builder.extract import tokens as tokens_module
from timeline_builder.extract.tokens import TokenArray

_REFERENCE = re.compile(r"\w+|[^\w\s]")


@pytest.mark.parametrize("text, words", [
    ("The U.S. team won.", ["The", "U", ".", "S", ".", "team", "won", "."]),
    ("Six-Day War, 1967", ["Six", "-", "Day", "War", ",", "1967"]),
    ("snake_case and  gaps\n", ["snake_case", "and", "gaps"]),
    ("Путин сказал: «нет»", ["Путин", "сказал", ":", "«", "нет", "»"]),
    ("", []),
])
def test_words_and_offsets(text, words):
    tokens = TokenArray(text)
    assert tokens.words == words
    assert [text[s:e] for s, e in zip(tokens.starts, tokens.ends)] == words
    assert tokens.lowered == [w.lower() for w in words]
    assert len(tokens) == len(words)


def test_lower_case_of_letters_that_change_length_or_need_context():
    # "İ" lowers to two characters and a capital sigma's lower case depends on its neighbours:
    # each token is then lowered on its own.
    for text in ("İstanbul and İzmir", "ΟΔΟΣ ΣΟΦΙΑΣ"):
        tokens = TokenArray(text)
        assert tokens.lowered == [w.lower() for w in _REFERENCE.findall(text)]
        assert tokens.words == _REFERENCE.findall(text)


@pytest.mark.parametrize("repeat", [1, 200])
def test_the_array_of_a_text_is_made_once_however_short(repeat):
    text = "The summit ended. " * repeat
    assert TokenArray.of(text) is TokenArray.of(text)
    assert TokenArray.of(text[:-1]) is not TokenArray.of(text)


def test_an_equal_text_that_is_another_object_gets_its_own_array():
    # (kept by identity: an array is never handed out for a string it was not made from)
    text = "Talks resumed in Oslo."
    twin = "".join(["Talks resumed", " in Oslo."])
    assert twin == text and twin is not text
    assert TokenArray.of(twin).text is twin and TokenArray.of(text).text is text


def test_index_at_and_sentence_ids():
    text = "One two. Three four five. Six"
    tokens = TokenArray(text)
    assert tokens.index_at(0) == 0 and tokens.index_at(1) == 1 and tokens.index_at(len(text)) == len(tokens)
    assert tokens.sentence_ids([(0, 8), (9, 25)]) == [0, 0, 0, 1, 1, 1, 1, -1]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZ_1 -.,\n’'\"İΣσßÉéΟ«»Ⓐ²"), max_size=60))
def test_same_tokens_as_the_reference_pattern(text):
    tokens = TokenArray(text)
    found = [(m.start(), m.end(), m.group()) for m in _REFERENCE.finditer(text)]
    assert list(zip(tokens.starts, tokens.ends, tokens.words)) == found
    assert tokens.lowered == [w.lower() for _, _, w in found]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZ_1 -.,\n’'\"İΣσßÉéΟ«»Ⓐ²"), max_size=60))
def test_an_array_split_as_written_is_the_same_array(text):
    # The actor stage makes the shared array from the text as written (it reads ``words``); the
    # event stage reads ``lowered`` from it: both must be what the default split gives.
    written, default = TokenArray(text, as_written=True), TokenArray(text)
    assert (written.words, written.starts, written.ends) == (default.words, default.starts, default.ends)
    assert written.lowered == default.lowered


def test_the_actor_stage_shares_its_array_with_the_next_stages():
    from datetime import date

    from timeline_builder.extract.actors import ActorExtractor
    from timeline_builder.records import AnnotatedDocument, Document

    text = "Ministers met in Paris on Monday. " * 100
    ActorExtractor()(AnnotatedDocument(Document("d", "d.txt", text, "", dct=date(2005, 1, 1))))
    assert TokenArray.of(text)._words is not None  # made by the actor stage, split as written


def test_offsets_of_words_in_any_case():
    text = "The Treaty and the treaty-makers; a TREATY. Treaties."
    tokens = TokenArray(text)
    assert tokens.offsets_of(frozenset({"treaty"})) == [4, 19, 36]
    assert tokens.offsets_of(frozenset({"treaty", "the"})) == [0, 4, 15, 19, 36]
    assert tokens.offsets_of(frozenset({"pact"})) == []


def test_offsets_of_a_word_set_asked_again_is_the_same_answer_after_the_index_grows():
    text = "War and peace; the war ended. Wars begin, peace talks end."
    tokens = TokenArray(text)
    first = tokens.offsets_of(frozenset({"war", "peace"}))
    assert first == [0, 8, 19, 42]
    assert tokens.offsets_of(frozenset({"war", "peace"})) is first  # kept, not merged again
    assert tokens.offsets_of(frozenset({"talks", "ended", "zebra-unused"})) == [23, 48]  # new words: indexed again
    assert tokens.offsets_of(frozenset({"war", "peace"})) == [0, 8, 19, 42]
    assert tokens.offsets_of({"end", "begin"}) == [35, 54]  # a plain set is asked for as well


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["war", "War", "peace", "talks", "the", "-", ",", " ", "warpeace"]), max_size=30)
       .map(" ".join), st.lists(st.frozensets(st.sampled_from(["war", "peace", "talks", "the", "x"])), max_size=4))
def test_offsets_of_any_word_sets_in_any_order(text, asked):
    tokens = TokenArray(text)
    for words in asked + asked:
        assert tokens.offsets_of(words) == [m.start() for m in _REFERENCE.finditer(text) if m.group(0).lower() in words]


def test_offsets_of_a_word_another_text_asked_for_first():
    # The words asked for are watched by the whole process; an array indexed before another text
    # added a word must still find that word when asked for it.
    one = TokenArray("A quokka met a wombat; the wombat left.")
    assert one.offsets_of(frozenset({"quokka"})) == [2]
    other = TokenArray("Wombat tracks.")
    assert other.offsets_of(frozenset({"wombat"})) == [0]
    assert one.offsets_of(frozenset({"wombat"})) == [15, 27]
    assert one.offsets_of(frozenset({"quokka", "wombat"})) == [2, 15, 27]
    assert other.offsets_of(frozenset({"quokka", "tracks"})) == [7]


_FRESH = iter(range(10**9))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["kea", "Kea", "tui", "moa", "the", ",", "keatui"]), max_size=12)
                .map(" ".join), min_size=1, max_size=3),
       st.lists(st.tuples(st.integers(0, 2), st.frozensets(st.sampled_from(["kea", "tui", "moa", "the"]))),
                max_size=8))
def test_offsets_of_word_sets_asked_across_texts_in_any_order(texts, asked):
    # Each example's words are new to the process (a fresh suffix), so which text asks first matters.
    tag = f"q{next(_FRESH)}"
    texts = [t.replace("kea", "kea" + tag).replace("Kea", "Kea" + tag).replace("tui", "tui" + tag).replace("moa", "moa" + tag)
             for t in texts]
    arrays = [TokenArray(t) for t in texts]
    for which, words in asked:
        which %= len(texts)
        words = frozenset(w if w == "the" else w + tag for w in words)
        assert arrays[which].offsets_of(words) == [m.start() for m in _REFERENCE.finditer(texts[which])
                                                   if m.group(0).lower() in words]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["ibis", "Ibis", "rail", "the", ",", "ibisrail", "RAIL"]), max_size=14)
                .map(" ".join), min_size=1, max_size=3),
       st.lists(st.tuples(st.integers(0, 2), st.frozensets(st.sampled_from(["ibis", "rail", "the", "none"]))),
                max_size=8),
       st.integers(0, 12))
def test_offsets_of_from_an_index_of_every_word_equal_the_scan(texts, asked, index_all_from):
    # A long text (INDEX_ALL_FROM tokens or more) indexes all its words at once: the same answers,
    # whichever texts index all and whichever only the words asked for.
    tag = f"r{next(_FRESH)}"
    texts = [t.replace("ibis", "ibis" + tag).replace("Ibis", "Ibis" + tag) for t in texts]
    saved = tokens_module.INDEX_ALL_FROM
    tokens_module.INDEX_ALL_FROM = index_all_from
    try:
        arrays = [TokenArray(t) for t in texts]
        for which, words in asked + asked:
            which %= len(texts)
            words = frozenset(w + tag if w == "ibis" else w for w in words)
            assert arrays[which].offsets_of(words) == [m.start() for m in _REFERENCE.finditer(texts[which])
                                                       if m.group(0).lower() in words]
    finally:
        tokens_module.INDEX_ALL_FROM = saved


def test_a_long_text_indexes_every_word_once(monkeypatch):
    monkeypatch.setattr(tokens_module, "INDEX_ALL_FROM", 8)
    tokens = TokenArray("The dam burst; the valley flooded and the dam was rebuilt.")
    assert tokens.offsets_of(frozenset({"dam"})) == [4, 42]
    index = tokens._index
    assert tokens.offsets_of(frozenset({"valley", "rebuilt"})) == [19, 50]  # a new word: the same index
    assert tokens._index is index and index["flooded"] == [6]
    short = TokenArray("The dam held firmly.")  # under the bound: only the words asked for
    assert short.offsets_of(frozenset({"held"})) == [8]
    assert "firmly" not in short._index
