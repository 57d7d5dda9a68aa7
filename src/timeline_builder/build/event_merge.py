"""One row per happening: text events that are one event merge, in a document and across documents.

Events a knowledge base names already share an id everywhere. Events read from the text (no
knowledge-base entry) get an id from their name, dates and document, so one happening told in two
ways ("the two countries signed agreements", "the 1984 agreements") or in two stories is two rows
until merged here; two stories' "report" of one year are not one report because they share a name.

* In one document (:func:`merge_document_events`, part of the map step): two text events
  merge when they have the same kind and PLOVER type, dates one of which contains the other
  (1984 and 12 May 1984), and either the same name or shared parties: a shared person among
  the agents where both have a person agent (two speakers of one party are two statements), a
  shared agent where both have one, else a shared agent or participant ("the two countries signed agreements" and
  "Chile signed a treaty with Peru"), where their names also share a word other than the
  document's actors' names (two offices of one person, "X Represented Leeds Seats" and "X's
  Tenure as Home Secretary", are two events). The event with the finer date keeps its row; the
  other's mentions and links move to it. On one day, a telling that names no party joins one
  whose name shares two words with its own ("Signing of Plan", "X Signs Economic Plan"). A ruling,
  a report, a vote (kinds not done again within days) told under one name, or a name and the
  same name with more words, on days (or weeks) at most ten days apart is one happening: its first telling
  keeps its name and day.
  A text event that tells a known event of the document again becomes that event's mention
  (:func:`_into_known`).
* Across documents (:func:`merge_events_across_documents`, on the merged tables): two text
  events merge when they have the same kind and type, the same day-precise dates, the same place
  (or none) and the same parties (agents and participants, at least one). Text events without
  both (dated to a month or a year, or with no party) merge when they have the same kind, type,
  dates, place and parties and the same name, a name that says which happening it is: two
  stories' "European Elections" of June 2004 or "Death of Theo van Gogh" are one row, their
  "Report" of 2004 or "Next Election" are not (a name needs two words beyond function words,
  numbers, ordinals and words of time). The smallest id of the group keeps its row. Events one
  document tells two or more of stay out of their group: that document's merge found them two.
  Statements never merge across documents (a minister says many things a day), and the key is
  one of equal values, not a chain of overlaps (a chain of shared agents joined 250 statements
  of one day on the BBC corpus). Equal values also make the merge the same whichever documents or
  shards arrive first (``timeline merge`` of shards gives the bytes of one build): nothing a
  merged row gave up could have joined it to another event.

A statement by Heseltine and one by Howard on the same day share a party, not an agent: two rows.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta
from itertools import accumulate

from ..publish.columns import COLUMN_NAMES
from ..records import Event, EventActor, EventMention, Extraction

# Kinds a person or body does again and again: two stories' statements by one minister on one
# day are usually two statements, so statements never merge across documents.
_SAID_AGAIN = frozenset({"statement"})
# Kinds whose rows a text event of the same days never joins: one speaker says many things on
# one day, one office holder does many things in office.
_OWN_ROWS = frozenset({"statement", "term"})
# Kinds that name one sort of happening (a war and its operations, a treaty and its signing).
_SAME_SORT = ({"crisis", "conflict", "war", "operation"}, {"treaty", "agreement"}, {"law", "sanction"})
_SAME_SORT_PAIRS = frozenset((kind, other) for group in _SAME_SORT for kind in group for other in group)
# Kinds of happening not done again within days under one name: two tellings days apart are one.
_DONE_ONCE = frozenset({"law", "publication", "election", "death", "founding", "appointment", "treaty", "agreement",
                        "sanction"})
_DAYS_APART = 10
# Kinds of happening that are a text of their own (an agreement, a law, a report): its name's
# "on ..." says which one.
_DOCUMENTS = frozenset({"treaty", "agreement", "law", "sanction", "publication"})
_SUBJECT = re.compile(r"\b(?:on|about|concerning|regarding)\s+(.+)$", re.IGNORECASE)
_SHORT = 31  # days: a known event this short holds every event of its kind told inside its days
# Agreements signed on the day of an occasion (a summit, a visit, a parade: kinds meeting and
# other) are that occasion's outcome, not the occasion: they keep their own row.
_SIGNED = frozenset({"agreement", "treaty"})
_OCCASIONS = frozenset({"meeting", "other"})
_SLACK = timedelta(days=31)  # a clause naming a known event may date its retelling a month off
# days: known events at most this long are looked up by their first day (:class:`_KnownByDays`);
# longer or open-ended ones (a war, a term) are few and compared with every text event
_INDEXED_DAYS = 366
_ROLE_RANK = {"agent": 4, "target": 3, "participant": 2, "mentioned": 1}
_WORD = re.compile(r"[^\W\d_]+")
_NAME_STOP = frozenset({"the", "and", "for", "with", "from", "into", "over", "between", "against", "about", "its",
                        "his", "her", "their"})
# Words that do not say which happening a name means: function words, ordinals and words of
# time ("Next Election", "2004 Report", "Sunday's Elections" name no one happening).
_VAGUE = frozenset("""
a an the and or but nor of in on at by for to from with into onto over under about after before during since
until as than that which who this these those its his her their our my your more most some any all other another
such own same very next last previous following former new recent earlier later latest early late first second third
fourth fifth final annual weekly monthly daily similar major further today yesterday tomorrow tonight weekend week
weeks month months year years decade decades century day days time monday tuesday wednesday thursday friday
saturday sunday january february march april may june july august september october november december spring
summer autumn winter
""".split())
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_POSSESSIVE = re.compile(r"['’]s?$")
_TELLING_WORDS = 2  # content words a name needs to tell one happening across documents
_EVENT_COLUMNS = COLUMN_NAMES["events"]
_ID, _NAME, _KIND, _BEGIN, _END, _GRANULARITY, _TYPE, _PLACE, _KB, _SOURCE = (
    _EVENT_COLUMNS.index(c) for c in ("event_id", "name", "kind", "date_begin", "date_end", "granularity",
                                      "event_type", "place", "kb_id", "source"))
_LINK_COLUMNS = COLUMN_NAMES["event_actors"]
_LINK_EVENT, _LINK_ACTOR, _LINK_ROLE, _LINK_DOC = (_LINK_COLUMNS.index(c)
                                                   for c in ("event_id", "actor_id", "role", "doc_id"))


# -- in one document ----------------------------------------------------------------------
def merge_document_events(found: Extraction, spoken: frozenset[tuple[int, int]] = frozenset()) -> Extraction:
    """``found`` with the text events that tell one happening merged into one (see the module).

    ``spoken``: the spans where a speaker refers to himself ("I", "we", "my administration"). A
    speech's speaker proposes, asks and signs most of what it tells: a link he takes there is no
    sign that two of its events are one, so it counts as no shared party."""
    text_events = [e for e in found.events if _is_text_event(e.source, e.kb_id) and e.date_begin is not None]
    if not text_events:
        return found
    agents: dict[str, set[str]] = {}
    parties: dict[str, set[str]] = {}
    people = {a.actor_id for a in found.actors if a.type == "person"}
    names = _NameWords(frozenset(w for a in found.actors for w in _WORD.findall(a.name.lower())),
                       frozenset(w for a in found.actors if a.type == "person" for w in _WORD.findall(a.name.lower())))
    for link in found.event_actors:
        if (link.char_start, link.char_end) in spoken:
            continue
        if link.role == "agent":
            agents.setdefault(link.event_id, set()).add(link.actor_id)
        if link.role in ("agent", "participant"):
            parties.setdefault(link.event_id, set()).add(link.actor_id)
    # The finer-dated event first, so each event merges into the most precise one it matches.
    order = sorted(text_events, key=lambda e: (_span_days(e.date_begin, e.date_end), e.event_id))
    into: dict[str, str] = _into_known(found, text_events)
    first_told: dict[str, int] = {}
    for m in found.event_mentions:
        first_told[m.event_id] = min(m.char_start, first_told.get(m.event_id, m.char_start))
    # The events kept so far, by kind and type: only events of one kind and type are one happening
    # (compared pairwise within a group, not against every event kept: that was quadratic in a
    # long document). A group keeps its order, so the first match is the one a single list gave.
    # Inside a group, only kept events that share a key with the event (see :func:`_match_keys`)
    # can match it: each key lists the places in the group's list of the events that had it there.
    kept_by_sort: dict[tuple, tuple[list[Event], dict[tuple[str, str], list[int]]]] = {}
    for event in order:
        if event.event_id in into:
            continue
        kept, at = kept_by_sort.setdefault((event.kind, event.event_type), ([], {}))
        keys = _match_keys(event, names)
        places = sorted({i for key in keys for i in at.get(key, ())})
        place = next((i for i in places if _same_happening(kept[i], event, agents, parties, people, names)), None)
        target = None if place is None else kept[place]
        if target is None:
            for key in keys:
                at.setdefault(key, []).append(len(kept))
            kept.append(event)
        elif not _within(target.date_begin, target.date_end, event.date_begin, event.date_end) \
                and first_told[event.event_id] < first_told[target.event_id]:
            # told again days apart: the first telling (a story's lead) keeps its name and day
            # (the place keeps the keys of the event it held: a key too many is only one more comparison)
            kept[place] = event
            for key in keys:
                at.setdefault(key, []).append(place)
            into = {k: event.event_id if v == target.event_id else v for k, v in into.items()}
            into[target.event_id] = event.event_id
        else:
            into[event.event_id] = target.event_id
    told_again = _told_again_later(found, into, names, parties, first_told)
    in_passing = _told_before_in_passing(found, into, told_again, names)
    told_again.update(in_passing)
    if not into and not told_again:
        return found
    dated = {e.event_id: _with_text_date(e, into, found.events) for e in found.events}
    if told_again:  # a retelling's date is its clause's, not the happening's: it gives no text_date
        into = {k: told_again.get(v, v) for k, v in into.items()}
        into.update(told_again)
    events = tuple(dated[e.event_id] for e in found.events if e.event_id not in into)
    mentions = tuple(dict.fromkeys(replace(m, event_id=into.get(m.event_id, m.event_id))
                                   for m in found.event_mentions))
    return replace(found, events=events, event_mentions=mentions,
                   event_actors=_one_link_each([replace(l, event_id=into.get(l.event_id, l.event_id))
                                                for l in found.event_actors if l.event_id not in in_passing]))


def _told_again_later(found: Extraction, into: dict[str, str], names: _NameWords,
                      parties: dict[str, set[str]], first_told: dict[str, int]) -> dict[str, str]:
    """Text events that are a later definite mention of an event the document told before ("the
    sanctions", "the election", "the same ruling") -> that event's id. Such a mention is dated by
    its own clause (the day a later statement was made, the story's day), so the merge above sees
    two dates that do not meet and keeps two rows. One joins the nearest event told before it when

    * it is of the same kind (of the same sort, for a known event), not a statement or a term;
    * its name's words beyond words of time and of the document's actors are one to three, the
      last of them (its head noun) a word of the earlier event's name (of a known event told
      again in one word: of the words the document named it with), the others words of that
      name or of the earlier telling's clause ("the U.N.-ordered sanctions" after "the Security Council ordered ...
      (sanctions on ...)");
    * its clause writes the head noun after a definite word ("the", "this", "these", "his", a
      name's possessive; not "its", "their") with nothing between them that ends a noun phrase ("the world cannot meet")
      or makes it another one ("the next meeting"); with a date of its own, between them or
      right after the noun ("the 1973 embargo", "the meeting in April"), it joins only an
      event whose days meet its days;
    * it names no party, or a party of the earlier event (any party, after a known event: "a former
      minister endorsed the treaty"), and its days lie within a season of the earlier event's days;
    * it is told in a later clause (one clause dating two events tells neither again).

    A name of one word, its kind's noun, with a date of its own ("the 1954 Act") also joins the one
    text event of its kind told before whose days meet its days ("provisions enacted in 1954"),
    whatever that event's name, where it is a text of its own (a law, a treaty, a report): with
    two such events it joins neither."""
    first_mention: dict[str, EventMention] = {}
    for m in found.event_mentions:
        if m.event_id not in first_mention or m.char_start < first_mention[m.event_id].char_start:
            first_mention[m.event_id] = m
    told: dict[str, list[str]] = {}
    for m in found.event_mentions:
        told.setdefault(into.get(m.event_id, m.event_id), []).append(m.text)
    kept = [e for e in found.events if e.event_id not in into and e.date_begin is not None
            and e.kind not in _OWN_ROWS and e.event_id in first_mention]
    if len(kept) < 2:
        return {}
    kept.sort(key=lambda e: (first_told.get(e.event_id, first_mention[e.event_id].char_start), e.event_id))
    timexes = _Spans((t.char_start, t.char_end) for t in found.timexes)
    name_words = [{w[:4] for w in _content_words(e.name)} for e in kept]
    having: dict[str, list[int]] = {}  # a name word -> the places of the kept events whose name has it
    for place, stems in enumerate(name_words):
        for stem in stems:
            having.setdefault(stem, []).append(place)
    # a known event's short mentions ("the oil embargo" of the 1973 oil crisis): the words the document
    # names it with, whatever its kind; "the 1973 embargo" after them tells it again
    named_with: dict[int, set[str]] = {}
    for place, event in enumerate(kept):
        if not _is_text_event(event.source, event.kb_id):
            stems = {w[:4] for text in told.get(event.event_id, ()) if len(text.split()) <= _NAMING_WORDS
                     for w in _content_words(text)} - name_words[place]
            if stems:
                named_with[place] = stems
                for stem in stems:
                    having.setdefault(stem, []).append(place)
    clauses: dict[int, set[str]] = {}
    out: dict[str, str] = {}
    for place, event in enumerate(kept):
        if not _is_text_event(event.source, event.kb_id):
            continue
        words = [w[:4] for w in _content_words(event.name) if w not in names.actor_names]
        if not 1 <= len(words) <= _ANAPHOR_WORDS:
            continue
        head = words[-1]
        mention = first_mention[event.event_id]
        own_date = _definite_mention(mention, head, timexes)
        ours = parties.get(event.event_id, set())
        if own_date is None:
            if len(words) == 1 and len(head) < 4 and _definite_mention(mention, head, timexes, short=True):
                _kind_noun_told_again(event, place, kept, first_mention, parties, out)  # "the 1954 Act"
            continue
        for at in reversed(sorted({i for i in having.get(head, ()) if i < place})):
            earlier = kept[at]
            if earlier.event_id in out or first_mention[earlier.event_id].char_end > mention.char_start:
                continue  # one clause dating two events ("proposed in 1969 and in 1970") tells no retelling
            known = not _is_text_event(earlier.source, earlier.kb_id)
            if known and head not in name_words[at]:
                if _same_sort(event.kind, earlier.kind):
                    continue  # of its sort, a known event is told again by a word of its name, as before
            elif not (_same_sort(event.kind, earlier.kind) if known else event.kind == earlier.kind):
                continue  # (of another sort only by the words a short mention named the known event with)
            if at not in clauses:
                clauses[at] = {w[:4] for text in told.get(earlier.event_id, ()) for w in _content_words(text)}
            if known and head not in clauses[at] and len(words) < 2:
                continue  # told again in the words the document named it with ("NAFTA" is no "agreement")
            if not all(w in clauses[at] or w in name_words[at] for w in words):
                continue
            if ours and not known and not ours & parties.get(earlier.event_id, set()):
                continue  # a known event's parties are its signers: "X endorsed the treaty" is X's act
            if own_date and not (_within(event.date_begin, event.date_end, earlier.date_begin, earlier.date_end)
                                 or _within(earlier.date_begin, earlier.date_end, event.date_begin, event.date_end)
                                 or _within(earlier.date_begin, earlier.date_begin, event.date_begin, event.date_end)):
                # (a date of its own is when it began: "the 1973 embargo" of one begun in October 1973)
                continue
            if not _near(event, earlier, _RETOLD_WITHIN):  # "the election" of 2005 after the 1997 election
                continue
            out[event.event_id] = earlier.event_id
            break
        if event.event_id not in out and own_date and len(words) == 1:
            _kind_noun_told_again(event, place, kept, first_mention, parties, out)
    return out


def _told_before_in_passing(found: Extraction, into: dict[str, str], told_again: dict[str, str],
                            names: _NameWords) -> dict[str, str]:
    """Text events named by their kind's noun alone, told in passing as the circumstance of another
    act ("who fled the capital after a coup last year") before the document tells the happening in
    full ("In July last year the army staged a coup") -> that later event's id. Such a mention takes
    the clause's actors (the one who fled), so the pairwise merge sees other parties. One joins where

    * its name's words beyond words of time and of the document's actors are one word, its head;
    * its clause writes that noun after a preposition of circumstance and an article ("after a",
      "before the", "during the"), with nothing between;
    * exactly one text event of its kind told LATER in the document has the head in its name and
      days inside its days, finer than them (a year holding a month or a day).

    Its links are the other act's actors, not the happening's: they are dropped, not moved."""
    first: dict[str, EventMention] = {}
    for m in found.event_mentions:
        if m.event_id not in first or m.char_start < first[m.event_id].char_start:
            first[m.event_id] = m
    events = [e for e in found.events if e.event_id not in into and e.event_id not in told_again
              and _is_text_event(e.source, e.kb_id) and e.date_begin is not None and e.date_end is not None
              and e.kind not in _OWN_ROWS and e.event_id in first]
    out: dict[str, str] = {}
    for event in events:
        words = [w[:4] for w in _content_words(event.name) if w not in names.actor_names]
        if len(words) != 1:
            continue
        head = words[0]
        mention = first[event.event_id]
        if not any(m.group(1)[:4] == head for m in _IN_PASSING.finditer(mention.text)):
            continue
        later = [e for e in events if e is not event and e.kind == event.kind
                 and first[e.event_id].char_start >= mention.char_end
                 and head in {w[:4] for w in _content_words(e.name)}
                 and _within(e.date_begin, e.date_end, event.date_begin, event.date_end)
                 and _span_days(e.date_begin, e.date_end) < _span_days(event.date_begin, event.date_end)]
        if len(later) == 1:
            out[event.event_id] = later[0].event_id
    return out


# "after a coup", "during the war", "before the election": a happening named as the circumstance of another act
_IN_PASSING = re.compile(r"\b(?:after|before|following|during|amid|since)\s+(?:a|an|the)\s+([^\W\d_]+)",
                         re.IGNORECASE)


def _kind_noun_told_again(event: Event, place: int, kept: list[Event], first_mention: dict[str, EventMention],
                          parties: dict[str, set[str]], out: dict[str, str]) -> None:
    """"These provisions were enacted in 1954. ... the 1954 Act": a name that is a bare noun of its kind,
    with a date of its own, tells again the one text event of its kind told before in those days
    (``out`` gains the pair); two such events, or a party of its own none of them has: neither. Only
    for a text of its own (a law, a treaty, an agreement, sanctions, a report: ``_DOCUMENTS``) with
    both ends of its days known: "the 15 September protest" or "the meeting last night" is not the
    one protest or meeting told before in those days."""
    if event.kind not in _DOCUMENTS or event.date_end is None:
        return  # a meeting, a protest, a decision happen again and again: only a text is one of its year
    start = first_mention[event.event_id].char_start
    ours = parties.get(event.event_id, set())
    of_days = [earlier for earlier in kept[:place] if _is_text_event(earlier.source, earlier.kb_id)
               and earlier.kind == event.kind and earlier.event_id not in out and earlier.date_end is not None
               and first_mention[earlier.event_id].char_end <= start
               and (_within(event.date_begin, event.date_end, earlier.date_begin, earlier.date_end)
                    or _within(earlier.date_begin, earlier.date_end, event.date_begin, event.date_end))]
    if len(of_days) == 1 and (not ours or ours & parties.get(of_days[0].event_id, set())):
        out[event.event_id] = of_days[0].event_id


_ANAPHOR_WORDS = 3
# A known event's mention of at most this many words is a name the document gives it ("the oil embargo"),
# not a clause that tells it.
_NAMING_WORDS = 4
# A later clause dates a retelling at most a season from the happening's days (a reaction, an
# inquiry, the story's day); farther apart, "the election" is another election.
_RETOLD_WITHIN = timedelta(days=92)
# "its" and "their" are left out: a firm's or a group's many products and acts ("its release was
# eclipsed by Doom 3's" is another game's release); "his death", "her resignation" are the person's one.
_DEFINITE = frozenset({"the", "this", "these", "those", "his", "her", "our", "my", "your"})
_TOKEN = re.compile(r"[^\W_][\w'’.-]*")


def _content_words(name: str) -> list[str]:
    """A name's words beyond function words, ordinals and words of time (lower case, in order)."""
    return [w for w in (_POSSESSIVE.sub("", w) for w in _WORD.findall(name.lower()))
            if len(w) > 2 and w not in _VAGUE and w not in _NAME_STOP]


def _definite_mention(mention: EventMention, head: str, timexes: _Spans, short: bool = False) -> bool | None:
    """Whether the clause writes the head noun (its first four letters) after a definite word, at
    most three words before it: None where it does not, or where a word between them says it is
    another one of its sort ("the next meeting", "the new embargo"); else whether the noun
    phrase has a date of its own: between the two ("this month's bombing", "the 1973 embargo")
    or right after the noun ("the meeting in early February", "the vote of 1994"). ``short``: a head of
    three letters ("act") is looked for too (it is its whole word)."""
    tokens = [(t.start(), t.end(), t.group().lower()) for t in _TOKEN.finditer(mention.text)]
    for i, (start, end, word) in enumerate(tokens):
        letters = _WORD.match(word)
        if letters is None or len(letters.group()) < (len(head) if short else 4) or letters.group()[:4] != head:
            continue
        for j in range(i - 1, max(-1, i - 4), -1):
            before = tokens[j][2]
            if before in _ANOTHER:
                return None
            if before in _OUTSIDE_PHRASE:
                break  # "the world cannot meet them": the noun phrase ended before the word
            if before in _OTHERS_OWN:
                return None
            if before in _DEFINITE or before.endswith(("'s", "’s")):
                after = tokens[i + 1:i + 3]
                begin = mention.char_start + tokens[j][0]
                stop = mention.char_start + (after[-1][1] if after and after[0][2] in _BEFORE_DATE else end)
                return timexes.meet(begin, stop)
    return None


class _Spans:
    """Character spans (start, end), asked whether any meets a range: sorted by start, with the
    farthest end among the first k, so a question costs a bisection, not a scan of the document's
    spans (a 5 MB document has tens of thousands of timexes and thousands of definite mentions)."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._reach = list(accumulate((end for _, end in ordered), max))

    def meet(self, begin: int, stop: int) -> bool:
        """Whether a span has start < ``stop`` and end > ``begin``."""
        k = bisect_left(self._starts, stop)  # the spans starting before stop: the first k
        return k > 0 and self._reach[k - 1] > begin


_OTHERS_OWN = frozenset({"its", "their"})
# Words that make a definite noun phrase another one of its sort, not the one told before.
_ANOTHER = frozenset({"next", "new", "another", "other", "second", "third", "further", "previous", "last", "first",
                      "following", "latest", "former", "earlier", "later", "coming", "upcoming", "future", "same-day"})
# Words no noun phrase holds between its determiner and its noun: auxiliaries, modals, negation,
# "to", prepositions ("Labour's head of elections": the possessive is the head's).
_OUTSIDE_PHRASE = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "can",
                             "cannot", "could", "will", "would", "shall", "should", "may", "might", "must", "not",
                             "to", "and", "or", "but", "that", "which", "who", "it", "they", "he", "she", "we", "i",
                             "you", "of", "for", "in", "on", "at", "with", "from", "by", "about", "into"})
_BEFORE_DATE = frozenset({"in", "on", "of", "at", "last", "next", "this"})


def _into_known(found: Extraction, text_events: list[Event]) -> dict[str, str]:
    """Text events that tell a known event of the document again -> that event's id: of a kind
    that names the same sort of happening, and either told in a clause that names the known event
    with dates within a month of its days ("Yanukovych lost at the polls" beside the election the
    clause names), or of the same kind and inside the days of a known event that lasts a month at
    most ("the two leaders met for ten hours on Sunday" of a two-day summit), or, whatever its
    kind, on the day of a one-day known event with two of its actors (not an agreement on the day
    of a summit, a visit or a parade: it is signed there, it is not the occasion). Statements and terms in
    office are left alone: one speaker says many things, one office holder does many things."""
    known = [e for e in found.events if e.kb_id is not None and e.date_begin is not None
             and e.kind not in _OWN_ROWS]
    if not known:
        return {}
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in found.event_mentions:
        spans.setdefault(m.event_id, []).append((m.char_start, m.char_end))
    known.sort(key=lambda e: (_span_days(e.date_begin, e.date_end), e.event_id))
    actors: dict[str, set[str]] = {}
    for link in found.event_actors:
        actors.setdefault(link.event_id, set()).add(link.actor_id)
    by_days = _KnownByDays(known)
    into: dict[str, str] = {}
    for event in text_events:
        if event.kind in _OWN_ROWS:
            continue
        own = spans.get(event.event_id, [])
        for k in by_days.around(event):
            if _one_day(event) and _one_day(k) and event.date_begin == k.date_begin \
                    and len(actors.get(event.event_id, set()) & actors.get(k.event_id, set())) >= 2 \
                    and not (event.kind in _SIGNED and k.kind in _OCCASIONS) \
                    and not (event.kind == "meeting" and k.kind == "other"):
                # the day of a one-day known event, two of its actors: "three former Warsaw Pact
                # states acceded to NATO on Friday" is that day's enlargement, whatever its kind;
                # but an agreement signed at a summit, a visit or a parade is a text of its own,
                # and a visit to attend a parade or a ceremony (kind other) is a meeting of its own
                into[event.event_id] = k.event_id
                break
            if not _same_sort(event.kind, k.kind):
                continue
            told_there = any(s < e2 and s2 < e for s, e in own for s2, e2 in spans.get(k.event_id, []))
            if told_there and _near(event, k, _SLACK):
                into[event.event_id] = k.event_id
                break
            if event.kind == k.kind and k.date_end is not None and _span_days(k.date_begin, k.date_end) <= _SHORT \
                    and _within(event.date_begin, event.date_end, k.date_begin, k.date_end):
                into[event.event_id] = k.event_id
                break
    return into


class _KnownByDays:
    """A document's known events, to find those a text event can tell again without trying them
    all (a long document has thousands of text events and hundreds of known ones). Each way
    :func:`_into_known` joins them needs the event's days to meet the known event's days widened
    by ``_SLACK`` (:func:`_near`), so only known events beginning from ``_SLACK`` plus
    ``_INDEXED_DAYS`` before the event to ``_SLACK`` after it can be joined, when at most
    ``_INDEXED_DAYS`` long; longer and open-ended ones (a few) are all checked. :meth:`around`
    gives those whose days meet, in the order of the known list, so the first match is the one a
    scan of the list gave. An event that ends before it begins is compared with all of them."""

    __slots__ = ("known", "_begins", "_places", "_always")

    def __init__(self, known: list[Event]) -> None:
        self.known = known
        short = sorted((k.date_begin, i) for i, k in enumerate(known)
                       if k.date_end is not None and _span_days(k.date_begin, k.date_end) <= _INDEXED_DAYS)
        self._begins = [begin for begin, _ in short]
        self._places = [i for _, i in short]
        indexed = set(self._places)
        self._always = [i for i in range(len(known)) if i not in indexed]

    def around(self, event: Event) -> list[Event]:
        """The known events ``event`` can tell again (a superset), in the known list's order."""
        end = event.date_end or event.date_begin
        if end < event.date_begin:
            return self.known
        lo = bisect_left(self._begins, _moved(event.date_begin, -(_SLACK.days + _INDEXED_DAYS)))
        hi = bisect_right(self._begins, _moved(end, _SLACK.days))
        known = self.known
        return [known[i] for i in sorted(self._places[lo:hi] + self._always) if _near(event, known[i], _SLACK)]


def _moved(day: date, days: int) -> date:
    """``day`` moved by ``days``, held at the first or last day a date can be."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.min if days < 0 else date.max


def _same_sort(kind: str, other: str) -> bool:
    return kind == other or (kind, other) in _SAME_SORT_PAIRS


def _near(event: Event, known: Event, slack: timedelta) -> bool:
    """The event's days meet the known event's days widened by ``slack`` on each side (an open end
    is unbounded; the widening stops at the first and last day a date can be)."""
    end = event.date_end or event.date_begin
    try:
        return (known.date_end is None or event.date_begin <= known.date_end + slack) \
            and end >= known.date_begin - slack
    except OverflowError:
        return (known.date_end is None or event.date_begin <= _moved(known.date_end, slack.days)) \
            and end >= _moved(known.date_begin, -slack.days)


def _with_text_date(event: Event, into: dict[str, str], events: tuple[Event, ...]) -> Event:
    """A known event told again by the text with a date keeps that date as its ``text_date``."""
    if event.kb_id is None or event.text_date is not None:
        return event
    told = next((e.text_date for e in events if into.get(e.event_id) == event.event_id and e.text_date), None)
    return replace(event, text_date=told) if told else event


class _NameWords:
    """A document's event names read once each: their normal form and their content words (see
    :func:`_words`) without the words of the document's actors' names. A long document compares
    each event with every kept event of its kind and type (millions of pairs in a 5 MB text):
    each pair read both names again."""

    __slots__ = ("actor_names", "person_names", "_normals", "_words")

    def __init__(self, actor_names: frozenset[str], person_names: frozenset[str] = frozenset()) -> None:
        self.actor_names = actor_names
        self.person_names = person_names  # the words of the document's persons' names
        self._normals: dict[str, str] = {}
        self._words: dict[str, frozenset[str]] = {}

    def normal(self, name: str) -> str:
        got = self._normals.get(name)
        if got is None:
            got = self._normals[name] = _normal(name)
        return got

    def words(self, name: str) -> frozenset[str]:
        got = self._words.get(name)
        if got is None:
            got = self._words[name] = frozenset(_words(name, self.actor_names))
        return got


def _match_keys(event: Event, names: _NameWords) -> list[tuple[str, str]]:
    """Keys two events of one kind and type share whenever :func:`_same_happening` can hold: each
    way it holds needs the same normal name or a shared name word (a name inside the other's
    words shares them). Statements not done once merge only under one name."""
    keys = [("name", names.normal(event.name))]
    if event.kind not in _SAID_AGAIN or event.kind in _DONE_ONCE:
        keys.extend(("word", w) for w in sorted(names.words(event.name)))
    return keys


def _same_happening(kept: Event, other: Event, agents: dict[str, set[str]], parties: dict[str, set[str]],
                    people: set[str], names: _NameWords) -> bool:
    if (kept.kind, kept.event_type) != (other.kind, other.event_type):
        return False
    if not _within(kept.date_begin, kept.date_end, other.date_begin, other.date_end):
        return _told_again_days_apart(kept, other, names)
    if names.normal(kept.name) == names.normal(other.name):
        return True
    if kept.kind in _SAID_AGAIN:  # statements of one story are one only when the speaker is ("Statement by X")
        return False
    shared = names.words(kept.name) & names.words(other.name)
    if kept.kind in _DOCUMENTS and _other_subjects(kept.name, other.name, names):
        return False
    if not shared:
        # Names with no word in common beyond who took part tell two things a party did
        # ("Jane Doe Represented Leeds Seats" and "Jane Doe's Tenure as Home Secretary").
        return False
    a, b = agents.get(kept.event_id, set()), agents.get(other.event_id, set())
    if a & people and b & people:  # Heseltine's statement and Howard's: each has its own speaker
        return bool(a & b & people)
    if a and b:
        return bool(a & b)
    ours, theirs = parties.get(kept.event_id, set()), parties.get(other.event_id, set())
    if not (ours and theirs) and len(shared) >= 2 and _one_day(kept) and _one_day(other):
        # "the two presidents on Friday signed the plan" after "X and Y signed an economic plan
        # Friday": no one named in one telling, two words and the day in common
        return True
    return bool(ours & theirs)


def _other_subjects(name: str, other: str, names: _NameWords) -> bool:
    """Two documents whose names say what each is about, with no word of it in common: "Agreement
    on Fishing Rights" and "Agreement on Air Traffic" of one year are two agreements."""
    ours, theirs = _SUBJECT.search(name), _SUBJECT.search(other)
    if ours is None or theirs is None:
        return False
    return not (names.words(ours.group(1)) & names.words(theirs.group(1)))


def _told_again_days_apart(kept: Event, other: Event, names: _NameWords) -> bool:
    """A happening of a kind that is not done again within days (a ruling, a report, a vote), told
    twice under one name, or a name and that name with more words ("the article", "an article in
    the Daily Post"), on days or weeks ("last week") beginning at most ``_DAYS_APART`` apart: one happening, one of its days
    misread (a later clause about it dated by its own day)."""
    if kept.kind not in _DONE_ONCE or not (_one_week(kept) and _one_week(other)):
        return False
    if abs((kept.date_begin - other.date_begin).days) > _DAYS_APART:
        return False
    if names.normal(kept.name) == names.normal(other.name):
        return True
    if _other_persons(kept.name, other.name, names):
        return False
    ours, theirs = names.words(kept.name), names.words(other.name)
    return bool(ours and theirs) and (ours <= theirs or theirs <= ours)


def _other_persons(name: str, other: str, names: _NameWords) -> bool:
    """Two names that each name a person of the document and no person in common: "Death of Jane
    Roe" on Monday and "Death of Tom Fell" on Wednesday are two deaths, not one told twice."""
    ours = set(_WORD.findall(name.lower())) & names.person_names
    theirs = set(_WORD.findall(other.lower())) & names.person_names
    return bool(ours and theirs) and not ours & theirs


def _one_week(event: Event) -> bool:
    """Dated to a day or a week ("last week")."""
    return event.date_end is not None and (event.date_end - event.date_begin).days <= 6


def _one_day(event: Event) -> bool:
    return event.date_end is not None and event.date_begin == event.date_end


def _words(name: str, actor_names: frozenset[str]) -> set[str]:
    """A name's content words, cut to their first four letters ("Meeting", "Meets"), without the
    words of the document's actors' names and short function words."""
    return {w[:4] for w in _WORD.findall(name.lower()) if len(w) > 2 and w not in _NAME_STOP and w not in actor_names}


def _within(begin: date, end: date | None, outer_begin: date, outer_end: date | None) -> bool:
    """[begin, end] lies inside [outer_begin, outer_end] (an open end holds only an open end)."""
    if begin < outer_begin:
        return False
    if outer_end is None:
        return True
    return end is not None and end <= outer_end


def _span_days(begin: date, end: date | None) -> int:
    return (end - begin).days if end is not None else 10 ** 7


def _normal(name: str) -> str:
    return " ".join(name.lower().split())


def _one_link_each(links: list[EventActor]) -> tuple[EventActor, ...]:
    """One link per (event, actor): knowledge before text, then the stronger role, then the earliest evidence."""
    best: dict[tuple[str, str], EventActor] = {}
    for link in links:
        key = (link.event_id, link.actor_id)
        old = best.get(key)
        if old is None or _link_rank(link) < _link_rank(old):
            best[key] = link
    return tuple(sorted(best.values(), key=lambda l: (l.event_id, l.actor_id)))


def _link_rank(link: EventActor) -> tuple:
    return (link.basis != "knowledge", -_ROLE_RANK.get(link.role, 0), link.char_start if link.char_start is not None
            else -1, link.char_end if link.char_end is not None else -1, link.role, link.basis)


# -- across documents ---------------------------------------------------------------------
def merge_events_across_documents(events: list[tuple], mentions: list[tuple], links: list[tuple],
                                  link_rank) -> tuple[list[tuple], list[tuple], list[tuple]]:
    """The events, event_mentions and event_actors rows with each group of text events that are
    one happening (see the module) under the group's smallest id; of two links that become one
    (same event, actor and role) the one with the smaller ``link_rank`` stays. The callers sort
    the rows."""
    into = events_merged_into(events, links)
    if not into:
        return events, mentions, links
    events = [row for row in events if row[_ID] not in into]
    mentions = list(dict.fromkeys((into.get(row[0], row[0]),) + tuple(row[1:]) for row in mentions))
    kept: dict[tuple, tuple] = {}
    for row in links:
        row = (into.get(row[0], row[0]),) + tuple(row[1:])
        key = (row[_LINK_EVENT], row[_LINK_ACTOR], row[_LINK_ROLE])
        if key not in kept or link_rank(row) < link_rank(kept[key]):
            kept[key] = row
    return events, mentions, list(kept.values())


def events_merged_into(events: list[tuple], links: list[tuple]) -> dict[str, str]:
    """Each text event id that merges into another across documents -> the id that stays (see the
    module); ``events`` and ``links`` are rows of the events and event_actors tables."""
    parties: dict[str, set[str]] = {}
    for row in links:
        if row[_LINK_ROLE] in ("agent", "participant"):
            parties.setdefault(row[_LINK_EVENT], set()).add(row[_LINK_ACTOR])
    groups: dict[tuple, list[str]] = {}
    for row in events:
        if not _is_text_event(row[_SOURCE], row[_KB]) or row[_BEGIN] is None or row[_KIND] in _SAID_AGAIN:
            continue
        same = (row[_KIND], row[_TYPE], row[_BEGIN], row[_END], row[_PLACE], tuple(sorted(parties.get(row[_ID], ()))))
        # Each row has one key at most, and a merged row keeps its group's key: merging the merged
        # tables of shards again gives the groups of one build.
        if row[_GRANULARITY] == "day" and row[_ID] in parties:
            groups.setdefault(same, []).append(row[_ID])
        elif _tells_one_happening(row[_NAME]):
            groups.setdefault(same + (_normal(row[_NAME]),), []).append(row[_ID])
    told_in: dict[str, set[str]] = {}  # the documents where each event's text links are told
    for row in links:
        if row[_LINK_DOC] is not None:
            told_in.setdefault(row[_LINK_EVENT], set()).add(row[_LINK_DOC])
    into: dict[str, str] = {}
    for ids in groups.values():
        ids = _one_per_document(ids, told_in)
        first = min(ids, default=None)
        into.update({i: first for i in ids if i != first})
    return into


def _one_per_document(ids: list[str], told_in: dict[str, set[str]]) -> list[str]:
    """``ids`` without the events one document tells two or more of: that document's merge (in
    :func:`merge_document_events`) found them two happenings ("tonight I propose a tax credit",
    "tonight I propose a jobs program": one speaker, one day, two proposals), and other stories
    cannot make them one. A document lies wholly in one shard, so shards merged later leave out
    the same events."""
    seen: dict[str, int] = {}
    for i in ids:
        for doc in told_in.get(i, ()):
            seen[doc] = seen.get(doc, 0) + 1
    shared = {doc for doc, n in seen.items() if n > 1}
    return [i for i in ids if not told_in.get(i, set()) & shared] if shared else ids


def _tells_one_happening(name: str | None) -> bool:
    """Whether a name says which happening it means (see the module): two words beyond the vague ones."""
    words = (_POSSESSIVE.sub("", w) for w in _NAME_WORD.findall((name or "").lower()))
    return sum(1 for w in words if len(w) > 1 and w not in _VAGUE) >= _TELLING_WORDS


def _is_text_event(source: str | None, kb_id: str | None) -> bool:
    return source == "text" and kb_id is None
