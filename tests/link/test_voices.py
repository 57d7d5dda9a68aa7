"""Actors a clause names without their names: a quoted speaker's "I", "the latter"."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_builder.extract import registry
from timeline_builder.records import Actor, ActorMention, AnnotatedDocument, Document, Event, EventMention, Extraction

DCT = date(2025, 2, 18)


def links(text: str, told: str, names: list[tuple[str, str, str]]) -> dict[str, str]:
    """{actor: the words of its link's evidence} for one text event told from ``told`` to the end;
    ``names``: (actor id, words naming it, type), each occurrence of the words a mention."""
    mentions = []
    for actor, words, _ in names:
        k = text.find(words)
        while k != -1:
            mentions.append(ActorMention(actor, "d", k, k + len(words), words))
            k = text.find(words, k + 1)
    start = text.index(told)
    event = Event("e", told.title(), "other", date(1990, 1, 1), source="text")
    found = Extraction(events=(event,), event_mentions=(EventMention("e", "d", start, len(text), text[start:]),),
                       actor_mentions=tuple(sorted(mentions, key=lambda m: m.char_start)),
                       actors=tuple(Actor(a, w, k) for a, w, k in names))
    doc = Document("d", "d.txt", text, "sha", dct=DCT)
    return {l.actor_id: text[l.char_start:l.char_end]
            for l in registry.create("link")(AnnotatedDocument(doc, found)).event_actors}


PEOPLE = [("tom-ray", "Tom Ray", "person"), ("jane-roe", "Jane", "person")]


@pytest.mark.parametrize("text, speaker", [
    # "he said" after a quotation is not someone the quotation names
    ('Tom Ray spoke of his loss.\n\n"I saw how hard the loss of his sister Jane hit him in 1990," he said.', "tom-ray"),
    ('Tom Ray spoke of his loss. "I saw how hard it hit him in 1990," he said.', "tom-ray"),
])
def test_a_quoted_i_before_he_said_is_not_a_person_the_quotation_names(text, speaker):
    found = links(text, '"I saw', PEOPLE)
    assert found.get(speaker) == "I" and found.get("jane-roe") != "I"


@pytest.mark.parametrize("text, told, expected", [
    ("In 1990 Tom Ray refused to back Ann Lee and Jane over the latter's pay plan.", "over the latter",
     {"jane-roe": "the latter"}),
    ("Tom Ray met Jane in 1989. In 1990 the former resigned.", "In 1990", {"tom-ray": "the former"}),
    # an adjective, not a stand-in: "the former Soviet Union", "the latter half"
    ("Tom Ray met Jane in 1989. In the latter half of 1990 the union resigned.", "In the latter", {}),
    ("Tom Ray met Jane in 1989. In 1990 the former union leader resigned.", "In 1990", {}),
    # one name before it: nobody to tell apart
    ("Jane arrived in 1989. In 1990 the latter resigned.", "In 1990", {}),
])
def test_the_latter_and_the_former_are_the_last_two_names_before_them(text, told, expected):
    names = PEOPLE + [("ann-lee", "Ann Lee", "person")]
    found = links(text, told, [n for n in names if n[1] in text])
    assert {a: w for a, w in found.items() if w.startswith("the ")} == expected


_PLAIN_WE = r"\b(?:[Ww]e|us|[Oo]ur|[Мм]ы|[Нн]ас|[Нн]ам|[Нн]ами|[Нн]аш(?:а|е|и|его|ей|ему|им|ими|их|у)?)\b"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="Wweusor ОМмНнаыимхуй-.,'\n", max_size=60))
def test_the_letter_first_we_finds_what_the_plain_pattern_finds(text):
    import re

    from timeline_builder.link.voices import _WE
    assert [m.span() for m in _WE.finditer(text)] == [m.span() for m in re.finditer(_PLAIN_WE, text)]


# --- the Russian speech verbs said by nobody named: looked for only where their first letters stand ------

from timeline_builder.link import voices  # noqa: E402

SAY_WORDS = ["заявили", "Заявили", "говорят", "Заговорили", "утверждали", "Обвиняют", "пишут", "Писали", "требуют",
             "угрожали", "Призывают", "они", "Они", "it", "They", "said", "заявление", "ГОВОРЯТ", "в", "и", ",", ".",
             "Вчера", "Yesterday", "talks", "переговоры", "—", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SAY_WORDS), max_size=25).map(" ".join))
def test_every_russian_speech_verb_match_starts_with_a_listed_letter(text):
    for m in voices._THEY_SAY.finditer(text):
        assert text[m.start()] in voices._THEY_SAY_FIRSTS


def test_an_unnamed_russian_speaker_is_found_and_an_english_clause_has_none():
    russian = "Переговоры шли неделю. Вчера заявили, что встреча пройдёт весной."
    clause = EventMention("e", "d", russian.index("Вчера"), len(russian), "")
    found = voices._unnamed_subjects(russian, clause, [], [0, russian.index("Вчера")])
    assert [m.group() for m in found] == ["заявили"]
    english = "The talks went on for a week. Yesterday officials said the meeting would be held in spring."
    clause = EventMention("e", "d", english.index("Yesterday"), len(english), "")
    assert voices._unnamed_subjects(english, clause, [], [0, english.index("Yesterday")]) == []
    assert voices._may_say(russian) and not voices._may_say(english)
    assert voices._may_say(english + " Говорят.") and not voices._may_say(english)  # each text its own answer
