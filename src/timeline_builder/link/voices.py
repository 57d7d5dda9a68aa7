"""Actors a clause names without their names: pronouns, the author's "we", a quoted speaker's "I".

The linker reads these as mentions of the actors they stand for:

* "he"/"she"/"him" is the person the paragraph has named most so far (:func:`pronoun_referents`);
* the author's "we"/"our" ("мы", "наш") is the state the document speaks for, when the document
  says whose voice it is (:func:`voice_mentions`);
* a quoted "I"/"me"/"my" is the speaker named with "said" before or after the quotation
  (:func:`quoted_first_person`);
* "the latter"/"the former" is the last or next-to-last actor named before it (:func:`latter_and_former`).

Also the small position helpers the linker shares with them: paragraphs and the mentions
inside a span.
"""
from __future__ import annotations

import bisect
import re

from ..extract.casefold import CaseBlind
from ..records import ActorMention, EventMention

_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|him)\b")  # a person the clause refers to (see pronoun_referents)
# The author's first person plural, and "our country" ("нашей страны") naming the voice's state.
# \b(?:[Ww]e|us|[Oo]ur|[Мм]ы|[Нн]ас|[Нн]ам|[Нн]ами|[Нн]аш(?:а|е|и|его|ей|ему|им|ими|их|у)?)\b written letter
# first ("W(?<=\bW)e"): a pattern opening with a literal letter is looked for by that letter, not
# tried at every position of the text (3.5x faster over the whole text, the same matches).
_WE = re.compile("(?:" + "|".join(f"{first}(?<=\\b{first})(?:{rest})" for first, rest in (
    ("W", "e"), ("w", "e"), ("u", "s"), ("O", "ur"), ("o", "ur"), ("М", "ы"), ("м", "ы"),
    ("Н", "ас|ам|ами|аш(?:а|е|и|его|ей|ему|им|ими|их|у)?"), ("н", "ас|ам|ами|аш(?:а|е|и|его|ей|ему|им|ими|их|у)?"))) +
    r")\b")
# "our countries" (two states), and the writer-and-reader "we" of "if we look", "we can see".
_GENERIC_WE = re.compile(r"\s+(?:(?:can|could|may|might|must|should|need to|have to|will)\s+)?(?:look|see|know|recall|"
                         r"remember|note|consider|think|believe|hope|understand|countries|two countries)\b",
                         re.IGNORECASE)
# A quoted speaker: 'X said: "…"', '"…," said X', '"…," X said', '"…," he said'.
_I = re.compile(r"\b(?:I|me|my|My|Me)\b")
_SAID_BEFORE = re.compile(r"\s*(?:,[^,\n]{0,60},\s*)?(?:said|says|told [^:\n]{0,40}|added|wrote|declared)\s*[:,]?\s*")
_SAID_AFTER = re.compile(r"\s*,?\s*(?:said|says|added)\s+")
_SAID_NEXT = re.compile(r"\s+(?:said|says|added)\b")
_NAME_GAP = re.compile(r"[,\s]*(?:[\w.'’-]+\s+){0,4}")  # titles before the speaker's name: "Tory leader"
_HE_SAID = re.compile(r"\s*,?\s*([Hh]e|[Ss]he)\s+(?:said|says|added)\b")
# A sentence's unnamed subject: "it"/"they" after a sentence's opening words ("Later it
# offered"), not "it is"/"it seems" (no actor); a Russian speech verb in the third person
# plural with no subject ("Вчера заявили, что ...", "Требуют переговоров").
_IT_THEY = re.compile(r"\b(?:[Ii]t|[Tt]hey|[Оо]ни)\b")
_ENGLISH_PRONOUN = re.compile(r"[Ii]t|[Tt]hey")
_LEAD = re.compile(r"(?:(?:[Bb]ut|[Aa]nd|[Yy]et|[Ss]o|[Tt]hen|[Nn]ow|[Ll]ater,?|[Ss]till,?|[Hh]owever,?|[Тт]еперь|[Нн]о|[Ии]|[Аа]|"
                   r"[Пп]ри этом|[Оо]днако,?)\s+)*")
_NOT_ACTING = re.compile(r"[\s,]+(?:is|was|are|were|seems?|seemed|appears?|appeared|remains?|remained|"
                         r"(?:will|would|may|might|could|must|can) be|has been|had been|takes|took|"
                         r"makes|made|means|meant|matters|mattered)\b", re.IGNORECASE)
_THEY_SAY = re.compile(r"\b(?:(?:[Зз]а)?[Гг]овор(?:ят|или)|[Зз]аявл(?:яют|яли)|[Зз]аявили|[Уу]твержда(?:ют|ли)|"
                       r"[Оо]бвиня(?:ют|ли)|[Пп]ишут|[Пп]исали|[Тт]ребу(?:ют|ли)|[Уу]грожа(?:ют|ли)|[Пп]ризыва(?:ют|ли))\b")
# The letters _THEY_SAY's verbs begin with: a text holding none of them holds no match (an English
# story is not scanned clause by clause by the Russian verbs' pattern, tried at every position after
# its leading \b). Whether a text holds one is found once a text (the last text asked about is kept).
_THEY_SAY_FIRSTS = "ЗзГгУуОоПпТт"
_THEY_SAY_FIRST = re.compile(f"[{_THEY_SAY_FIRSTS}]")
_said_in: tuple[str, bool] | None = None


def _may_say(text: str) -> bool:
    """Whether ``text`` holds a letter a verb of ``_THEY_SAY`` begins with."""
    global _said_in
    known = _said_in
    if known is not None and known[0] is text:
        return known[1]
    held = _THEY_SAY_FIRST.search(text) is not None
    _said_in = (text, held)
    return held
_SUBJECT_WORDS = 4  # a sentence's subject stands within its first words
# Between a sentence's opening "it" and a clause told from its verb: "has also", "will soon".
_AUXILIARIES = re.compile(r"(?:\s+(?:has|have|had|will|would|did|does|do|also|then|later|soon|again|already|never|not|"
                          r"still|now|could|may|might|must|should))*\s*")
# "the latter"/"the former" standing for a name: before a possessive, punctuation or a verb, not a noun.
_LATTER = re.compile(r"\b[Tt]he (latter|former)(?=['’]s\b|\s*[,.;:!?)]|\s+(?:is|was|are|were|has|had|have|will|would|"
                     r"can|could|may|might|must|should|did|does|said|says|told|also|then|later|\w+ed)\b)")
_LATTER_REACH = 300  # characters: the two names stand in the sentence or the one before
_OUR_COUNTRY = re.compile(r"(?:our|наш\w*)\s", re.IGNORECASE)
_AUTHOR = re.compile(r"\bthe author\b", re.IGNORECASE)


def voice_mentions(text: str, doc_id: str, mentions: list[ActorMention], referred: list[ActorMention],
                    types: dict[str, str], paragraphs: list[int], voice: str | None) -> list[ActorMention]:
    """The author's "we"/"our" ("мы", "наш") as mentions of the state the document speaks for.

    The document says whose voice it is: "our country" is a mention of that state (the actor
    stage resolves it only where the text makes the voice plain), or a sentence introducing
    "the author" names one state ("the author, who led France's delegation"). A
    speaker's own first person (``referred``), quotations, where someone else speaks, "our
    countries" (two states) and the writer-and-reader "we" ("if we look at", "we can see") are
    left alone.
    """
    if voice is None:  # voice_of found none
        return []
    spoken = {(m.char_start, m.char_end) for m in referred}
    quoted = _quoted(text)
    starts = [a for a, _ in quoted]
    found = []
    for m in _WE.finditer(text):
        k = bisect.bisect_right(starts, m.start()) - 1
        if (m.start(), m.end()) in spoken or (k >= 0 and m.start() < quoted[k][1]) or \
                _GENERIC_WE.match(text, m.end()):
            continue
        found.append(ActorMention(voice, doc_id, m.start(), m.end(), m.group()))
    return found


def voice_of(text: str, mentions: list[ActorMention], types: dict[str, str]) -> str | None:
    """The one state the document's "our country" names, else the one state named in a sentence about "the author"."""
    ours = {m.actor_id for m in mentions if _OUR_COUNTRY.match(m.text) and types.get(m.actor_id) == "state"}
    if len(ours) == 1:
        return ours.pop()
    author = _AUTHOR.search(text)
    if author is None:
        return None
    start = max(text.rfind(c, 0, author.start()) for c in ".!?\n") + 1
    ends = [k for k in (text.find(c, author.end()) for c in ".!?\n") if k != -1]
    named = {m.actor_id for m in mentions_within(mentions, start, min(ends, default=len(text)))
             if types.get(m.actor_id) == "state"}
    return named.pop() if len(named) == 1 else None


def quoted_first_person(text: str, doc_id: str, people: list[ActorMention], by_actor: dict[str, list[ActorMention]],
                         paragraphs: list[int]) -> list[ActorMention]:
    """A quoted speaker's "I"/"me"/"my" as mentions of the speaker: the person named just before
    the quotation with "said:" ('The MP said: "When I first stood for the seat ..."') or just
    after it ('"... " said Lord Hattersley', '"...," Kennedy said'); "he said" after it is the
    person "he" refers to there."""
    found = []
    for start, end in _quoted(text):
        speaker = _speaker_before(text, start, people) or \
            _speaker_after(text, start, end, people, by_actor, paragraphs)
        if speaker is None:
            continue
        for m in _I.finditer(text, start, end):
            found.append(ActorMention(speaker, doc_id, m.start(), m.end(), m.group()))
    return found


def _speaker_before(text: str, quote: int, people: list[ActorMention]) -> str | None:
    k = bisect.bisect_left(people, quote, key=lambda m: m.char_start) - 1
    if k >= 0 and _SAID_BEFORE.fullmatch(text, people[k].char_end, quote):
        return people[k].actor_id
    return None


def _speaker_after(text: str, quote_start: int, quote_end: int, people: list[ActorMention],
                   by_actor: dict[str, list[ActorMention]], paragraphs: list[int]) -> str | None:
    k = bisect.bisect_left(people, quote_end, key=lambda m: m.char_start)
    if k < len(people):
        said = _SAID_AFTER.match(text, quote_end)  # '"…," said Lord Hattersley'
        if said is not None and _NAME_GAP.fullmatch(text, said.end(), people[k].char_start):
            return people[k].actor_id
        if _NAME_GAP.fullmatch(text, quote_end, people[k].char_start) and \
                _SAID_NEXT.match(text, people[k].char_end):  # '"…," Tory leader Michael Howard said'
            return people[k].actor_id
    pronoun = _HE_SAID.match(text, quote_end)
    if pronoun is not None:
        # '"... his wife Jane died last week," he said': whom the speaker names is not the speaker.
        clause = EventMention("", "", pronoun.start(1), pronoun.end(1), "")
        at = [bisect.bisect_left(people, offset, key=lambda m: m.char_start) for offset in (
            paragraphs[max(0, paragraph(paragraphs, quote_start) - 1)],  # pronoun_referents looks no further back
            quote_start, quote_end, pronoun.end())]
        outside = people[at[0]:at[1]] + people[at[2]:at[3]]
        referents = pronoun_referents(text, clause, outside, by_actor, paragraphs)
        return referents[0][0].actor_id if referents else None
    return None


def latter_and_former(text: str, doc_id: str, mentions: list[ActorMention],
                      paragraphs: list[int]) -> list[ActorMention]:
    """"the latter" and "the former" as mentions of the last and the next-to-last actor named
    before them in their paragraph ("X refused to back Y and Z over the latter's plan": Z's plan).
    Followed by a noun they describe it ("the former Soviet Union", "the latter half"), and name no one."""
    found = []
    for m in _latter_matches(text):
        floor = max(paragraphs[paragraph(paragraphs, m.start())], m.start() - _LATTER_REACH)
        k = bisect.bisect_left(mentions, m.start(), key=lambda x: x.char_start)
        named: list[ActorMention] = []
        while k > 0 and len(named) < 2 and mentions[k - 1].char_start >= floor:
            k -= 1
            if mentions[k].char_end <= m.start() and all(n.actor_id != mentions[k].actor_id for n in named):
                named.append(mentions[k])
        if len(named) == 2:
            actor = named[0] if m.group(1).lower() == "latter" else named[1]
            found.append(ActorMention(actor.actor_id, doc_id, m.start(), m.end(), m.group()))
    return found


def _latter_matches(text: str) -> list[re.Match]:
    """:data:`_LATTER`'s matches, in order, tried only where "he latter"/"he former" stand (a scan
    for a pattern opening with ``[Tt]`` would stop at every t of the text)."""
    found = []
    for word in ("he latter", "he former"):
        k = text.find(word, 1)
        while k != -1:
            m = _LATTER.match(text, k - 1)
            if m is not None:
                found.append(m)
            k = text.find(word, k + 1)
    return sorted(found, key=lambda m: m.start())


def _quoted(text: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks (“…”, «…», "…"), in order."""
    spans = [m.span() for m in re.finditer(r"“[^”]*”|«[^»]*»|\"[^\"\n]*\"", text)]
    return sorted(spans)


def pronoun_referents(text: str, clause: EventMention, people: list[ActorMention],
                       by_actor: dict[str, list[ActorMention]], paragraphs: list[int]
                       ) -> list[tuple[ActorMention, str | None]]:
    """People a clause refers to as "he"/"she" (its subject) or "him" (its object), with the role
    "him" implies (None: read it from the clause's shape).

    The referent is, of the people named before the pronoun in its paragraph, the one the
    document has named most so far (on a tie, the latest): in a profile, "Blair called him a
    giant" is about the profile's subject, not the last name in passing. A subject pronoun after a person
    the clause names is that person (already linked); an object pronoun is nobody the clause
    names ("Blair called him").
    """
    found = []
    for pronoun in _PRONOUN.finditer(text, clause.char_start, clause.char_end):
        subject = pronoun.group().lower() != "him"
        named = [m.actor_id for m in mentions_within(people, clause.char_start, clause.char_end)
                 if not subject or m.char_start < pronoun.start()]
        if subject and named:
            continue
        k = paragraph(paragraphs, pronoun.start())
        hi = bisect.bisect_left(people, pronoun.start(), key=lambda m: m.char_start)
        lo = bisect.bisect_left(people, paragraphs[k], key=lambda m: m.char_start)
        if lo == hi and k > 0:
            # A paragraph that opens with "he" continues the one before (news stories run one
            # or two sentences a paragraph): its people are the candidates.
            lo = bisect.bisect_left(people, paragraphs[k - 1], key=lambda m: m.char_start)
        recent = list({m.actor_id: m for m in people[lo:hi] if m.actor_id not in named}.values())
        if not recent:
            continue

        def named_so_far(m: ActorMention) -> int:
            return bisect.bisect_left(by_actor[m.actor_id], pronoun.start(), key=lambda x: x.char_start)
        best = max(recent, key=lambda m: (named_so_far(m), m.char_start))
        found.append((ActorMention(best.actor_id, best.doc_id, pronoun.start(), pronoun.end(), pronoun.group()),
                      None if subject else "target"))
    return found


def subject_referents(text: str, clause: EventMention, named: list[ActorMention], types: dict[str, str],
                      starts: list[int], paragraphs: list[int], voice: str | None
                      ) -> list[tuple[ActorMention, str | None]]:
    """The state, organisation or group a clause's unnamed subject is, as mentions at the subject,
    with the role a subjectless verb gives (None: read it from the clause's shape).

    A sentence opening with "it"/"they"/"они" ("The US fined Peru. Later it offered talks"),
    or a Russian sentence whose speech verb has no subject at all ("НАТО усилило давление.
    Вчера заявили, что ..."), goes on about the subject
    of the sentences before: the first actor named within the first words of the sentence
    before it in its paragraph (``starts``: where the document's sentences start). An English
    sentence opening with an "it"/"they" of its own, and any Russian sentence whose first words
    name nobody, go on about the same one: the search goes further back. A subject that is a person or the document's own voice ("we") ends the search: the unnamed
    subject is then nobody the document names as a state, organisation or group. "It is ..."
    and "it seems" are no actor.
    """
    found = []
    for subject in _unnamed_subjects(text, clause, named, starts):
        k = bisect.bisect_right(starts, subject.start()) - 1
        if k < 0:
            continue
        floor = paragraphs[paragraph(paragraphs, subject.start())]
        if starts[k] <= floor and paragraph(paragraphs, subject.start()) > 0:
            floor = paragraphs[paragraph(paragraphs, subject.start()) - 1]  # a paragraph opening "They ..."
        russian = not _ENGLISH_PRONOUN.fullmatch(subject.group())
        for j in range(k - 1, -1, -1):
            lo, hi = starts[j], starts[j + 1]
            if lo < floor:
                break
            first = mentions_within(named, lo, hi)[:1]
            if not first or len(text[lo:first[0].char_start].split()) > _SUBJECT_WORDS:
                # Russian drops a subject the sentences before gave ("Никто не удивился"); an
                # English sentence names its own, so one not named ("Trade slowed. Still, it
                # ...") is what "it" is, unless it is an "it"/"they" itself.
                if russian or _unnamed_subjects(text, EventMention("", "", lo, hi, ""), named, starts):
                    continue
                break
            actor = first[0].actor_id
            if types.get(actor) in ("state", "organization", "group") and actor != voice:
                said = None if _IT_THEY.fullmatch(subject.group()) else "agent"  # a subjectless verb's doer
                found.append((ActorMention(actor, first[0].doc_id, subject.start(), subject.end(), subject.group()), said))
            break
    return found


def _unnamed_subjects(text: str, clause: EventMention, named: list[ActorMention],
                      starts: list[int]) -> list[re.Match]:
    """A clause's sentence-opening "it"/"they", and its Russian speech verbs said by nobody named."""
    out = []
    opening = _sentence_start(starts, clause.char_start)  # "Later it has | offered talks"
    for m in _IT_THEY.finditer(text, min(opening, clause.char_start), clause.char_end):
        lo = _sentence_start(starts, m.start())
        if _LEAD.fullmatch(text, lo, m.start()) and not _NOT_ACTING.match(text, m.end()) and \
                (m.start() >= clause.char_start or _AUXILIARIES.fullmatch(text, m.end(), clause.char_start)):
            out.append(m)
    if not _may_say(text):
        return out
    for m in _THEY_SAY.finditer(text, clause.char_start, clause.char_end):
        lo = _sentence_start(starts, m.start())
        if len(text[lo:m.start()].split()) <= _SUBJECT_WORDS * 2 and not mentions_within(named, lo, m.start()):
            out.append(m)
    return out


def _sentence_start(starts: list[int], offset: int) -> int:
    k = bisect.bisect_right(starts, offset) - 1
    return starts[k] if k >= 0 else 0


def paragraph_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer(r"\n\s*\n", text)]


def paragraph(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset) - 1


def mentions_within(mentions: list[ActorMention], start: int, end: int) -> list[ActorMention]:
    """Mentions inside [start, end); ``mentions`` is sorted by start (bisect keeps linking linear
    in document length instead of rescanning every actor mention for every event mention)."""
    out = []
    for i in range(bisect.bisect_left(mentions, start, key=lambda m: m.char_start), len(mentions)):
        m = mentions[i]  # indexed, not a slice: a slice would copy the rest of the list each call
        if m.char_start >= end:
            break
        if m.char_end <= end:
            out.append(m)
    return out


__all__ = ["latter_and_former", "mentions_within", "paragraph", "paragraph_starts", "pronoun_referents",
           "quoted_first_person", "subject_referents", "voice_mentions", "voice_of"]


# Case-blind patterns searched over the whole text: the same matches on the lower-cased text, faster.
_AUTHOR = CaseBlind(_AUTHOR)
