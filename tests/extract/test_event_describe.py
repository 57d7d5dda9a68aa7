"""Text events from their clauses: trigger, kind, PLOVER type, name from parts, voice, place."""
from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

import pytest

from timeline_builder.extract.events.describe import Named, describe, part_with
from timeline_builder.extract.events.naming import finish_name
from timeline_builder.extract.events.places import PlaceIndex
from timeline_builder.knowledge.actors import load_actor_knowledge
from timeline_builder.knowledge.triggers import load_trigger_knowledge

TRIGGERS = load_trigger_knowledge()


def named(text: str, *names: tuple[str, str, str]) -> list[Named]:
    out = []
    for actor_id, name, kind in names:
        start = text.index(name)
        out.append(Named(actor_id, name, start, start + len(name), kind))
    return out


def run(text: str, *names, person_before=None, places=None):
    return describe(text, (0, len(text)), TRIGGERS, named(text, *names), person_before=person_before, places=places)


@pytest.mark.parametrize("text, name, kind, event_type", [
    ("The 2005 general election was held in May.", "2005 General Election", "election", None),
    ("Leaders gathered for the Alaska summit in August.", "Alaska Summit", "meeting", "CONSULT"),
    ("the withdrawal of British troops from Aden in 1967", "Withdrawal of British Troops from Aden",
     "other", "RETREAT"),
    ("Following the resignation of Anthony Eden in 1957", "Resignation of Anthony Eden", "other", "CONCEDE"),
    ("The two academies exchanged delegations of young scientists in 1987.",
     "Two Academies Exchange Delegations of Young Scientists", "other", "COOPERATE"),
    ("In 2019 the council imposed sanctions on the regime.", "Council Imposes Sanctions on Regime", "sanction",
     "SANCTION"),
])
def test_names_are_built_from_parts(text, name, kind, event_type):
    desc = run(text)
    assert (desc.name, desc.kind, desc.event_type) == (name, kind, event_type)
    assert desc.event_type or desc.event_type_reason


def test_active_voice_agent_trigger_object():
    desc = run("Russia invaded Ukraine in 2022.", ("russia", "Russia", "state"), ("ukraine", "Ukraine", "state"))
    assert desc.name == "Russia Invades Ukraine" and desc.kind == "war" and desc.event_type == "ASSAULT"
    assert ("ukraine", "target") in [r[:2] for r in desc.roles]


def test_passive_voice_puts_the_by_phrase_first():
    desc = run("Ukraine was attacked by Russia in 2014.", ("ukraine", "Ukraine", "state"), ("russia", "Russia", "state"))
    assert desc.name == "Russia Attacks Ukraine"
    assert {r[0]: r[1] for r in desc.roles} == {"russia": "agent", "ukraine": "target"}


@pytest.mark.parametrize("text, names, agent, name", [
    # the by-phrase opens with its agent: a name after another preposition is not it
    ("Hill was suspended for six games on Monday by the league for striking umpire Jane Ortiz.",
     [("hill", "Hill", "person"), ("ortiz", "Jane Ortiz", "person")], None, "Suspension of Hill for Six Games"),
    ("The loan was approved on Friday by the Danish government in Copenhagen.",
     [("denmark", "Danish government", "organization")], "denmark", None),
    ("The port was attacked by Sweden after a long siege with help from Norway.",
     [("sweden", "Sweden", "state"), ("norway", "Norway", "state")], "sweden", "Sweden Attacks Port"),
])
def test_the_passive_agent_is_the_name_the_by_phrase_opens(text, names, agent, name):
    desc = run(text, *names)
    assert (desc.agent.actor_id if desc.agent else None) == agent
    assert ("ortiz", "agent") not in [r[:2] for r in desc.roles]
    if name:
        assert desc.name == name


@pytest.mark.parametrize("text", [
    "The premier said she would not tolerate raids such as the one in Lyon last week.",
    "Ortega condemned attacks such as the shelling of Leon in March.",
])
def test_a_trigger_form_before_such_as_is_a_noun(text):
    desc = run(text)
    assert "Such" not in desc.name.split()


def test_he_is_the_person_the_text_is_about():
    text = "He joined the Royal Air Force in 1940."
    person = Named("james-callaghan", "James Callaghan", -50, -35, "person")
    desc = describe(text, (0, len(text)), TRIGGERS, [], person_before=person)
    assert desc.agent.actor_id == "james-callaghan" and ("james-callaghan", "agent") in [r[:2] for r in desc.roles]


def test_a_participle_opening_the_clause_is_said_of_the_texts_person():
    text = "Born in 1912 and educated in Portsmouth"
    person = Named("james-callaghan", "James Callaghan", -50, -35, "person")
    desc = describe(text, (0, len(text)), TRIGGERS, [], person_before=person)
    assert desc.name == "Birth of James Callaghan" and desc.event_type is None and desc.event_type_reason


@pytest.mark.parametrize("text", [
    "a Betamax-versus-VHS format war in the 1980s",
    "the supermarkets' price war in 2004",
    "a war of words in 2003",
])
def test_figurative_wars_are_no_events(text):
    desc = run(text)
    assert desc.figurative and desc.kind == "other" and desc.event_type is None


def test_talk_of_war_in_general_is_not_the_trigger():
    desc = run("In 1983, the risk of nuclear war seemed remote to many.")
    assert desc is None or desc.kind != "war"


def test_statements_without_a_plover_type_say_why():
    desc = run("Tony Blair said on Saturday that he was saddened.", ("tony-blair", "Tony Blair", "person"))
    assert desc.kind == "statement" and desc.event_type is None
    assert "statement" in desc.event_type_reason.lower()
    assert desc.name == "Statement by Tony Blair"
    desc = run("Tony Blair said on Iraq that he was sorry.", ("tony-blair", "Tony Blair", "person"))
    assert desc.name == "Statement by Tony Blair on Iraq"


@pytest.mark.parametrize("text, name", [
    # what the statement is about runs on to its own complement, not three words and a preposition
    ("As party chairman in the late 1990s, Jane Roe kept an open mind about the country's membership of the "
     "customs union, seeing its benefits.", "Statement by Jane Roe About Country's Membership of Customs Union"),
    ("Jane Roe said in 1998 about the closure of the mine at Ashton that it was sad.",
     "Statement by Jane Roe About Closure of Mine at Ashton"),
    # a phrase already whole stays as it was; a day is when, not what about
    ("In 1998 Jane Roe kept an open mind about the new mine.", "Statement by Jane Roe About New Mine"),
    ("Jane Roe said in 1998 on Saturday that it was sad.", "Statement by Jane Roe"),
    # "in" after the three words opens where it was said, no part of what about
    ("In 1998 Jane Roe announced a freeze on coal duty in her annual speech to the Commons.",
     "Statement by Jane Roe on Coal Duty"),
])
def test_what_a_statement_is_about_keeps_its_complement(text, name):
    desc = run(text, ("jane-roe", "Jane Roe", "person"))
    assert desc.kind == "statement" and desc.name == name


def test_place_and_its_country():
    places = PlaceIndex(load_actor_knowledge())
    desc = run("The leaders met in London in 1959.", places=places)
    assert (desc.place, desc.place_country) == ("London", "GBR")
    desc = run("Troops were deployed in Afghanistan in 2001.", places=places)
    assert desc.place_country == "AFG"


@pytest.mark.parametrize("text, clause_from, place, name", [
    ("Talks continue on Libya and Iraq (where Italy will withdraw its troops).", "where", "Iraq",
     "Italy Withdraws Troops from Iraq"),
    ("Talks continue on Libya and Iraq (where Italy will withdraw its troops).", "Italy", "Iraq",
     "Italy Withdraws Troops from Iraq"),
    ("The envoys flew on to Nairobi, where the two sides signed a ceasefire.", "where", "Nairobi", None),
    # "where" opening a question or a clause about no place named just before
    ("Nobody knows where Italy will withdraw its troops.", "where", None, None),
])
def test_a_clause_opening_with_where_happens_at_the_place_named_before_it(text, clause_from, place, name):
    places = PlaceIndex(load_actor_knowledge())
    found = named(text, ("italy", "Italy", "state")) if "Italy" in text else []
    desc = describe(text, (text.index(clause_from), len(text)), TRIGGERS, found, places=places)
    assert desc.place == place
    if name:
        assert desc.name == name


@pytest.mark.parametrize("words, name", [
    (["the", "treaty", "was", "signed", "and"], "Treaty Was Signed"),
    ("one two three four five six seven eight nine ten eleven twelve thirteen".split(),
     "One Two Three Four Five Six Seven Eight Nine Ten"),
    ("one two three four five six seven eight nine ten eleven".split(),
     "One Two Three Four Five Six Seven Eight Nine Ten Eleven"),
    (["talks", "of", "the"], "Talks"),
    # a contracted function word ends no name either
    (["election", "of", "the", "senate", "that’s"], "Election of the Senate"),
    (["Zenith's", "budget", "it's"], "Zenith's Budget"),
    # a label's preposition and its object's, said once
    (["Latvia", "accedes to", "to", "EU"], "Latvia Accedes to EU"),
    # a wire dateline's separator ("LIMA, Peru (AP)_ Troops stormed ...") is no part of the name
    (["_", "Troops", "storm", "embassy"], "Troops Storm Embassy"),
    (["__Troops", "storm", "embassy", "_"], "Troops Storm Embassy"),
])
def test_names_are_title_case_short_and_never_end_in_a_function_word(words, name):
    assert finish_name(words) == name


def test_one_clause_dates_two_events_by_its_comma_parts():
    text = "After three years of brinkmanship in hybrid warfare mode, the crisis that began a decade ago eased"
    anchor = (text.index("three years"), text.index("three years") + len("three years"))
    assert text[slice(*part_with(text, (0, len(text)), anchor))] == "After three years of brinkmanship in hybrid warfare mode"
    short = "In 1962, when our countries came closer than ever to war"
    assert part_with(short, (0, len(short)), (3, 7)) == (0, len(short))  # an adverbial part joins the next


@pytest.mark.parametrize("person, role, organization, name", [
    ("Ann Smith", "president", "Freedonia", "Presidency of Ann Smith"),
    ("Ann Smith", "prime minister", None, "Premiership of Ann Smith"),
    ("Ann Smith", "general secretary", "Soviet Union", "Ann Smith's Leadership of Soviet Union"),
    ("Ann Smith", "director", "Institute of Studies", "Ann Smith's Leadership of Institute of Studies"),
    ("Ann Smith", "director", None, "Ann Smith's Tenure as Director"),
    ("Ann Smith", "ambassador to the united states", "Freedonia",
     "Ann Smith's Tenure as Ambassador to the United States"),
])
def test_tenures_are_named_as_offices_not_as_clauses(person, role, organization, name):
    from timeline_builder.extract.events.naming import tenure_name

    assert tenure_name(person, role, organization) == name


def test_a_death_is_named_from_the_one_who_died():
    desc = run("Ann Smith died in 2001 at her home.", ("ann-smith", "Ann Smith", "person"))
    assert desc.name == "Death of Ann Smith" and desc.kind == "death"


def test_a_person_joining_is_appointed_and_a_state_joining_accedes():
    desc = run("In 1978 Ann Smith joined the Finance Ministry.", ("ann-smith", "Ann Smith", "person"))
    assert desc.kind == "appointment" and desc.event_type is None and desc.event_type_reason
    desc = run("In 1982 Spain joined the alliance.", ("spain", "Spain", "state"))
    assert desc.kind == "treaty" and desc.event_type == "COOPERATE"
    desc = run("The country became a member of the trade body in 2001.")
    assert desc.name == "Country Joins Trade Body" and desc.kind == "treaty"


def test_the_authors_own_i_is_the_author_and_a_quoted_i_is_not():
    desc = run("Long ago, I first joined the finance ministry in 1978.")
    assert desc.name == "Author Joins Finance Ministry" and desc.kind == "appointment"
    desc = run("She said: “I first joined the finance ministry in 1978.”")
    assert not desc.name.startswith("Author")


@pytest.mark.parametrize("text, name, kind", [
    # "started" names the event, "planning" says what kind.
    ("In 1945 the ministry started planning for a new security organisation.",
     "Ministry Begins Planning for New Security Organisation", "policy"),
    ("In 1991 the two armies resumed cooperation on training.", "Two Armies Begin Cooperation on Training", "policy"),
    # Only a start, no other event word: kind other.
    ("The season started in 1999.", "Season Begins", "other"),
])
def test_an_aspect_verb_names_and_the_event_word_after_it_types(text, name, kind):
    desc = run(text)
    assert (desc.name, desc.kind) == (name, kind)


@pytest.mark.parametrize("text, name", [
    ("In 1984 the two countries signed agreements on cultural and educational exchange.",
     "Two Countries Sign Agreements on Cultural and Educational Exchange"),
    ("The allies provided weapons to the rebels long before 1986.", "Allies Provide Weapons to Rebels"),
    ("In 2025 talks at the ministerial level reached a peak.", "Talks at Ministerial Level"),
])
def test_objects_end_where_the_phrase_ends(text, name):
    assert run(text).name == name


def test_a_light_passive_verb_between_the_event_noun_and_its_complement_is_skipped():
    desc = run("In 2025 agreements were reached between the two ministries on training.")
    assert desc.name == "Agreements Between Two Ministries on Training"
    desc = run("In 2025 accords were struck between Russia and China on space.")
    assert desc.name == "Accords Between Russia and China on Space"


def test_a_date_before_a_reporting_clause_ends_what_precedes_it():
    text = "When she refused to back the budget plan, in 1968, she said nothing."
    at = text.index("1968")
    part = part_with(text, (0, len(text)), (at, at + 4))
    assert text[part[0]:part[1]].startswith("When she refused") and "1968" in text[part[0]:part[1]]
    text = "In 1962, when the crisis began, the two sides talked."
    at = text.index("1962")
    part = part_with(text, (0, len(text)), (at, at + 4))
    assert text[part[0]:part[1]] == "In 1962, when the crisis began"


def test_a_name_cut_short_inside_a_phrase_ends_before_the_phrase():
    desc = run("In 2019 they tried to disrupt any groundwork for restoring dialogue between the two countries.")
    assert desc.name.endswith("Restoring Dialogue")


def test_a_modal_before_the_verb_is_not_the_subject():
    desc = run("They hope that in 2029 a new president will come to power in the capital.")
    assert desc.name == "New President Comes to Power in Capital" and desc.kind == "appointment"


@pytest.mark.parametrize("text, name", [
    ("The lobby hopes that in 2029 an opponent of the current president will come to power in Paris.",
     "Opponent of Current President Comes to Power in Paris"),
    ("In 2004 the leader of the opposition resigned.", "Leader of Opposition Resigns"),
    # not a head noun: a quantity, or no determiner before it
    ("In 2003 many of the members resigned.", "Members Resign"),
])
def test_a_subject_named_by_its_head_and_an_of_phrase_keeps_the_head(text, name):
    assert run(text).name == name


def test_any_and_every_are_no_part_of_an_object():
    desc = run("In 2011 Parliament rejected any attempt to reform the senate.", ("parl", "Parliament", "organization"))
    assert desc.name == "Parliament Rejects Attempt to Reform Senate"


@pytest.mark.parametrize("text", ["Their friendship, stretching back to the 1960s, survived.",
                                  "The diplomatic missions reopened in 2021.",
                                  "The oilfield was sold in 2004 to a little-known shell company.",
                                  "The runner returned in 2005 after an operation on his knee.",
                                  "In 2004 the website fought off competition from two rivals.",
                                  "The record was set back in May 1952."])
def test_phrases_holding_a_triggers_form_are_no_event_words(text):
    desc = run(text)
    assert desc is None


def test_in_a_story_reporting_a_death_others_words_about_the_dead_are_tributes():
    from timeline_builder.extract.events.obituaries import is_tribute, obituary_subject, tribute_name

    text = ("Ex-minister Ann Smith dies aged 90\n\nBob Jones said he would miss her. "
            "Carl Doe said taxes were too high. Ann Smith said little in public.")
    people = named(text, ("ann-smith", "Ann Smith", "person"), ("bob-jones", "Bob Jones", "person"),
                   ("carl-doe", "Carl Doe", "person"))
    first = (0, text.index("\n"))
    dead = obituary_subject(text, [first], people)
    assert dead.actor_id == "ann-smith"
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.\n]+\.", text)]
    assert is_tribute(text, sentences[0], "bob-jones", dead, people)
    assert not is_tribute(text, sentences[1], "carl-doe", dead, people)
    assert not is_tribute(text, sentences[2], "ann-smith", dead, people)
    assert tribute_name("Bob Jones", dead.name) == "Bob Jones's Tribute to Ann Smith"
    assert obituary_subject("Ann Smith opens a school\n", [(0, 24)], people[:1]) is None


@pytest.mark.parametrize("text, name", [
    ("IBM said in 2004 that growth was strong.", "Statement by IBM"),
    ('"Growth was strong in 2004," said Mr Ash.', "Statement by Mr Ash"),
])
def test_a_speaker_no_actor_names_is_the_noun_phrase_around_the_verb(text, name):
    assert run(text).name == name


def test_a_pronoun_stands_for_the_body_named_just_before():
    text = "Acme Corp, which lost two deals, said on Thursday it had signed a new supply agreement in 2005."
    desc = run(text, ("acme", "Acme Corp", "organization"))
    assert desc.name.startswith("Acme Corp Signs New Supply Agreement")


def test_the_start_of_a_year_is_a_time_not_an_event():
    assert run("Prices were higher at the start of 2004.") is None


@pytest.mark.parametrize("text, name", [
    ("In a statement issued on 3 May 2004, the Cabinet Office said it was reviewing pensions.",
     "Statement by Cabinet Office"),
    ("In a statement on Sunday 2 May 2004, Acme Holdings detailed its plans.", "Statement by Acme Holdings"),
    # a report too, and a subject whose verb is not one of saying
    ("In a report published on 5 May 2004, the Central Bank said inflation would rise.", "Report by Central Bank"),
    ("In a statement issued on 6 May 2004, Acme Foods thanked its staff.", "Statement by Acme Foods"),
])
def test_a_statement_opening_the_sentence_is_by_the_subject_after_it(text, name):
    assert run(text).name == name


@pytest.mark.parametrize("text, names, name", [
    ("In 1982, in his speech in Leipzig, the leader Ann Smith spoke.", [("ann-smith", "Ann Smith", "person")],
     "Ann Smith's Speech in Leipzig"),
    ("In 2004 Acme Corp put its plans on hold.", [("acme", "Acme Corp", "organization")],
     "Acme Corp's Plans on Hold"),
])
def test_a_possessive_pronoun_before_the_event_noun_is_who_it_stands_for(text, names, name):
    assert run(text, *names).name == name


@pytest.mark.parametrize("subject", ["the two countries", "the countries", "the two neighbouring countries",
                                     "the parties"])
def test_the_two_countries_are_the_two_states_named_just_before(subject):
    text = f"Relations between Freedonia and Sylvania thawed. In 1984 {subject} signed agreements on trade."
    people = named(text, ("freedonia", "Freedonia", "state"), ("sylvania", "Sylvania", "state"))
    clause = (text.index("In 1984"), len(text))
    desc = describe(text, clause, TRIGGERS, people)
    assert desc.name == "Freedonia and Sylvania Sign Agreements on Trade"


@pytest.mark.parametrize("text, name", [
    ("In 2014 today's crisis began to deepen.", "Crisis"),
    ("It follows last year's Gershon Report, published in 2004.", "Gershon Report"),
])
def test_a_deictic_possessive_is_no_part_of_a_name(text, name):
    assert run(text).name.startswith(name)


@pytest.mark.parametrize("text, names, name", [
    ("The US is to withdraw its troops from the region.", [("united-states", "US", "state")],
     "US Withdraws Troops from Region"),
    ("The bank withdrew its bid at the start of trading.", [], "Bank Withdraws Bid at Start of Trading"),
])
def test_a_possessive_pronoun_opening_the_object_is_dropped(text, names, name):
    assert run(text, *names).name == name


@pytest.mark.parametrize("text, names, name", [
    ('"Sales will grow," said chief financial officer Jane Doe.', [], "Statement by Jane Doe"),
    ('"Sales will grow," said the 42-year-old Mr Ash.', [], "Statement by 42-year-old Mr Ash"),
    ("Many countries, such as Peru or Chile, buy no insurance, said a leading insurance broker.",
     [("peru", "Peru", "state"), ("chile", "Chile", "state")], ""),
    ('"I hope to be fit for the Italy game next week," he said.', [("italy", "Italy", "state")], ""),
    ("Officials said on Monday that growth had slowed.", [], "Statement by Officials"),
])
def test_the_speaker_follows_what_is_said_and_is_never_inside_the_quotation(text, names, name):
    assert run(text, *names).name == name


@pytest.mark.parametrize("text, names, name", [
    ("Figures released by the Statistics Office showed that output fell.", [], "Statistics Office Releases Figures"),
    ("Figures released by the government's Statistics Office showed that output fell.", [],
     "Statistics Office Releases Figures"),
])
def test_a_participle_after_its_noun_takes_the_by_phrase_as_agent(text, names, name):
    assert run(text, *names).name == name


@pytest.mark.parametrize("text, names", [
    ("The score was found among the papers of Danish composer Karl Holm, who died in Denmark in 2001.",
     [("denmark", "Danish", "state"), ("denmark", "Denmark", "state")]),
    ("The stadium disaster of 1989, in which 96 died, changed football.", []),
])
def test_a_death_is_never_of_a_state_or_a_number(text, names):
    assert "Denmark" not in run(text, *names).name and "96" not in run(text, *names).name


@pytest.mark.parametrize("text, name, kind", [
    ("Mr Smith quit as home secretary in December.", "Mr Smith Quits as Home Secretary", "other"),
    ("The Victory Day parade in Moscow was held in May.", "Victory Day Parade in Moscow", "other"),
    ("Bilateral trade doubled in 1985.", "Bilateral Trade Doubles", "other"),
])
def test_general_triggers_for_resignations_ceremonies_and_changes(text, name, kind):
    desc = run(text)
    assert (desc.name, desc.kind) == (name, kind) and desc.event_type_reason


@pytest.mark.parametrize("text, clause_from, name", [
    ("Norway has sanctioned Iran and called the vote illegal. But it has now called for restraint.",
     "But", "Norway Calls for Restraint"),
    ("Norway has sanctioned Iran and called the vote illegal. But it | has now called for restraint.",
     "|", "Norway Calls for Restraint"),
    ("Acme said on Thursday it had signed a deal with Brazil.", "Acme", "Acme Signs Deal with Brazil"),
])
def test_it_stands_for_the_subject_of_its_sentence_or_the_one_before(text, clause_from, name):
    names = [("norway", "Norway", "state"), ("iran", "Iran", "state")] if "Norway" in text else \
        [("acme", "Acme", "organization"), ("brazil", "Brazil", "state")]
    found = named(text, *names)
    start = text.index(clause_from) + (1 if clause_from == "|" else 0)
    assert describe(text, (start, len(text)), TRIGGERS, found).name == name


@pytest.mark.parametrize("text, names, name", [
    ("In 1992 Neil Kinnock resigned as Labour leader.", [("nk", "Neil Kinnock", "person")],
     "Neil Kinnock Resigns as Labour Leader"),
    ("Ken Bates resigned as chairman of the club in 2003.", [("kb", "Ken Bates", "person")],
     "Ken Bates Resigns as Chairman of Club"),
    ("Mrs Lee stepped down as head of the Arts Council in 2001.", [("lee", "Mrs Lee", "person")],
     "Mrs Lee Steps Down as Head of Arts Council"),
    ("Mr Ray quit as chief executive of Marks and Spencer in 2004.", [("ray", "Mr Ray", "person")],
     "Mr Ray Quits as Chief Executive of Marks and Spencer"),
    # "as" opening a clause is no office
    ("Mr Ray resigned as the board had demanded in 2004.", [("ray", "Mr Ray", "person")], "Mr Ray Resigns"),
    ("Mr Ray resigned as leaders of the party gathered in 2004.", [("ray", "Mr Ray", "person")], "Mr Ray Resigns"),
])
def test_the_office_after_as_is_the_object(text, names, name):
    assert run(text, *names).name == name


@pytest.mark.parametrize("text, names, name, kind", [
    ("In 1970 the premier refused to call a snap election that his ministers had urged.", [],
     "Premier Refuses to Call Snap Election", "statement"),
    ("Ms Obi refused to attend the summit in Lisbon in 2007.", [("obi", "Ms Obi", "person")],
     "Ms Obi Refuses to Attend Summit in Lisbon", "statement"),
    ("In 2004 the union rejected the pay deal offered by managers.", [], "Union Rejects Pay Deal", "statement"),
])
def test_what_is_refused_has_not_happened_the_refusal_has(text, names, name, kind):
    desc = run(text, *names)
    assert (desc.name, desc.kind, desc.event_type) == (name, kind, "REJECT")


def test_a_refusal_names_the_whole_act_with_a_year_before_its_noun():
    text = "In the end Ruritania refused to carry out the promising 1988 fishing accord that it had drafted."
    year = text.index("1988")
    desc = describe(text, (0, len(text)), TRIGGERS, named(text, ("ruritania", "Ruritania", "state")),
                    timex=(year, year + 4))
    assert desc.name == "Ruritania Refuses to Carry Out Promising 1988 Fishing Accord" and desc.kind == "statement"
    # a year after a preposition says when, and ends the object
    text = "Ruritania signed the accord in 1988 with Freedonia."
    year = text.index("1988")
    desc = describe(text, (0, len(text)), TRIGGERS, named(text, ("ruritania", "Ruritania", "state")),
                    timex=(year, year + 4))
    assert desc.name == "Ruritania Signs Accord"


def test_an_amount_keeps_its_number_after_the_currency_sign():
    assert run("In 1999 the Assembly passed a $4 billion road bill.").name == "Passage of 4 Billion Road Bill"


def test_sanctioned_is_a_verb():
    desc = run("Norway has sanctioned Iran.", ("norway", "Norway", "state"), ("iran", "Iran", "state"))
    assert (desc.name, desc.kind) == ("Norway Sanctions Iran", "sanction")


def test_a_deictic_possessive_keeps_another_date_of_the_clause_out_of_the_name():
    text = "Given the 1980’s and today's crisis, any thaw is hard."
    timex = (text.index("the 1980’s"), text.index("the 1980’s") + len("the 1980’s"))
    assert describe(text, (0, len(text)), TRIGGERS, [], timex=timex).name == "Crisis"
    text = "In 1990, the crisis deepened."
    timex = (3, 7)
    assert describe(text, (0, len(text)), TRIGGERS, [], timex=timex).name == "1990 Crisis"


@pytest.mark.parametrize("text, name, kind, event_type", [
    ("Scotland named its squad for Saturday's Six Nations clash with Italy.", "Six Nations Clash with Italy",
     "other", None),
    ("Leicester hopes to use Sunday's Heineken Cup clash with Wasps as a springboard.",
     "Heineken Cup Clash with Wasps", "other", None),
    ("The troops clashed with protesters in the capital in 2004.", "Troops Clash with Protesters in Capital", "conflict",
     "ASSAULT"),
])
def test_a_sports_clash_is_a_match_not_a_conflict(text, name, kind, event_type):
    desc = run(text)
    assert (desc.name, desc.kind, desc.event_type) == (name, kind, event_type)


def test_fighting_back_in_a_match_is_figurative():
    assert run("The champion fought back to win in five sets in 2004.").figurative


@pytest.mark.parametrize("text, name", [
    ("In the 20th century it kept channels for exchanging ideas to remain open.", "Exchange of Ideas"),
    ("In 2004, a contract to provide refuelling tankers for the air force was cancelled.",
     "Provision of Refuelling Tankers for Air Force"),
    ("It withdrew from the race in 2004.", "Withdrawal from Race"),
    ("In 2014, it urged restraint to avoid escalation.", "Call for Restraint to Avoid Escalation"),
])
def test_a_verb_event_no_one_is_said_to_do_is_named_by_the_act(text, name):
    assert run(text).name == name


def test_a_bad_trigger_noun_names_its_file_and_line(tmp_path):
    from timeline_builder.errors import KnowledgeError
    from timeline_builder.knowledge.triggers import read_trigger_files

    path = tmp_path / "triggers.tsv"
    path.write_text("forms\tpos\tlabel\tkind\tevent_type\treason\tperson_kind\tnoun\n"
                    "swap|swapped\tverb\tswaps\tother\tCOOPERATE\t\t\tSwap Of\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="noun 'Swap Of' is not lower-case words") as caught:
        read_trigger_files([path])
    assert "triggers.tsv" in str(caught.value)


@pytest.mark.parametrize("text, names, name", [
    ("Pete Doherty was arrested on Wednesday.", [("pete-doherty", "Pete Doherty", "person")], "Arrest of Pete Doherty"),
    ("The album was released in the US at the end of last week.", [], "Release of Album in US"),
])
def test_a_passive_without_its_agent_is_named_by_the_act_done_to_its_subject(text, names, name):
    assert run(text, *names).name.startswith(name)


def test_a_version_number_is_no_footnote_marker():
    assert finish_name(["Release", "of", "Firefox", "1.0"]) == "Release of Firefox 1.0"
    assert finish_name(["Treaty", "of", "Rome", "signed3"]) == "Treaty of Rome Signed"


@pytest.mark.parametrize("text", ["In the eighties the cause of freedom was pushed back in many places.",
                                  "Treasury bill rates are down from 5.59 percent in September.",
                                  "In 1965 the Republicans backed down.",
                                  "Since 1993 the city has saved millions by fighting crime."])
def test_set_backs_bills_and_fights_against_crime_are_no_events(text):
    desc = run(text)
    assert desc is None or desc.figurative


def test_a_death_of_a_quantifier_names_no_one_and_a_by_name_keeps_its_and():
    assert run("And when both died on the same day in 1826, the nation mourned.").name == ""
    assert run("The plans were released by the Securities and Exchange Commission yesterday.").name == \
        "Securities and Exchange Commission Releases Plans"


@pytest.mark.parametrize("name, expected", [
    ("He sat for Leeds constituencies for 30 years", "Ann Smith Sat for Leeds Constituencies"),
    ("She resisted devaluation for three years", "Ann Smith Resisted Devaluation"),
    ("She chaired the board over two decades", "Ann Smith Chaired Board"),
    ("The board met", "The board met"),
])
def test_a_name_told_from_its_clause_never_opens_with_he_or_she(name, expected):
    from timeline_builder.extract.events.naming import pronoun_led_name

    assert pronoun_led_name(name, Named("ann-smith", "Ann Smith", 0, 9, "person")) == expected
    assert pronoun_led_name(name, None) == name


@pytest.mark.parametrize("text, kind, event_type", [
    ("On Tuesday Mr Howard attacked Mr Blair's words on Iraq.", "statement", "ACCUSE"),
    ("In 2004 the Tories attacked the government's plans for ID cards.", "statement", "ACCUSE"),
    ("Russia attacked Ukraine in 2014.", "operation", "ASSAULT"),
    ("The audience voted the film the best of 2004.", "other", None),
    ("In 2004 readers of the magazine voted it album of the year.", "other", None),
    ("Voters went to the polls in May 2005.", "election", None),
])
def test_attacking_words_is_an_accusation_and_an_audiences_vote_no_election(text, kind, event_type):
    desc = run(text)
    assert (desc.kind, desc.event_type) == (kind, event_type) and desc.event_type_reason


@pytest.mark.parametrize("text, name", [
    ("I will visit China in May.", "Author Visits China"),
    ("The visit to Moscow took place in May.", "Visit to Moscow"),
])
def test_visit_is_a_verb_after_a_subject_and_a_noun_after_a_determiner(text, name):
    desc = run(text)
    assert (desc.name, desc.kind) == (name, "meeting")


def test_no_trigger_form_is_in_two_rows():
    import collections
    from timeline_builder.knowledge.files import PACKAGE_DIR, read_tsv

    rows = collections.Counter()
    for row in read_tsv(PACKAGE_DIR / "triggers" / "triggers.tsv", ("forms",)):
        rows.update({f.strip().lower() for f in row.require("forms").split("|")})
    assert [form for form, n in rows.items() if n > 1] == []


@pytest.mark.parametrize("text, name", [
    ("On Tuesday Mr Howard attacked the plans.", "Mr Howard Attacks Plans"),
    ("In 2004 the new law was passed.", "New Law"),
])
def test_a_day_or_year_before_the_subject_is_no_part_of_it(text, name):
    assert run(text).name == name


def test_a_tribute_links_the_dead_person_as_its_target():
    """"Bob Jones said she would be missed": whom the tribute honours is its target, though the
    quotation only says "she"."""
    from timeline_builder.extract import registry
    from timeline_builder.records import AnnotatedDocument, Document

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from actor_fixtures import extraction_with_actors

    text = ("Ex-minister Ann Smith dies aged 90\n\nFormer minister Ann Smith has died at her home, her family said. "
            "Bob Jones said she would be missed \"by everyone who knew her\".")
    found = extraction_with_actors(text, {"ann-smith": ("Ann Smith", "person"), "bob-jones": ("Bob Jones", "person")})
    result = registry.create("events")(AnnotatedDocument(Document("d", "d.txt", text, "sha", dct=date(2005, 3, 26)), found))
    tribute = next(e.event_id for e in result.events if e.name == "Bob Jones's Tribute to Ann Smith")
    roles = {(l.actor_id, l.role) for l in result.event_actors if l.event_id == tribute}
    assert ("ann-smith", "target") in roles


@pytest.mark.parametrize("text, name", [
    ("In 2019 the “open door” strategy of the cabinet was debated.", "Open Door Strategy of Cabinet"),
    ('In 1981 the "zero option" plan was announced.', "Zero Option Plan"),
    ("In 1962 the «new look» policy was dropped.", "New Look Policy"),
])
def test_quoted_words_before_the_event_noun_name_it(text, name):
    assert run(text).name == name


@pytest.mark.parametrize("text, name", [
    ("Once the Freedonia crisis is resolved, hopes will rise. In 1990 today's crisis deepened.", "Freedonia Crisis"),
    ("The Cuban missile crisis is remembered. Yet today's crisis is different.", "Cuban Missile Crisis"),
    # no earlier name with that head, or only a verb before it: one word stays one word
    ("Few saw it coming. Yet today's crisis is different.", "Crisis"),
    ("Freedonia faced crisis. Yet today's crisis is different.", "Crisis"),
])
def test_a_bare_event_noun_takes_the_name_given_to_it_earlier(text, name):
    clause = (text.index("Yet") if "Yet" in text else text.index("In 1990"), len(text))
    assert describe(text, clause, TRIGGERS, []).name == name


FREEDONIA = ("freedonia", "Freedonia", "state")


@pytest.mark.parametrize("text, name, kind", [
    ('In 2019 Freedonia adopted the "open door" policy for refugees.', "Freedonia Adopts Open Door Policy for Refugees",
     "policy"),
    ("In 2021 Freedonia approved the peace deal with the rebels.", "Freedonia Approves Peace Deal with Rebels",
     "agreement"),
    # passing or enacting a programme is legislation; adopting what no event word names stays a law
    ("In 2009 Freedonia passed the reform.", "Freedonia Passes Reform", "law"),
    ("In 2010 Freedonia adopted the budget.", "Freedonia Adopts Budget", "law"),
])
def test_adopting_or_approving_an_event_noun_takes_its_kind(text, name, kind):
    desc = run(text, FREEDONIA)
    assert (desc.name, desc.kind) == (name, kind)


@pytest.mark.parametrize("text, name, kind, event_type", [
    ("In 2019 Freedonia called for talks with the rebels.", "Freedonia Calls for Talks with Rebels", "statement",
     "REQUEST"),
    ("In 2019 Freedonia threatened sanctions against the rebels.", "Freedonia Threatens Sanctions Against Rebels",
     "statement", "THREATEN"),
    # the talks themselves, told after a request of something else
    ("In 2019 Freedonia called for calm; talks with the rebels were held.", "Talks with Rebels", "meeting", "CONSULT"),
])
def test_what_is_called_for_or_threatened_is_the_request_or_threat_not_the_event(text, name, kind, event_type):
    desc = run(text, FREEDONIA)
    assert (desc.name, desc.kind, desc.event_type) == (name, kind, event_type)


def test_bilateral_talks_are_between_the_two_states_the_text_is_about():
    text = "Freedonia and Sylvania argued for years. Freedonia sent envoys to Sylvania. In 2025 bilateral talks " \
           "at the highest level resumed after a pause."
    people = sorted([Named(i, n, m.start(), m.end(), "state") for i, n in (("freedonia", "Freedonia"),
                                                                            ("sylvania", "Sylvania"))
                     for m in re.finditer(n, text)], key=lambda n: n.start)
    clause = (text.index("In 2025"), len(text))
    assert describe(text, clause, TRIGGERS, people).name == "Talks at Highest Level Between Freedonia and Sylvania"
    # with one state only, no pair: the talks keep their own words
    alone = [n for n in people if n.actor_id == "freedonia"]
    assert describe(text, clause, TRIGGERS, alone).name == "Bilateral Talks at Highest Level"


@pytest.mark.parametrize("text, names", [
    ("In 2004 Jude Law starred in four films.", [("jude-law", "Jude Law", "person")]),
    ("In 1949 the North Atlantic Treaty Organization opened an office.",
     [("nato", "North Atlantic Treaty Organization", "organization")]),
])
def test_a_word_of_an_actors_name_is_no_event_word(text, names):
    desc = run(text, *names)
    assert desc is None or desc.kind not in ("law", "treaty")


def test_a_statement_opening_a_sentence_whose_date_part_ends_the_clause_is_by_the_subject_after_it():
    text = "Markets were calm. In a statement on Monday, the Cabinet Office said the review was over."
    office = named(text, ("cabinet-office", "Cabinet Office", "organization"))
    clause = (text.index("In a"), text.index(","))  # the date's comma part only
    assert describe(text, clause, TRIGGERS, office).name == "Statement by Cabinet Office"


def _from(text: str, opener: str, timex: str | None = None, *names):
    at = text.index(opener)
    span = (text.index(timex), text.index(timex) + len(timex)) if timex else None
    return describe(text, (at, len(text)), TRIGGERS, named(text, *names), timex=span)


@pytest.mark.parametrize("text, opener, timex, name", [
    # "the deal" told again is the deal described before it, after its determiner
    ("Zenith signed a sponsorship deal with Orbis. In 2004 the deal ended.", "In 2004", "2004", "Sponsorship Deal"),
    ("Voters backed a ban on smoking in bars. In 2006 the ban took effect.", "In 2006", "2006",
     "Ban on Smoking in Bars"),
    # an earlier name in capitals wins over a nearer description, and both over the year
    ("The Freedonia arms ban stays. Then came a fresh ban on rifles. In 2004 the ban was lifted.", "In 2004", "2004",
     "Freedonia Arms Ban"),
    # no determiner before the earlier word ("to deal with"): no description; a vague or numbered one is none
    ("Zenith wants to deal with debt. In 2004 the deal ended.", "In 2004", "2004", "2004 Deal"),
    ("Zenith got a new deal. In 2004 the deal ended.", "In 2004", "2004", "2004 Deal"),
    ("Orbis had a 20-year deal. In 2004 the deal ended.", "In 2004", "2004", "2004 Deal"),
    # an indefinite noun is a new one, not the one described before
    ("Zenith signed a sponsorship deal. In 2004 a deal was struck.", "In 2004", "2004", "2004 Deal"),
    # a complement saying no more than when or where to is no description
    ("Orbis won the vote for the third time. In 2009 the vote was annulled.", "In 2009", "2009", "2009 Vote"),
])
def test_a_definite_event_noun_told_again_is_the_one_described_before(text, opener, timex, name):
    assert _from(text, opener, timex).name == name


@pytest.mark.parametrize("text, timex, name", [
    ("After the death last spring of Ann Bell, a fund was set up.", "last spring", "Death of Ann Bell"),
    ("Markets rose after a decision on Friday by the Supreme Court.", "Friday", "Decision by Supreme Court"),
    # "by" saying how or how many is no author
    ("In 2004 Zenith gained the initiative by putting together a bid.", "2004", "2004 Initiative"),
    ("Output fell after a strike in March by about 400 dockers.", "March", "Strike"),
])
def test_a_date_between_the_event_noun_and_its_complement_is_stepped_over(text, timex, name):
    assert _from(text, text.split()[0], timex).name == name


@pytest.mark.parametrize("text, opener, name", [
    ("Creditors agreed on Friday to defer the loans.", "Creditors", "Creditors Agree"),
    ("Prices fell. Dockers rejected the offer on Monday.", "Dockers", "Dockers Reject"),
    # a name in capitals elsewhere in the text is a name, whatever its last letter
    ("Shares in Barclays rose. Barclays agreed on Friday to sell.", "Barclays agreed", "Barclays Agrees"),
])
def test_a_plural_noun_opening_the_sentence_takes_a_plural_verb(text, opener, name):
    assert _from(text, opener).name.split()[:2] == name.split()


def test_a_progressive_event_noun_is_a_verb_named_by_the_verb_row():
    text = "The Orbis Council is meeting this week in Lima."
    assert run(text, ("orbis", "Orbis Council", "organization")).name.startswith("Orbis Council Meets")
    # no one said to meet: the noun's name, as before
    # ("this week" is when, so the place after it is read: "Meeting in Lima")
    assert _from("The panel, which is meeting this week in Lima, said costs rose.", "which").name == "Meeting in Lima"


@pytest.mark.parametrize("text, kind", [
    ("In 1985 I joined with the mayor in urging the plan.", "other"),
    ("In 2001 he asked voters to join him in building a new port.", "other"),
    ("In 1999 the two firms joined forces.", "other"),
])
def test_joining_with_someone_in_doing_something_is_no_appointment(text, kind):
    desc = run(text, person_before=Named("p", "Ann Bell", 0, 0, "person"))
    assert (desc.kind, desc.event_type) == (kind, "COOPERATE")


def test_a_contracted_pronoun_is_no_part_of_a_name():
    text = "Her uncle, who'd fought in Burma in 1944, wrote to her."
    assert not _from(text, "who'd").name.lower().startswith("who")


@pytest.mark.parametrize("text, name", [
    # a participle after its noun, then a verb of showing: the noun is what was done to
    ("Figures released last week showed a fall in output.", "Release of Figures"),
    ("Papers published after 40 years reveal the plan.", "Publication of Papers"),
    # with "by": the agent does it to the noun
    ("Figures released on Friday by the Zenith Group showed a fall.", "Zenith Group Releases Figures"),
    # an active verb with its object, or a second verb joined by "and", stays active
    ("Rebels attacked the port on Monday and said it was quiet.", "Rebels Attack Port"),
    ("Rebels attacked on Monday and said it was quiet.", "Rebels Attack"),
])
def test_a_participle_after_its_noun_is_done_to_the_noun(text, name):
    names = [("zenith", "Zenith Group", "organization")] if "Zenith" in text else []
    assert run(text, *names).name == name


@pytest.mark.parametrize("text, names, name", [
    # a "he" between the name and the verb: the person named before it, not the body after "told"
    ("In 2003 Ann Bell told Radio Zed he had agreed with the board.",
     [("ann-bell", "Ann Bell", "person"), ("radio-zed", "Radio Zed", "organization")], "Ann Bell Agrees with Board"),
    # a "that" clause with a subject of its own: the name before it is not the subject
    ("In 2004 Ann Bell stressed the fact that two new banks were founded.", [("ann-bell", "Ann Bell", "person")],
     "Founding of Two New Banks"),
    # a relative clause of the name itself ("which is") keeps the name
    ("In 2004 Freedonia, which is small, signed the treaty.", [FREEDONIA], "Freedonia Signs Treaty"),
])
def test_a_name_cut_off_from_the_verb_by_a_clause_of_its_own_is_not_its_subject(text, names, name):
    assert run(text, *names).name == name


def test_a_typed_statement_after_a_quotation_is_by_the_one_named_after_the_verb():
    text = '"Rates will rise in 2006," warned Zenith Bank, the lender.'
    assert run(text, ("zenith", "Zenith Bank", "organization")).name == "Zenith Bank Warns"


def test_an_election_done_to_its_subject_is_the_election_of_it():
    desc = run("In 2002 Ann Bell was elected as mayor.", ("ann-bell", "Ann Bell", "person"))
    assert desc.name.startswith("Election of Ann Bell"), desc.name


def test_a_people_named_in_the_plural_takes_a_plural_verb():
    desc = run("In 1975 Britons agreed to stay in the market.", ("britons", "Britons", "group"))
    assert desc.name.split()[:2] == ["Britons", "Agree"], desc.name
    desc = run("In 1975 General Motors agreed to stay.", ("gm", "General Motors", "organization"))
    assert desc.name.split()[:3] == ["General", "Motors", "Agrees"], desc.name


@pytest.mark.parametrize("verb, obj, words", [
    # "over"/"about" before a number say how many: the act's own "of" stays
    ("provided", ["over", "300", "tents"], ["provision", "of", "over", "300", "tents"]),
    ("provided", ["about", "40,000", "doses"], ["provision", "of", "about", "40,000", "doses"]),
    # a preposition of the object's own replaces the act's
    ("provided", ["to", "the", "victims"], ["provision", "to", "the", "victims"]),
    ("withdrew", ["from", "the", "race"], ["withdrawal", "from", "the", "race"]),
])
def test_an_act_named_as_a_noun_keeps_its_of_before_a_count(verb, obj, words):
    from timeline_builder.extract.events.describe import _act
    from timeline_builder.knowledge.triggers import load_trigger_knowledge

    trig = load_trigger_knowledge().trigger(verb)
    assert _act(trig, trig.label, obj) == words


def _names_in_news(text: str) -> list[str]:
    """The event names the temporal, actor and events stages give ``text`` told on a 2005 news day."""
    from dataclasses import replace

    from timeline_builder.extract import registry
    from timeline_builder.records import AnnotatedDocument, Document, Extraction

    doc = Document("d", "d.txt", text, "sha", dct=date(2005, 3, 26), language="en")
    timexes = registry.create("temporal")(AnnotatedDocument(doc, Extraction())).timexes
    actors = registry.create("actors")(AnnotatedDocument(doc, Extraction(timexes=timexes)))
    return [e.name for e in registry.create("events")(AnnotatedDocument(doc, replace(actors, timexes=timexes))).events]


@pytest.mark.parametrize("text, name", [
    ("The agency supplied about 40,000 doses of vaccine in March 2004.", "Agency Supplies About 40,000 Doses of Vaccine"),
    ("In 1998, 2,000 troops were deployed.", "Deployment of 2,000 Troops"),
])
def test_a_number_with_thousands_separators_is_one_word_of_a_name(text, name):
    assert _names_in_news(text) == [name]


@pytest.mark.parametrize("text, name", [
    # an irregular past verb after the noun's complement begins the predicate, as an "-ed" form does
    ("The ban on fox hunting with dogs came into force in February 2005.", "Ban on Fox Hunting with Dogs"),
    ("A strike by rail workers began in March 2004.", "Strike by Rail Workers"),
    ("The summit of Baltic leaders fell apart in May 2003.", "Summit of Baltic Leaders"),
    # a noun that looks like a past form stays in the name
    ("The vote on the tax cut plans was held in May 2003.", "Vote on Tax Cut Plans"),
])
def test_a_noun_complement_ends_before_an_irregular_past_verb(text, name):
    assert _names_in_news(text) == [name]



def test_the_two_countries_are_the_last_pair_named_together_as_the_linker_reads_them():
    # Chile and Argentina are named as often, but the pair said together counts once more
    text = ("Chile and Argentina quarrelled in 1978, and Argentine troops massed near Chile. Bolivian-Peruvian "
            "talks then resumed. In 1988 the two countries signed a river treaty.")
    start = text.index("In 1988")
    everyone = named(text, ("chile", "Chile", "state"), ("argentina", "Argentina", "state"),
                     ("argentina", "Argentine", "state"), ("bolivia", "Bolivian", "state"), ("peru", "Peruvian", "state"))
    everyone.append(Named("chile", "Chile", text.rindex("Chile"), text.rindex("Chile") + 5, "state"))
    desc = describe(text, (start, len(text)), TRIGGERS, sorted(everyone, key=lambda n: n.start))
    assert desc.name == "Bolivian and Peruvian Sign River Treaty"


@pytest.mark.parametrize("text, name", [
    # a noun row's past tense is a verb, and the adverb before it is not who voted
    ("Transport staff have already voted to strike over pensions.", "Transport Staff Votes to Strike over Pensions"),
    ("Dock workers have once again voted to strike for a week.", "Dock Workers Vote to Strike for Week"),
])
def test_a_past_tense_of_an_event_noun_is_a_verb_with_its_subject(text, name):
    assert run(text).name == name


@pytest.mark.parametrize("text", ["Some have begun to challenge the ruling party.", "Many have started to leave the coalition."])
def test_a_quantifier_alone_is_no_subject_of_a_name(text):
    name = run(text).name
    assert name and name.split()[0] not in ("Some", "Many")


def test_an_adverb_between_a_passive_auxiliary_and_its_verb_keeps_the_passive():
    assert run("Nine people were also killed in a bomb attack near the port.").name == \
        "Killing of Nine People in Bomb Attack Near Port"


def test_an_adverb_before_an_event_noun_is_no_modifier_of_it():
    name = run("Listeners can now vote for their favourite choir.").name
    assert name and not name.startswith("Now")


@pytest.mark.parametrize("text, name", [
    ("Last month Globex agreed to pay $40m to settle the claims.", "Globex Agrees to Pay 40m to Settle Claims"),
    ("The bank is under scrutiny after last year signing a deal to buy the insurer.", "Signing of Deal to Buy Insurer"),
    ("This week ministers signed a pact on river pollution.", "Ministers Sign Pact on River Pollution"),
])
def test_a_span_of_time_said_from_the_day_is_no_part_of_the_subject(text, name):
    assert run(text).name == name


def test_a_span_of_time_between_the_subject_and_its_verb_is_skipped():
    assert run("Initech last week agreed a settlement with its suppliers.").name.startswith("Initech Agrees")


@pytest.mark.parametrize("text, start_at, person_named", [
    # the clause after an apposition or a participle's commas: its sentence's subject stands before it
    ("Jane Roe spoke at the fair. A new service, Zap.tv, was launched last month.", "was launched", False),
    ("Jane Roe spoke at the fair. The album, released on Monday, holds four discs.", "released", False),
    # a sentence of her own, or her name before the comma: still the person the text is about
    ("Jane Roe was born in Leeds in 1950. She was elected to the council in 1982.", "She was", True),
    ("Jane Roe grew up in Leeds. Born in 1950, educated at Leeds, and elected in 1982.", "elected in", True),
])
def test_the_texts_person_is_not_the_subject_of_a_clause_whose_sentence_names_another(text, start_at, person_named):
    jane = Named("jane-roe", "Jane Roe", 0, 8, "person")
    desc = describe(text, (text.index(start_at), len(text)), TRIGGERS, [jane], person_before=jane)
    assert ("Jane Roe" in (desc.name if desc else "")) == person_named


@pytest.mark.parametrize("text, start_at, name", [
    # what was done to is the noun phrase opening the sentence, across a short apposition
    ("Jane Roe spoke at the fair. A new service, Zap.tv, was launched last month.", "was launched", "Launch of New Service"),
    ("Jane Roe spoke at the fair. The album, released on Monday, holds four discs.", "released", "Release of Album"),
    # more than an apposition between: the participle belongs to something else, no name from the opening
    ("Jane Roe spoke. A survey firm, Webcount, said that the browser Nova 2.0, released in May, gains users.",
     "released", ""),
])
def test_a_participle_after_its_sentences_opening_noun_is_done_to_that_noun(text, start_at, name):
    jane = Named("jane-roe", "Jane Roe", 0, 8, "person")
    desc = describe(text, (text.index(start_at), len(text)), TRIGGERS, [jane], person_before=jane)
    assert (desc.name if desc else "") == name


@pytest.mark.parametrize("text, name", [
    ("The firm launched last month a new phone.", "Firm Launches New Phone"),
    ("Acme signed this week a deal with Globex.", "Acme Signs Deal with Globex"),
])
def test_a_span_of_time_after_the_verb_is_no_part_of_the_object(text, name):
    assert run(text).name == name


@pytest.mark.parametrize("text, names, name, event_type", [
    ("In 1996 Peru expressed support for the regional water compact.", [("pe", "Peru", "state")],
     "Peru Expresses Support for Regional Water Compact", "SUPPORT"),
    ("In 2008 Estonia voiced solidarity with the striking dockers.", [("ee", "Estonia", "state")],
     "Estonia Expresses Solidarity with Striking Dockers", "SUPPORT"),
    ("In 2014 Malaysia expressed concern about the fishing quotas.", [("my", "Malaysia", "state")],
     "Statement by Malaysia About Fishing Quotas", None),
    ("In 1999 Uruguay voiced regret over the cancelled match.", [("uy", "Uruguay", "state")],
     "Statement by Uruguay", None),
])
def test_support_solidarity_concern_or_regret_voiced_is_a_statement(text, names, name, event_type):
    desc = run(text, *names)
    assert (desc.kind, desc.event_type) == ("statement", event_type)
    assert desc.name == name


@pytest.mark.parametrize("text, names, speaker", [
    ("In 2003 Ecuador called Bolivia a loyal friend and voiced support for its bid.",
     [("ec", "Ecuador", "state"), ("bo", "Bolivia", "state")], "Ecuador"),
    ("In 1987 Sweden called Finland an example and expressed concern about the border.",
     [("se", "Sweden", "state"), ("fi", "Finland", "state")], "Sweden"),
])
def test_the_name_a_speaker_calls_something_is_not_the_subject(text, names, speaker):
    desc = run(text, *names)
    assert desc.kind == "statement" and desc.agent is not None and desc.agent.name == speaker
    assert speaker in desc.name and "Finland" not in desc.name.split()[:3] and "Bolivia" not in desc.name.split()[:3]


def test_a_name_called_without_a_or_an_stays_the_subject():
    # "called Bolivia" followed by no "a/an": no naming-as; the nearest name acts ("Bolivia expressed")
    text = "In 2003 Ecuador called; Bolivia expressed support for the bid."
    desc = run(text, ("ec", "Ecuador", "state"), ("bo", "Bolivia", "state"))
    assert desc.agent is not None and desc.agent.name == "Bolivia"


@pytest.mark.parametrize("text, names, speaker", [
    ("In 2011 Kenya called Tanzania a reliable partner.", [("ke", "Kenya", "state"), ("tz", "Tanzania", "state")], "Kenya"),
    ("In 1993 Chile called the Mapocho Syndicate a loyal friend.", [("cl", "Chile", "state")], "Chile"),
    ("In 2016 Norway calls Iceland a brotherly nation.", [("no", "Norway", "state"), ("is", "Iceland", "state")], "Norway"),
])
def test_calling_someone_an_ally_or_a_threat_is_a_statement_by_the_caller(text, names, speaker):
    desc = run(text, *names)
    assert desc.kind == "statement" and desc.name == f"Statement by {speaker}"


@pytest.mark.parametrize("text", [
    "In 2005 they drove to a town called Hope a second time.",
    "In 1998 the firm called a meeting of its creditors.",
    "In 2002 Lisbon called Madrid twice.",
])
def test_called_without_naming_an_ally_or_a_foe_is_no_statement(text):
    desc = run(text)
    assert desc is None or desc.kind != "statement"


@pytest.mark.parametrize("text, names, name", [
    ("The envoy expressed support for Peru in the war against its neighbour.", [("pe", "Peru", "state")],
     "Envoy Expresses Support for Peru in War Against Its Neighbour"),
    ("Oslo voiced concern over the strikes at the northern ports.", [], "Statement by Oslo"),
])
def test_an_event_word_an_expressed_attitude_is_about_gives_way_to_the_statement(text, names, name):
    """What support or concern is voiced for ("in the war") is not what happened then; the voicing is."""
    desc = run(text, *names)
    assert (desc.kind, desc.name) == ("statement", name)


def test_a_date_inside_what_an_attitude_is_about_dates_that_event_word():
    text = "Oslo voiced concern over the 1998 strikes at the northern ports."
    desc = describe(text, (0, len(text)), TRIGGERS, [], timex=(text.index("1998"), text.index("1998") + 4))
    assert desc.kind != "statement"


@pytest.mark.parametrize("text, names, speaker", [
    ("In 2015 Peru called Bolivia a grave threat to the region.", [("pe", "Peru", "state"), ("bo", "Bolivia", "state")],
     "Peru"),
    ("In 1999 Ghana called its neighbour a threat.", [("gh", "Ghana", "state")], "Ghana"),
])
def test_a_threat_a_speaker_calls_someone_is_the_speaker_s_statement_not_a_threat(text, names, speaker):
    desc = run(text, *names)
    assert (desc.kind, desc.event_type, desc.name) == ("statement", None, f"Statement by {speaker}")


def test_a_threat_made_stays_a_threat():
    desc = run("In 2015 Peru threatened Bolivia with sanctions.", ("pe", "Peru", "state"), ("bo", "Bolivia", "state"))
    assert desc.event_type == "THREATEN"
