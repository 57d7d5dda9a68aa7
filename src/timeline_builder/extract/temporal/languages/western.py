"""Relative and deictic dates in German, French and Spanish ("letztes Jahr", "il y a dix ans",
"hace tres años", weekdays and months without a year), resolved against the dct to the same
TIMEX3 values and intervals as English. The words are in ``western_words.py``; absolute
dates with a month name stay with ``multilingual.py``.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from ..calendar import add_months, add_years
from ..resolve import Found, dated, format_value, unresolved
from .western_words import MODS, WORDS

_S = r"[\s\xa0]+"
_B = r"(?<![\w'’-])"
_E = r"(?![\w'-])"
_GRANULARITY = {"Y": "year", "M": "month", "W": "week", "D": "day", "DE": "year", "CE": "year"}
_SEASONS = {"sommer": "SU", "winter": "WI", "frühling": "SP", "herbst": "FA", "été": "SU", "hiver": "WI",
            "printemps": "SP", "automne": "FA", "verano": "SU", "invierno": "WI", "primavera": "SP", "otoño": "FA"}
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def _fill(pattern: str, words: dict) -> str:
    return (pattern
            .replace("{NUMBER}", r"\d{1,3}|" + "|".join(f"(?:{p})" for p in words["numbers"]))
            .replace("{UNIT}", "|".join(f"(?:{p})" for p in words["units"]))
            .replace("{WHICH}", "|".join(f"(?:{p})" for p in words["which"]))
            .replace("{MONTH}", "|".join(f"(?:{p})" for p in words["months"]))
            .replace("{WEEKDAY}", "|".join(f"(?:{p})" for p in words["weekdays"]))
            .replace("{S}", _S).replace("{{", "{").replace("}}", "}"))


@lru_cache(maxsize=None)
def _rules(language: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    words = WORDS[language]
    names = ["since", "ago", "ahead", "relative", "relative_before", "this", "month_alone", "weekday", "year", "decade",
             "century", "present", "past", "future", "duration"]
    rules = []
    for name in names:
        if name in words:
            rules.append((re.compile(f"{_B}(?:{_fill(words[name], words)}){_E}", re.IGNORECASE), name))
    deictic = "|".join(f"(?P<d{i}>{_fill(p, words)})" for i, p in enumerate(words["deictic"]))
    rules.append((re.compile(f"{_B}(?:{deictic}){_E}", re.IGNORECASE), "deictic"))
    return tuple(rules)


def _count(token: str | None, language: str) -> float | None:
    if token is None:
        return 1
    if token[0].isdigit():
        return float(token)
    for pattern, value in WORDS[language]["numbers"].items():
        if re.fullmatch(pattern, token, re.IGNORECASE):
            return value
    return None


def _unit(token: str, language: str) -> str:
    for pattern, unit in WORDS[language]["units"].items():
        if re.fullmatch(pattern, token, re.IGNORECASE):
            return unit
    return "Y"


def _shift(day: date, unit: str, amount: float) -> date:
    """``day`` moved ``amount`` units (negative: into the past)."""
    if unit in ("Y", "DE", "CE"):
        return add_years(day, int(amount * {"Y": 1, "DE": 10, "CE": 100}[unit]))
    if unit == "M":
        return add_months(day, int(amount))
    return day + timedelta(days=round(amount * {"W": 7, "D": 1, "TH": 1 / 24, "TM": 1 / 1440}.get(unit, 1)))


class _Resolver:
    def __init__(self, text: str, dct: date | None, language: str):
        self.text, self.dct, self.language = text, dct, language
        self.words = WORDS[language]
        self.future = re.compile(_fill(self.words["future_markers"], self.words), re.IGNORECASE)

    def future_context(self, start: int) -> bool:
        left = max(self.text.rfind(".", 0, start), self.text.rfind("\n", 0, start)) + 1
        right = self.text.find(".", start)
        return bool(self.future.search(self.text[left:right if right >= 0 else len(self.text)]))

    def ago(self, m):
        count = _count(m["count"], self.language)
        if count is None:
            return Found(m.start(), m.end(), "DATE", "PAST_REF")
        unit = _unit(m["unit"], self.language)
        if self.dct is None:
            return unresolved(m.start(), m.end(), "XXXX")
        day = _shift(self.dct, unit, -count)
        granularity = _GRANULARITY.get(unit, "day")
        mod = MODS.get(" ".join((m["mod"] or "").lower().split()))
        if mod == "MORE_THAN":
            return Found(m.start(), m.end(), "DATE", format_value(day, granularity), "BEFORE", None, day, granularity,
                         exact=day)
        found = dated(m.start(), m.end(), format_value(day, granularity))
        if mod:
            found.mod = mod
        return found

    def since(self, m):
        """"desde hace dos años": a duration (the span is the amount)."""
        found = self.duration(m)
        found.start = m.start("count")
        return found

    def ahead(self, m):
        count = _count(m["count"], self.language)
        if count is None:
            return Found(m.start(), m.end(), "DATE", "FUTURE_REF")
        if self.dct is None:
            return unresolved(m.start(), m.end(), "XXXX")
        unit = _unit(m["unit"], self.language)
        return dated(m.start(), m.end(), format_value(_shift(self.dct, unit, count), _GRANULARITY.get(unit, "day")))

    def _period(self, m, unit_word: str, step: int):
        unit_word = unit_word.lower()
        season = next((code for stem, code in _SEASONS.items() if unit_word.startswith(stem)), None)
        if self.dct is None:
            return unresolved(m.start(), m.end(), "XXXX")
        if season is not None:
            return self._season(m, season, step)
        if unit_word.startswith(("jahr", "an", "año")):
            return dated(m.start(), m.end(), f"{self.dct.year + step:04d}")
        if unit_word.startswith(("monat", "mois", "mes")):
            return dated(m.start(), m.end(), format_value(add_months(self.dct, step), "month"))
        return dated(m.start(), m.end(), format_value(self.dct + timedelta(days=7 * step), "week"))

    def _season(self, m, code: str, step: int):
        order = ["WI", "SP", "SU", "FA"]
        current = format_value(self.dct, "season")
        index = int(current[:4]) * 4 + order.index(current[5:])
        wanted = order.index(code)
        if step < 0:
            base = index - ((index - wanted) % 4 or 4)
        elif step > 0:
            base = index + ((wanted - index) % 4 or 4)
        else:
            base = index - ((index - wanted) % 4)
        return dated(m.start(), m.end(), f"{base // 4:04d}-{code}")

    def _step(self, which: str) -> int:
        for pattern, step in self.words["which"].items():
            if re.fullmatch(_fill(pattern, self.words), which, re.IGNORECASE):
                return step
        return 0

    def relative(self, m):
        if m["which"].lower() == "vorjahr":
            return None
        return self._period(m, m["unit"], self._step(m["which"]))

    relative_before = relative

    def this(self, m):
        unit = m.groupdict().get("unit") or m.groupdict().get("unit2") or m.groupdict().get("unit3")
        return self._period(m, unit, 0)

    def month_alone(self, m):
        month = next(i for i, p in enumerate(self.words["months"], 1) if re.fullmatch(p, m["month"], re.IGNORECASE))
        start = m.start("month")
        if self.dct is None:
            return unresolved(start, m.end(), f"XXXX-{month:02d}")
        if self.future_context(m.start()):
            year = self.dct.year if month >= self.dct.month else self.dct.year + 1
        else:
            year = self.dct.year if month <= self.dct.month else self.dct.year - 1
        return dated(start, m.end(), f"{year:04d}-{month:02d}")

    def weekday(self, m):
        index = next(i for i, p in enumerate(self.words["weekdays"]) if re.fullmatch(p, m["weekday"], re.IGNORECASE))
        if self.dct is None:
            return unresolved(m.start(), m.end(), "XXXX-XX-XX")
        text = m.group().lower()
        back = (self.dct.weekday() - index) % 7
        forward = (index - self.dct.weekday()) % 7
        if any(w in text for w in ("letzten", "vergangenen", "dernier", "pasado")):
            day = self.dct - timedelta(days=back or 7)
        elif any(w in text for w in ("nächsten", "kommenden", "prochain", "próximo")):
            day = self.dct + timedelta(days=forward or 7)
        elif self.future_context(m.start()):
            day = self.dct + timedelta(days=forward)
        else:
            day = self.dct - timedelta(days=back)
        start = m.start() if any(w in text for w in ("letzten", "vergangenen", "nächsten", "kommenden", "diesen",
                                                       "próximo")) else m.start("weekday")
        return dated(start, m.end(), day.isoformat())

    def year(self, m):
        return dated(m.start("year"), m.end(), m["year"])

    def decade(self, m):
        token = m.groupdict().get("decade") or m.groupdict().get("decade2")
        number = int(token)
        if number < 100:
            number += 1900
        return dated(m.start(), m.end(), f"{number // 10:03d}")

    def century(self, m):
        if m.groupdict().get("number"):
            number = int(m["number"])
        else:
            number, previous = 0, 0
            for char in reversed(m["roman"].upper()):
                value = _ROMAN[char]
                number = number - value if value < previous else number + value
                previous = max(previous, value)
        if not 1 <= number <= 21:
            return None
        return dated(m.start(), m.end(), f"{number - 1:02d}")

    def present(self, m):
        return Found(m.start(), m.end(), "DATE", "PRESENT_REF")

    def past(self, m):
        return Found(m.start(), m.end(), "DATE", "PAST_REF")

    def future(self, m):
        return Found(m.start(), m.end(), "DATE", "FUTURE_REF")

    def duration(self, m):
        count = _count(m["count"], self.language)
        unit = _unit(m["unit"], self.language)
        value = "X" if count is None else (int(count) if float(count).is_integer() else count)
        mod = MODS.get(" ".join((m["mod"] or "").lower().split())) if m.groupdict().get("mod") else None
        timex_value = f"PT{value}{unit[1]}" if unit in ("TH", "TM") else f"P{value}{unit}"
        return Found(m.start(), m.end(), "DURATION", timex_value, mod)

    def deictic(self, m):
        index = next(int(k[1:]) for k, v in m.groupdict().items() if v is not None)
        offset = list(self.words["deictic"].values())[index]
        if offset == 1 and self.language == "es" and re.search(r"\b(?:la|por|esta|cada)[\s\xa0]+$",
                                                              self.text[max(0, m.start() - 8):m.start()], re.I):
            return None  # "por la mañana": the morning, not tomorrow
        if self.dct is None:
            return unresolved(m.start(), m.end(), "XXXX-XX-XX")
        return dated(m.start(), m.end(), (self.dct + timedelta(days=offset)).isoformat())


def scan_relative(text: str, dct: date | None, language: str) -> list[Found]:
    """The relative expressions of a German, French or Spanish text: non-overlapping, leftmost-longest."""
    if language not in WORDS:
        return []
    resolver = _Resolver(text, dct, language)
    candidates = []
    for priority, (pattern, handler) in enumerate(_rules(language)):
        for match in pattern.finditer(text):
            found = getattr(resolver, handler)(match)
            if found is not None:
                # selected by the whole match ("desde hace dos años" beats "hace dos años"), kept as found
                candidates.append((match.start(), -(match.end() - match.start()), priority, found))
    candidates.sort(key=lambda c: c[:3])
    kept, until = [], -1
    for start, negative_length, _, found in candidates:
        if start >= until:
            kept.append(found)
            until = start - negative_length
    return sorted(kept, key=lambda f: f.start)
