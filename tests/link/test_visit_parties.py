"""A visit's parties beyond its clause: the state the visitor serves and the host state's leader
over the visit's dates, where the document names them; a state visited as its ruler's ("travelled
to Idi Amin's Uganda") is the host."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from event_fixtures import link_roles  # noqa: E402


def visit_roles(pipeline, text: str) -> dict[str, str]:
    """actor id -> role in the one event whose name tells a journey ("Travels", "Flies")."""
    links = link_roles(pipeline, text)
    names = {name for name, _ in links if any(w in name for w in ("Travels", "Flies", "Visit"))}
    assert len(names) == 1, links
    return {actor: role for (name, actor), role in links.items() if name in names}


def test_the_visitor_s_state_and_the_host_s_leader_take_part(pipeline):
    roles = visit_roles(pipeline, "Britain and Libya made peace. In March 2004 Tony Blair flew to Libya. "
                                  "Muammar Gaddafi is a hard man to read.")
    assert roles == {"tony-blair": "agent", "libya": "participant", "united-kingdom": "participant",
                     "muammar-gaddafi": "participant"}


def test_the_host_s_leader_is_who_led_it_on_the_visit_s_dates(pipeline):
    roles = visit_roles(pipeline, "Britain and Uganda fell out under Idi Amin. In 1995 John Major travelled to Uganda.")
    assert roles.get("uganda") == "participant" and roles.get("united-kingdom") == "participant"
    assert "idi-amin" not in roles, roles


def test_a_state_named_as_its_ruler_s_is_the_visit_s_host(pipeline):
    roles = visit_roles(pipeline, "In 1975 Jane Roe travelled to Idi Amin's Uganda to plead for a teacher.")
    assert roles.get("uganda") == "participant" and roles.get("idi-amin") == "participant", roles
