"""A head of government's term lists the governing party among its participants
(knowledge/events/terms.tsv): the linker adds it only where the document names that party."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from timeline_builder.knowledge.events import load_event_knowledge

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from event_fixtures import after_link_stage

DCT = date(2010, 6, 1)


def term_links(text: str) -> dict[str, set[str]]:
    """kb id of each known term event -> the actor ids linked to it."""
    found, linked = after_link_stage(text, DCT)
    links = linked.event_actors
    kb = {e.event_id: e.kb_id for e in found.events if e.kb_id}
    out: dict[str, set[str]] = {}
    for link in links:
        if link.event_id in kb:
            out.setdefault(kb[link.event_id], set()).add(link.actor_id)
    return out


def test_every_uk_and_us_head_of_government_term_lists_one_governing_party():
    parties = {"labour-party", "conservative-party", "democratic-party", "republican-party"}
    terms = [e for e in load_event_knowledge().events.values() if e.office in ("uk-prime-minister", "us-president")]
    assert terms
    for term in terms:
        listed = {actor for actor, _ in term.participants} & parties
        assert len(listed) == 1, term.event_id


def test_a_premiership_links_its_party_where_the_story_names_the_party():
    text = ("Old rivals still argue about the Blair government and its schools policy. "
            "Labour activists gathered in a hall in Leeds on Saturday to hear the arguments again.")
    assert "labour-party" in term_links(text).get("tony-blair-uk-prime-minister", set())


def test_the_other_party_named_in_the_story_is_not_linked_to_the_premiership():
    text = ("Old rivals still argue about the Blair government and its schools policy. "
            "Conservative activists gathered in a hall in Leeds on Saturday to hear the arguments again.")
    links = term_links(text).get("tony-blair-uk-prime-minister", set())
    assert "conservative-party" not in links and "labour-party" not in links
