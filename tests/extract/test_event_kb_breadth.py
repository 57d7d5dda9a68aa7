"""Known events of the classes added as data (knowledge/events/pandemics_disasters.tsv, financial_crises.tsv,
climate_diplomacy.tsv): found by their usual names with their real dates, and names several happenings
share resolved by the year named or the dct (extract/events ``_choose``)."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from actor_fixtures import known_event_begins

ACTORS = {"haiti": ("Haiti", "state"), "greece": ("Greece", "state"), "lebanon": ("Lebanon", "state"),
          "israel": ("Israel", "state"), "iran": ("Iran", "state"), "iraq": ("Iraq", "state"),
          "united-kingdom": ("Britain", "state"), "nepal": ("Nepal", "state"), "indonesia": ("Indonesia", "state")}


def _known(text: str, dct: date) -> dict[str, str]:
    return known_event_begins(text, dct, ACTORS)


@pytest.mark.parametrize("text, dct, event_id, begin", [
    ("Fishing villages in Indonesia were rebuilt slowly after the Asian tsunami.", date(2006, 2, 1),
     "indian-ocean-tsunami-2004", "2004-12-26"),
    ("Relief convoys reached remote valleys weeks after the Nepal earthquake.", date(2015, 7, 1),
     "nepal-earthquake-2015", "2015-04-25"),
    ("Historians of medicine compare every outbreak with the Spanish flu.", date(2021, 1, 1),
     "spanish-flu-pandemic", "1918-02-01"),
    ("Clinics in Monrovia were overwhelmed during the West African Ebola epidemic.", date(2017, 1, 1),
     "west-african-ebola-epidemic", "2013-12-01"),
    ("Savers queued outside branches during the run on Northern Rock.", date(2009, 1, 1),
     "northern-rock-crisis", "2007-09-14"),
    ("Many start-ups in Seattle vanished in the dot-com crash.", date(2005, 1, 1), "dot-com-crash", "2000-03-10"),
    ("Reykjavik's voters punished the ruling party for the Icelandic banking collapse.", date(2010, 1, 1),
     "icelandic-financial-crisis", "2008-10-06"),
    ("Coal dominated the last night of talks at COP26.", date(2022, 1, 1), "cop26-glasgow-2021", "2021-10-31"),
    ("The Montreal Protocol is often called the most successful environmental treaty.", date(2019, 1, 1),
     "montreal-protocol", "1987-09-16"),
    ("Negotiators left the Copenhagen climate summit with only a thin accord.", date(2010, 6, 1),
     "cop15-copenhagen-2009", "2009-12-07"),
])
def test_known_events_of_the_new_classes_are_found_with_their_real_dates(text, dct, event_id, begin):
    assert _known(text, dct).get(event_id) == begin


@pytest.mark.parametrize("text, dct, event_id", [
    # one name, several happenings: the dct (or the year named) chooses
    ("Donors pledged billions after the Haiti earthquake.", date(2011, 3, 1), "haiti-earthquake-2010"),
    ("Donors pledged far less after the Haiti earthquake.", date(2022, 3, 1), "haiti-earthquake-2021"),
    ("Athens accepted the terms of the Greek bailout in the end.", date(2013, 6, 1), "greek-bailout-2012"),
    ("Athens accepted the terms of the Greek bailout in the end.", date(2016, 6, 1), "greek-bailout-2015"),
    ("Pensioners in Greece still resent the Greek bailout of 2010.", date(2019, 6, 1), "greek-bailout-2010"),
    ("The war in Lebanon kept Israel's army north of the border.", date(1984, 2, 1), "lebanon-war-1982"),
    ("The war in Lebanon kept Israel's army busy for a month.", date(2007, 2, 1), "lebanon-war-2006"),
    ("Tankers were struck every week in the Gulf war between Iran and Iraq.", date(1987, 9, 1), "iran-iraq-war"),
    ("Tankers burned in Kuwait at the end of the Gulf war.", date(1993, 9, 1), "gulf-war"),
])
def test_a_name_of_several_happenings_is_the_one_of_the_documents_time(text, dct, event_id):
    assert event_id in _known(text, dct)


@pytest.mark.parametrize("text, dct, absent", [
    # a name the document could not yet use for a later happening
    ("Delegates flew home from the Copenhagen summit with enlargement settled.", date(2003, 1, 1),
     "cop15-copenhagen-2009"),
    ("Oil prices fell during the Greek crisis of that winter.", date(1990, 1, 1), "greek-debt-crisis"),
])
def test_a_later_happening_is_not_named_before_it_began(text, dct, absent):
    assert absent not in _known(text, dct)
