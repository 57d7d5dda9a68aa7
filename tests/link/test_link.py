"""Event-actor links: roles from the sentence, from knowledge, and from time-bounded roles."""
from __future__ import annotations

from datetime import date

import pytest

from timeline_builder.extract import registry
from timeline_builder.records import (Actor, ActorMention, AnnotatedDocument, Document, Event, EventActor, EventMention,
                                      Extraction, Timex)

DCT = date(2025, 2, 18)


def mention(text: str, actor_id: str, span: str, nth: int = 0) -> ActorMention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(span, start + 1)
    return ActorMention(actor_id, "d", start, start + len(span), span)


def link(text: str, mentions, timexes=(), actors=()):
    """Run events then link on a hand-made document; return {(event, actor): EventActor}: the links
    both stages made (the events stage passes the agent and target its clause reading found)."""
    doc = Document("d", "d.txt", text, "sha", dct=DCT)
    annotated = AnnotatedDocument(doc, Extraction(timexes=tuple(timexes), actor_mentions=tuple(mentions),
                                                  actors=tuple(actors)))
    events = registry.create("events")(annotated)
    annotated = AnnotatedDocument(doc, annotated.found.merge(events))
    links = events.event_actors + registry.create("link")(annotated).event_actors
    return {(l.event_id, l.actor_id): l for l in links}


def test_agent_and_target_from_the_sentence():
    text = "In 1987, new sanctions against Havana were imposed by Washington."
    tx = Timex("d", 3, 7, "1987", "DATE", "1987", None, date(1987, 1, 1), date(1987, 12, 31), "year")
    links = link(text, [mention(text, "cuba", "Havana"), mention(text, "united-states", "Washington")], [tx])
    roles = {actor: (l.role, l.basis) for (_, actor), l in links.items()}
    assert roles == {"cuba": ("target", "text"), "united-states": ("agent", "text")}


def test_known_event_takes_its_parties_from_knowledge():
    text = "Much remains unclear about the sanctions against Russia imposed by Washington."
    links = link(text, [mention(text, "russia", "Russia"), mention(text, "united-states", "Washington")])
    assert links[("sanctions-against-russia-2014", "russia")].role == "target"
    assert links[("sanctions-against-russia-2014", "united-states")].role == "agent"
    assert {l.basis for l in links.values()} == {"knowledge"}


def test_our_countries_means_the_principal_states_as_they_were():
    text = ("Russia and the United States talk. Russia and the United States argue. "
            "In 1962, when our countries came closer than ever to nuclear confrontation, talks helped.")
    tx = Timex("d", text.index("1962"), text.index("1962") + 4, "1962", "DATE", "1962", None,
               date(1962, 1, 1), date(1962, 12, 31), "year")
    mentions = [mention(text, "russia", "Russia"), mention(text, "russia", "Russia", nth=1),
                mention(text, "united-states", "United States"), mention(text, "united-states", "United States", nth=1)]
    doc_actors = [Actor("russia", "Russia", "state"), Actor("united-states", "United States", "state")]
    links = link(text, mentions, [tx], doc_actors)
    crisis = {actor for (event, actor) in links if event == "cuban-missile-crisis"}
    assert crisis == {"soviet-union", "united-states"}


def test_subject_before_the_verb_is_the_agent():
    text = "In 1987, the Soviet Union signed a protocol on exchanges with Finland."
    tx = Timex("d", 3, 7, "1987", "DATE", "1987", None, date(1987, 1, 1), date(1987, 12, 31), "year")
    links = link(text, [mention(text, "soviet-union", "Soviet Union"), mention(text, "finland", "Finland")], [tx])
    roles = {actor: l.role for (_, actor), l in links.items()}
    assert roles == {"soviet-union": "agent", "finland": "participant"}


def test_between_x_and_y_are_participants():
    text = "In 1987, talks were held between the United States and the Soviet Union."
    tx = Timex("d", 3, 7, "1987", "DATE", "1987", None, date(1987, 1, 1), date(1987, 12, 31), "year")
    links = link(text, [mention(text, "united-states", "United States"),
                        mention(text, "soviet-union", "Soviet Union")], [tx])
    assert {l.role for l in links.values()} == {"participant"}


def test_knowledge_participants_named_anywhere_in_the_document_are_linked_with_evidence():
    text = ("Even during the Cold War – for instance, in 1962, when our countries came closer than ever to "
            "nuclear confrontation – diplomats talked. The Soviet Union and the United States learned from it.")
    tx = Timex("d", text.index("1962"), text.index("1962") + 4, "1962", "DATE", "1962", None,
               date(1962, 1, 1), date(1962, 12, 31), "year")
    links = link(text, [mention(text, "soviet-union", "Soviet Union"),
                        mention(text, "united-states", "United States")], [tx])
    crisis = links[("cuban-missile-crisis", "soviet-union")]
    assert crisis.basis == "knowledge" and crisis.role == "participant"
    assert (crisis.doc_id, crisis.char_start, crisis.char_end) == ("d", text.index("Soviet Union"),
                                                                    text.index("Soviet Union") + 12)
    # Kennedy and Cuba are participants in the knowledge base but the text never names them.
    assert ("cuban-missile-crisis", "john-f-kennedy") not in links
    assert ("cuban-missile-crisis", "cuba") not in links


def test_term_holder_is_the_agent():
    text = "The crisis peaked under the Joe Biden administration, Biden said."
    links = link(text, [mention(text, "joe-biden", "Joe Biden"), mention(text, "joe-biden", "Biden", nth=1)])
    assert links[("biden-administration", "joe-biden")].role == "agent"


def test_office_title_resolved_at_the_event_date():
    text = ("In 1962, when the US president faced nuclear confrontation over missiles in Cuba, he held firm. "
            "Kennedy later spoke of it.")
    tx = Timex("d", 3, 7, "1962", "DATE", "1962", None, date(1962, 1, 1), date(1962, 12, 31), "year")
    links = link(text, [mention(text, "john-f-kennedy", "Kennedy")], [tx])
    kennedy = links[("cuban-missile-crisis", "john-f-kennedy")]
    assert kennedy.basis == "knowledge"


def test_citation_authors_are_agents_and_title_names_mentioned():
    text = ("Body text here.\n\nNOTES:\n\n"
            "4 “Trump said he will divide Russia from China,” November 7, 2024, Business Insider.\n")
    start = text.index("November 7, 2024")
    tx = Timex("d", start, start + 16, "November 7, 2024", "DATE", "2024-11-07", None,
               date(2024, 11, 7), date(2024, 11, 7), "day")
    links = link(text, [mention(text, "donald-trump", "Trump"), mention(text, "business-insider", "Business Insider")],
                 [tx])
    roles = {actor: l.role for (_, actor), l in links.items()}
    assert roles == {"donald-trump": "mentioned", "business-insider": "agent"}


def test_one_link_per_event_and_actor():
    text = "The Cold War divided the Soviet Union and the West. The Soviet Union lost the Cold War."
    links = link(text, [mention(text, "soviet-union", "Soviet Union"),
                        mention(text, "soviet-union", "Soviet Union", nth=1)])
    assert [k for k in links if k[1] == "soviet-union"] == [("cold-war", "soviet-union")]


def test_actor_not_named_in_the_document_is_never_linked():
    text = "The Cold War shaped the century."
    assert link(text, []) == {}


def test_links_only_to_events_of_this_document():
    doc = Document("d", "d.txt", "Nothing here.", "sha", dct=DCT)
    foreign = Event("cold-war", "Cold War", "conflict", kb_id="cold-war")
    found = Extraction(events=(foreign,), event_mentions=(EventMention("cold-war", "other", 0, 7, "Nothing"),),
                       actor_mentions=(ActorMention("soviet-union", "d", 0, 7, "Nothing"),))
    result = registry.create("link")(AnnotatedDocument(doc, found))
    assert all(l.basis == "knowledge" for l in result.event_actors)
    assert all(l.doc_id == "d" for l in result.event_actors)


def year_timex(text: str, year: str) -> Timex:
    start = text.index(year)
    return Timex("d", start, start + 4, year, "DATE", year, None, date(int(year), 1, 1), date(int(year), 12, 31), "year")


def test_a_known_event_also_takes_the_actors_its_clause_names():
    text = "Poland welcomed the Minsk agreements at once."
    links = link(text, [mention(text, "poland", "Poland")])
    assert links[("minsk-agreements", "poland")].basis == "text"
    assert links[("minsk-agreements", "poland")].role == "agent"


def test_a_known_event_mentioned_by_its_name_takes_the_parties_of_the_clause_around_it():
    """The event stage publishes the name as the mention; the link stage reads the clause."""
    text = "After months of doubt, Poland finally welcomed the Minsk agreements; Chile said nothing."
    links = link(text, [mention(text, "poland", "Poland"), mention(text, "chile", "Chile")])
    assert links[("minsk-agreements", "poland")].role == "agent"
    assert ("minsk-agreements", "chile") not in links  # the next clause is not the event's


def test_an_enumeration_item_belongs_to_its_own_event():
    # (a crisis, not a war: a war's agents are its listed parties, tests/link/test_war_outsiders.py)
    text = "Spain was coping with the Asian financial crisis, the 2004 enlargement of NATO, and sanctions on Cuba."
    links = link(text, [mention(text, "spain", "Spain"), mention(text, "nato", "NATO"),
                        mention(text, "cuba", "Cuba")])
    crisis = {actor for (event, actor) in links if event == "asian-financial-crisis"}
    enlargement = {actor for (event, actor) in links if event == "nato-enlargement-2004"}  # the Baltic states joined in 2004
    assert "spain" in crisis and "spain" in enlargement  # the subject of the whole clause
    assert "nato" not in crisis and "cuba" not in crisis
    assert "nato" in enlargement and "cuba" not in enlargement


@pytest.mark.parametrize("text", [
    # (a crisis, not a war: a war's agents are its listed parties, tests/link/test_war_outsiders.py)
    "Chile, Peru, and Bolivia, all three exporters, weathered the Asian financial crisis.",  # a list of subjects
    "The treaty, signed by Chile, was ratified by Peru and, later, Bolivia in the Asian financial crisis.",
])
def test_commas_without_an_enumeration_of_events_keep_the_whole_clause(text):
    actors = [mention(text, a.lower(), a) for a in ("Chile", "Peru", "Bolivia")]
    linked = {actor for (event, actor) in link(text, actors) if event == "asian-financial-crisis"}
    assert linked == {"chile", "peru", "bolivia"}


def test_a_term_in_office_takes_no_actors_from_the_clauses_it_dates():
    text = "Under the Joe Biden administration, Chile and Peru quarrelled."
    links = link(text, [mention(text, "joe-biden", "Joe Biden"), mention(text, "chile", "Chile"),
                        mention(text, "peru", "Peru")])
    assert {actor for (event, actor) in links if event == "biden-administration"} == {"joe-biden"}


def test_a_known_event_the_text_keeps_returning_to_takes_its_parties_from_knowledge_only():
    text = ("Chile recalled the Cold War. Peru studied the Cold War. Bolivia forgot the Cold War. "
            "The Soviet Union and the United States fought the Cold War.")
    names = [("chile", "Chile"), ("peru", "Peru"), ("bolivia", "Bolivia"), ("soviet-union", "Soviet Union"),
             ("united-states", "United States")]
    links = link(text, [mention(text, actor, span) for actor, span in names])
    assert {actor for (event, actor) in links if event == "cold-war"} == {"soviet-union", "united-states"}


def test_the_two_countries_are_the_states_named_just_before():
    text = ("Brazil and Argentina trade. Brazil and Argentina argue. Brazil grows.\n\n"
            "Chile and Peru quarrelled over fishing rights. In 1985, the two countries signed a fisheries treaty.")
    names = [("brazil", "Brazil", 0), ("brazil", "Brazil", 1), ("brazil", "Brazil", 2), ("argentina", "Argentina", 0),
             ("argentina", "Argentina", 1), ("chile", "Chile", 0), ("peru", "Peru", 0)]
    actors = [Actor(a, a.title(), "state") for a in ("brazil", "argentina", "chile", "peru")]
    links = link(text, [mention(text, a, span, nth) for a, span, nth in names], [year_timex(text, "1985")], actors)
    treaty = {actor for (event, actor) in links if actor in ("brazil", "argentina", "chile", "peru")}
    assert treaty == {"chile", "peru"}


@pytest.mark.parametrize("name", ["link"])
def test_registered(name):
    linker = registry.create(name)
    assert linker.name == name and linker.version


def test_the_two_countries_lean_on_the_pair_last_named_together():
    text = ("In 1979 the United States and China opened embassies, and American firms arrived in China. "
            "Soviet-Chinese relations then improved. In 1984 the two communist countries signed a trade treaty.")
    names = [("united-states", "United States", 0), ("china", "China", 0), ("united-states", "American", 0),
             ("china", "China", 1), ("soviet-union", "Soviet", 0), ("china", "Chinese", 0)]
    actors = [Actor(a, a, "state") for a in ("united-states", "china", "soviet-union")]
    links = link(text, [mention(text, a, span, nth) for a, span, nth in names], [year_timex(text, "1984")], actors)
    treaty = {actor for (event, actor) in links if "treaty" in event}
    assert treaty == {"china", "soviet-union"}


def test_he_and_him_are_the_person_the_paragraph_is_about():
    text = ("Michael Stone led the union for years. Michael Stone met Anne Field in 1990. "
            "In 1995 he signed a pay deal with the railways. In 1996 Anne Field sued him over the deal.")
    names = [("michael-stone", "Michael Stone", 0), ("michael-stone", "Michael Stone", 1),
             ("anne-field", "Anne Field", 0), ("anne-field", "Anne Field", 1)]
    actors = [Actor("michael-stone", "Michael Stone", "person"), Actor("anne-field", "Anne Field", "person")]
    links = link(text, [mention(text, a, span, nth) for a, span, nth in names],
                 [year_timex(text, "1990"), year_timex(text, "1995"), year_timex(text, "1996")], actors)
    by_pronoun = {(text[l.char_start:l.char_end], actor): l.role for (_, actor), l in links.items()}
    assert by_pronoun[("he", "michael-stone")] == "agent"  # "In 1995 he signed": Stone, named most
    assert by_pronoun[("him", "michael-stone")] == "target"  # "Anne Field sued him": not Field herself


def test_a_paragraph_opening_with_he_continues_the_paragraph_before():
    # A known event, so that the linker, not the event stage's naming, reads the pronoun.
    text = ("Michael Stone led the union for years. Michael Stone met Anne Field in 1990.\n\n"
            "Later he condemned the Suez Crisis.")
    names = [("michael-stone", "Michael Stone", 0), ("michael-stone", "Michael Stone", 1),
             ("anne-field", "Anne Field", 0)]
    actors = [Actor("michael-stone", "Michael Stone", "person"), Actor("anne-field", "Anne Field", "person")]
    links = link(text, [mention(text, a, span, nth) for a, span, nth in names],
                 [year_timex(text, "1990")], actors)
    by_pronoun = {(text[l.char_start:l.char_end], event, actor) for (event, actor), l in links.items()}
    assert ("he", "suez-crisis", "michael-stone") in by_pronoun
    assert not any(actor == "anne-field" for (event, actor) in links if event == "suez-crisis")


def test_he_in_a_paragraph_after_one_naming_nobody_has_no_referent():
    text = "Michael Stone led the union.\n\nThe union grew.\n\nLater he condemned the Suez Crisis."
    actors = [Actor("michael-stone", "Michael Stone", "person")]
    links = link(text, [mention(text, "michael-stone", "Michael Stone")], [], actors)
    assert not any(text[l.char_start:l.char_end] == "he" for l in links.values())


VOICE = ("Our country has always valued dialogue with Chile. In 2008 we signed a trade treaty with Chile. "
         "If we look at 1990, we can see a summit with Chile. “In 1995 we invaded Peru,” a general joked.")


def _voice_links(text: str, voice_span: str | None) -> dict[str, str]:
    """{event id: evidence text} of the links to Bolivia, the state ``voice_span`` names."""
    names = [(a, span, k) for a, span in (("chile", "Chile"), ("peru", "Peru")) for k in range(text.count(span))]
    found = [mention(text, a, span, nth) for a, span, nth in names]
    if voice_span:
        found.append(mention(text, "bolivia", voice_span))
    actors = [Actor(a, a, "state") for a in ("chile", "peru", "bolivia")]
    timexes = [year_timex(text, y) for y in ("2008", "1990", "1995") if y in text]
    return {event: text[l.char_start:l.char_end] for (event, actor), l in link(text, found, timexes, actors).items()
            if actor == "bolivia"}


def test_the_authors_we_is_the_state_the_document_speaks_for_but_not_a_readers_or_a_quoted_we():
    linked = _voice_links(VOICE, "Our country")
    assert list(linked.values()) == ["we"] and "treaty" in next(iter(linked))  # not the summit, not 1995


def test_without_our_country_or_an_author_the_we_is_nobodys():
    assert _voice_links(VOICE.replace("Our country", "Bolivia"), None) == {}


def test_a_sentence_about_the_author_names_the_voice():
    text = ("The author served as Bolivia’s envoy to the United Nations.\n\n"
            "In 2008 we signed a trade treaty with Chile. Chile and Chile again.")
    assert list(_voice_links(text, "Bolivia").values()) == ["we"]


@pytest.mark.parametrize("text, speaker", [
    ('Union leader Mary Cole said: "In 1992 I signed a pay deal with the railways."', "mary-cole"),
    ('"In 1992 I signed a pay deal with the railways," said Mary Cole.', "mary-cole"),
    ('"In 1992 I signed a pay deal with the railways," union leader Mary Cole said.', "mary-cole"),
    ('Mary Cole spoke first. "In 1992 I signed a pay deal with the railways," she said.', "mary-cole"),
    ('Mary Cole spoke first. A poster read: "In 1992 I signed a pay deal with the railways."', None),
])
def test_a_quoted_i_is_the_speaker_the_text_attributes_the_quotation_to(text, speaker):
    actors = [Actor("mary-cole", "Mary Cole", "person")]
    links = link(text, [mention(text, "mary-cole", "Mary Cole")], [year_timex(text, "1992")], actors)
    by_i = {actor: l.role for (_, actor), l in links.items() if text[l.char_start:l.char_end] == "I"}
    assert by_i == ({speaker: "agent"} if speaker else {})


@pytest.mark.parametrize("text, event_id, parties, others", [
    ("With the fall of the Berlin Wall, Chile turned to new trade partners such as Peru.",
     "fall-of-the-berlin-wall", set(), {"chile", "peru"}),
    ("Chile, which since Russia's invasion of Ukraine has stayed neutral, spoke to Peru.",
     "russian-invasion-of-ukraine", {"russia", "ukraine"}, {"chile", "peru"}),
    ("Peru has looked for new partners like Chile since the Cuban Missile Crisis.",
     "cuban-missile-crisis", set(), {"chile", "peru"}),
    # a translator's bracketed insertion is a word of the phrase too
    ("Peru never forgot the grain Chile sold it soon after the outbreak of [the] Cuban Missile Crisis.",
     "cuban-missile-crisis", set(), {"chile", "peru"}),
])
def test_a_known_event_in_an_adjunct_takes_only_the_parties_its_phrase_names(text, event_id, parties, others):
    names = {"chile": "Chile", "peru": "Peru", "russia": "Russia", "ukraine": "Ukraine"}
    links = link(text, [mention(text, actor, name) for actor, name in names.items() if name in text])
    linked = {actor for (event, actor) in links if event == event_id}
    assert parties <= linked and not linked & others


@pytest.mark.parametrize("text, event_id, actor", [
    ("Peru's compliance with the Minsk agreements was doubtful.", "minsk-agreements", "peru"),
    # (not a war: a war's agents are its listed parties, tests/link/test_war_outsiders.py)
    ("Peru was coping with the Asian financial crisis.", "asian-financial-crisis", "peru"),
])
def test_a_known_event_as_an_object_of_with_keeps_the_clause_actors(text, event_id, actor):
    links = link(text, [mention(text, "peru", "Peru")])
    assert (event_id, actor) in links


def test_a_tenure_told_from_the_actor_knowledge_takes_the_state_of_the_office():
    text = ("James Callaghan was a British politician. "
            "He held each of the offices of home secretary and foreign secretary during his career.")
    mentions = [mention(text, "james-callaghan", "James Callaghan"), mention(text, "united-kingdom", "British")]
    actors = [Actor("james-callaghan", "James Callaghan", "person"), Actor("united-kingdom", "United Kingdom", "state")]
    links = link(text, mentions, (), actors)
    tenures = {event for (event, actor) in links if actor == "united-kingdom"}
    assert len(tenures) == 2 and all("secretary" in event for event in tenures)


def test_a_tenure_takes_no_office_the_document_does_not_name():
    text = "James Callaghan was a politician. He held each of the offices of home secretary and foreign secretary."
    actors = [Actor("james-callaghan", "James Callaghan", "person")]
    links = link(text, [mention(text, "james-callaghan", "James Callaghan")], (), actors)
    assert not any(actor == "united-kingdom" for (_, actor) in links)


@pytest.mark.parametrize("text, linked", [
    ("Labour had lost its way, and Britain was changing. "
     "Charles Kennedy entered politics at the 1983 general election.", set()),
    ("Labour had lost its way. At the 1983 general election Britain gave Labour its worst result.",
     {"labour-party", "united-kingdom"}),
])
def test_an_election_takes_its_known_parties_only_where_its_clause_names_them(text, linked):
    found = [mention(text, "labour-party", "Labour", k) for k in range(text.count("Labour"))] + \
        [mention(text, "united-kingdom", "Britain")]
    actors = [Actor("labour-party", "Labour Party", "organization"), Actor("united-kingdom", "United Kingdom", "state")]
    links = link(text, found, (), actors)
    assert {actor for (event, actor) in links if event == "uk-general-election-1983"} == linked


def test_known_events_in_one_clause_keep_their_own_known_parties():
    text = "NATO welcomed Finland's accession to NATO and Sweden's accession to NATO that spring."
    names = [("nato", "NATO", 0), ("finland", "Finland", 0), ("sweden", "Sweden", 0)]
    links = link(text, [mention(text, a, span, k) for a, span, k in names])
    finland = {actor for (event, actor) in links if event == "finland-nato-accession"}
    sweden = {actor for (event, actor) in links if event == "sweden-nato-accession"}
    assert "finland" in finland and "sweden" not in finland
    assert "sweden" in sweden and "finland" not in sweden


def test_a_known_event_after_at_the_time_of_is_an_adjunct():
    text = "Peru's new cabinet was sworn in at the time of the Potsdam Conference."
    links = link(text, [mention(text, "peru", "Peru")])
    assert not any(actor == "peru" for (event, actor) in links if event == "potsdam-conference")


@pytest.mark.parametrize("text, affiliated", [
    ("Tory leader Michael Stone said in 2005 that the deal was a disgrace.", True),
    ("Conservative peer Lord Michael Stone said in 2005 that the deal was a disgrace.", True),
    ("In 2005 the Tories and Michael Stone signed a pact with the unions.", False),
])
def test_a_party_named_as_a_persons_affiliation_is_not_a_party_to_the_event(text, affiliated):
    party = "Tories" if "Tories" in text else "Tory" if "Tory" in text else "Conservative"
    found = [mention(text, "conservative-party", party), mention(text, "michael-stone", "Michael Stone")]
    actors = [Actor("conservative-party", "Conservative Party", "organization"),
              Actor("michael-stone", "Michael Stone", "person")]
    links = link(text, found, [year_timex(text, "2005")], actors)
    linked = {actor for (_, actor) in links}
    assert "michael-stone" in linked
    assert ("conservative-party" in linked) is not affiliated


def test_the_two_countries_of_an_event_ending_with_the_soviet_union_are_the_soviet_union():
    text = ("Russia and the United States talk. Russia and the United States argue. "
            "Both countries remember the Cold War.")
    mentions = [mention(text, "russia", "Russia"), mention(text, "russia", "Russia", nth=1),
                mention(text, "united-states", "United States"), mention(text, "united-states", "United States", nth=1)]
    doc_actors = [Actor("russia", "Russia", "state"), Actor("united-states", "United States", "state")]
    links = link(text, mentions, (), doc_actors)
    assert {actor for (event, actor) in links if event == "cold-war"} == {"soviet-union", "united-states"}


def test_a_birth_takes_only_the_person_born_not_the_rest_of_the_sentence():
    """"Born in 1920 and schooled at X, he became a clerk at Y": X and Y are his life after it."""
    text = ("Jim Hall was a union man. Born in 1920 and schooled at Leeds Grammar School, "
            "Jim Hall became a clerk at the Coal Board.")
    names = {"jim-hall": ("Jim Hall", "person"), "leeds-grammar": ("Leeds Grammar School", "organization"),
             "coal-board": ("Coal Board", "organization")}
    actors = [mention(text, actor_id, name, nth) for actor_id, (name, _) in names.items()
              for nth in range(text.count(name))]
    linked = link(text, actors, timexes=[year_timex(text, "1920")],
                  actors=[Actor(actor_id, name, kind) for actor_id, (name, kind) in names.items()])
    events = registry.create("events")(AnnotatedDocument(
        Document("d", "d.txt", text, "sha", dct=DCT),
        Extraction(timexes=(year_timex(text, "1920"),), actor_mentions=tuple(actors),
                   actors=tuple(Actor(a, n, k) for a, (n, k) in names.items()))))
    birth = next(e.event_id for e in events.events if e.name == "Birth of Jim Hall")
    parties = {l.actor_id for l in events.event_actors if l.event_id == birth} | \
        {actor for (event, actor) in linked if event == birth}
    assert parties == {"jim-hall"}


def test_an_event_only_russian_texts_name_takes_its_known_parties(tmp_path):
    """events/ru/known.tsv holds events the English files lack; the link stage reads their parties too."""
    folder = tmp_path / "events" / "ru"
    folder.mkdir(parents=True)
    (folder / "known.tsv").write_text(
        "id\tname\tkind\tdate_begin\tdate_end\tgranularity\taliases\tparticipants\twikidata\tcues\n"
        "volga-forum-2031\tVolga Forum (2031)\tmeeting\t2031-05-04\t2031-05-05\tday\t\trussia:agent|kazakhstan:participant\t\t\n",
        encoding="utf-8")
    text = "Форум на Волге открылся. Россия пригласила гостей."
    doc = Document("d", "d.txt", text, "sha", dct=date(2031, 5, 4))
    forum = Event("volga-forum-2031", "Volga Forum (2031)", "meeting", kb_id="volga-forum-2031")
    found = Extraction(events=(forum,), event_mentions=(EventMention("volga-forum-2031", "d", 0, 14, text[:14]),),
                       actor_mentions=(mention(text, "russia", "Россия"),),
                       actors=(Actor("russia", "Russia", "state"),))
    linker = registry.create("link", knowledge_dirs=(tmp_path,))
    links = {(l.actor_id, l.role, l.basis) for l in linker(AnnotatedDocument(doc, found)).event_actors}
    assert links == {("russia", "agent", "knowledge")}  # Kazakhstan is not named: not linked
    # without the user's file the event is unknown and nothing is linked from knowledge
    plain = registry.create("link")(AnnotatedDocument(doc, found)).event_actors
    assert all(l.basis != "knowledge" for l in plain)


@pytest.mark.parametrize("kb_id, source, held, expected", [
    (None, "text", False, {("jane-doe", "agent")}),  # only the text tells it: its clause says who
    (None, "text", True, set()),  # the event stage found its holder: the link stage adds nobody
    ("leeds-mp-1951", "knowledge", False, set()),  # a known term: knowledge names its holder
])
def test_a_term_only_the_text_tells_takes_whom_its_clause_names(kb_id, source, held, expected):
    text = "Jane Doe studied law in York. From 1951 she represented Leeds seats for more than 30 years."
    doc = Document("d", "d.txt", text, "sha", dct=DCT)
    start = text.index("she")
    term = Event("leeds-seats", "Jane Doe Represented Leeds Seats", "term", date(1951, 1, 1), source=source,
                 kb_id=kb_id)
    found = Extraction(events=(term,), event_mentions=(EventMention("leeds-seats", "d", start, len(text), text[start:]),),
                       actor_mentions=(mention(text, "jane-doe", "Jane Doe"),),
                       actors=(Actor("jane-doe", "Jane Doe", "person"),),
                       event_actors=(EventActor("leeds-seats", "jane-doe", "agent", "text", "d", 0, 8),) if held else ())
    links = {(l.actor_id, l.role) for l in registry.create("link")(AnnotatedDocument(doc, found)).event_actors}
    assert links == expected


@pytest.mark.parametrize("text, told, expected", [
    # the event is told in the relative clause: its antecedent did it, the main clause's "he" did not
    ("Ann Lee ran the embassy. He worked hard during the Carter administration, which imposed a grain "
     "embargo on Moscow.", "imposed a grain embargo", {("jimmy-carter", "agent"), ("russia", "target")}),
    ("Ann Lee praised Tom Ray and Bob Roe, who signed the accord with Peru.", "signed the accord",
     {("tom-ray", "agent"), ("bob-roe", "agent"), ("peru", "participant")}),
    # a passive relative clause is about what was done to its antecedent: the clause keeps its usual roles
    ("Ann Lee praised Tom Ray, who was received by Peru.", "received",
     {("ann-lee", "agent"), ("tom-ray", "mentioned"), ("peru", "agent")}),
    # the event's words stand in the main clause: the relative clause changes nothing
    ("Ann Lee signed the accord with Tom Ray, who later left Peru.", "signed the accord",
     {("ann-lee", "agent"), ("tom-ray", "participant"), ("peru", "mentioned")}),
])
def test_an_event_told_in_a_relative_clause_is_its_antecedents(text, told, expected):
    names = {"ann-lee": ("Ann Lee", "person"), "jimmy-carter": ("Carter", "person"), "russia": ("Moscow", "state"),
             "tom-ray": ("Tom Ray", "person"), "bob-roe": ("Bob Roe", "person"), "peru": ("Peru", "state")}
    mentions = sorted((mention(text, actor_id, name) for actor_id, (name, _) in names.items() if name in text),
                      key=lambda m: m.char_start)
    doc = Document("d", "d.txt", text, "sha", dct=DCT)
    event = Event("e", told.title(), "other", date(1980, 1, 1), source="text")
    start = text.rindex(".", 0, len(text) - 1) + 2 if text.count(".") > 1 else 0
    found = Extraction(events=(event,), event_mentions=(EventMention("e", "d", start, len(text), text[start:]),),
                       actor_mentions=tuple(mentions),
                       actors=tuple(Actor(a, n, k) for a, (n, k) in names.items() if n in text))
    links = {(l.actor_id, l.role) for l in registry.create("link")(AnnotatedDocument(doc, found)).event_actors}
    assert links == expected


def test_a_relative_clause_ends_with_its_sentence():
    """The event's words in the next sentence are not the relative clause's."""
    text = "Peru is without Tom Ray, who hurt an ankle. Ann Lee added: the accord stands."
    names = {"ann-lee": ("Ann Lee", "person"), "tom-ray": ("Tom Ray", "person"), "peru": ("Peru", "state")}
    mentions = sorted((mention(text, a, n) for a, (n, _) in names.items()), key=lambda m: m.char_start)
    doc = Document("d", "d.txt", text, "sha", dct=DCT)
    event = Event("e", "Statement by Ann Lee", "statement", date(1980, 1, 1), source="text")
    found = Extraction(events=(event,), event_mentions=(EventMention("e", "d", 0, len(text), text),),
                       actor_mentions=tuple(mentions), actors=tuple(Actor(a, n, k) for a, (n, k) in names.items()))
    links = {(l.actor_id, l.role) for l in registry.create("link")(AnnotatedDocument(doc, found)).event_actors}
    assert ("tom-ray", "agent") not in links and ("peru", "agent") in links


@pytest.mark.parametrize("text, state_linked", [
    ("The United States hesitated. Then the Carter administration imposed a grain embargo on Moscow.", True),
    ("The United States hesitated. Then Carter's government imposed a grain embargo on Moscow.", True),
    ("The United States hesitated. Then Carter imposed a grain embargo on Moscow.", False),  # the man, not his government
    ("Then the Carter administration imposed a grain embargo on Moscow.", False),  # a state the text never names
])
def test_a_presidents_administration_acting_is_his_state_acting(text, state_linked):
    names = {"jimmy-carter": ("Carter", "person"), "russia": ("Moscow", "state"),
             "united-states": ("United States", "state")}
    mentions = sorted((mention(text, a, n) for a, (n, _) in names.items() if n in text), key=lambda m: m.char_start)
    doc = Document("d", "d.txt", text, "sha", dct=DCT)
    event = Event("e", "Grain Embargo", "sanction", date(1980, 1, 1), source="text")
    start = text.index("Then")
    found = Extraction(events=(event,), event_mentions=(EventMention("e", "d", start, len(text), text[start:]),),
                       actor_mentions=tuple(mentions),
                       actors=tuple(Actor(a, n, k) for a, (n, k) in names.items() if n in text))
    links = {(l.actor_id, l.role) for l in registry.create("link")(AnnotatedDocument(doc, found)).event_actors}
    assert ("jimmy-carter", "agent") in links
    assert (("united-states", "agent") in links) == state_linked


@pytest.mark.parametrize("holder, name, begin, end, expected", [
    # a term inside a role of the holder's: the role's state ("Obama's first term" is a president's)
    ("barack-obama", "Obama's First Term", date(2009, 1, 20), date(2013, 1, 20), {("united-states", "agent")}),
    # outside every role the actor knowledge gives him: no office
    ("barack-obama", "Obama's Book Tour", date(2018, 1, 1), date(2018, 12, 31), set()),
    # an ambassador's tenure: the state he served (agent) and the state he was sent to (participant)
    ("anatoly-dobrynin", "Dobrynin's Tenure as Ambassador", date(1962, 1, 1), date(1986, 12, 31),
     {("soviet-union", "agent"), ("united-states", "participant")}),
])
def test_a_term_of_a_holder_takes_the_offices_the_actor_knowledge_gives_him(holder, name, begin, end, expected):
    text = "He was there. The United States and the Soviet Union argued."
    doc = Document("d", "d.txt", text, "sha", dct=DCT)
    term = Event("t", name, "term", begin, end, source="text")
    found = Extraction(events=(term,), event_mentions=(EventMention("t", "d", 0, 13, text[:13]),),
                       actor_mentions=(ActorMention(holder, "d", 0, 2, "He"),
                                       mention(text, "united-states", "United States"),
                                       mention(text, "soviet-union", "Soviet Union")),
                       actors=(Actor(holder, holder, "person"), Actor("united-states", "United States", "state"),
                               Actor("soviet-union", "Soviet Union", "state")),
                       event_actors=(EventActor("t", holder, "agent", "text", "d", 0, 2),))
    links = {(l.actor_id, l.role) for l in registry.create("link")(AnnotatedDocument(doc, found)).event_actors}
    assert links == expected


@pytest.mark.parametrize("text, told, expected", [
    # a sentence opening with "it" goes on about the subject of the sentence before
    ("The US fined Peru in May. Later it offered talks in 1990.", "offered talks",
     {("united-states", "agent")}),
    # the sentence before is about something no name gives: "it" is that, not an actor further back
    ("Peru grew fast. Trade then slowed. Still, it has recovered in 1990.", "recovered", set()),
    # "it is" is no actor
    ("The US fined Peru in May. It is clear that talks began in 1990.", "talks began", set()),
    # a person's sentence before: "they" is nobody the document names as a state or body
    ("Ann Lee met Peru's envoy. They signed an accord in 1990.", "signed an accord", set()),
    # Russian drops the subject the sentences before gave, across sentences naming nobody
    ("Запад усилил давление. Никто не удивился. Вчера заявили, что Перу нападёт.", "заявили",
     {("the-west", "agent"), ("peru", "mentioned")}),
    # the speaking voice ("we", our country) is not the unnamed "they"
    ("Наша страна готова. Вчера заявили, что Перу нападёт.", "заявили", {("peru", "mentioned")}),
])
def test_an_unnamed_subject_is_the_subject_of_the_sentence_before(text, told, expected):
    names = {"united-states": ("US", "state"), "peru": ("Peru", "state"), "ann-lee": ("Ann Lee", "person"),
             "the-west": ("Запад", "group"), "russia": ("Наша страна", "state")}
    text_ru = text.replace("Перу", "Peru")  # one spelling for the made-up mentions
    mentions = sorted((mention(text_ru, a, n) for a, (n, _) in names.items() if n in text_ru), key=lambda m: m.char_start)
    doc = Document("d", "d.txt", text_ru, "sha", dct=DCT)
    start = text_ru.index(told)
    event = Event("e", told.title(), "other", date(1990, 1, 1), source="text")
    found = Extraction(events=(event,), event_mentions=(EventMention("e", "d", start, len(text_ru), text_ru[start:]),),
                       actor_mentions=tuple(mentions),
                       actors=tuple(Actor(a, n, k) for a, (n, k) in names.items() if n in text_ru))
    links = {(l.actor_id, l.role) for l in registry.create("link")(AnnotatedDocument(doc, found)).event_actors}
    assert links - {("peru", "target"), ("peru", "mentioned")} == expected - {("peru", "mentioned")}


@pytest.mark.parametrize("event_id, name, kind, party, linked", [
    ("yom-kippur-war", "Yom Kippur War", "war", "syria", True),  # a side of a war, named paragraphs away
    ("treaty-of-rome", "Treaty of Rome", "treaty", "italy", False),  # a signatory named for other reasons
])
def test_a_state_that_fought_a_known_war_is_its_party_wherever_the_document_names_it(event_id, name, kind, party,
                                                                                       linked):
    text = ("Peru and Chile argue. Peru and Chile trade.\n\nSyria and Italy sent envoys to Lima in 1980.\n\n"
            "Peru and Chile met.\n\nEveryone recalled the " + name + ".")
    states = {"peru": "Peru", "chile": "Chile", "syria": "Syria", "italy": "Italy"}
    mentions = sorted((mention(text, a, n, k) for a, n in states.items() for k in range(text.count(n))),
                      key=lambda m: m.char_start)
    doc = Document("d", "d.txt", text, "sha", dct=DCT)
    start = text.index(name)
    event = Event(event_id, name, kind, date(1973, 10, 6), kb_id=event_id)
    found = Extraction(events=(event,), event_mentions=(EventMention(event_id, "d", start, start + len(name), name),),
                       actor_mentions=tuple(mentions), actors=tuple(Actor(a, n, "state") for a, n in states.items()))
    links = {l.actor_id for l in registry.create("link")(AnnotatedDocument(doc, found)).event_actors}
    assert (party in links) == linked


@pytest.mark.parametrize("text, pair", [
    ("Peru's leader flew to Chile in 1990. The parties signed an accord on fishing.", {"peru", "chile"}),
    ("Both parties agreed a truce after Peru and Chile met in 1990.", set()),  # named after it: no pair before
    # political parties of one state: no two states named, and never the document's principal ones
    ("Peru votes in 1990. Labour and the Tories clashed. The two parties agreed a debate.", set()),
])
def test_the_parties_signing_are_the_two_states_just_named(text, pair):
    states = {"peru": "Peru", "chile": "Chile"}
    mentions = sorted((mention(text, a, n, k) for a, n in states.items() for k in range(text.count(n))),
                      key=lambda m: m.char_start)
    doc = Document("d", "d.txt", text, "sha", dct=DCT)
    start = text.rfind(". ", 0, text.index("arties")) + 2 if ". " in text[:text.index("arties")] else 0
    event = Event("e", "Accord", "agreement", date(1990, 1, 1), source="text")
    found = Extraction(events=(event,), event_mentions=(EventMention("e", "d", start, len(text), text[start:]),),
                       actor_mentions=tuple(mentions), actors=tuple(Actor(a, n, "state") for a, n in states.items()))
    links = {l.actor_id for l in registry.create("link")(AnnotatedDocument(doc, found)).event_actors if
             l.char_start is not None and "arties" in text[l.char_start:l.char_end]}
    assert links == pair


@pytest.mark.parametrize("text, told, expected", [
    # told in the clause opening the sentence: the main clause after its comma is what happened then
    ("Tom Ray ran the party. When Jane Roe first won her seat in 1990, he chaired it.", "won her seat",
     {"jane-roe"}),
    ("Tom Ray ran the party. When I first won my seat in 1990, he chaired it.", "won my seat", set()),
    # a quotation opening with the clause (the mention starts at the quotation mark): "I" is the speaker
    ('Tom Ray ran the party. Jane Roe said: "When I first won my seat in 1990, he chaired it."', '"When I first',
     {"jane-roe"}),
    ("After Peru and Chile signed the accord in 1990, Bolivia left the league.", "signed the accord",
     {"peru", "chile"}),
    # the main clause tells the outcome of the election the opening clause tells: its parties too
    ("When Peru voted in 1990, Jane Roe swept to power and Tom Ray resigned as leader.", "voted in 1990",
     {"peru", "jane-roe", "tom-ray"}),
    ("When Peru voted in 1990, Jane Roe was on holiday with Tom Ray.", "voted in 1990", {"peru"}),
    # the event in the main clause, or a subordinate clause after it: the whole sentence counts
    ("Bolivia left the league after Peru and Chile signed the accord in 1990.", "signed the accord",
     {"peru", "chile", "bolivia"}),
    ("After the vote in 1990, Bolivia signed the accord with Peru.", "signed the accord", {"peru", "bolivia"}),
    # told in the main clause: the opening clause tells what came before
    ("After Chile left in 1990, Bolivia signed the accord with Peru.", "signed the accord", {"peru", "bolivia"}),
])
def test_an_event_told_in_a_sentences_opening_clause_takes_none_of_its_main_clause(text, told, expected):
    names = {"tom-ray": ("Tom Ray", "person"), "jane-roe": ("Jane Roe", "person"), "peru": ("Peru", "state"),
             "chile": ("Chile", "state"), "bolivia": ("Bolivia", "state")}
    mentions = sorted((mention(text, a, n) for a, (n, _) in names.items() if n in text), key=lambda m: m.char_start)
    doc = Document("d", "d.txt", text, "sha", dct=DCT)
    start = text.index(told) if told.startswith('"') else \
        text.rfind(". ", 0, text.index(told)) + 2 if ". " in text[:text.index(told)] else 0
    kind = "election" if "voted" in told or "seat" in told else "other"
    event = Event("e", told.strip('"').title(), kind, date(1990, 1, 1), source="text")
    found = Extraction(events=(event,), event_mentions=(EventMention("e", "d", start, len(text), text[start:]),),
                       actor_mentions=tuple(mentions),
                       actors=tuple(Actor(a, n, k) for a, (n, k) in names.items() if n in text))
    links = {l.actor_id for l in registry.create("link")(AnnotatedDocument(doc, found)).event_actors}
    assert links == expected
