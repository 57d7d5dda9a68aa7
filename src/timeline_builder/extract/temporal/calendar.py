"""Calendar arithmetic and the interval a TIMEX3 value denotes."""
from __future__ import annotations

import calendar as _stdlib_calendar
import re
from datetime import date, timedelta

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
_VALUE = re.compile(
    r"^(?P<year>\d{4})(?:-(?:(?P<month>\d\d)(?:-(?P<day>\d\d))?|W(?P<week>\d\d?)(?:-(?P<wd>\d|WE))?"
    r"|Q(?P<quarter>[1-4])|H(?P<half>[12])|(?P<season>SP|SU|FA|WI)))?(?:T.*)?$"
    r"|^(?P<decade>\d{3})$|^(?P<century>\d\d)$")


def last_day(year: int, month: int) -> int:
    """The last day of a month."""
    return _stdlib_calendar.monthrange(year, month)[1]


def valid_day(year: int, month: int, day: int) -> bool:
    """Whether year-month-day is a calendar day."""
    return 1 <= month <= 12 and 1 <= day <= last_day(year, month) and 1 <= year <= 9999


FIRST_DAY, LAST_DAY = date.min, date.max  # the calendar Python can name: 0001-01-01..9999-12-31


class OutOfCalendar(ValueError):
    """A date an expression names lies before year 1 or after year 9999."""


def add_days(day: date, days: int) -> date:
    """``day`` moved by ``days``; OutOfCalendar past either end of the calendar."""
    ordinal = day.toordinal() + days
    if not FIRST_DAY.toordinal() <= ordinal <= LAST_DAY.toordinal():
        raise OutOfCalendar(f"{day.isoformat()} {days:+d} days is outside years 1-9999")
    return date.fromordinal(ordinal)


def in_calendar(year: int) -> bool:
    """Whether ``year`` is a year the calendar (1-9999) can name."""
    return 1 <= year <= 9999


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, the day of month clipped to the month's end.

    Raises OutOfCalendar past either end of the calendar (no silent clamping: a date
    9,999 years on is not 9999-12-31)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    if not in_calendar(year):
        raise OutOfCalendar(f"{day.isoformat()} {months:+d} months is outside years 1-9999")
    return date(year, month + 1, min(day.day, last_day(year, month + 1)))


def add_years(day: date, years: int) -> date:
    """``day`` moved by whole years (29 February becomes 28 February)."""
    return add_months(day, 12 * years)


def shift(day: date, unit: str, amount: int) -> date:
    """``day`` moved by ``amount`` units (D, W, M, Q, Y, DE, CE, H)."""
    if unit == "D":
        return add_days(day, amount)
    if unit in ("W", "WE"):
        return add_days(day, 7 * amount)
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200, "ML": 12000, "H": 6}.get(unit)
    if months is None:
        return day
    return add_months(day, months * amount)


def iso_week(day: date) -> str:
    """The ISO week value of a day ('2025-W08')."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(day: date) -> int:
    """The quarter (1-4) of a day."""
    return (day.month - 1) // 3 + 1


def week_bounds(year: int, week: int) -> tuple[date, date]:
    """Monday and Sunday of an ISO week."""
    monday = date.fromisocalendar(year, week, 1)
    return monday, add_days(monday, 6)


def value_interval(value: str) -> tuple[date | None, date | None, str | None]:
    """The closed calendar interval and granularity of a TIMEX3 date value, if it has one.

    Granularity is the precision of the interval's start, one of day, week, month, quarter,
    season, year, decade, century (a half year starts on a quarter's first day).

    Decades and centuries follow the seed gold: "196" is 1960..1969, "19" (the 20th
    century) is 1901..2000.
    """
    found = _VALUE.match(value)
    if not found:
        return None, None, None
    try:
        if found["decade"]:
            start = int(found["decade"]) * 10
            return date(max(start, 1), 1, 1), date(start + 9, 12, 31), "decade"
        if found["century"]:
            number = int(found["century"]) + 1
            return date((number - 1) * 100 + 1, 1, 1), date(min(number * 100, 9999), 12, 31), "century"
        year = int(found["year"])
        if found["day"]:
            day = date(year, int(found["month"]), int(found["day"]))
            return day, day, "day"
        if found["month"]:
            month = int(found["month"])
            return date(year, month, 1), date(year, month, last_day(year, month)), "month"
        if found["week"]:
            start, end = week_bounds(year, int(found["week"]))
            if found["wd"] == "WE":
                return start + timedelta(days=5), end, "day"
            if found["wd"]:
                one = start + timedelta(days=int(found["wd"]) - 1)
                return one, one, "day"
            return start, end, "week"
        if found["quarter"]:
            first = (int(found["quarter"]) - 1) * 3 + 1
            return date(year, first, 1), date(year, first + 2, last_day(year, first + 2)), "quarter"
        if found["half"]:
            first = 1 if found["half"] == "1" else 7
            return date(year, first, 1), date(year, first + 5, last_day(year, first + 5)), "quarter"
        if found["season"]:
            first, last = SEASON_MONTHS[found["season"]]
            end_year = year + 1 if last < first else year
            if not in_calendar(end_year):  # the winter of 9999 runs on past the calendar's last day
                return date(year, first, 1), LAST_DAY, "season"
            return date(year, first, 1), date(end_year, last, last_day(end_year, last)), "season"
        return date(year, 1, 1), date(year, 12, 31), "year"
    except ValueError:  # a day the calendar does not have, or a period reaching past year 9999
        return None, None, None


def part_of(begin: date, end: date, mod: str | None) -> tuple[date, date]:
    """The early/middle/late third of an interval (the whole of it for other mods)."""
    span = (end - begin).days + 1
    if mod not in ("START", "MID", "END") or span < 3:
        return begin, end
    if span > 3000:  # decades and centuries: whole years, early 1980s = 1980..1983
        years = end.year - begin.year + 1
        cut1, cut2 = round(years * 0.4), round(years * 0.7)
        if mod == "START":
            return begin, date(begin.year + cut1 - 1, 12, 31)
        if mod == "MID":
            return date(begin.year + cut1, 1, 1), date(begin.year + cut2 - 1, 12, 31)
        return date(begin.year + cut2, 1, 1), end
    if span > 300:  # years: four months each
        if mod == "START":
            return begin, date(begin.year, 4, 30)
        if mod == "MID":
            return date(begin.year, 5, 1), date(begin.year, 8, 31)
        return date(begin.year, 9, 1), end
    if 28 <= span <= 31:  # months: early = 1..10, mid = 11..20, late = 21..end
        if mod == "START":
            return begin, begin.replace(day=10)
        if mod == "MID":
            return begin.replace(day=11), begin.replace(day=20)
        return begin.replace(day=21), end
    third = span // 3
    if mod == "START":
        return begin, begin + timedelta(days=third - 1)
    if mod == "MID":
        return begin + timedelta(days=third), end - timedelta(days=third)
    return end - timedelta(days=third - 1), end


def two_digit_year(text: str) -> int:
    """'98' -> 1998, '05' -> 2005."""
    number = int(text)
    return 1900 + number if number >= 30 else 2000 + number
