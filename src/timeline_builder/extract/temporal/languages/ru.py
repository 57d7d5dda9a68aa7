"""Russian temporal expressions: a scanner of compiled rules, resolved to the same TIMEX3
values and intervals as English.

Spans follow the TimeML extent of the Russian gold (shared/gold/ru/README.md): a leading
preposition ("в", "к", "с") is left out, the head noun after a number is kept ("2008 году",
"80-е годы", "марте 2024 года"), modifiers are kept ("более 15 лет", "почти за два года").
Every inflected form is matched by the rules' endings; the words themselves are in
``ru_words.py``.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from ..calendar import add_months, add_years, shift, valid_day
from ..resolve import Found, dated, format_value, unresolved
from .ru_words import (ANCHORS, FUTURE_MARKERS, FUTURE_REF, MONTHS, NUMBER_WORDS, PAST_REF, PRESENT_REF, ROMAN, SEASONS,
                       SETS, UNIT_FORMS, WEEKDAYS)

_S = r"[\s\xa0]+"
_DASH = r"[\s\xa0]*[-–—][\s\xa0]*"
_B = r"(?<![\w-])"  # a word starts here (Cyrillic-aware: \b works on str patterns)
_E = r"(?![\w-])"

_MONTH = "|".join(f"(?:{stem})" for stem, _ in MONTHS)
_UNIT = "|".join(f"(?:{forms})" for forms, _ in UNIT_FORMS)
_NUMBER_WORD = "|".join(f"(?:{forms})" for forms, _ in NUMBER_WORDS)
_COUNT = rf"(?:\d{{1,3}}(?:[.,]\d)?|{_NUMBER_WORD})"
_YEAR_WORD = r"(?:год(?:а|у|ом|е|ы|ов|ам|ами|ах)?|гг?\.)"
_YEAR_NUM = r"(?:1[0-9]\d\d|20\d\d)"
_ORDINAL_TAIL = r"(?:-?(?:м|го|й|е|х|му|ми))"
_MODIFIER = r"(?:более|больше|свыше|почти|около|примерно|менее|меньше|не[\s\xa0]+менее|не[\s\xa0]+более|порядка)"
_MOD_OF = {"более": "MORE_THAN", "больше": "MORE_THAN", "свыше": "MORE_THAN", "не более": "EQUAL_OR_LESS",
           "не менее": "EQUAL_OR_MORE", "почти": "APPROX", "около": "APPROX", "примерно": "APPROX",
           "порядка": "APPROX", "менее": "LESS_THAN", "меньше": "LESS_THAN"}
_PART = {"начал": "START", "середин": "MID", "конц": "END", "конец": "END", "исход": "END"}
_PART_WORD = r"(?P<part>начал[еаоу]|середин[еуыа]|конц[еау]|конец|исход[еу])"
_SET_UNITS = {"день": "P1D", "недел": "P1W", "месяц": "P1M", "год": "P1Y", "квартал": "P3M", "час": "PT1H"}


def _rule(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern, handler name) in priority order: a longer span wins, then the earlier rule."""
    rules = [
        # 5 марта 2024 г., 12 декабря 2023 года, 5 мая
        (rf"{_B}(?P<day>[12]\d|3[01]|0?[1-9]){_S}(?P<month>{_MONTH}){_E}"
         rf"(?:{_S}(?P<year>{_YEAR_NUM})(?:{_S}{_YEAR_WORD}|{_E}))?", "day_month"),
        # 05.03.2024
        (r"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>1[89]\d\d|20\d\d)(?![\d.]\d)", "numeric"),
        # 2024-03-05
        (r"(?<![\d-])(?P<year>1[89]\d\d|20\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\d])", "numeric"),
        # (в начале) марта 2024 года, в марте 2024 г.
        (rf"(?:{_B}{_PART_WORD}{_S})?{_B}(?P<month>{_MONTH}){_S}(?P<year>{_YEAR_NUM})(?:{_S}{_YEAR_WORD})?{_E}",
         "month_year"),
        # в первом квартале 2024 года, во II квартале, в первой половине 2023 года
        (rf"{_B}(?P<ordinal>перв\w*|втор\w*|трет\w*|четв[её]рт\w*|I|II|III|IV){_S}"
         rf"(?P<part_unit>квартал[аеу]?|полугоди[еия]|половин[аеуы]){_E}"
         rf"(?:{_S}(?P<year>{_YEAR_NUM})(?:{_S}{_YEAR_WORD})?{_E})?", "quarter"),
        # в 10:30 (a clock time on the dct)
        (r"(?<![\d.:])(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?![\d:])", "clock"),
        # в ноябре, в начале марта
        (rf"(?:{_B}{_PART_WORD}{_S})?{_B}(?P<month>{_MONTH}){_E}", "month_alone"),
        # (в начале) 2024 года, 2022-м, в 2008 году, 1981–1988 годах, 2014-2022 гг.
        (rf"(?:{_B}{_PART_WORD}{_S})?(?<![\d.,])(?P<year>{_YEAR_NUM})(?:{_DASH}(?P<year_to>{_YEAR_NUM}|\d\d))?"
         rf"(?:{_S}{_YEAR_WORD}|-(?:м|го|й|му|ом){_E})(?![\w-])", "year"),
        # в 2008 (a bare year after a preposition that takes one)
        (rf"{_B}(?:в|во|с|со|к|до|по|от|после|около|между){_S}(?P<year>{_YEAR_NUM})(?![\d%.,]\d|[\w%])"
         rf"(?!{_S}(?:\w+{_S})?(?:процент|рубл|доллар|евро|человек|км|тонн|штук|единиц|раз\b))", "bare_year"),
        # the first year of a range whose second carries the year word: 1981–1988 годах
        (rf"(?<![\d.,])(?P<year>{_YEAR_NUM})(?={_DASH}{_YEAR_NUM}{_S}{_YEAR_WORD})", "bare_year"),
        # (в начале) 1980-х (годов), 80-е годы
        (rf"(?:{_B}{_PART_WORD}{_S})?(?<![\d.,])(?P<decade>1[0-9]\d0|20\d0|[1-9]0)-?(?:е|х|ые|ых|ми){_E}"
         rf"(?:{_S}{_YEAR_WORD})?", "decade"),
        # (в начале) XX века, XXI век
        (rf"(?:{_B}{_PART_WORD}{_S})?{_B}(?P<roman>[IVXLC]{{1,6}}){_S}век(?:а|у|ом|е)?{_E}", "century"),
        # в прошлом году, в этом месяце, на следующей неделе, в позапрошлом году, прошлым летом
        (rf"{_B}(?P<which>прошл\w*|позапрошл\w*|минувш\w*|этой|этом|этот|эту|нынешн\w*|текущ\w*|следующ\w*|"
         rf"будущ\w*|наступающ\w*|предстоящ\w*|уходящ\w*|истекш\w*|ушедш\w*){_S}"
         rf"(?P<unit>год(?:а|у|ом)?|месяц(?:а|е|ем)?|недел[еияю]|недели|квартал(?:а|е|ом)?|"
         rf"весн(?:ой|а|у|е)|лет(?:ом|о|а)|осен(?:ью|ь|и)|зим(?:ой|а|у|е)|десятилети[еия]){_E}", "relative_period"),
        # 10–15 лет назад, три года назад, более десяти лет назад, полвека назад, год назад
        (rf"(?:{_B}(?P<mod>{_MODIFIER}){_S})?{_B}(?:(?P<count>{_COUNT})(?:{_DASH}(?P<count_to>{_COUNT}))?{_S})?"
         rf"(?P<unit>{_UNIT}|полвека|полувека){_S}(?P<dir>назад|тому{_S}назад|спустя|позже|позднее){_E}", "ago"),
        # через три года, через полгода
        (rf"{_B}через{_S}(?:(?P<count>{_COUNT}){_S})?(?P<unit>{_UNIT}|полгода|полвека){_E}", "ahead"),
        # более 15 лет, два года, почти за два года, десять дней
        (rf"(?:{_B}(?P<mod>{_MODIFIER})(?:{_S}за)?{_S})?{_B}(?P<count>{_COUNT}){_S}(?P<unit>{_UNIT}){_E}", "duration"),
        (rf"(?:{_B}(?P<mod>{_MODIFIER}){_S})?{_B}(?P<unit>полвека|полувека|полгода|полугода|полчаса|"
         rf"полтора{_S}года|полутора{_S}лет|полутора{_S}месяцев){_E}", "duration"),
        # десятилетиями, годами, веками, месяцами
        (rf"{_B}(?P<unit>десятилетиями|годами|веками|столетиями|месяцами|неделями){_E}", "duration_plural"),
        # в последние годы, в ближайшие месяцы, в последние десятилетия
        (rf"{_B}(?P<which>последн(?:ие|их)|ближайш(?:ие|их)|предстоящ(?:ие|их)|прошедш(?:ие|их)|"
         rf"минувш(?:ие|их)|грядущ(?:ие|их)){_S}(?:\w+{_S})?"
         rf"(?P<unit>годы|лет|годах|месяцы|месяцев|месяцах|недели|недель|неделях|дни|дней|днях|"
         rf"десятилетия|десятилетий|десятилетиях){_E}", "recent"),
        # сегодня, вчера, завтра, позавчера, послезавтра
        (rf"{_B}(?P<deictic>сегодня|вчера|завтра|позавчера|послезавтра){_E}", "deictic_day"),
        # прошлым летом handled above; летом 2022 года, зимой
        (rf"{_B}(?P<season>весн(?:ой|а|у|е)|летом|осенью|зимой){_S}(?P<year>{_YEAR_NUM}){_S}{_YEAR_WORD}{_E}",
         "season_year"),
        (rf"{_B}(?P<season>весной|летом|осенью|зимой){_E}", "season_alone"),
        # в понедельник, во вторник
        (rf"{_B}(?:в|во){_S}(?P<weekday>{'|'.join(WEEKDAYS)}){_E}", "weekday"),
        # ежедневно, каждый год, раз в месяц
        (rf"{_B}(?:{'|'.join(SETS)}){_E}", "set_word"),
        (rf"{_B}(?:кажд(?:ый|ую|ое|ого|ом|ые|ой){_S}|раз{_S}в{_S})"
         rf"(?P<unit>день|дня|недел[юи]|месяц(?:а)?|год(?:а)?|квартал|час){_E}", "set_every"),
        # минута молчания
        (rf"{_B}(?:одн(?:а|у){_S})?(?P<unit>минут[ау]){_S}(?=молчани)", "one_unit"),
        # vague references: сейчас, недавно, в обозримой перспективе ...
        (rf"{_B}(?P<ref>{'|'.join(PRESENT_REF + PAST_REF + FUTURE_REF)}){_E}", "vague"),
    ]
    return tuple((_rule(pattern), handler) for pattern, handler in rules)


def _month_number(token: str) -> int:
    token = token.lower()
    for index, (stem, _) in enumerate(MONTHS, start=1):
        if re.fullmatch(stem, token):
            return index
    return 0


def _count(token: str | None) -> float | None:
    """The number a count token says: digits ("15", "1,5") or a number word in any case."""
    if token is None:
        return 1
    token = token.lower().replace(",", ".")
    if token[0].isdigit():
        return float(token)
    for forms, value in NUMBER_WORDS:
        if re.fullmatch(forms, token):
            return value
    return None


def _unit(token: str) -> tuple[str, float]:
    """The TIMEX3 unit of a unit word and how many of it the word itself holds (полвека = 50 Y)."""
    token = " ".join(token.lower().split())
    fixed = {"полвека": ("Y", 50), "полувека": ("Y", 50), "полгода": ("M", 6), "полугода": ("M", 6),
             "полчаса": ("TM", 30), "полтора года": ("M", 18), "полутора лет": ("M", 18),
             "полутора месяцев": ("D", 45)}
    if token in fixed:
        return fixed[token]
    for forms, unit in UNIT_FORMS:
        if re.fullmatch(forms, token):
            return unit, 1
    return "Y", 1


def _duration_value(amount: float, unit: str) -> str:
    number = int(amount) if float(amount).is_integer() else amount
    if unit in ("TH", "TM"):
        return f"PT{number}{unit[1]}"
    return f"P{number}{unit}"


class _Resolver:
    """Turns one match into a Found, against the dct and the sentence's tense."""

    def __init__(self, text: str, dct: date | None, problems: list | None):
        self.text, self.dct, self.problems = text, dct, problems

    def future_context(self, start: int) -> bool:
        """True when the sentence around ``start`` speaks of the future (будет, планируется ...)."""
        left = max(self.text.rfind(".", 0, start), self.text.rfind("\n", 0, start)) + 1
        right = self.text.find(".", start)
        sentence = self.text[left:right if right >= 0 else len(self.text)].lower()
        return any(re.search(rf"(?<!\w){marker}", sentence) for marker in FUTURE_MARKERS)

    def year_for(self, month: int, day: int | None, start: int) -> int:
        """A date without a year: the latest such date not after the dct, or the next one in future context."""
        assert self.dct is not None
        this_year = (month, day or 1) <= (self.dct.month, self.dct.day)
        if self.future_context(start):
            return self.dct.year if (month, day or 31) >= (self.dct.month, self.dct.day) else self.dct.year + 1
        return self.dct.year if this_year else self.dct.year - 1

    def __call__(self, handler: str, m: re.Match) -> Found | None:
        return getattr(self, handler)(m, m.start(), m.end())

    def _part(self, m: re.Match) -> str | None:
        part = m.groupdict().get("part")
        if not part:
            return None
        return next(mod for stem, mod in _PART.items() if part.lower().startswith(stem))

    def day_month(self, m, start, end):
        month, day = _month_number(m["month"]), int(m["day"])
        if m["year"]:
            year = int(m["year"])
        elif self.dct is None:
            return unresolved(start, end, f"XXXX-{month:02d}-{day:02d}")
        else:
            year = self.year_for(month, day, start)
        if not valid_day(year, month, day):
            if self.problems is not None:
                self.problems.append(("timex-invalid-date", m.group()))
            return Found(start, end, "INVALID", "")
        return dated(start, end, f"{year:04d}-{month:02d}-{day:02d}")

    def numeric(self, m, start, end):
        year, month, day = int(m["year"]), int(m["month"]), int(m["day"])
        if not 1 <= month <= 12 or not valid_day(year, month, day):
            return None
        return dated(start, end, f"{year:04d}-{month:02d}-{day:02d}")

    def month_year(self, m, start, end):
        mod = self._part(m)
        return dated(start, end, f"{int(m['year']):04d}-{_month_number(m['month']):02d}", mod=mod, narrow=True)

    def month_alone(self, m, start, end):
        month = _month_number(m["month"])
        if self.dct is None:
            return unresolved(start, end, f"XXXX-{month:02d}")
        return dated(start, end, f"{self.year_for(month, None, start):04d}-{month:02d}", mod=self._part(m),
                     narrow=True)

    def quarter(self, m, start, end):
        ordinal = m["ordinal"].lower()
        number = ({"i": 1, "ii": 2, "iii": 3, "iv": 4}.get(ordinal) or
                  (1 if ordinal.startswith("перв") else 2 if ordinal.startswith("втор") else
                   3 if ordinal.startswith("трет") else 4))
        half = not m["part_unit"].lower().startswith("квартал")
        if half and (number > 2 or not m["year"]):
            return None  # "в первой половине дня" is no half year
        if m["year"]:
            year = int(m["year"])
        elif self.dct is None:
            return unresolved(start, end, "XXXX-" + ("H" if half else "Q") + str(number))
        else:
            year = self.dct.year
        return dated(start, end, f"{year:04d}-{'H' if half else 'Q'}{number}")

    def clock(self, m, start, end):
        if self.dct is None:
            return unresolved(start, end, f"XXXX-XX-XXT{int(m['hour']):02d}:{m['minute']}", type="TIME")
        return dated(start, end, f"{self.dct.isoformat()}T{int(m['hour']):02d}:{m['minute']}", type="TIME")

    def year(self, m, start, end):
        mod = self._part(m)
        if m["year_to"]:
            # "2014–2022 годы": a range of two dates is two timexes; this match is the second
            second = m.start("year_to")
            to = m["year_to"]
            to_year = int(to) if len(to) == 4 else int(m["year"][:2] + to)
            return dated(second, end, f"{to_year:04d}")
        return dated(start, end, m["year"], mod=mod, narrow=True)

    def bare_year(self, m, start, end):
        return dated(m.start("year"), m.end("year"), m["year"])

    def decade(self, m, start, end):
        number = int(m["decade"])
        if number < 100:
            number += 1900
        return dated(start, end, f"{number // 10:03d}", mod=self._part(m), narrow=True)

    def century(self, m, start, end):
        number = _roman(m["roman"].upper())
        if not 1 <= number <= 21:
            return None
        return dated(start, end, f"{number - 1:02d}", mod=self._part(m), narrow=True)

    def relative_period(self, m, start, end):
        which, unit = m["which"].lower(), m["unit"].lower()
        step = (-2 if which.startswith("позапрошл") else
                -1 if which.startswith(("прошл", "минувш", "уходящ", "истекш", "ушедш")) else
                1 if which.startswith(("следующ", "будущ", "наступающ", "предстоящ")) else 0)
        if which.startswith("уходящ"):
            step = 0  # "the outgoing year": the current one
        granularity, value_unit = _period_granularity(unit)
        if self.dct is None:
            return unresolved(start, end, {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX",
                                           "quarter": "XXXX-QX", "season": "XXXX", "decade": "XXX"}[granularity])
        if granularity == "season":
            return self._season(start, end, SEASONS[_season_key(unit)], step)
        day = shift(self.dct, value_unit, step) if value_unit != "DE" else add_years(self.dct, 10 * step)
        return dated(start, end, format_value(day, granularity))

    def _season(self, start, end, code: str, step: int, year: int | None = None):
        if year is None:
            assert self.dct is not None  # callers without a dct give the year ("летом 2024 года")
            current = format_value(self.dct, "season")  # the season the dct falls in, e.g. 2024-WI
            current_year, current_code = int(current[:4]), current[5:]
            order = ["WI", "SP", "SU", "FA"]
            index = current_year * 4 + order.index(current_code)
            wanted = order.index(code)
            # the latest such season before the current one, moved by step (0 = this one, 1 = next)
            base = index - ((index - wanted) % 4 or (4 if step < 0 else 0))
            if step == 0:
                base = index - ((index - wanted) % 4)
            elif step > 0:
                base = index + ((wanted - index) % 4 or 4)
            year = base // 4
        return dated(start, end, f"{year:04d}-{code}")

    def season_year(self, m, start, end):
        return self._season(start, end, SEASONS[_season_key(m["season"])], 0, int(m["year"])) if self.dct or True \
            else None

    def season_alone(self, m, start, end):
        if self.dct is None:
            return unresolved(start, end, "XXXX-" + SEASONS[_season_key(m["season"])])
        return self._season(start, end, SEASONS[_season_key(m["season"])], 1 if self.future_context(start) else -1)

    def ago(self, m, start, end):
        unit, per_word = _unit(m["unit"])
        low, high = _count(m["count"]), _count(m["count_to"]) if m["count_to"] else None
        if low is None:
            return None
        later = m["dir"].lower() in ("спустя", "позже", "позднее")
        if later:
            return None  # "три года спустя" is anchored on another expression, not on the dct
        low *= per_word
        if self.dct is None:
            return unresolved(start, end, "PAST_REF" if high else "XXXX")
        if high is not None:
            high *= per_word
            return Found(start, end, "DATE", "PAST_REF", None, _back(self.dct, unit, high),
                         _back(self.dct, unit, low), "year" if unit == "Y" else "day")
        exact = _back(self.dct, unit, low)
        mod = _MOD_OF.get(" ".join((m["mod"] or "").lower().split()))
        granularity = {"Y": "year", "M": "month", "W": "week", "D": "day", "DE": "year", "CE": "year"}.get(unit, "day")
        if mod in ("MORE_THAN", "EQUAL_OR_MORE"):
            return Found(start, end, "DATE", format_value(exact, granularity), "BEFORE", None, exact, granularity,
                         exact=exact)
        found = dated(start, end, format_value(exact, granularity))
        found.exact = exact
        if mod == "APPROX":
            found.mod = "APPROX"
        return found

    def past_context(self, start: int) -> bool:
        """True when the sentence around ``start`` tells of the past (a past-tense verb, by the dictionary)."""
        from ....knowledge.russian_names import morph

        left = max(self.text.rfind(".", 0, start), self.text.rfind("\n", 0, start)) + 1
        right = self.text.find(".", start)
        words = re.findall(r"[а-яё]+", self.text[left:right if right >= 0 else len(self.text)].lower())
        return any("past" in parse.tag for word in words for parse in morph().parse(word)[:1])

    def ahead(self, m, start, end, base: date | None = None):
        """"через два месяца": after the dct, or after ``base``, the date the narrative last gave."""
        unit, per_word = _unit(m["unit"])
        count = _count(m["count"])
        if count is None:
            return None
        if self.dct is None and base is None:
            return unresolved(start, end, "XXXX")
        day = _back(base or self.dct, unit, -count * per_word)
        granularity = {"Y": "year", "M": "month", "W": "week", "DE": "year", "CE": "year"}.get(unit, "day")
        return dated(start, end, format_value(day, granularity))

    def duration(self, m, start, end):
        unit, per_word = _unit(m["unit"])
        count = _count(m.groupdict().get("count"))
        if count is None:
            return None
        mod = _MOD_OF.get(" ".join((m["mod"] or "").lower().split())) if m["mod"] else None
        return Found(start, end, "DURATION", _duration_value(count * per_word, unit), mod)

    def duration_plural(self, m, start, end):
        unit = {"десятилетиями": "DE", "годами": "Y", "веками": "CE", "столетиями": "CE", "месяцами": "M",
                "неделями": "W"}[m["unit"].lower()]
        return Found(start, end, "DURATION", f"PX{unit}")

    def recent(self, m, start, end):
        future = m["which"].lower().startswith(("ближайш", "предстоящ", "грядущ"))
        return Found(start, end, "DATE", "FUTURE_REF" if future else "PAST_REF")

    def deictic_day(self, m, start, end):
        word = m["deictic"].lower()
        if word == "сегодня":
            # in Russian prose "сегодня" is as often "nowadays" as "today": the gold marks it PRESENT_REF
            return Found(start, end, "DATE", "PRESENT_REF")
        offset = {"вчера": -1, "завтра": 1, "позавчера": -2, "послезавтра": 2}[word]
        if self.dct is None:
            return unresolved(start, end, "XXXX-XX-XX")
        return dated(start, end, (self.dct + timedelta(days=offset)).isoformat())

    def weekday(self, m, start, end):
        index = next(i for i, stem in enumerate(WEEKDAYS) if re.fullmatch(stem, m["weekday"].lower()))
        name_start = m.start("weekday")
        if self.dct is None:
            return unresolved(name_start, end, "XXXX-XX-XX")
        back = (self.dct.weekday() - index) % 7
        forward = (index - self.dct.weekday()) % 7
        day = self.dct + timedelta(days=forward) if self.future_context(start) else self.dct - timedelta(days=back)
        return dated(name_start, end, day.isoformat())

    def set_word(self, m, start, end):
        return Found(start, end, "SET", SETS_VALUES[m.group().lower()])

    def set_every(self, m, start, end):
        unit = m["unit"].lower()
        value = next(v for stem, v in _SET_UNITS.items() if unit.startswith(stem) or (stem == "день" and unit == "дня"))
        return Found(start, end, "SET", value)

    def one_unit(self, m, start, end):
        return Found(start, m.end("unit"), "DURATION", "PT1M")

    def vague(self, m, start, end):
        ref = " ".join(m["ref"].lower().split())
        value = ("PRESENT_REF" if _matches_any(ref, PRESENT_REF) else "PAST_REF" if _matches_any(ref, PAST_REF)
                 else "FUTURE_REF")
        return Found(start, end, "DATE", value)


SETS_VALUES = {"ежедневно": "P1D", "ежечасно": "PT1H", "еженедельно": "P1W", "ежемесячно": "P1M",
               "ежеквартально": "P3M", "ежегодно": "P1Y", "раз в год": "P1Y"}
assert set(SETS_VALUES) >= set(SETS)


def _matches_any(phrase: str, patterns: tuple[str, ...]) -> bool:
    return any(re.fullmatch(p, phrase) for p in patterns)


def _roman(numeral: str) -> int:
    total, previous = 0, 0
    for char in reversed(numeral):
        value = ROMAN[char]
        total = total - value if value < previous else total + value
        previous = max(previous, value)
    return total


def _season_key(word: str) -> str:
    word = word.lower()
    return next(stem for stem in SEASONS if word.startswith(stem))


def _period_granularity(unit: str) -> tuple[str, str]:
    if unit.startswith("год"):
        return "year", "Y"
    if unit.startswith("месяц"):
        return "month", "M"
    if unit.startswith("недел"):
        return "week", "W"
    if unit.startswith("квартал"):
        return "quarter", "Q"
    if unit.startswith("десятилет"):
        return "decade", "DE"
    return "season", "S"


def _back(dct: date, unit: str, amount: float) -> date:
    """``dct`` moved ``amount`` units into the past (a negative amount: into the future)."""
    if unit in ("Y", "DE", "CE"):
        years = amount * {"Y": 1, "DE": 10, "CE": 100}[unit]
        if float(years).is_integer():
            return add_years(dct, -int(years))
        return add_months(dct, -round(years * 12))
    if unit == "M":
        return add_months(dct, -round(amount))
    days = {"W": 7, "D": 1, "TH": 1 / 24, "TM": 1 / 1440}.get(unit, 1) * amount
    return dct - timedelta(days=round(days))


_ANCHOR = re.compile(rf"\d|(?<![\w-])(?:{ANCHORS})")
_REACH = 60  # how far from its anchor an expression may reach
# What a stretch must hold (lower case) for a rule to have a chance there: most rules then skip
# most stretches.
_MONTH_STEMS = "январ|феврал|март|апрел|ма[йяею]|июн|июл|август|сентябр|октябр|ноябр|декабр"
_UNIT_STEMS = "год|лет|месяц|недел|д[не]|сут|час|минут|десятилет|век|столет|полвек|полувек|полгод|полчас|полтор|полутор"
_REQUIRES = {handler: re.compile(needed) for handler, needed in {
    "day_month": rf"\d[\s\xa0]+(?:{_MONTH_STEMS})", "numeric": r"\d[.-]\d", "month_year": rf"(?:{_MONTH_STEMS})[а-я]*[\s\xa0]+\d",
    "month_alone": _MONTH_STEMS, "year": r"\d", "bare_year": r"\d\d\d\d", "decade": r"\d-?[ехм]", "century": "век",
    "relative_period": "прошл|минувш|эт[оиу]|нынешн|текущ|следующ|будущ|наступающ|предстоящ|уходящ|истекш|ушедш",
    "ago": "назад|спустя|позже|позднее", "ahead": "через", "duration": _UNIT_STEMS,
    "duration_plural": "ями|ами", "recent": "последн|ближайш|предстоящ|прошедш|минувш|грядущ",
    "deictic_day": "сегодня|вчера|завтра", "season_year": r"весн|летом|осенью|зимой", "season_alone": "весной|летом|осенью|зимой",
    "weekday": "понедельник|вторник|сред|четверг|пятниц|суббот|воскресень", "set_word": "еже", "set_every": "кажд|раз",
    "one_unit": "минут", "quarter": "квартал|полугод|половин", "clock": r"\d:\d\d",
}.items()}


def _segments(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` around anchors, widened to whitespace, merged where they meet."""
    spans: list[list[int]] = []
    for m in _ANCHOR.finditer(text.lower()):
        a, b = max(0, m.start() - _REACH), min(len(text), m.end() + _REACH)
        while a > 0 and not text[a - 1].isspace():
            a -= 1
        while b < len(text) and not text[b].isspace():
            b += 1
        if spans and a <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], b)
        else:
            spans.append([a, b])
    return [(a, b) for a, b in spans]


def scan_russian(text: str, dct: date | None, problems: list | None = None) -> list[Found]:
    """The resolved Russian temporal expressions of ``text``: non-overlapping, leftmost-longest.

    An impossible date ("30 февраля 2023 года") is reported in ``problems`` and left out.
    """
    resolver = _Resolver(text, dct, problems)
    candidates: list[tuple[int, int, int, list[Found]]] = []
    ahead_matches: dict[int, re.Match] = {}
    segments = _segments(text)
    lower = text.lower()
    for priority, (pattern, handler) in enumerate(_rules()):
        needed = _REQUIRES.get(handler)
        runs = [(a, b) for a, b in segments if needed is None or needed.search(lower, a, b)]
        for match in (m for a, b in runs for m in pattern.finditer(text, a, b)):
            result = resolver(handler, match)
            if result is None:
                continue
            pieces = [result]
            if handler == "ahead":
                ahead_matches[id(result)] = match
            if handler == "year" and match["year_to"]:
                # a range of two years is two timexes ("1981–1988 годах" -> "1981", "1988 годах")
                pieces.insert(0, dated(match.start("year"), match.end("year"), match["year"]))
            start = pieces[0].start
            candidates.append((start, -(result.end - start), priority, pieces))
    candidates.sort(key=lambda c: (c[0], c[1], c[2]))
    found: list[Found] = []
    taken_until = -1
    last_date: Found | None = None  # the last calendar date the text gave, for "через два месяца" in a story
    for start, negative_length, _, pieces in candidates:
        if start < taken_until:
            continue
        taken_until = start - negative_length
        for piece in pieces:
            if piece.type == "INVALID":
                continue
            match = ahead_matches.get(id(piece))
            if match is not None and last_date is not None and resolver.past_context(piece.start):
                piece = resolver.ahead(match, piece.start, piece.end, base=last_date.begin) or piece
            elif piece.begin is not None and piece.granularity in ("day", "month", "year") and piece.type == "DATE" \
                    and piece.value[:1].isdigit():
                last_date = piece
            found.append(piece)
    return found
