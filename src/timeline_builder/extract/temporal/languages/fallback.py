"""Dates in a language with no rules of ours, found by dateparser's search where it knows the
language: the text is published either way, and its dates are not lost."""
from __future__ import annotations

from datetime import date, datetime

from ..resolve import Found, dated

_GRANULARITY = {"day": "day", "week": "day", "month": "month", "year": "year"}


def dateparser_knows(language: str) -> bool:
    """True when dateparser has a locale for the ISO 639-1 ``language``."""
    from dateparser.data import language_locale_dict

    return language in language_locale_dict


def scan_with_dateparser(text: str, dct: date | None, language: str) -> list[Found]:
    """The dates dateparser's search finds in ``text``, with offsets, as day/month/year values."""
    if not dateparser_knows(language):
        return []
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    base = datetime(dct.year, dct.month, dct.day) if dct else datetime(2000, 1, 1)
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "TIMEZONE": "UTC",
                "RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DAY_OF_MONTH": "first"}
    parser = DateDataParser(languages=[language], settings=settings)
    found: list[Found] = []
    position = 0
    for span, _ in search_dates(text, languages=[language], settings=settings) or ():
        start = text.find(span, position)
        if start < 0 or not any(c.isalnum() for c in span):
            continue
        position = start + len(span)
        data = parser.get_date_data(span)
        if data.date_obj is None:
            continue
        trimmed, data = _trimmed(parser, span, data)
        start += span.index(trimmed)
        span = trimmed
        day = data.date_obj.date()
        granularity = _GRANULARITY.get(data.period or "day", "day")
        if granularity == "year":
            if not span.strip().isdigit() and dct is None:
                continue
            value = f"{day.year:04d}"
        elif granularity == "month":
            value = f"{day.year:04d}-{day.month:02d}"
        else:
            value = day.isoformat()
        found.append(dated(start, start + len(span), value))
    return found


def _trimmed(parser, span: str, data):
    """``span`` without short edge words (prepositions: the "w" of "2021 roku w") that do not
    change its date."""
    words = span.split(" ")
    while len(words) > 1:
        for shorter, edge in ((words[:-1], words[-1]), (words[1:], words[0])):
            if len(edge) > 2 or any(c.isdigit() for c in edge):
                continue
            candidate = parser.get_date_data(" ".join(shorter))
            if candidate.date_obj == data.date_obj and candidate.period == data.period:
                words = shorter
                break
        else:
            break
    return " ".join(words), data
