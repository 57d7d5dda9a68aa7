"""One-word names that the text describes as organisations (extract/actors/companies.py), and
titled words that are no one's name (people.PersonRules._nickname, _demonym_noun; discover.role_before)."""
from __future__ import annotations

from datetime import date

import pytest

from timeline_builder.extract.actors import ActorExtractor
from timeline_builder.records import AnnotatedDocument, Document


@pytest.fixture(scope="module")
def extractor() -> ActorExtractor:
    return ActorExtractor()


def types_of(extractor: ActorExtractor, text: str, surface: str) -> set[str]:
    found = extractor(AnnotatedDocument(Document("t", "t.txt", text, "", dct=date(2006, 5, 2))))
    ids = {m.actor_id for m in found.actor_mentions if m.text == surface}
    return {a.type for a in found.actors if a.actor_id in ids}


@pytest.mark.parametrize("text, surface, expected", [
    # An apposition headed by a kind of organisation, wherever the name stands.
    ("Brevik, the country's biggest dairy group, made a loss. Brevik said milk prices fell.", "Brevik",
     {"organization"}),
    ("Kalmora said sales were flat. Kalmora, a Finnish insurer, lost money in 2004.", "Kalmora", {"organization"}),
    ("Tovanta, Chile's second-largest lender, cut rates. Tovanta said deposits grew.", "Tovanta", {"organization"}),
    # A relative "which": a person would take "who".
    ("Verdanta, which runs four mines, lost money. Verdanta said output fell.", "Verdanta", {"organization"}),
    # A kind of organisation before the name, with or without a comma.
    ("Toy maker Zentek said demand was weak. Zentek blamed the weather.", "Zentek", {"organization"}),
    ("The union wrote to the telecoms regulator, Fonacom. Fonacom says it will reply.", "Fonacom",
     {"organization"}),
    # A survey, poll or piece of research by it.
    ("A survey by Pollmark found the same. Pollmark said voters were bored.", "Pollmark", {"organization"}),
    # "it" for itself as the subject of what only an agent does; a dummy "it" is no such subject.
    ("Veltro said it would appeal against the fine.", "Veltro", {"organization"}),
    ("Veltro says that it expects sales to rise.", "Veltro", {"organization"}),
    ("Velmar said it did not yet know when the show would return.", "Velmar", {"organization"}),
    ("Velmar said it would not comment on the talks.", "Velmar", {"organization"}),
    # Two words with no given name: the same "it" for itself.
    ("The delays grew. Silver Kestrel says it is investigating them.", "Silver Kestrel", {"organization"}),
    ("The delays grew. Blue Lantern said it was not planning cuts. Blue Lantern said so.", "Blue Lantern",
     {"organization"}),
    ("Okonjo Adeyemi said it was a tough game.", "Okonjo Adeyemi", {"person"}),
    ('"We lost," Okonjo said. Okonjo said it would be hard.', "Okonjo", {"person"}),
    ("Okonjo said it did not matter much.", "Okonjo", {"person"}),
    ("Okonjo said it was a tough game.", "Okonjo", {"person"}),
    # Cues after an owner's "'s" that only organisations have.
    ("Kalmora's policyholders will be paid less. Kalmora said returns fell.", "Kalmora", {"organization"}),
    ("Trevane said it would close. Trevane's board met on Monday.", "Trevane", {"organization"}),
    # A place it is based in, shares in it, owners of it; firm parts after its "'s"; a plural kind alone.
    ("Houston-based Velmar said it would cut 300 jobs. Velmar said demand was weak.", "Velmar", {"organization"}),
    ("Traders said shares in Velmar fell 4%. Velmar said the results were poor.", "Velmar", {"organization"}),
    ("The owners of Velmar want a buyer. Velmar said talks had begun.", "Velmar", {"organization"}),
    ("Velmar's chief operating officer quit on Friday. Velmar said it was sorry.", "Velmar", {"organization"}),
    ("Velmar's loss-making steel division was sold. Velmar said it was confident.", "Velmar", {"organization"}),
    ("The figures come from technology analysts Quorra. Quorra said sales would rise.", "Quorra", {"organization"}),
    ("The figures surprised analysts Quorra and Lund. Quorra said sales would rise.", "Quorra", {"person"}),
    ("Quorra's left arm was broken. Quorra said he would play on.", "Quorra", {"person"}),
    # A person named after its "'s" with no noun between: its people ("Velmar's Anna Quill"); a
    # person's come with a noun ("Okonjo's wife Anna"), and a full name elsewhere keeps the person.
    ('Prices fell, Velmar says in a report. "This must stop," Velmar\'s Anna Quill said.', "Velmar",
     {"organization"}),
    ("Okonjo said the team was tired. Okonjo's wife Anna agreed.", "Okonjo", {"person"}),
    ("Tomas Okonjo said the team was tired. Okonjo's Anna Quill agreed. Okonjo said no more.", "Okonjo",
     {"person"}),
    # Its products, outlets or awards after it; a job held at it; surveys from it and another; "itself".
    ("Velmar phones sold well in Asia. Velmar said demand was strong.", "Velmar", {"organization"}),
    ("The Velmar awards were handed out on Friday. Velmar said the winners were young.", "Velmar",
     {"organization"}),
    ("An economist at Velmar expects cuts. Velmar said rates would fall.", "Velmar", {"organization"}),
    ("Recent polls from Norvale and Velmar found a swing. Velmar said turnout would fall.", "Velmar",
     {"organization"}),
    ("Velmar describes itself as a pioneer. Velmar said the suit had no merit.", "Velmar", {"organization"}),
    ("A spokesman for Quorra denied it. Quorra said he would rest.", "Quorra", {"person"}),
    ("Quorra describes himself as a pioneer. Quorra said he would rest.", "Quorra", {"person"}),
    # People keep theirs: an apposition that names a job, or one whose kind is a preposition's object.
    ("Halvorsen, the head of the bank, resigned. Halvorsen said he was tired.", "Halvorsen", {"person"}),
    ("Halvorsen, a former bank clerk, spoke first. Halvorsen said he was tired.", "Halvorsen", {"person"}),
    ("Film maker Oduya said the cut was final. Oduya smiled.", "Oduya", {"person"}),
    # A given name before the word elsewhere makes it a surname, whatever else describes it.
    ("Halvorsen, the property group, denies it. Ingrid Halvorsen said she would stay. Halvorsen said so.",
     "Ingrid Halvorsen", {"person"}),
])
def test_a_one_word_speaker_described_as_an_organisation(extractor, text, surface, expected):
    assert types_of(extractor, text, surface) == expected


@pytest.mark.parametrize("text, absent", [
    # "the" before a courtesy title: a type, not a person.
    ('"He will not be the Mr Grumpy of television," said Lina Oduya.', "Grumpy"),
    # A courtesy title and one word quoted whole: a nickname or a work's title.
    ('Critics dubbed the minister "Lord Spendalot" last week.', "Spendalot"),
    # A demonym and "man" or "woman" is a noun for a person.
    ("The 41-year-old Dutchman said he was ready.", "Dutchman"),
    ("The Frenchwoman told reporters she was ready.", "Frenchwoman"),
    # Indefinite pronouns and a perfect participle opening a sentence are no speakers.
    ('"Everybody says the same," she added.', "Everybody"),
    ("Having said that, the coach was happy.", "Having"),
    # A lower-case title after a modal verb is a verb.
    ("Okafor will captain Harriers in the cup final.", "Harriers"),
    # A title ending a headline is no title of the next line's first word.
    ("Fares to rise, says minister\nTravellers would pay more from May.", "Travellers"),
    # An office title before the head of an organisation's or a place's name, or its plural.
    ("Both General Councils of the order met in spring.", "Councils"),
    ("Guests were taken to the Ambassador Hotel downtown.", "Hotel"),
    ("The Chiefs of Staff met daily.", "Staff"),
    # Salutations: a title before a common noun.
    ("Mr. Speaker, Reverend Clergy, friends: welcome.", "Clergy"),
])
def test_titled_words_that_name_no_one(extractor, text, absent):
    found = extractor(AnnotatedDocument(Document("t", "t.txt", text, "", dct=date(2006, 5, 2))))
    assert absent not in {m.text for m in found.actor_mentions}


@pytest.mark.parametrize("text, surface", [
    # A person after a courtesy title stays one, also before a closing quote's possessive.
    ('The bank said "the worst is over." Mr Tamsin\'s statement came later.', "Tamsin"),
    ("Mr Grumpy said he would resign.", "Grumpy"),
    ("Sir Elwood Tarrant said he would resign. Mr Tarrant left.", "Elwood Tarrant"),
    # A noun of works that is also a verb taking a person is no cue; nor is a titled owner.
    ("The studio hopes to remake King Zaroff's palace scenes. King Zaroff said nothing.", "Zaroff"),
    ("Members of King Ostrava's family mourned him. King Ostrava had ruled for years.", "Ostrava"),
    # A list that no plural noun of works opens, or one that a verb breaks, names people.
    ("The guests were President Ruiz, Queen Mirela and King Ostrava.", "Ostrava"),
    ("The films were shown to Prince Albin and King Ostrava.", "Ostrava"),
    ("Her novels were praised by Lady Meriel and Lady Rhubarb, who said so.", "Rhubarb"),
    # A surname ending in -ing that opens its sentences, with no phrase closed by a comma.
    ("Fleming claims that the bid failed.", "Fleming"),
])
def test_titled_people_stay_people(extractor, text, surface):
    assert types_of(extractor, text, surface) == {"person"}


@pytest.mark.parametrize("text, surface, expected", [
    # A courtesy title makes the next word a surname, even a word that heads organisations' names
    # or one after a kind or a category of organisation.
    ("Mrs Court said the tennis club would reopen in May.", "Court", {"person"}),
    ("The plan was welcomed by Dr Bank, who chairs the residents' group.", "Bank", {"person"}),
    ("Speaking to a news website Mr Halvorsen said the prize was a surprise.", "Halvorsen", {"person"}),
    ("Several parties, including Mr Okafor's Labour Front, backed the strike.", "Okafor", {"person"}),
    # The subject of a plural verb after a headline line, or of "were", is a collective: a club, a band.
    ("Harwick punish striker\nHarwick have fined their striker two weeks' wages. Harwick said he had apologised.",
     "Harwick", {"organization"}),
    ("Carrow were named best new act. Carrow said the award was a surprise.", "Carrow", {"organization"}),
    # ... but not a wish, or the object of a preposition.
    ("If only Harwick were here, the crowd said. Harwick said nothing.", "Harwick", {"person"}),
    ("Harwick said he was tired. Friends of Harwick were angry.", "Harwick", {"person"}),
    # A band's name after a lower-case "band".
    ("The rock band Zephyrine cancelled two concerts. Zephyrine said the singer was ill.", "Zephyrine",
     {"organization"}),
    ("Tickets for Irish band Corvane sold out in an hour.", "Corvane", {"organization"}),
])
def test_organisations_and_people_told_apart_by_titles_verbs_and_bands(extractor, text, surface, expected):
    assert types_of(extractor, text, surface) == expected


@pytest.mark.parametrize("text, surface", [
    # "Band" opening a name, a compound "multi-band", a name that goes on past the capitalised run,
    # a band's tour named by its owner's "'s".
    ("The charity single by Band Relief sold well.", "Relief"),
    ("US band Lantern 7 was named best new act.", "Lantern"),
    ("Metal band Corvane's Louder Than Ever tour made money.", "Corvane's Louder Than Ever"),
])
def test_band_cue_needs_a_band_name(extractor, text, surface):
    assert "organization" not in types_of(extractor, text, surface)


@pytest.mark.parametrize("text, surface, expected", [
    # A broadcaster, a record label or a team named after its lower-case kind is no speaker.
    ("The goalkeeper told regional radio station Vortan Uno that he would stay.", "Vortan Uno", {"organization"}),
    ("Her first album came out on independent label Quillon in 1998.", "Quillon", {"organization"}),
    ("The series moves to cable channel Brightwave next spring. Brightwave said filming had ended.", "Brightwave",
     {"organization"}),
    ("Chilean outfit Ferroviarios Norte want to sign the winger.", "Ferroviarios Norte", {"organization"}),
])
def test_a_media_kind_before_a_name_makes_it_an_organisation(extractor, text, surface, expected):
    assert types_of(extractor, text, surface) == expected


@pytest.mark.parametrize("text, surface, expected", [
    # A miner or a bookmaker named by its trade, in lower case or opening a sentence.
    ("Profits fell. Miner Kestrel Copper said output would recover.", "Kestrel Copper", {"organization"}),
    ("Odds were cut by bookmaker Halloran Bet on Friday.", "Halloran Bet", {"organization"}),
    ("The race is open. Bookmakers Fenwick say the favourite has drifted.", "Fenwick", {"organization"}),
])
def test_a_trade_before_a_name_makes_it_an_organisation(extractor, text, surface, expected):
    assert types_of(extractor, text, surface) == expected


@pytest.mark.parametrize("text, surface, expected", [
    # A maker of things named by its trade is a firm, even under a name that opens with a given
    # name; a maker of films or policy is a person, and so is a name after "a maker".
    ("The lorries were fitted with brakes from brake maker Henry Vollmar.", "Henry Vollmar", {"organization"}),
    ("Shares in toy maker Martin Orrel fell. Martin Orrel said demand was weak.", "Martin Orrel", {"organization"}),
    ("A documentary by film maker Ken Lowe opened on Friday.", "Ken Lowe", {"person"}),
    ("The decision maker Martin Orrel said no.", "Martin Orrel", {"person"}),
    ("Policy maker Henry Vollmar spoke at the conference.", "Henry Vollmar", {"person"}),
    # A surname the text gives a courtesy title is a person's.
    ("Leading games maker Henry Vollmar was honoured. Mr Vollmar thanked his staff.", "Henry Vollmar", {"person"}),
])
def test_a_maker_before_a_full_name_makes_it_a_firm(extractor, text, surface, expected):
    assert types_of(extractor, text, surface) == expected


@pytest.mark.parametrize("text, surface", [
    # A hyphened compound ("multi-channel") is no kind before a name; a capitalised kind at a
    # sentence's start is the first word of a name.
    ("Growth in multi-channel Telly viewing slowed.", "Telly"),
    ("Channel Nine said the match would be shown live.", "Nine"),
])
def test_a_media_kind_needs_a_lower_case_word_of_its_own(extractor, text, surface):
    assert "organization" not in types_of(extractor, text, surface)


@pytest.mark.parametrize("text, absent", [
    # A titled name that the text gives as the title of a film, song, cartoon or band.
    ("The director is shooting a remake of Hollywood classic King Zaroff. King Zaroff opens in May.", "Zaroff"),
    ("The trio recorded the hit track Lady Rhubarb in 2001.", "Rhubarb"),
    ("The Judge Hammer film soundtrack was released on Monday.", "Hammer"),
    ("A new Captain Bramble cartoon is being drawn in Leeds.", "Bramble"),
    ("He toured with members of King Ostrava and two other bands.", "Ostrava"),
    # The last of a list of titles that a plural noun of works opens.
    ("Among the forgotten films were Brief Summer, The 12 Lanterns and King Zaroff. Critics wept.", "Zaroff"),
    ("Her best-known songs include Paper Moons, Night of the Fox or Lady Rhubarb.", "Rhubarb"),
    ("He loved cartoons such as Tin Town, Mister Plum's Day and Captain Bramble.", "Bramble"),
    # A sentence-initial participle the text never writes inside a sentence.
    ("Answering claims of bias, the editor apologised to readers.", "Answering"),
])
def test_works_and_participles_name_no_one(extractor, text, absent):
    assert types_of(extractor, text, absent) == set()


@pytest.mark.parametrize("text, surface, expected", [
    # "claimed a draw", "claims the top spot": something won, not words said; a lone name with no
    # other cue is then no person.
    ("Leeds lost again, and Harwick claimed a draw at home on Saturday.", "Harwick", set()),
    ("The new album Lanterns claimed the top spot, the chart showed.", "Lanterns", set()),
    # Words said: a that-clause, or a prize noun that goes on ("the title race is over").
    ("Harwick claimed the plan was unfair.", "Harwick", {"person"}),
    ("Harwick claims the title race is over, he told reporters.", "Harwick", {"person"}),
    # A surname the text also gives after a given name stays the person's.
    ("Mia Harwick ran well. Harwick claimed her first national title in June.", "Harwick", {"person"}),
])
def test_claiming_a_prize_is_no_speech(extractor, text, surface, expected):
    assert types_of(extractor, text, surface) == expected


@pytest.mark.parametrize("text, surface", [
    # Clergy's and privy counsellors' styles are titles, not parts of the name.
    ("The Bishop of Leeds, the Rt Rev Anna Holloway, said the bill went too far.", "Anna Holloway"),
    ("The Bishop of Leeds, the Rt Rev Anna Holloway, spoke first. Later Rt Rev Holloway argued again.", "Holloway"),
    ("The Most Rev Peter Okoro said the church would act.", "Peter Okoro"),
    ("Rt Hon Alan Kerridge MP said the plan was sound.", "Alan Kerridge"),
])
def test_styles_of_address_are_titles(extractor, text, surface):
    assert types_of(extractor, text, surface) == {"person"}


def _ids_of(extractor: ActorExtractor, text: str, surface: str) -> set[str]:
    found = extractor(AnnotatedDocument(Document("t", "t.txt", text, "", dct=date(2006, 5, 2))))
    return {m.actor_id for m in found.actor_mentions if m.text == surface}


@pytest.mark.parametrize("text, surface, expected", [
    # A one-word speaker that opens the name of the document's one organisation is that organisation.
    ("Drugs giant VelmarPharma sold the pills cheaply. Velmar says the trade is illegal.", "Velmar",
     {"velmarpharma"}),
    ("The deal was agreed by Quorra Communications, which owns two networks. Quorra said it would bid again.",
     "Quorra", {"quorra-communications"}),
    # A person of that name stays a person.
    ("The Harwick Foundation gave money. Tom Harwick said he was glad. Harwick said so again.", "Harwick",
     {"tom-harwick"}),
])
def test_a_short_name_of_an_organisation(extractor, text, surface, expected):
    assert _ids_of(extractor, text, surface) == expected


@pytest.mark.parametrize("text, absent", [
    # A street or park name after a preposition of place is a place, though its head is a surname.
    ("The club will build a stadium in Harold Park by 2009.", "Harold Park"),
    ("The shop on Edward Street has been empty since 1990.", "Edward Street"),
])
def test_streets_and_parks_after_a_preposition_are_places(extractor, text, absent):
    assert types_of(extractor, text, absent) == set()


def test_a_person_whose_surname_is_a_street_head_stays_one(extractor):
    text = "The play starred Nathan Lane. In Nathan Lane's view the script was weak."
    assert types_of(extractor, text, "Nathan Lane") == {"person"}


def test_a_titled_one_word_name_is_not_an_organisation_it_names(extractor):
    text = "The Halloran Court changed the law. Chief Justice Halloran said the ruling was unanimous."
    assert types_of(extractor, text, "Halloran") == {"person"}


def person_mentions(extractor: ActorExtractor, text: str, surface: str) -> list[int]:
    found = extractor(AnnotatedDocument(Document("t", "t.txt", text, "", dct=date(2006, 5, 2))))
    people = {a.actor_id for a in found.actors if a.type == "person"}
    return [m.char_start for m in found.actor_mentions if m.text == surface and m.actor_id in people]


def test_a_one_word_person_whose_name_the_text_pluralises_has_no_short_forms(extractor):
    # "her uncle Hugo" is a person; "two Hugos" shows that the word also names a thing (an award),
    # so "the Hugo she won" is not that uncle.
    text = "The novelist thanked her uncle Hugo. She has won two Hugos, and the Hugo she won last year sits on a shelf."
    assert person_mentions(extractor, text, "Hugo") == [text.index("Hugo")]


@pytest.mark.parametrize("text, surfaces, count", [
    # Without a plural the one-word person keeps the short forms; a speaker is a speaker anyway.
    ("Her uncle Hugo came home. Later that evening the family and Hugo ate supper.", ("Hugo",), 2),
    ("Her uncle Hugo came. Hugo said he was proud. The two Hugos met.", ("Hugo",), 2),
    # "the Vollmars" after a one-word titled surname is a family, not a thing.
    ("Colonel Vollmar landed on Monday. Next week we expect to see the Vollmars at home. Vollmar will fly again.",
     ("Vollmar",), 2),
    # A full name's surname keeps its short forms: "the Kennedys" is a family, not a thing.
    ("Senator Ada Vollmar spoke. The Vollmars were there, and Vollmar thanked them.", ("Ada Vollmar", "Vollmar"), 2),
])
def test_short_forms_without_a_plural_of_the_name_stay(extractor, text, surfaces, count):
    assert sum(len(person_mentions(extractor, text, surface)) for surface in surfaces) == count


@pytest.mark.parametrize("text, surface", [
    # An untitled full name right after a noun of works or a kind of story with a word of its own
    # before it, or closing a list of titles: the work's title, no person.
    ("The festival opens with quirky comedy Happy Returns, starring two unknowns.", "Happy Returns"),
    ("Critics praised the abortion drama Vera Lusk on Friday.", "Vera Lusk"),
    ("Her second hit single Molly Brand sold well.", "Molly Brand"),
    ("The dark fairy tale Edwin Clawhands made him a star.", "Edwin Clawhands"),
    ("The director's films include Cold Harbour, Long Days and Martin Lomax.", "Martin Lomax"),
])
def test_an_untitled_name_written_as_a_works_title_is_no_person(extractor, text, surface):
    assert "person" not in types_of(extractor, text, surface)


@pytest.mark.parametrize("text, surface", [
    # After a determiner or a verb the noun is a phrase of its own; after the name it is a work of
    # the person ("an Ann Ross film"); a kind of story before a speaker does not make it a work.
    ("The documentary Ann Ross made won a prize.", "Ann Ross"),
    ("He said it was a fine film. Ann Ross film fans queued; Ann Ross was pleased.", "Ann Ross"),
    ("The producers chose a comedy. Critics said the comedy Ann Ross wrote was poor.", "Ann Ross"),
    ("After the drama, Ann Ross said she was tired.", "Ann Ross"),
])
def test_a_person_near_a_noun_of_works_stays_a_person(extractor, text, surface):
    assert types_of(extractor, text, surface) == {"person"}


def test_a_title_word_joined_to_a_name_by_a_hyphen_is_no_title(extractor):
    # "Saint-Vire" is a hyphened surname, not the title "Saint" before a name: no mention of the
    # hyphen onwards, and no actor without an id.
    text = "Coach Pierre Saint-Vire spoke on Monday. Unless they agree, Saint-Vire believes the team will suffer."
    found = extractor(AnnotatedDocument(Document("t", "t.txt", text, "", dct=date(2006, 5, 2))))
    assert all(m.actor_id and m.text[:1].isalpha() for m in found.actor_mentions)
    assert all(a.actor_id for a in found.actors)


def test_a_dash_typed_as_a_hyphen_between_titles_keeps_both(extractor):
    # "Ambassador-Mr. Tobias Quell": two titles joined by a dash typed as a hyphen; the name is his.
    text = "He will become our new Ambassador-Mr. Tobias Quell, the eldest son of a senator. Mr. Quell is here today."
    found = extractor(AnnotatedDocument(Document("t", "t.txt", text, "", dct=date(2006, 5, 2))))
    assert {m.text for m in found.actor_mentions if m.actor_id == "tobias-quell"} >= {"Tobias Quell"}
    assert all(m.text[:1].isalpha() for m in found.actor_mentions)
