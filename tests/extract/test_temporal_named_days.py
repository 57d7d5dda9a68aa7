"""Days that name an event by themselves (knowledge/temporal/named_days.tsv), and a user's own such days."""
from __future__ import annotations

from datetime import date

import pytest

from timeline_builder.errors import KnowledgeError
from timeline_builder.extract.temporal import find_timexes

DCT = date(2025, 3, 1)


def found(text: str, dct: date | None = DCT, **kwargs) -> list[tuple]:
    return [(t.text, t.type, t.value) for t in find_timexes(text, dct, **kwargs)]


@pytest.mark.parametrize("text, expected", [
    # a day and month before a noun of the event it names: the event's year, not the last such day
    ("Airline traffic slumped after the 11 September hijackings.", [("the 11 September", "DATE", "2001-09-11")]),
    ("Security tightened after the September 11 terror attacks.", [("September 11", "DATE", "2001-09-11")]),
    ("Exiles were blamed for the July 15 coup attempt.", [("July 15", "DATE", "2016-07-15")]),
    # another noun after the same day, or none: the nearest day as usual
    ("The fund held its meeting on 11 September in Lyon.", [("11 September", "DATE", "2024-09-11")]),
    ("The 11 September deadline passed quietly.", [("The 11 September", "DATE", "2024-09-11")]),
    # or the noun before "of" and the date
    ("Flights were grounded after the hijackings of September 11.", [("September 11", "DATE", "2001-09-11")]),
    ("Markets reeled in the days after the attacks of the 11 September.", [("the 11 September", "DATE", "2001-09-11")]),
    ("Sales fell after the auction of 11 September.", [("11 September", "DATE", "2024-09-11")]),
    ("Police expect an attack of some kind on 11 September.", [("11 September", "DATE", "2024-09-11")]),
    # a year written wins
    ("Rebels staged the 11 September 1973 coup.", [("the 11 September 1973", "DATE", "1973-09-11")]),
])
def test_a_day_that_names_an_event(text, expected):
    assert found(text) == expected


def test_a_named_day_is_not_the_day_the_story_is_at():
    # a clock time after it belongs to the story's own day, not to the event's
    assert found("Since the 11 September attacks, checks take longer. The gate shut at 2200 GMT.") == [
        ("the 11 September", "DATE", "2001-09-11"), ("2200 GMT", "TIME", "2025-03-01T22:00")]


def test_a_story_told_before_the_event_keeps_the_nearest_day():
    assert found("Police expect attacks on 11 September.", date(1999, 8, 1)) == [
        ("11 September", "DATE", "1999-09-11")]
    assert found("The riot of January 6 left three dead.", date(2005, 3, 1)) == [
        ("January 6", "DATE", "2005-01-06")]


def test_a_users_named_days(tmp_path):
    (tmp_path / "temporal").mkdir()
    (tmp_path / "temporal" / "named_days.tsv").write_text(
        "date\tnouns\tnote\n1990-03-18\tvote election\tan invented election\n", encoding="utf-8")
    assert found("Turnout fell after the 18 March vote.", knowledge_dirs=(tmp_path,)) == [
        ("the 18 March", "DATE", "1990-03-18")]


def test_a_bad_date_in_a_users_file_names_the_line(tmp_path):
    (tmp_path / "temporal").mkdir()
    (tmp_path / "temporal" / "named_days.tsv").write_text(
        "date\tnouns\n# a comment\n1990-13-18\tvote\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="bad date") as caught:
        find_timexes("The 18 March vote.", DCT, knowledge_dirs=(tmp_path,))
    assert caught.value.line == 3


@pytest.mark.parametrize("text, dct, value", [
    # "since" and the day alone, told in a later year: the event's day, not the day's last passing
    ("Ticket sales have never recovered since 11 September.", date(2004, 5, 1), "2001-09-11"),
    ("Since September 11 our ports have hired more inspectors.", date(2004, 5, 1), "2001-09-11"),
    # this year's day has passed by the dct and the story names nothing of the attacks: that day
    ("Since September 11 our ports have hired more inspectors.", date(2004, 10, 1), "2004-09-11"),
    # ... unless the story names one of the event's nouns somewhere
    ("Since September 11 our ports have hired more inspectors. The hijackers had slipped through.",
     date(2004, 10, 1), "2001-09-11"),
    # another word before the day alone: the nearest day as usual
    ("Prices rose on September 11 in the capital.", date(2004, 5, 1), "2003-09-11"),
    # a story of the event's own year: the day that year
    ("Since September 11 our ports have hired more inspectors.", date(2001, 10, 1), "2001-09-11"),
    ("Since September 11 last year our ports have hired more inspectors.", date(2001, 8, 1), "2000-09-11"),
])
def test_since_a_day_that_names_an_event(text, dct, value):
    assert found(text, dct)[0][2] == value


def test_a_users_day_alone_after_its_word(tmp_path):
    (tmp_path / "temporal").mkdir()
    (tmp_path / "temporal" / "named_days.tsv").write_text(
        "date\tnouns\tnote\talone\n1990-03-18\tvote election\tan invented election\tafter\n", encoding="utf-8")
    assert found("Turnout fell after 18 March.", date(1995, 1, 1), knowledge_dirs=(tmp_path,)) == [
        ("18 March", "DATE", "1990-03-18")]
    # without the column the day alone is the nearest
    assert found("Turnout fell after 18 March.", date(1995, 1, 1)) == [("18 March", "DATE", "1994-03-18")]


@pytest.mark.parametrize("text, dct, value", [
    # "after", "before", "post" and the day alone, read as past, told in a later year: the event's day
    ("Air travel was slow to recover after September 11.", date(2004, 5, 1), "2001-09-11"),
    ("Before 11 September, few voters had heard of the group.", date(2004, 5, 1), "2001-09-11"),
    ("Life in the city post 11 September felt different.", date(2004, 5, 1), "2001-09-11"),
    # the next 11 September is nearer the dct than the last, but a past verb tells of the event
    ("Markets rallied after September 11.", date(2004, 5, 1), "2001-09-11"),
    # the day read as still to come is the next one, not the event's
    ("The vote will be held after September 11.", date(2004, 5, 1), "2004-09-11"),
    ("The vote is after September 11.", date(2004, 5, 1), "2004-09-11"),
    ("The ferry is to sail after 11 September.", date(2004, 5, 1), "2004-09-11"),
    # a timetable verb in the plain present before the preposition: an arrangement, the next one
    ("The peace talks resume after September 11, a spokesman said.", date(2004, 5, 1), "2004-09-11"),
    ("Parliament reconvenes before 11 September.", date(2004, 5, 1), "2004-09-11"),
    ("The tour ends after 11 September in Oslo.", date(2004, 5, 1), "2004-09-11"),
    # its past keeps the event's day
    ("The peace talks resumed after September 11.", date(2004, 5, 1), "2001-09-11"),
    # "of" and the day in a story that tells of the event: its day
    ("Intelligence sharing grew in the wake of 11 September. The hijackers had trained abroad.", date(2004, 5, 1),
     "2001-09-11"),
    ("The events of September 11 changed the airline industry. Fear of terrorism kept fliers away.",
     date(2004, 5, 1), "2001-09-11"),
    ("Arrests went on in the aftermath of January 6. The riot had shocked the capital.", date(2025, 3, 1),
     "2021-01-06"),
    # a word after the day that names no event ("events" as the subject of the sentence)
    ("On September 11 events moved fast in the talks.", date(2004, 10, 1), "2004-09-11"),
    ("The events of September 11, 2003 changed little.", date(2004, 5, 1), "2003-09-11"),
])
def test_after_or_before_a_day_that_names_an_event(text, dct, value):
    assert found(text, dct)[0][2] == value


@pytest.mark.parametrize("text, value", [
    # "commission" names the event only right after its day: elsewhere in a story it shows nothing,
    # so after the story's own year's day has passed the day alone is that year's
    ("Since September 11 our ports have hired more inspectors. A commission will report.", "2004-09-11"),
    ("Since September 11 our ports have hired more inspectors. Terrorism is the worry.", "2001-09-11"),
])
def test_only_the_evidence_words_tell_of_the_event(text, value):
    assert found(text, date(2004, 10, 1))[0][2] == value
    # right after the day the noun still names the event
    assert found("The September 11 commission reported.", date(2004, 10, 1))[0][2] == "2001-09-11"


def test_a_users_evidence_words(tmp_path):
    (tmp_path / "temporal").mkdir()
    (tmp_path / "temporal" / "named_days.tsv").write_text(
        "date\tnouns\tnote\talone\tevidence\n1990-03-18\tvote election\tan invented election\tsince\tballot\n",
        encoding="utf-8")
    dct = date(1995, 4, 1)  # the story's own 18 March has passed: the evidence is needed
    text = "Turnout has fallen since 18 March."
    assert found(text, dct, knowledge_dirs=(tmp_path,))[0][2] == "1995-03-18"
    assert found(text + " The ballot was close.", dct, knowledge_dirs=(tmp_path,))[0][2] == "1990-03-18"
    # a noun that is no evidence word shows nothing
    assert found(text + " The vote was close.", dct, knowledge_dirs=(tmp_path,))[0][2] == "1995-03-18"


@pytest.mark.parametrize("text, value", [
    # "of" before the day names the event alone only in a story that tells of it (an evidence word)
    ("The lessons of September 11 are still taught. Terrorism has not gone away.", "2001-09-11"),
    # the tense does not place a day after "of": the next 11 September is nearer, the verb is in the future
    ("The lessons of September 11 will not fade. Terrorism has not gone away.", "2001-09-11"),
    ("The report of the meeting of September 11 was published.", "2003-09-11"),
])
def test_of_a_day_alone_needs_a_story_of_the_event(text, value):
    assert found(text, date(2004, 5, 1))[0][2] == value


@pytest.mark.parametrize("text, dct, expected", [
    # a day counted from a day that names an event is the story's date: "that day" after it is that day
    ("Two days after September the 11th, I visited the site. Since that day I have read every report.",
     date(2004, 9, 3), [("Two days after September the 11th", "DATE", "2001-09-13"), ("that day", "DATE", "2001-09-13")]),
    ("A week after the 11 September attacks the mayor spoke. On that day the markets opened again.",
     date(2005, 3, 1), [("A week after the 11 September", "DATE", "2001-09-18"), ("that day", "DATE", "2001-09-18")]),
])
def test_a_day_counted_from_a_named_day_is_the_story_s_date(text, dct, expected):
    assert found(text, dct) == expected
