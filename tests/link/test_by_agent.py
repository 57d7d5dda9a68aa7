""""by X" names the agent of the event whose word stands just before it ("signed by X", "a report by
X"), not of an event told elsewhere in the clause ("the pullout, welcomed by X")."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from event_fixtures import link_roles as roles, role_of  # noqa: E402


def test_by_after_another_predicate_makes_no_agent_of_the_event(pipeline):
    links = roles(pipeline, "The withdrawal of British troops from Kenya in 1998 was welcomed by France.")
    assert role_of(links, "france") != "agent"
    assert role_of(links, "united-kingdom") == "agent"


def test_by_after_the_event_word_names_its_agent(pipeline):
    assert role_of(roles(pipeline, "A report by the Electoral Commission in May 2004 said turnout fell."),
                   "electoral-commission") == "agent"


def test_a_name_before_by_is_no_event_word(pipeline):
    # "Kenya" is a word of the event's name, but a name, not the event's own word
    links = roles(pipeline, "In 1998 the withdrawal from Kenya, praised by Chile, began.")
    assert all(role != "agent" for (_, actor), role in links.items() if actor == "chile"), links


def test_a_possessive_before_the_event_word_is_its_agent_wherever_the_verb_stands(pipeline):
    # the clause's first verb ("considered") comes before the name: the position rule read it as mentioned
    links = roles(pipeline, "The high point of the year can be considered Tony Blair's visit to Delhi in 2004.")
    assert role_of(links, "tony-blair") == "agent"


def test_a_possessive_before_another_noun_is_not_the_event_s_agent(pipeline):
    links = roles(pipeline, "Critics say the summit in Delhi in 2004 was overshadowed by Tony Blair's absence.")
    assert all(role != "agent" for (name, actor), role in links.items() if actor == "tony-blair" and "Summit" in name), links
