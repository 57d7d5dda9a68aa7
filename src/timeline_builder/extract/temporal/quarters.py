"""Rules for quarters and halves of a year: 'the third quarter', 'Q3 2023', 'the quarter ended July 31',
'year-earlier'. Results stories name their periods this way; the dct's quarter is not always the one meant."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from .calendar import quarter_of, two_digit_year, valid_day
from .candidates import Candidate
from .context import Context
from .lexicon import MATCH_WORDS, MONEY_WORDS
from .patterns import DAY, MONTH, OPT_S, S, YEAR4, month_number
from .resolve import Found, dated, last_quarter_before, unresolved

_QUARTER_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
                     "4th": 4, "final": 4}


def numbered_quarter(match: re.Match[str], text: str) -> Candidate | None:
    """'the third quarter', 'third-quarter', 'fiscal 1990's first quarter', 'the first half of 1990'."""
    start, end = match.span()
    if match["pre"]:
        hyphenated = text[match.end("ord"):match.end("ord") + 1] == "-"
        words = re.match(r"(?:(?:the|its|their|a)(?:[\s\xa0]+|-))*", match["pre"], re.I)
        if hyphenated or not words.group().lower().startswith("the"):
            start = match.start("pre") + words.end()
        if hyphenated and start < match.start("ord"):
            prefix_rest = text[start:match.start("ord")]
            if not re.search(r"\d|year", prefix_rest, re.I):
                start = match.start("ord")
    ordinal = match["ord"].lower()
    unit = match["unit"].lower()
    pre = " ".join((match["pre"] or "").lower().split())
    of = " ".join((match["of"] or "").lower().split())
    year_in = re.search(r"(?:19|20)\d\d", pre + " " + of)
    plural = bool(match["plural"])
    if not year_in and not plural and not re.search(r"fiscal|calendar|year", pre + " " + of) \
            and (_a_match_report(text) or _SCORES.search(text, max(0, start - 120), end + 120)) \
            and not _MONEY_WORD.search(text, max(0, start - 150), end + 150):
        # "a second-half try", "early in the second half", "outscored Boston 30-18 in the final quarter": a period
        # of the game (a score beside it is evidence enough in a story that is not a match report)
        return None
    if _OF_SOMETHING_ELSE.match(text, match.end()):
        return None  # "the second half of the season", "the last quarter of the game": not the year's
    if not year_in and not plural and not pre.startswith(("fiscal", "calendar")) and _divided_before(text, unit, start):
        return None  # "the first half of the debate ... the rules for the second half": the debate's again

    def resolve(ctx: Context) -> list[Found]:
        if ordinal == "last":
            if unit == "half":
                index = 2
            else:
                reference = last_quarter_before(ctx.dct) if ctx.dct else None
                if reference is None:
                    return [unresolved(start, end, "XXXX-QX")]
                return [dated(start, end, f"{reference.year}-Q{quarter_of(reference)}")]
        else:
            index = _QUARTER_ORDINALS[ordinal] if unit == "quarter" else min(_QUARTER_ORDINALS[ordinal], 2)
        code = f"{'Q' if unit == 'quarter' else 'H'}{index}"
        if plural:
            return [Found(start, end, "SET", f"XXXX-{code}")]
        if year_in:
            year = int(year_in.group())
        elif ctx.dct is None:
            return [unresolved(start, end, f"XXXX-{code}")]
        else:
            year = ctx.dct.year
            words = pre + " " + of
            if "last year" in words or "year-ago" in words or "year-earlier" in words or "prior year" in words:
                year -= 1
            elif "next year" in words:
                year += 1
            else:
                year = _quarter_year(ctx, (index - 1) * (3 if unit == "quarter" else 6) + 1, start, end)
        return [dated(start, end, f"{year:04d}-{code}")]
    return Candidate(start, end, "point", resolve, rank=2)


# a score: "a 24-18 win", "leading 17-6" (not "3-4 days", "10-15%", a date or a money range)
_SCORE = r"(?<![\d.,$£€/-])\d{1,2}-\d{1,2}(?![\d%/-]|[\s\xa0]*(?:per|percent|years?|months?|weeks?|days?|hours?)\b)"
_SCORES = re.compile(_SCORE)
_MATCH_WORD_SET = frozenset(w for w in MATCH_WORDS if "-" not in w)
_HYPHENATED_MATCH_WORDS = tuple(w for w in MATCH_WORDS if "-" in w)
_LETTERS = re.compile(r"[a-z]+")
_MONEY_WORD = re.compile(r"\b(?:" + "|".join(MONEY_WORDS) + r")\b|%", re.I)


@lru_cache(maxsize=4)
def _a_match_report(text: str) -> bool:
    """Whether a text reports a game: it uses words or scores of one (goals, tries, 24-18, ...) at least three
    times and once in every 1,000 characters (a long speech tries to reach its goals without being a match)."""
    # the words of the lower-cased text looked up in a set: a case-insensitive alternation over the whole
    # text cost a millisecond a story ("kick-off" counts for "kick"; "half-time" is counted whole)
    lower, needed = text.lower(), max(3, len(text) // 1000)
    hits = sum(map(_MATCH_WORD_SET.__contains__, _LETTERS.findall(lower)))
    hits += sum(lower.count(word) for word in _HYPHENATED_MATCH_WORDS)
    return hits >= needed or hits + len(_SCORES.findall(text)) >= needed


def _quarter_year(ctx: Context, first_month: int, start: int, end: int) -> int:
    """The year of a quarter or half written without one: the dct's, or last year's for a past one still ahead."""
    year = ctx.dct.year
    if first_month > ctx.dct.month:
        tense = ctx.tense(start, end)
        if tense == "past":
            year -= 1  # "profits fell in Q4", said in January: last year's
        elif first_month - ctx.dct.month > 6 and tense not in ("future", "planned"):
            # the results season: "the weak fourth quarter", told in January to March, is the one just
            # over, not one more than half a year ahead (unless told in the future tense)
            year -= 1
    return year


# "of" after a quarter or half names what it divides; only a year's are dates ("the second half of the year",
# "the first quarter of '90"); "of the season", "of the film", "of the draw", "of the century" are not
# ("a loss for the third quarter of $226 million" is the year's: only "of" before a determiner counts)
_OF_SOMETHING_ELSE = re.compile(r"[\s\xa0]+of[\s\xa0]+(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your)"
                                r"[\s\xa0]+(?!(?:(?:fiscal|calendar|financial|tax|current|same|last|next)[\s\xa0]+)?year\b|"
                                r"fiscal\b|calendar\b|financial\b|['’]?\d)", re.I)


def _divided_before(text: str, unit: str, start: int) -> bool:
    """Whether the text already divided something else into this unit ("the first half of the debate"):
    whether ``pattern.search(text, 0, start)`` finds a division, without scanning the text from its
    start at each call (that grew with the square of a long document's length).

    A search that ends at ``start`` sees the text cut there, so near ``start`` it may match where the
    whole text does not ("... of the ye|ar") or the reverse; a match attempt at a position reads at most
    the six words from there (first, half, of, the, fiscal, year) and the character after them. So: the
    text's first division, when its six words end before ``start``, is found by the cut search too;
    otherwise only an attempt within the last words before ``start`` can succeed, and the cut search
    runs from there."""
    pattern = _HALF_OF_SOMETHING_ELSE if unit == "half" else _QUARTER_OF_SOMETHING_ELSE
    first_read_until = _first_division(text, pattern)
    if first_read_until is not None and first_read_until < start:
        return True
    return pattern.search(text, _words_back(text, start, _WORDS_READ + 2), start) is not None


_WORDS_READ = 6  # the most words a match attempt of the patterns below reads (first half of the fiscal year)
_WORD_RUN = re.compile(r"[^-\s\xa0]+")  # the patterns' words hold none of their separators (a hyphen, a space)
# The last text read and, by pattern, where reading its first division ends (a cache of one text;
# replaced whole, so that a thread reading another text never writes into this text's entries).
_FIRST_DIVISIONS: tuple[str | None, dict] = (None, {})


def _first_division(text: str, pattern: re.Pattern) -> int | None:
    """The index of the last character a match attempt of ``pattern`` at its first match in the whole
    ``text`` may read (the character after the match's sixth word); None: no match."""
    global _FIRST_DIVISIONS
    last = _FIRST_DIVISIONS
    if last[0] is not text:
        last = _FIRST_DIVISIONS = (text, {})
    known = last[1]
    if pattern not in known:
        found = pattern.search(text)
        read_until = None
        if found is not None:
            read_until = len(text)
            for count, word in enumerate(_WORD_RUN.finditer(text, found.start()), start=1):
                if count == _WORDS_READ:
                    read_until = word.end()
                    break
        known[pattern] = read_until
    return known[pattern]


def _words_back(text: str, end: int, words: int) -> int:
    """Where the word ``words`` words before the last one that begins before ``end`` begins (words:
    runs between the patterns' separators; 0: fewer words before it)."""
    window = 256
    while True:
        begin = max(0, end - window)
        # (the window's first run may begin inside a word: the margin of two words covers it)
        starts = [m.start() for m in _WORD_RUN.finditer(text, begin, end)]
        if len(starts) > words or begin == 0:
            return starts[-words - 1] if len(starts) > words else 0
        window *= 4


_HALF_OF_SOMETHING_ELSE, _QUARTER_OF_SOMETHING_ELSE = (
    re.compile(rf"\b(?:first|second|third|fourth|final|last)[-\s\xa0]+{unit}(?={_OF_SOMETHING_ELSE.pattern})", re.I)
    for unit in ("half", "quarter"))


_WORDS_BEFORE_A_QUARTER = frozenset(
    "In The By For During Since Until Through From After Before Of Its Their Our Last Next This Fiscal FY".split())


def quarter_code(match: re.Match[str], text: str) -> Candidate | None:
    """'Q3 2023', 'Q3-2023', "Q3'23", '2023 Q3', 'H1 2024', 'Q4' (the business shorthand)."""
    code, number = match["code"], int(match["n"])
    if code.islower() or code == "H" and number > 2:
        return None
    if match["y1"] and (match["year"] or match["yy"]):
        return None  # "2022 Q3 2023": which year?
    name_before = re.search(r"\b([A-Z][\w-]*)[\s\xa0]+\Z", text[max(0, match.start() - 20):match.start()])
    if not match["y1"] and name_before and name_before.group(1) not in _WORDS_BEFORE_A_QUARTER:
        return None  # "the Audi Q3", "Nokia H2": a model name
    written = match["y1"] or match["year"]
    year = int(written) if written else (two_digit_year(match["yy"]) if match["yy"] else None)
    start, end = match.span()
    first_month = (number - 1) * (3 if code == "Q" else 6) + 1

    def resolve(ctx: Context) -> list[Found]:
        if year is not None:
            chosen = year
        elif ctx.dct is None:
            return [unresolved(start, end, f"XXXX-{code}{number}")]
        else:
            chosen = _quarter_year(ctx, first_month, start, end)
        return [dated(start, end, f"{chosen:04d}-{code}{number}")]
    return Candidate(start, end, "point", resolve, rank=2)


def named_quarter(match: re.Match[str], text: str) -> Candidate | None:
    """'the quarter', 'the latest quarter', 'the year-ago period', 'last quarter'."""
    start, end = match.span()
    determiner = " ".join(match["det"].lower().split())
    unit = match["unit"].lower()
    if unit == "period" and not re.search(r"latest|year-|same|comparable|corresponding|\d", determiner):
        return None
    if _OF_SOMETHING_ELSE.match(text, end):
        return None  # "the same quarter of the draw", "that period of his life"
    if unit == "period" and not match["year"] and _a_match_report(text) \
            and not _MONEY_WORD.search(text, max(0, start - 150), end + 150):
        return None  # "as in the same period against England": a spell of a game
    year_back = bool(re.search(r"year-ago|year-earlier|same|comparable|corresponding|last year", determiner)
                     or match["ya"])  # "last year's quarter": the year-ago one
    written_year = int(match["year"]) if match["year"] else None
    ended = _ENDED_ON.match(text, end) if unit == "quarter" and not year_back else None
    owned = text[end:end + 2] in ("'s", "’s")

    def resolve(ctx: Context) -> list[Found]:
        if ctx.dct is None:
            return [unresolved(start, end, "XXXX-QX")]
        if ended is not None:
            quarter = _quarter_ended(ctx.dct, ended)
            if quarter is not None:
                return [dated(start, end, quarter)]
        reference = ctx.recent_reference(start, 600)
        if determiner.endswith(("this", "current")):
            base = ctx.dct
            if determiner.endswith("this") and reference and reference.granularity in ("quarter", "month", "day") \
                    and 0 < (ctx.dct - reference.begin).days <= 200 \
                    and (reference.begin.year, quarter_of(reference.begin)) != (ctx.dct.year, quarter_of(ctx.dct)) \
                    and (owned or ctx.tense(start, end) == "past"):
                # "This quarter's loss includes ..." after the results of the quarter ended Sept. 30, told in
                # October: the quarter just reported, not the one the dct is in
                base = reference.begin
        elif re.search(r"latest|most recent", determiner):
            base = last_quarter_before(ctx.dct)  # the last one reported, whatever was mentioned before
        elif reference and reference.granularity == "quarter" and not (year_back and reference.begin > ctx.dct):
            # (a forecast quarter is no base for a year-ago comparison: those compare reported results)
            base = reference.begin
            if year_back and reference.begin.year == ctx.dct.year - 1:
                base = date(base.year + 1, base.month, 1)
        elif determiner.endswith("next"):
            base = date(ctx.dct.year + (ctx.dct.month > 9), (ctx.dct.month + 2) % 12 + 1, 1)
        else:
            base = last_quarter_before(ctx.dct)
        year = base.year - 1 if year_back else base.year
        if written_year is not None:
            year = written_year
        return [dated(start, end, f"{year:04d}-Q{quarter_of(base)}", anchor=not year_back)]
    return Candidate(start, end, "point", resolve, rank=3)


# "the quarter ended Sept. 30", "the quarter ending July 31, 1989": a (fiscal) quarter named by its last day
_ENDED_ON = re.compile(rf"{S}(?:that{S}|which{S})?(?:ended|ending|ends){S}(?P<month>{MONTH}){OPT_S}(?P<day>{DAY})\b"
                       rf"(?:,{S}(?P<year>{YEAR4})\b)?", re.I)


def _quarter_ended(dct: date, ended: re.Match[str]) -> str | None:
    """The calendar quarter holding most of a quarter that ends on the day ``ended`` names: its middle falls 45 days
    before the end ("ended July 31" spans May to July: the second quarter; "ended Sept. 29" the third)."""
    month, day = month_number(ended["month"]), int(re.match(r"\d+", ended["day"]).group())
    year = int(ended["year"]) if ended["year"] else dct.year
    if month is None or not valid_day(year, month, day):
        return None
    last = date(year, month, day)
    if not ended["year"] and (last - dct).days > 92 and valid_day(year - 1, month, day):
        last = date(year - 1, month, day)  # told in February, "the quarter ended Dec. 31" is last year's
    middle = date.fromordinal(max(1, last.toordinal() - 45))
    return f"{middle.year:04d}-Q{quarter_of(middle)}"


def year_ago_adjective(match: re.Match[str], text: str) -> Candidate:
    """'year-earlier', 'year-ago': the same period a year before."""
    start, end = match.span()

    def resolve(ctx: Context) -> list[Found]:
        if ctx.dct is None:
            return [unresolved(start, end, "XXXX")]
        reference = ctx.recent_reference(start, 600)
        if reference and reference.granularity == "quarter" and reference.begin <= ctx.dct:
            # a quarter already a year back ("the 1988 period") is the year-ago one itself
            year = reference.begin.year - (reference.begin.year >= ctx.dct.year)
            return [dated(start, end, f"{year:04d}-Q{quarter_of(reference.begin)}", anchor=False)]
        return [dated(start, end, f"{ctx.dct.year - 1:04d}", anchor=False)]
    return Candidate(start, end, "point", resolve, rank=5)
