"""Known events and names (issue 9, kb15): a vote on a measure is no election; a title keeps the words
that tell it from others ("Improvement and Modernization Act", "Defense of Farms Act")."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from timeline_builder.extract import registry
from timeline_builder.records import AnnotatedDocument, Document, Extraction


def _events(text: str, dct: date):
    doc = Document("d", "d.txt", text, "sha", dct=dct, language="en", dct_source="metadata")
    timexes = registry.create("temporal")(AnnotatedDocument(doc, Extraction())).timexes
    actors = registry.create("actors")(AnnotatedDocument(doc, Extraction(timexes=timexes)))
    return registry.create("events")(AnnotatedDocument(doc, replace(actors, timexes=timexes))).events


def test_a_vote_on_a_measure_is_no_election_of_the_voters_leader():
    measure = ("If you voted against the bipartisan Clean Rivers Act, which President Clinton signed, "
               "you do not care about our rivers.\n")
    assert "us-presidential-election-1996" not in {e.kb_id for e in _events(measure, date(2004, 9, 3))}
    ballot = "Millions of Americans voted for President Clinton, who promised to balance the budget.\n"
    assert "us-presidential-election-1996" in {e.kb_id for e in _events(ballot, date(2004, 9, 3))}


def test_a_measure_vote_pattern_leaves_a_vote_for_a_person_who_later_acted_on_a_bill():
    from timeline_builder.extract.events.derived import measure_votes_removed
    said = "She voted to repeal the old farm bill in May."
    assert "voted" not in measure_votes_removed(said)
    assert len(measure_votes_removed(said)) == len(said)
    person = "They voted for the senator who later signed the bill."
    assert measure_votes_removed(person) == person


def test_a_title_keeps_its_words_on_both_sides_of_and_and_of():
    long_title = "The new rules come from the Rural Water Safety Improvement and Modernization Act of 2003.\n"
    names = {e.name for e in _events(long_title, date(2003, 12, 8)) if e.kind == "law"}
    assert names == {"Rural Water Safety Improvement and Modernization Act"}
    with_of = "In 1996 Congress passed the Defense of Farms Act.\n"
    names = {e.name for e in _events(with_of, date(2003, 12, 8)) if e.kind == "law"}
    assert any("Defense of Farms Act" in n for n in names), names


def test_a_lower_case_and_before_a_title_is_not_part_of_it():
    # "signed and Farm Act": the joiner needs a capitalised word run opened by a determiner
    text = "In 1996 the governor wrote and Congress passed the Farm Act.\n"
    names = {e.name for e in _events(text, date(2003, 12, 8)) if e.kind == "law"}
    assert not any("Wrote" in n or "and Congress" in n for n in names), names


def test_the_other_sides_violence_is_not_the_known_operation_against_it():
    # the operation's cue "Bosnian Serb" names whom it was against: their shelling is not the operation
    theirs = "This summer, Bosnian Serb shelling hit the market towns of Bosnia again.\n"
    assert "operation-deliberate-force" not in {e.kb_id for e in _events(theirs, date(1995, 11, 27))}
    by_them = "This summer, shelling by Bosnian Serb gunners hit the market towns of Bosnia again.\n"
    assert "operation-deliberate-force" not in {e.kb_id for e in _events(by_them, date(1995, 11, 27))}
    ours = "This summer, NATO air strikes hit Bosnian Serb positions in Bosnia.\n"
    assert "operation-deliberate-force" in {e.kb_id for e in _events(ours, date(1995, 11, 27))}


def test_a_violent_act_of_an_actor_no_cue_names_keeps_the_link():
    from timeline_builder.extract.events.derived import other_side_acts
    from timeline_builder.knowledge.events import KnownEvent
    from timeline_builder.records import ActorMention
    op = KnownEvent("op", "Operation Test", "operation", date(1995, 8, 30), date(1995, 9, 20), "day", (),
                    (("nato", "agent"), ("ruritania", "target")), cues=("Ruritania", "Borduria"))
    text = "Ruritanian guns shelled the city. Bordurian troops attacked the port. Freedonian planes bombed the bridge."
    mention = lambda actor, word: ActorMention(actor, "d", text.index(word), text.index(word) + len(word), word)
    assert other_side_acts(op, text, [mention("ruritania", "Ruritanian")], {}, frozenset())  # its target acts
    assert other_side_acts(op, text, [mention("borduria", "Bordurian")], {}, frozenset()) is False  # "Borduria" != "Bordurian"
    assert other_side_acts(op, text, [mention("freedonia", "Freedonian")], {}, frozenset()) is False  # no cue names it


def test_what_an_anniversary_remembers_is_not_dated_by_the_day_it_stands_beside():
    remembered = ("Many feared their hopes would fade today, the 40th anniversary of the Suez fiasco, a failed "
                  "invasion of Egypt by British and French troops that left deep scars.\n")
    rows = _events(remembered, date(1996, 10, 29))
    assert not any(e.date_begin == date(1996, 10, 29) and e.kind in ("war", "operation") for e in rows), \
        [(e.name, e.kind, e.date_begin) for e in rows]
    todays = "The rebels seized the airport today, the 30th anniversary of the coup.\n"
    assert any(e.date_begin == date(1994, 6, 8) for e in _events(todays, date(1994, 6, 8)))


def _known_then_told(kind: str, known_text: str):
    from timeline_builder.build.event_merge import merge_document_events
    from timeline_builder.records import Event, EventMention, Extraction, Timex
    later = "Rising prices and the 1979 blockade of the straits hurt our factories."
    start = 400
    shortage = Event("k", "Straits Shortage of 1979", "crisis", date(1979, 10, 1), date(1980, 2, 1), "day",
                     source="knowledge", kb_id="straits-shortage")
    told = Event("t", "1979 Blockade", kind, date(1979, 1, 1), date(1979, 12, 31), "year", source="text")
    at = later.index("1979")
    found = Extraction(events=(shortage, told),
                       event_mentions=(EventMention("k", "d", 10, 10 + len(known_text), known_text),
                                       EventMention("t", "d", start, start + len(later), later)),
                       timexes=(Timex("d", start + at, start + at + 4, "1979", "DATE", "1979"),))
    return [e.event_id for e in merge_document_events(found).events]


def test_a_known_event_told_again_by_the_word_the_document_named_it_with_whatever_its_kind():
    # the known crisis was named "the straits blockade": "the 1979 blockade" (a sanction) tells it again
    assert _known_then_told("sanction", "the straits blockade") == ["k"]
    # named otherwise, a word of another sort is another happening
    assert _known_then_told("sanction", "the straits shortage") == ["k", "t"]
    # a long clause of the known event is no name of it
    assert _known_then_told("sanction", "In 1979 ships waited for weeks as the blockade of the straits ran on") == ["k", "t"]
