"""One row per happening: text events merged in a document and across documents."""
from __future__ import annotations

from dataclasses import replace
import random
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from timeline_builder.build import BuildOptions, build
from timeline_builder.build import event_merge
from timeline_builder.build.event_merge import merge_document_events
from timeline_builder.build.pipeline import Pipeline
from timeline_builder.cli import main
from timeline_builder.records import Actor, Document, Event, EventActor, EventMention, Extraction, Timex


def event(event_id: str, name: str, begin: date, end: date, kind: str = "statement", event_type: str | None = None,
          source: str = "text", kb_id: str | None = None) -> Event:
    return Event(event_id, name, kind, begin, end, "day" if begin == end else "year", source=source, kb_id=kb_id,
                 event_type=event_type)


def links(*triples) -> tuple[EventActor, ...]:
    return tuple(EventActor(e, a, role, "text", "d", 0, 1) for e, a, role in triples)


DAY, YEAR = (date(2005, 3, 26), date(2005, 3, 26)), (date(2005, 1, 1), date(2005, 12, 31))


def merged(events, event_links, actors=()) -> dict[str, set[str]]:
    """{kept event id: ids of the events whose mentions it now holds}."""
    found = Extraction(
        events=tuple(events), event_actors=event_links, actors=tuple(actors),
        event_mentions=tuple(EventMention(e.event_id, "d", k, k + 1, e.event_id) for k, e in enumerate(events)))
    out = merge_document_events(found)
    holders: dict[str, set[str]] = {e.event_id: set() for e in out.events}
    for m in out.event_mentions:
        holders[m.event_id].add(m.text)
    return holders


def test_a_year_and_a_day_in_it_with_a_shared_agent_are_one_event_dated_by_the_day():
    year = event("y", "Summit on Europe", *YEAR, kind="meeting")
    day = event("d", "Blair Meets Chirac on Europe", *DAY, kind="meeting")
    assert merged([year, day], links(("y", "tony-blair", "agent"), ("d", "tony-blair", "agent"))) == {"d": {"y", "d"}}


def test_two_speakers_on_one_day_are_two_statements_though_they_share_a_party():
    one = event("h", "Statement by Heseltine", *DAY)
    two = event("m", "Statement by Michael Howard", *DAY)
    found = links(("h", "heseltine", "agent"), ("h", "conservative-party", "agent"),
                  ("m", "michael-howard", "agent"), ("m", "conservative-party", "agent"))
    people = (Actor("heseltine", "Heseltine", "person"), Actor("michael-howard", "Michael Howard", "person"))
    assert merged([one, two], found, people) == {"h": {"h"}, "m": {"m"}}


@pytest.mark.parametrize("other", [
    event("o", "Blair Speaks on Europe", date(2006, 3, 26), date(2006, 3, 26)),  # another date
    event("o", "Blair Speaks on Europe", *DAY, kind="meeting"),  # another kind
    event("o", "Blair Speaks on Europe", *DAY, source="knowledge", kb_id="blair-speech"),  # a known event
])
def test_other_dates_kinds_and_known_events_stay_apart(other):
    day = event("d", "Blair Speaks on Europe", *DAY)
    assert merged([day, other], links(("d", "tony-blair", "agent"), ("o", "tony-blair", "agent"))) == \
        {"d": {"d"}, "o": {"o"}}


def test_the_same_name_in_a_year_and_on_a_day_of_it_is_one_event_without_any_actor():
    assert merged([event("y", "Budget Speech", *YEAR), event("d", "budget speech", *DAY)], ()) == {"d": {"y", "d"}}


@pytest.mark.parametrize("first, second, one", [
    # two offices of one person, nested years: nothing in common but the person
    ("Jane Doe Represented Leeds Seats", "Jane Doe's Tenure as Home Secretary", False),
    ("Jane Doe Chairs Party", "Jane Doe Opens Hospital Wing", False),
    # one meeting told twice, the same words in other forms
    ("April IMF Meetings", "IMF Meeting in Washington", True),
    ("Jane Doe Meets Ministers", "Meeting of Ministers in Leeds", True),
])
def test_names_sharing_only_their_party_tell_two_things_it_did(first, second, one):
    outer = event("o", first, date(1950, 1, 1), date(1980, 12, 31), kind="term")
    inner = event("i", second, date(1960, 1, 1), date(1964, 12, 31), kind="term")
    people = (Actor("jane-doe", "Jane Doe", "person"), Actor("imf", "IMF", "organization"))
    result = merged([outer, inner], links(("o", "jane-doe", "agent"), ("i", "jane-doe", "agent")), people)
    assert result == ({"i": {"o", "i"}} if one else {"o": {"o"}, "i": {"i"}})


def test_links_of_merged_events_are_one_per_actor_with_the_stronger_role():
    year = event("y", "Summit on Europe", *YEAR, kind="meeting")
    day = event("d", "Blair Meets Chirac on Europe", *DAY, kind="meeting")
    found = Extraction(events=(year, day), event_actors=links(("y", "tony-blair", "agent"), ("d", "tony-blair", "agent"),
                                                             ("y", "france", "target"), ("d", "france", "mentioned")))
    out = merge_document_events(found)
    assert [(l.event_id, l.actor_id, l.role) for l in out.event_actors] == [("d", "france", "target"),
                                                                             ("d", "tony-blair", "agent")]


def test_the_two_countries_signing_that_year_is_the_treaty_signed_on_a_day_of_it():
    text = ("In 1984, Chile and Peru quarrelled. That year the two countries signed agreements on fishing. "
            "On 12 May 1984 Chile signed a fisheries treaty with Peru.")
    found = Pipeline()(Document("t", "t.txt", text, "", dct=date(2005, 6, 1)))
    assert len(found.events) == 1 and found.events[0].date_begin == date(1984, 5, 12)
    assert len(found.event_mentions) == 2


STORIES = {
    "a.txt": "On 12 May 2005, Chile signed a fisheries agreement with Peru in Lima.",
    "b.txt": "Chile signed a fisheries accord with Peru in Lima on 12 May 2005, officials said.",
    "c.txt": "On 12 May 2005, Bolivia signed a fisheries accord with Peru in Lima.",  # another agent
}


def _build(folder: Path, files: dict[str, str], dataset: Path):
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return build([str(folder)], dataset, BuildOptions(use_cache=False))


def test_stories_of_one_signing_are_one_event_row_and_another_signer_is_another(tmp_path):
    result = _build(tmp_path / "in", STORIES, tmp_path / "ds")
    events = pq.read_table(result.version.path / "events.parquet").to_pylist()
    mentions = pq.read_table(result.version.path / "event_mentions.parquet").to_pylist()
    per_event = {e["event_id"]: {m["doc_id"] for m in mentions if m["event_id"] == e["event_id"]} for e in events}
    assert sorted(len(docs) for docs in per_event.values()) == [1, 2]
    links = pq.read_table(result.version.path / "event_actors.parquet").to_pylist()
    assert len({(l["event_id"], l["actor_id"], l["role"]) for l in links}) == len(links)


def _files(version_dir: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(version_dir.iterdir())}


def test_merging_across_documents_is_independent_of_names_order_and_shards(tmp_path, capsys):
    together = _build(tmp_path / "all", STORIES, tmp_path / "together")
    renamed = {f"z{k}.txt": text for k, text in enumerate(reversed(STORIES.values()))}  # another reading order
    again = _build(tmp_path / "renamed", renamed, tmp_path / "again")
    events = lambda r: [(e["event_id"], e["name"]) for e in pq.read_table(r.version.path / "events.parquet").to_pylist()]
    assert events(together) == events(again)
    _build(tmp_path / "shards" / "one", {"a.txt": STORIES["a.txt"]}, tmp_path / "one")
    _build(tmp_path / "shards" / "two", {k: STORIES[k] for k in ("b.txt", "c.txt")}, tmp_path / "two")
    whole = build([str(tmp_path / "shards" / "one"), str(tmp_path / "shards" / "two")], tmp_path / "whole",
                  BuildOptions(use_cache=False))
    assert main(["merge", str(tmp_path / "two"), str(tmp_path / "one"), "--dataset", str(tmp_path / "m"), "-q"]) == 0
    capsys.readouterr()
    assert _files(tmp_path / "m" / "latest") == _files(whole.version.path)


def _rows(event_id: str, kind: str, parties: dict[str, str]):
    """An events row of a text event on 12 May 2005 and its link rows (``parties``: actor -> role)."""
    from timeline_builder.publish.tables import SCHEMAS
    values = {"event_id": event_id, "name": event_id, "kind": kind, "date_begin": date(2005, 5, 12),
              "date_end": date(2005, 5, 12), "granularity": "day", "date_basis": "text", "confidence": 0.8,
              "source": "text"}
    event = tuple(values.get(c) for c in SCHEMAS["events"].names)
    links = [(event_id, actor, role, "text", "d-" + event_id, 0, 1) for actor, role in parties.items()]
    mention = (event_id, "d-" + event_id, 0, 1, event_id)
    return event, mention, links


@pytest.mark.parametrize("one, two, merged", [
    (("agreement", {"chile": "agent", "peru": "participant"}), ("agreement", {"chile": "agent", "peru": "participant"}),
     True),
    (("statement", {"michael-stone": "agent"}), ("statement", {"michael-stone": "agent"}), False),  # said again
    (("agreement", {"chile": "agent", "peru": "participant"}),
     ("agreement", {"chile": "agent", "peru": "participant", "bolivia": "participant"}), False),  # other parties
    (("agreement", {"chile": "mentioned"}), ("agreement", {"chile": "mentioned"}), False),  # no party at all
])
def test_across_documents_only_the_same_kind_day_place_and_parties_merge(one, two, merged):
    from timeline_builder.build.event_merge import merge_events_across_documents
    from timeline_builder.build.rows import _evidence_rank

    a, b = _rows("a", *one), _rows("b", *two)
    events, mentions, links = merge_events_across_documents([a[0], b[0]], [a[1], b[1]], a[2] + b[2], _evidence_rank)
    assert ([e[0] for e in events] == ["a"]) is merged
    assert {m[0] for m in mentions} == ({"a"} if merged else {"a", "b"})


def _named_rows(event_id: str, name: str, begin: date, end: date, granularity: str, parties: dict[str, str],
                kind: str = "election"):
    """An events row of a text event named ``name`` and its link rows, in a document of its own."""
    from timeline_builder.publish.tables import SCHEMAS
    values = {"event_id": event_id, "name": name, "kind": kind, "date_begin": begin, "date_end": end,
              "granularity": granularity, "date_basis": "text", "confidence": 0.8, "source": "text"}
    event = tuple(values.get(c) for c in SCHEMAS["events"].names)
    links = [(event_id, actor, role, "text", "d-" + event_id, 0, 1) for actor, role in parties.items()]
    return event, (event_id, "d-" + event_id, 0, 1, name), links


JUNE = (date(2004, 6, 1), date(2004, 6, 30), "month")


@pytest.mark.parametrize("one, two, merged", [
    # a name that says which happening: one row, with or without parties, to a month or a day
    (("European Elections", *JUNE, {}), ("european elections", *JUNE, {}), True),
    (("Death of Jane Roe", *JUNE, {"jane-roe": "agent"}), ("Death of Jane Roe", *JUNE, {"jane-roe": "agent"}), True),
    (("Charity Concert Aid", date(2004, 12, 25), date(2004, 12, 25), "day", {}),
     ("Charity Concert Aid", date(2004, 12, 25), date(2004, 12, 25), "day", {}), True),
    # names of no one happening: a bare word, a year's report, "next", a weekday
    (("Report", *JUNE, {}), ("Report", *JUNE, {}), False),
    (("2004 Report", *JUNE, {}), ("2004 Report", *JUNE, {}), False),
    (("Next Election", *JUNE, {}), ("Next Election", *JUNE, {}), False),
    (("Sunday's Elections", *JUNE, {}), ("Sunday's Elections", *JUNE, {}), False),
    # the same name of other happenings: another person's, other dates, another name
    (("Wedding Plans", *JUNE, {"jane-roe": "agent"}), ("Wedding Plans", *JUNE, {"john-doe": "agent"}), False),
    (("European Elections", *JUNE, {}), ("European Elections", date(2004, 1, 1), date(2004, 12, 31), "year", {}),
     False),
    (("European Elections", *JUNE, {}), ("European Parliament Elections", *JUNE, {}), False),
])
def test_across_documents_a_telling_name_makes_events_without_a_day_or_parties_one(one, two, merged):
    from timeline_builder.build.event_merge import merge_events_across_documents
    from timeline_builder.build.rows import _evidence_rank

    a, b = _named_rows("a", *one), _named_rows("b", *two)
    events, mentions, links = merge_events_across_documents([a[0], b[0]], [a[1], b[1]], a[2] + b[2], _evidence_rank)
    assert ([e[0] for e in events] == ["a"]) is merged
    assert {m[0] for m in mentions} == ({"a"} if merged else {"a", "b"})


def test_two_events_one_document_tells_apart_are_not_joined_across_documents():
    from timeline_builder.build.event_merge import events_merged_into

    # one speech: "tonight I propose a jobs program", "tonight I propose a river program"
    a, b = _rows("a", "policy", {"jane-roe": "agent"}), _rows("b", "policy", {"jane-roe": "agent"})
    same_doc = [(e, actor, role, basis, "speech", 0, 1) for e, actor, role, basis, _, _, _ in a[2] + b[2]]
    assert events_merged_into([a[0], b[0]], same_doc) == {}
    # a third story telling one of them: nothing makes the two of the speech one either
    c = _rows("c", "policy", {"jane-roe": "agent"})
    assert events_merged_into([a[0], b[0], c[0]], same_doc + c[2]) == {}
    # told in two documents, they are one (the usual merge)
    assert events_merged_into([a[0], b[0]], a[2] + b[2]) == {"b": "a"}


def test_statements_never_merge_across_documents_whatever_their_name():
    from timeline_builder.build.event_merge import events_merged_into

    a = _named_rows("a", "Statement on Fishing Quotas", *JUNE, {}, kind="statement")
    b = _named_rows("b", "Statement on Fishing Quotas", *JUNE, {}, kind="statement")
    assert events_merged_into([a[0], b[0]], []) == {}


MONTH_STORIES = {
    "c.txt": "UKIP did well in the European elections of June 2004.",
    "d.txt": "The party came third in the European elections in June 2004.",
}


def test_stories_naming_one_election_of_a_month_are_one_row_in_a_build_and_in_merged_shards(tmp_path, capsys):
    whole = _build(tmp_path / "all", MONTH_STORIES, tmp_path / "whole")
    events = pq.read_table(whole.version.path / "events.parquet").to_pylist()
    mentions = pq.read_table(whole.version.path / "event_mentions.parquet").to_pylist()
    elections = [e["event_id"] for e in events if e["kind"] == "election"]
    assert len(elections) == 1
    assert {m["doc_id"] for m in mentions if m["event_id"] == elections[0]} == \
        {d["doc_id"] for d in pq.read_table(whole.version.path / "documents.parquet").to_pylist()}
    for name, text in MONTH_STORIES.items():
        _build(tmp_path / "shards" / name, {name: text}, tmp_path / ("shard-" + name))
    assert main(["merge", str(tmp_path / "shard-d.txt"), str(tmp_path / "shard-c.txt"), "--dataset",
                 str(tmp_path / "m"), "-q"]) == 0
    capsys.readouterr()
    together = build([str(tmp_path / "shards" / name) for name in MONTH_STORIES], tmp_path / "together",
                     BuildOptions(use_cache=False))
    assert _files(tmp_path / "m" / "latest") == _files(together.version.path)


def merged_with_spans(events, spans) -> dict[str, set[str]]:
    """Like ``merged``, each event told at its own (start, end) span."""
    found = Extraction(events=tuple(events), event_mentions=tuple(
        EventMention(e.event_id, "d", s, t, e.event_id) for e, (s, t) in zip(events, spans)))
    out = merge_document_events(found)
    holders: dict[str, set[str]] = {e.event_id: set() for e in out.events}
    for m in out.event_mentions:
        holders[m.event_id].add(m.text)
    return holders


SUMMIT = event("k", "Oslo Summit", date(1991, 4, 9), date(1991, 4, 10), kind="meeting", source="knowledge",
               kb_id="oslo-summit")


@pytest.mark.parametrize("text_event, one", [
    # the same kind inside the days of a short known event, told anywhere in the document
    (event("t", "Two Leaders Meet for Six Hours", date(1991, 4, 10), date(1991, 4, 10), kind="meeting"), True),
    # a day outside its days, or another kind, is another happening
    (event("t", "Two Leaders Meet for Six Hours", date(1991, 4, 12), date(1991, 4, 12), kind="meeting"), False),
    (event("t", "Ministers Sign Pact", date(1991, 4, 10), date(1991, 4, 10), kind="agreement"), False),
    # what one speaker said there is a statement of its own
    (event("t", "Statement by the Mayor", date(1991, 4, 10), date(1991, 4, 10)), False),
])
def test_a_text_event_inside_the_days_of_a_short_known_event_of_its_kind_is_that_event(text_event, one):
    result = merged_with_spans([SUMMIT, text_event], [(0, 11), (200, 260)])
    assert result == ({"k": {"k", "t"}} if one else {"k": {"k"}, "t": {"t"}})


def test_a_text_event_told_in_the_clause_naming_a_known_event_is_that_event_and_keeps_its_date_as_text_date():
    vote = event("k", "1994 Moldovan election", date(1994, 2, 27), date(1994, 2, 27), kind="election",
                 source="knowledge", kb_id="moldova-1994")
    polls = replace(event("t", "Sangheli Polls", date(1994, 2, 1), date(1994, 2, 28), kind="election"),
                    text_date="February")
    out = merge_document_events(Extraction(events=(vote, polls), event_mentions=(
        EventMention("k", "d", 10, 120, "k"), EventMention("t", "d", 60, 120, "t"))))
    assert [(e.event_id, e.text_date) for e in out.events] == [("k", "February")]
    assert {m.event_id for m in out.event_mentions} == {"k"}
    # the same clause, a year off: another election
    later = event("t", "Sangheli Polls", date(1995, 2, 1), date(1995, 2, 28), kind="election")
    assert merged_with_spans([vote, later], [(10, 120), (60, 120)]) == {"k": {"k"}, "t": {"t"}}
    # a long known event holds a text event of its kind only where the clause names it
    war = event("w", "Long War", date(1980, 9, 22), date(1988, 8, 20), kind="war", source="knowledge", kb_id="w")
    raid = event("r", "Army Raids Port", date(1984, 3, 1), date(1984, 3, 31), kind="operation")
    assert merged_with_spans([war, raid], [(0, 8), (300, 340)]) == {"w": {"w"}, "r": {"r"}}
    assert merged_with_spans([war, raid], [(0, 80), (40, 80)]) == {"w": {"w", "r"}}


def _day(d: int) -> tuple[date, date]:
    return date(2007, 6, d), date(2007, 6, d)


@pytest.mark.parametrize("first, second, one", [
    # a ruling told twice, dated by two clauses' days a week apart
    (event("a", "Appeal Court Ruling", *_day(4), kind="law"), event("b", "Appeal Court Ruling", *_day(11), kind="law"),
     True),
    # a name and the same name with more words
    (event("a", "Article", *_day(4), kind="publication"),
     event("b", "Article in Harbour Gazette", *_day(5), kind="publication"), True),
    # too far apart, other words, or a kind done again and again
    (event("a", "Appeal Court Ruling", *_day(1), kind="law"), event("b", "Appeal Court Ruling", *_day(20), kind="law"),
     False),
    (event("a", "Harbour Report", *_day(4), kind="publication"),
     event("b", "Budget Report", *_day(5), kind="publication"), False),
    (event("a", "Talks on Fishing", *_day(4), kind="meeting"), event("b", "Talks on Fishing", *_day(8), kind="meeting"),
     False),
])
def test_one_name_a_few_days_apart_is_one_happening_of_a_kind_not_done_again_within_days(first, second, one):
    result = merged([first, second], ())
    assert result == ({"a": {"a", "b"}} if one else {"a": {"a"}, "b": {"b"}})
    # the first telling keeps its row whichever is listed first
    swapped = merged([second, first], ())
    assert swapped == ({"b": {"a", "b"}} if one else {"a": {"a"}, "b": {"b"}})


def test_a_telling_without_parties_on_the_same_day_sharing_two_words_is_the_same_happening():
    named = event("n", "Norway Signs Fishing Plan", *_day(4), kind="agreement")
    bare = event("b", "Signing of Plan", *_day(4), kind="agreement")
    assert merged([named, bare], links(("n", "norway", "agent"))) == {"b": {"n", "b"}}
    # one word in common is not enough
    assert merged([named, event("b", "Signing", *_day(4), kind="agreement")], links(("n", "norway", "agent"))) == \
        {"n": {"n"}, "b": {"b"}}


def test_a_ruling_of_last_week_told_again_on_a_day_after_it_is_one_ruling():
    week = event("w", "Appeal Court Ruling", date(2007, 6, 4), date(2007, 6, 10), kind="law")
    day = event("d", "Appeal Court Ruling", *_day(14), kind="law")
    assert merged([week, day], ()) == {"w": {"w", "d"}}
    month = event("m", "Appeal Court Ruling", date(2007, 6, 1), date(2007, 6, 30), kind="law")
    assert merged([day, event("x", "Appeal Court Ruling", date(2007, 7, 1), date(2007, 7, 31), kind="law")], ()) == \
        {"d": {"d"}, "x": {"x"}}
    assert merged([month, day], ()) == {"d": {"m", "d"}}  # a day inside a month: the usual merge


def test_a_text_event_on_the_day_of_a_one_day_known_event_with_two_of_its_actors_is_that_event():
    day = date(2004, 5, 1)
    known = event("k", "EU enlargement of 2004", day, day, kind="policy", source="knowledge", kb_id="eu-2004")
    joined = event("t", "Estonia Accedes to EU", day, day, kind="treaty")
    found = Extraction(events=(known, joined), event_mentions=(EventMention("k", "d", 0, 10, "k"),
                                                                EventMention("t", "d", 300, 340, "t")),
                       event_actors=links(("k", "eu", "agent"), ("k", "estonia", "participant"),
                                          ("t", "eu", "target"), ("t", "estonia", "agent")))
    assert [e.event_id for e in merge_document_events(found).events] == ["k"]
    one_actor = replace(found, event_actors=links(("k", "eu", "agent"), ("k", "estonia", "participant"),
                                                  ("t", "eu", "target")))
    assert [e.event_id for e in merge_document_events(one_actor).events] == ["k", "t"]
    next_day = replace(found, events=(known, replace(joined, date_begin=date(2004, 5, 2), date_end=date(2004, 5, 2))))
    assert len(merge_document_events(next_day).events) == 2


def test_a_speakers_own_i_joins_no_two_events_of_his_speech():
    # "Tonight I propose a river law ... I ask you for a mining law": both his, two laws
    river = event("r", "River Protection Law", *YEAR, kind="law")
    mining = event("m", "New Mining Law", *DAY, kind="law")
    told = (EventActor("r", "jane-roe", "agent", "text", "d", 10, 11),
            EventActor("m", "jane-roe", "agent", "text", "d", 90, 91))
    found = Extraction(events=(river, mining), event_actors=told, actors=(Actor("jane-roe", "Jane Roe", "person"),),
                       event_mentions=(EventMention("r", "d", 0, 40, "r"), EventMention("m", "d", 80, 120, "m")))
    assert len(merge_document_events(found, frozenset({(10, 11), (90, 91)})).events) == 2
    # named by her name in both clauses, the shared agent still joins them (the usual merge)
    assert len(merge_document_events(found).events) == 1


def test_an_agreement_signed_on_the_day_of_a_known_summit_is_its_own_row():
    day = date(2004, 5, 1)
    summit = event("k", "Lima Summit of 2004", day, day, kind="meeting", source="knowledge", kb_id="lima-2004")
    signed = event("t", "Chile and Peru Sign Agreement on Fishing Rights", day, day, kind="agreement")
    found = Extraction(events=(summit, signed), event_mentions=(EventMention("k", "d", 0, 10, "k"),
                                                                 EventMention("t", "d", 300, 340, "t")),
                       event_actors=links(("k", "chile", "participant"), ("k", "peru", "participant"),
                                          ("t", "chile", "participant"), ("t", "peru", "participant")))
    assert [e.event_id for e in merge_document_events(found).events] == ["k", "t"]
    # a visit to attend a parade on its day is a meeting of its own
    parade = replace(summit, name="Lima Victory Parade of 2004", kind="other")
    visit = replace(signed, name="Chilean President Visits Lima to Attend Parade", kind="meeting")
    assert len(merge_document_events(replace(found, events=(parade, visit))).events) == 2
    # the same parties meeting on that day are the summit
    met = replace(signed, name="Chile and Peru Hold Talks", kind="meeting")
    assert [e.event_id for e in merge_document_events(replace(found, events=(summit, met))).events] == ["k"]


@pytest.mark.parametrize("first, second, one", [
    # agreements of one year between the same two states, each about something else: two agreements
    ("Chile and Peru Sign Agreement on Fishing Rights", "Agreements Between Chile and Peru on Air Traffic", False),
    # one agreement told twice, its subject in other words
    ("Chile and Peru Sign Agreement on Fishing Rights", "Agreement on Fishing in Coastal Waters", True),
    # no subject said in one of them: nothing tells them apart
    ("Chile and Peru Sign Agreement on Fishing Rights", "Chile-Peru Agreement", True),
])
def test_agreements_about_other_things_stay_two_rows(first, second, one):
    year = event("y", first, *YEAR, kind="agreement")
    day = event("d", second, *DAY, kind="agreement")
    result = merged([year, day], links(("y", "chile", "participant"), ("d", "chile", "participant")),
                    (Actor("chile", "Chile", "state"), Actor("peru", "Peru", "state")))
    assert result == ({"d": {"y", "d"}} if one else {"y": {"y"}, "d": {"d"}})


def test_events_of_other_kinds_between_them_change_neither_what_merges_nor_into_which():
    # Kept events are compared within their kind and type only; among several of one kind that
    # match, the first kept (the finest date, then the smallest id) still takes the merge.
    year = event("y", "Summit on Europe", *YEAR, kind="meeting")
    first = event("d1", "Blair Meets Chirac on Europe", *DAY, kind="meeting")
    second = event("d2", "Blair Meets Schroeder on Europe", date(2005, 4, 2), date(2005, 4, 2), kind="meeting")
    said = [event(f"c{k}", "Blair Speaks on Europe", *DAY) for k in range(3)]  # statements, sorted first
    typed = event("d0", "Blair Meets Chirac on Europe", *DAY, kind="meeting", event_type="CONSULT")
    ruling = event("r1", "Appeal Court Ruling", *_day(11), kind="law")
    again = event("r2", "Appeal Court Ruling", *_day(4), kind="law")
    events = [year, *said, second, typed, first, again, ruling]
    found = links(*[(e.event_id, "tony-blair", "agent") for e in events if e.kind != "law"])
    result = merged(events, found)
    assert result["d1"] == {"d1", "y"} and result["d2"] == {"d2"} and result["d0"] == {"d0"}
    assert result["c0"] == {"c0", "c1", "c2"}  # one name, one day: one statement
    assert result["r2"] == {"r1", "r2"} and "r1" not in result  # the first telling keeps its row


class _PlainNames(event_merge._NameWords):
    """The names read again on every comparison, as before the names were read once per document."""

    def normal(self, name: str) -> str:
        return event_merge._normal(name)

    def words(self, name: str) -> frozenset[str]:
        return frozenset(event_merge._words(name, self.actor_names))


def test_names_read_once_merge_as_names_read_per_pair(monkeypatch):
    week = (date(2005, 3, 21), date(2005, 3, 27))
    later = (date(2005, 3, 30), date(2005, 3, 30))
    events = [
        event("a", "Council Vote on Port Levy", *DAY, kind="election"),
        event("b", "council vote on  port levy", *YEAR, kind="election"),
        event("c", "Council Vote", *later, kind="election"),
        event("d", "Agreement on Fishing Rights", *DAY, kind="agreement"),
        event("e", "Agreement on Air Traffic", *YEAR, kind="agreement"),
        event("f", "Agreement on Fishing Quotas", *week, kind="agreement"),
        event("g", "Sam Rivers Opens Bridge", *DAY, kind="meeting"),
        event("h", "Opening of Bridge by Sam Rivers", *YEAR, kind="meeting"),
        event("i", "Sam Rivers Chairs Board", *YEAR, kind="meeting"),
        event("j", "Statement by Sam Rivers", *DAY),
        event("k", "Statement by Sam Rivers", *YEAR),
    ]
    found = links(("g", "sam-rivers", "agent"), ("h", "sam-rivers", "agent"), ("i", "sam-rivers", "agent"),
                  ("d", "port-board", "participant"), ("f", "port-board", "participant"))
    actors = (Actor("sam-rivers", "Sam Rivers", "person"), Actor("port-board", "Port Board", "organization"))
    once = merged(events, found, actors)
    monkeypatch.setattr(event_merge, "_NameWords", _PlainNames)
    # every kept event of the kind and type a candidate, in order: the plain pairwise form
    monkeypatch.setattr(event_merge, "_match_keys", lambda event, names: [("all", "")])
    assert merged(events, found, actors) == once
    # and the merges are the ones the rules make, not none at all
    assert once["a"] == {"a", "b", "c"} and once["g"] == {"g", "h"} and once["j"] == {"j", "k"}
    assert once["i"] == {"i"} and once["e"] == {"e"}


def test_a_name_is_read_once_with_the_same_words():
    names = event_merge._NameWords(frozenset({"sam", "rivers"}))
    for name in ("Sam Rivers Opens  the Bridge", "Opening of Bridge by Sam Rivers", "", "A B C"):
        assert names.words(name) == event_merge._words(name, names.actor_names)
        assert names.normal(name) == event_merge._normal(name)
        assert names.words(name) is names.words(name)


def test_events_blocked_by_name_keys_merge_as_every_pair_compared(monkeypatch):
    rng = random.Random(13)
    words = ["Harbour", "Levy", "Vote", "Council", "Bridge", "Opening", "Statement", "Report", "Sam", "Rivers",
             "Port", "Board", "Fishing", "Rights", "on", "by", "the"]
    kinds = ["statement", "election", "agreement", "meeting", "publication"]
    spans = [DAY, YEAR, (date(2005, 3, 21), date(2005, 3, 27)), (date(2005, 3, 30), date(2005, 3, 30)),
             (date(2005, 4, 2), date(2005, 4, 2)), (date(2005, 3, 1), date(2005, 3, 31))]
    events = [event(f"e{n:03d}", " ".join(rng.sample(words, rng.randint(1, 4))), *rng.choice(spans),
                    kind=rng.choice(kinds)) for n in range(160)]
    found = links(*((e.event_id, rng.choice(["sam-rivers", "port-board", "council"]), rng.choice(["agent", "participant"]))
                    for e in events if rng.random() < 0.6))
    actors = (Actor("sam-rivers", "Sam Rivers", "person"), Actor("port-board", "Port Board", "organization"))
    blocked = merged(events, found, actors)
    monkeypatch.setattr(event_merge, "_match_keys", lambda event, names: [("all", "")])
    assert merged(events, found, actors) == blocked
    assert len(blocked) < len(events)  # some events merged


_THREE_WEEKS_ON = _day(21)


def _told_later(later_name: str, later_clause: str, later_days=_THREE_WEEKS_ON, later_kind: str = "sanction",
                later_links=(), timex: tuple[int, int] | None = None) -> dict[str, set[str]]:
    """An embargo told first, then a later event of the same document told by ``later_clause``."""
    first_clause = "The council of Ruritania ordered a trade embargo on Freedonia on Monday."
    embargo = event("a", "Ruritania Trade Embargo on Freedonia", *_day(4), kind="sanction")
    later = event("b", later_name, *later_days, kind=later_kind)
    start = 500
    found = Extraction(
        events=(embargo, later),
        event_mentions=(EventMention("a", "d", 0, len(first_clause), first_clause),
                        EventMention("b", "d", start, start + len(later_clause), later_clause)),
        event_actors=links(("a", "ruritania", "agent"), *later_links),
        timexes=() if timex is None else (Timex("d", start + timex[0], start + timex[1], "x", "DATE", "x"),))
    out = merge_document_events(found)
    holders: dict[str, set[str]] = {e.event_id: set() for e in out.events}
    for m in out.event_mentions:
        holders[m.event_id].add(m.event_id if m.char_start == 0 else "b")
    return holders


def test_a_later_definite_mention_dated_by_its_own_clause_is_the_event_told_before():
    # "the embargo", dated by the day the cargo was unloaded: the embargo of the 4th told again
    assert _told_later("Embargo", "Cargo was unloaded at the port on Thursday despite the embargo.") == {"a": {"a", "b"}}
    # a word of the earlier telling's clause beside the head noun ("ordered")
    assert _told_later("Council-ordered Embargo", "Trucks crossed the border despite the council-ordered embargo.",
                       later_links=(("b", "ruritania", "participant"),)) == {"a": {"a", "b"}}


@pytest.mark.parametrize("name, clause, kind, more", [
    # not definite: a new embargo
    ("Embargo", "On Thursday the council ordered a new embargo.", "sanction", {}),
    # the noun phrase's own date, on days the first embargo does not meet: another embargo
    ("Embargo", "Cargo was unloaded despite the 1990 embargo.", "sanction", {"timex": (31, 35)}),
    # another kind, another party, a word the earlier telling never used
    ("Embargo", "Cargo was unloaded at the port on Thursday despite the embargo.", "law", {}),
    ("Embargo", "Cargo was unloaded at the port on Thursday despite the embargo.", "sanction",
     {"later_links": (("b", "osterlich", "agent"),)}),
    ("Oil Embargo", "Cargo was unloaded at the port on Thursday despite the oil embargo.", "sanction", {}),
    # another one of its sort, or a date of its own right after the noun on other days
    ("Embargo", "Traders feared the next embargo, officials said on Thursday.", "sanction", {}),
    ("Embargo", "Traders recalled the embargo of 1990.", "sanction", {"timex": (32, 36)}),
    # a clause's date years away: another embargo
    ("Embargo", "Cargo was unloaded at the port on Thursday despite the embargo.", "sanction",
     {"later_days": (date(2010, 6, 1), date(2010, 6, 1))}),
])
def test_a_later_mention_that_is_not_the_earlier_event_keeps_its_row(name, clause, kind, more):
    assert _told_later(name, clause, later_kind=kind, **more) == {"a": {"a"}, "b": {"b"}}


def test_a_later_definite_mention_with_its_own_date_on_the_same_days_is_the_event_told_before():
    # "this month's embargo": its own date, and the days meet
    assert _told_later("Embargo", "Cargo was unloaded despite this month's embargo.", later_days=(
        date(2007, 6, 1), date(2007, 6, 30)), timex=(27, 39)) == {"a": {"a", "b"}}


def test_one_clause_dating_two_events_tells_neither_of_them_again():
    clause = "Much of the embargo was ordered in 1990 and again in 1991."
    first = event("a", "1990 Embargo", date(1990, 1, 1), date(1990, 12, 31), kind="sanction")
    second = event("b", "Embargo", date(1991, 1, 1), date(1991, 12, 31), kind="sanction")
    found = Extraction(events=(first, second), event_mentions=(EventMention("a", "d", 0, len(clause), clause),
                                                               EventMention("b", "d", 0, len(clause), clause)))
    assert {e.event_id for e in merge_document_events(found).events} == {"a", "b"}


def test_a_later_definite_mention_of_a_known_event_joins_it_whoever_it_names():
    clause = "On Friday a former minister of Ruritania endorsed the accord."
    accord = event("k", "Harbour Accord", date(2007, 6, 1), date(2007, 6, 1), kind="treaty", source="knowledge",
                   kb_id="harbour-accord")
    told = event("t", "Accord", date(2007, 6, 22), date(2007, 6, 22), kind="treaty")
    found = Extraction(events=(accord, told),
                       event_mentions=(EventMention("k", "d", 0, 14, "Harbour Accord"),
                                       EventMention("t", "d", 300, 300 + len(clause), clause)),
                       event_actors=links(("k", "ruritania", "participant"), ("t", "minister-x", "agent")))
    assert [e.event_id for e in merge_document_events(found).events] == ["k"]
    # a text event told first keeps its row apart from a later one another party did
    first = replace(accord, source="text", kb_id=None)
    assert {e.event_id for e in merge_document_events(replace(found, events=(first, told))).events} == {"k", "t"}


def test_a_verb_after_a_noun_phrase_or_a_known_event_named_otherwise_is_no_retelling():
    # "the council cannot embargo": the head is a verb after the subject's determiner
    assert _told_later("Embargo", "On Thursday the council cannot embargo them.") == {"a": {"a"}, "b": {"b"}}
    # "the head of embargo policy": the determiner is the head's, not the embargo's
    assert _told_later("Embargo", "On Thursday the head of embargo policy quit.") == {"a": {"a"}, "b": {"b"}}
    # "its": a body's many acts ("its embargo" may be another body's embargo than the one told first)
    assert _told_later("Embargo", "Cargo was unloaded on Thursday despite its embargo.") == {"a": {"a"}, "b": {"b"}}
    assert _told_later("Embargo", "Cargo was unloaded on Thursday despite his embargo.") == {"a": {"a", "b"}}
    # a known pact the text names only by its short name is not "the accord" of a later clause
    pact = event("k", "Harbour Accord", date(2007, 6, 1), date(2007, 6, 1), kind="treaty", source="knowledge",
                 kb_id="harbour-accord")
    later = event("t", "Accord", date(2007, 6, 22), date(2007, 6, 22), kind="treaty")
    clause = "Later the accord was signed."
    found = Extraction(events=(pact, later), event_mentions=(EventMention("k", "d", 0, 3, "HBA"),
                                                            EventMention("t", "d", 300, 300 + len(clause), clause)))
    assert {e.event_id for e in merge_document_events(found).events} == {"k", "t"}
    # told again in more words, the others from the clause that told the known pact
    signed = "The council signed the pact on Monday."
    clause = "Boats sailed despite the council-signed accord."
    later = event("t", "Council-signed Accord", date(2007, 6, 22), date(2007, 6, 22), kind="treaty")
    found = Extraction(events=(pact, later), event_mentions=(EventMention("k", "d", 0, len(signed), signed),
                                                            EventMention("t", "d", 300, 300 + len(clause), clause)))
    assert [e.event_id for e in merge_document_events(found).events] == ["k"]
