"""The trigger files: packaged ones load, users extend them, bad lines name file and line."""
from __future__ import annotations

import pytest

from timeline_builder.errors import KnowledgeError
from timeline_builder.knowledge.triggers import PLOVER_TYPES, load_trigger_knowledge
from timeline_builder.knowledge.events import EVENT_KINDS

HEADER = "forms\tpos\tlabel\tkind\tevent_type\treason\n"


def test_packaged_triggers_are_valid_and_every_kind_has_a_type_or_a_reason():
    knowledge = load_trigger_knowledge()
    assert len(knowledge.triggers) > 300
    for trigger in knowledge.triggers.values():
        assert trigger.kind in EVENT_KINDS
        assert trigger.pos == "idiom" or trigger.event_type in PLOVER_TYPES or trigger.reason
    for kind in EVENT_KINDS:
        event_type, reason = knowledge.type_of_kind(kind)
        assert event_type in PLOVER_TYPES or reason


def test_a_user_file_adds_a_trigger(tmp_path):
    (tmp_path / "triggers").mkdir()
    (tmp_path / "triggers" / "mine.tsv").write_text(HEADER + "embargoed|blockaded\tverb\tblockades\tsanction\tSANCTION\t\n")
    knowledge = load_trigger_knowledge((tmp_path,))
    assert knowledge.trigger("Blockaded").event_type == "SANCTION"
    assert knowledge.pattern.search("the port was blockaded in 1962")


def test_a_capitalised_form_matches_only_as_written():
    knowledge = load_trigger_knowledge()
    assert knowledge.pattern.search("the Act of 1947").group(0) == "Act"
    assert all(m.group(0) != "act" for m in knowledge.pattern.finditer("an act of kindness"))


def test_a_verb_may_take_the_kind_of_the_event_noun_it_governs(tmp_path):
    (tmp_path / "triggers").mkdir()
    (tmp_path / "triggers" / "mine.tsv").write_text(
        HEADER.rstrip("\n") + "\tperson_kind\tnoun\tobject_kind\n"
        + "embraced\tverb\tembraces\tstatement\t\tplain words\t\t\tyes\n")
    knowledge = load_trigger_knowledge((tmp_path,))
    assert knowledge.trigger("embraced").object_kind and not knowledge.trigger("signed").object_kind
    bad = tmp_path / "bad"
    (bad / "triggers").mkdir(parents=True)
    (bad / "triggers" / "mine.tsv").write_text(
        HEADER.rstrip("\n") + "\tperson_kind\tnoun\tobject_kind\n"
        + "embraced\tverb\tembraces\tstatement\t\tplain words\t\t\tmaybe\n")
    with pytest.raises(KnowledgeError, match="object_kind 'maybe'") as info:
        load_trigger_knowledge((bad,))
    assert "mine.tsv" in str(info.value) and "2" in str(info.value)


@pytest.mark.parametrize("line, message", [
    ("sign\tverb\tsigns\ttreaty\tSIGN\t\n", "not a PLOVER type"),
    ("sign\tverb\tsigns\ttreaty\t\t\n", "needs a reason"),
    ("sign\tadverb\tsigns\ttreaty\tAGREE\t\n", "pos 'adverb'"),
    ("sign\tverb\tsigns\tparty\tAGREE\t\n", "kind 'party'"),
])
def test_a_bad_line_names_its_file_and_line(tmp_path, line, message):
    (tmp_path / "triggers").mkdir()
    (tmp_path / "triggers" / "bad.tsv").write_text("# mine\n" + HEADER + line)
    with pytest.raises(KnowledgeError, match=message) as info:
        load_trigger_knowledge((tmp_path,))
    assert "bad.tsv" in str(info.value) and "3" in str(info.value)


def test_a_possessor_column_names_nouns_done_to_their_possessor(tmp_path):
    (tmp_path / "triggers").mkdir()
    (tmp_path / "triggers" / "mine.tsv").write_text(
        HEADER.rstrip("\n") + "\tpossessor\n" + "abduction\tnoun\tAbduction\tother\tCOERCE\t\ttarget\n"
        "tour\tnoun\tTour\tmeeting\tCONSULT\t\tagent\n")
    knowledge = load_trigger_knowledge((tmp_path,))
    assert knowledge.trigger("abduction").possessor == "target"
    assert knowledge.trigger("tour").possessor is None and knowledge.trigger("visit").possessor is None
    assert load_trigger_knowledge().trigger("arrest").possessor == "target"
    bad = tmp_path / "bad"
    (bad / "triggers").mkdir(parents=True)
    (bad / "triggers" / "mine.tsv").write_text(
        HEADER.rstrip("\n") + "\tpossessor\n" + "abduction\tnoun\tAbduction\tother\tCOERCE\t\tvictim\n")
    with pytest.raises(KnowledgeError, match="possessor 'victim'"):
        load_trigger_knowledge((bad,))
