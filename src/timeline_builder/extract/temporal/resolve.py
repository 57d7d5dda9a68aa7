"""Turning parsed pieces into TIMEX3 values against the document's dct and last mentioned date."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .calendar import add_days, add_months, in_calendar, iso_week, part_of, quarter_of, valid_day, value_interval
from .context import Context, a_mishap_after


@dataclass(slots=True)
class Found:
    """One resolved expression, before it becomes a records.Timex."""

    start: int
    end: int
    type: str
    value: str
    mod: str | None = None
    begin: date | None = None
    end_date: date | None = None
    granularity: str | None = None
    anchor: bool = False  # an explicit date later anaphora may refer to
    unresolved: bool = False
    exact: date | None = None  # the exact day an "N units ago" lands on, for open intervals


def dated(start: int, end: int, value: str, *, type: str = "DATE", mod: str | None = None,
          narrow: bool = False, anchor: bool = True) -> Found:
    """A DATE/TIME whose interval follows from its value; ``narrow`` cuts it to the mod's part."""
    begin, end_date, granularity = value_interval(value)
    if narrow and begin is not None and end_date is not None:
        begin, end_date = part_of(begin, end_date, mod)
    return Found(start, end, type, value, mod, begin, end_date, granularity, anchor=anchor)


def unresolved(start: int, end: int, value: str, *, type: str = "DATE", mod: str | None = None) -> Found:
    """A relative expression with no dct to resolve it against: its value keeps X's."""
    return Found(start, end, type, value, mod, unresolved=True)


def at_clock(start: int, end: int, day: date | None, hour: int, minute: int = 0) -> Found:
    """A clock time (TIME) at hour:minute of ``day``; of a day left unknown (XXXX-XX-XX) where ``day`` is None."""
    clock = f"T{hour:02d}:{minute:02d}"
    if day is None:
        return unresolved(start, end, f"XXXX-XX-XX{clock}", type="TIME")
    return dated(start, end, f"{day.isoformat()}{clock}", type="TIME")


_SINCE_BEFORE = re.compile(r"\b(?:ever[\s\xa0]+)?since[\s\xa0]+\Z", re.I)
# "since the May 4 vote", "since shortly after the Oct. 23 fire": the date of something already over
_SINCE_AN_EVENT_BEFORE = re.compile(
    r"\b(?:ever[\s\xa0]+)?since[\s\xa0]+(?:(?:shortly|soon|just|right|immediately|well|long)[\s\xa0]+)?"
    r"(?:(?:after|before)[\s\xa0]+)?(?:the|its|his|her|their|our|last)[\s\xa0]+\Z", re.I)
# "since the election, November 8th", "ever since the vote on 4 May", "since the attack of 12 October": the day of
# a thing named after "since" (a determiner and up to three words, none a verb form that would open a clause of
# its own: "since the plant is to close on 5 June" is not one) is already over too
_SINCE_A_THING_OF_A_DAY_BEFORE = re.compile(
    r"\b(?:ever[\s\xa0]+)?since[\s\xa0]+(?:the|its|his|her|their|our|my|your|this|that)"
    r"(?:[\s\xa0]+(?!(?:is|are|was|were|will|would|shall|should|can|could|may|might|must|has|have|had|be|been|to|do"
    r"|does|did|said|says|and|or|but|because|when|if|as|which|who|that)\b)[A-Za-z][\w'’-]*(?<!ed)){1,3}"
    r"(?:[\s\xa0]*,|[\s\xa0]+(?:on|of|in))[\s\xa0]+(?:(?:last|the)[\s\xa0]+)?\Z", re.I)
_HAD_BEFORE = re.compile(r"\bhad\b|\bhad?n['’]t\b", re.I)


def open_to_dct(found: Found, ctx: Context) -> Found:
    """'since 2014': the time from 2014 up to the dct (TimeML keeps '2014' as the timex and its value).

    Not after a past perfect ("had lived there since 1990" ends at a past moment, unknown here)."""
    if found.type != "DATE" or found.begin is None or found.value.endswith("_REF") or ctx.dct is None \
            or found.begin > ctx.dct:
        return found
    if not _SINCE_BEFORE.search(ctx.text, max(0, found.start - 16), found.start):
        return found
    sentence_start = ctx.sentence(found.start, found.end)[0]
    if _HAD_BEFORE.search(ctx.text, sentence_start, found.start):
        return found
    found.end_date = ctx.dct
    return found


def format_value(day: date, granularity: str) -> str:
    """The TIMEX3 value naming the ``granularity``-sized period that contains ``day``."""
    if granularity == "day":
        return day.isoformat()
    if granularity == "week":
        return iso_week(day)
    if granularity == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if granularity == "quarter":
        return f"{day.year:04d}-Q{quarter_of(day)}"
    if granularity == "half":
        return f"{day.year:04d}-H{1 if day.month <= 6 else 2}"
    if granularity == "decade":
        return f"{day.year // 10:03d}"
    if granularity == "century":
        return f"{(day.year - 1) // 100:02d}"
    if granularity == "season":
        code = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(day.month, "FA")
        year = day.year - 1 if day.month in (1, 2) else day.year
        return f"{year:04d}-{code}"
    return f"{day.year:04d}"


_FUTURE_JUST_BEFORE = re.compile(
    r"\b(?:as[\s\xa0]+(?:soon|early)[\s\xa0]+as|(?:set|scheduled|due|ready|going|to)[\s\xa0]+to[\s\xa0]+\w+"
    r"(?:[\s\xa0]+\w+)?|to[\s\xa0]+(?:close|open|resume|begin|start|leave|meet|vote|return|arrive)"
    r"|(?:set|scheduled|planned|slated|due|expected)[\s\xa0]+(?:for|on)"
    r"|until|no[\s\xa0]+later[\s\xa0]+than)(?:[\s\xa0]+on)?[\s\xa0]+\Z", re.I)

# "had been scheduled to", "had planned to": a plan made before a moment already past
_PAST_PERFECT_JUST_BEFORE = re.compile(
    r"\bhad[\s\xa0]+(?:\w+[\s\xa0]+)?(?:been|planned|hoped|intended|wanted|expected)[\s\xa0]+\Z", re.I)

_DEADLINE_JUST_BEFORE = re.compile(
    r"\b(?:by|payable|effective|record|extended[\s\xa0]+to|expires?|expiring|deadline[\s\xa0]+of|through)"
    r"(?:[\s\xa0]+on)?[\s\xa0]+\Z", re.I)

UNIT_GRANULARITY = {"D": "day", "W": "week", "WE": "week", "M": "month", "Q": "quarter", "H": "half",
                    "Y": "year", "DE": "year", "CE": "year", "ML": "year"}


_A_CLAUSE_OPENS_BEFORE = re.compile(r"(?:\A|[.!?;:,(\n\u2014\u2013]|--)[\s\xa0\"'“‘]*\Z")


def after_since(text: str, start: int) -> bool:
    """Whether the date at ``start`` is the time "since" counts from, or the day of a thing named after "since"
    ("since March", "since the May 4 vote", "since the election, November 8th"): a day already over.

    A "since" opening a clause may be the causal one ("Since the plant closes on 5 December, ..."): there the
    word before the day must not be a verb of the present tense in -s."""
    if _SINCE_BEFORE.search(text, max(0, start - 16), start) \
            or _SINCE_AN_EVENT_BEFORE.search(text, max(0, start - 50), start):
        return True
    thing = _SINCE_A_THING_OF_A_DAY_BEFORE.search(text, max(0, start - 60), start)
    if thing is None:
        return False
    if _A_CLAUSE_OPENS_BEFORE.search(text, max(0, thing.start() - 4), thing.start()):
        words = [w.lower() for w in re.findall(r"[A-Za-z][\w'’-]*", text[thing.start():start])]
        while words[-1] in ("on", "of", "in", "last", "the"):
            words.pop()
        return not (words[-1].endswith("s") and not words[-1].endswith("ss"))
    return True


def choose_year(ctx: Context, month: int, day: int | None, start: int, end: int) -> int | None:
    """The year of a date written without one: the dct's, moved by the sentence's tense or a deadline word."""
    if ctx.dct is None:
        return None
    dct = ctx.dct
    if after_since(ctx.text, start):
        # "on patrol since March", "since shortly after the Oct. 23 fire": the last such day up to the dct,
        # whatever tense follows
        year = dct.year if (month, day or 1) <= (dct.month, dct.day) else dct.year - 1
        return year if in_calendar(year) else dct.year
    tense = ctx.tense(start, end)
    if tense == "planned":
        tense = "ahead"  # "the vote was scheduled for January": the nearest January, leaning forward
    # "the October slaying": a mishap named by its date has happened, whatever the tense
    governed = a_mishap_after(ctx.text, end)
    if governed:
        tense = "past"
    window = max(0, start - 50)
    deadline = (_DEADLINE_JUST_BEFORE.search(ctx.text, window, start)
                or _FUTURE_JUST_BEFORE.search(ctx.text, window, start))
    if deadline and re.match(r"set[\s\xa0]+on\b", deadline.group(), re.I):
        deadline = None  # "its record high set on Aug. 6": set in the past
    if deadline and tense != "future" \
            and not _PAST_PERFECT_JUST_BEFORE.search(ctx.text, max(0, deadline.start() - 25), deadline.start()):
        # "extended to Nov. 16", "payable Dec. 7", "by Jan. 14": a date ahead of the (past) telling, most
        # often still ahead of the dct, but not always: the nearest, leaning forward
        tense = "ahead"
    if tense == "future":
        # what the future tense promises has not happened yet: the next such date
        ahead = dct.year if (month, day or 31) >= (dct.month, dct.day) else dct.year + 1
        return ahead if in_calendar(ahead) else dct.year
    year = _nearest_year(dct, month, day, tense, governed)
    if not governed and tense != "ahead" and date(year, month, day or 1) > dct \
            and ctx.past_verb_governs(start, end):
        # "In March the firm planned to expand", "we met in March": the past verb the date belongs to (asked only
        # when the date would lie ahead, as the question costs a sentence's reading)
        year = _nearest_year(dct, month, day, "past", True)
    return year


def _nearest_year(dct: date, month: int, day: int | None, tense: str | None, governed: bool) -> int:
    """The year of the occurrence nearest the dct; a past tense decides between two about equally near."""
    best_year, best_distance = dct.year, None
    for year in (y for y in (dct.year - 1, dct.year, dct.year + 1) if in_calendar(y)):
        candidate = date(year, month, min(day or 15, 28))
        distance = abs((candidate - dct).days)
        if tense == "ahead" and candidate < dct:
            distance += 90
        elif tense == "past" and candidate > dct:
            # what the past tense tells has happened: after the dct only as a last resort, and never when the
            # past verb governs the date ("the plant closed on March 3")
            # (a month is after the dct only when it begins after it: "In June the treaty was signed", told on June 1)
            distance += 400 if governed and date(year, month, day or 1) > dct else 300
        if best_distance is None or distance < best_distance:
            best_year, best_distance = year, distance
    return best_year


def _until_in_a_past_perfect(ctx: Context, plan: re.Match[str], start: int, end: int) -> bool:
    """'Until Thursday, they had not called him a suspect': a limit already reached, in the past."""
    if not plan.group().lower().startswith("until"):
        return False
    sentence_start, sentence_end = ctx.sentence(start, end)
    return _HAD_BEFORE.search(ctx.text, sentence_start, sentence_end) is not None


def weekday_date(ctx: Context, weekday: int, start: int, end: int, relation: str | None = None) -> date | None:
    """The day a weekday name refers to: the past one in news prose unless the tense says future.

    ``relation`` is 'last', 'next' or 'this' when the text says so.
    """
    if ctx.dct is None:
        return None
    dct = ctx.dct
    back = (dct.weekday() - weekday) % 7
    forward = (weekday - dct.weekday()) % 7
    if relation == "last":
        return add_days(dct, -(back or 7))
    if relation == "next":
        return add_days(dct, forward or 7)
    if relation == "this":
        return add_days(dct, weekday - dct.weekday())
    plan = _FUTURE_JUST_BEFORE.search(ctx.text, max(0, start - 50), start)
    if plan and (_PAST_PERFECT_JUST_BEFORE.search(ctx.text, max(0, plan.start() - 25), plan.start())
                 or _until_in_a_past_perfect(ctx, plan, start, end)):
        tense = "past"  # "had been scheduled to expire Friday": a plan already overtaken
    else:
        tense = "future" if plan else ctx.tense(start, end)
        if tense == "planned":
            tense = "future"  # "protesters were planning a march on Saturday": the coming one
    if tense in ("present", None) and back != 0 and _SCHEDULE_JUST_BEFORE.search(ctx.text, max(0, start - 40), start):
        tense = "future"  # "the two leaders meet Monday", "the trial opens on Tuesday": a timetable, ahead
    if tense == "future" or (tense in ("present", None) and forward <= 1 and back != 0):
        return add_days(dct, forward)
    return add_days(dct, -back)


# a verb of a timetable in the plain present, right before a weekday (an adverb and "on" may stand between); not
# after a determiner, where the word is a noun ("its opens", "the votes"), nor after "did"/"to", which the tense
# rules read
_TIMETABLE_VERB = (
    r"(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )(?<!\bdid )(?<!\bto )"
    r"\b(?:meets?|begins?|starts?|opens?|resumes?|reconvenes?|convenes?|arrives?|leaves?|travels?|visits?|flies|fly"
    r"|returns?|votes?|sails?|kicks?[\s\xa0]+off|takes?[\s\xa0]+office|goes[\s\xa0]+on[\s\xa0]+trial|ends?)"
    r"(?:[\s\xa0]+(?:[a-z]+ly|again|together|here|there|home|abroad))?")
_SCHEDULE_JUST_BEFORE = re.compile(_TIMETABLE_VERB + r"(?:[\s\xa0]+on)?[\s\xa0]+\Z")
# the same verb before "after"/"before"/"until" and a day: "the talks resume after 11 September" (a timetable, ahead)
_SCHEDULE_BEFORE_A_LIMIT = re.compile(_TIMETABLE_VERB + r"[\s\xa0]+(?:after|before|until|till|by)[\s\xa0]+\Z", re.I)


def a_timetable_before(text: str, start: int) -> bool:
    """Whether a timetable verb in the plain present comes right before the preposition of a day ("the talks
    resume after 11 September", "the court reconvenes before 4 May"): an arrangement, ahead of the telling."""
    return _SCHEDULE_BEFORE_A_LIMIT.search(text, max(0, start - 50), start) is not None


def month_of(year: int, month: int) -> str:
    """'1997-07'."""
    return f"{year:04d}-{month:02d}"


def day_value(year: int, month: int, day: int) -> str | None:
    """'1997-07-04', or None for an impossible day."""
    return f"{year:04d}-{month:02d}-{day:02d}" if valid_day(year, month, day) else None


def last_quarter_before(day: date) -> date:
    """A day in the quarter before ``day``'s: the latest reported quarter in business news."""
    return add_months(day, -3)
