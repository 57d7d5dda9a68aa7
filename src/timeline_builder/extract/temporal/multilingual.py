"""Absolute dates in Russian, German, French and Spanish: a small scanner finds the spans,
dateparser (imported on first use: it is slow to load) parses them with pinned settings."""
from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from .resolve import Found, dated

MONTH_NAMES: dict[str, tuple[str, ...]] = {
    "ru": ("январ[яье]", "феврал[яье]", "март[ае]?", "апрел[яье]", "ма[йяе]", "июн[яье]", "июл[яье]",
           "август[ае]?", "сентябр[яье]", "октябр[яье]", "ноябр[яье]", "декабр[яье]"),
    "de": ("Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "setiembre", "octubre", "noviembre", "diciembre"),
}
_S = r"[\s\xa0]+"
# Words that follow a Russian year ("2023 года") belong to the date.
_YEAR_TAIL = {"ru": rf"(?:{_S}(?:года|году|год|г\.))?", "de": "", "fr": "", "es": ""}
_DAY_CONNECTOR = {"ru": _S, "de": rf"\.?{_S}", "fr": rf"(?:er)?{_S}", "es": rf"{_S}de{_S}"}
# Spanish joins the year with "de" or "del" ("5 de febrero del 2026").
_YEAR_CONNECTOR = {"ru": _S, "de": _S, "fr": _S, "es": rf"{_S}(?:del?{_S})?"}


@lru_cache(maxsize=None)
def _pattern(language: str) -> re.Pattern[str]:
    """The span scanner for one language."""
    months = "|".join(MONTH_NAMES[language])
    day = r"(?P<day>[12]\d|3[01]|0?[1-9])"
    year = r"(?P<year>1\d{3}|20\d\d)"
    with_day = (rf"(?<![\d.]){day}{_DAY_CONNECTOR[language]}(?P<month>{months})\b"
                rf"(?:{_YEAR_CONNECTOR[language]}{year}\b{_YEAR_TAIL[language]})?")
    month_year = rf"\b(?P<month2>{months}){_YEAR_CONNECTOR[language]}(?P<year2>1\d{{3}}|20\d\d)\b{_YEAR_TAIL[language]}"
    return re.compile(f"{with_day}|{month_year}", re.IGNORECASE)


@lru_cache(maxsize=1)
def _dateparser():
    """The dateparser module, imported on first use."""
    import dateparser  # deferred: importing it costs about a second

    return dateparser


def _parse(span: str, language: str, dct: date | None) -> datetime | None:
    """dateparser on one span, with every setting pinned."""
    base = datetime(dct.year, dct.month, dct.day) if dct else datetime(2000, 1, 1)
    settings = {
        "RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "TIMEZONE": "UTC",
        "RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": False,
    }
    return _dateparser().parse(span, languages=[language], settings=settings)


def _month_index(language: str, token: str) -> int:
    """1..12 for a month name of ``language`` (our lexicon; the fallback where dateparser fails)."""
    names = [n for n in MONTH_NAMES[language] if n not in ("Jänner", "setiembre")]
    for index, name in enumerate(names):
        if re.fullmatch(name, token, re.IGNORECASE):
            return index + 1
    return {"jänner": 1, "setiembre": 9}.get(token.lower(), 0)


def scan_foreign(text: str, dct: date | None, language: str, problems: list | None = None) -> list[Found]:
    """Absolute dates of a Russian, German, French or Spanish text, parsed by dateparser.

    A span that is no calendar date ("30 февраля 2023") is reported in ``problems`` and
    returned as a Found of type "INVALID" so that no English rule reuses its pieces.
    """
    if language not in MONTH_NAMES:
        return []
    found: list[Found] = []
    for match in _pattern(language).finditer(text):
        start, end = match.span()
        span = " ".join(match.group().split())
        parsed = _parse(span, language, dct)
        has_year = bool(match["year"] or match["year2"])
        if match["day"]:
            day = int(match["day"])
            if parsed is None or parsed.day != day:
                if problems is not None:
                    problems.append(("timex-invalid-date", match.group()))
                found.append(Found(start, end, "INVALID", ""))
                continue
            if not has_year and dct is None:
                found.append(Found(start, end, "DATE", f"XXXX-{parsed.month:02d}-{day:02d}", unresolved=True))
                continue
            found.append(dated(start, end, parsed.date().isoformat()))
        else:
            month = parsed.month if parsed is not None else _month_index(language, match["month2"])
            year = int(match["year2"])
            if month:
                found.append(dated(start, end, f"{year:04d}-{month:02d}"))
    return found
