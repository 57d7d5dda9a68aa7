"""Document creation time: from metadata, the command line, the file name, or the text."""
from __future__ import annotations

import re
from datetime import date

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_LEADING_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?!\d)")
_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
_MONTH_ALT = "|".join(_MONTHS)
_SPACE = r"[ \t\u00a0]+"
# Full explicit dates only: "February 11, 2025", "11 February 2025", "2025-02-11".
# Every full date holds a four-digit year: find those first (fast), then look around each.
_YEAR = re.compile(r"(?<![\d.,])(\d{4})(?![\d])")
_MONTH_DAY_BEFORE = re.compile(rf"(?:(?P<m1>{_MONTH_ALT}){_SPACE}(?P<d1>\d{{1,2}})|(?P<d2>\d{{1,2}}){_SPACE}(?P<m2>{_MONTH_ALT})),?{_SPACE}$", re.I)
_ISO_AFTER = re.compile(r"-(\d{2})-(\d{2})(?!\d)")


def parse_iso_date(value: str) -> date | None:
    """``YYYY-MM-DD`` (a time part after it is ignored) -> date; None if absent or impossible."""
    return _date_at_start(_ISO_DATE, value or "")


def dct_option(text: str | None) -> date | None:
    """The ``--dct`` option of every command: exactly ``YYYY-MM-DD`` and a real date (years 1 to
    9999), else a UsageError; None when not given."""
    if text is None:
        return None
    value = parse_iso_date(text)
    if value is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
        from ..errors import UsageError

        raise UsageError(f"--dct {text!r} is not a real date in YYYY-MM-DD form")
    return value


def date_from_filename(name: str) -> date | None:
    """A file name that starts with ``YYYY-MM-DD`` (then anything but a digit) -> that date."""
    return _date_at_start(_LEADING_DATE, name)


def _date_at_start(pattern: re.Pattern, text: str) -> date | None:
    match = pattern.match(text)
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def infer_from_text(text: str) -> date | None:
    """The newest explicit full date in the text, if any: a lower bound for when it was written."""
    newest: date | None = None
    for match in _YEAR.finditer(text):
        year = int(match[1])
        found = None
        iso = _ISO_AFTER.match(text, match.end())
        try:
            if iso:
                found = date(year, int(iso[1]), int(iso[2]))
            else:
                before = _MONTH_DAY_BEFORE.search(text[max(0, match.start() - 24):match.start()])
                if before:
                    month = _MONTHS[(before["m1"] or before["m2"]).lower()]
                    found = date(year, month, int(before["d1"] or before["d2"]))
        except ValueError:
            continue  # "February 30" is not a date
        if found and (newest is None or found > newest):
            newest = found
    return newest
