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
_FULL_DATES = re.compile(
    rf"\b(?:(?P<m1>{_MONTH_ALT}){_SPACE}(?P<d1>\d{{1,2}}),?{_SPACE}(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}}){_SPACE}(?P<m2>{_MONTH_ALT}),?{_SPACE}(?P<y2>\d{{4}})"
    rf"|(?P<y3>\d{{4}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}}))\b",
    re.I,
)


def parse_iso_date(value: str) -> date | None:
    """``YYYY-MM-DD`` (a time part after it is ignored) -> date; None if absent or impossible."""
    match = _ISO_DATE.match(value or "")
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def date_from_filename(name: str) -> date | None:
    match = _LEADING_DATE.match(name)
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def infer_from_text(text: str) -> date | None:
    """The newest explicit full date in the text, if any: a lower bound for when it was written."""
    newest: date | None = None
    for match in _FULL_DATES.finditer(text):
        g = match.groupdict()
        try:
            if g["y1"]:
                found = date(int(g["y1"]), _MONTHS[g["m1"].lower()], int(g["d1"]))
            elif g["y2"]:
                found = date(int(g["y2"]), _MONTHS[g["m2"].lower()], int(g["d2"]))
            else:
                found = date(int(g["y3"]), int(g["m3"]), int(g["d3"]))
        except ValueError:
            continue  # "February 30" is not a date
        if newest is None or found > newest:
            newest = found
    return newest
