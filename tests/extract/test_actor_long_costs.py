"""Questions the actor rules ask many times a document answer from an index of the document, not by
reading every place of it per question (a long text has thousands of titles and capitalised words):
people.courtesy_titled and companies._names_a_work give the answers of the plain scans they replace,
for every word and name of texts written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from timeline_builder.extract.actors import ActorExtractor
from timeline_builder.extract.actors import companies, people
from timeline_builder.extract.actors.context import DocState, Mention
from timeline_builder.extract.actors.lexicon import Tokens
from timeline_builder.records import AnnotatedDocument, Document

TEXTS = [
    "Mr Read met Mrs Reading. Mr. Read-Jones and Dr Readman said Mr Read's plan was late.",
    "Lord Archer and Lady Archer-Smith spoke; Sir Archer said nothing. Ms O'Neill left, Mr  O'Neill stayed.",
    "Mr Kalvo\u00a0Lind said Mr Kalvo was there. Mr Kalvo2 was not. Mr Kalvo_b neither. Mr \u00c9mile came.",
    "The films were Brief Summer, The Long Road and King Zaroff. King Zaroff fans queued. The King spoke.",
    "The movie King Zaroff opened. Members of King Zaroff toured; King Zaroff's family left. The song "
    "Lady Rhubarb won. Lady Rhubarb said so. Lady of the Lake, the album, sold; Lady Grey said Lady Rhubarb sang.",
    "Mr",
    "",
]


@pytest.fixture(scope="module")
def extractor() -> ActorExtractor:
    return ActorExtractor()


def state_of(extractor: ActorExtractor, text: str) -> DocState:
    doc = AnnotatedDocument(Document("t", "t.txt", text, "", dct=date(2006, 5, 2)))
    return DocState.build(doc, extractor.knowledge, extractor.lexicon)


def plain_courtesy_titled(state: DocState, name: str) -> bool:
    text = state.text
    return any(text.startswith(name, i) and people._boundary(text, i + len(name))
               for i in people._company_cues(state)[3])


def plain_names_a_work(state: DocState, name: tuple[str, ...]) -> bool:
    # The first word's places, as before: a place qualifies on its own, so any word's places give it.
    words = state.tokens.words
    return any(k >= 0 and companies._names_a_work_at(words, k, name, state.knowledge.cues) for k in state.positions({name[0]}))


@pytest.mark.parametrize("text", TEXTS)
def test_courtesy_titled_answers_as_the_scan_of_every_title(extractor, text):
    state = state_of(extractor, text)
    names = {text[i:j] for i in range(len(text)) for j in range(i, min(len(text), i + 14) + 1)}
    names |= {"Read", "Read-Jones", "O'Neill", "Kalvo Lind", "Kalvo\u00a0Lind", "Kalvo", "\u00c9mile", "-Jones", " Read"}
    asked = [name for name in sorted(names)]
    assert any(plain_courtesy_titled(state, name) for name in asked) or "Mr " not in text
    for name in asked:
        assert people.courtesy_titled(state, name) == plain_courtesy_titled(state, name), name


@pytest.mark.parametrize("text", TEXTS)
def test_names_a_work_answers_as_the_scan_from_its_first_word(extractor, text):
    state = state_of(extractor, text)
    words = state.tokens.words
    names = {tuple(words[i:j]) for i in range(len(words)) for j in range(i + 1, min(len(words), i + 5) + 1)}
    answers = {}
    for name in sorted(names):
        answers[name] = companies._names_a_work(state, name)
        assert answers[name] == plain_names_a_work(state, name), name
    if "King Zaroff" in text:
        assert answers[("King", "Zaroff")] and not answers.get(("Lady", "Grey"), False)


def _indexes(state: DocState):
    return ({k: list(v) for k, v in state._by_start.items() if v}, {k: list(v) for k, v in state._by_end.items() if v},
            {k: list(v) for k, v in state._starts_of.items() if v})


@pytest.mark.parametrize("remaps", [
    [{"b": "a"}],
    [{"b": "a", "c": "a"}, {"d": "e"}],
    [{"a": "b", "b": "c"}],          # one step each: a's mentions become b's, b's become c's
    [{"c": "c"}, {"e": "a"}, {"a": "f"}],
    [{"x": "a"}],                    # an actor with no entity mention (a group-layer one only)
])
def test_remap_updates_the_indexes_as_a_rebuild_would(extractor, remaps):
    # DocState.remap rewrites only the index entries of the moved actors; the result must equal
    # the indexes _reindex builds from the whole list of mentions.
    text = "Anna Berg met Carl Dorn and Eva Falk. Later Berg, Dorn and Falk left; Anna said Carl stayed. " * 3
    state = state_of(extractor, text)
    ids = {}
    for name in ("a", "b", "c", "d", "e", "f", "x"):
        ids[name] = state.add_discovered(f"Person {name.upper()}", "person")
    spans = [(0, 9, "a"), (14, 23, "b"), (28, 36, "c"), (44, 48, "a"), (50, 54, "b"), (59, 63, "d"),
             (70, 74, "e"), (80, 84, "f"), (95, 104, "c"), (109, 118, "b"), (109, 118, "d"), (190, 199, "e")]
    for start, end, name in spans:
        state.mention(start, end, ids[name])
    state.mention(0, 36, ids["x"], layer="group")
    state.mention(44, 63, ids["b"], layer="group")
    for remap in remaps:
        replacement = {ids[k]: ids[v] for k, v in remap.items()}
        expected = [(m.start, m.end, replacement.get(m.actor_id, m.actor_id), m.layer) for m in state.mentions]
        state.remap(replacement)
        assert [tuple(m) for m in state.mentions] == expected
        got = _indexes(state)
        state._reindex(list(state.mentions))
        assert got == _indexes(state)


@pytest.mark.parametrize("dropped", [
    [(0, 9, "a")],
    [(14, 23, "b"), (109, 118, "b")],            # one of two actors at the same span
    [(109, 118, "b"), (109, 118, "d"), (44, 48, "a")],
    [(0, 9, "a"), (0, 9, "a")],                  # a mention written twice goes with all its copies
    [(0, 36, "x", "group"), (70, 74, "e")],
    [(5, 7, "c")],                               # no such mention
])
def test_drop_updates_the_indexes_as_a_rebuild_would(extractor, dropped):
    text = "Anna Berg met Carl Dorn and Eva Falk. Later Berg, Dorn and Falk left; Anna said Carl stayed. " * 3
    state = state_of(extractor, text)
    ids = {name: state.add_discovered(f"Person {name.upper()}", "person") for name in "abcdefx"}
    spans = [(0, 9, "a"), (0, 9, "a"), (0, 4, "a"), (14, 23, "b"), (28, 36, "c"), (44, 48, "a"), (50, 54, "b"),
             (59, 63, "d"), (70, 74, "e"), (95, 104, "c"), (109, 118, "b"), (109, 118, "d"), (109, 113, "b")]
    for start, end, name in spans:
        state.mention(start, end, ids[name])
    state.mention(0, 36, ids["x"], layer="group")
    gone = {Mention(d[0], d[1], ids[d[2]], *d[3:]) for d in dropped}
    expected = [m for m in state.mentions if m not in gone]
    state.drop(gone)
    assert state.mentions == expected
    got = _indexes(state)
    keys = (set(state._by_start), set(state._by_end), set(state._starts_of))  # no empty lists left behind
    state._reindex(list(state.mentions))
    assert got == _indexes(state)
    assert keys == (set(state._by_start), set(state._by_end), set(state._starts_of))


class _CountedWords(list):
    """A token list that counts the steps rules take over it (iteration, ``index``, ``count``)."""

    steps = 0

    def __iter__(self):
        for word in super().__iter__():
            type(self).steps += 1
            yield word

    def index(self, value, start=0, *args):
        try:
            found = super().index(value, start, *args)
        except ValueError:
            type(self).steps += len(self) - start
            raise
        type(self).steps += found - start + 1
        return found


def test_positions_reads_the_text_once_however_many_questions(extractor):
    # A long text asked about one word at a time (a surname, a speaker's first word, "the"): the
    # first question indexes every token; later ones cost their answers, not a pass over the text.
    sentence = "The mayor said the plan of Ms Varrow was late, and the board of Quellin agreed at the time."
    state = state_of(extractor, " ".join([sentence] * 200))
    plain, tokens = list(state.tokens.words), state.tokens
    assert state.vocabulary  # (the distinct words: made once a document, before the questions)
    state.tokens = Tokens(_CountedWords(plain), tokens.starts, tokens.ends)
    _CountedWords.steps = 0
    questions = [{"the"}, {"Varrow"}, {"of", "at"}, {"the", "The", "Quellin"}, {"mayor"}, {"absent"},
                 {"board", "plan", "time", "late", "said", "agreed", "and", "was"}] * 30
    for wanted in questions:
        assert state.positions(wanted) == [k for k, word in enumerate(plain) if word in wanted]
    assert _CountedWords.steps <= 2 * len(plain)
