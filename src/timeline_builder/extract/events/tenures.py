"""Tenures and appointments implied by titles: "former attorney general Jeff Sessions",
"Soviet Ambassador Anatoly Dobrynin", "the new Secretary of State Marco Rubio", "X has been
appointed special envoy", "the institute, led by X", "his successor, X". Dates come from the actor knowledge
base's time-bounded roles.
"""
from __future__ import annotations

import bisect
import calendar
import re
from datetime import date, timedelta

from ...knowledge.actors import normalise_role
from ...records import ActorMention
from ..casefold import case_blind
from .candidates import Candidate
from .naming import appointment_name, tenure_name, title_case
from .text import TextLayout, word_led_matches

_STOP = {"of", "the", "to", "for", "and", "on", "in", "a", "an"}
_FORMER = re.compile(r"\b(?:former|ex|then|onetime|one-time|erstwhile|late)\b", re.IGNORECASE)
_NEW = re.compile(r"\b(?:new|newly|incoming|freshly)\b", re.IGNORECASE)
_APPOINTED = re.compile(r"\b(?:appointed|named|nominated|confirmed|sworn in)\b(?:\s+as)?", re.IGNORECASE)
_WORD = re.compile(r"[a-z]+")
# Words that make a "leader" a party's: "Tory leader", "Labour leader", "Democratic leader".
_PARTY_WORDS = frozenset({"tory", "tories", "labour", "conservative", "liberal", "democrat", "democratic",
                          "republican", "socialist", "communist", "green", "opposition", "party"})
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_LED_BY = re.compile(r"\b(?:led|headed|directed|chaired|run|founded)\s+by\s+(?:[A-Z][\w.-]*\s+){0,2}$")
_SUCCESSOR = re.compile(r"\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Ww]hose)\s+(?:successor|predecessor)\b[^.;:()]{0,60}$")
_UNDER_WHOSE = re.compile(r"^[\s,]*[–—-]?\s*under whose (?:leadership|direction|guidance)")


def office_parties(holder: str, organization: str | None, evidence: tuple[int, int],
                   state_ids: frozenset[str] | set[str] = frozenset(), seat: bool = False
                   ) -> list[tuple[str, str, tuple[int, int]]]:
    """The parties of a term in office, as the event knowledge's terms list them (``terms.tsv``): the
    holder acts in it (agent), and so does a state whose office it is (a state acts through its
    officers); another body the office belongs to (a party, an institute) takes part in it, and so
    does the state of a ``seat`` in its legislature (``actors/cues/seats.tsv``: a senator or a member
    of parliament sits for voters, the state does not act through them)."""
    actors = [(holder, "agent", evidence)]
    if organization is not None and organization != holder:
        acts = organization in state_ids and not seat
        actors.append((organization, "agent" if acts else "participant", evidence))
    return actors


def tenure_candidates(layout: TextLayout, mentions: list[ActorMention], roles_of, person_ids: set[str],
                      names: dict[str, str], dct: date | None, resolve_role=None, terms_of=None,
                      state_ids: frozenset[str] | set[str] = frozenset(),
                      seats: frozenset[str] | set[str] = frozenset()) -> list[Candidate]:
    """Candidates for titled mentions of people whose roles the knowledge base dates.

    Args:
        roles_of: actor_id -> roles (objects with role, organization, date_begin, date_end).
        person_ids: ids of actors that are people.
        names: actor_id -> canonical name.
        resolve_role: (role, organization, date) -> actor id; names who appointed someone
            (the organization's president on the day).
        terms_of: actor_id -> the event knowledge's terms of that holder, whose dates a tenure of the
            same office takes (``_known_term_dates``).
        state_ids: ids of actors that are states (a state's office makes it an agent of the term).
        seats: roles that are seats in a legislature (the state takes part in the term, it does not act).
    """
    named = {m.actor_id for m in mentions}
    organizations = {m.actor_id: names.get(m.actor_id, m.text) for m in mentions}
    text = layout.text
    out = []
    mention_starts: list[list[int] | None] = []  # made on first need: [_sorted_starts(mentions)]
    # the latest start a title can mean (a dct near the end of the calendar has no 90 days after it)
    latest = None if dct is None else dct + timedelta(days=90) if dct <= date.max - timedelta(days=90) else date.max
    for mention in mentions:
        if mention.actor_id not in person_ids or layout.in_notes(mention.char_start):
            continue
        # a role that began long after the document was written is none its title can mean (one announced
        # before it, or starting within weeks, can be: "the new Secretary of State X" before the swearing-in)
        roles = [r for r in roles_of(mention.actor_id) if r.date_begin is not None
                 and (latest is None or min(r.date_begin, r.announced or r.date_begin) <= latest)]
        if not roles:
            continue
        clause = layout.clause(mention.char_start, mention.char_end)
        before = text[max(clause[0], mention.char_start - 70):mention.char_start]
        after = text[mention.char_end:min(clause[1] + 1, mention.char_end + 90)]
        appositive = re.match(r"^\s*,\s*(?:the\s+|a\s+)?((?:former|new|then)?[^,.;]{3,70})", after)
        sentence = layout.sentence(mention.char_start)
        # "prime minister Harold Wilson ... in 1968": of two terms in one office, the one the sentence's year falls in.
        years = frozenset(int(y) for y in _YEAR.findall(text, sentence[0], sentence[1]))
        rest = text[mention.char_end:sentence[1]]
        appointed = _APPOINTED.search(rest)
        windows = [("before", _title_window(before))]
        earlier = _appositive_title(before)
        if earlier is not None and not _roles_named(windows[0][1], roles, years) and _roles_named(earlier, roles, years):
            # "the chief whip in those years, my old mentor, John Smith": the title is
            # in the appositive before the one next to the name.
            windows[0] = ("before", earlier)
        if appositive:
            windows.append(("after", appositive.group(1)))
        if appointed:
            windows.append(("appointed", rest[appointed.end():appointed.end() + 80]))
        # "X – under whose leadership": the dash ends the clause, so look past it.
        if _LED_BY.search(before) or _UNDER_WHOSE.match(text[mention.char_end:mention.char_end + 60]) or _SUCCESSOR.search(before):
            # "the institute, led by Academician Arbatov", "His successor, X – under whose leadership":
            # the role heading an organisation this sentence or the one before names.
            lo = layout.sentence(sentence[0] - 1)[0] if sentence[0] > 0 else sentence[0]
            if not mention_starts:
                mention_starts.append(_sorted_starts(mentions))
            in_reach = {m.actor_id for m in _between(mentions, mention_starts[0], lo, sentence[1])
                        if lo <= m.char_start < sentence[1]}
            heading = [r for r in roles if r.organization in in_reach]
            role = _best_role(text[lo:sentence[1]], heading) or \
                max(heading, key=lambda r: r.date_begin, default=None)
            windows.insert(0, ("led", role))
        person = names.get(mention.actor_id, mention.text)
        expanded = []
        for where, window in windows:
            if where == "before":
                # "the Chancellor and Party Leader Angela Merkel": each title a tenure.
                expanded += [(where, role) for role in _roles_named(window, roles, years)] or [(where, None)]
            else:
                expanded.append((where, window if where == "led" else _best_role(window, roles, years)))
        emitted = False
        for where, role in expanded:
            if emitted and where != "before":
                break
            if role is None:
                continue
            qualifier = before[-40:] if where in ("before", "led") else dict(windows).get(where, "")
            if where == "led":
                kind, begin, end, gran = "term", role.date_begin, role.date_end, "day"
                name = tenure_name(person, role.role, organizations.get(role.organization))
            elif where == "appointed" or _NEW.search(qualifier):
                # Announced before taking office (a nominee awaiting confirmation): the announcement.
                day = getattr(role, "announced", None) or role.date_begin
                kind, begin, end, gran = "appointment", day, day, "day"
                name = appointment_name(person, role.role)
            elif _FORMER.search(qualifier) or (role.date_end is not None and dct is not None and role.date_end < dct):
                kind, gran = "term", "day"
                begin, end = _known_term_dates(role, terms_of(mention.actor_id) if terms_of else ())
                name = tenure_name(person, role.role, organizations.get(role.organization))
            else:
                continue  # a current title names the person, it does not recall an event
            if where == "before":
                # the tenure is referred to by its title and name ("the leader of China
                # Deng Xiaoping"), not by the rest of the clause, which may tell another event
                span = (_title_start(text, mention, dict(windows)["before"], role, clause), mention.char_end)
            else:
                span = (min(mention.char_start, clause[0] if where == "led" else mention.char_start),
                        max(mention.char_end, clause[1] if where != "led" else mention.char_end))
            span = _tighten(text, span, mention)
            evidence = (mention.char_start, mention.char_end)
            if kind == "appointment":
                # the one appointed takes part; the body (and its head, below) appoints
                actors = [(mention.actor_id, "participant", evidence)]
                if role.organization in named:
                    actors.append((role.organization, "agent", evidence))
            else:
                actors = office_parties(mention.actor_id, role.organization if role.organization in named else None,
                                        evidence, state_ids, role.role in seats)
            if kind == "appointment" and resolve_role is not None and role.organization:
                # The one in office when the role begins appointed (a president-elect names nominees).
                head = resolve_role("president", role.organization, _settled(role.date_begin))
                if head in named and head != mention.actor_id:
                    actors.append((head, "agent", evidence))
            out.append(Candidate(name=name, kind=kind, span=span, date_begin=begin, date_end=end,
                                 granularity=gran, date_basis="knowledge", source="knowledge",
                                 text_date=None, confidence=0.75, actors=actors))
            emitted = True
            if where != "before":
                break
    return out


def _known_term_dates(role, terms) -> tuple[date, date | None]:
    """A role's dates, or those of the event knowledge's term of the same office that covers most of
    it: the two files can date one tenure apart (an acting president's months before the
    inauguration), and the event knowledge's term is the tenure analysts name ("Putin's first
    presidency" from his inauguration)."""
    office = role.role.replace(" ", "-")
    role_end = role.date_end or date.max
    for term in terms:
        if not term.office or not term.office.endswith(office) or term.date_begin is None:
            continue
        term_end = term.date_end or date.max
        shared = (min(role_end, term_end) - max(role.date_begin, term.date_begin)).days
        shorter = min((role_end - role.date_begin).days, (term_end - term.date_begin).days)
        if shorter > 0 and shared >= 0.8 * shorter:
            return term.date_begin, term.date_end
    return role.date_begin, role.date_end


def _title_start(text: str, mention: ActorMention, window: str, role, clause: tuple[int, int]) -> int:
    """Where the title before a name begins: its role's first word in the title window (the
    clause's start where the window shows another word of the role)."""
    tokens = [t for t in _WORD.findall(role.role.lower()) if t not in _STOP]
    head = tokens[0] if tokens else None
    found = re.search(rf"\b{head}", window, re.IGNORECASE) if head else None
    if found is None and "leader" in tokens:
        # "Tory leader X" names the party leadership without the word "party": the title is the
        # party's name and "leader", not the whole clause before it
        found = re.search(r"(?:\b[A-Z][\w'’-]*\s+)?\bleader\b", window)
    if found is None:
        return clause[0]
    return max(clause[0], mention.char_start - len(window) + found.start())


def _settled(day: date) -> date:
    """A month-precise date (stored as its first day) stands for the month's end: who held
    office then is who made the appointment ("2025-01" -> Trump, not Biden)."""
    if day.day != 1:
        return day
    return date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])


def _title_window(before: str) -> str:
    """The words right before a name that can be its title (stop at a comma or clause break)."""
    cut = max(before.rfind(","), before.rfind(";"), before.rfind("("), before.rfind("–"), before.rfind("—"))
    return before[cut + 1:] if cut >= 0 else before


# A short appositive right before a name: "my lineal predecessor, ", "his old friend, ".
_APPOSITIVE = re.compile(r",\s*(?:my|our|his|her|their|a|an|the)\s+(?:[a-z-]+\s+){0,3}[a-z-]+,\s*$")


def _appositive_title(before: str) -> str | None:
    """From the comma-part before a short appositive that ends right before the name, to the name
    ("the chief whip in those years, my old mentor, " before X), from that part's
    first article: a noun phrase of its own holding the title."""
    m = _APPOSITIVE.search(before)
    if m is None:
        return None
    head = before[:m.start()]
    part = _title_window(head)
    np = re.search(r"\b(?:the|a|an)\s", part, re.IGNORECASE)  # "In 1948 the foreign secretary at the time"
    if np is None or len(part) - np.start() > 60:
        return None
    # up to the name, so that the title's place in the text is found from the name backwards
    return before[len(head) - len(part) + np.start():]


def _roles_named(window: str, roles, years: frozenset = frozenset()) -> list:
    """Every role a title window names: the best one, and any other whose words the window shows
    wholly ("National Security Advisor and Secretary of State")."""
    best = _best_role(window, roles, years)
    if best is None:
        return []
    words = _title_words(window)
    found = [best]
    for role in roles:
        tokens = [t for t in _WORD.findall(role.role.lower()) if t not in _STOP]
        if role is not best and len(tokens) > 1 and all(t in words for t in tokens) \
                and all(r.role != role.role for r in found):
            found.append(role)
    return found


def _title_words(window: str) -> set[str]:
    """The window's words, plurals also as singulars ("then-US Senators X and Y": each a senator)."""
    words = set(_WORD.findall(window.lower()))
    if "leader" in words and words & _PARTY_WORDS:
        words.add("party")  # "Tory leader Margaret Thatcher": the party's leader
    singular = {w[:-3] + "y" for w in words if len(w) > 4 and w.endswith("ies")}
    singular |= {w[:-1] for w in words if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "ies"))}
    return words | singular


def _best_role(window: str, roles, years: frozenset = frozenset()):
    """The role whose content words the window shows best (its head word is required); among
    equals, one held in a year the sentence names, then the latest."""
    words = _title_words(window)
    best = None
    for role in roles:
        tokens = [t for t in _WORD.findall(role.role.lower()) if t not in _STOP]
        if not tokens or tokens[0] not in words and not (len(tokens) > 1 and tokens[1] in words and tokens[0] in ("under", "deputy", "vice", "special")):
            continue
        score = sum(t in words for t in tokens) / len(tokens)
        if score < 0.3:
            continue
        held = any(role.date_begin.year <= y <= (role.date_end.year if role.date_end else 9999) for y in years) \
            if role.date_begin else False
        key = (score, held, role.date_begin or date.min)
        if best is None or key > best[0]:
            best = (key, role)
    return best[1] if best else None


def _tighten(text: str, span: tuple[int, int], mention: ActorMention) -> tuple[int, int]:
    start, end = span
    while start < mention.char_start and text[start] in " ,\xa0":
        start += 1
    while end > mention.char_end and text[end - 1] in " ,.;\xa0":
        end -= 1
    return start, end


# An office said of someone rather than written before the name: "When home secretary, he ordered",
# "As trade secretary in the late 1980s, Lord Young ...", "he became chancellor of the
# exchequer", "served as defence secretary", "He held the offices of chancellor, home secretary and
# prime minister". The role words run to the first comma, clause word or date; a list of offices
# after "offices of" runs to the clause's end.
_AS_ROLE = re.compile(r"\b(?:[Ww]hen|[Aa]s|[Ww]hile)\s+(?P<role>(?:the\s+)?[a-z][a-z' -]{2,50}?)"
                      r"(?=\s*,|\s+(?:in|from|during|between|under)\b)")
_ROLE_VERB = re.compile(r"\b(?:became|becomes|become|was\s+(?:appointed|named|made|elected)(?:\s+as)?|"
                        r"(?:served|serving|serves)\s+as|took\s+over\s+as|was\s+promoted\s+to)\s+(?P<role>[^.,;:()\"“”]{3,120})")
# The words their matches start with (whole words, in any case: the patterns check the case), looked
# up in the document's token array: a substring search for "as" or "was" stopped in every "has".
_AS_ROLE_FIRSTS = frozenset({"when", "as", "while"})
_ROLE_VERB_FIRSTS = frozenset({"became", "becomes", "become", "was", "served", "serving", "serves", "took"})
# "held(?<=\bheld)" is "\bheld" written so that re scans for the letters first (19x faster on a long text).
_OFFICES_OF = re.compile(r"held(?<=\bheld)\s+(?:each\s+of\s+|all\s+of\s+|both\s+of\s+)?the\s+(?:(?:major|great|top)\s+)?"
                         r"(?:offices|posts|positions|jobs)\s+of\s+(?P<offices>[^.;:()\"“”]{3,160})")
_ROLE_END = re.compile(r",|\s(?:when|and\s+(?:was|then|later|became)|in|from|during|until|before|after|for|under|"
                       r"who|which|where|while|but)\s")
_PERSON_PRONOUN = re.compile(r"(?<![\w-])(?:he|she)\b", re.IGNORECASE)
_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def role_predicate_candidates(layout: TextLayout, mentions: list[ActorMention], roles_of, person_ids: set[str],
                              names: dict[str, str], salient_before, known_terms: set[tuple[str, date]]) -> list[Candidate]:
    """Tenures of offices said of a person ("When home secretary, he ..."), dated by the actor
    knowledge base's roles of that person (basis knowledge).

    Args:
        salient_before: offset -> the person "he"/"she" at that offset means (or None).
        known_terms: (holder, begin) of the event knowledge's terms, which name those tenures already
            ("Premiership of James Callaghan").
    """
    text = layout.text
    people = [m for m in mentions if m.actor_id in person_ids]
    starts = _sorted_starts(people)
    named: set[str] | None = None  # the actors the document names, made for the first tenure found
    out: list[Candidate] = []
    seen: set[tuple[str, date, tuple[int, int]]] = set()
    for pattern, subject_after, firsts in ((_AS_ROLE, True, _AS_ROLE_FIRSTS), (_ROLE_VERB, False, _ROLE_VERB_FIRSTS),
                                           (_OFFICES_OF, False, None)):
        for m in (pattern.finditer(text) if firsts is None else word_led_matches(pattern, firsts, text)):
            if layout.in_notes(m.start()):
                continue
            clause = layout.clause(m.start(), m.end())
            person, pronoun_at = _subject_of(text, people, clause, m, subject_after, salient_before, starts)
            if person is None:
                continue
            if m.groupdict().get("offices"):
                words = re.split(r"\s(?:during|in|from|until|before|after|and\s+(?:was|then|later|became))\s",
                                 m.group("offices"))[0]
                pieces = _LIST_SPLIT.split(words)
            else:
                words = m.group("role")
                cut = _ROLE_END.search(words)
                pieces = [words[:cut.start()] if cut else words]
            sentence = layout.sentence(m.start())
            years = frozenset(int(y) for y in _YEAR.findall(text, sentence[0], sentence[1]))
            person = _holder_of(person, pronoun_at, people, pieces, roles_of, years, starts)
            roles = [r for r in roles_of(person) if r.date_begin is not None]
            if not roles:
                continue
            for piece in pieces:
                role = _best_role(piece, roles, years)
                if role is None or not _names_role(piece, role) or (person, role.date_begin) in known_terms:
                    continue
                group = "offices" if m.groupdict().get("offices") else "role"
                said = m.start(group) + len(pieces[0] if len(pieces) == 1 else words)
                span = (m.start(), min(clause[1], said, m.end()))
                span = (span[0], span[0] + len(text[span[0]:span[1]].rstrip(" ,.;")))
                if (person, role.date_begin, span) in seen:
                    continue
                seen.add((person, role.date_begin, span))
                if named is None:
                    named = {x.actor_id for x in mentions}
                organization = role.organization if role.organization in named else None
                # Named as the text names the office where that is the role's own name or synonym
                # ("foreign secretary", not the knowledge base's "foreign minister").
                said_as = re.sub(r"^(?:the|a|an)\s+", "", piece.strip().lower())
                title = said_as if said_as != role.role and normalise_role(said_as) == role.role else role.role
                out.append(Candidate(name=tenure_name(names.get(person, person), title,
                                                      names.get(organization) if organization else None),
                                     kind="term", span=span, date_begin=role.date_begin, date_end=role.date_end,
                                     granularity="day", date_basis="knowledge", source="knowledge",
                                     text_date=None, confidence=0.7,
                                     actors=office_parties(person, None, (m.start(), m.end()))))
    return out


_HOW_LONG = re.compile(r"\b(?:well\s+|far\s+|deep\s+)?into\s+(?:the\s+)?$", re.IGNORECASE)
_IN_OFFICE_LEAD = re.compile(r"(?:[Ww]hen|[Aa]s|[Ww]hile)\b")


def acts_in_office(layout: TextLayout, tenures: list[Candidate], timexes: list) -> list[Candidate]:
    """"When home secretary, he ordered troops into Belfast": what the sentence goes on to tell
    happened during that tenure, so it is an event of the tenure's dates (basis context, the day
    not known: no granularity). describe() keeps it only where it holds an event word, and names
    it; a sentence with a date of its own is dated by that date instead."""
    text = layout.text
    out: list[Candidate] = []
    # A date that tells how long, not when ("a decision that has shaped politics into the 21st century")
    # dates no act of the sentence: the tenure does.
    dates = sorted(t.char_start for t in timexes if t.type == "DATE"
                   and not _HOW_LONG.search(text, max(0, t.char_start - 20), t.char_start))
    done: set[int] = set()
    for tenure in tenures:
        start = tenure.span[0]
        if not _IN_OFFICE_LEAD.match(text, start) or tenure.date_begin is None or tenure.date_end is None:
            continue
        sentence = layout.sentence(start)
        comma = text.find(",", tenure.span[1], sentence[1])
        if comma < 0 or sentence[0] in done:
            continue
        i = bisect.bisect_left(dates, sentence[0])
        if i < len(dates) and dates[i] < sentence[1]:
            continue  # "As trade secretary in the late 1980s, ...": the dated-clause rules have it
        rest = comma + 1 + len(text[comma + 1:sentence[1]]) - len(text[comma + 1:sentence[1]].lstrip())
        end = rest + len(text[rest:sentence[1]].rstrip(" .!?"))
        if end - rest < 12:
            continue
        done.add(sentence[0])
        # the holder acts: "he" in "When home secretary, he ordered ..." is the tenure's holder
        holders = [(actor, "agent", evidence) for actor, _, evidence in tenure.actors[:1]]
        out.append(Candidate(name=text[rest:end][:80], kind="other", span=(rest, end),
                             date_begin=tenure.date_begin, date_end=tenure.date_end, granularity=None,
                             date_basis="context", source="text", confidence=0.5, from_clause=True,
                             actors=holders))
    return out


def _names_role(piece: str, role) -> bool:
    """Whether the words name the role by its head word or its whole name, not only a modifier
    ("foreign" of "foreign secretary" is not enough; "chancellor" names "chancellor of the exchequer")."""
    words = _title_words(piece) | _title_words(normalise_role(piece))  # "foreign secretary" is "foreign minister"
    tokens = [t for t in _WORD.findall(role.role.lower()) if t not in _STOP]
    return bool(tokens) and (tokens[-1] in words or tokens[0] in words and len(tokens) > 1 and tokens[0] not in
                             ("foreign", "home", "defence", "defense", "prime", "vice", "deputy", "national"))


def _holder_of(person: str, pronoun_at: int | None, people: list[ActorMention], pieces: list[str], roles_of,
               years: frozenset, starts: list[int] | None = None) -> str:
    """"When home secretary, he ordered ...": where "he" may mean any of the people named last, the
    one who held the office named (of the last six named before the pronoun), else the salient one.

    ``starts`` (the mentions' starts, in order, from ``_sorted_starts``) lets the walk back begin at
    the last mention starting by the pronoun instead of copying every mention of the document."""
    if pronoun_at is None or _holds_any(person, pieces, roles_of, years):
        return person
    tried = {person}
    # A mention ending by the pronoun starts by it too: with ``starts`` known, none after that prefix.
    before = range(len(people) if starts is None else bisect.bisect_right(starts, pronoun_at))
    for i in reversed(before):
        mention = people[i]
        if mention.char_end > pronoun_at or mention.actor_id in tried:
            continue
        tried.add(mention.actor_id)
        if _holds_any(mention.actor_id, pieces, roles_of, years):
            return mention.actor_id
        if len(tried) > 6:
            break
    return person


def _holds_any(person: str, pieces: list[str], roles_of, years: frozenset) -> bool:
    roles = [r for r in roles_of(person) if r.date_begin is not None]
    return any((role := _best_role(piece, roles, years)) is not None and _names_role(piece, role) for piece in pieces)


def _sorted_starts(people: list[ActorMention]) -> list[int] | None:
    """The mentions' start offsets when they come in text order (as a build gives them), else None."""
    starts = [p.char_start for p in people]
    return starts if all(a <= b for a, b in zip(starts, starts[1:])) else None


def _any_in(sorted_starts: list[int], lo: int, hi: int) -> bool:
    """Whether an offset of the sorted list lies in [lo, hi)."""
    i = bisect.bisect_left(sorted_starts, lo)
    return i < len(sorted_starts) and sorted_starts[i] < hi


def _between(people: list[ActorMention], starts: list[int] | None, lo: int, hi: int) -> list[ActorMention]:
    """The mentions that may start in [lo, hi], in their order: a bisection where ``starts`` (their
    starts, in order) is known, else all of them (the caller checks the offsets either way)."""
    if starts is None:
        return people
    return people[bisect.bisect_left(starts, lo):bisect.bisect_right(starts, hi)]


def _subject_of(text: str, people: list[ActorMention], clause: tuple[int, int], m: re.Match, after: bool,
                salient_before, starts: list[int] | None = None) -> tuple[str | None, int | None]:
    """The person the office is said of: "As X, <person or he/she>" after the role; "<person or he/she>
    became X" before the verb (within the clause). The second value is where a pronoun stands for
    the person (None where the text names them). ``starts``: the people's start offsets, in order
    (``_sorted_starts``), so that only those near the clause are read (not all, for each match)."""
    if after:
        rest = text[m.end():min(len(text), m.end() + 60)]
        # Past a comma and an optional date phrase ("in the early 1970s,").
        lead = re.match(r"^(?:\s+(?:in|from|during|between|under)\b[^,]{1,40})?\s*,\s*", rest)
        if lead is None:
            return None, None
        at = m.end() + lead.end()
        for p in _between(people, starts, at, at + 12):
            if p.char_start == at or (at <= p.char_start <= at + 12 and re.fullmatch(r"(?:[A-Z][a-z]+\s+)+",
                                                                                      text[at:p.char_start] or "X ")):
                return p.actor_id, None
        if _PERSON_PRONOUN.match(text, at):
            person = salient_before(at)
            return (person.actor_id, at) if person else (None, None)
        return None, None
    before = text[max(clause[0], m.start() - 60):m.start()]
    pronoun = re.search(r"(?<![\w-])(?:he|she)\s+(?:\w+\s+)?$", before, re.IGNORECASE)
    named = [p for p in _between(people, starts, clause[0], m.start()) if clause[0] <= p.char_start
             and p.char_end <= m.start()
             and re.fullmatch(r"[\s,]*(?:\w+\s+)?", text[p.char_end:m.start()])]
    if named:
        return named[-1].actor_id, None
    if pronoun:
        at = m.start() - len(pronoun.group(0))
        person = salient_before(at)
        return (person.actor_id, at) if person else (None, None)
    return None, None


# "the Hamid Karzai government", "the Karzai administration": a head of government's time in office.
# "the(?<=\bthe)": "\bthe", scanned for its letters first (5x faster on a long text).
_GOVERNMENT_OF = re.compile(r"the(?<=\bthe)\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:government|administration|regime|cabinet)\b")
_HEAD_ROLES = ("president", "prime minister", "premier", "chancellor", "leader", "supreme leader", "general secretary")


def governments_of_people(layout: TextLayout, mentions: list[ActorMention], roles_of, person_ids: set[str],
                          names: dict[str, str], known_terms: set[tuple[str, date]]) -> list[Candidate]:
    """"the Hamid Karzai government" -> the person's time as head of state or government, dated by
    the actor knowledge base's roles (the longest such role; none when the event knowledge has the
    person's term, which the term finder names)."""
    text = layout.text
    holders = None  # whose terms the event knowledge has, made at the first match (most documents have none)
    starts = None
    out = []
    for m in _GOVERNMENT_OF.finditer(text):
        if layout.in_notes(m.start()):
            continue
        if starts is None:
            starts = _sorted_starts(mentions) or []  # [] where not in text order: every mention is read
        near = _between(mentions, starts or None, m.start(), m.end())
        person = next((x for x in near if x.actor_id in person_ids and m.start() <= x.char_start
                       and x.char_end <= m.end()), None)
        if holders is None and person is not None:
            holders = {holder for holder, _ in known_terms}
        if person is None or person.actor_id in holders:
            continue
        heads = [r for r in roles_of(person.actor_id) if r.date_begin and r.role in _HEAD_ROLES]
        if not heads:
            continue
        begin, end = max(_unbroken(heads), key=lambda run: ((run[1] or date.max) - run[0], run[0]))
        noun = m.group(0).split()[-1]
        out.append(Candidate(name=f"{names.get(person.actor_id, person.text)} {noun.capitalize()}", kind="term",
                             span=(m.start(), m.end()), date_begin=begin, date_end=end,
                             granularity="day", date_basis="context", source="knowledge", text_date=None,
                             confidence=0.65, actors=office_parties(person.actor_id, None,
                                                                    (person.char_start, person.char_end))))
    return out


def _unbroken(roles) -> list[tuple[date, date | None]]:
    """The spans of time the roles cover without a break of more than a month: one government
    from an interim leadership through an elected presidency, two where the person was out of
    office between them."""
    runs: list[list] = []
    for role in sorted(roles, key=lambda r: r.date_begin):
        if runs and (runs[-1][1] is None or (role.date_begin - runs[-1][1]).days <= 31):
            if runs[-1][1] is not None:
                runs[-1][1] = None if role.date_end is None else max(runs[-1][1], role.date_end)
        else:
            runs.append([role.date_begin, role.date_end])
    return [(b, e) for b, e in runs]


# "Idi Amin's Uganda", "Stalin's Russia": a state named by its ruler's possessive is the state under
# that ruler, a period the reader dates by the ruler's time in power.
_POSSESSIVE = re.compile(r"['’]s\s+$")
def _heads(office: str | None) -> bool:
    """Whether a known term's office heads its state ("us-president", "soviet-leader"), not serves it
    ("us-vice-president": "Joe Biden's America" is no period of his vice presidency)."""
    words = (office or "").replace("-", " ")
    return not re.search(r"\b(?:vice|deputy|secretary of|minister of|foreign|ambassador|attorney|trade|security)\b", words) \
        and any(re.search(rf"\b{role}\b", words) for role in _HEAD_ROLES)


# The state only modifies the possessed noun: "Straw's China visit", "Bush's Iraq policy".
_MODIFIED = re.compile(r"\s+(?:policy|policies|visit|visits|trip|war|strategy|speech|plan|deal|talks|campaign|"
                       r"invasion|doctrine|tour|mission|envoy|team|stance|problem|question)\b", re.IGNORECASE)


def regimes_of_people(layout: TextLayout, mentions: list[ActorMention], roles_of, types: dict[str, str],
                      names: dict[str, str], terms_of, dct: date | None) -> list[Candidate]:
    """"She flew to Idi Amin's Uganda" -> the person's rule of that state (basis context): the
    event knowledge's term where it has one, else the actor knowledge's longest head-of-state or
    government role there. Only rules over before the dct: "Putin's Russia" in a story of his
    time names the country as it is, not a period."""
    text = layout.text
    out: list[Candidate] = []
    for person, state in zip(mentions, mentions[1:]):
        if (types.get(person.actor_id) != "person" or types.get(state.actor_id) != "state"
                or not _POSSESSIVE.fullmatch(text, person.char_end, state.char_start)
                or layout.in_notes(person.char_start) or _MODIFIED.match(text, state.char_end)):
            continue
        span = layout.clause(person.char_start, state.char_end)
        words = (person.char_start, state.char_end)
        terms = [t for t in terms_of(person.actor_id) if t.date_begin and t.date_end and (dct is None or t.date_end < dct)
                 and _heads(t.office) and any(actor == state.actor_id for actor, _ in t.participants)]
        if len(terms) == 1:
            term = terms[0]
            out.append(Candidate(name=term.name, kind="term", span=span, date_begin=term.date_begin,
                                 date_end=term.date_end, granularity=term.granularity, date_basis="context",
                                 source="context", confidence=0.65, kb=term, words=words))
            continue
        if terms:
            continue  # several terms there ("Putin's Russia" of 2000 or of 2012): the text does not say which
        heads = [r for r in roles_of(person.actor_id) if r.date_begin and r.date_end and r.role in _HEAD_ROLES
                 and r.organization == state.actor_id and (dct is None or r.date_end < dct)]
        if not heads:
            continue
        role = max(heads, key=lambda r: (r.date_end - r.date_begin, r.date_begin))
        ruler, country = names.get(person.actor_id, person.text), names.get(state.actor_id, state.text)
        out.append(Candidate(name=f"{ruler}'s Rule in {country}", kind="term", span=span,
                             date_begin=role.date_begin, date_end=role.date_end, granularity="day",
                             date_basis="context", source="knowledge", confidence=0.65, words=words,
                             actors=[(person.actor_id, "agent", (person.char_start, person.char_end)),
                                     (state.actor_id, "agent", (state.char_start, state.char_end))]))
    return out


# "by 2008, I was chief economist", "At that time, I was still deputy governor":
# the author's own office, dated by the sentence (or, after "At that time", by the sentence before).
_I_WAS = re.compile(r"\bI\s+was\s+(?:back\s+|then\s+|still\s+|already\s+)?(?:as\s+)?(?:the\s+|a\s+)?"
                    r"(?P<title>(?:(?!(?:to|by|with|about|at|on|in|for|from|told|talking)\b)[A-Za-z]+(?<!ing)\s+){0,3}"
                    r"(?:representative|adviser|advisor|secretary|minister|ambassador|"
                    r"director|chairman|chair|president|envoy|commander|governor|senator|chancellor|spokesman|"
                    r"spokeswoman|head|chief)(?:\s+(?:of|to|for|at)\s+(?:the\s+)?[A-Z]\w*(?:\s+[A-Z]\w*)?)?)")
_I_WAS_FIRSTS = frozenset({"i"})
_THAT_TIME_REACH = 2  # sentences back to the date "at that time" means
_THAT_TIME = re.compile(r"^\W*(?:At|By|Around)\s+(?:that|this|the\s+same)\s+time\b|^\W*(?:Then|By\s+then)\b")


def first_person_tenures(layout: TextLayout, timexes: list) -> list[Candidate]:
    """The author's office held at a date the sentence gives: a term of the author (basis text or
    context), named "Author's Tenure as <title>"."""
    text = layout.text
    dated = [t for t in timexes if t.type == "DATE" and t.date_begin and t.date_end
             and (t.date_end - t.date_begin).days <= 366]
    out = []
    for m in word_led_matches(_I_WAS, _I_WAS_FIRSTS, text):  # tried only at each word "I": not at "In", "It"
        if layout.in_notes(m.start()):
            continue
        sentence = layout.sentence(m.start())
        here = [t for t in dated if sentence[0] <= t.char_start < sentence[1]]
        basis = "text"
        if not here and _THAT_TIME.match(text[sentence[0]:m.start()]) and sentence[0] > 0:
            # "That time" is the last date the text gave: in the sentence before, or in the one before
            # that when the sentence between only comments on it ("That was a difficult period.").
            previous = sentence
            for _ in range(_THAT_TIME_REACH):
                if previous[0] == 0:
                    break
                previous = layout.sentence(len(text[:previous[0]].rstrip()) - 1)
                here = [t for t in dated if previous[0] <= t.char_start < previous[1]][-1:]
                if here:
                    break
            basis = "context"
        if not here:
            continue
        when = here[0]
        title = re.sub(r"\s+", " ", m.group("title")).strip()
        out.append(Candidate(name=f"Author's Tenure as {title_case(title)}", kind="term",
                             span=(m.start(), m.end()), date_begin=when.date_begin, date_end=when.date_end,
                             granularity=when.granularity if when.granularity in ("day", "month", "year") else "year",
                             date_basis=basis, source="text", text_date=when.text, confidence=0.6))
    return out


# "X resigned as Labour leader", "he stepped down as prime minister": the end of that person's tenure
# of that office. The role's words stop where the clause goes on ("... as leader and Y took over").
_LEFT_OFFICE = re.compile(r"\b(?:resign(?:s|ed)?|step(?:s|ped)?\s+down|quit)\s+as\s+(?P<role>[^.,;:()\"“”]{3,80})",
                          re.IGNORECASE)
_CONJUNCT = re.compile(r",?\s+and\s+|\s*;\s*|,\s+(?:but|while|whereupon)\s+")
_STATED_DAY = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b|\b(?:January|February|March|April|May|June|July|August|September|"
                         r"October|November|December)\b")


def resignations(layout: TextLayout, mentions: list[ActorMention], roles_of, person_ids: set[str],
                 salient_before, dct: date | None, candidates: list[Candidate], timexes=()) -> list[Candidate]:
    """A person's resignation from an office the actor knowledge base dates is the end of that
    tenure (basis knowledge): "Later he resigned as Labour leader" is the day that leadership
    ended, not a year another clause of the sentence names. A text event already found in the
    clause is dated so in place (returned list empty for it); a clause no rule found becomes a
    new candidate, which describe() names. A date the clause states itself wins: nothing is done.
    Only a tenure over by the dct: one still running ended with no resignation the knowledge knows."""
    text = layout.text
    low = layout.lowered if layout.lowered is not None else text.lower()
    if "resign" not in low and " down as " not in low and "quit as " not in low:
        return []  # most documents: a substring test is far cheaper than the pattern's scan
    people = [m for m in mentions if m.actor_id in person_ids]
    starts = _sorted_starts(people)
    date_starts = sorted(t.char_start for t in timexes if t.type == "DATE")
    out: list[Candidate] = []
    for m in case_blind(_LEFT_OFFICE).finditer(text):  # on the lower-cased text: faster
        if layout.in_notes(m.start()):
            continue
        clause = layout.clause(m.start(), m.end())
        # its own conjunct: "X lost the 1979 election, and Y resigned as leader" states no date of Y's act
        own = max((c.end() for c in _CONJUNCT.finditer(text, clause[0], m.start())), default=clause[0])
        if _STATED_DAY.search(text, own, clause[1]) or _any_in(date_starts, own, clause[1]):
            continue  # "resigned as home secretary on Wednesday": the text's own date
        person, pronoun_at = _subject_of(text, people, clause, m, False, salient_before, starts)
        if person is None:
            continue
        words = m.group("role")
        cut = _ROLE_END.search(words)
        piece = words[:cut.start()] if cut else words
        person = _holder_of(person, pronoun_at, people, [piece], roles_of, frozenset(), starts)
        roles = [r for r in roles_of(person) if r.date_end is not None]
        role = _best_role(piece, roles) if roles else None
        if role is None or not _names_role(piece, role) or (dct is not None and role.date_end > dct):
            continue
        inside = [c for c in candidates if c.kb is None and c.source == "text" and c.span[0] <= m.start() < c.span[1]]
        for c in inside:
            c.date_begin = c.date_end = role.date_end
            c.granularity, c.date_basis, c.text_date = "day", "knowledge", None
        if inside:
            continue
        subject = next((p for p in _between(people, starts, own, m.start())
                        if p.actor_id == person and own <= p.char_start < m.start()), None)
        start = subject.char_start if subject else own
        end = m.start("role") + len(piece.rstrip())
        out.append(Candidate(name=text[start:end][:80], kind="other", span=(start, end),
                             date_begin=role.date_end, date_end=role.date_end, granularity="day",
                             date_basis="knowledge", source="text", confidence=0.7, from_clause=True,
                             actors=[(person, "agent", (subject.char_start, subject.char_end))] if subject else []))
    return out
