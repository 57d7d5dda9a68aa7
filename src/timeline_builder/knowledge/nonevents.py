"""Non-event cues: what makes a dated clause with event words say that no event happened.

Files ``knowledge/nonevents/*.tsv`` (and ``nonevents/*.tsv`` in each ``--knowledge DIR``) have
the columns ``class  forms  scope``; the packaged file explains each scope. A hope, a
conditional or a generic statement ("whenever the two sides met") asserts no event; a date
that is the standard of a comparison ("akin to the 1980s", "the worst crisis since 1962")
dates none; a question asserts none.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .files import fingerprint, knowledge_files, read_tsv, user_folders

NONEVENT_FILES = "nonevents/*.tsv"
CLASSES = frozenset({"hope", "conditional", "generic", "prediction", "figurative", "comparison", "superlative",
                     "question", "negation", "period", "history", "use", "relative", "obligation", "demand",
                     "exhortation", "recall", "title", "accounting", "work", "reaction", "saying", "award",
                     "deadline", "document", "name", "state", "ongoing", "promise"})
SCOPES = frozenset({"complement", "hypothetical", "date", "since", "sentence", "next", "period", "century", "object",
                    "habit", "list", "recall", "title", "report", "work", "plan", "reaction", "saying",
                    "award", "due", "maturity", "name", "stretch"})


@dataclass(frozen=True, slots=True, eq=False)
class NonEventCues:
    """The cue forms by scope, compiled (None where a scope has no forms)."""

    complement: re.Pattern | None
    hypothetical: re.Pattern | None
    date: re.Pattern | None  # anchored at the end of the text before a date
    since: re.Pattern | None  # anchored at the end of the text before a date
    sentence_ends: tuple[str, ...]
    classes: dict[str, str]  # form (lower case) -> class, to say why
    fingerprint: str = ""
    negated: re.Pattern | None = None  # a negator and the word or two it governs
    period: re.Pattern | None = None  # an aspect verb whose subject or object is a stretch of time
    century: re.Pattern | None = None  # anchored at the end of the text before an ordinal century
    used: re.Pattern | None = None  # a trigger verb with an object that makes it no event ("meet the needs")
    habit: re.Pattern | None = None  # an adverb of frequency: it and the verb before or after it are a habit
    # The lower-cased first words of the negators and of the object-scope verbs: a match of ``negated``
    # (but for a contracted "n't") or ``used`` starts at a word of the text that is one of them, so a
    # stretch without one need not be searched. None where a form opens with no plain word.
    negated_firsts: frozenset[str] | None = None
    used_firsts: frozenset[str] | None = None
    listed: re.Pattern | None = None  # a noun of demands whose list, after a dash or colon, is asked for
    # A verb of memory or regard right after a hope or a request cue ("let us remember", "I ask you to
    # recall"), anchored at the cue's end: what it governs is asserted, so the cue does not reach it.
    recall: re.Pattern | None = None
    # A title a year qualifies, anchored right after the year ("the 2000 Olympic silver medallist"): the
    # year is when the title was won, not when the clause's event happened.
    title: re.Pattern | None = None
    # A noun of reported figures, anchored right after a quarter (up to two modifiers between: "third-quarter
    # net income", "first-quarter earnings report"): the quarter is what the figures cover, not when anything happened.
    report: re.Pattern | None = None
    # The same nouns right before "for" and a year's words, anchored at the year's start ("said growth for
    # 2004 was 1.6%", "profits for the whole of 2004"): the year is what the figures cover, not when they
    # were told nor when anything happened.
    report_for: re.Pattern | None = None
    # A noun of a creative work ("song", "album", "film"), with the word before it ("protest songs": the work's
    # genre) and the capitalised words after it ("the song We Meet Again": its title): neither is an event word.
    work: re.Pattern | None = None
    # A plan or an expectation ("is due to", "plans to", "expected to"): before a month after the dct, with no
    # end of its stretch between, the month is when something is planned for, not when it happened.
    planned: re.Pattern | None = None
    # A verb of reacting to an event ("condemned", "welcomed", "mourned"): the event it reacts to, named in
    # its object, happened before; the clause's date, outside that object, is the reaction's day.
    reaction: re.Pattern | None = None
    # The lower-cased first words of the habit, demand-list, work and reaction cues (as ``negated_firsts``): a
    # stretch of text where none of them stands holds no match of that pattern, so it need not be searched.
    habit_firsts: frozenset[str] | None = None
    listed_firsts: frozenset[str] | None = None
    work_firsts: frozenset[str] | None = None
    reaction_firsts: frozenset[str] | None = None
    # A verb of saying or of finding out ("said", "was quoted as saying", "concluded", "was identified"): what
    # it reports comes after it; a date on the verb ("said Friday", "in January police concluded") is the day
    # of the saying, not of an event it tells ("said Friday the raid was not linked" dates no raid).
    saying: re.Pattern | None = None
    # A noun of an award's holder right before "of" and the date ("athlete of 2004", "player of the year"):
    # the date is what the award is for, not when anything happened. Anchored at the end of the text before.
    award: re.Pattern | None = None
    # A noun of a time limit right after the date ("the Nov. 1 deadline", "a 2010 target"), anchored at the
    # date's end, or right before it with "of"/"for"/"on" ("a deadline of March 1"), anchored at the end of the
    # text before: the date is set for something to come, not when anything happened.
    due_after: re.Pattern | None = None
    due_before: re.Pattern | None = None
    # A word of a bond's or a contract's term right before a date holding a year ("notes due Oct. 15, 2031",
    # "bonds maturing in 2030"), anchored at the end of the text before: the day it runs out, not an event.
    maturity: re.Pattern | None = None
    # The last word of a firm's or a named day's name ("Ltd", "Corp", "Day"): the capitalised words right
    # before it ("Cara Operations Ltd.", "Free the Prisoners Day") are a name, not event words.
    name_end: re.Pattern | None = None
    name_firsts: frozenset[str] | None = None
    # An event word naming a lasting state ("occupied", "detained", "banned"): after "since" and a date the
    # state is the stretch itself, and the date says when it began ("has occupied the island since 1964").
    stretch: re.Pattern | None = None


def _alternation(forms: list[str]) -> str:
    parts = []
    for form in sorted(set(forms), key=lambda f: (-len(f), f)):
        body = r"\s+".join(re.escape(w) for w in form.split())
        parts.append(body if form != form.lower() else f"(?i:{body})")
    return "|".join(parts)


def compile_cues(rows: list[tuple[str, str, str]], digest: str = "",
                 uses: list[tuple[list[str], list[str]]] = ()) -> NonEventCues:
    """Cues from (class, form, scope) rows, and (verb forms, object nouns) pairs of scope ``object``."""
    by_scope: dict[str, list[str]] = {scope: [] for scope in SCOPES}
    classes: dict[str, str] = {}
    for cls, form, scope in rows:
        by_scope[scope].append(form)
        classes[form.lower()] = cls

    def words(scope: str) -> re.Pattern | None:
        forms = by_scope[scope]
        return re.compile(r"(?<![\w-])(?:" + _alternation(forms) + r")(?![\w-])") if forms else None

    date = since = None
    if by_scope["date"]:
        # The cue, then the subject and verb of the compared clause ("the same as it was 10 years
        # ago", "as much as we spent in 1964"), then at most two small words ("akin to the"), then
        # the date.
        date = re.compile(r"(?<![\w-])(?:" + _alternation(by_scope["date"]) +
                          r")\s+(?:(?:it|they|we|he|she|you|i|there)\s+(?:\w+\s+)?\w+\s+)?"
                          r"(?:(?:the|in|at|of|during|that\s+of|those\s+of)\s+){0,2}"
                          # the second of two compared dates: "clearer than those in 1997 or 2001"
                          r"(?:(?:the\s+)?\d{2,4}s?\s+(?:or|and)\s+(?:in\s+|the\s+)?)?$")
    if by_scope["since"]:
        since = re.compile(r"(?<![\w-])(?:" + _alternation(by_scope["since"]) +
                           r")(?![\w-])[^.;:!?]{0,60}?(?<![\w-])since\s+(?:the\s+)?$", re.IGNORECASE)
    negated = period = century = None
    if by_scope["next"]:
        # "did not sign", "has never yet met", "didn't join": the negator, up to two auxiliaries or
        # adverbs, the word they govern and an infinitive after it ("not only signed" asserts the
        # signing).
        forms = [f for f in by_scope["next"] if f.lower() not in ("n't", "n’t")]
        contracted = len(forms) < len(by_scope["next"])
        negator = "(?:" + "|".join(filter(None, [
            r"(?<![\w-])(?:" + _alternation(forms) + ")" if forms else "",
            r"(?<=\w)n[’']t" if contracted else ""])) + ")"
        # A negated having, seeing or facing covers its object too: "we do not have an energy
        # crisis", "has never seen a war like it": no crisis, no war.
        having = (r"(?:(?:yet|even|ever|\w+ly)\s+){0,2}(?:have|has|had|having|see|seen|saw|face|faces|faced|want|"
                  r"wants|wanted|need|needs|needed)\s+(?:a|an|any|the|another|such\s+an?|such)\s+"
                  r"(?:[\w-]+\s+){0,2}[\w-]+(?![\w-])")
        negated = re.compile(negator + r"\s+(?!only\b|just\b|merely\b|simply\b|least\b|until\b|since\b)"
                             r"(?:" + having + "|"
                             r"(?:(?:yet|even|ever|been|be|have|has|had|\w+ly)\s+){0,2}[\w-]+"
                             r"(?:\s+to\s+[\w-]+)?)",  # and its infinitive: "did not fight to replace"
                             re.IGNORECASE)
    if by_scope["period"]:
        # "ended the year", "began last season", "the year started": the aspect verb says when a
        # stretch of time began or ended, not that an event did.
        nouns = "(?:" + _alternation(by_scope["period"]) + r")s?"
        # Not "this/last/next year" after the verb: that is when ("begin this year 500,000 homes").
        det = r"(?:(?:the|its|his|her|their|our|a|new|\w+[’']s)\s+){0,2}"
        period = re.compile(
            rf"(?<![\w-])(?:{_ASPECT})\s+{det}{nouns}(?![\w-])"
            # "the third quarter ended", "its fiscal-first quarter ended Sept. 30": an ordinal or an
            # accounting word may stand between the determiner and the stretch of time
            rf"|(?<![\w-])(?:the|this|last|that|a|its|his|her|their|our)\s+"
            rf"(?:(?:new|first|second|third|fourth|final|current|present|previous|latest|fiscal|financial|"
            rf"(?:fiscal|financial)-\w+)\s+){{0,2}}{nouns}\s+"
            rf"(?:has\s+|had\s+|have\s+|having\s+)?(?:just\s+|now\s+|finally\s+)?(?:{_ASPECT})(?![\w-])", re.IGNORECASE)
    if by_scope["century"]:
        # "our third century", "the nation's second century": counted from a history's own start.
        century = re.compile(r"(?<![\w-])(?:" + _alternation(by_scope["century"]) + r"|\w+[’']s)\s+(?:own\s+)?$",
                             re.IGNORECASE)
    used = None
    if uses:
        # The verb, up to five words of its object's determiners, numbers and modifiers ("created more
        # than 3 million new jobs"), the object's head.
        used = re.compile("|".join(
            r"(?<![\w-])(?:" + _alternation(verbs) + r")\s+(?:(?:[\w’'-]+|\d[\d,.]*)\s+){0,5}?(?:" + _alternation(objects) +
            r")(?![\w-])" for verbs, objects in uses), re.IGNORECASE)
    # "has said repeatedly", "have met regularly", "often attacked": the adverb may follow the verb it
    # makes a habit of, so its reach starts a few words before it (extract/events/nonevents.py).
    habit = words("habit")
    recall = None
    if by_scope["recall"]:
        recall = re.compile(r"\s+(?:to\s+)?(?:(?:also|all|now|then|today|tonight|here|always|first|again|together|"
                            r"never|not)\s+){0,2}(?:" + _alternation(by_scope["recall"]) + r")(?![\w-])", re.IGNORECASE)
    title = None
    if by_scope["title"]:
        # Up to five modifiers between the year and the title noun ("2000 Olympic women's 100m silver
        # medallist"), none of them a verb, a conjunction or a preposition that would start a new
        # phrase ("the 2000 final was won by the champion" is no title).
        title = re.compile(r"(?:\s+(?!(?:" + _TITLE_BREAKS + r")(?![\w’'-]))[\w’'-]+){0,5}?\s+(?:" +
                           _alternation(by_scope["title"]) + r")(?![\w-])", re.IGNORECASE)
    report = report_for = None
    if by_scope["report"]:
        report = re.compile(r"(?:\s+[\w’'-]+){0,2}?\s+(?:" + _alternation(by_scope["report"]) + r")(?![\w-])",
                            re.IGNORECASE)
        report_for = re.compile(r"(?<![\w-])(?:" + _alternation(by_scope["report"]) + r")\s+for\s+"
                                r"(?:the\s+(?:(?:whole|rest|first\s+half|second\s+half)\s+of\s+|"
                                r"(?:full\s+|calendar\s+|whole\s+)?year\s+(?:of\s+)?))?$", re.IGNORECASE)
    work = None
    if by_scope["work"]:
        # The noun, then (group 1) a title right after it in capitals, small words inside it ("the album A
        # Letter to the Council"); the genre word before the noun is found by the extractor.
        work = re.compile(r"(?<![\w-])(?:" + _alternation(by_scope["work"]) + r")(?![\w-])"
                          r"(?:\s+([A-Z0-9][\w’'.-]*(?:\s+(?:(?:of|the|a|an|from|to|in|on|and|for|with|at|by|my|your|"
                          r"me|you|it)\s+){0,2}[A-Z0-9][\w’'.-]*)*))?")
    award = due_after = due_before = None
    if by_scope["award"]:
        award = re.compile(r"(?<![\w-])(?:" + _alternation(by_scope["award"]) + r")\s+of\s+(?:the\s+)?$", re.IGNORECASE)
    if by_scope["due"]:
        due_after = re.compile(r"(?:[\s-]+(?!(?:the|a|an|its|his|her|their|our|and|or|but|was|were|is|are|has|had|have)\s)"
                               r"[\w’'-]+)?[\s-]+(?:" + _alternation(by_scope["due"]) + r")(?![\w-])",
                               re.IGNORECASE)
        due_before = re.compile(r"(?<![\w-])(?:" + _alternation(by_scope["due"]) + r")\s+(?:of|for)\s+$",
                                re.IGNORECASE)
    maturity = None
    if by_scope["maturity"]:
        maturity = re.compile(r"(?<![\w-])(?:" + _alternation(by_scope["maturity"]) + r")\s+$", re.IGNORECASE)
    return NonEventCues(words("complement"), words("hypothetical"), date, since,
                        tuple(by_scope["sentence"]), classes, digest, negated, period, century, used, habit,
                        _first_words(f for f in by_scope["next"] if f.lower() not in ("n't", "n’t")) if negated else None,
                        _first_words(v for verbs, _ in uses for v in verbs) if used else None,
                        listed=words("list"), recall=recall, title=title, report=report,
                        report_for=report_for, work=work, planned=words("plan"), reaction=words("reaction"),
                        habit_firsts=_first_words(by_scope["habit"]) if habit else None,
                        listed_firsts=_first_words(by_scope["list"]) if by_scope["list"] else None,
                        work_firsts=_first_words(by_scope["work"]) if work else None,
                        reaction_firsts=_first_words(by_scope["reaction"]) if by_scope["reaction"] else None,
                        saying=_as_written(by_scope["saying"]), award=award, due_after=due_after, due_before=due_before,
                        maturity=maturity,
                        name_end=words("name"),
                        name_firsts=_first_words(by_scope["name"]) if by_scope["name"] else None,
                        stretch=words("stretch"))


def _as_written(forms: list[str]) -> re.Pattern | None:
    """The forms as written, case and all: a verb of saying in lower case is no proper name's word ("the
    United States", "Press Reports Ltd")."""
    if not forms:
        return None
    body = "|".join(r"\s+".join(re.escape(w) for w in form.split()) for form in sorted(set(forms), key=lambda f: (-len(f), f)))
    return re.compile(r"(?<![\w-])(?:" + body + r")(?![\w-])")


def _first_words(forms) -> frozenset[str] | None:
    """The lower-cased first words of ``forms`` (each form is searched between non-word characters,
    so a match starts at a whole word that is one of these); None where a form does not open with
    a word of plain ASCII letters and digits, for which the lower-cased words of a text could not
    vouch under a case-blind search ("ſ" is an "s" there)."""
    firsts = set()
    for form in forms:
        first = re.match(r"[A-Za-z0-9]+(?![\w])", form.split()[0]) if form.split() else None
        if first is None:
            return None
        firsts.add(first.group(0).lower())
    return frozenset(firsts)


# Words that end the noun phrase a year opens: a title noun must come before any of them.
_TITLE_BREAKS = ("is|was|were|are|be|been|has|had|have|won|wins|win|will|would|and|or|but|that|which|who|when|"
                 "in|at|on|of|for|to|by|with|from|after|before|since|as|than")


# The aspect verbs that say a stretch of time began or ended ("the season started").
_ASPECT = ("began|begins|begin|begun|beginning|start|starts|started|starting|end|ends|ended|ending|"
           "finish|finishes|finished|finishing|opened|opens|closed|closes")


@lru_cache(maxsize=8)
def _load_cached(user_dirs: tuple[Path, ...]) -> NonEventCues:
    paths = knowledge_files(NONEVENT_FILES, user_dirs)
    rows: list[tuple[str, str, str]] = []
    uses: list[tuple[list[str], list[str]]] = []
    for path in paths:
        for row in read_tsv(path, ("class", "forms", "scope")):
            cls, scope = row.require("class"), row.require("scope")
            if cls not in CLASSES:
                raise row.error(f"class {cls!r} is not one of {', '.join(sorted(CLASSES))}")
            if scope not in SCOPES:
                raise row.error(f"scope {scope!r} is not one of {', '.join(sorted(SCOPES))}")
            if scope == "object":
                verbs = [f.strip() for f in row.require("forms").split("|") if f.strip()]
                objects = [f.strip() for f in (row.get("objects") or "").split("|") if f.strip()]
                if not objects:
                    raise row.error("scope 'object' needs the object nouns in the column 'objects'")
                for form in verbs + objects:
                    if not re.fullmatch(r"[\w'’ .-]+", form):
                        raise row.error(f"form {form!r} holds characters other than letters, spaces, - ' and .")
                uses.append((verbs, objects))
                continue
            for form in (f.strip() for f in row.require("forms").split("|")):
                if not form:
                    continue
                if scope != "sentence" and not re.fullmatch(r"[\w'’ .-]+", form):
                    raise row.error(f"form {form!r} holds characters other than letters, spaces, - ' and .")
                rows.append((cls, form, scope))
    return compile_cues(rows, fingerprint(paths), uses)


def load_nonevent_cues(user_dirs: tuple[Path, ...] | list[Path] = ()) -> NonEventCues:
    """Load the packaged cue file and each user folder's ``nonevents/*.tsv``.

    Raises:
        KnowledgeError: a bad entry, naming its file and line.
    """
    dirs = user_folders(user_dirs)
    return _load_cached(dirs)
