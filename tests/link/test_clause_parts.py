"""Which of a clause's names take part in its event: list items, asides, descriptions, antecedents.

Each case is a hand-made event told by one clause of a sentence we wrote, linked alone (the
event stage is not run), so what is tested is the linker's reading of the clause.
"""
from __future__ import annotations

from datetime import date

import pytest

from timeline_builder.extract import registry
from timeline_builder.records import Actor, ActorMention, AnnotatedDocument, Document, Event, EventMention, Extraction

DCT = date(2025, 2, 18)


def linked(text: str, told: str, names: dict[str, tuple[str, str]], kind: str = "other",
           name: str | None = None) -> set[str]:
    """The actors linked to one text event whose mention is ``told`` (from its first occurrence to
    the end of ``text``); ``names``: actor id -> (the words naming it, its type), each named once."""
    mentions = sorted((ActorMention(a, "d", text.index(n), text.index(n) + len(n), n)
                       for a, (n, _) in names.items()), key=lambda m: m.char_start)
    start = text.index(told)
    event = Event("e", name or told.title(), kind, date(1990, 1, 1), source="text")
    found = Extraction(events=(event,), event_mentions=(EventMention("e", "d", start, len(text), text[start:]),),
                       actor_mentions=tuple(mentions), actors=tuple(Actor(a, n, k) for a, (n, k) in names.items()))
    doc = Document("d", "d.txt", text, "sha", dct=DCT)
    return {l.actor_id for l in registry.create("link")(AnnotatedDocument(doc, found)).event_actors}


STATES = {"peru": ("Peru", "state"), "chile": ("Chilean", "state"), "bolivia": ("Bolivia", "state"),
          "brazil": ("Brazil", "state"), "ecuador": ("Ecuadorian", "state")}


@pytest.mark.parametrize("text, expected", [
    # the last item carries a bracketed aside with verbs and commas of its own: still a list
    ("In 1990 Peru demanded three things: an end to the Chilean blockade, a Bolivian loan, and the recall of its "
     "troops from Brazil (where, as everyone knew, Ecuadorian advisers had trained them for years).",
     {"peru", "brazil", "ecuador"}),
    # without the aside, the same list
    ("In 1990 Peru demanded three things: an end to the Chilean blockade, a Bolivian loan, and the recall of its "
     "troops from Brazil.", {"peru", "brazil"}),
])
def test_a_bracketed_aside_in_a_list_item_keeps_the_list(text, expected):
    names = dict(STATES, bolivia=("Bolivian", "state"))
    names = {a: v for a, v in names.items() if v[0] in text}
    assert linked(text, "In 1990", names, name="Recall of Troops from Brazil") == expected


@pytest.mark.parametrize("text, pair", [
    ("Peru and Brazil trade a lot. Some issues, such as Chile and Bolivia, divide them. In 1990 the two countries "
     "held bilateral talks.", {"peru", "brazil"}),
    ("Peru and Brazil trade a lot. Some issues divide them, notably Chile. In 1990 the two countries held talks.",
     {"peru", "brazil"}),
    # named as parties, not as examples: the last two named
    ("Peru and Brazil trade a lot. Chile and Bolivia quarrelled. In 1990 the two countries held talks.",
     {"chile", "bolivia"}),
])
def test_states_given_as_examples_are_not_the_two_countries(text, pair):
    names = {"peru": ("Peru", "state"), "brazil": ("Brazil", "state"), "chile": ("Chile", "state"),
             "bolivia": ("Bolivia", "state")}
    names = {a: v for a, v in names.items() if v[0] in text}
    assert linked(text, "In 1990", names, name="Talks") & {"chile", "bolivia", "peru", "brazil"} == pair


PEOPLE = {"tom-ray": ("Tom Ray", "person"), "jane-roe": ("Jane Roe", "person"), "ann-lee": ("Ann Lee", "person")}


@pytest.mark.parametrize("text, told, expected", [
    # a name and a date set off by commas stay in the opening clause that tells the event
    ("When Tom Ray opposed Jane Roe over her bill, the Clean Rivers Act, in 1990, Ann Lee said nothing.",
     "When Tom Ray", {"tom-ray", "jane-roe"}),
    ("When Tom Ray opposed Jane Roe over her Clean Rivers Act in 1990, Ann Lee said nothing.", "When Tom Ray",
     {"tom-ray", "jane-roe"}),
    # the main clause starts at the comma a verb follows
    ("When Tom Ray opposed the bill, the Clean Rivers Act, in 1990, Ann Lee left Jane Roe.", "When Tom Ray",
     {"tom-ray"}),
    # a relative clause after the comma is no apposition, though its verb is one the linker does not list
    ("After the Clean Rivers Act in 1990, Tom Ray, who represents Jane Roe, spoke.", "After the", set()),
])
def test_an_opening_clause_runs_past_the_commas_of_an_apposition(text, told, expected):
    names = {a: v for a, v in PEOPLE.items() if v[0] in text}
    assert linked(text, told, names, name="Clean Rivers Act", kind="law") == expected


@pytest.mark.parametrize("text, expected", [
    # where a person is from: no party
    ("In 1990 Tom Ray flew to Peru to plead for a Chilean lecturer, Jane Roe.", {"tom-ray", "peru"}),
    ("In 1990 Tom Ray flew to Peru to plead for Chilean singer Jane Roe.", {"tom-ray", "peru"}),
    ("In 1990 Tom Ray flew to Peru to plead for Jane Roe, a Chilean lecturer.", {"tom-ray", "peru"}),
    ("In 1990 Tom Ray flew to Peru to plead for Ann Bell, a Chilean lecturer.", {"tom-ray", "peru"}),  # no actor
    ("In 1990 Tom Ray flew to Peru to plead for Ann Bell, an Chilean Inca.", {"tom-ray", "peru"}),
    ("In 1990 Tom Ray flew to Peru to meet Ann Bell, the Chilean Foreign Minister.", {"tom-ray", "peru", "chile"}),
    # an office held for the state: it acts through its official
    ("In 1990 Tom Ray flew to Peru to meet the Chilean ambassador, Jane Roe.", {"tom-ray", "peru", "chile"}),
    ("In 1990 Tom Ray flew to Peru to meet Jane Roe, the Chilean foreign minister.", {"tom-ray", "peru", "chile"}),
    ("In 1990 Tom Ray flew to Peru to meet Chilean President Jane Roe.", {"tom-ray", "peru", "chile"}),
    ("In 1990 Tom Ray flew to Peru to meet his Chilean counterpart Jane Roe.", {"tom-ray", "peru", "chile"}),
    # a state named on its own
    ("In 1990 Tom Ray flew to Peru to plead with Chilean officials.", {"tom-ray", "peru", "chile"}),
])
def test_a_demonym_saying_where_a_person_is_from_is_no_party(text, expected):
    names = {"tom-ray": ("Tom Ray", "person"), "jane-roe": ("Jane Roe", "person"), "peru": ("Peru", "state"),
             "chile": ("Chilean", "state")}
    names = {a: v for a, v in names.items() if v[0] in text}
    assert linked(text, "In 1990", names, name="Tom Ray Flies to Peru", kind="meeting") - {"jane-roe"} == expected


@pytest.mark.parametrize("text, told, expected", [
    ("Talks covered Peru (where Chilean troops will leave in 1990) and trade.", "where Chilean", {"peru", "chile"}),
    ("Talks covered Peru, where Chilean troops left in 1990.", "where Chilean", {"peru", "chile"}),
    # "where" not right after the state: no antecedent of it
    ("Talks covered Peru and trade, where Chilean troops left in 1990.", "where Chilean", {"chile"}),
])
def test_an_event_told_in_a_where_clause_happens_in_the_state_before_it(text, told, expected):
    names = {"peru": ("Peru", "state"), "chile": ("Chilean", "state")}
    assert linked(text, told, names, name="Chilean Troops Leave") == expected


def roles(text: str, names: dict[str, tuple[str, str]], kind: str, name: str) -> dict[str, str]:
    mentions = sorted((ActorMention(a, "d", text.index(n), text.index(n) + len(n), n)
                       for a, (n, _) in names.items()), key=lambda m: m.char_start)
    event = Event("e", name, kind, date(1990, 1, 1), source="text")
    found = Extraction(events=(event,), event_mentions=(EventMention("e", "d", 0, len(text), text),),
                       actor_mentions=tuple(mentions), actors=tuple(Actor(a, n, k) for a, (n, k) in names.items()))
    doc = Document("d", "d.txt", text, "sha", dct=DCT)
    return {l.actor_id: l.role for l in registry.create("link")(AnnotatedDocument(doc, found)).event_actors}


@pytest.mark.parametrize("text, kind, expected", [
    # an event someone reports: the source is mentioned, the roles come from what is reported
    ("The Peru Red Cross says 40 Chilean climbers drowned in the storm.", "death",
     {"peru-red-cross": "mentioned", "chile": "agent"}),
    ("On Sunday Tom Ray said the Andean League had agreed to a delay.", "agreement",
     {"tom-ray": "mentioned", "andean-league": "agent"}),
    # the statement itself is the speaker's
    ("On Sunday Tom Ray said the Andean League had agreed to a delay.", "statement",
     {"tom-ray": "agent", "andean-league": "mentioned"}),
    # an event as the object of the verb ("warned of", no clause after it): the subject did it
    ("The Peru Red Cross warned of a flood.", "other", {"peru-red-cross": "agent"}),
])
def test_who_reports_an_event_is_its_source_not_its_agent(text, kind, expected):
    names = {"peru-red-cross": ("Peru Red Cross", "organization"), "chile": ("Chilean", "state"),
             "tom-ray": ("Tom Ray", "person"), "andean-league": ("Andean League", "organization")}
    names = {a: v for a, v in names.items() if v[0] in text}
    assert roles(text, names, kind, "Reported Event") == expected


@pytest.mark.parametrize("text, kind, expected", [
    # an organ of a state acting: the state acts (the actor knowledge describes the Foreign Office)
    ("In 1990 the Foreign Office started planning a new alliance with Britain's allies.", "policy",
     {"uk-foreign-office", "united-kingdom"}),
    # its statements are its own
    ("In 1990 the Foreign Office said the new alliance with Britain's allies was ready.", "statement",
     {"uk-foreign-office"}),
    # a body the knowledge does not call an organ of a state (a broadcaster)
    ("In 1990 the BBC started planning a new service with Britain's allies.", "policy", {"bbc"}),
])
def test_an_organ_of_a_state_acting_is_its_state_acting(text, kind, expected):
    names = {"uk-foreign-office": ("Foreign Office", "organization"), "bbc": ("BBC", "organization"),
             "united-kingdom": ("Britain", "state")}
    names = {a: v for a, v in names.items() if v[0] in text}
    found = roles(text, names, kind, "Planning")
    assert {a for a, r in found.items() if r == "agent"} == expected


@pytest.mark.parametrize("text, describes", [
    ("Ann Bell, a Chilean national, left.", True),
    ("Ann Bell, the Chilean Foreign Minister, left.", False),  # an office, whatever its case
    ("It rained. Meanwhile, the Chilean bid failed.", False),  # one word and a comma: no name
])
def test_a_demonym_after_a_name_and_an_article_describes_the_name(text, describes):
    from timeline_builder.link.clauses import describes_person

    k = text.index("Chilean")
    assert describes_person(text, ActorMention("chile", "d", k, k + 7, "Chilean"), []) is describes



@pytest.mark.parametrize("text, told, pair", [
    # the paragraph names no state: "the parties" go on from the paragraph before, as the name reads them
    ("Peru and Brazil drew closer.\n\nThe president flew to the capital in 1990. During the visit, the parties "
     "signed a trade agreement.", "During the visit", {"peru", "brazil"}),
    # "the two countries": the pair just before, not the document's principal states (here the
    # first two by name, Bolivia and Brazil, each named once)
    ("Brazil and Bolivia watched.\n\nPeru and Chile quarrelled.\n\nIn 1990 the two countries held talks.", "In 1990",
     {"peru", "chile"}),
    # two states in the paragraph itself: those, not the ones before it
    ("Peru and Brazil drew closer.\n\nChile and Bolivia quarrelled. In 1990 the two countries held talks.", "In 1990",
     {"chile", "bolivia"}),
])
def test_the_two_sides_reach_back_over_a_paragraph_that_names_fewer(text, told, pair):
    names = {a: (a.title(), "state") for a in ("peru", "brazil", "chile", "bolivia") if a.title() in text}
    assert linked(text, told, names, kind="agreement", name="Trade Agreement") & set(names) == pair


ORGANS = {"peru": ("Peru", "state"), "chile": ("Chile", "state"), "lima-police": ("Lima Police", "organization"),
          "santiago-press": ("Santiago Press Office", "organization"), "andes-agency": ("Andes Space Agency", "organization")}


@pytest.mark.parametrize("text, expected", [
    # the list is what the agreements are about: its names are parties to them
    ("In 1990, agreements were reached between Peru and Chile on policing (the Lima Police), the press (the Santiago "
     "Press Office), and even a joint satellite (the Andes Space Agency).", set(ORGANS)),
    # a list of other things after the event: not its parties (the rule as it was)
    ("In 1990, Peru faced the agreements with Chile, a strike by the Lima Police, a row with the Santiago Press "
     "Office, and a launch by the Andes Space Agency.", {"peru", "chile"}),
])
def test_a_list_the_event_is_about_belongs_to_it(text, expected):
    assert linked(text, "In 1990", ORGANS, kind="agreement", name="Agreements Between Peru and Chile") == expected


# --- a clause's first verb is found once for all the actors it names ------------------------------------

from timeline_builder.link import clauses as _clauses  # noqa: E402

VERB_TEXTS = ["On 12 May 2005, Chile signed the accord and Peru joined it.",
              "The ministers met in Lima; they may sign next week.",
              "Officials said the port had reopened after the storm.",
              "No verb here at all, only nouns and commas"]


@pytest.mark.parametrize("text", VERB_TEXTS)
def test_first_verb_kept_is_the_one_found_anew(text):
    for start, end in ((0, len(text)), (3, len(text)), (0, len(text) // 2)):
        fresh = _clauses._first_verb(text, start, end)
        kept = _clauses.first_verb(text, start, end)
        again = _clauses.first_verb(text, start, end)
        assert again is kept  # the second actor of the clause reads the same answer
        assert (kept.span() if kept else None) == (fresh.span() if fresh else None)
        other = "".join(list(text))  # an equal text, another object: its own entry, the same answer
        assert other is not text
        found = _clauses.first_verb(other, start, end)
        assert (found.span() if found else None) == (fresh.span() if fresh else None)
        assert found is None or found.string is other


def test_first_verbs_kept_are_bounded():
    text = "They met and signed. " * 40
    for start in range(0, 2 * _clauses._FIRST_VERBS_KEPT, 1):
        _clauses.first_verb(text, start % len(text), len(text))
    assert len(_clauses._recent) <= _clauses._FIRST_VERBS_KEPT


@pytest.mark.parametrize("text, party_linked", [
    ("Tory leader Jane Roe hosted the talks in 1990.", False),  # the party describes the person
    ("In 1990 the Tories will host Jane Roe at a rally.", True),  # a verb between: the party is the subject
    ("In 1990 the Tories expelled Jane Roe.", True),
])
def test_an_organisation_before_a_person_is_an_affiliation_only_without_a_verb_between(text, party_linked):
    names = {"tories": ("Tory" if "Tory " in text else "Tories", "organization"), "jane-roe": ("Jane Roe", "person")}
    assert ("tories" in linked(text, text, names)) is party_linked
    assert "jane-roe" in linked(text, text, names)
