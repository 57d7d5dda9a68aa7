"""Dated clauses that say no event happened: hopes, predictions, conditionals, generic
statements, comparisons, negations and questions (cues: ``knowledge/nonevents``).

Two questions are asked of a text event's clause before it is described:

* is its date an event's date at all? Not when the date is what something is compared with
  ("a crisis akin to the 1980s", "the worst crisis since 1962");
* is it a question? Then its verbs assert nothing ("Will Russia invade in 2026?") and only an
  event it names by a noun can be its event;
* which of its event words are asserted? Not those a hope, a prediction, a conditional or a
  generic statement governs ("if Russia attacked", "whenever the leaders met", "will still be
  serving"), nor a negated one ("did not sign"), nor an aspect verb that says a stretch of time
  began or ended ("the firm ended the year higher"); they are left out of the trigger search, so
  the clause is described by what it does assert, or is no event;
* is its date a calendar date? Not an ordinal century counted from a history's own start ("our
  third century" is no year 201).
"""
from __future__ import annotations

import bisect
import re

from ...knowledge.nonevents import NonEventCues
from ..casefold import CaseBlind, case_blind, fold
from ..tokens import TokenArray

# Where a cue's reach ends: the end of its comma-part or a coordinated new clause.
# A relative or time clause inside it asserts on its own ("would have left the club, which they
# rejected when ...": the rejection happened), but not "as when" ("will look back on today as when
# the new era began" predicts the beginning too).
# A comma before a year is inside a date ("beginning January 1, 1962 to ...") and ends nothing.
_PART_END = re.compile(r",(?!\s\d{4}(?!\d))|[;:–—()]|(?<!\sas)\s(?:but|and then|while|whereas|which|who|when|because|after|before)\s")
_WHEN_AFTER = re.compile(r"\s*,?\s*(?:when|as)\s")
# "better today than at any time since", "higher now than a year ago": a comparative before the
# date and "than" after it compare two states; the date dates neither.
_COMPARATIVE_BEFORE = re.compile(r"(?i)(?<![\w-])(?:\w+er|more\s+\w+|less\s+\w+|worse)\s+(?:even\s+|still\s+)?$")
_THAN_AFTER = re.compile(r"\s+than\s")
# "a hundred years from now, our children will say ...", "fifty years hence": a span of a decade
# or more counted from the speaker's day is a prediction or a hope, not a scheduled event.
_FAR_FROM_NOW = re.compile(r"(?i)(?:\d{2,}|(?:a|one|two|three|several|a\s+few)\s+hundred|ten|twenty|thirty|forty|fifty|"
                           r"sixty|seventy|eighty|ninety|a\s+thousand)(?:[\s-]\w+)?\s+years\s+(?:from\s+now|hence)$")
# "the budget for fiscal 1970", "the fiscal year ending June 30", "growth in the year to March":
# an accounting year is what a budget or a figure covers, not when anything happened.
_ACCOUNTING = (r"(?:(?:fiscal(?:\s+years?)?|(?:financial|tax|budget)\s+years?)(?:\s+(?:ending|ended|to|of|beginning))?|"
               r"\byears?\s+(?:ending|ended|to))\s+(?:the\s+)?")
_ACCOUNTING_BEFORE = re.compile(r"(?i)" + _ACCOUNTING + "$")  # the words right before the date
_ACCOUNTING_DATE = re.compile(r"(?i)" + _ACCOUNTING + r"(?=\d)")  # the date's own words: "fiscal 1970"
# Searched before every date: on the lower-cased text, and only where "fiscal" or "year" is (``CaseBlind``).
_ACCOUNTING_BEFORE_BLIND = CaseBlind(_ACCOUNTING_BEFORE)
# "people over 18 years of age", "a man 40 years old": a length of life, not a time ago.
_AGE_AFTER = re.compile(r"(?i)\s+(?:of\s+age|old)(?![\w-])")
_BEFORE = 48  # characters before a date searched for a comparison cue
# "the busiest Christmas ever", "pre-Christmas sales", "a quiet Easter": a feast named as a shopping
# or holiday season after a superlative, an adjective or "pre-"/"post-" is the season talked about,
# not the day anything happened ("on Christmas Day the rebels attacked" keeps its date).
_FEAST = re.compile(r"(?i)(?:christmas|easter|new\s+year|thanksgiving|halloween|hogmanay|ramadan|eid|diwali|"
                    r"hanukkah|passover|boxing\s+day)(?:'s|’s)?$")
_SEASON_BEFORE = re.compile(r"(?i)(?:(?<![\w-])(?:pre|post)-|(?<![\w-])(?:\w+est|best|worst|most|least|quiet|busy|"
                            r"white|green|bumper|record|good|bad|poor|strong|weak|merry|happy|traditional|family)"
                            r"\s+)$")
# An ordinal century of the first millennium: counted from some history's start where a possessive
# comes before it ("our third century"); the calendar's centuries since then are the 11th, 21st, ...
_EARLY_CENTURY = re.compile(r"(?i)(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                            r"[1-9](?:st|nd|rd|th))\s+century")

# "the 2000 Olympic silver medallist", "a former 1998 world champion", "Spain's 2010 cup winner": a
# bare year after a determiner and before a title noun (knowledge/nonevents, scope ``title``) says when
# the title was won; it dates neither the holder's later acts nor the title's contest as one event.
_BARE_YEAR = re.compile(r"(?i)((?:the|a)\s+)?\d{4}")  # the temporal stage may take the article in
_TITLE_DETERMINER = re.compile(r"(?i)(?<![\w-])(?:the|a|an|former|reigning|defending|\w+[’']s)\s+$")


def undated_reason(cues: NonEventCues, text: str, timex: tuple[int, int],
                   sentence: tuple[int, int]) -> str | None:
    """Why the date at ``timex`` dates no event ("comparison", "history", "age"), else None. A
    relative clause after the date says what happened then ("akin to 1962, when the two powers
    ..."): that is dated."""
    if _AGE_AFTER.match(text, timex[1]):
        return "age"
    if _FAR_FROM_NOW.search(text, timex[0], timex[1]):
        return "prediction"
    if (_ACCOUNTING_BEFORE_BLIND.search(text, max(sentence[0], timex[0] - 30), timex[0])
            or _ACCOUNTING_DATE.match(text, timex[0], timex[1])):
        return "accounting year"
    if _THAN_AFTER.match(text, timex[1]) and _COMPARATIVE_BEFORE.search(text, max(sentence[0], timex[0] - 30),
                                                                       timex[0]):
        return "comparison"
    if (cues.century is not None and _EARLY_CENTURY.fullmatch(text, timex[0], timex[1])
            and cues.century.search(text[max(sentence[0], timex[0] - 40):timex[0]])):
        return "history"
    if _FEAST.match(text, timex[0], timex[1]) and _SEASON_BEFORE.search(text, max(sentence[0], timex[0] - 20),
                                                                        timex[0]):
        return "season"
    year = _BARE_YEAR.fullmatch(text, timex[0], timex[1]) if cues.title is not None else None
    if (year is not None and (year.group(1) or _TITLE_DETERMINER.search(text, max(sentence[0], timex[0] - 30), timex[0]))
            and cues.title.match(text, timex[1])):
        return "title"
    if cues.award is not None and cues.award.search(text, max(sentence[0], timex[0] - 40), timex[0]):
        return "award"  # "voted athlete of 2004": the year the award is for
    if (cues.due_after is not None and cues.due_after.match(text, timex[1])) or (
            cues.due_before is not None and cues.due_before.search(text, max(sentence[0], timex[0] - 30), timex[0])):
        return "deadline"  # "past the Nov. 1 deadline set in that agreement": a day set for what is to come
    if (cues.maturity is not None and _HAS_YEAR.search(text, timex[0], timex[1])
            and cues.maturity.search(text, max(sentence[0], timex[0] - 24), timex[0])):
        return "deadline"  # "convertible debentures due Oct. 15, 2031": the day a bond runs out
    if (_STRETCH_TO_NOW.fullmatch(text, timex[0], timex[1]) and not _OF_AFTER.match(text, timex[1])
            and not _counted_acts_before(text, timex, sentence)):
        return "stretch"  # "changes made over the past two years": a stretch up to now holds a trend or a series
    if cues.report is not None and (_quarter_of_figures(cues.report, text, timex, sentence)
                                    or _year_of_figures(cues, text, timex, sentence)):
        return "accounting period"
    if _WHEN_AFTER.match(text, timex[1]):
        return None
    before = text[max(sentence[0], timex[0] - _BEFORE):timex[0]]
    if cues.date is not None and case_blind(cues.date).search(before):  # on the lower-cased text: faster
        return "comparison"
    if cues.since is not None:
        before = text[max(sentence[0], timex[0] - 80):timex[0]]
        folded = fold(before)
        # every match ends in "since" ("the worst since"): most dates have none before them
        if (folded is None or "since" in folded) and cues.since.search(before):
            return "comparison"
    return None


# "since" (or "ever since", "in the years since") right before a date: the date opens a stretch of time.
_SINCE_DATE = re.compile(r"(?i)(?<![\w-])since\s+(?:(?:the|early|late|mid)\s+)?$")


def opens_a_stretch(cues: NonEventCues, text: str, timex: tuple[int, int], sentence: tuple[int, int],
                    trigger: tuple[int, int] | None = None) -> bool:
    """Whether the timex is the start of a stretch of time ("since 1993", "since December 2001") that dates
    no event of its clause: what the clause tells went on over the stretch ("has nearly doubled since 1955",
    "has been committed since 1981 to", "held without trial since December 2001 was freed", "has been arrested
    in several states since 1990"), a trend, a series or a commitment. An event word naming a lasting state
    (``cues.stretch``: "has occupied the island since 1964", "has been detained since March") is the stretch
    itself, begun at the date, and is left; so is a "when" or "as" clause right after the date, which tells
    what happened then ("since 1999, when the peers lost their seats")."""
    if (trigger is not None and cues.stretch is not None
            and cues.stretch.fullmatch(text, trigger[0], trigger[1]) is not None):
        return False
    since = _SINCE_DATE.search(text, max(sentence[0], timex[0] - 16), timex[0])
    if since is not None and trigger is not None and cues.stretch is not None and trigger[1] <= since.start():
        # "negotiations have been underway since November": a word between says the event word goes on
        if any(cues.classes.get(_form(m)) == "ongoing"
               for m in cues.stretch.finditer(text, trigger[1], since.start())):
            return False
    return (since is not None and _WHEN_AFTER.match(text, timex[1]) is None
            and _EVERY_BEFORE.search(text, max(sentence[0], since.start() - 48), since.start()) is None)


# "Every president since 1992 has sought to", "each government since 1997": each holder's act is one of a
# real run of events the text dates from the date on (as ``_dated_series``), not a habit nor a trend.
_EVERY_BEFORE = re.compile(r"(?i)(?<![\w-])(?:every|each)\s+(?:[\w.’'-]+\s+){0,3}$")


# "the past four years", "the last decade", "this past year": a stretch reaching up to the day of telling. What
# happened in it is a trend or a series ("prices doubled during the last decade", "hundreds were captured in
# the last year", "the attack and four others in the past four years"), not one event it dates: the stretch's
# first day is no day of any of them. Not "last year" (a calendar year) nor "the last year of the war"; nor a
# stretch of months, short enough that what was seen in it is its news ("a shift observed in the last six months").
_STRETCH_TO_NOW = re.compile(r"(?i)(?:the|this)\s+(?:past|last|previous|preceding)\s+(?:(?:[\w-]+|couple\s+of)\s+)?"
                             r"(?:years|decades|centuries|year|decade|century)")
_OF_AFTER = re.compile(r"\s+of\s")
# A verb and a count of what it did, in the stretch's own clause part before it ("China signed three arms deals with
# Iran in the past two years"): the acts counted are the event the stretch dates, as an interval up to now.
_COUNTED_ACTS = re.compile(r"(?<![\w-])(?!(?:and|or|but|of|the|between|with|to|in|on|for|than|from|by|at|all|"
                           r"these|those|its|their|his|her)\s)[a-z]+\s+(?:(?:nearly|about|some|more\s+than|at\s+least|"
                           r"over|almost)\s+)?(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                           r"dozens|hundreds|thousands|millions|numerous|several)\s")


def _counted_acts_before(text: str, timex: tuple[int, int], sentence: tuple[int, int]) -> bool:
    lo = max(sentence[0], timex[0] - 100)
    part = max((text.rfind(mark, lo, timex[0]) for mark in ",;:"), default=-1)
    return _COUNTED_ACTS.search(text, max(lo, part + 1), timex[0]) is not None
_HAS_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")

# A quarter: the timex's own words ("the third quarter", "third-quarter") or a month the words after it make
# one ("October" in "the October-to-December quarter", "July" in "the July-September quarter").
_QUARTER = re.compile(r"(?i)(?<!\w)quarter(?!\w)")  # "third-quarter" too
_MONTH_TO_QUARTER = re.compile(r"(?:\s*[-–]\s*(?:to\s*[-–]?\s*)?[A-Z][a-z]+\.?)?[\s-]+quarter(?![\w-])")
_MONTH_BEFORE = re.compile(r"(?<![\w-])[A-Z][a-z]+\.?\s*[-–]\s*(?:to\s*[-–]?\s*)?$")  # "October-to-" before "December"
_FOR_BEFORE = re.compile(r"(?i)(?<![\w-])for\s+(?:the\s+|its\s+|their\s+|this\s+|that\s+)?$")


def covers_figures(cues: NonEventCues, text: str, timex: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether the timex is a quarter or a year that reported figures cover ("said net income for the third
    quarter fell", "said growth for 2004 was 1.6%"): it dates neither the figures' report nor the saying."""
    return cues.report is not None and (_quarter_of_figures(cues.report, text, timex, sentence)
                                        or _year_of_figures(cues, text, timex, sentence))


# A year's own words: "2004", "the whole of 2004", "December 2004" (one number, the year, at the end).
_YEAR_WORDS = re.compile(r"[^\d]*(?<!\d)\d{4}")


def _year_of_figures(cues: NonEventCues, text: str, timex: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether the timex is a year that reported figures cover: "said growth for 2004 was 1.6%", "profits for
    the whole of 2004 rose" (a noun of figures, "for", the year), "hopes 2005 sales will benefit from" (the
    noun right after the year: the year's figures); not "growth in 2004", "sales rose in 2004", "the 2004
    report" (a report is a document: its year is when it came out) nor "the 1998 election results" (a
    word between the year and the noun may name the event the figures are of)."""
    if cues.report_for is None or _YEAR_WORDS.fullmatch(text, timex[0], timex[1]) is None:
        return False
    if cues.report_for.search(text, max(sentence[0], timex[0] - 48), timex[0]) is not None:
        return True
    noun = cues.report.match(text, timex[1]) if cues.report is not None else None
    return (noun is not None and len(noun.group(0).split()) == 1
            and noun.group(0).strip().lower() not in _DOCUMENTS)


# Nouns of figures that also name a document: a year right before one is the document's ("the 2004 report").
_DOCUMENTS = frozenset({"report", "reports"})


def _quarter_of_figures(report: re.Pattern, text: str, timex: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether the timex is a quarter that reported figures cover: "a loss for the third quarter", "third-quarter
    earnings", "results for the October-to-December quarter" (not "in the third quarter the firm sold a stake")."""
    start, end = timex
    if not _QUARTER.search(text, timex[0], timex[1]):
        months = _MONTH_TO_QUARTER.match(text, timex[1])
        if months is None:
            return False
        end = months.end()
        first = _MONTH_BEFORE.search(text, max(sentence[0], start - 16), start)
        start = first.start() if first is not None else start
    return bool(_FOR_BEFORE.search(text, max(sentence[0], start - 12), start) or report.match(text, end))


def is_question(cues: NonEventCues, text: str, sentence: tuple[int, int]) -> bool:
    """Whether the sentence asks rather than asserts: its verbs are no events, only the events
    it names by a noun ("Did the 2012 summit fail?" presupposes the summit)."""
    tail = text[sentence[0]:sentence[1]].rstrip(" \"”’')\n")
    return any(tail.endswith(end) for end in cues.sentence_ends)


# "expected 150,000 shoppers to have visited by Saturday", "expects the firm to have sold ...": a
# perfect infinitive after "expect" forecasts a state reached by some time, not an event that happened.
_EXPECTED_STATE = re.compile(r"(?<![\w-])expect(?:s|ed|ing)?\s+(?:[\w,.’'-]+\s+){0,4}?to\s+have\s+(?!been\s+told)",
                             re.IGNORECASE)


def unasserted_spans(cues: NonEventCues, text: str, part: tuple[int, int],
                     timex: tuple[int, int] | None) -> list[tuple[int, int]]:
    """The stretches of ``part`` that a hope, a prediction, a conditional or a generic cue governs:
    from the cue to the end of its comma-part. A hope whose stretch holds the clause's date is a
    hoped-for event the text places in time, and stays. Also a negator with the word it governs,
    an aspect verb whose subject or object is a stretch of time ("began the year"), and a trigger
    verb whose object makes it no event ("meet the needs of", "attack poverty", "create jobs"), and
    a habit: an adverb of frequency with the verb before or after it ("has said repeatedly",
    "doubles its output annually"): a habit or a series, not one happening."""
    spans = []
    for pattern, firsts in ((cues.negated, cues.negated_firsts), (cues.used, cues.used_firsts)):
        if pattern is not None and _may_start_in(text, part, firsts, contracted=pattern is cues.negated):
            spans += [(m.start(), m.end()) for m in pattern.finditer(text, part[0], part[1])]
    if cues.period is not None:  # on the lower-cased text: the same matches, 2.5x faster (not so the two above)
        spans += [(m.start(), m.end()) for m in case_blind(cues.period).finditer(text, part[0], part[1])]
    for m in case_blind(_EXPECTED_STATE).finditer(text, part[0], part[1]):  # on the lower-cased text: faster
        stop = _PART_END.search(text, m.end(), part[1])
        spans.append((m.start(), stop.start() if stop else part[1]))
    if cues.habit is not None and _may_start_in(text, part, cues.habit_firsts, contracted=False):
        for m in case_blind(cues.habit).finditer(text, part[0], part[1]):  # on the lower-cased text: faster
            before = _WORDS_BEFORE.search(text, max(part[0], m.start() - 60), m.start())
            stop = _PART_END.search(text, m.end(), part[1])
            if stop is not None and stop.start() == m.end() and stop.group(0) == ",":
                stop = _PART_END.search(text, stop.end(), part[1])  # "Over and over, the minister said"
            spans.append((before.start() if before else m.start(), stop.start() if stop else part[1]))
    if cues.listed is not None and _may_start_in(text, (max(0, part[0] - _LIST_REACH - 3), part[1]), cues.listed_firsts,
                                                 contracted=False):  # (the noun may stand before the part)
        spans += _listed_demands(cues.listed, text, part)
    if cues.work is not None and _may_start_in(text, part, cues.work_firsts, contracted=False):
        spans += _work_words(cues.work, text, part)
    if cues.name_end is not None and _may_start_in(text, part, cues.name_firsts, contracted=False):
        spans += _name_words(cues.name_end, text, part)
    if cues.reaction is not None and timex is not None and _may_start_in(text, part, cues.reaction_firsts,
                                                                         contracted=False):
        spans += _reacted_to(cues.reaction, text, part, timex)
    if cues.saying is not None and timex is not None:
        spans += _said_then(cues.saying, text, part, timex)
    if timex is not None:
        spans += _earlier_conjunct(text, part, timex) + _later_dated_conjunct(text, part, timex)
    for pattern, keep_dated in ((cues.complement, True), (cues.hypothetical, False)):
        if pattern is None:
            continue
        for m in case_blind(pattern).finditer(text, part[0], part[1]):  # on the lower-cased text: faster
            if cues.recall is not None and cues.recall.match(text, m.end()):
                continue  # "let us remember that ...": what is remembered is asserted
            stop = _PART_END.search(text, m.end(), part[1])
            end = stop.start() if stop else part[1]
            if keep_dated and timex is not None and m.end() <= timex[0] < end:
                continue
            if timex is not None and _dated_series(text, m, timex, end):
                continue
            spans.append((m.start(), end))
            if stop is not None and cues.classes.get(_form(m)) in _REQUESTS:
                spans += _request_goes_on(text, stop, part[1])
    return spans


_WORD_BEFORE = re.compile(r"(?<![\w’'-])[\w’'-]+\s+$")


def _work_words(work: re.Pattern, text: str, part: tuple[int, int]) -> list[tuple[int, int]]:
    """The words a noun of a creative work makes no event words: the word right before it in lower case, the
    work's genre ("protest songs", "a war film"), and its title in capitals right after it ("the song We Meet
    Again")."""
    spans = []
    for m in work.finditer(text, part[0], part[1]):  # not case-blind: the title is told by its capitals
        before = _WORD_BEFORE.search(text, max(part[0], m.start() - 40), m.start())
        if before is not None and text[before.start()].islower():  # a genre is a common noun; "the Band Aid
            spans.append((before.start(), m.start()))                # song" names its makers, who may act
        if m.group(1):
            spans.append((m.start(1), m.end(1)))
    return spans


# Two to six capitalised words right before a name's last word, small words between them ("Cara Operations",
# "Free Mojtaba and Arash", "Bank of Nova Scotia"). One word alone is left: a day named by one event word
# is often that event's own day ("Election Day").
_NAME_RUN = re.compile(r"(?<![\w’'.&-])(?:[A-Z][\w’'.&-]*\s+(?:(?:and|of|for|the|to|&)\s+)?){2,6}$")


def _name_words(name_end: re.Pattern, text: str, part: tuple[int, int]) -> list[tuple[int, int]]:
    """The words of a firm's or a named day's name: the capitalised words right before a name's last word
    ("Cara Operations Ltd.", "the "Free Mojtaba and Arash Day""), from the part's start on. They name a
    company or a day of a campaign, not an operation or a release."""
    spans = []
    for m in name_end.finditer(text, part[0], part[1]):  # not case-blind: the name is told by its capitals
        run = _NAME_RUN.search(text, max(part[0], m.start() - 80), m.start())
        if run is not None:
            spans.append((run.start(), m.end()))
    return spans


# The mark opening a list of what is asked for ("three demands - the release of ..., and the
# withdrawal of ..."), and what ends the list: the end of the sentence (a bracket inside it is
# about an item: "the withdrawal from X (where ...)").
_LIST_MARK = re.compile(r"(?:\s[–—-]\s|:\s)(?=(?:a|an|the|no|its|their|his|her|some|more|fewer|\d+)\s)", re.IGNORECASE)
_LIST_END = re.compile(r"[;.!?](?:\s|$)")
_LIST_REACH = 160  # characters from the noun of demands to the mark


def _listed_demands(listed: re.Pattern, text: str, part: tuple[int, int]) -> list[tuple[int, int]]:
    """The list after a noun of demands and a dash or colon ("the three main requirements of X for
    normal relations - a cut in troops ..., an end to ..., and the withdrawal of ..."): what is
    required has not happened, so its event words are no event. The list is of noun phrases (it
    opens with a determiner: "accepted the conditions: it withdrew ..." tells what was done). The
    noun may stand before ``part`` (a clause cut at the dash), within its sentence."""
    out = []
    lo = max(0, part[0] - _LIST_REACH - 3)
    for m in case_blind(listed).finditer(text, lo, part[1]):
        mark = _LIST_MARK.search(text, m.end(), min(part[1], m.end() + _LIST_REACH) + 3)
        if mark is None or re.search(r"[.!?;]\s", text[m.end():mark.start()]):
            continue
        end = _LIST_END.search(text, mark.end(), part[1])
        stop = end.start() if end else part[1]
        if stop > part[0] and mark.end() < part[1]:
            out.append((max(part[0], m.start()), stop))  # what they are required for, too ("for normal ties")
    return out


def _reacted_to(reaction: re.Pattern, text: str, part: tuple[int, int],
                timex: tuple[int, int]) -> list[tuple[int, int]]:
    """The objects of verbs of reacting that the clause's date stands outside of ("Peru on Sunday condemned
    the shooting of two aid workers", "welcomed yesterday the release of the hostages"): the event reacted to
    happened before the reaction, so the date is the reaction's and the object's event words are not dated
    by it. The verb stays (a condemnation is a statement of its day). A date inside the object dates the
    object's event ("condemned the shooting on 3 May of two aid workers") and leaves it alone."""
    spans = []
    for m in case_blind(reaction).finditer(text, part[0], part[1]):  # on the lower-cased text: faster
        stop = _PART_END.search(text, m.end(), part[1])
        end = stop.start() if stop else part[1]
        joined = _AND_CLAUSE.search(text, m.end(), end)  # "were convicted and their assets were seized"
        end = joined.start() if joined else end
        if m.end() <= timex[0] < end and not _RIGHT_AFTER_VERB.fullmatch(text, m.end(), timex[0]):
            continue
        if end <= timex[0] and _DESCRIBES_OBJECT.fullmatch(text, end, timex[0]):
            continue  # "condemned the bombing, which took place in March": the object's own date
        object_start = timex[1] if m.end() <= timex[0] < end else m.end()
        spans.append((object_start, end))
    return spans


def _said_then(saying: re.Pattern, text: str, part: tuple[int, int], timex: tuple[int, int]) -> list[tuple[int, int]]:
    """What a verb of saying or finding out reports, when the clause's date is the saying's ("Freeh said Friday
    the raid was not linked", "was quoted Friday as saying X planned the attacks", "In January police concluded
    he had been killed"): the date stands right after the verb or before it in the clause, so it is the day the
    thing was said or found, not when what is told happened; the content's event words are not dated by it. The
    content runs to the end of the clause (relative clauses too: "identified Thursday as the man who bombed").
    A date inside the content ("said the army left in 2019") is the content's own and leaves it alone."""
    spans = []
    for m in saying.finditer(text, part[0], part[1]):  # as written: "the United States" says nothing
        if _INVERTED_SAYING.search(text, max(part[0], m.start() - 3), m.start()):
            continue  # "..., says a report from X": the speaker comes after the verb, not what is said
        stop = _CONTENT_END.search(text, m.end(), part[1])
        end = stop.start() if stop else part[1]
        if timex[0] >= end:
            continue  # a date after the content ("..., he said on Friday"): not this verb's content
        if timex[0] >= m.end():
            after = _SAID_WHEN.match(text, m.end(), timex[0])
            if after is None or after.end() != timex[0]:
                continue  # the date is inside what is said
            start = timex[1]
            subject, last_mark = part[0], None
            for mark in _SUBJECT_START.finditer(text, part[0], m.start()):
                subject, last_mark = mark.end(), mark  # "The rebels attacked the town, officials said on Friday"
            if (last_mark is not None and last_mark.group(0) == "," and _SAID_LAST.match(text, timex[1], part[1])
                    and _WORD.search(text, part[0], last_mark.start())):
                # "The bomber was identified Thursday, newspapers reported Friday.": what was reported comes before
                # the speaker; the date that closes the sentence is the report's
                spans.append((part[0], last_mark.start()))
        elif timex[1] <= m.start():
            if _CLAUSE_BREAK.search(text, timex[1], m.start()):
                continue  # "On Friday troops stormed the town; officials said": another clause's date
            start = m.end()
            subject = m.start()
        else:
            continue
        if _WHEN_CLAUSE.match(text, start):
            continue  # "was revealed yesterday, when X declared war": a time clause, the date's own event
        if _WORD.search(text, subject, m.start()):
            spans.append((subject, m.start()))  # "the man who bombed the bus was identified Monday": nor its subject's
        own = _OWN_ACT.match(text, start, end)
        if own is not None:
            start = own.end()  # "said Thursday it had signed a deal": the speaker's own act, told as news of the day
        if _WORD.search(text, start, end):
            spans.append((start, end))
    return spans


# "and" (or "but", "then") and a past verb opening a second predicate of one subject: "sold it in 2001".
_AND_VERB = re.compile(r"\s(?:and|but|then|and\s+then|and\s+later)\s+(?:[a-z]+ly\s+)?(" + r"[a-z]+ed|sold|bought|made|won|lost|"
                       r"left|led|met|paid|took|gave|sent|built|began|ran|became|brought|held|kept|set|put|struck|"
                       r"fled|fought|wrote|spent|shut|quit|split|sank|broke|chose|drove|flew|hit|rose|fell|grew)\s")
_PAST_VERB = re.compile(r"(?<![\w’'-])(?:[a-z]+ed|sold|bought|made|won|lost|left|led|met|paid|took|gave|sent|built|"
                        r"began|ran|became|brought|held|kept|set|put|struck|fled|fought|wrote|spent|shut|quit|split|"
                        r"sank|broke|chose|drove|flew|hit|rose|fell|grew)\s+\S")
# A year, a month of a year or a decade, no day: the dates a life's or a firm's story is told by.
_YEAR_ONLY = re.compile(r"(?:(?:the|early|late|mid-?)\s+)*(?:[A-Z][a-z]+\.?\s+)?\d{4}s?")
# Where a predicate's subject stretch may begin: a comma, a bracket or a relative pronoun.
_PREDICATE_START = re.compile(r"[,;:(–—]|\b(?:who|which|that)\s")


def _earlier_conjunct(text: str, part: tuple[int, int], timex: tuple[int, int]) -> list[tuple[int, int]]:
    """The first of two coordinated predicates when the clause's date stands in the second: "the family, who
    founded the label and sold it to a rival in 2001" dates the selling, not the founding. The first predicate
    has an object of its own (a word between its verb and "and"); "attacked and seized the town in 2001" shares
    its date. Its words, back to the comma or relative pronoun before them, are not dated by the date."""
    if not _YEAR_ONLY.fullmatch(text, timex[0], timex[1]):
        return []  # a day's date: "arrested the driver and charged him on Friday" tells one day's acts
    last = None
    for m in _AND_VERB.finditer(text, part[0], timex[0]):
        last = m
    if last is None or re.search(r"[;:.!?](?:\s|$)", text[last.end():timex[0]]):
        return []
    start = part[0]
    for mark in _PREDICATE_START.finditer(text, part[0], last.start()):
        start = mark.end()
    verb = _PAST_VERB.search(text, start, last.start())
    if verb is None or not _WORD.search(text, verb.end() - 1, last.start()):
        return []  # no first predicate, or one with no object ("attacked and seized the town")
    return [(start, last.start())]


# A conjunct after the date: "and" (not "and then") to the next comma, semicolon or the part's end.
_AND_AFTER = re.compile(r"\s(?:and|but)\s+(?!then\s)")
_CONJUNCT_END = re.compile(r"[,;:()–—]")
# A date's word: a weekday, a month, a year, a day named from today.
_DATE_WORD = re.compile(r"(?<![\w-])(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|June|July|"
                        r"August|September|October|November|December|yesterday|today|tonight|tomorrow|\d{4})(?![\w-])")


def _later_dated_conjunct(text: str, part: tuple[int, int], timex: tuple[int, int]) -> list[tuple[int, int]]:
    """A conjunct after the clause's date that holds a date of its own: "After touring the port on Thursday and
    meeting police chiefs on Friday, ..." dates the meeting by Friday, not by Thursday; "began in 1939 and ended
    in 1945" the end by 1945. Its words, from "and" to the part's end, are not dated by the first date."""
    m = _AND_AFTER.search(text, timex[1], part[1])
    if m is None or _CONJUNCT_END.search(text, timex[1], m.start()):
        return []  # no "and" in the date's own stretch
    stop = _CONJUNCT_END.search(text, m.end(), part[1])
    end = stop.start() if stop else part[1]
    # what follows that conjunct is nearer its date too ("..., the FBI director said"): not dated by the first
    return [(m.start(), part[1])] if _DATE_WORD.search(text, m.end(), end) else []


_WORD = re.compile(r"\w")
_SAID_LAST = re.compile(r"[\s.!?\"”’')]*$")
_SUBJECT_START = re.compile(r"[,;:()\"“”–—]")
_WHEN_CLAUSE = re.compile(r"\s*,?\s*when\s")
# A verb of saying after a comma or a quotation has its speaker after it ('"...," said X', "..., says a report").
_INVERTED_SAYING = re.compile(r"[,\"“”’']\s*$")
# What is said opens with the speaker's own act: a pronoun subject ("that" before it), up to two auxiliaries or
# adverbs, and its verb ("said on Thursday it had signed a deal", "said Friday he would resign"). That verb is
# left to be the clause's event (an act the speaker announces is news of the day); what follows it is not. A
# hearer may come first ("told reporters he had signed").
_OWN_ACT = re.compile(r"\s*(?:(?:reporters|journalists|the\s+press|parliament|Congress|him|her|them|us)\s+)?"
                      r"(?:that\s+)?(?:it|he|she|they|we|I)\s+(?:(?:had|has|have|would|will|was|were|is|are|"
                      r"had\s+been|has\s+been|also|already|just|now|then|recently|\w+ly)\s+){0,2}[\w-]+")
# What a verb of saying reports ends at a semicolon or a dash set off by spaces, or the clause's end.
_CONTENT_END = re.compile(r";|\s[–—]\s")
# Between a verb of saying and its own date: a place adverb, "again", a hearer ("told reporters"), a preposition
# ("said on Friday", "was quoted Friday by local media"): not "that", a subject or a verb of what is said.
_SAID_WHEN = re.compile(r"(?i)\s*(?:,\s*)?(?:(?:here|there|again|also|separately|publicly|positively|"
                        r"reporters|journalists|the\s+press|parliament|(?:a|the)\s+news\s+conference|"
                        r"(?:in|at)\s+a\s+(?:statement|news\s+conference|briefing|press\s+conference))\s+)?"
                        r"(?:(?:on|in|at|last|this|early|late|earlier|on\s+the\s+evening\s+of)\s+)?")
# A break between a date before the verb and the verb: another sentence part ("On Friday troops stormed the
# town, and officials later said ...", "; officials said").
_CLAUSE_BREAK = re.compile(r"[;:.!?]\s|,\s+(?:and|but|while|whereas|as)\s|\s(?:and|but)\s+(?:then\s+)?[a-z]+(?:ed|ing)?\s")


# "and" opening a clause of its own (a subject, then an auxiliary within seven words), not "Kenya and Tanzania"
_AND_CLAUSE = re.compile(r"\s(?:and|or)\s(?=(?:[\w$’'.,-]+\s+){0,6}?(?:was|were|is|are|has|have|had|will|would)\s)")
_DESCRIBES_OBJECT = re.compile(r",?\s*(?:which|that|when)\s[^,;:.!?]*")
_RIGHT_AFTER_VERB = re.compile(r"\s*(?:(?:on|in|at|last|this|early|late)\s+)?")


def _request_goes_on(text: str, stop: re.Match, end: int) -> list[tuple[int, int]]:
    """The stretches a request or an exhortation still governs after the end of its first part: its
    next infinitive after an inserted phrase ("I urge the Congress, in the name of ..., to pass"; the
    phrase itself may assert: "as it did in 1984") or after "and"/"or" ("... —and to begin it next
    year")."""
    spans = []
    while stop is not None:
        resumed = _AND_TO.match(text, stop.end(), end)
        if resumed is None and stop.group(0) == ",":
            resumed = _RESUMED.match(text, stop.end(), end)
        if resumed is None:
            break
        stop = _PART_END.search(text, resumed.end(), end)
        spans.append((resumed.start(1), stop.start() if stop else end))
    return spans


# The cue classes whose reach goes on after a phrase set off by commas: a request or an exhortation.
_REQUESTS = frozenset({"hope", "exhortation"})
# An inserted phrase of up to twelve words, a comma, then the request's infinitive: ", to pass".
_AND_TO = re.compile(r"\s*(?:and|or)\s+(to\s+[\w-]+)")
_RESUMED = re.compile(r"\s*(?:[^,;:.!?()–—\s]+\s+){0,11}[^,;:.!?()–—\s]+\s*,\s*(to\s+[\w-]+)")


def _form(m: re.Match) -> str:
    """A cue match's form as the cue file spells it: lower case, one space between words."""
    return " ".join(m.group(0).lower().split())


def _may_start_in(text: str, part: tuple[int, int], firsts: frozenset[str] | None, contracted: bool) -> bool:
    """False when no word of ``firsts`` starts in ``part`` of a long text (nor, for the negators, a
    contracted "n't"): a pattern whose matches start at such a word has none there. The words are
    looked up in the text's shared token array; True where that cannot tell (no first words, a
    short text, a case folding that is not one character for one)."""
    if firsts is None or len(text) < _LONG_TEXT:
        return True
    folded = fold(text)
    if folded is None:
        return True
    if contracted and (folded.find("n't", part[0], part[1]) >= 0 or folded.find("n’t", part[0], part[1]) >= 0):
        return True
    at = TokenArray.of(text).offsets_of(firsts)
    i = bisect.bisect_left(at, part[0])
    return i < len(at) and at[i] < part[1]


# Shorter texts are searched as they are. A news story of a few hundred characters is long enough:
# the two patterns are case-blind (tried with case folding at every position), and the story's token
# array, with its index of first words, is the one the earlier rules made and kept.
_LONG_TEXT = 256


# The verb group an adverb of frequency may follow: up to three words, not across punctuation
# ("Kuchma has said repeatedly", "the firm doubles its output annually").
_WORDS_BEFORE = re.compile(r"(?:(?<![\w’'-])[\w’'-]+\s+){1,3}$")
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
_TIME_UNIT = re.compile(r"\s+(?:\w+\s+)?(?:time|times|day|days|week|weeks|month|months|year|years|decade|"
                        r"spring|summer|autumn|fall|winter|morning|evening|night|session|season|election)\b",
                        re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:not\s+|also\s+|always\s+)?\w+", re.IGNORECASE)


def _dated_series(text: str, cue: re.Match, timex: tuple[int, int], end: int) -> bool:
    """"Every prime minister since 1997 has tried to ...": "every" over a series the text dates
    from a "since" date up to now, in the present perfect, tells what each of them did (a real
    run of events), not a habit ("every winter they met")."""
    return cue.group(0).lower() == "every" and cue.end() <= timex[0] < end \
        and _TIME_UNIT.match(text, cue.end()) is None \
        and _SINCE_BEFORE.search(text, max(0, timex[0] - 12), timex[0]) is not None \
        and _PERFECT.search(text, timex[1], end) is not None


# A verb of saying: its clause reports a statement, whatever days the statement's words name.
_SAYING = re.compile(r"(?i)(?<![\w-])(?:said|says|say|told|tells|added|adds|announced|announces|announce|stated|"
                     r"states|declared|declares|insisted|insists|warned|warns)(?![\w-])")


def without_twins(candidates: list, text: str, dct=None) -> list:
    """One clause told with a date and a deadline ("asked in January for a law by mid-April",
    "the law passed recently requires a sale by 1994") gives one event under one name: the row
    dated only by its deadline (no beginning, an end) is the same event again, and goes. A
    deadline row alone is a planned event and stays.

    One reported statement is one row, whatever dates its words hold ("said he expected crowds by
    Saturday and more on Sunday", "announced that over the next year troops will come home"): of
    the statement rows one clause with a verb of saying gives under one name, the one
    dated last on or before the document's day stays (the day it was said), else the earliest.
    Declarations the text names by a noun and dates each ("the declaration of May 1950, then the
    assurance of October 1950") are not reported speech and all stay."""
    dated = {(c.span, c.name) for c in candidates if c.date_begin is not None}
    kept = [c for c in candidates
            if not (c.date_begin is None and c.date_end is not None and c.kb is None and (c.span, c.name) in dated)]
    said: dict[tuple, list] = {}
    for c in kept:
        if c.kind == "statement" and c.kb is None and c.date_begin is not None \
                and _SAYING.search(text, c.span[0], c.span[1]):
            said.setdefault((c.span, c.name), []).append(c)
    drop = set()
    for group in said.values():
        if len(group) < 2:
            continue
        before = [c for c in group if dct is None or c.date_begin <= dct]
        keep = max(before, key=lambda c: c.date_begin) if before else min(group, key=lambda c: c.date_begin)
        drop.update(id(c) for c in group if c is not keep)
    return [c for c in kept if id(c) not in drop]
