"""The events stage's reading of its clause (the subject of the event's own verb) gives the agent,
wherever the clause's first verb stands; a name inside a phrase before the verb is no subject."""
from __future__ import annotations

from datetime import date

import pytest

from timeline_builder.records import Document


def roles(pipeline, text: str) -> dict[tuple[str, str], str]:
    """(event name, actor id) -> role of the published links (both stages, merged in the document)."""
    found = pipeline(Document("t", "t.txt", text, "", dct=date(2005, 1, 1)))
    names = {e.event_id: e.name for e in found.events}
    return {(names[l.event_id], l.actor_id): l.role for l in found.event_actors}


def only(links: dict[tuple[str, str], str], actor: str) -> str:
    found = [role for (_, a), role in links.items() if a == actor]
    assert len(found) == 1, links
    return found[0]


def test_the_subject_of_a_verb_after_a_verb_of_saying_is_its_agent(pipeline):
    # the clause's first verb is "confirmed": the linker alone read Mr Brown as mentioned
    links = roles(pipeline, "Aides confirmed on Friday that Gordon Brown visited Tony Blair at his home in May 2004.")
    assert only(links, "gordon-brown") == "agent"
    assert only(links, "tony-blair") == "target"


def test_the_subject_of_a_verb_the_verb_list_lacks_is_its_agent(pipeline):
    # "quit" is no verb form the linker's clause reading knows
    assert only(roles(pipeline, "Tony Blair quit the committee in June 2003."), "tony-blair") == "agent"


def test_a_name_after_a_preposition_before_the_verb_is_no_agent(pipeline):
    links = roles(pipeline, "In 2001 the mayor lost the race to John Major and stepped down.")
    assert only(links, "john-major") != "agent"


def test_a_name_in_a_relative_clause_before_the_verb_is_no_agent(pipeline):
    links = roles(pipeline, "Last year the league, which opposed the war in Iraq, urged voters to stay at home.")
    assert all(role != "agent" for (name, actor), role in links.items() if actor == "iraq" and "Urges" in name)


def test_a_trip_to_a_state_makes_it_a_participant_not_a_target(pipeline):
    links = roles(pipeline, "In March 2004 the Japanese prime minister flew to the U.S. for talks with Germany's envoy.")
    assert only(links, "united-states") == "participant"
    assert only(links, "japan") == "agent"


def test_a_direct_object_named_after_a_title_is_the_target(pipeline):
    # "Mr" before the name: the object's first word is a title, not the head of another phrase
    links = roles(pipeline, "In October 2004 Michael Howard appointed Mr Crosby as his campaign chief.")
    assert only(links, "crosby") == "target"
    assert only(links, "michael-howard") == "agent"


@pytest.mark.parametrize("text, speaker", [
    ("During his two-hour speech Mr Brown told MPs he had met his goal of 2% for 2004.", "gordon-brown"),
    ("Peace would be the key theme when Britain took over the presidency of the council in July, said Mr Straw.",
     "jack-straw"),
])
def test_a_name_after_the_event_word_that_speaks_itself_is_its_agent_not_its_target(pipeline, text, speaker):
    # the subject of the next verb, or the speaker after a verb of saying: a title before the name
    # let the object reading take it for the target
    assert {role for (_, actor), role in roles(pipeline, text).items() if actor == speaker} == {"agent"}
