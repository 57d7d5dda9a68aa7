"""Arms-control knowledge rows added as data (knowledge/events/arms_control.tsv): the regional nuclear-weapon-free
zone treaties, the Hague Code of Conduct and the Proliferation Security Initiative are found by their usual names
with their real dates, and a place name alone (a former test site) names no treaty."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from actor_fixtures import known_event_begins

ACTORS = {"kazakhstan": ("Kazakhstan", "state"), "australia": ("Australia", "state"),
          "south-africa": ("South Africa", "state"), "united-states": ("United States", "state")}


def _known(text: str, dct: date) -> dict[str, str]:
    return known_event_begins(text, dct, ACTORS)


@pytest.mark.parametrize("text, dct, event_id, begin", [
    ("Island states in the Pacific still cite the Treaty of Rarotonga when warships visit.", date(2012, 4, 1),
     "treaty-of-rarotonga", "1985-08-06"),
    ("South Africa hosted the talks that produced the Treaty of Pelindaba.", date(2010, 4, 1),
     "treaty-of-pelindaba", "1996-04-11"),
    ("Kazakhstan pressed its neighbours to sign the Central Asian Nuclear-Weapon-Free Zone Treaty.",
     date(2008, 4, 1), "treaty-of-semipalatinsk", "2006-09-08"),
    ("Diplomats in Jakarta urged the nuclear powers to back the Southeast Asian Nuclear-Weapon-Free Zone Treaty.",
     date(2011, 4, 1), "treaty-of-bangkok-1995", "1995-12-15"),
    ("Several new states subscribed to the Hague Code of Conduct after a missile test.", date(2009, 4, 1),
     "hague-code-of-conduct", "2002-11-25"),
    ("Naval officers trained for boardings under the Proliferation Security Initiative.", date(2006, 4, 1),
     "proliferation-security-initiative", "2003-05-31"),
])
def test_arms_control_rows_are_found_with_their_real_dates(text, dct, event_id, begin):
    assert _known(text, dct).get(event_id) == begin


def test_the_former_test_site_alone_names_no_treaty():
    found = _known("Villagers near Semipalatinsk still suffer from the fallout of old tests.", date(2010, 4, 1))
    assert "treaty-of-semipalatinsk" not in found


TEST_BAN_ACTORS = {"united-states": ("United States", "state"), "soviet-union": ("Soviet Union", "state"),
                   "russia": ("Russia", "state")}


def _test_ban(text: str, dct: date) -> dict[str, str]:
    return known_event_begins(text, dct, TEST_BAN_ACTORS)


@pytest.mark.parametrize("text, dct, event_id", [
    # the lower-case name both test-ban treaties share: the one the document's time or the sentence's year picks
    ("Senators in the United States argued for weeks over the test ban treaty.", date(1964, 3, 1),
     "partial-test-ban-treaty"),
    ("Senators in the United States argued for weeks over the test ban treaty.", date(1999, 10, 20), "ctbt"),
    ("The United States and the Soviet Union kept the test ban treaty of 1963 for decades.", date(2012, 5, 1),
     "partial-test-ban-treaty"),
    ("Russia ratified the comprehensive test ban treaty before the United States did.", date(2001, 5, 1), "ctbt"),
])
def test_the_lower_case_test_ban_treaty_is_the_one_of_its_time(text, dct, event_id):
    found = _test_ban(text, dct)
    assert event_id in found
    assert not ({"partial-test-ban-treaty", "ctbt"} - {event_id}) & set(found)


def test_a_comprehensive_test_ban_treaty_long_before_its_signing_is_no_known_event():
    found = _test_ban("The United States hoped for a comprehensive test ban treaty with the Soviet Union.",
                      date(1980, 5, 1))
    assert "ctbt" not in found and "partial-test-ban-treaty" not in found
