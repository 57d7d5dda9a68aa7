"""Statements a news story reports: "The foreign minister said the talks would resume",
"President Macron called the plan "a mistake"", '"It was a blow," he said.'

A story reports what people said about its news without dating it: the reactions are of the
day the story was filed, so such a statement is dated by the dct (basis ``context``). One event
per speaker: a speaker's later '..., he said' is the same statement.

Not dated this way (they are history, or dated by their own clause):
* a clause holding a date of its own outside the quotation ("said in 1962") — the dated-clause
  finder dates it;
* "had said", "once said", "would say", "as X said" (a citation, not news);
* a speaker the sentence before narrates in a dated past ("In 1962 Khrushchev met Kennedy.
  Khrushchev said ...").
"""
from __future__ import annotations

import bisect
import re
from datetime import date

from ...records import ActorMention, Timex
from .candidates import Candidate
from .text import TextLayout, word_led_matches
from ..casefold import CaseBlind

_VERBS = r"said|says|told|added|stated|declared|warned|insisted|described|praised|paid\s+tribute|called(?!\s+(?:for|on|off|up|in|out)\b)"
# Verbs of announcing and reacting, news only in the present perfect or present ("has announced",
# "condemns"): in the simple past they tell history as often as news.
_NEWS_STEMS = r"announc|confirm|den|admitt?|reveal|urg|pledg|promis|vow|accus|critici[sz]|condemn|welcom|reject"
_PERFECT_VERBS = r"(?:has|have)\s+(?:" + _NEWS_STEMS + r")(?:ed|d|ied)|(?:" + _NEWS_STEMS + r")(?:es|s|ies)"
# After a speaker's name: its bracketed acronym ("(ONS)"), an optional appositive (", the foreign minister,"), then
# the reporting verb.
_AFTER_SPEAKER = re.compile(r"(?:\s+\([A-Z][A-Za-z.&-]{1,11}\))?(?:\s*,[^,.;:\"“”]{1,80},)?\s+(?:(?:has\s+|have\s+)?(?P<verb>" + _VERBS + r")|"
                            r"(?P<news>" + _PERFECT_VERBS + r"))\b")
# '"...," he said' / 'he added': the speaker is the one quoted last.
# "h(?<![\w-]h)e" is "(?<![\w-])he" written so that re scans for the first letters (2x faster on a long text).
_PRONOUN_SAID = re.compile(r"(?:h(?<![\w-]h)e|s(?<![\w-]s)he)\s+(?:" + _VERBS + r")\b", re.IGNORECASE)
# Before the speaker: a citation or a statement of another time, not the news.
_PRONOUNS = frozenset({"I", "We", "You", "He", "She", "They", "It"})
_NOT_NEWS_BEFORE = re.compile(r"\b(?:as|once|famously|later|earlier|then|had|would|will|might|could|when|if|what|whatever)\s+"
                              r"(?:[\w.'’-]+\s+){0,5}$", re.IGNORECASE)
_NOT_NEWS_AFTER = re.compile(r"\s*(?:once|famously|later|earlier|then|had|would|will|might|could)\b", re.IGNORECASE)
# After the reporting verb: a habit of saying, not one statement of the story's day ("has said repeatedly that").
_HABIT_AFTER = re.compile(r"\s+(?:repeatedly|often|consistently|frequently|regularly|many\s+times|time\s+and\s+again|"
                          r"again\s+and\s+again|over\s+and\s+over|for\s+(?:years|decades|months))\b", re.IGNORECASE)
# Before the speaker: a stretch of years the saying spans ("For nearly forty years, the United States has said"):
# a standing position, not a statement of the story's day.
# The stretch opens the sentence ("After talks for two years, Putin said" is one statement).
_OVER_YEARS_BEFORE = re.compile(r"\s*for\s+(?:[\w-]+\s+){0,3}(?:years|decades|months|centuries|generations)"
                                r"\s*,?\s*(?:the\s+)?", re.IGNORECASE)
_QUOTE_CHARS = "\"“”"
_QUOTE_CHAR = re.compile(f"[{_QUOTE_CHARS}]")
_SPEAKER_TYPES = frozenset({"person", "organization", "state", "group"})


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The quotations of ``text``, paragraph by paragraph. A quotation left open at a paragraph's
    end runs to that end (the newspaper convention for a quote that goes on in the next one)."""
    spans: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", text):
        opened = None
        for quote in _QUOTE_CHAR.finditer(text, para.start(), para.end()):  # not a loop over every character
            i, ch = quote.start(), quote.group()
            if opened is None and ch != "”":
                opened = i
            elif opened is not None and ch != "“":
                spans.append((opened, i + 1))
                opened = None
        if opened is not None:
            spans.append((opened, para.end()))
    return spans


class Quotes:
    """The quotations of a text, searchable by offset (built once a document: ``TextLayout.quote_finder``)."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = spans
        self.starts = [s for s, _ in spans]

    def inside(self, offset: int) -> bool:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i >= 0 and offset < self.spans[i][1]

    def any_in(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, start)
        return i < len(self.spans) and self.spans[i][0] < end or self.inside(start)


def reported_statements(layout: TextLayout, mentions: list[ActorMention], timexes: list[Timex],
                        types: dict[str, str], names: dict[str, str], dct: date | None,
                        past_figure=None, may_date=None) -> list[Candidate]:
    """Undated statements of named speakers, dated by the dct; '..., he said' joins the last speaker's.

    Args:
        mentions: actor mentions in text order; timexes: in text order.
        types: actor_id -> type (person, organization, state, group).
        past_figure: actor_id -> whether the knowledge base says the speaker died before the dct or
            left every office long before it (a quotation of Lincoln in a speech is no news).
        may_date: timex -> whether it may date a saying at all (not the quarter that figures cover, nor a
            date that dates no event); None: every timex may. Asked only of the timexes of a saying's
            sentence and the one before it, as they are looked at: the same answers as filtering
            ``timexes`` by it first, without asking it of every date of the document.
    """
    if dct is None:
        return []
    text = layout.text
    quotes = layout.quote_finder
    dated = [t for t in timexes if t.type in ("DATE", "TIME") and (t.date_begin or t.date_end)
             and not quotes.inside(t.char_start)]
    dated_starts = [t.char_start for t in dated]
    if may_date is not None and any(a > b for a, b in zip(dated_starts, dated_starts[1:])):
        # not in text order: the ranges below are cut by bisection, so they need the filtered list itself
        dated = [t for t in dated if may_date(t)]
        dated_starts, may_date = [t.char_start for t in dated], None
    dates = _MayDate(dated, may_date)
    mention_starts = [m.char_start for m in mentions]  # once a call, not once a statement
    out: list[Candidate] = []
    last: tuple[str, int] | None = None  # (speaker, sentence index) of the last statement
    found: list[tuple[int, str, int, int]] = []  # (where, speaker, evidence start, evidence end)
    for m in mentions:
        if types.get(m.actor_id) not in _SPEAKER_TYPES or quotes.inside(m.char_start) or layout.in_notes(m.char_start):
            continue
        if not m.text[:1].isupper() or m.text in _PRONOUNS:
            continue
        verb = _AFTER_SPEAKER.match(text, m.char_end, min(len(text), m.char_end + 100))
        if verb is None or (past_figure is not None and past_figure(m.actor_id)):
            continue  # (the knowledge is asked only about a name a saying verb follows: most have none)
        if _HABIT_AFTER.match(text, verb.end()):
            continue  # "has said repeatedly that": a habit of saying
        said = verb.span("verb") if verb.group("verb") else None  # ("has announced" is not read for content)
        found.append((m.char_start, m.actor_id, m.char_start, m.char_end, said))
    for pron in word_led_matches(_PRONOUN_SAID, _HE_SHE, text):
        if quotes.inside(pron.start()):
            continue
        verb_start = pron.end() - len(pron.group().split()[-1])
        found.append((pron.start(), "", pron.start(), pron.start() + 2, (verb_start, pron.end())))
    found.sort()
    for where, speaker, ev_start, ev_end, said in found:
        sentence = layout.sentence(where)
        index = layout.sentence_index(where)
        if not speaker:
            # '"...," he said': the speaker of the last statement, within the last two sentences.
            if last is None or index is None or last[1] is None or index - last[1] > 2 or layout.in_notes(where):
                continue
            speaker = last[0]
        before = text[max(sentence[0], ev_start - 60):ev_start]
        if (_NOT_NEWS_BEFORE.search(before) or _NOT_NEWS_AFTER.match(text, ev_end, ev_end + 20)
                or _OVER_YEARS_BEFORE.fullmatch(text, sentence[0], ev_start)):
            continue
        if _dates_saying(text, dated, dated_starts, sentence, ev_start, said, dates):
            continue  # "said in 1962": dated by its own clause
        if _narrated_before(layout, index, speaker, mentions, mention_starts, dated_starts, dates):
            continue
        name = names.get(speaker, speaker)
        # Raw score (confidence.py): a person's words quoted in the sentence are surely a statement
        # of the story's; reported speech of a body ("the council said it ...") less surely of its day.
        direct = types.get(speaker) == "person" and quotes.any_in(sentence[0], sentence[1])
        out.append(Candidate(name=f"Statement by {name}", kind="statement", span=sentence,
                             date_begin=dct, date_end=dct, granularity="day", date_basis="context",
                             source="text", text_date=None, confidence=0.65 if direct else 0.45,
                             actors=[(speaker, "agent", (ev_start, ev_end))]))
        last = (speaker, index)
    return out


class _MayDate:
    """``may_date(dated[k])`` for a position k, asked once a timex (True for all without ``may_date``)."""

    __slots__ = ("dated", "may_date", "_known")

    def __init__(self, dated: list[Timex], may_date=None):
        self.dated, self.may_date = dated, may_date
        self._known: dict[int, bool] = {}

    def __call__(self, k: int) -> bool:
        if self.may_date is None:
            return True
        known = self._known.get(k)
        if known is None:
            known = self._known[k] = bool(self.may_date(self.dated[k]))
        return known


def _dates_saying(text: str, dated: list[Timex], starts: list[int], sentence: tuple[int, int], speaker_start: int,
                  said: tuple[int, int] | None, may_date: _MayDate | None = None) -> bool:
    """Whether a date of the sentence may date the saying, so the dated-clause finder dates it ("said in
    1962"). Not a date of a relative clause between the speaker and the verb ("Zeta, which last month cut
    its forecast, said on ...": that clause's own event), nor one inside what the verb reports ("said
    its index fell in December", ``dated_in_content``): the saying is then of the story's day."""
    i = bisect.bisect_left(starts, sentence[0])
    while i < len(dated) and starts[i] < sentence[1]:
        t = dated[i]
        i += 1
        if may_date is not None and not may_date(i - 1):
            continue  # a date that dates no saying ("said net income for the third quarter fell")
        if said is not None and speaker_start < t.char_start < said[0] and relative_clause_around(
                text, (speaker_start, said[0]), t.char_start) is not None:
            continue
        if said is not None and dated_in_content(text, said, (t.char_start, t.char_end)):
            continue
        return True
    return False


# ", which last month cut its forecast," / ", who in 2001 founded the firm,": a relative clause set off by commas
_RELATIVE_BETWEEN = re.compile(r",\s+((?:which|who|whose)\s[^,;:.!?\"“”]*),")
# A relative clause closing its sentence ("..., said Ana Ruiz, who left the island in 1962.", "the scandal which
# led to the minister's resignation last year."), after a comma or not; "that" only with its own auxiliary ("a
# case that has blocked the trial"), where it cannot open what is said. A period inside a word ("U.S.") is no end.
_RELATIVE_LAST = re.compile(r"(?:,\s+|\s)((?:which|who|whose)\s|that\s+(?:has|have|had|was|were|is|are)\s)"
                            r"(?:[^,;:.!?\"“”]|\.(?!\s|$))*(?=[.!?](?:[\s\"”’')]|$))")


def relative_clause_around(text: str, span: tuple[int, int], offset: int) -> tuple[int, int] | None:
    """The relative clause set off by commas in ``span`` that holds ``offset`` (", which last month cut its
    forecast,"), from its pronoun to its closing comma, or the one that closes the span's sentence, or None."""
    for m in _RELATIVE_BETWEEN.finditer(text, span[0], span[1]):
        if m.start() < offset < m.end():
            return m.span(1)
    for m in _RELATIVE_LAST.finditer(text, span[0], span[1]):
        if m.start(1) < offset < m.end() and not (text.startswith("who", m.start(1))
                                                  and _INVERTED_SAID.search(text, span[0], m.start(1))):
            return m.start(1), m.end()
    return None


# '"...," said Ana Ruiz, who ...': a speaker after an inverted verb, whose relative clause may tell the saying's day
# ("said a businessman who spent Sunday night with the protesters"): left to date the statement.
_INVERTED_SAID = re.compile(r"[,\"”’']\s*(?:said|says|added|adds|told|insisted)\s[^.;!?]*$")


def _dated_between(starts: list[int], lo: int, hi: int, may_date: _MayDate | None = None) -> bool:
    i = bisect.bisect_left(starts, lo)
    while i < len(starts) and starts[i] < hi:
        if may_date is None or may_date(i):
            return True
        i += 1
    return False


def _narrated_before(layout: TextLayout, index: int | None, speaker: str, mentions: list[ActorMention],
                     mention_starts: list[int], dated_starts: list[int], may_date: _MayDate | None = None) -> bool:
    """Whether the sentence before names the speaker in a dated clause (a story of the past).
    ``mention_starts``: the mentions' ``char_start`` in their order."""
    if index is None or index == 0:
        return False
    lo, hi = layout.sentences[index - 1]
    if not _dated_between(dated_starts, lo, hi, may_date):
        return False
    i = bisect.bisect_left(mention_starts, lo)
    while i < len(mentions) and mentions[i].char_start < hi:
        if mentions[i].actor_id == speaker:
            return True
        i += 1
    return False


# A case-blind pattern searched over the whole text: the same matches on the lower-cased text, faster.
_PRONOUN_SAID = CaseBlind(_PRONOUN_SAID)
_HE_SHE = frozenset({"he", "she"})  # where a match of _PRONOUN_SAID starts (``word_led_matches``)


# A verb of saying whose date, coming after it, may be what is said rather than when.
_SAYING = re.compile(r"(?i)(?:said|says|say|told|tells|added|adds|stated|states|declared|declares|warned|warns|insisted|"
                     r"insists|announced|announces|predicted|predicts|forecast|forecasts)")
# What is said has begun between the verb and the date: "that", a modal or an auxiliary of its own
# verb ("said costs will ..."), or a pronoun opening its subject ("said it expects"); not a possessive,
# which may open the verb's own object ("declared their independence").
_CONTENT = re.compile(r"(?i)(?<![\w-])(?:that|will|would|had|has|have|was|were|is|are|could|may|might|should|can|must|"
                      r"won't|wouldn't)(?![\w-])|^\s*(?:it|he|she|they|we|there)\s")


# "said", "added", "insisted" take no noun object: a noun phrase right after one opens what is said ("said
# the party listed the gift in 1995", "said its index fell in December", "said Smith left in May"), where
# "announced the deal in March" or "told reporters on Friday" name the saying's own object.
_SAID_ONLY = re.compile(r"(?i)said|says|say|added|adds|insisted|insists")
_NOUN_PHRASE_OPENS = re.compile(r"\s+(?:(?i:the|a|an|its|his|her|their|our|my|your|these|those|some|many|most|all|"
                                r"both|no|one|two|three)\s|(?!(?:In|On|At|By|For|From|After|Before|During|Since|"
                                r"Until|Last|Next|This|Earlier|Later|Yesterday|Today|Tonight|Tomorrow)\b)[A-Z][\w’'.-]*\s)")
# A bare noun after "said" ("said growth for 2004 was", "said output fell in May"); not after "added", which takes
# one as its object ("added four conversions").
_SAID_BARE = re.compile(r"(?i)said|says|say")
_BARE_NOUN_OPENS = re.compile(r"\s+(?![a-z]+ly\s)(?!(?:in|on|at|by|for|from|after|before|during|since|until|last|"
                             r"next|this|earlier|later|yesterday|today|tonight|tomorrow|to|of|with|about|when|while|"
                             r"as|so|then|now|also|again|here|there|once|overnight|afterwards|separately|late|early|soon|first|"
                             r"both|only|even|just|still|instead|too|not|through|over|under|amid|despite)\s)"
                             r"[a-z][\w’'-]*\s")


def dated_in_content(text: str, trigger: tuple[int, int], timex: tuple[int, int]) -> bool:
    """Whether the date at ``timex`` is inside what a verb of saying at ``trigger`` reports ("said
    costs will weigh on earnings through 1990", "said that in 2019 the army left", "said the index
    fell in December"), not when it was said ("said on Friday that ...", "told a news conference in 2019")."""
    if not _SAYING.fullmatch(text, trigger[0], trigger[1]):
        return False
    if timex[0] < trigger[1]:
        return timex[1] <= trigger[0] and _before_attribution(text, trigger, timex)
    between = text[trigger[1]:timex[0]]
    if re.search(r"[.;!?](?!\d)", between) is not None:  # not the point of "51.8"
        return False
    if _CONTENT.search(between) is not None:
        return True
    if _SAID_ONLY.fullmatch(text, trigger[0], trigger[1]) is None or _INVERTED.search(text, max(0, trigger[0] - 3),
                                                                                     trigger[0]):
        return False
    if not between.strip() and _POSSESSIVE.match(text, timex[1]):
        return True  # "said last month's discovery of a van was a turning point": a date opening what is said
    comma = re.search(r",(?!\d)", between)
    if comma is not None and _CONTENT_VERB.search(between, 0, comma.start()) is None:
        # "said Smith, the minister, ...": a comma may end what is said; not when its first part has a verb of
        # its own ("said net income jumped to $4 million, or 11 cents a share, in the second quarter")
        return False
    return _NOUN_PHRASE_OPENS.match(between) is not None or (
        _SAID_BARE.fullmatch(text, trigger[0], trigger[1]) is not None and _BARE_NOUN_OPENS.match(between) is not None)


# '"We won," said the coach on Saturday': a saying verb after a quotation or a comma has its speaker after it.
_INVERTED = re.compile(r"[,\"“”’'—–-]\s*$")
_POSSESSIVE = re.compile(r"['’]s(?![\w-])")
# A verb of what is said, before its first comma: a regular past or a common irregular one ("prices rose 5%, ...").
_CONTENT_VERB = re.compile(r"(?<![\w’'-])(?:[a-z]+ed|rose|fell|grew|shrank|sank|slid|won|lost|sold|bought|made|paid|"
                           r"spent|took|gave|came|went|led|left|met|began|ran|struck|stood|held|kept|brought|became|"
                           r"rises|falls|grows|climbs|slips|jumps)(?![\w’'-])")
# What follows a trailing attribution's verb to the sentence's end: nothing, a place or a day of the saying ("on
# Friday", "in a statement").
_ATTRIBUTION_END = re.compile(r"(?:\s+(?:in|on|at|to|last|this|yesterday|today|late|earlier)\b[^,;:.!?\"“”]{0,40})?"
                              r"[\s\"”’')]*(?:[.!?]|$)")
# Between a trailing attribution's comma and its verb: the speaker (up to ten words, a bracketed acronym) and "has".
_SPEAKER_BEFORE = re.compile(r",\s*(?:[\w’'.&-]+\s+|\([A-Za-z.&-]+\)\s+){0,10}(?:has\s+|have\s+)?")


def _before_attribution(text: str, trigger: tuple[int, int], timex: tuple[int, int]) -> bool:
    """Whether the date at ``timex`` stands in what a trailing attribution reports: "Retail sales rose in
    January, the statistics office has said.", "... in the quarter, he said." The date is before the comma
    that opens the attribution, the verb ends the sentence (or a day or a place of its own follows it): the
    date is what is said, not when."""
    gap = text[timex[1]:trigger[0]]
    comma = gap.rfind(",")
    if comma < 0 or re.search(r"[;:!?\"“”]|\.\s", gap[:comma]):
        return False  # no attribution, or the date is in another sentence part
    if not _SPEAKER_BEFORE.fullmatch(text, timex[1] + comma, trigger[0]):
        return False
    before = re.split(r"[.!?]\s|\n", text[max(0, timex[0] - 80):timex[0]])[-1]
    if not re.search(r"\w", gap[:comma]) and len(re.findall(r"\w+", before)) < 3:
        return False  # "On Friday, the office said.": no words of what is said around the date
    # "..., the office has said."; not an inverted verb ("..., said Mr Hale."): its statement is found from this
    # row alone (the story's-day finder reads a speaker before the verb only), so the date stays with it
    return bool(gap[comma + 1:].strip()) and _ATTRIBUTION_END.match(text, trigger[1]) is not None


def dated_in_quotation(quotes: list[tuple[int, int]] | Quotes, trigger: tuple[int, int], timex: tuple[int, int]) -> bool:
    """Whether the date at ``timex`` is inside a quotation the verb of saying at ``trigger`` stands
    outside of ('"We were asked about the night of 12 August," said X'): a date of what is quoted,
    not of the saying. ``quotes``: the spans, or their ``Quotes`` (a document's, built once)."""
    found = quotes if isinstance(quotes, Quotes) else Quotes(quotes)
    return found.inside(timex[0]) and not found.inside(trigger[0])
