"""Dated clauses that say no event happened: hopes, conditionals, generic statements,
comparisons and questions (extract/events/nonevents.py, knowledge/nonevents)."""
from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

import pytest

from timeline_builder.extract.events.nonevents import is_question, unasserted_spans, undated_reason
from timeline_builder.knowledge.nonevents import load_nonevent_cues
from timeline_builder.records import Timex

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from event_fixtures import events_after_all_stages, events_with_timexes  # noqa: E402

CUES = load_nonevent_cues()
DCT = date(2024, 6, 1)


def _year_timexes(text: str) -> list[Timex]:
    """Each year or decade in the text as a DATE timex."""
    out = []
    for m in re.finditer(r"(?:the )?(\d{4})(s?)", text):
        year = int(m.group(1))
        decade = bool(m.group(2))
        end = date(year + 9, 12, 31) if decade else date(year, 12, 31)
        out.append(Timex("d", m.start(), m.end(), m.group(0), "DATE", str(year)[:3] if decade else str(year),
                         None, date(year, 1, 1), end, "decade" if decade else "year"))
    return out


def events_of(text: str):
    return events_with_timexes(text, DCT, _year_timexes(text))


@pytest.mark.parametrize("text", [
    "In 2019 the ministers hoped to sign a new treaty.",
    "If the army had invaded in 1999, the region would look different.",
    "Whenever the two leaders met in the 1990s, little changed.",
    "The standoff now is akin to the 1980s.",
    "It is the worst crisis since 1962 in the eyes of many diplomats.",
    "Was the treaty really signed in 1999?",
])
def test_hopes_conditionals_generic_statements_comparisons_and_questions_are_no_events(text):
    assert events_of(text) == ()


@pytest.mark.parametrize("text, kind", [
    ("The army invaded the neighbouring country in 1999.", "war"),
    ("The ministers signed a new treaty in 2019.", "agreement"),
    # A hoped-for event the text places in time is an event (a future one).
    ("They acted in the hope that the summit in 2029 will succeed.", "meeting"),
    # "Just as in 2015" says the same happened then: an event of 2015.
    ("Just as in 2015, the leaders held a summit.", "meeting"),
    # A question presupposes the events it names by a noun.
    ("Are they ready to accept the terms set at the summit in 2024?", "meeting"),
    ("Will they meet the terms set at the meeting of the Defence Council in 2024?", "meeting"),
])
def test_asserted_and_presupposed_events_stay(text, kind):
    events = events_of(text)
    assert [e.kind for e in events] == [kind]


def test_a_relative_clause_after_a_compared_date_says_what_happened_then():
    events = events_of("The standoff is akin to 1962, when the two powers met at the brink.")
    assert [e.date_begin.year for e in events] == [1962]


def test_a_comparison_date_is_no_event_date():
    text = "Prices now are similar to 1979 levels."
    at = text.index("1979")
    assert undated_reason(CUES, text, (at, at + 4), (0, len(text))) == "comparison"
    text = "Prices rose in 1979."
    at = text.index("1979")
    assert undated_reason(CUES, text, (at, at + 4), (0, len(text))) is None


def test_a_cue_reaches_to_the_end_of_its_comma_part():
    text = "Unless the talks resume, sanctions were imposed in 2014."
    spans = unasserted_spans(CUES, text, (0, len(text)), None)
    assert spans == [(0, text.index(","))]


def test_a_relative_clause_inside_a_conditional_is_asserted():
    text = "The offer would have cost millions when the board rejected it in 2004"
    assert unasserted_spans(CUES, text, (0, len(text)), None) == [(10, text.index(" when"))]


def test_a_hope_holding_the_date_is_kept_and_a_conditional_is_not():
    text = "in the hope that in 2029 a new leader will take office"
    at = text.index("2029")
    assert unasserted_spans(CUES, text, (0, len(text)), (at, at + 4)) == []
    text = "if in 2029 a new leader took office"
    at = text.index("2029")
    assert unasserted_spans(CUES, text, (0, len(text)), (at, at + 4)) == [(0, len(text))]


@pytest.mark.parametrize("sentence, asks", [("Will they meet in 2026?", True), ("They met in 2026.", False),
                                             ("He asked: “Will they meet?”", True)])
def test_questions(sentence, asks):
    assert is_question(CUES, sentence, (0, len(sentence))) is asks


def test_users_add_cues_and_bad_rows_name_file_and_line(tmp_path):
    from timeline_builder.errors import KnowledgeError

    folder = tmp_path / "nonevents"
    folder.mkdir()
    (folder / "mine.tsv").write_text("class\tforms\tscope\nhope\tyearns for\tcomplement\n", encoding="utf-8")
    cues = load_nonevent_cues((tmp_path,))
    text = "She yearns for a summit in Paris"
    assert unasserted_spans(cues, text, (0, len(text)), None) == [(4, len(text))]
    bad = tmp_path / "bad"
    (bad / "nonevents").mkdir(parents=True)
    (bad / "nonevents" / "mine.tsv").write_text("class\tforms\tscope\nwish\tyearns for\tcomplement\n",
                                                encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_nonevent_cues((bad,))
    assert "mine.tsv" in str(caught.value) and "wish" in str(caught.value)


@pytest.mark.parametrize("text", [
    # trigger words used for no event (triggers.tsv rows of pos "none")
    "In 1975 law enforcement officers patrolled the border towns.",
    "The new bridge will be in operation by 2027.",
    "In 1998 the town made progress in meeting human needs.",
    "By 2030 the new dam will meet the needs of every village.",
    "In 2004 there was no sign of the missing climbers.",
    "We welcome the promise that the year 2030 holds for our towns.",
    "The club's form in 2004 appeared to be the main worry.",
    "With the support of her aunt, she moved to Leeds in 1988.",
    "In 1999 the striker was back playing for the reserves.",
    # predictions, hopes and generic statements
    "In 2090 this college will still be teaching the same subjects.",
    "I hope it may be said in 2100 that we served well.",
    "Fares in 2004 ordinarily provided for a rise in spring.",
    # negation: the negated verb is no event
    "The committee did not approve the merger in 2003.",
    "In 1996 the league never suspended a single referee.",
    # an aspect verb whose object or subject is a stretch of time
    "The bank ended the year 2004 with record profits.",
    "The new season started in 2004 with a heavy defeat.",
    # a comparison whose standard is a clause of its own
    "Our aims are the same as they were in 1990.",
    "The council spent twice as much as it spent in 1985.",
    # surgery, statistics of deaths, "as far back as"
    "The keeper had an operation on his knee in 2004.",
    "The death toll on the roads rose in 2003.",
    "He was tipped for the post as far back as 1998.",
    # a trigger verb whose object makes it no event (scope "object")
    "Our scheme for 1980 will meet the most urgent needs of the towns.",
    "In 1975 the firm created 500,000 jobs.",
    "In 1975 the council attacked poverty and crime in the suburbs.",
    # deal as handling or as an amount, elected as an adjective
    "In 1975 the council had to deal with such failures.",
    "We heard a great deal of rhetoric during the 1960s.",
    "The town wants a lead from its elected officials in 1975.",
    "I began tonight by thanking the volunteers of 1975.",
    "After a trapped nerve in his back in 2004, the winger rested.",
    "The striker battled back into the first team in 2003.",
    "The settlers of 1776 did not fight to replace one crown with another.",
    "In the quarter just ended in 2004 sales grew.",
    "Since 1998 local firms have created more than 3 million new jobs.",
    "The new scheme will support 600,000 jobs by 2030.",
    "The question may well be settled in 2030.",
    "In 1966 the envoy spoke of the heartening signs he saw in the region.",
    "In 2090 we will look back on this night as when a new era began.",
    "The league must now ratify the ruling by 2005.",
    # a hedge: the event word is a figure of speech
    "In 1995 the two parties had sort of got a truce of their own in the chamber.",
])
def test_non_eventive_uses_predictions_negations_and_periods_are_no_events(text):
    assert events_of(text) == ()


@pytest.mark.parametrize("text, kind", [
    ("The new law came into force in 1975 after a long debate.", "law"),
    ("The two envoys met in Oslo in 1993.", "meeting"),
    ("The rebels signed a ceasefire in 2004.", "agreement"),
    ("The club not only signed the striker in 2004 but also sold two others.", "agreement"),
    # the period rule leaves the clause's own event word: the talks ended
    ("The talks ended the year 2004 without a deal.", "meeting"),
    # "this year" after the verb says when, not what began
    # (past: a future start in the dct's own year dates no event, extract/events/future.py)
    ("The builders began this year 2024 the new runway.", "other"),
    ("Congress backed the reform in 2010.", "policy"),
    ("In 1975 the union struck a deal with the firm.", "agreement"),
    ("In 1975 the army attacked the rebels in the hills.", "operation"),
    ("In 1975 the allies supported the rebels in the north.", "policy"),
    ("The two leaders may meet in Geneva in 2024.", "meeting"),
])
def test_asserted_events_beside_the_new_cues_stay(text, kind):
    assert [e.kind for e in events_of(text)] == [kind]


@pytest.mark.parametrize("text, history", [
    ("The reforms will shape our third century.", True),
    ("The nation's second century began with a war.", True),
    ("Rome's walls were rebuilt in the third century.", False),
    ("Our twenty-first century brings new threats.", False),
])
def test_an_ordinal_century_of_a_history_is_no_calendar_date(text, history):
    m = re.search(r"(?:the )?(?:third|second|twenty-first) century", text)
    reason = undated_reason(CUES, text, (m.start(), m.end()), (0, len(text)))
    assert (reason == "history") is history


def test_a_negation_covers_its_verb_only():
    text = "The Senate has not yet ratified the pact they signed in 1999"
    spans = unasserted_spans(CUES, text, (0, len(text)), None)
    assert spans == [(text.index("not"), text.index(" the pact"))]
    text = "He didn't join the club"
    assert unasserted_spans(CUES, text, (0, len(text)), None) == [(text.index("n't"), text.index(" the"))]


@pytest.mark.parametrize("text, span, reason", [
    ("Prospects for a deal are better today than at any time since the war.", "today", "comparison"),
    ("Prospects for a deal are good today, the envoy said.", "today", None),
    ("Everyone over 18 years of age may vote.", "18 years", "age"),
    ("Fifty years from now our grandchildren will judge us.", "Fifty years from now", "prediction"),
    ("Two years from now the treaty expires.", "Two years from now", None),
    ("The budget for fiscal 1970 shows a surplus.", "fiscal 1970", "accounting year"),
    ("The fiscal year ending June 30, 1969, closes with a surplus.", "June 30, 1969", "accounting year"),
    ("Sales rose 4% in the year to March 2005.", "March 2005", "accounting year"),
    ("The ceasefire began on June 30, 1969.", "June 30, 1969", None),
    ("A cut in the income tax beginning October 1, 1981, took effect.", "October 1, 1981", None),
    ("The plan lifts output from 180 tonnes this year to 600 tonnes by 2008.", "2008", None),
])
def test_dates_that_date_no_event(text, span, reason):
    at = text.index(span)
    assert undated_reason(CUES, text, (at, at + len(span)), (0, len(text))) == reason


def test_users_add_trigger_objects_and_a_row_without_objects_names_file_and_line(tmp_path):
    from timeline_builder.errors import KnowledgeError

    (tmp_path / "nonevents").mkdir()
    (tmp_path / "nonevents" / "mine.tsv").write_text(
        "class\tforms\tscope\tobjects\nuse\tlaunch|launched\tobject\tcareer|careers\n", encoding="utf-8")
    cues = load_nonevent_cues((tmp_path,))
    text = "She launched her singing career in Paris"
    assert unasserted_spans(cues, text, (0, len(text)), None) == [(4, text.index(" in Paris"))]
    bad = tmp_path / "bad"
    (bad / "nonevents").mkdir(parents=True)
    (bad / "nonevents" / "mine.tsv").write_text(
        "class\tforms\tscope\tobjects\nuse\tlaunch\tobject\t\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_nonevent_cues((bad,))
    assert "mine.tsv" in str(caught.value) and "objects" in str(caught.value)


@pytest.mark.parametrize("text", [
    # a perfect infinitive after "expect" forecasts a state, not a happening
    "The organisers expected 40,000 fans to have visited the fair by 2026.",
    "The museum expects to have welcomed a million guests by 2030.",
    # praying for something is hoping for it
    "In 1994 the monks prayed for an end to the war in the valley.",
    # doing nothing (to end it) is no ending
    "Since 1999 the council has done nothing to end the strike at the docks.",
    # a negated having covers its object: no crisis
    "We do not have a banking crisis in 2031, but we may have one later.",
    # a trigger's form in a phrase of trade or principle
    "Profits from discontinued operations fell in 1996.",
    "In 1996 the contracts were awarded according to the law, the mayor said.",
    # a resolve or a friendship put to the test is tested by nobody
    "In 1983 the alliance's resolve was severely tested.",
    "Rarely has a town's patience been tested as hard as in 1983.",
])
def test_forecast_states_prayers_idle_negations_and_trade_phrases_are_no_events(text):
    assert events_of(text) == ()


@pytest.mark.parametrize("text, kind", [
    # "expected to" with a plain infinitive is a planned event; "expected" alone says nothing (the dct's
    # year: a later year alone dates no event, extract/events/future.py)
    ("The two presidents are expected to meet in Vienna in 2024.", "meeting"),
    # a negated verb does not reach past a clause of its own
    ("The rebels did not attack, but the army invaded the valley in 1999.", "war"),
    ("The army tested a new missile in 1998.", "other"),
    ("The parliament passed the law in 1996.", "law"),
])
def test_asserted_events_beside_the_newest_cues_stay(text, kind):
    assert [e.kind for e in events_of(text)] == [kind]


@pytest.mark.parametrize("text, feast, reason", [
    ("The mall had its busiest Christmas ever, the manager said.", "Christmas", "season"),
    ("Shops blamed the web for weak pre-Christmas trade, the chamber said.", "Christmas", "season"),
    ("On Christmas the rebels shelled the town.", "Christmas", None),
])
def test_a_feast_named_as_a_season_dates_no_event(text, feast, reason):
    at = text.index(feast)
    assert undated_reason(CUES, text, (at, at + len(feast)), (0, len(text))) == reason


def test_a_compared_second_date_is_no_event_date():
    text = "The plan is far clearer than those in 1987 or 1992."
    for year in ("1987", "1992"):
        at = text.index(year)
        assert undated_reason(CUES, text, (at, at + 4), (0, len(text))) == "comparison"


def test_a_clause_told_with_a_date_and_a_deadline_is_one_event():
    from timeline_builder.extract.events.candidates import Candidate
    from timeline_builder.extract.events.nonevents import without_twins

    def cand(name, begin, end, span=(0, 50)):
        return Candidate(name, "law", span, begin, end, "month", "text", "text")
    dated = cand("Congress Enacts", date(1981, 1, 1), date(1981, 1, 31))
    twin = cand("Congress Enacts", None, date(1981, 4, 20))
    alone = cand("Parliament Ratifies", None, date(1982, 4, 20), span=(60, 90))
    other = cand("Senate Votes", None, date(1981, 4, 20))
    assert without_twins([dated, twin, alone, other], "x" * 90) == [dated, alone, other]


def test_one_reported_statement_is_one_row_dated_when_it_was_said():
    from timeline_builder.extract.events.candidates import Candidate
    from timeline_builder.extract.events.nonevents import without_twins

    text = "The mayor said she expected 9,000 guests on Monday and more on Friday."
    def said(begin, name="Statement by Mayor"):
        return Candidate(name, "statement", (0, len(text)), begin, begin, "day", "text", "text")
    today, forecast, earlier = said(date(2024, 6, 1)), said(date(2024, 6, 3)), said(date(2024, 5, 20))
    assert without_twins([forecast, today, earlier], text, DCT) == [today]
    later, latest = said(date(2024, 6, 9)), said(date(2024, 7, 1))
    assert without_twins([latest, later], text, DCT) == [later]  # all after the document's day: the earliest
    other = said(date(2024, 6, 3), name="Statement by Governor")
    assert without_twins([today, other], text, DCT) == [today, other]
    # declarations the text names by a noun and dates each are two, not one statement told twice
    named = "There is the declaration of May 25, 1950, and the assurance of October 31, 1950."
    first = Candidate("Declaration", "statement", (0, len(named)), date(1950, 5, 25), None, "day", "text", "text")
    second = Candidate("Declaration", "statement", (0, len(named)), date(1950, 10, 31), None, "day", "text", "text")
    assert without_twins([first, second], named, DCT) == [first, second]


@pytest.mark.parametrize("text", [
    # "no" negates the noun it governs
    "In 1996 no talks took place between the two unions.",
    # a wish is no act
    "The union wanted to strike in 1996.",
    # a trigger's form in a phrase of right, power or acknowledgement
    "In 1996 the tenants of the estate exercised their right to buy.",
    "In 1996 the board recognised that the plant was too old.",
    "There was little progress to report in 1996.",
    "Its retail operations lost money in 1996.",
])
def test_no_wishes_rights_and_acknowledgements_are_no_events(text):
    assert events_of(text) == ()


@pytest.mark.parametrize("text, kind", [
    ("In 1996 the republic recognised the new state.", "policy"),
    ("The union went on strike in 1996.", "other"),
])
def test_recognition_and_strikes_stay(text, kind):
    assert [e.kind for e in events_of(text)] == [kind]


@pytest.mark.parametrize("text, kinds", [
    # the clause's date falls a span of time after the event: the event is not of that date
    ("The band's album will top the chart in 2025, 27 years after the singer's death.", []),
    ("The museum reopened in 1987, two years after the ceasefire.", []),
    # the date inside the span dates what the span names
    ("Only weeks after taking office in 2009, the president signed the treaty.", ["appointment"]),
])
def test_an_event_a_span_of_time_before_the_date_is_not_of_that_date(text, kinds):
    assert [e.kind for e in events_of(text)] == kinds


@pytest.mark.parametrize("text", [
    # what waits for an act has not had it yet (unless the date is the act's: "pending talks in May 1996")
    "The new charter took force in 1996 pending ratification by the members.",
    # an announced figure to come is no report yet
    "In 1996 the brewer said it expects to report a charge for the year.",
    # demand as a quantity, the back of a body, a trade's working units
    "There was strong demand for tickets in 1996.",
    "The striker hurt the back of his ankle in 1996.",
    "Its insurance operations lost money in 1996.",
])
def test_pending_acts_expected_reports_and_demand_as_a_quantity_are_no_events(text):
    assert events_of(text) == ()


def test_an_act_pending_at_a_date_it_has_is_kept():
    assert [e.kind for e in events_of("The party stayed out pending talks with the envoy in 1996.")] == ["meeting"]


@pytest.mark.parametrize("text, span", [
    ("Sales rose in the third quarter ended in 1996.", "the third quarter ended"),
    ("The loss was for its fiscal-first quarter ended in 1996.", "its fiscal-first quarter ended"),
])
def test_a_counted_stretch_of_time_that_ended_is_no_ending(text, span):
    spans = unasserted_spans(CUES, text, (0, len(text)), None)
    assert (text.index(span), text.index(span) + len(span)) in spans


@pytest.mark.parametrize("text", [
    # a habit or a series: an adverb of frequency after or before its verb
    "The two leaders have met regularly since 2010 in Geneva.",
    "Over and over, the rebels attacked the convoys in 2011.",
    "The rebels have repeatedly attacked the convoys since 2011.",
    "The bakery doubles its output annually, as it did in 2003.",
    # an embedded question asserts nothing
    "In 2016 the envoy asked whether the rebels would accept a truce.",
    # what must or may be done
    "It is up to all of us in 2024 to make sure the republic rejects that path.",
    "We need to sign the treaty in 2025.",
    # a demand for a virtue is no demand anyone made
    "The decade ahead, from 2030, will demand patience and sacrifice from every farmer.",
    # births of a class of people
    "Children born in 2012 will finish school in 2030.",
    # trigger forms used for no event: free as an adjective, a firm's operations, consumers' wants,
    # a struggle to live, a support vessel
    "Though free to leave the island in 2001, the family stayed.",
    "The company's operations in steel lifted profits in 1996.",
    "Its consumer demands grew fast in 1964.",
    "A young state fighting for its life in 1948 had few friends.",
    "Two support ships reached the harbour in 1991.",
    # the current stretch of time began: no event
    "The current quarter having begun in July 2011 extremely well, the shares rose.",
])
def test_habits_embedded_questions_obligations_and_trigger_forms_of_no_event_are_no_events(text):
    assert events_of(text) == ()


@pytest.mark.parametrize("text, kind", [
    ("In 2005 the court freed the prisoners.", "other"),
    ("In 1990 the country held its first free and fair elections.", "election"),
    ("The general staff approved a free trade agreement in 1993.", "agreement"),
    ("A baby born in 1999 in Leeds was named after the mayor.", "other"),
    ("The rebels attacked the convoy in 2003.", "operation"),
])
def test_freeing_fair_elections_one_birth_and_one_attack_stay(text, kind):
    assert [e.kind for e in events_of(text)] == [kind]


@pytest.mark.parametrize("text", [
    "Tonight I ask the parliament to pass the pension law in 2025.",
    "We urge both governments to sign the accord in 2026.",
    "I call on the rebels to release the hostages in 2024.",
])
def test_a_request_made_in_the_present_is_no_event(text):
    assert events_of(text) == ()


def test_a_request_told_in_the_past_keeps_the_act_it_reports():
    assert [e.kind for e in events_of("In 2019 the parliament passed the pension law I had asked for.")] == ["law"]


@pytest.mark.parametrize("text", [
    "Bombing victims from 1998 still wait for compensation.",
    "The club made a dismal start to the season in 2007.",
])
def test_victims_of_an_earlier_attack_and_a_start_as_a_way_of_faring_are_no_events(text):
    assert events_of(text) == ()


@pytest.mark.parametrize("text, kind", [
    ("Rebels bombed the depot in 1998.", "operation"),
])
def test_a_bombing_told_as_such_stays(text, kind):
    assert [e.kind for e in events_of(text)] == [kind]


def test_a_list_after_a_noun_of_demands_and_a_dash_is_asked_for_not_done():
    text = ("In 1983 Hanoi was handed two conditions of Beijing for normal ties – an end to raids on the border, "
            "and the withdrawal of its troops from Laos (where the Thais armed the rebels). Talks went on.")
    spans = unasserted_spans(CUES, text, (0, len(text)), None)
    assert (text.index("conditions"), text.index(". Talks")) in spans
    # a clause cut at the dash: the noun before it still governs the list
    part = (text.index("an end"), text.index(". Talks"))
    assert unasserted_spans(CUES, text, part, None) == [part]


@pytest.mark.parametrize("text", [
    # what follows the colon is a sentence of its own, not a list of noun phrases
    "In 1983 Hanoi accepted the conditions: it withdrew its troops from Laos.",
    # no dash or colon: the demands are named, nothing listed
    "In 1983 Hanoi rejected the demands and withdrew its troops from Laos.",
    # the sentence ends before the mark
    "In 1983 Beijing set its conditions. The withdrawal of troops from Laos - a long process - began then.",
])
def test_no_list_of_demands_without_a_dash_or_colon_opening_noun_phrases(text):
    withdrawal = text.index("withdr")
    assert not any(s <= withdrawal < e for s, e in unasserted_spans(CUES, text, (0, len(text)), None))


def test_a_demanded_withdrawal_told_during_talks_is_no_event_of_the_talks():
    text = ("In 1983 the two states opened talks in Geneva. During the talks, Hanoi was handed two conditions of "
            "Beijing for normal ties – an end to raids on the border, and the withdrawal of its troops from Laos.")
    assert [e.kind for e in events_of(text)] == ["meeting"]  # the talks; no raid, no withdrawal


@pytest.mark.parametrize("text", [
    "Let's sign the treaty in 2026.",
    "Let us sign the new accord in 2026 and end the quarrel.",
    "Let us all join the alliance in 2027.",
])
def test_an_exhortation_urges_an_act_it_does_not_report(text):
    assert events_of(text) == ()


@pytest.mark.parametrize("text, kind", [
    ("Let us remember that in 1941 the enemy attacked the fleet.", "operation"),
    ("Let us never forget that the army invaded the country in 1999.", "war"),
    ("Let us also recall that the ministers signed a new treaty in 2019.", "agreement"),
])
def test_what_an_exhortation_asks_us_to_remember_happened(text, kind):
    assert [e.kind for e in events_of(text)] == [kind]


@pytest.mark.parametrize("text", [
    "I urge the parliament, in the name of every family, to pass the pension law in 2025.",
    "We urge both governments, without delay, to sign the accord in 2026.",
    "I ask you, the members of this assembly, to ratify the treaty in 2027.",
])
def test_a_request_broken_by_an_inserted_phrase_is_still_a_request(text):
    assert events_of(text) == ()


@pytest.mark.parametrize("text", [
    "The minister told a news conference in 2019 that the army had left.",
    "In 2019 the minister told a press conference that he would resign.",
    "In 2019 Smith said at a joint news conference that Jones had resigned.",
])
def test_a_news_conference_is_where_a_statement_is_made_not_a_meeting(text):
    assert "meeting" not in [e.kind for e in events_of(text)]


def test_talks_held_stay_a_meeting():
    assert [e.kind for e in events_of("In 2019 the leaders held talks in Geneva.")] == ["meeting"]


def test_a_request_goes_on_after_and_to():
    assert events_of("I ask the council to approve the plan—and to begin the talks in 2026.") == ()


@pytest.mark.parametrize("trigger, timex_word, text, inside", [
    ("said", "2027", "The chairman said costs of the move will weigh on earnings through 2027.", True),
    ("said", "2019", "The minister said that in 2019 the army invaded the country.", True),
    ("said", "2026", "The firm said it expects to sell a million phones by March 2026.", True),
    ("said", "2019", "The minister said in 2019 that the talks had failed.", False),
    ("told", "2019", "The minister told a news conference in 2019 that the army had left.", False),
    ("declared", "1918", "The provinces declared their independence in 1918.", False),
])
def test_a_date_inside_what_is_said_is_not_when_it_was_said(trigger, timex_word, text, inside):
    from timeline_builder.extract.events.statements import dated_in_content
    t, x = text.index(trigger), text.index(timex_word)
    assert dated_in_content(text, (t, t + len(trigger)), (x, x + len(timex_word))) is inside


@pytest.mark.parametrize("text", [
    "In 2019 the comedy Meet The Neighbours topped the charts.",
    "Their 2019 album, Attack The Block Party, sold well.",
])
def test_an_event_word_in_a_title_case_work_title_is_no_event(text):
    assert "meeting" not in [e.kind for e in events_of(text)] and "operation" not in [e.kind for e in events_of(text)]


def test_an_event_word_before_a_lower_case_article_stays():
    assert [e.kind for e in events_of("In 2019 the ministers met the envoys in Geneva.")] == ["meeting"]


@pytest.mark.parametrize("text, year, reason", [
    ("Marta Lind, the 2008 Olympic women's 400m bronze medallist, was banned by the federation.", "2008", "title"),
    ("The club signed a former 1996 world heavyweight champion on Monday.", "1996", "title"),
    ("Norway's 2011 cup winners were fined by the league.", "2011", "title"),
    ("The 2008 final was won by the champions of the north.", "2008", None),
    ("In 2008 the champion was banned by the federation.", "2008", None),
    ("The 2008 ban on the champion was lifted.", "2008", None),
])
def test_a_year_that_qualifies_a_title_noun_dates_no_event(text, year, reason):
    x = text.index(year)
    assert undated_reason(CUES, text, (x, x + 4), (0, len(text))) == reason


def test_a_title_year_gives_no_row_but_the_clause_own_date_does():
    assert events_of("The 2008 Olympic bronze medallist was suspended by the federation.") == ()
    text = "The federation suspended the 2008 Olympic bronze medallist in 2011."
    assert [(e.kind, e.date_begin.year) for e in events_of(text)] == [("sanction", 2011)]


@pytest.mark.parametrize("text, start, end, reason", [
    ("The grocer posted a loss for the second quarter and cut its dividend.", "the second", "quarter", "accounting period"),
    ("Shares fell after a weak second-quarter sales report from the grocer.", "second", "quarter", "accounting period"),
    ("The directors met in Leeds to review profits for the April-to-June quarter.", "April", "April", "accounting period"),
    ("The directors met in Leeds to review profits for the April-to-June quarter.", "June", "June", "accounting period"),
    ("In the second quarter the grocer opened a depot in Leeds.", "the second", "quarter", None),
    ("The directors met in Leeds in April to review the accounts.", "April", "April", None),
])
def test_a_quarter_that_reported_figures_cover_dates_no_event(text, start, end, reason):
    x, y = text.index(start), text.index(end) + len(end)
    assert undated_reason(CUES, text, (x, y), (0, len(text))) == reason


@pytest.mark.parametrize("trigger, timex_word, text, inside", [
    ("said", "2016", "The auditor said the charity wrongly listed the gift as made in 2016.", True),
    ("said", "March", "The bureau said its price index rose to 101.4 from 99.7 in March.", True),
    ("said", "1970s", "Ms Okafor said Lagos in the 1970s had shaped her music.", True),
    ("said", "Friday", "The club said on Friday that the coach had left.", False),
    ("said", "Saturday", '"We deserved the win," said the coach on Saturday.', False),
    ("announced", "March", "The carmaker announced the merger in March.", False),
])
def test_a_noun_phrase_after_said_opens_what_is_said(trigger, timex_word, text, inside):
    from timeline_builder.extract.events.statements import dated_in_content
    t, x = text.index(trigger), text.index(timex_word)
    assert dated_in_content(text, (t, t + len(trigger)), (x, x + len(timex_word))) is inside


@pytest.mark.parametrize("text", [
    "In 2019 doctors cared for victims of the bombing at the clinic.",
    "In 2019 the town built a shelter for survivors of the bombing.",
])
def test_the_people_an_earlier_event_struck_do_not_date_it(text):
    assert events_of(text) == ()


@pytest.mark.parametrize("text", [
    "Rescuers helped victims of the bombing in 2019 of the station.",  # the date is inside what they are victims of
    "In 2019 rebels attacked the town and doctors treated victims of the attack.",  # the clause's own act stays
])
def test_an_event_the_clause_dates_itself_stays_beside_its_victims(text):
    assert [(e.kind, e.date_begin.year) for e in events_of(text)] == [("operation", 2019)]


@pytest.mark.parametrize("text", [
    "I recommend that in 2020 the Congress pass a law on tariffs.",
    "I therefore recommend that legislation be enacted in 2020 to end the tax.",
    "I urge the council to fund from March 1, 2020 the operations of the port.",  # the date's comma ends no part
    "We call on the league to hold on June 5, 2020 the talks it promised.",
])
def test_a_recommendation_is_asked_for_not_done(text):
    assert events_of(text) == ()


@pytest.mark.parametrize("text, year, reason", [
    ("The ministry said growth for 2023 was 2.1%, down from an earlier estimate.", "2023", "accounting period"),
    ("The bakery chain reported profits for the whole of 2022 above its forecast.", "the whole of 2022", "accounting period"),
    ("Sales for the year 2021 fell as the mill closed.", "2021", "accounting period"),
    # "in" the year: when something happened, not what a figure covers
    ("Growth in 2023 slowed after the bank raised rates.", "2023", None),
    ("The mill closed in 2021 and sales fell.", "2021", None),
    # "for" after a noun that is no figure: a plan or a match made for that year
    ("The council set a date for 2023 to open the bridge.", "2023", None),
])
def test_a_year_that_reported_figures_cover_dates_no_event(text, year, reason):
    x = text.index(year)
    assert undated_reason(CUES, text, (x, x + len(year)), (0, len(text))) == reason


def test_a_statement_about_a_year_s_figures_is_dated_by_its_telling():
    told = date(2025, 2, 1)
    for text in ("The Central Bank of Norway said growth for 2024 was 2.1%, down from an earlier estimate.",
                 "The Central Bank of Norway said growth for the whole of 2024 was 2.1%."):
        assert [(e.kind, e.date_begin, e.date_end) for e in events_after_all_stages(text, told).events] == [
            ("statement", told, told)]
    text = "The Central Bank of Norway said in 2023 that growth was 2.1%."
    assert [(e.kind, e.date_begin.year) for e in events_after_all_stages(text, told).events] == [("statement", 2023)]
