"""A name inside a relative clause opened by "who" without a comma ("officials who monitor Chilean
affairs said ...") describes the verb's subject: it is neither the speaker the events stage names the
statement after nor an agent the linker gives the event."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from timeline_builder.extract import registry
from timeline_builder.records import Actor, ActorMention, AnnotatedDocument, Document, Event, EventMention, Extraction

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from event_fixtures import events_after_all_stages

TEXT = "Peruvian army officers who monitor Chilean affairs said on Thursday that Spain had been working quietly to settle the dispute."


def test_the_statement_is_named_after_the_subject_not_the_name_in_its_relative_clause():
    found = events_after_all_stages(TEXT, date(1998, 2, 19))
    names = [e.name for e in found.events if e.kind == "statement"]
    assert names and all("Chile" not in n for n in names), names
    assert any("Peru" in n for n in names), names


def _roles(text: str, names: dict[str, tuple[str, str]]) -> dict[str, str]:
    mentions = sorted((ActorMention(a, "d", text.index(n), text.index(n) + len(n), n)
                       for a, (n, _) in names.items()), key=lambda m: m.char_start)
    event = Event("e", "Statement by Officers", "statement", date(1998, 2, 19), source="text")
    found = Extraction(events=(event,), event_mentions=(EventMention("e", "d", 0, len(text), text),),
                       actor_mentions=tuple(mentions), actors=tuple(Actor(a, n, k) for a, (n, k) in names.items()))
    doc = Document("d", "d.txt", text, "sha", dct=date(1998, 2, 19))
    return {l.actor_id: l.role for l in registry.create("link")(AnnotatedDocument(doc, found)).event_actors}


def test_the_linker_gives_a_name_in_a_who_clause_no_agent_role():
    roles = _roles(TEXT, {"peru": ("Peruvian", "state"), "chile": ("Chilean", "state")})
    assert roles.get("chile") == "mentioned", roles
    assert roles.get("peru") == "agent", roles


def test_a_who_clause_set_off_by_commas_is_left_to_the_other_rules():
    # the subject named before the commas acts; the comma stops this rule from reading past it
    text = "Jane Roe, who met Chilean officials, said on Thursday that the border talks would resume."
    roles = _roles(text, {"jane-roe": ("Jane Roe", "person"), "chile": ("Chilean", "state")})
    assert roles.get("jane-roe") == "agent", roles
