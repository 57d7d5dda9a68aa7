"""Dates in document metadata: ISO 8601, RFC 2822 and Unix epoch forms -> a calendar date.

A metadata date is the date *as the publisher wrote it*: ``2005-03-02T23:30:00-05:00`` is
2 March 2005 (the day in the writer's own zone), not 3 March in UTC. Epoch values carry no
zone, so they are read in UTC. Nothing here looks at the clock or the machine's zone.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime

# "2005-03-02", "2005-03-02T10:00", "2005-03-02 10:00:00Z", "2005-03-02T10:00:00.123+02:00",
# and the basic form "20050302".
_ISO = re.compile(r"^\s*(\d{4})-?(\d{2})-?(\d{2})(?:[T ][0-9:.,]+(?:Z|[+-]\d{2}(?::?\d{2})?)?)?\s*$", re.I)
# A leading ISO date followed by a time in any other spelling ("2005-03-02 10:00 UTC").
_ISO_PREFIX = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?=[T\s])")
_EPOCH = re.compile(r"^\s*-?\d{9,13}(?:\.\d+)?\s*$")
# Seconds up to this are plausible publication times (year 5138); above it they are milliseconds.
_MILLISECONDS_FROM = 10 ** 11

FORMS = "ISO 8601 (2005-03-02), RFC 2822 (Wed, 02 Mar 2005 10:00:00 GMT) or Unix epoch seconds"


def parse_metadata_date(value: object) -> date | None:
    """``value`` (a string, number, date or datetime) -> its calendar date; None if it is none of the forms.

    >>> parse_metadata_date("Wed, 02 Mar 2005 23:30:00 -0500")
    datetime.date(2005, 3, 2)
    >>> parse_metadata_date(1109721600)
    datetime.date(2005, 3, 2)
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return _from_epoch(float(value))
    if not isinstance(value, str):
        return None
    text = value.strip()
    match = _ISO.match(text) or _ISO_PREFIX.match(text)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    if _EPOCH.match(text):
        return _from_epoch(float(text))
    return _from_rfc2822(text)


def _from_epoch(seconds: float) -> date | None:
    if abs(seconds) >= _MILLISECONDS_FROM:
        seconds /= 1000
    try:
        return datetime.fromtimestamp(seconds, tz=timezone.utc).date()
    except (OverflowError, OSError, ValueError):
        return None


def _from_rfc2822(text: str) -> date | None:
    if not re.search(r"\d{4}|\d{1,2}\s+[A-Za-z]{3}\s+\d{2}\b", text):
        return None
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return parsed.date() if parsed else None
