"""How an event's name is finished: title case, a length limit, no trailing function word, and
the fixed forms of tenure and appointment names. A leaf module: the clause readers
(``describe``, ``tenures``, ``ru_names``) choose the words, this module writes them as a name."""
from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .phrases import Named

MAX_NAME_WORDS = 10
# Words that never end a name and stop a noun phrase or an object.
FUNCTION_WORDS = frozenset("""
a an the and or but nor so yet of in on at by for to from with without into onto over under about after
before during since until as than that which who whom whose what when where while if because although
though is are was were be been being has have had do does did will would shall should can could may
might must not no his her its their our my your this these those it he she they we i you also then there
between among amongst against within through across toward towards upon via per despite amid
""".split())
_SMALL = frozenset({"a", "an", "the", "and", "or", "of", "in", "on", "at", "by", "for", "to", "from", "with",
                    "into", "over", "as", "vs"})


_PRONOUN_LED = re.compile(r"(?:He|She)\s+(.+?)(?:\s+(?:for|over)\s+(?:(?:more\s+than|over|nearly|almost|some|about|"
                          r"around|at\s+least)\s+)?(?:\w+|\d+)\s+(?:years?|decades?|months?))?$")


def pronoun_led_name(name: str, person: Named | None) -> str:
    """A name told from its clause's words that opens with "He"/"She": the person it stands for,
    without the span of time its date already says ("He sat for Leeds constituencies for 30
    years" -> John Smith Sat for Leeds Constituencies)."""
    m = _PRONOUN_LED.match(name)
    if m is None or person is None:
        return name
    return finish_name([person.name] + [w for w in m.group(1).split() if w.lower() not in ("the", "a", "an")])


# Compiled once: names are finished several times a dated clause.
_FOOTNOTE_MARK = re.compile(r"(?:(?<=[a-z,)”])|(?<=[a-z]\.))\d{1,2}(?=\s|$)")
_WORD_CHAR = re.compile(r"\w")
_APOSTROPHE = re.compile(r"['’]")


def finish_name(words: list[str]) -> str:
    """Title case, at most ten words (eleven or twelve kept whole), never ending in a function word."""
    # "_" too: news wires end a dateline with it ("LIMA (AP)_ Troops ..."), and it is a word character to \w
    flat = " ".join(" ".join(words).split()).strip(" ,.;:–—-_\"“”'‘’()")
    flat = _FOOTNOTE_MARK.sub("", flat)  # footnote markers, not "1.0"
    parts = flat.split()
    # a label ending in its preposition and an object opening with it: "Accedes to" + "to the EU"
    parts = [w for i, w in enumerate(parts) if not (i and w.lower() == parts[i - 1].lower() and w.lower() in FUNCTION_WORDS)]
    if len(parts) > MAX_NAME_WORDS + 2:
        parts = parts[:MAX_NAME_WORDS]  # a name of 11 or 12 words is kept whole rather than cut mid-phrase
    while parts and (parts[-1].lower().strip(",.;:") in FUNCTION_WORDS or not _WORD_CHAR.search(parts[-1])
                     or _APOSTROPHE.split(parts[-1].lower())[0] in FUNCTION_WORDS):  # "That’s", "It's"
        parts.pop()
    while parts and parts[0].lower() in ("the", "a", "an", "and", "but", "or", "of"):
        parts.pop(0)
    return title_case(" ".join(parts).strip(" ,;:"))


def title_case(name: str) -> str:
    out = []
    for i, word in enumerate(name.split()):
        if i and word.lower() in _SMALL:
            out.append(word.lower())
        elif word[:1].islower():
            out.append(word[:1].upper() + word[1:])
        else:
            out.append(word)
    return " ".join(out)


# A tenure is named as analysts name it: "Presidency of X", "Premiership of X", "X's Leadership of
# the Soviet Union", else "X's Tenure as Secretary of State" (never "X as secretary of state").
_OFFICE_NOUNS = {"president": "Presidency", "prime minister": "Premiership", "premier": "Premiership"}
_LEADING_ROLES = frozenset({"leader", "general secretary", "supreme leader", "party leader", "director", "chairman",
                            "chair", "head", "secretary-general", "chief executive"})


def tenure_name(person: str, role: str, organization: str | None = None) -> str:
    """The name of ``person``'s time in ``role`` (of ``organization``, where the role heads it)."""
    office = _OFFICE_NOUNS.get(role.lower())
    if office:
        return f"{office} of {person}"
    if role.lower() in _LEADING_ROLES and organization:
        return f"{person}'s Leadership of {title_case(organization)}"
    return f"{person}'s Tenure as {title_case(role)}"


def appointment_name(person: str, role: str) -> str:
    """"X Appointed Special Envoy for Ukraine and Russia"."""
    return f"{person} Appointed {title_case(role)}"


def period_words(granularity: str | None, begin: date | None) -> str:
    """The period a date of year, decade or century precision names ("1982", "the 1980s", "the
    20th Century"); empty for finer or unknown dates."""
    if begin is None:
        return ""
    if granularity == "year":
        return str(begin.year)
    if granularity == "decade":
        return f"the {begin.year // 10 * 10}s"
    if granularity == "century":
        n = (begin.year - 1) // 100 + 1
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"the {n}{suffix} Century"
    return ""


def with_period(name: str, period: str) -> str:
    """A generic name ("Arms Race", "Exchange of Ideas": three content words or fewer, no number)
    qualified by the period its text gives, as analysts tell one such event from another ("Arms
    Race in the 1980s"). The caller says the name is generic (no one's name in it)."""
    content = [w for w in name.split() if w.lower() not in FUNCTION_WORDS]
    if not period or not content or len(content) > 3 or re.search(r"\d", name) or " in " in f" {name.lower()} ":
        return name  # long enough, dated, or placed already ("Talks in Normandy Format")
    return title_case(f"{name} in {period}")
