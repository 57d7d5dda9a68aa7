"""The possessor of an act done to someone ("Jane Roe's arrest", "the hostages' release") is its
target, not its agent: the trigger knowledge's ``possessor`` column says which nouns these are;
an "of" after the noun ("the army's release of the hostages") names who undergoes it instead."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from timeline_builder.build.pipeline import Pipeline
from timeline_builder.records import Document

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from event_fixtures import link_roles as roles, role_of  # noqa: E402


def test_the_possessor_of_a_sentence_is_its_target(pipeline):
    links = roles(pipeline, "The governor commuted Alice Walker's sentence in 2003.")
    assert role_of(links, "alice-walker") == "target"


def test_an_arrest_before_the_clause_verb_is_done_to_its_possessor(pipeline):
    # the position rule reads a name before the clause's first verb as the agent
    links = roles(pipeline, "In 1962 Nelson Mandela's arrest angered Britain.")
    assert role_of(links, "nelson-mandela") == "target"


def test_of_after_the_noun_keeps_the_possessor_as_agent(pipeline):
    links = roles(pipeline, "In 1998 Britain's expulsion of Iraqi diplomats angered Iraq.")
    assert role_of(links, "united-kingdom") == "agent"


def test_a_users_trigger_file_names_more_nouns_done_to_their_possessor(tmp_path):
    text = "In March 2003 Jane Roe's abduction in Lima shocked Peru."
    (tmp_path / "triggers").mkdir()
    (tmp_path / "triggers" / "mine.tsv").write_text(
        "forms\tpos\tlabel\tkind\tevent_type\treason\tpossessor\n"
        "abduction|abductions\tnoun\tAbduction\tother\tCOERCE\t\ttarget\n")
    for dirs, role in (((), None), ((tmp_path,), "target")):
        found = Pipeline(knowledge_dirs=dirs)(Document("t", "t.txt", text, "", dct=date(2005, 1, 1)))
        names = {e.event_id: e.name for e in found.events}
        got = {l.role for l in found.event_actors if l.actor_id == "jane-roe" and "Abduction" in names[l.event_id]}
        assert got == ({role} if role else set()), (found.events, found.event_actors)


def test_of_after_an_act_done_to_someone_names_its_target(pipeline):
    # before the clause's verb, the position rule read both as agents
    assert role_of(roles(pipeline, "The arrest of Jane Roe in Lima in 2003 angered Peru."), "jane-roe") == "target"
    links = roles(pipeline, "In 2001 Britain ordered the expulsion of four Russian diplomats.")
    assert role_of(links, "russia") == "target"
    assert role_of(links, "united-kingdom") == "agent"
