"""The event knowledge base: packaged files valid, user files override and add, bad lines named."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline_builder.errors import KnowledgeError
from timeline_builder.knowledge.actors import load_actor_knowledge
from timeline_builder.knowledge.events import EVENT_KINDS, load_event_knowledge, parse_date

HEADER = "id\tname\tkind\tdate_begin\tdate_end\tgranularity\taliases\tparticipants\twikidata\tcues\n"


def user_folder(tmp_path: Path, *rows: str) -> Path:
    folder = tmp_path / "mine"
    (folder / "events").mkdir(parents=True)
    (folder / "events" / "extra.tsv").write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def kb():
    return load_event_knowledge()


def test_packaged_knowledge_is_large_and_valid(kb):
    assert len(kb.events) >= 300
    assert {e.kind for e in kb.events.values()} <= EVENT_KINDS
    for event in kb.events.values():
        assert event.date_begin is not None
        assert event.date_end is None or event.date_end >= event.date_begin


def test_every_participant_is_a_known_actor(kb):
    actors = load_actor_knowledge().actors
    unknown = sorted({(e.event_id, actor) for e in kb.events.values() for actor, _ in e.participants
                      if actor not in actors} | {(e.event_id, e.holder) for e in kb.events.values()
                                                  if e.holder and e.holder not in actors})
    assert unknown == []


@pytest.mark.parametrize("event_id, begin, end", [
    ("new-start", date(2010, 4, 8), date(2026, 2, 5)),
    ("caatsa", date(2017, 8, 2), None),
    ("cuban-missile-crisis", date(1962, 10, 16), date(1962, 10, 28)),
    ("yom-kippur-war", date(1973, 10, 6), date(1973, 10, 25)),
    ("russian-invasion-of-ukraine", date(2022, 2, 24), None),
    ("cold-war", date(1947, 1, 1), date(1991, 12, 26)),
    ("munich-agreement", date(1938, 9, 30), None),
    ("attack-on-pearl-harbor", date(1941, 12, 7), date(1941, 12, 7)),
    ("srebrenica-massacre", date(1995, 7, 11), date(1995, 7, 22)),
    ("collapse-of-lehman-brothers", date(2008, 9, 15), date(2008, 9, 15)),
    ("revolution-of-dignity", date(2014, 2, 18), date(2014, 2, 23)),
    ("hong-kong-national-security-law", date(2020, 6, 30), None),
    ("myanmar-coup-2021", date(2021, 2, 1), date(2021, 2, 1)),
    ("g20-summit-2009-london", date(2009, 4, 2), date(2009, 4, 2)),
])
def test_well_known_dates(kb, event_id, begin, end):
    event = kb.events[event_id]
    assert (event.date_begin, event.date_end) == (begin, end)


def test_an_intervention_named_by_a_description_carries_its_codename(kb):
    """Analysts name a described intervention with its codename ("... (Operation Deliberate
    Force)"): every war or operation named as an intervention, invasion, bombing or air campaign
    whose aliases hold an "Operation X" says it in its name."""
    import re

    missing = sorted(e.event_id for e in kb.events.values() if e.kind in ("war", "operation")
                     and re.search(r"(?i)\b(?:intervention|invasion|bombing|air campaign)\b", e.name)
                     and "(" not in e.name and " and " not in e.name
                     and any(re.match(r"Operation [A-Z]", a) for a in e.aliases))
    assert missing == []


def test_every_us_presidency_since_1945_is_a_contiguous_term(kb):
    terms = [t for t in kb.terms("us-president") if t.date_begin >= date(1945, 1, 1)]
    assert len(terms) == 15
    for earlier, later in zip(terms, terms[1:]):
        assert earlier.date_end == later.date_begin
    assert kb.term_at("us-president", date(1962, 10, 20)).holder == "john-f-kennedy"
    assert kb.term_at("us-president", date(2025, 2, 18)).event_id == "trump-second-administration"


@pytest.mark.parametrize("text, end, expected", [
    ("1962", False, (date(1962, 1, 1), "year")), ("1962", True, (date(1962, 12, 31), "year")),
    ("2024-02", True, (date(2024, 2, 29), "month")), ("1962-10-16", False, (date(1962, 10, 16), "day")),
])
def test_parse_date(text, end, expected):
    assert parse_date(text, end=end) == expected


def test_user_file_adds_and_overrides(tmp_path):
    folder = user_folder(tmp_path,
                         "my-summit\tMy Summit\tmeeting\t2030-05-01\t2030-05-02\t\tThe Big Summit\tunited-states:participant\t\t",
                         "cold-war\tCold War\tconflict\t1946\t1991-12-26\tyear\t\t\t\t")
    kb = load_event_knowledge([folder])
    assert kb.events["my-summit"].aliases == ("The Big Summit",)
    assert kb.events["cold-war"].date_begin == date(1946, 1, 1)
    assert "cuban-missile-crisis" in kb.events


@pytest.mark.parametrize("row, message", [
    ("bad\tBad\tparty\t2020\t\t\t\t\t\t", "kind 'party'"),
    ("bad\tBad\twar\t2020-13-01\t\t\t\t\t\t", "2020-13-01"),
    ("bad\tBad\twar\t2021\t2020\t\t\t\t\t", "before date_begin"),
    ("bad\tBad\twar\t2020\t\t\t\tunited-states:boss\t\t", "role 'boss'"),
    ("bad\tBad\twar\t2020\t\t\t\tnobody-at-all:agent\t\t", "not in the actor knowledge base"),
    ("Bad Id\tBad\twar\t2020\t\t\t\t\t\t", "not a lower-case slug"),
    ("bad\tBad\twar\t2020\t\tweekly\t\t\t\t", "granularity"),
    ("bad\tBad\twar\t2020\t\t\t\t\tX12\t", "Q-id"),
])
def test_bad_user_line_names_file_and_line(tmp_path, row, message):
    folder = user_folder(tmp_path, "ok-one\tOk\twar\t2020\t\t\t\t\t\t", row)
    with pytest.raises(KnowledgeError) as caught:
        load_event_knowledge([folder])
    assert caught.value.line == 3
    assert "extra.tsv" in str(caught.value) and message in str(caught.value)


def test_duplicate_id_in_one_file_is_an_error(tmp_path):
    folder = user_folder(tmp_path, "dup\tA\twar\t2020\t\t\t\t\t\t", "dup\tB\twar\t2021\t\t\t\t\t\t")
    with pytest.raises(KnowledgeError, match="already defined at line 2"):
        load_event_knowledge([folder])


def test_missing_folder_is_an_error(tmp_path):
    with pytest.raises(KnowledgeError, match="does not exist"):
        load_event_knowledge([tmp_path / "nope"])


# The kind a known event's head word gives it, as the trigger table and the gold schema read it.
HEAD_KINDS = {"invasion": "war", "revolution": "other", "revolutions": "other", "uprising": "other",
              "coup": "other", "protests": "other", "accession": "treaty", "annexation": "other",
              "enlargement": "policy"}  # an alliance's enlargement is its policy; a state's accession a treaty
# Known events whose head word misleads, and why.
HEAD_KIND_EXCEPTIONS = {
    "bay-of-pigs-invasion": "an exile brigade's landing run by the CIA: an operation",
    "iranian-coup-1953": "a covert operation (Ajax)",
    "guatemalan-coup-1954": "a covert operation (PBSuccess)",
    "eu-accession-negotiations-ukraine": "a decision to open accession talks, not an accession",
    "russian-invasion-of-ukraine": "named a 'special military operation' by one party and a war by the other",
}


def test_known_events_take_the_kind_their_head_word_gives():
    import re

    kb = load_event_knowledge()
    wrong = []
    for event in kb.events.values():
        if event.event_id in HEAD_KIND_EXCEPTIONS or event.kind == "term":
            continue
        words = re.findall(r"[a-z]+", event.name.lower().split("(")[0])
        heads = [w for w in words if w in HEAD_KINDS]
        if heads and event.kind != HEAD_KINDS[heads[0]]:
            wrong.append(f"{event.event_id}: {event.kind}, its head word '{heads[0]}' says {HEAD_KINDS[heads[0]]}")
    assert not wrong, wrong


def test_summits_of_the_groups_of_leaders(kb):
    """One G7 (G8 with Russia 1997-2013) summit a year from 1975 (none in 2020), and the G20 leaders'
    summits from 2008; Russia takes part in the G8 ones only."""
    g7 = [e for e in kb.events.values() if e.event_id.startswith(("g7-summit-", "g8-summit-"))]
    years = sorted(e.date_begin.year for e in g7)
    assert years == sorted(set(range(1975, 2026)) - {2020})
    for e in g7:
        with_russia = ("russia", "participant") in e.participants
        assert with_russia == (1997 <= e.date_begin.year <= 2013), e.event_id
        assert e.date_end is not None and 0 <= (e.date_end - e.date_begin).days <= 3, e.event_id
    g20 = {e.date_begin.year for e in kb.events.values() if e.event_id.startswith("g20-summit-")}
    assert g20 == set(range(2008, 2026))


def test_a_resolution_is_named_by_its_body_and_number_never_by_a_bare_number(kb):
    """"Resolution 1973" or "UNSCR 1973" is the Libya resolution; "1973" alone is a year."""
    import re

    for event in kb.events.values():
        if not event.event_id.startswith(("unsc-resolution-", "unga-resolution-", "uns-resolution-")):
            continue
        assert event.date_begin == event.date_end or event.date_end is None, event.event_id
        for alias in event.aliases:
            assert not re.fullmatch(r"[\d/ -]+", alias), (event.event_id, alias)
    libya = kb.events["unsc-resolution-1973"]
    assert libya.date_begin == date(2011, 3, 17) and "UNSCR 1973" in libya.aliases


def test_nuclear_tests_and_review_conferences(kb):
    firsts = {"trinity-test": date(1945, 7, 16), "first-british-nuclear-test": date(1952, 10, 3),
              "first-french-nuclear-test": date(1960, 2, 13), "first-chinese-nuclear-test": date(1964, 10, 16),
              "smiling-buddha": date(1974, 5, 18)}
    assert {k: kb.events[k].date_begin for k in firsts} == firsts
    north_korea = sorted(e.date_begin for e in kb.events.values() if e.event_id.startswith("north-korean-nuclear-test-"))
    assert len(north_korea) == 6 and north_korea[0] == date(2006, 10, 9) and north_korea[-1] == date(2017, 9, 3)
    revcons = sorted(e.date_begin.year for e in kb.events.values() if e.event_id.startswith("npt-review-conference-"))
    assert revcons == [1975, 1980, 1985, 1990, 1995, 2000, 2005, 2010, 2015, 2022]  # 2020's was held in 2022


def test_every_packaged_event_is_defined_in_one_file_only():
    """A later file silently replaces an earlier row of the same id (that is how a user's folder
    overrides ours), so a second packaged row hides the first: keep one row per happening."""
    from timeline_builder.knowledge.events import EVENT_FILES
    from timeline_builder.knowledge.files import knowledge_files

    where: dict[str, list[str]] = {}
    for path in knowledge_files(EVENT_FILES):
        for line in path.read_text(encoding="utf-8").splitlines():
            event_id = line.split("\t", 1)[0]
            if line and not line.startswith("#") and event_id != "id":
                where.setdefault(event_id, []).append(path.name)
    assert {k: v for k, v in where.items() if len(v) > 1} == {}


def test_an_accession_is_done_by_the_state_that_joins_and_the_body_joined_takes_part(kb):
    # "Ruritania's accession to the alliance": Ruritania accedes (agent); the alliance it joins is a party to it
    actors = load_actor_knowledge().actors
    accessions = [e for e in kb.events.values() if "accession" in e.event_id and e.kind == "treaty"]
    assert len(accessions) >= 5
    for event in accessions:
        for actor, role in event.participants:
            kind = actors[actor].type if actor in actors else None
            expected = "agent" if kind == "state" else "participant"
            assert role == expected, (event.event_id, actor, role)
