"""Who speaks in a statement the events stage names: not the one told ("X was told that ..."), not a name
inside what was said when the verb has its own subject before it ("analysts have said Acme is ..."), not
the one a speaker called something ("called President Roe a liar and said ..."), and not the place of a
news-wire dateline ("KANDAHAR, Afghanistan (AP)_ The chief of the militia said ...")."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from timeline_builder.extract.events.text import dateline_places

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from event_fixtures import after_link_stage, events_after_all_stages  # noqa: E402

DCT = date(2000, 1, 7)


def _statements(text: str) -> list[str]:
    return [e.name for e in events_after_all_stages(text, DCT).events if e.kind == "statement"]


def _links(text: str) -> set[tuple[str, str, str]]:
    found, linked = after_link_stage(text, DCT)
    names = {e.event_id: e.name for e in found.events}
    actors = {a.actor_id: a.name for a in found.actors}
    return {(names.get(l.event_id, ""), actors.get(l.actor_id, l.actor_id), l.role)
            for l in found.event_actors + linked.event_actors}


def test_the_one_who_was_told_is_no_speaker():
    text = "German Chancellor Gerhard Schroeder was told on Monday that the talks had failed."
    names = _statements(text)
    assert all("Schr" not in n for n in names), names


def test_the_teller_named_by_by_speaks():
    names = _statements("The Canadian Prime Minister was told by Tony Blair on Monday that the troops would stay.")
    assert "Statement by Tony Blair" in names, names


@pytest.mark.parametrize("text", [
    "Recently, analysts have said Acme also is vulnerable to rivals from abroad.",
    "Officials on Monday said Acme had closed the plant.",
])
def test_a_name_after_a_verb_with_its_own_subject_is_what_is_said(text):
    names = _statements(text)
    assert all("Acme" not in n for n in names), names


def test_a_speaker_after_a_quotation_still_follows_the_verb():
    names = _statements('"The risk is large," said Acme Corp. on Monday.')
    assert any("Acme" in n for n in names), names


def test_the_one_called_a_liar_is_not_the_speaker():
    text = "Fidel Castro called President Bush a liar on Monday and said the embargo would fail."
    names = _statements(text)
    assert names and all("Bush" not in n for n in names), names
    assert any("Castro" in n for n in names), names


@pytest.mark.parametrize("text, place", [
    ("KANDAHAR, Afghanistan (AP)_ The chief of the militia said Thursday he had freed two hostages.", "KANDAHAR, Afghanistan"),
    ("QUITO, May 3 (Xinhua) -- Ecuador devalued its currency.", "QUITO, May 3"),
])
def test_the_place_of_a_dateline_is_found(text, place):
    assert [text[s:e] for s, e in dateline_places(text)] == [place]


def test_the_place_of_a_dateline_is_no_speaker_nor_party():
    text = "KANDAHAR, Afghanistan (AP)_ The chief of the militia said Thursday he had sent a team to recover the bodies."
    assert all("Afghanistan" not in n for n in _statements(text))
    assert all(actor != "Afghanistan" for _, actor, _ in _links(text)), _links(text)


def test_the_one_told_who_answers_makes_the_statement():
    names = _statements('In 1962, when Nelson Mandela was told to plead guilty, he said, "Never."')
    assert any("Mandela" in n for n in names), names


def test_a_noun_of_speech_before_its_speaker_keeps_him():
    names = _statements("During his long speech Mr Brown told MPs he had met the target for 1999.")
    assert any("Brown" in n for n in names), names


@pytest.mark.parametrize("quote", ['"We will stay," said', "``We will stay,'' said"])
def test_a_version_of_a_letter_is_no_speaker(quote):
    names = _statements(quote + " a Spanish version of the letter, dated Jan. 4.")
    assert all("Spain" not in n and "Spanish" not in n for n in names), names


def test_the_one_told_after_an_apposition_is_no_speaker():
    text = '"Many jobs are temporary," Jane Roe, chief economist with Acme Partners in Lima, told Reuters news agency.'
    names = _statements(text)
    assert "Statement by Jane Roe" in names, names
    assert all("Reuters" not in n and "Acme" not in n for n in names), names
