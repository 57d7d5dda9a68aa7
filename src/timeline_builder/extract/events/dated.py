"""Events the text dates: a clause holding a date expression and event language.

"in 1962, when our countries came closer than ever to nuclear confrontation" becomes an
event dated 1962 by the text; when a knowledge-base event of that time shares cue words
with the clause or the sentence before it (nuclear, confrontation -> Cuban Missile Crisis)
the clause is a mention of that event instead, dated by knowledge. Durations anchored to
the dct ("after three years of ...", "in four years ... will") date an event by context.
"""
from __future__ import annotations

import bisect
import re
from datetime import date, timedelta
from functools import lru_cache

from ...knowledge.events import EventKnowledge, KnownEvent
from ...records import Timex
from ..casefold import CaseBlind, CaseBlindSet, case_blind, fold
from .candidates import Candidate, KnownSpans, from_knowledge, shift, shift_years, year_from_knowledge
from .derived import is_episode, party_named
from .matcher import _NAMED_AHEAD_YEARS
from .text import TextLayout

# Words that make a dated clause an event rather than a bare mention of a time.
EVENT_LANGUAGE = re.compile(
    r"\b(?:wars?|crises|crisis|conflicts?|confrontations?|invasions?|invaded|occupation|treat(?:y|ies)|agreements?|"
    r"accords?|pacts?|summits?|meetings?|talks|negotiat\w*|conferences?|elections?|elected|votes?|referendum|"
    r"sanctions?|embargo|threats?|events?|revolutions?|uprisings?|coups?|attacks?|strikes?|bomb\w*|visit\w*|"
    r"sign\w*|launch\w*|beg[au]n|start\w*|ended|arose|appeared|publish\w*|announc\w*|adopt\w*|passed|impos\w*|"
    r"paraly[sz]\w*|disrupt\w*|held|founded|establish\w*|creat\w*|collaps\w*|fell|fall|appoint\w*|plans?|"
    r"proposals?|propos\w*|speech|address|polic(?:y|ies)|decisions?|decided|deals?|withdr[ae]w\w*|expel\w*|"
    r"expulsions?|exchang\w*|dialogue|cooperation|deploy\w*|tests?|tested|assassinat\w*|died|death|killed|"
    r"protests?|reforms?|outlined|declared|declaration|ratif\w*|resolutions?|laws?|act|orders?|doctrine|"
    r"initiative|programs?|programmes?|operations?|campaign|offensive|ceasefire|truce|armistice|independence|"
    r"unification|reunification|blockade|airlift|standoff|escalat\w*|clash\w*|disputes?|brink|"
    r"fought|won|lost|defeat\w*|victory|surrender\w*|liberat\w*|built|destroy\w*|allowed|helped|promoted|"
    r"organi[sz]ed|shut|halted|suspended|resumed|restored|broke|broken|break\w*|split|joined|entered|left|came to power|"
    r"took office|became|emerged|introduced|enacted|vetoed|approved|rejected|reached|agreed|met|spoke|"
    r"pursued|supported|opposed|hearing|report|study|article|paper|warn\w*|stat(?:ed|ement)|said|told|"
    r"direct(?:ed|ive)|ordered|called|asked|requested|receiv\w*|evacuat\w*|reinforc\w*|alert\w*|sent|"
    r"moved|arrived|returned|visited|ratified|pledged|promised|committed|"
    r"acquired|purchas\w*|bought|sold|released|captured|seized|rescued|landed|crossed|occupied|shot|"
    r"genocide|massacres?|atrocit\w*|invit\w*|accepted|flew|went|trips?|journey|travel\w*|funerals?|"
    r"inaugurat\w*)\b", re.IGNORECASE)
# Nouns that name an event of each kind ("the treaty", "this summit").
_KIND_NOUNS = {
    "treaty": r"\btreat(?:y|ies)\b", "agreement": r"\b(?:agreements?|accords?)\b", "meeting": r"\b(?:summit|meeting|talks)\b",
    "law": r"\b(?:act|law|bill)\b", "war": r"\bwar\b", "operation": r"\b(?:operation|invasion|attack)\b",
    "crisis": r"\bcrisis\b", "election": r"\belection\b", "sanction": r"\b(?:sanctions?|embargo)\b",
}
# (run on the lower-cased text, and only where the noun's letters are there: every linked date's
# context is searched for the nouns of its events' kinds)
_KIND_NOUN_PATTERNS = {kind: CaseBlind(re.compile(pattern, re.IGNORECASE)) for kind, pattern in _KIND_NOUNS.items()}
_RANGE_GAP = re.compile(r"^[\s,]*(?:and|to|through|until|till|or|[-–—/])?[\s,]*(?:the\s+)?$", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|never)\s+(?:in|on|at|during|since|by)?\s*$", re.IGNORECASE)
# A clause that announces what is still to happen: its event cannot be one that has already begun.
_PLANNED = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:to|going\s+to|due\s+to|expected\s+to|set\s+to|scheduled\s+to)|"
                      r"plans?\s+to|intends?\s+to)\s+(?:\w+\s+)?\w", re.IGNORECASE)
_HYPOTHETICAL = re.compile(r"\b(?:would|could|might)\b", re.IGNORECASE)
_FUTURE_FACT = re.compile(r"\b(?:will|shall|scheduled|planned|plans?|due to|set to|expected)\b", re.IGNORECASE)
# The kinds a text names before they happen (an election, a summit, a treaty): see ``_link``. One list with
# the matcher's, which bounds how far ahead each name may come; a term is left out here, as when this rule
# was written (a date before a term begins tells its election or appointment, which are in).
_NAMED_AHEAD = frozenset(_NAMED_AHEAD_YEARS) - {"term"}
# "polls have shown", "opinion polls", "polls suggest": surveys of opinion, not the polls of a vote.
_OPINION_POLLS = re.compile(r"\b(?:(?:opinion|public|recent|latest|several)\s+polls?|polls?\s+(?:have\s+|has\s+)?"
                            r"(?:show|shown|showed|shows|suggest|suggested|suggests|indicate|indicated|indicates|found|"
                            r"finds|put|puts|gave|give|gives)|polls?\s+(?:of|by|conducted|published|taken))\b", re.IGNORECASE)
_ELECTION_WORD = re.compile(r"\b(?:elections?|electoral|ballots?|voters?|voted|votes|vote|re-?elect\w*|landslide|"
                            r"electorate|polling\s+(?:day|stations?|booths?))\b", re.IGNORECASE)
_REPORTED_MODAL = re.compile(r"\bthat\b[^.;]*\b(?:would|could|might)\b", re.IGNORECASE)
# "the 40th anniversary of the Suez crisis, a failed invasion of Egypt": what an anniversary remembers (and an
# indefinite description of it after a comma) is not what happens on the date the anniversary stands beside.
_ANNIVERSARY_OF = re.compile(r"\banniversar(?:y|ies)\s+of\b[^,;]*(?:,\s+an?\s+[^,;]*)?", re.IGNORECASE)
_HAPPENINGS = frozenset({"war", "crisis", "operation", "conflict", "meeting"})
_WAR_NOUNS = frozenset({"war", "wars", "conflict", "conflicts"})
_CONDITIONAL = re.compile(r"\b(?:if|whether|unless)\b[^,;:.!?–—]*$", re.IGNORECASE)
_THAN = re.compile(r"\bthan\s+(?:(?:in|during|at|on|by)\s+)?(?:the\s+)?$", re.IGNORECASE)
# Verbs that say a happening ended: the clause's date is its end, not its start.
_ENDING = re.compile(r"\b(?:left|withdrew|withdrawn|pulled\s+out|ended|ends|concluded|completed|finished|"
                     r"came\s+to\s+an\s+end|was\s+over|lifted)\b", re.IGNORECASE)
_INTO = re.compile(r"\b(?:well\s+|far\s+|deep\s+)?into\s+(?:the\s+)?$", re.IGNORECASE)
_UPPER_BOUND = re.compile(r"\b(?:[Bb]y|[Uu]ntil|[Tt]ill|[Uu]p to)\s+$")
_FUTURE = re.compile(r"\b(?:will|would|shall|going to|could|may|might)\b", re.IGNORECASE)
_DURATION_YEARS = re.compile(r"^P(\d+)Y$")
_RELATIVE_WORDS = re.compile(
    r"\b(?:last|next|this|ago|previous|yesterday|today|tomorrow|recent|coming|past|later|earlier|since|"
    r"current|present)\b", re.IGNORECASE)
_AGO_YEARS = re.compile(r"\b(?:years?|decades?|centur(?:y|ies))\b")  # the unit an "ago" counts in
_AGO_NUMBER = re.compile(r"(\d+)|(?:(?:a|one|half a)\s+(decade|century))", re.IGNORECASE)
_LEADING = re.compile(r"^(?:(?:and|but|or|so|yet|for instance|for example|e\.g\.|i\.e\.|in|on|at|by|during|since|"
                      r"until|from|of|to|as|just as|even|when|while|after|before|both|that|which|who|"
                      r"where|it|there|here)\b[\s,]*)+", re.IGNORECASE)
_GENERIC_WAR = re.compile(
    r"\b(?:risks?|threats?|dangers?|fears?|spectre|specter|prospects?|possibility|"
    r"prevent\w*|avert\w*|avoid\w*|deter\w*)\s+(?:of\s+)?(?:an?\s+|the\s+)?(?:\w+\s+)?wars?\b", re.IGNORECASE)
_COMPARISON = re.compile(r"\b(?:just\s+as|as|like|as was the case|as it was)\s+(?:in|during|at|back in)\s+"
                         r"(?:the\s+)?$", re.IGNORECASE)
_COMPARISON_NAME = re.compile(r"^(?:just\s+)?as\s+", re.IGNORECASE)
_MAX_NAME_WORDS = 14
# Dates narrow enough to say which known event a clause means (a season is three months).
_LINKABLE_GRANULARITIES = frozenset({"day", "week", "month", "season", "quarter", "year"})
# Words by which a sentence points back to what the sentence before described.
_BACK_REFERENCE = re.compile(r"\b(?:[Ss]imilar(?:ly)?|[Ss]uch|[Tt]hese|[Tt]hose|[Tt]his|[Tt]he same|[Ll]ikewise|"
                             r"again)\b")
# A knowledge event linked by cues must be a specific happening, not a long era.
_MAX_LINK_DAYS = 366 * 4
_MAX_DURATION_YEARS = 200
# Kinds whose date_begin is a signing or enactment: linkable however long they last.
_SIGNED = frozenset({"treaty", "agreement", "law", "sanction"})

# Case-blind patterns searched per date: the same matches on the lower-cased text, several times faster.
EVENT_LANGUAGE, _GENERIC_WAR, _PLANNED, _ENDING, _FUTURE, _FUTURE_FACT, _HYPOTHETICAL, _REPORTED_MODAL = map(
    CaseBlind, (EVENT_LANGUAGE, _GENERIC_WAR, _PLANNED, _ENDING, _FUTURE, _FUTURE_FACT, _HYPOTHETICAL, _REPORTED_MODAL))


class _Lazy(dict):
    """A dict that makes a missing key's value on first use."""

    def __init__(self, make):
        super().__init__()
        self._make = make

    def __missing__(self, key):
        value = self[key] = self._make(key)
        return value


class DatedClauseFinder:
    """Turns dated clauses into candidates, linking them to known events when cues agree."""

    def __init__(self, kb: EventKnowledge):
        self.linkable = [e for e in kb.events.values()
                         if e.kind != "term" and (e.cues or e.kind in _KIND_NOUNS) and e.date_begin
                         and (e.kind in _SIGNED or (e.date_end or e.date_begin) - e.date_begin
                              <= timedelta(days=_MAX_LINK_DAYS))]
        self.linkable.sort(key=lambda e: (e.date_begin, e.event_id))
        self._begins = [e.date_begin for e in self.linkable]
        # Each event's patterns are compiled when a date first reaches it (most never are).
        by_id = {e.event_id: e for e in self.linkable}
        self._name_patterns = _Lazy(lambda event_id: _name_words(by_id[event_id]))
        self._cue_patterns = _Lazy(lambda event_id: CaseBlind(re.compile(
            r"\b(?:" + "|".join(re.escape(c) for c in by_id[event_id].cues) + r")\b" if by_id[event_id].cues else r"(?!)",
            re.IGNORECASE)))
        # The words a context must hold for the patterns to match there: most known events of a
        # date's years are not named near it, and a set lookup rules them out without a scan.
        self._cue_firsts = _Lazy(lambda event_id: _first_words(by_id[event_id].cues))
        self._name_set = _Lazy(lambda event_id: _name_word_set(by_id[event_id]))
        self._party_words = _Lazy(lambda event_id: frozenset(
            w for actor, _ in by_id[event_id].participants for w in actor.split("-")))
        # A short episode's cue words that are its parties' names ("Kennedy", "Cuba" of the missile
        # crisis): those people and states outlive it, so their names date nothing of it alone.
        # Only for happenings (a crisis, a short war or operation), not for an election or an accession,
        # whose party ("Labour returned to power", "joined the World Trade Organization") is what it is.
        self._party_cues = _Lazy(lambda event_id: {
            c.lower(): party for c in by_id[event_id].cues
            if (party := party_named(c, by_id[event_id])) is not None}
            if by_id[event_id].kind in _VIOLENT and is_episode(by_id[event_id]) else {})
        # Where each word a context may hold points in ``linkable`` (``_word_index``): made on first use.
        self._words_at: tuple[dict[str, list[int]], dict[str, list[int]], list[int]] | None = None
        # Known one-day events by month and day, for a date the text gives without its year.
        self._by_month_day: dict[tuple[int, int], list[KnownEvent]] = {}
        for e in kb.events.values():
            if e.kind != "term" and e.granularity == "day" and e.date_begin is not None and \
                    any(_MONTH_DAY_WORDS.search(a) for a in (e.name,) + e.aliases):
                self._by_month_day.setdefault((e.date_begin.month, e.date_begin.day), []).append(e)

    def find(self, timexes: list[Timex], layout: TextLayout, dct: date | None,
             known_spans: KnownSpans, triggers=None, party_named=None, is_person=None,
             dct_source: str = "metadata", foreign_only=None, other_side=None) -> list[Candidate]:
        """Candidates for the dated clauses; ``triggers`` (the trigger knowledge) adds its event
        words to ``EVENT_LANGUAGE``, so a trigger a user adds ("paraded") makes its dated clause an event.
        ``party_named(event)`` tells whether the document names one of a known event's parties: an
        election is linked only where it does (see ``_link``). ``is_person(actor_id)``: whether an actor
        is a person (a short episode's person is no evidence of it alone: see ``_link``).
        ``dct_source``: where the dct came from (only a document's own dct is exact enough to rule out a
        known event of the days after it). ``foreign_only(event, start, end)``: whether the text between the
        offsets names actors of some state and of none of the event's (an election: see ``_link``).
        ``other_side(event, start, end)``: whether an actor between the offsets is the agent of a word of
        violence and on the event's other side (a war, an operation: see ``_link``)."""
        text = layout.text
        exact_dct = dct if dct_source in ("metadata", "filename") else None
        out: list[Candidate] = []
        unlinked: dict[tuple[int, int], list[Candidate]] = {}
        # the timexes' starts where they come in text order (as the stage gives them): those of a
        # sentence are then a slice, not a pass over all of them for each duration
        starts = [t.char_start for t in timexes]
        if any(a > b for a, b in zip(starts, starts[1:])):
            starts = None
        for tx in timexes:
            if layout.in_notes(tx.char_start):
                continue
            if tx.type == "DURATION":
                cand = self._duration(tx, layout, dct, triggers) or _period_from_date(tx, layout, timexes, known_spans, starts) \
                    or _last_period(tx, layout, dct)
                if cand:
                    out.append(cand)
                continue
            if tx.value == "PAST_REF" and dct is not None:
                tx = _recent_interval(tx, dct) or tx  # "recently", "in recent months": an honest interval up to the dct
            if tx.value == "PRESENT_REF" and dct is not None and tx.text.lower() in ("today", "tonight") \
                    and _todays_happening(text, tx):
                # "today's crisis": the happening of the dct, not of another date of the clause
                tx = Timex(tx.doc_id, tx.char_start, tx.char_end, tx.text, "DATE", dct.isoformat(), tx.mod, dct, dct, "day")
            if tx.type not in ("DATE", "TIME") or (tx.date_begin is None and tx.date_end is None) \
                    or tx.value.endswith("_REF"):
                continue
            if _NEGATED.search(text[max(0, tx.char_start - 16):tx.char_start]):
                continue  # "not in 1945 but in 1995"
            if _is_relative(tx) and _CONDITIONAL.search(text[max(0, tx.char_start - 60):tx.char_start]):
                continue  # "wondering if the next day will bring death": an open question, no event
            if _INTO.search(text[max(0, tx.char_start - 20):tx.char_start]):
                continue  # "a decision that has dominated politics into the 21st century": how long, not when
            if _THAN.search(text[max(0, tx.char_start - 20):tx.char_start]):
                continue  # "better now than 5 years from now": the time compared with dates nothing
            clause = layout.clause(tx.char_start, tx.char_end)
            if dct is not None and tx.date_begin is not None and tx.date_begin > dct and _hypothetical(layout, clause):
                continue  # "in one year, or five years, its power would be multiplied": nothing is planned
            # "In June 1967, just after the Six-Day War, Egypt expelled ...": a known event the clause
            # names only as what its date came before or after is not what the date dates.
            relative = {id(kb) for s, e, kb in known_spans.within(*clause)
                        if not s <= tx.char_start < e and _relative_to(text, max(clause[0], s - 30), s, tx)
                        and not _dates_name(text, e, kb, tx)}
            anchored = [kb for s, e, kb in known_spans.within(*clause)
                        if (_begins_within(kb, tx) or _part_of(kb, tx)) and id(kb) not in relative]
            if anchored:
                # The clause names a known event the timex dates ("New START, signed in 2010").
                for kb in anchored:
                    if kb.kind != "term":
                        out.append(from_knowledge(kb, clause, text_date=tx.text, confidence=0.95))
                beside = _beside_known(layout, tx, clause, [kb.kind for kb in anchored if kb.kind != "term"], timexes,
                                       [(s, e) for s, e, kb in known_spans.within(*clause) if kb in anchored])
                if not beside and any(s <= tx.char_start < e and not _RELATION_BEFORE.search(text, max(0, s - 40), s)
                                      for s, e, kb in known_spans.within(*clause) if kb in anchored and kb.kind != "term"):
                    # The date is part of the known name ("the Victory Parade in 2025"): the rest of the
                    # clause may tell another happening of that date ("Xi's visit to Moscow for ..."),
                    # kept by describe() only when its event word is of another kind.
                    part = _part_of_clause(text, clause, tx)  # its own comma-part: "after X, others often say" is no event of X's date
                    begin, end, granularity, basis = tx.date_begin, tx.date_end, _granularity(tx.granularity), \
                        _basis(tx, text, dct)
                    attended = _trip_to_attend(text, part, [(s, e, kb) for s, e, kb in known_spans.within(*clause)
                                                            if kb in anchored and s <= tx.char_start < e])
                    if attended is not None:
                        # "the minister's trip to Oslo for the 1994 prize ceremony": the trip is of the
                        # known event's days, a bound from knowledge (SCHEMA: basis knowledge).
                        begin, end, granularity, basis = attended.date_begin, attended.date_end, "day", "knowledge"
                    beside = [Candidate(name=clause_name(text, part, tx), kind="other", span=part,
                                        date_begin=begin, date_end=end, granularity=granularity,
                                        date_basis=basis, source="text",
                                        text_date=tx.text, confidence=0.6, from_clause=True,
                                        beside=tuple(kb.kind for kb in anchored if kb.kind != "term"),
                                        text_anchor=(tx.char_start, tx.char_end))]
                if not beside:
                    beside = _statement_about_known(text, tx, clause, triggers, [kb.kind for kb in anchored if kb.kind != "term"],
                                                    [(s, e) for s, e, kb in known_spans.within(*clause)],
                                                    [s for s, e, kb in known_spans.within(*clause)
                                                     if kb in anchored and kb.kind != "term"], _basis(tx, text, dct))
                out += beside
                out += _after_known(text, tx, clause, [kb for kb in anchored if kb.kind != "term"], timexes, dct)
                if any(kb.kind != "term" for kb in anchored):
                    # "NTM-I was established at the Istanbul summit in 2004": the date also dates the
                    # summit the clause names by a noun of its kind beside the known name.
                    also = self._link(tx, layout, party_named, is_person, exact_dct, foreign_only, other_side) if tx.granularity in ("day", "week", "month", "year") else None
                    if also is not None and also[0] not in anchored and also[0].kind in _KIND_NOUNS and \
                            _KIND_NOUN_PATTERNS[also[0].kind].search(_outside(text, clause, known_spans)):
                        out.append(from_knowledge(also[0], clause, text_date=tx.text,
                                                  confidence=min(0.9, 0.55 + 0.1 * also[1]), source="text"))
                    continue
            basis = _basis(tx, text, dct)
            # "by 2010" bounds a goal; it does not date an event that began then.
            # a day without its year that names a known event ("since September 11") is that event first: a
            # neighbour of the day in the knowledge (a resolution of the day after) is no better a link
            by_day = self._named_by_day(tx, layout) if tx.granularity == "day" else None
            linked = by_day or (self._link(tx, layout, party_named, is_person, exact_dct, foreign_only, other_side) if tx.granularity in _LINKABLE_GRANULARITIES
                                and not _UPPER_BOUND.search(text[max(0, tx.char_start - 12):tx.char_start]) else None)
            if linked is not None and id(linked[0]) in relative:
                linked = None
            if linked is not None and by_day is None and dct is not None and linked[0].date_begin < dct \
                    and _PLANNED.search(text, clause[0], clause[1]):
                linked = None  # "Britain will pull its forces out this year": a plan, not a known event already begun
            if linked is None and tx.granularity in ("day", "week", "month") and _ENDING.search(text, clause[0], clause[1]):
                linked = self._ended(tx, layout, clause)
            if linked is not None:
                kb, score = linked
                out.append(from_knowledge(kb, clause, text_date=tx.text, confidence=min(0.9, 0.55 + 0.1 * score),
                                          source="text"))
                out += _beside_known(layout, tx, clause, [kb.kind], timexes)
                out += _after_known(text, tx, clause, [kb], timexes, dct)
                continue
            words = generic_mentions_removed(text[clause[0]:clause[1]].replace(tx.text, " "))
            if "anniversar" in words:
                words = _ANNIVERSARY_OF.sub(" ", words)  # "today, the 40th anniversary of X, a failed invasion": X is not today's
            compared = bool(_COMPARISON.search(text[max(0, tx.char_start - 40):tx.char_start]))
            languaged = EVENT_LANGUAGE.search(words) is not None
            held = not languaged and _holds_trigger(triggers, words)
            if not compared and not languaged and not held:
                continue
            if dct is not None and tx.date_begin == tx.date_end == dct and _is_relative(tx) and \
                    (languaged and _only_war_nouns(words) or not languaged and not _done_today(text, clause, tx, triggers)):
                # "today we honor the dead of our wars": the war is not what happens today. And a clause about
                # today held by a trigger of the trigger knowledge alone (no event language) is skipped on
                # purpose: on unseen text such clauses are mostly the telling itself or a state ("I say
                # tonight", "the terrorists who threaten Britain today", "as we meet here today"); keeping them
                # added ~250 rows to the speeches and 20 to BBC, most false, even when kept only for a verb in
                # the past ("where my father was born", "have doubled"). Kept only where the date qualifies
                # a done act of someone else (``_done_today``: "the rebels attacked the capital today").
                continue
            begin, end, granularity = tx.date_begin, tx.date_end, tx.granularity
            if _UPPER_BOUND.search(text[max(0, tx.char_start - 12):tx.char_start]):
                begin = None  # "By 2025, cooperation had been paralysed": only the end is known
            terms = [kb for s, e, kb in known_spans.within(*clause) if kb.kind == "term"
                     and kb.overlaps(begin, end)]
            if terms and begin and end:
                # "the Reagan administration, which ... in the early 1980s": the term bounds the text's interval.
                term = terms[0]
                begin = max(begin, term.date_begin or begin)
                end = min(end, term.date_end or end)
                basis, granularity = "knowledge", "day" if begin != tx.date_begin else granularity
            cand = Candidate(name=clause_name(text, clause, tx), kind=guess_kind(words), span=clause,
                             date_begin=begin, date_end=end, granularity=_granularity(granularity),
                             date_basis=basis, source="text", text_date=tx.text, confidence=0.7, from_clause=True)
            cand.text_anchor = (tx.char_start, tx.char_end)
            unlinked.setdefault(clause, []).append(cand)
        comparisons = []
        for cands in unlinked.values():
            for group in _joined(cands, text):
                cand = _merge_same_clause(group) if len(group) > 1 else group[0]
                out.append(cand)
                if _COMPARISON.search(text[max(0, cand.text_anchor[0] - 40):cand.text_anchor[0]]):
                    comparisons.append(cand)
        for cand in comparisons:
            clause_words = generic_mentions_removed(text[cand.span[0]:cand.span[1]].replace(cand.text_date or "", " "))
            if not _refer_back(cand, out) and not EVENT_LANGUAGE.search(clause_words):
                out.remove(cand)  # "as in the 1970s, patience is needed": nothing happened to compare with
        return out

    def _link(self, tx: Timex, layout: TextLayout, party_named=None, is_person=None, dct: date | None = None,
              foreign_only=None, other_side=None) -> tuple[KnownEvent, int] | None:
        """The known event of the timex's time that the context points to most.

        The event must have begun in the timex's interval. Evidence: its cue words in the
        clause or the sentence before, a noun of its kind ("summit", "treaty") and the
        distinctive words of its name ("Geneva"). Cues alone suffice; a kind noun suffices
        for a day-precise date or with a name word. A clause that names another kind of event
        ("an election last year") is not linked to a war of that year.

        ``dct`` (a document's own, exact dct): a known event that began after it is never what the
        clause tells when it is of a kind nobody names before it happens (a fall, a crisis, a war); an
        election or a summit is (speeches speak of the coming one in every tense: "goes to the polls in
        November", "don't forget to vote on November 6").
        """
        if tx.date_begin is None or tx.date_end is None:
            return None
        slack = _slack_days(tx)
        earliest, latest = shift(tx.date_begin, -slack), shift(tx.date_end, slack)
        if _YEAR_VALUE.match(tx.value) and tx.date_end.year != int(tx.value) \
                and _SINCE_BEFORE.search(layout.text, max(0, tx.char_start - 12), tx.char_start):
            # "since 1959" runs to the dct, but what began then began in 1959 (not the 1961 invasion)
            latest = date(int(tx.value), 12, 31)
        # The text's date is when the event began ("in 1962" -> the crisis of October 1962).
        lo = bisect.bisect_left(self._begins, earliest)
        hi = bisect.bisect_right(self._begins, latest)
        if lo >= hi:
            return None  # no known event began then: the context need not be read (most dates)
        context = layout.context(tx.char_start, before=1)
        # Read only once an event has evidence in the context (most of a date's events have none):
        # the date's own sentence, whether it points back to the one before, and the kinds of event
        # its clause names.
        refers_back = own = clause_kinds = None
        best = None
        # A year and a leader's name are too little to pick one of that leader's meetings of the
        # year ("the meeting Putin held in 2024"): with a date of a year or longer, a name word that
        # is a participant's own name ("Putin" of "Putin's visit to Pyongyang") is no evidence of
        # the event's name (the participant is checked by ``_named_in`` already).
        coarse = tx.granularity not in ("day", "week", "month")
        kind_nouns: dict[str, bool] = {}  # the context's kind nouns, looked up once per kind
        folded = fold(context)  # once for every event's cue words
        context_words = frozenset(_WORD.findall(context))
        # The words of the lower-cased context are the context's words lower-cased (fold keeps the
        # offsets, and no character changes between word and non-word when lowered), except around
        # a capital sigma, whose lower case depends on its neighbours.
        folded_words = None if folded is None else frozenset(_WORD.findall(folded)) if "Σ" in context \
            else frozenset(map(str.lower, context_words))
        if folded_words is None or tx.granularity == "day":
            reachable = self.linkable[lo:hi]
        else:
            reachable = self._with_evidence(lo, hi, folded_words, context_words)
        for event in reachable:
            firsts = self._cue_firsts[event.event_id]
            if firsts is not None and folded_words is not None and firsts.isdisjoint(folded_words):
                cues = 0  # no cue's first word is in the context: no cue is
            else:
                found = {m.group(0).lower() for m in self._cue_patterns[event.event_id].finditer(context, folded=folded)}
                party_cues = self._party_cues[event.event_id]
                if party_cues and found and not tx.date_begin <= event.date_begin <= tx.date_end \
                        and len({party_cues[c] for c in found if c in party_cues}) < 2:
                    # "Castro spoke in Cuba 40 years ago": an episode the date reaches only by its slack
                    # (a round "N years ago" is approximate) is not named by one party's name; that party
                    # did much else in the years around it (two parties are: "Kennedy faced down
                    # Khrushchev 40 years ago").
                    found = {c for c in found if c not in party_cues}
                if party_cues and found and is_person is not None and not _within_episode(event, tx) \
                        and len({party_cues[c] for c in found if c in party_cues}) < 2:
                    # "5 years ago, John F. Kennedy proclaimed", "Kennedy said in 1962": a person who
                    # took part in a short episode did much else that year, so the name alone is no
                    # evidence of it; a day or month inside it is ("on October 24, Kennedy ..."), and
                    # so is a second party ("in 1962 Khrushchev backed down over Cuba"). A state is
                    # kept: "Kuwait in 1990" is where the happening was.
                    found = {c for c in found if c not in party_cues or not is_person(party_cues[c])}
                cues = len(found)
            kind_noun = kind_nouns.get(event.kind)
            if kind_noun is None:
                pattern = _KIND_NOUN_PATTERNS.get(event.kind)
                kind_noun = kind_nouns[event.kind] = pattern is not None and pattern.hit(context, folded)
            names = 0 if self._name_set[event.event_id].isdisjoint(context_words) else \
                len({m.group(0).lower() for m in self._name_patterns[event.event_id].finditer(context)
                     if not (coarse and m.group(0).lower() in self._party_words[event.event_id])})
            bare = event.kind == "meeting" and _bare_place(event, context)
            if cues == 0 and not (kind_noun and (names or tx.granularity == "day")) and not bare:
                continue
            if cues < 2 and not kind_noun and names <= bare and slack > 366 \
                    and not tx.date_begin <= event.date_begin <= tx.date_end:
                # Reached only by the slack of a round "N years ago" (of years, not the year next to a
                # smaller count: "the dialog started nearly 4 years ago" may be the year before), an event
                # needs more than one topic word or a place after "of" ("a rule from 40 years ago ... as if it were oil" is no war of
                # oil; "the offices of Washington as were here 20 years ago" no summit there): a word of
                # its kind or its name (besides the place), or two of its cues.
                continue
            if clause_kinds is None:
                clause = layout.clause(tx.char_start, tx.char_end)
                clause_kinds = kinds_in(generic_mentions_removed(layout.text[clause[0]:clause[1]].replace(tx.text, " ")))
                sentence = layout.sentence(tx.char_start)
                # The sentence before tells what this one's date is about only when this one points back
                # to it ("Similar threats arose in 1956", "May this day, December 8, 1987, ...").
                refers_back = bool(_BACK_REFERENCE.search(layout.text, sentence[0], sentence[1]))
                own = layout.text[max(sentence[0], tx.char_start - 1000):min(sentence[1], tx.char_end + 1000)]
            if clause_kinds and not any(_compatible(k, event.kind) for k in clause_kinds):
                continue
            if not (self._named_in(event, own) or (refers_back and self._named_in(event, context))):
                continue  # "In 1991, cooperation resumed" after a sentence on Gorbachev: the year alone is no coup
            if event.kind == "election" and party_named is not None and not party_named(event):
                continue  # "voters left the roll in 2002" in a story naming no French actor: no French election
            if dct is not None and event.date_begin > dct and event.kind not in _NAMED_AHEAD:
                continue  # "the offer is to expire at the end of November", written on the 2nd: no happening of the 9th
            if event.kind == "election" and foreign_only is not None and foreign_only(event, *layout.sentence(tx.char_start)):
                continue  # "the ex-premier's 1996 campaign for re-election" in Australia: no US election of 1996
            if event.kind in _VIOLENT and other_side is not None and other_side(event, *layout.clause(tx.char_start, tx.char_end)):
                continue  # "This summer, Ruritanian shelling again hit the towns": the other side's act, not the campaign against it
            if event.kind == "election" and _OPINION_POLLS.search(own) and not (
                    self._name_patterns[event.event_id].search(own)
                    or _ELECTION_WORD.search(_OPINION_POLLS.sub(" ", own))):
                continue  # "polls have shown support rising": an opinion poll, no vote
            if clause_kinds and event.kind not in clause_kinds and not (event.kind in _VIOLENT and clause_kinds & _VIOLENT) \
                    and not self._cue_patterns[event.event_id].search(own) and not self._name_patterns[event.event_id].search(own):
                continue  # "Brezhnev spoke in Tashkent. In 1982 the ministers met": the cue is the sentence before's
            span = ((event.date_end or event.date_begin) - event.date_begin).days
            key = (cues + kind_noun + names + bare, bare, kind_noun, -span)
            if best is None or key > best[0]:
                best = (key, event)
        return (best[1], best[0][0]) if best else None

    def _with_evidence(self, lo: int, hi: int, folded_words: frozenset[str], context_words: frozenset[str]
                       ) -> list[KnownEvent]:
        """The events of ``linkable[lo:hi]``, in order, that ``_link`` can find evidence of in a context of
        those words, for a date coarser than a day: a cue's first word (lower case), a word of its name (as
        written), or a cue that opens with no plain word or a conference named by its place alone (always
        looked at). The others have no cue, no name word and no bare place there, and a kind noun alone links
        only a day; looking their words up one event after another cost more than the link (a year's
        events are dozens; a context holds few of their words)."""
        if self._words_at is None:
            self._words_at = self._word_index()
        by_first, by_name, always = self._words_at
        found = always[bisect.bisect_left(always, lo):bisect.bisect_left(always, hi)]
        for index, words in ((by_first, folded_words), (by_name, context_words)):
            for word in words & index.keys():
                at = index[word]
                found += at[bisect.bisect_left(at, lo):bisect.bisect_left(at, hi)]
        return [self.linkable[k] for k in sorted(set(found))]

    def _word_index(self) -> tuple[dict[str, list[int]], dict[str, list[int]], list[int]]:
        """(cue first word -> positions in ``linkable``, name word -> positions, positions always looked at)."""
        by_first: dict[str, list[int]] = {}
        by_name: dict[str, list[int]] = {}
        always: list[int] = []
        for k, event in enumerate(self.linkable):
            firsts = self._cue_firsts[event.event_id]
            if firsts is None or (event.kind == "meeting" and _bare_place_pattern(event.name) is not None):
                always.append(k)
            for word in firsts or ():
                by_first.setdefault(word, []).append(k)
            for word in self._name_set[event.event_id]:
                by_name.setdefault(word, []).append(k)
        return by_first, by_name, always

    def _named_by_day(self, tx: Timex, layout: TextLayout) -> tuple[KnownEvent, int] | None:
        """"After September 11, we went to war" in a speech of 2004: a month and day without a year
        that a known event is named by ("the September 11 attacks") mean that event of an earlier
        year, not the day's last passing before the dct, when the sentence holds a word of its
        name or a cue ("attacked", "terrorists"). Events of up to 30 years before the resolved day."""
        if tx.date_begin is None or _YEAR_DIGITS.search(tx.text):
            return None
        said = re.sub(r"^(?:the|on|of)\s+", "", _SPACES.sub(" ", tx.text.strip()).lower())  # "the 11 September"
        sentence = layout.sentence(tx.char_start)
        words = layout.text[sentence[0]:sentence[1]].lower()
        best = None
        for event in self._by_month_day.get((tx.date_begin.month, tx.date_begin.day), ()):
            if not (0 <= tx.date_begin.year - event.date_begin.year <= 30):
                continue
            names = [n.lower() for n in (event.name,) + event.aliases if said in n.lower()]
            if not names:
                continue  # the event is not named by this day ("the Fourth of July" is no alias of a war)
            stems = {w[:5] for n in names + [c.lower() for c in event.cues]
                     for w in _WORD.findall(n) if len(w) > 3 and not w.isdigit() and w not in _MONTH_NAMES}
            evidence = sum(1 for stem in stems if re.search(r"\b" + re.escape(stem), words))
            if evidence and (best is None or evidence > best[1]):
                best = (event, evidence)
        return best

    def _named_in(self, event: KnownEvent, sentence: str) -> bool:
        """Whether the timex's own sentence says something of the event: a cue, a word of its
        name or a noun of its kind. Evidence only in the sentence before is what that sentence
        was about, not what happened at this date."""
        if self._cue_patterns[event.event_id].search(sentence) or self._name_patterns[event.event_id].search(sentence):
            return True
        pattern = _KIND_NOUN_PATTERNS.get(event.kind)
        return bool(pattern and pattern.search(sentence))

    def _ended(self, tx: Timex, layout: TextLayout, clause: tuple[int, int]) -> tuple[KnownEvent, int] | None:
        """"In March 1973, the last US combat troops left Vietnam": the known event that ended in
        the timex's month, named in the clause by at least two words of its name (or a cue)."""
        words = layout.text[clause[0]:clause[1]]
        best = None
        for event in self.linkable:
            end = event.date_end
            if end is None or end == event.date_begin or not (tx.date_begin <= end <= tx.date_end):
                continue
            cues = len({m.group(0).lower() for m in self._cue_patterns[event.event_id].finditer(words)})
            names = len({m.group(0) for m in self._name_patterns[event.event_id].finditer(words)})
            if cues == 0 and names < 2:
                continue
            key = (cues + names, -(end - event.date_begin).days)
            if best is None or key > best[0]:
                best = (key, event)
        return (best[1], best[0][0]) if best else None

    def _duration(self, tx: Timex, layout: TextLayout, dct: date | None, triggers=None) -> Candidate | None:
        """'after three years of X' (X began then), 'in the eleven years since X' (X happened then) and
        'in four years ... will' (X happens then). X must be event language: "after four years of united
        effort, we report ..." dates no report (the effort is no event, the report is of today)."""
        m = _DURATION_YEARS.match(tx.value or "")
        if not m or dct is None:
            return None
        years = int(m.group(1))
        if not 0 < years <= _MAX_DURATION_YEARS:
            return None  # "after 5000 years of history" dates no event
        text = layout.text
        before = text[max(0, tx.char_start - 12):tx.char_start].lower()
        after = text[tx.char_end:tx.char_end + 4].lower()
        clause = layout.clause(tx.char_start, tx.char_end)
        words = text[clause[0]:clause[1]]
        if not 1 + years <= dct.year <= 9999 - years:
            return None
        if re.search(r"\b(?:after|for|over|of)\s+(?:the\s+(?:past|last)\s+)?$", before) and after.startswith(" of"):
            if not _names_event(text, tx.char_end, _comma_part_end(text, tx.char_end, clause[1]), triggers):
                return None
            begin = shift_years(dct, -years)
            return Candidate(name=clause_name(text, clause, tx), kind=guess_kind(words), span=clause,
                             date_begin=begin, date_end=None, granularity="year", date_basis="context",
                             source="text", text_date=tx.text, confidence=0.6, from_clause=True,
                             text_anchor=(tx.char_start, tx.char_end))
        since = _SINCE_AFTER.match(text, tx.char_end, clause[1])
        if since is not None:
            # "the world has changed in the 11 years since Kennedy said ...": what follows "since" happened
            # that many years before the dct (a year, as the count is of whole years); nothing is to come
            part = (since.end(), _comma_part_end(text, since.end(), clause[1]))
            if not re.search(r"\b(?:in|during|over|for)\s+(?:the\s+)?$", before) \
                    or not _names_event(text, part[0], part[1], triggers):
                return None
            year = dct.year - years
            return Candidate(name=clause_name(text, part), kind=guess_kind(text[part[0]:part[1]]), span=part,
                             date_begin=date(year, 1, 1), date_end=date(year, 12, 31), granularity="year",
                             date_basis="context", source="text", text_date=tx.text, confidence=0.6, from_clause=True,
                             text_anchor=(tx.char_start, tx.char_end))
        if re.search(r"\bin\s+$", before) and _FUTURE.search(text[tx.char_end:clause[1]]) \
                and not _hypothetical(layout, (clause[0], layout.sentence(clause[0])[1])):
            year = dct.year + years
            return Candidate(name=clause_name(text, clause, tx), kind=guess_kind(words), span=clause,
                             date_begin=date(year, 1, 1), date_end=date(year, 12, 31), granularity="year",
                             date_basis="context", source="text", text_date=tx.text, confidence=0.6, from_clause=True,
                             text_anchor=(tx.char_start, tx.char_end))
        return None


_SINCE_AFTER = re.compile(r"\s+(?:that\s+have\s+passed\s+|that\s+passed\s+|have\s+passed\s+)?since\s+(?=\w)", re.IGNORECASE)


def _comma_part_end(text: str, start: int, end: int) -> int:
    """Where the comma-part that goes on at ``start`` ends (a comma, a colon, a dash or a bracket), at most ``end``."""
    stop = re.compile(r"[,;:–—()]").search(text, start, end)
    return stop.start() if stop else end


def _names_event(text: str, start: int, end: int, triggers) -> bool:
    """Whether ``text[start:end]`` holds event language (a fixed event word or a trigger of the knowledge)."""
    words = generic_mentions_removed(text[start:end])
    return bool(EVENT_LANGUAGE.search(words)) or _holds_trigger(triggers, words)


_MONTH_NAMES = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                          "october", "november", "december"})
_MONTH_DAY_WORDS = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|"
                              r"November|December)\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:January|"
                              r"February|March|April|May|June|July|August|September|October|November|December)\b")
_YEAR_DIGITS = re.compile(r"\d{4}|['’]\d\d\b")


def _only_war_nouns(words: str) -> bool:
    """Whether every event-language word of the words is a war noun ("the dead of our wars"); the words
    hold at least one event-language word (an empty set would say yes to any clause)."""
    return {m.group(0).lower() for m in EVENT_LANGUAGE.finditer(words)} <= _WAR_NOUNS


# A clause about today held by a trigger word alone is kept where the trigger is a verb of a done act,
# the verb group nearest the date, and no one who tells it (I, we) does it: see ``_done_today``.
_DONE_AUXILIARIES = frozenset({"was", "were", "been", "has", "have", "had"})
_GROUP_ADVERBS = frozenset({"not", "never", "also", "already", "just", "finally", "formally", "officially",
                            "reportedly", "been", "being", "then", "later", "quickly", "duly"})
_NOT_DONE = frozenset({"will", "would", "shall", "should", "may", "might", "can", "could", "must", "to", "is",
                       "are", "am", "be", "do", "does", "did", "'ll", "’ll"})
_TELLERS = frozenset({"i", "we", "us", "me"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "my", "your"})
# words that open another clause or stand for a verb between the date and the trigger: the date is then
# another verb's ("I stand today where my father was born", "today, when he was sworn in")
_OTHER_CLAUSE = frozenset({"where", "when", "who", "whom", "whose", "which", "that", "because", "before", "after",
                           "if", "while", "since", "until", "than", "and", "but", "or", "is", "are", "am", "was",
                           "were", "will", "would", "has", "have", "had", "do", "does", "did", "can", "could"})
_DETERMINER_BEFORE_DATE = re.compile(r"(?:['’]s|\b(?:the|this|that|a|an|its|his|her|their|our|my|your))\s+$",
                                     re.IGNORECASE)


def _done_today(text: str, clause: tuple[int, int], tx: Timex, triggers) -> bool:
    """Whether a clause about today (or a weekday of the dct) that holds no event language but a
    trigger word tells a done act on that day: the trigger verb nearest the date (no other clause or
    verb between), past in form ("attacked") or after was/were/has/have/had ("was sworn in", "has
    resigned"), not told as the teller's own act ("we gathered", "I pledged") nor a statement (the
    telling's own kind), and the date not a noun's modifier ("ITV1's Saturday morning show")."""
    if triggers is None or _DETERMINER_BEFORE_DATE.search(text, max(clause[0], tx.char_start - 12), tx.char_start):
        return False
    tokens = [(m.start(), m.group(0)) for m in _TOKEN.finditer(text, clause[0], clause[1])
              if not tx.char_start <= m.start() < tx.char_end]
    lowered = [w.lower() for _, w in tokens]
    after = bisect.bisect_left([s for s, _ in tokens], tx.char_start)  # tokens[:after] come before the date
    best = None
    for i in range(len(tokens)):
        for n in range(4, 0, -1):
            if i + n > len(tokens):
                continue
            trig = triggers.trigger(" ".join(w for _, w in tokens[i:i + n]))
            if trig is not None:
                break
        else:
            continue
        if trig.pos != "verb":
            continue
        gap = after - (i + n) if i < after else i - after  # the words between the trigger and the date
        if best is None or gap < best[0]:
            best = (gap, i, n, trig)
    if best is None:
        return False
    gap, i, n, trig = best
    if trig.kind == "statement":
        return False
    for j, word in enumerate(lowered):
        # a verb in -ed of no trigger nearer the date holds it ("I watched this morning as they tried")
        if (j < i or j >= i + n) and len(word) > 4 and word.endswith("ed") and \
                (j == 0 or lowered[j - 1] not in _DETERMINERS) and \
                (after - j - 1 if j < after else j - after) < gap:
            return False
    between = lowered[i + n:after] if i < after else lowered[after:i]
    group = i  # the verb group: the trigger with its auxiliaries and adverbs before it
    while group > 0 and (lowered[group - 1] in _DONE_AUXILIARIES or lowered[group - 1] in _GROUP_ADVERBS
                         or lowered[group - 1] in _NOT_DONE):
        group -= 1
    if i >= after:
        between = lowered[after:group]
    if len(between) > 8 or any(w in _OTHER_CLAUSE for w in between):
        return False
    auxiliaries = set(lowered[group:i])
    if auxiliaries & _NOT_DONE - {"is", "are", "am", "be"} or \
            (auxiliaries & {"is", "are", "am", "be"} and not auxiliaries & {"been"}):
        return False  # "will meet", "to sign", "is signing": not done
    word = lowered[i]
    done = bool(auxiliaries & _DONE_AUXILIARIES) or (len(word) > 4 and word.endswith("ed"))
    if not done:
        return False
    subject = lowered[max(0, group - 2):group]
    return not any(w in _TELLERS for w in subject)


def _holds_trigger(triggers, words: str) -> bool:
    """Whether the words hold an event trigger of the trigger knowledge ("resigned", "enlisted"):
    a verb, event noun or aspect word, not an idiom's or a non-event phrase's form."""
    if triggers is None:
        return False
    # Looked up word by word (phrases of up to four words) among the forms: cheaper than the one
    # pattern of every form, and this runs on every dated clause the fixed list misses. A phrase
    # is looked up only from a word that begins some event form (as written or in lower case).
    tokens = _TOKEN.findall(words)
    firsts = _event_form_firsts(triggers)
    for i in range(len(tokens)):
        if tokens[i] not in firsts and tokens[i].lower() not in firsts:
            continue
        for n in range(1, 5):
            if i + n > len(tokens):
                break
            trig = triggers.trigger(" ".join(tokens[i:i + n]))
            if trig is not None and trig.pos in ("verb", "noun", "aspect"):
                return True
    return False


_TOKEN = re.compile(r"[\w’'-]+")


@lru_cache(maxsize=4)
def _event_form_firsts(triggers) -> frozenset[str]:
    """The first words of the trigger forms that make a clause an event (verb, noun, aspect): a
    phrase ``trigger()`` finds as written or in lower case begins with one of them."""
    return frozenset(form.split(" ")[0] for form, trig in triggers.triggers.items()
                     if trig.pos in ("verb", "noun", "aspect"))


_FOR_PERIOD = re.compile(r"\b(?:for|over)\s+(?:(?:more\s+than|over|nearly|almost|some|about|around|at\s+least)\s+)?$",
                         re.IGNORECASE)
# Verbs of holding a seat or an office: their span of years is a term.
_HOLDING = re.compile(r"\b(?:represent|serv|rul|led|lead|held|hold|govern|chair|head|presid|reign|sat\b)\w*", re.IGNORECASE)
_UNTIL_WORDS = re.compile(r"\b(?:before|until|till|up\s+to)\b", re.IGNORECASE)


def _period_from_date(tx: Timex, layout: TextLayout, timexes: list[Timex], known_spans=(),
                      starts: list[int] | None = None) -> Candidate | None:
    """A span of years its sentence anchors to a date: "First elected in 1959, she
    sat for the seat for three decades" (1959 on); "the bank held the rate for two years, until
    forced to cut it in 2009" (up to 2009). Basis ``context``: computed from dated text."""
    m = _DURATION_YEARS.match(tx.value or "")
    text = layout.text
    if not m or not _FOR_PERIOD.search(text[max(0, tx.char_start - 30):tx.char_start]):
        return None
    years = int(m.group(1))
    if not 0 < years <= 100:
        return None
    sentence = layout.sentence(tx.char_start)
    if starts is not None:  # ``starts``: the timexes' starts, in order: the sentence's are a slice
        timexes = timexes[bisect.bisect_left(starts, sentence[0]):bisect.bisect_left(starts, sentence[1])]
    dated = [t for t in timexes if t is not tx and t.type == "DATE" and t.date_begin and t.date_end
             and sentence[0] <= t.char_start < sentence[1] and not _is_relative(t)
             and t.granularity in ("day", "month", "season", "year")]
    later = [t for t in dated if t.char_start > tx.char_end and _UNTIL_WORDS.search(text, tx.char_end, t.char_start)]
    earlier = [t for t in dated if t.char_end <= tx.char_start]
    if later:
        end = later[0].date_end
        begin = date(end.year - years, 1, 1)
    elif earlier:
        begin = earlier[-1].date_begin
        end = date(min(9999, begin.year + years), 12, 31)
    else:
        return None
    clause = layout.clause(tx.char_start, tx.char_end)
    part = _part_of_clause(text, clause, tx)
    if any(s < part[1] and part[0] < e for s, e, _ in known_spans):
        return None  # "Sarkozy, who was president for five years": a known term told again
    words = text[part[0]:part[1]]
    kind = "term" if _HOLDING.search(words) else guess_kind(words)
    # Named from its own words: a state of affairs ("represented Cardiff seats") holds no trigger.
    return Candidate(name=clause_name(text, part, tx), kind=kind, span=part,
                     date_begin=begin, date_end=end, granularity="year", date_basis="context", source="text",
                     text_date=tx.text, confidence=0.55, text_anchor=(tx.char_start, tx.char_end))


_LAST_PERIOD = re.compile(r"\b(?:in|over|during|within|for)\s+the\s+(?:last|past)\s+[^\s]+\s+\w+$", re.IGNORECASE)
_PERIOD_VALUE = re.compile(r"^P(\d+)([YMWD])$")


def _last_period(tx: Timex, layout: TextLayout, dct: date | None) -> Candidate | None:
    """"in the last six months", "over the past two years": what happened in that stretch up to the
    dct (basis ``context``); describe() keeps it only where the clause holds an event word."""
    m = _PERIOD_VALUE.match(tx.value or "")
    text = layout.text
    if m is None or dct is None or not _LAST_PERIOD.search(text[max(0, tx.char_start - 12):tx.char_start] + tx.text):
        return None
    n, unit = int(m.group(1)), m.group(2)
    if not 0 < n <= {"Y": 100, "M": 120, "W": 104, "D": 365}[unit]:
        return None
    if unit == "Y":
        begin = shift_years(dct, -n)
    elif unit == "M":
        months = dct.year * 12 + dct.month - 1 - n
        begin = date(months // 12, months % 12 + 1, min(dct.day, 28))
    else:
        begin = dct - timedelta(days=n * (7 if unit == "W" else 1))
    clause = layout.clause(tx.char_start, tx.char_end)
    return Candidate(name=clause_name(text, clause, tx), kind=guess_kind(text[clause[0]:clause[1]]), span=clause,
                     date_begin=begin, date_end=dct, granularity="month" if unit in "MY" else "day",
                     date_basis="context", source="text", text_date=tx.text, confidence=0.55, from_clause=True,
                     text_anchor=(tx.char_start, tx.char_end))


# A journey made to attend a happening: "X's visit to Moscow to take part in the parade", "her
# trip to Paris for the summit". The purpose phrase ends right before the known event's name.
_TRIP = re.compile(r"\b(?:visit(?:s|ed)?|trips?|journey|travel(?:s|led|ed)?|flew|went|came)\b", re.IGNORECASE)
_TO_ATTEND = re.compile(r"\b(?:to\s+(?:attend|participate\s+in|take\s+part\s+in|watch|join|mark|celebrate|"
                        r"address|speak\s+at)|for)\s+(?:the\s+|a\s+)?$", re.IGNORECASE)
_ATTENDED_MAX_DAYS = 14  # a parade, summit, funeral or conference: not a war one "travels for"


def _trip_to_attend(text: str, part: tuple[int, int], named: list[tuple[int, int, KnownEvent]]) -> KnownEvent | None:
    """The known event a journey in ``part`` was made to attend: its name follows the purpose phrase
    ("to participate in", "for") of a trip word of the same part, with at most 60 characters between
    (a place, "to Moscow"). Only a short, day-dated event (at most two weeks) is attended."""
    for start, _end, kb in named:
        if kb.date_begin is None or not part[0] <= start <= part[1]:
            continue
        if ((kb.date_end or kb.date_begin) - kb.date_begin).days > _ATTENDED_MAX_DAYS or kb.granularity != "day":
            continue
        purpose = _TO_ATTEND.search(text, max(part[0], start - 40), start)
        if purpose is None:
            continue
        trips = list(_TRIP.finditer(text, max(part[0], purpose.start() - 60), purpose.start()))
        if trips and "." not in text[trips[-1].end():purpose.start()]:
            return kb
    return None


def _part_of_clause(text: str, clause: tuple[int, int], tx: Timex) -> tuple[int, int]:
    """The comma-part of the clause that holds the timex."""
    start = max(clause[0], text.rfind(",", clause[0], tx.char_start) + 1)
    end = text.find(",", tx.char_end, clause[1])
    end = clause[1] if end < 0 else end
    while start < end and text[start] in " \n\xa0":
        start += 1
    return start, end


@lru_cache(maxsize=256)
def generic_mentions_removed(words: str) -> str:
    """The words without talk of war in general ("the risk of nuclear war", "to prevent war"),
    which names no war that happened, and without opinion polls ("polls have shown"), which are no vote."""
    return _OPINION_POLLS.sub(" ", _GENERIC_WAR.sub(" ", words))


def _refer_back(cand: Candidate, others: list[Candidate]) -> bool:
    """"Just as in the 1960s, ...": a comparison with a time for which the document already
    dates an event is another mention of that event, not a new one (True when it is)."""
    if cand.date_begin is None or cand.date_end is None:
        return False
    hosts = [o for o in others if o is not cand and o.kb is None and o.source == "text" and o.date_begin
             and o.date_end and o.date_begin <= cand.date_begin and cand.date_end <= o.date_end
             and not _COMPARISON_NAME.match(o.name)]
    if not hosts:
        return False
    host = min(hosts, key=lambda o: (o.date_end - o.date_begin, o.span))
    cand.name, cand.kind, cand.granularity = host.name, host.kind, host.granularity
    cand.date_begin, cand.date_end, cand.date_basis = host.date_begin, host.date_end, host.date_basis
    cand.confidence = min(cand.confidence, host.confidence)
    return True


_SPACES = re.compile(r"[\s\xa0]+")
_NAME_MARKERS = re.compile(r"(?<=[a-z.,)”])\d{1,2}(?=\s|$)")
_SPACE_BEFORE_MARK = re.compile(r"\s+([,.;:])")
_COMMA_SPACE = re.compile(r",\s")


def clause_name(text: str, clause: tuple[int, int], tx: Timex | None = None) -> str:
    """A short name for an event from its clause: the comma-part holding the date, trimmed."""
    body = text[clause[0]:clause[1]]
    if tx is not None and clause[0] <= tx.char_start < clause[1]:
        body = _part_with(body, tx.char_start - clause[0], tx.char_end - clause[0])
    if tx is not None and tx.text in body:
        head, _, tail = body.partition(tx.text)
        body = " ".join(head.split()[-8:] + [tx.text] + tail.split()[:8])
    body = _SPACES.sub(" ", body)
    body = _NAME_MARKERS.sub("", body)  # footnote markers
    body = _SPACE_BEFORE_MARK.sub(r"\1", body).strip(" ,.;:–—-")
    body = _LEADING.sub("", body).strip(" ,.;:–—-")
    words = body.split()
    name = " ".join(words[:_MAX_NAME_WORDS]).rstrip(",;:")
    if not name:
        return tx.text if tx is not None else "event"
    return name[0].upper() + name[1:]


def _part_with(body: str, start: int, end: int) -> str:
    """The comma-separated part of ``body`` holding [start, end), joined to the next part when
    it is only an adverbial ("Just as in the 1960s, this work will ...")."""
    cuts = [0] + [m.end() for m in _COMMA_SPACE.finditer(body)] + [len(body) + 2]
    for i in range(len(cuts) - 1):
        lo, hi = cuts[i], cuts[i + 1] - 2
        if lo <= start < hi + 2:
            # The part runs to the cut after the date (a date may hold a comma: "November 18, 1981").
            j = i
            while j + 2 < len(cuts) and cuts[j + 1] - 2 < end:
                j += 1
            part = body[lo:max(cuts[j + 1] - 2, end)]
            if len(part.split()) - len(body[start:end].split()) < 4 and j + 2 < len(cuts):
                part = body[lo:cuts[j + 2] - 2]
            return part
    return body


_KIND_WORDS = [
    ("war", r"\bwars?\b|\bfought\b"), ("crisis", r"\bcris[ie]s\b|\bthreats?\b|\bbrink\b"),
    ("treaty", r"\btreat(?:y|ies)\b"), ("agreement", r"\bagreements?\b|\baccords?\b|\bdeal\b|\bagreed\b"),
    ("election", r"\belect\w*\b|\bvote\b|\breferendum\b"), ("meeting", r"\bsummits?\b|\bmeetings?\b|\btalks\b|\bhearing\b|\bmet\b|\bmeet\b"),
    ("sanction", r"\bsanctions?\b|\bembargo\b"), ("law", r"\blaws?\b|(?-i:\bAct\b)|\b(?:the|an|this|that)\s+(?:\w+\s+)?act\b|\benacted\b"),
    ("operation", r"\binvasion\b|\binvaded\b|\boperation\b|\boffensive\b"),
    ("publication", r"\bpublish\w*\b|\breport\b|\barticle\b|\bpaper\b|\bplan\b.*\bappeared\b"),
    ("conflict", r"\bconflicts?\b|\bconfrontations?\b|\bclash\w*\b"),
    ("policy", r"\bpolic(?:y|ies)\b|\bdoctrine\b"), ("death", r"\bdied\b|\bdeath\b|\bkilled\b"),
    ("founding", r"\bfounded\b|\bestablished\b"), ("appointment", r"\bappointed\b"),
    ("statement", r"\bspeech\b|\bdeclared\b|\bannounc\w*\b|\bstatement\b"),
]


_KIND_PATTERNS = [(kind, CaseBlind(re.compile(pattern, re.IGNORECASE))) for kind, pattern in _KIND_WORDS]


_KIND_SET = CaseBlindSet([pattern for _, pattern in _KIND_PATTERNS])  # all kinds' words in one scan


@lru_cache(maxsize=256)
def _kinds_named(words: str) -> tuple[bool, ...]:
    """For each kind, whether the words name it (a date's clause is asked twice: by the link to a
    known event and by the text event's kind)."""
    return tuple(_KIND_SET.which(words))


def kinds_in(words: str) -> set[str]:
    """Every kind of event the words name."""
    return {kind for (kind, _), found in zip(_KIND_PATTERNS, _kinds_named(words)) if found}


def guess_kind(words: str) -> str:
    """The first kind of event the words name ("other" when none)."""
    for (kind, _), found in zip(_KIND_PATTERNS, _kinds_named(words)):
        if found:
            return kind
    return "other"


# How far back vague words of recency reach before the dct (a convention, stated in docs/events.md
# terms: "recently" a season, "in recent weeks" two months, "in recent months" half a year).
_RECENT = [(re.compile(r"^(?:in\s+)?(?:the\s+)?recent\s+days$|^(?:in\s+)?the\s+past\s+few\s+days$", re.I), 14, "day"),
           (re.compile(r"^(?:in\s+)?(?:the\s+)?recent\s+weeks$|^(?:in\s+)?the\s+past\s+few\s+weeks$", re.I), 60, "month"),
           (re.compile(r"^(?:in\s+)?(?:the\s+)?recent\s+months$|^(?:in\s+)?the\s+past\s+few\s+months$", re.I), 183, "month"),
           (re.compile(r"^(?:recently|lately|of\s+late|just\s+recently|most\s+recently)$", re.I), 90, "month")]


def _recent_interval(tx: Timex, dct: date) -> Timex | None:
    """A vague past reference of recency, given the interval it reaches back before the dct."""
    for pattern, days, granularity in _RECENT:
        if pattern.match(tx.text.strip()):
            return Timex(tx.doc_id, tx.char_start, tx.char_end, tx.text, tx.type, "PAST_RECENT", tx.mod,
                         shift(dct, -days), dct, granularity)
    return None


def _is_relative(tx: Timex) -> bool:
    """A date resolved against the dct ("last year", "a decade ago") rather than stated."""
    return _relative_words(tx.text)


_DATE_STATED = re.compile(r"\d|century|centuries", re.IGNORECASE)


@lru_cache(maxsize=1024)
def _relative_words(said: str) -> bool:
    """``_is_relative`` of a timex's words: asked several times a date by the rules (3,668 times for
    400 BBC stories, 503 distinct wordings), so answered once a wording."""
    return bool(_RELATIVE_WORDS.search(said)) or not _DATE_STATED.search(said)


_SINCE = re.compile(r"\b[Ss]ince\s+(?:the\s+)?$")


def _basis(tx: Timex, text: str, dct: date | None) -> str:
    """``context`` for a date resolved against the dct: a relative one ("last year"), or "since
    1992" in the present perfect, which the temporal stage runs to the dct (the text states the
    start, the dct gives the end); ``knowledge`` for a day whose year neither the text nor the dct
    gave ("just after September 11" told in 2004); else ``text``."""
    if year_from_knowledge(tx, dct):
        return "knowledge"
    if _is_relative(tx) or (dct is not None and tx.date_end == dct
                            and _SINCE.search(text, max(0, tx.char_start - 12), tx.char_start)):
        return "context"
    return "text"


_YEAR_VALUE = re.compile(r"^\d{4}$")
_SINCE_BEFORE = re.compile(r"\b[Ss]ince\s+$")


def _slack_days(tx: Timex) -> int:
    """Round numbers of years ago are approximate: "50 years ago" may mean 1971 or 1978. Another
    count of years ("41 years ago") is off by at most the year it was told in; a count of days,
    weeks or months ago ("10 days ago") is exact."""
    said = tx.text.lower()
    if "ago" not in said or not _AGO_YEARS.search(said):
        return 0
    m = _AGO_NUMBER.search(tx.text)
    if not m:
        return 0
    years = int(m.group(1)) if m.group(1) else (10 if m.group(2).lower() == "decade" else 100)
    if "half" in said:
        years //= 2
    if m.group(1) and years % 5:
        return 366
    return 366 * max(1, years // 10)


def _granularity(granularity: str | None) -> str | None:
    """The event table's granularity for a timex's: the precision of the interval's first day."""
    if granularity in ("day", "month", "year", "decade", "century"):
        return granularity
    return {"week": "day", "quarter": "month", "season": "month"}.get(granularity or "", "year")


def _hypothetical(layout: TextLayout, clause: tuple[int, int]) -> bool:
    """A clause that imagines ("would be multiplied") rather than plans or reports a plan
    ("we made clear that we would begin to draw down")."""
    text = layout.text
    if not _HYPOTHETICAL.search(text, clause[0], clause[1]) or _FUTURE_FACT.search(text, clause[0], clause[1]):
        return False
    sentence = layout.sentence(clause[0])
    return not _REPORTED_MODAL.search(text, sentence[0], clause[1])


def _part_of(event: KnownEvent, tx: Timex) -> bool:
    """"the Persian Gulf War in 1991": a short known happening a year or coarser timex falls in
    (not an era, which a dated clause may sit in without being about it; a day inside a war,
    "Desert Storm commenced on January 16th", is an event of its own)."""
    if tx.granularity not in ("year", "decade", "century") or event.kind not in _HAPPENINGS or event.date_begin is None or event.date_end is None \
            or tx.date_begin is None or tx.date_end is None:
        return False
    if (event.date_end - event.date_begin).days > _MAX_LINK_DAYS:
        return False
    return event.date_begin <= tx.date_end and tx.date_begin <= event.date_end


def _within_episode(event: KnownEvent, tx: Timex) -> bool:
    """Whether a timex of at most a month falls in the known event's days (a year does not: it
    holds the episode's parties' other doings of that year)."""
    return tx.granularity in ("day", "week", "month") and event.date_end is not None \
        and event.date_begin <= tx.date_end and tx.date_begin <= event.date_end


def _begins_within(event: KnownEvent, tx: Timex) -> bool:
    """Whether a known event began in the timex's interval (give or take its approximation)."""
    if event.date_begin is None or tx.date_begin is None or tx.date_end is None:
        return event.overlaps(tx.date_begin, tx.date_end)
    slack = _slack_days(tx)
    return shift(tx.date_begin, -slack) <= event.date_begin <= shift(tx.date_end, slack)


_GENERIC_NAME_WORDS = frozenset({
    "war", "crisis", "treaty", "agreement", "summit", "conference", "of", "the", "and", "in", "on", "to", "for",
    "act", "law", "accord", "accords", "pact", "talks", "meeting", "operation", "invasion", "conflict", "revolution",
    "soviet", "american", "united", "states", "us", "russian", "british", "french", "chinese", "first", "second",
    "third", "new", "great", "world", "national", "international", "nuclear", "agreements", "treaties",
    # words of a title's grammar ("Authorization for Use of ... Against Iraq"): any capitalised title has them
    "against", "between", "with", "from", "over", "under", "into", "after", "before", "among", "upon", "without",
    "use",
})
_VIOLENT = frozenset({"crisis", "conflict", "war", "operation"})  # a threat, a clash, a war: words for one happening
_COMPATIBLE = [{"crisis", "conflict", "war", "operation"}, {"treaty", "agreement"}, {"law", "sanction"},
               {"meeting", "statement"}]


def _outside(text: str, clause: tuple[int, int], known_spans) -> str:
    """The clause's words with the known events' names blanked out."""
    pieces, at = [], clause[0]
    for s, e, _ in sorted(known_spans, key=lambda k: k[0]):
        if clause[0] <= s < clause[1]:
            pieces.append(text[at:s])
            at = max(at, e)
    pieces.append(text[at:clause[1]])
    return " ".join(pieces)


# Where a sentence joins a second happening to the first: ", and Lord X resigned", "and the
# withdrawal of troops", "; the treaty ...".
_COORDINATION = re.compile(r",?\s+and\s+(?=(?:the|a|an|his|her|its|their)\b|[A-Z])|\s*;\s*")


# "after the 1997 general election, ...": the known event is when the rest is measured from, not a
# happening of the same date.
_RELATIVE_TO_NAME = re.compile(r"\b(?:after|before|until|till|following|prior\s+to|ahead\s+of)\s+(?:the\s+)?"
                               r"(?:[\w'’-]+\s+){0,2}[\"“‘']?$", re.IGNORECASE)
_NAME_TO_DATE = re.compile(r"\s*,?\s*(?:in|of|on)?\s*$")


def _dates_name(text: str, name_end: int, event: KnownEvent, tx: Timex) -> bool:
    """Whether the timex right after a known name is that event's date ("after the invasion of
    Ukraine in February 2022"): it dates the name, not the clause the name is related to."""
    return 0 <= tx.char_start - name_end <= 5 and bool(_NAME_TO_DATE.fullmatch(text, name_end, tx.char_start)) \
        and _begins_within(event, tx)


def _relative_to(text: str, lo: int, name_start: int, tx: Timex) -> bool:
    """Whether "after"/"before" ... leads to the name at ``name_start`` with the date outside that
    lead ("In 1967, after the war": yes; "after the 1973 oil embargo": the date is the name's)."""
    lead = _RELATIVE_TO_NAME.search(text, lo, name_start)
    return lead is not None and not lead.start() <= tx.char_start < name_start


_RELATION_BEFORE = re.compile(r"\b(?:after|since|before|until|till|following|prior\s+to|ahead\s+of)\s+(?:the\s+)?"
                              r"(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)


# A date word in the possessive ("today's crisis", "last week's vote") dates the noun phrase it governs.
POSSESSIVE_DATE = re.compile(r"['’]s?\s+(?=[a-z])")
_OWN_DATED_NOUN = re.compile(r"\b(?:today|tonight|yesterday|tomorrow|(?:this|last|next)\s+(?:week|weekend|month|year|"
                             r"spring|summer|autumn|fall|winter|season))['’]s?\s+(?P<np>(?-i:[a-z][\w-]*(?:\s+(?:[a-z][\w-]*|"
                             r"[A-Z][\w-]*))??(?:\s+(?:in|on|at|of|over|with|between)\s+(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*|"
                             r"[\w-]+)){0,1}))",
                             re.IGNORECASE)
# (searched in every described clause: on the lower-cased text, and only where a date word is there)
_OWN_DATED_NOUN = CaseBlind(_OWN_DATED_NOUN)


def own_dated_nouns(text: str, span: tuple[int, int], anchor: tuple[int, int]) -> list[tuple[int, int]]:
    """The noun phrases in ``span`` that a possessive date word other than the anchor dates ("the
    1990s and today's crisis": "crisis" is today's, not the 1990s'), to be left out of the event
    the anchor dates."""
    return [(m.start("np"), m.end("np")) for m in _OWN_DATED_NOUN.finditer(text, span[0], span[1])
            if not m.start() <= anchor[0] < m.start("np")]


_GENERAL_PLURAL = re.compile(r"(?<![siu])(?<!talk)(?<!negotiation)(?<!election)(?<!hearing)s$")


def _todays_happening(text: str, tx: Timex) -> bool:
    """"today's vote", "tonight's summit": a happening of the dct. Not "today's world", "today's
    problems" or "today's wars", which are the present times (no event word, or a plural of them)."""
    m = _OWN_DATED_NOUN.match(text, tx.char_start)
    if m is None or not POSSESSIVE_DATE.match(text, tx.char_end):
        return False
    head = re.split(r"\s+(?:in|on|at|of|over|with|between)\s", m.group("np"))[0].split()[-1]
    return bool(EVENT_LANGUAGE.fullmatch(head)) and not _GENERAL_PLURAL.search(head)


def possessive_part(text: str, anchor: tuple[int, int], limit: int) -> tuple[int, int] | None:
    """The date word's own noun phrase when it is in the possessive ("yesterday's vote in parliament")."""
    if not POSSESSIVE_DATE.match(text, anchor[1]):
        return None
    m = _OWN_DATED_NOUN.match(text, anchor[0])
    if m is None or m.end("np") > limit:
        return None
    return anchor[0], m.end("np")


# "after the bombing of the embassy in May 1999": what leads from the main clause to a dated event.
_AFTER_LEAD = re.compile(r"\b(?:after|following|in\s+the\s+wake\s+of|in\s+response\s+to)\s+(?P<np>(?:[\w'’.-]+\s+){0,6})$",
                         re.IGNORECASE)


_SUBORDINATE_OPENER = re.compile(r",\s+(when|as|while|where)\s")


def _after_known(text: str, tx: Timex, clause: tuple[int, int], known: list[KnownEvent], timexes: list[Timex],
                 dct: date | None) -> list[Candidate]:
    """"Beijing offered its help after the attacks of September 11, 2001": the date is the known
    event's, and the words before "after" tell a happening of their own that came later. It is a
    candidate dated from the known event's day to the dct (basis context: the end is the dct's;
    knowledge where the first day is the knowledge base's and not the text's: "of March 2004"),
    kept by describe() where it holds an event word (of any kind: it came later, so it is not the
    known event told again)."""
    if not known or tx.date_begin is None:
        return []
    lead = _AFTER_LEAD.search(text, max(clause[0], tx.char_start - 80), tx.char_start)
    if lead is None or re.match(r"\w+\s+(?:an?|some|any)\s", lead.group(0)):
        return []  # "following a scenario of 50 years ago": a likeness, not a happening it came after
    # The words between "after" and the date name the happening ("after the bombings of March 2004"),
    # or the date itself does ("after September 11", linked to the known event of that day).
    if lead.group("np").strip().lower() not in ("", "the") and not EVENT_LANGUAGE.search(text, lead.start(), tx.char_start):
        return []
    start = clause[0]
    for opener in _SUBORDINATE_OPENER.finditer(text, clause[0], lead.start()):
        start = opener.start(1)  # "The thaw came at Beijing's urging, when X offered ...": the act is X's
    start += len(text[start:lead.start()]) - len(text[start:lead.start()].lstrip(" ,;:–—-"))
    end = start + len(text[start:lead.start()].rstrip(" ,;:–—-"))
    if start == end:
        # "After September 11, we went to war": the act is the main clause after the fronted phrase
        comma = text.find(",", tx.char_end, clause[1])
        if comma < 0 or comma - tx.char_end > 60:
            return []
        start = comma + 1 + len(text[comma + 1:clause[1]]) - len(text[comma + 1:clause[1]].lstrip())
        end = start + len(text[start:clause[1]].rstrip(" ,.;:!?–—-"))
    if end - start < 12 or any(start <= t.char_start < end for t in timexes):
        return []  # too short to tell a happening, or dated by its own words
    begin, granularity, basis = tx.date_begin, _granularity(tx.granularity), "context"
    day = known[0].date_begin
    if day is not None and tx.date_end is not None and (tx.date_begin <= day <= tx.date_end or tx.granularity == "day"):
        # "the bombings of March 2004": from the known day, not the month's first; a day said without
        # its year ("after September 11") is the known event's day (``_named_by_day``)
        if day != tx.date_begin or year_from_knowledge(tx, dct):
            basis = "knowledge"  # the first bound is the knowledge base's, not the text's (SCHEMA.md)
        begin, granularity = day, "day"
    end_date = dct if dct is not None and dct >= begin else None
    return [Candidate(name=clause_name(text, (start, end)), kind=guess_kind(text[start:end]), span=(start, end),
                      date_begin=begin, date_end=end_date, granularity=granularity,
                      date_basis=basis, source="text", text_date=tx.text, confidence=0.6, from_clause=True)]


def _beside_known(layout: TextLayout, tx: Timex, clause: tuple[int, int], kinds: list[str],
                  timexes: list[Timex], known: list[tuple[int, int]] = ()) -> list[Candidate]:
    """A happening the sentence of a known event joins to it under the same date ("When France
    voted in 1981, ..., and the defeated president left politics"; "After the signing of the
    armistice ... and the return of the prisoners in 1953"): each coordinated part with no date of its own is a candidate, kept by describe()
    only when its event word is of another kind than the known event's (``Candidate.beside``)."""
    if not kinds:
        return []
    text = layout.text
    sentence = layout.sentence(tx.char_start)
    lo, hi = min(clause[0], sentence[0]), max(clause[1], sentence[1])
    cuts = [lo] + [m.end() for m in _COORDINATION.finditer(text, lo, hi)] + [hi]
    if len(cuts) == 2:
        return []
    out = []
    starts = [m.start() for m in _COORDINATION.finditer(text, lo, hi)] + [hi]
    for i in range(len(cuts) - 1):
        start, end = cuts[i], starts[i]
        end = start + len(text[start:end].rstrip(" ,.;:"))
        if any(start <= t.char_start < end for t in timexes if t is not tx) or end - start < 12:
            continue  # dated by its own words, or too short to be a happening ("the PRC")
        if any(start <= s < end for s, _ in known):
            continue  # the part naming the known event
        inside = start <= tx.char_start < end
        if not inside and not (0 <= start - tx.char_end <= 150 or 0 <= tx.char_start - end <= 40):
            continue  # far from the date: "During the talks, ... and ..., where missiles appeared in 1986"
        cand = Candidate(name=clause_name(text, (start, end), tx if inside else None), kind=guess_kind(text[start:end]),
                         span=(start, end), date_begin=tx.date_begin, date_end=tx.date_end,
                         granularity=_granularity(tx.granularity), date_basis="context" if _is_relative(tx) else "text",
                         source="text", text_date=tx.text, confidence=0.6, from_clause=True, beside=tuple(kinds),
                         text_anchor=(tx.char_start, tx.char_end) if inside else (0, 0))
        out.append(cand)
    return out


_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|our|this|that|whose)\s+$", re.IGNORECASE)


def _statement_about_known(text: str, tx: Timex, clause: tuple[int, int], triggers, kinds: list[str],
                           named: list[tuple[int, int]], told_at: list[int], basis: str) -> list[Candidate]:
    """"In the early 1990s the party leader voiced concern about the Maastricht Treaty":
    the date dates the known event the clause names, and also what the clause's subject said of
    it then. Where every event word of the clause outside the known names is a statement word and
    one of them is a verb between the date and the first known name ("voiced concern", not "the
    pledge of"; not "refused the condition for ending the Gulf War in 1991", whose date is the war's), the
    clause is a candidate of its own, kept by describe() only when its event word is of another
    kind than the known event's."""
    if not kinds or triggers is None or not told_at:
        return []
    first = min(told_at)
    said = False
    for m in case_blind(triggers.pattern).finditer(text, clause[0], clause[1]):
        if any(s <= m.start() < e for s, e in named) or tx.char_start <= m.start() < tx.char_end:
            continue
        trig = triggers.trigger(m.group(0))
        if trig is None or trig.pos == "none":
            continue
        if trig.kind != "statement":
            return []  # another event word carries the clause (describe() would name that one)
        if trig.pos == "verb" and tx.char_end <= m.start() < first and \
                not _DETERMINER_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            said = True  # a date after the verb may be the known event's ("for ending the Gulf War in 1991")
    if not said:
        return []
    return [Candidate(name=clause_name(text, clause, tx), kind="statement", span=clause,
                      date_begin=tx.date_begin, date_end=tx.date_end, granularity=_granularity(tx.granularity),
                      date_basis=basis, source="text", text_date=tx.text, confidence=0.6, from_clause=True,
                      beside=tuple(kinds), text_anchor=(tx.char_start, tx.char_end))]


def compatible_kinds(kind: str, others: tuple[str, ...]) -> bool:
    """Whether ``kind`` names the same sort of happening as one of ``others`` (a signing and a treaty)."""
    return any(_compatible(kind, other) for other in others)


def _bare_place(event: KnownEvent, context: str) -> bool:
    """Whether the context names a conference by its place alone, after a preposition: "at the
    time of Potsdam", "after Yalta" (the clause's date says which of the place's meetings)."""
    place = _bare_place_pattern(event.name)
    return place is not None and place[0] in context and place[1].search(context) is not None


@lru_cache(maxsize=4096)
def _bare_place_pattern(name: str) -> tuple[str, re.Pattern] | None:
    """The place of a conference's name and the pattern of the place named alone (compiled once a
    name: every linked date asks for every meeting of its time)."""
    place = re.match(r"([A-Z][a-z]{2,})\s+(?:Conference|Summit)\b", name)
    if place is None:
        return None
    return place.group(1), re.compile(rf"\b(?:of|at|after|before|since|until|from|by)\s+{place.group(1)}\b"
                                      rf"(?!\s+(?:[A-Z]\w*|[Ss]ummit|[Cc]onference|[Aa]greements?|[Aa]ccords?|[Tt]reaty|"
                                      rf"[Tt]alks|[Dd]eclaration))")


_WORD = re.compile(r"\w+")


def _first_words(cues) -> frozenset[str] | None:
    """The lower-cased first words of the cues, which a context must hold as words for a cue to be
    there (a cue matches whole words: its first word is one of the context's); None where a cue
    opens with no plain ASCII word, which that test cannot vouch for."""
    firsts = set()
    for cue in cues:
        first = _WORD.match(cue)
        if first is None or not first.group(0).isascii():
            return None
        firsts.add(first.group(0).lower())
    return frozenset(firsts)


def _name_word_set(event: KnownEvent) -> frozenset[str]:
    """The words ``_name_words`` looks for, as a set (each is a whole word of the context where it matches)."""
    return frozenset(w for w in re.findall(r"[A-Z][a-z]{2,}", event.name) if w.lower() not in _GENERIC_NAME_WORDS)


def _name_words(event: KnownEvent) -> re.Pattern:
    """The distinctive capitalised words of an event's name ("Geneva", "Suez", "Cuban")."""
    words = {w for w in re.findall(r"[A-Z][a-z]{2,}", event.name) if w.lower() not in _GENERIC_NAME_WORDS}
    if not words:
        return re.compile(r"(?!)")
    return re.compile(r"\b(?:" + "|".join(sorted(words)) + r")\b")


def _compatible(clause_kind: str, event_kind: str) -> bool:
    return clause_kind == event_kind or any(clause_kind in g and event_kind in g for g in _COMPATIBLE)


def _joined(cands: list[Candidate], text: str) -> list[list[Candidate]]:
    """Dates of one clause that belong together: nested ("over 6 years ago, November 18, 1981")
    or joined as a range ("the 1960s and 1970s"); "not in 1945 but in 1995" stays apart."""
    groups: list[list[Candidate]] = []
    for cand in sorted(cands, key=lambda c: c.text_anchor):
        if groups:
            previous = groups[-1][-1]
            gap = text[previous.text_anchor[1]:cand.text_anchor[0]]
            nested = previous.date_begin and previous.date_end and cand.date_begin and cand.date_end and (
                previous.date_begin <= cand.date_begin <= cand.date_end <= previous.date_end
                or cand.date_begin <= previous.date_begin <= previous.date_end <= cand.date_end)
            if not gap.strip() and _within_ago(previous, cand, text):
                continue  # "40 years ago this month": the month of that year, already set on previous
            own = POSSESSIVE_DATE.match(text, cand.text_anchor[1]) or POSSESSIVE_DATE.match(text, previous.text_anchor[1])
            if (nested or _RANGE_GAP.match(gap)) and not own:  # "the 1990s and today's crisis": two times, no range
                groups[-1].append(cand)
                continue
        groups.append([cand])
    return groups


def _within_ago(ago: Candidate, this: Candidate, text: str) -> bool:
    """"40 years ago this month" is one date, June 1947 (not 1947 to 1987): narrow the "ago"
    candidate to the month of the dct it counts back from, and say the two were one."""
    first, second = text[ago.text_anchor[0]:ago.text_anchor[1]], text[this.text_anchor[0]:this.text_anchor[1]]
    if not first.lower().endswith("ago") or not re.match(r"(?i)this (?:month|week|day)$", second):
        return False
    if ago.date_begin is None or this.date_begin is None or this.date_end is None:
        return False
    try:
        begin = this.date_begin.replace(year=ago.date_begin.year)
        end = this.date_end.replace(year=ago.date_begin.year)
    except ValueError:  # 29 February
        return False
    ago.date_begin, ago.date_end, ago.granularity = begin, end, this.granularity
    ago.text_date = text[ago.text_anchor[0]:this.text_anchor[1]]
    return True


def _merge_same_clause(cands: list[Candidate]) -> Candidate:
    """Dates in one clause: "over 6 years ago, November 18, 1981" is the most precise of nested
    intervals; "the 1960s and 1970s" dates one event over their joint span."""
    dated = [c for c in cands if c.date_begin and c.date_end]
    if len(dated) == len(cands):
        narrowest = min(cands, key=lambda c: (c.date_end - c.date_begin, c.date_basis != "text"))
        if all(c.date_begin <= narrowest.date_begin and narrowest.date_end <= c.date_end for c in cands):
            return narrowest
    first = cands[0]
    # An open bound anywhere leaves the joint span open on that side.
    begins = [c.date_begin for c in cands]
    ends = [c.date_end for c in cands]
    first.date_begin = None if None in begins else min(begins)
    first.date_end = None if None in ends else max(ends)
    return first
