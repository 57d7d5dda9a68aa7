"""People and organisations discovered in capitalised runs: titles, roles, speakers and surnames."""
from __future__ import annotations

import re

from ...knowledge.actors import KnownActor, normalise_role
from ...records import slugify
from . import discover, references
from .companies import (
    band_named,
    described_as_organisation,
    names_a_work,
    speaks_of_itself,
    titles_a_work,
)
from .context import DocState, TextRole
from .groups import PHRASE_FOLLOWERS, organisation_phrase
from .lexicon import Entry, Match, Tokens
from .places import PLACE_BEFORE
from .speech import claims_a_prize, participle_phrase

LOCATIVE_BEFORE_NAME = {"at", "near", "outside", "inside", "across", "via"}
# Heads of street and park names that are also surnames ("Mr Park", "Nathan Lane"): a place after
# a preposition of place ("in Stanley Park", "on George Street").
STREET_HEADS = {"Park", "Street", "Road", "Square", "Avenue", "Lane"}
PLACE_PREPOSITIONS = {"in", "on", "at", "near", "outside", "inside", "along", "off", "into"}
# "on a visit to Los Angeles", "a trip to Fort Worth": where a journey goes is a place.
JOURNEY_NOUNS = {"visit", "visits", "trip", "trips", "journey", "journeys", "tour", "flight", "flights", "voyage",
                 "pilgrimage", "move", "way", "return"}
# A surname does not name a known person at a date this many years before their first office.
YEARS_BEFORE_OFFICE = 25
ORGANISATION_KINDS = {"group", "charity", "organisation", "organization", "tank", "company", "firm", "agency",
                      "newspaper", "broadcaster", "watchdog", "union", "institute", "network", "website",
                      "magazine", "thinktank", "think-tank", "ngo", "consultancy", "insurer", "bank", "airline",
                      "retailer", "carmaker", "manufacturer", "publisher", "daily", "weekly", "tabloid",
                      "regulator", "cartel", "lender", "operator", "supermarket", "broker", "chain",
                      "giant", "provider", "conglomerate", "multinational", "exporter", "importer", "band",
                      "miner", "bookmaker", "bookmakers", "maker"}
# Before a kind of organisation, these make it a noun phrase of its own: "the company Ann Ross
# founded", "its supplier Ann Ross" name no organisation Ann Ross.
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
                         "my", "your", "whose", "which", "what", "every", "each", "no", "any", "another"})
PRONOUNS = {"I", "We", "You", "He", "She", "It", "They", "My", "Our", "Your", "His", "Her", "Its", "Their", "Me",
            "Us", "Him", "Them", "This", "That", "These", "Those"}
# Titles of courtesy, not of office.
PLAIN_HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "lord", "lady", "dame",
                    "baroness", "baron"}
POSSESSIVES = {"his", "her", "their", "my", "our", "your", "whose"}
INVERTED_SPEECH_VERBS = {"said", "says", "added", "adds", "explained", "warned", "argued", "insisted", "noted",
                         "wrote", "writes", "asked", "claimed", "continued", "concluded", "told"}
# Endings of abstract nouns that no one-word speaker's name has ("Speculation", "Government").
ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ness", "ism")
SPEECH_VERBS = {"said", "says", "argues", "argued", "believes", "believed", "noted", "notes", "wrote", "writes",
                "stressed", "warned", "warns", "claimed", "claims", "insists", "insisted", "added", "told",
                "suggested", "suggests", "thinks", "thought", "emphasized", "emphasised", "observed", "recalled",
                "remarked", "admitted", "acknowledged", "declared", "stated", "explained", "concluded"}


# What only a company has, after its name ("Oracle shares", "Google's profits") and after
# "a/the" + its name ("a Sony spokesman"), as token sequences (case as written, words one space
# apart), and the courtesy titles before a person's name ("Mr Read").
_COMPANY_AFTER = (("shares",), ("share", "price"), ("stock",), ("profit",), ("profits",), ("revenue",),
                  ("revenues",), ("shareholders",), ("subsidiary",), ("subsidiaries",), ("customers",),
                  ("earnings",), ("chief", "executive"), ("boss",), ("market", "share"), ("takeover",), ("brand",),
                  ("employees",), ("staff",), ("products",), ("software",), ("website",), ("chairman",),
                  ("board",), ("division",), ("policyholders",), ("investors",), ("headquarters",), ("plant",),
                  ("factory",), ("factories",))
_COMPANY_BEFORE = (("spokesman",), ("spokeswoman",), ("spokesperson",), ("executive",), ("executives",),
                   ("official",), ("statement",), ("report",), ("survey",), ("study",), ("research",))
CONTINENTS = {"Europe", "Asia", "Africa", "Australasia", "Eurasia", "Scandinavia"}
_ARTICLES = {"a", "A", "an", "An", "the", "The"}
_COURTESY = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Prof"}
_ARTICLES_AND_COURTESY = frozenset(_ARTICLES | _COURTESY)
_COURTESY_LOWER = frozenset({"mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady", "dr"})
_OPENING_QUOTES = frozenset({"'", "‘", "\"", "“"})
_CLOSING_QUOTES = frozenset({"'", "’", "\"", "”"})
_CUES_BY_FIRST_WORD = {cues: ({first: [cue for cue in cues if cue[0] == first] for first, *_ in cues},
                              frozenset(cue[0] for cue in cues)) for cues in (_COMPANY_AFTER, _COMPANY_BEFORE)}
_WORD_CHAR = re.compile(r"\w")
_WORD_RUN = re.compile(r"\w+")


def _boundary(text: str, k: int) -> bool:
    """A regex word boundary (``\\b``) at offset ``k``."""
    return (k > 0 and _WORD_CHAR.match(text, k - 1) is not None) != \
        (k < len(text) and _WORD_CHAR.match(text, k) is not None)


def _cue_offsets(text: str, tokens: Tokens, positions=None) -> tuple[frozenset[int], frozenset[int], frozenset[int],
                                                                    frozenset[int]]:
    """Where the company and courtesy-title cues stand, found among the tokens (a regex tried at
    every character cost half a millisecond a document): the offsets from which
    ``(?:['’]s)?\\s+CUE\\b`` follows (a company cue after a name), those from which ``\\s+CUE\\b``
    follows (one after "a/the" + a name), and the ends of ``\\b(?:a|an|the)\\s+`` and of
    ``\\bMr\\.?\\s+`` (a courtesy title). Between two tokens there is only white space.
    ``positions`` (a set of words -> their token indexes) is ``DocState.positions`` when given."""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    n = len(words)
    if positions is None:
        def positions(wanted):
            return [k for k, word in enumerate(words) if word in wanted]

    def spaces_before(cues, owned: bool) -> frozenset[int]:
        offsets = set()
        by_first, firsts = _CUES_BY_FIRST_WORD[cues]
        for k in positions(firsts):
            if not any(k + len(cue) <= n and all(
                    words[k + i] == cue[i] and starts[k + i] - ends[k + i - 1] == 1 and text[ends[k + i - 1]] == " "
                    for i in range(1, len(cue))) for cue in by_first[words[k]]):
                continue
            gap = ends[k - 1] if k else 0
            if gap == starts[k]:
                continue  # no white space before the cue
            offsets.update(range(gap, starts[k]))
            if owned and k >= 2 and words[k - 1] == "s" and words[k - 2] in "'’" and starts[k - 1] == ends[k - 2]:
                offsets.add(starts[k - 2])  # "Google's profits"
        return frozenset(offsets)

    def after_space(k: int) -> int | None:
        """The end of the white space after token ``k``, if any follows it."""
        end = starts[k + 1] if k + 1 < n else len(text)
        return end if end > ends[k] else None

    articles, courtesy = set(), set()
    for k in positions(_ARTICLES_AND_COURTESY):
        word = words[k]
        if word in _ARTICLES:
            end = after_space(k)
        else:
            dotted = k + 1 < n and words[k + 1] == "." and starts[k + 1] == ends[k]
            end = after_space(k + 1) if dotted else after_space(k)
        if end is not None:
            (articles if word in _ARTICLES else courtesy).add(end)
    return spaces_before(_COMPANY_AFTER, True), spaces_before(_COMPANY_BEFORE, False), \
        frozenset(articles), frozenset(courtesy)


def _company_cues(state: DocState) -> tuple[frozenset[int], frozenset[int], frozenset[int], frozenset[int]]:
    """Where the document's company and courtesy-title cues stand (computed once per document)."""
    cues = state.cache.get("company_cues")
    if cues is None:
        cues = state.cache["company_cues"] = _cue_offsets(state.text, state.tokens, state.positions)
    return cues


def _company_words(state: DocState, name: str) -> bool:
    """"Oracle shares", "Google's profits", "a Sony spokesman": what only a company has (an answer
    a name, kept for the document: each question reads all the document's cues)."""
    known = state.cache.setdefault("company_words", {})
    found = known.get(name)
    if found is None:
        found = known[name] = _has_company_words(state, name)
    return found


def _has_company_words(state: DocState, name: str) -> bool:
    after, before, articles, _ = _company_cues(state)
    if not after and not before:
        return False
    text, n = state.text, len(name)
    # Where the name stands (found in C), each place tested against the cues: a long document
    # has thousands of cues and hundreds of names.
    i = text.find(name)
    while i >= 0:
        if (i + n in after and _boundary(text, i)) or (i in articles and i + n in before):
            return True
        i = text.find(name, i + 1)
    return False


def _aged(words: list[str], first: int) -> bool:
    """"18-year-old Aiden McGeady", "the 63-year-old Jo Roe": an age before a name is a person's."""
    return first >= 5 and words[first - 1] == "old" and words[first - 2] == "-" and \
        words[first - 3] in ("year", "years") and words[first - 4] == "-" and words[first - 5].isdigit()


def _speaks_of_itself_somewhere(state: DocState, first: int, last: int) -> bool:
    """The name in tokens ``first:last`` is written somewhere before "said it would appeal", "says
    it is investigating" (companies.speaks_of_itself): "it" for itself, as only a body says."""
    words = state.tokens.words
    name, size = words[first:last], last - first
    return any(words[k:k + size] == name and speaks_of_itself(words, k + size) for k in state.positions({words[first]}))


def courtesy_titled(state: DocState, name: str) -> bool:
    """"Mr Read", "Lord Archer": the word is a person's name in this text."""
    text = state.text
    lead = _WORD_RUN.match(name)
    if lead is None:
        return any(text.startswith(name, i) and _boundary(text, i + len(name)) for i in _company_cues(state)[3])
    # Where the name stands after a title, the text's whole word run there is the name's first
    # one (a name's word run ends where a non-word character or, by the boundary asked for, the
    # name ends): only the titles followed by that word are tried, not every title of the text.
    return any(text.startswith(name, i) and _boundary(text, i + len(name))
               for i in _courtesy_by_word(state).get(lead.group(), ()))


def _courtesy_by_word(state: DocState) -> dict[str, list[int]]:
    """The courtesy titles' name offsets (``_company_cues(state)[3]``) by the word run that starts
    there (one pass a document)."""
    index = state.cache.get("courtesy_by_word")
    if index is None:
        index = state.cache["courtesy_by_word"] = {}
        text = state.text
        for i in _company_cues(state)[3]:
            run = _WORD_RUN.match(text, i)
            if run is not None:
                index.setdefault(run.group(), []).append(i)
    return index


class PersonRules:
    """Discovery over capitalised runs. Mixed into ``ActorExtractor`` (``extractor.py``), whose ``knowledge``,
    ``lexicon``, ``surnames`` and other rules it uses."""

    def _run(self, state: DocState, run: discover.Run, match_at: dict[int, Match], match_end: dict[int, Match]) -> None:
        tokens = state.tokens
        exact = match_at.get(run.first)
        if exact is not None and exact.last == run.last:
            person = next((e.actor_id for e in exact.entries if self._is_person(e)), None)
            if person is not None:
                self._known_person_role(state, run, person, match_at, match_end)
            return
        if run.last - run.first == 1:
            # One word: never an organisation or event shape, nothing to split.
            if self._listed_as_organisation(state, run):
                start, end = tokens.starts[run.first], tokens.ends[run.first]
                state.mention(start, end, state.add_discovered(state.text[start:end], "organization"))
                state.block(start, end)
            elif self._may_name_one_person(state, run.first):
                self._person_run(state, run, match_at, match_end)
            return
        owner = run.last - 3
        if owner - run.first >= 2 and self._owner_of_state(state, owner, match_at) and \
                match_at[owner + 2].last == run.last and match_at.get(run.first) is None:
            # "Idi Amin's Uganda": the owner's name, then the state the dictionary pass names.
            self._person_run(state, discover.Run(run.first, owner), match_at, match_end)
            return
        if references.is_service_name(tokens.words, run.first, run.last):
            return  # "the Air Force", "the Armed Forces": a service of the document's state (references.py)
        found = discover.classify_run(state, run)
        if found is not None:
            kind, first, last = found
            lead = first
            while lead > run.first and tokens.words[lead - 1] in discover.CONNECTORS:
                lead -= 1
            if lead - run.first >= 3 and tokens.words[lead - 1] == "s" and tokens.words[lead - 2] in "’'":
                lead -= 2  # "the Bank of England's Monetary Policy Committee": the owner without "'s"
            if lead - run.first >= 2:
                # "John Mearsheimer of the University of Chicago": a name before the organisation.
                self._run(state, discover.Run(run.first, lead), match_at, match_end)
            while first < last and tokens.words[first] in ("The", "the"):
                first += 1
            inner = match_at.get(first)
            if inner is not None and inner.last == last:
                return
            start, end = tokens.starts[first], tokens.ends[last - 1]
            if kind == "event":
                state.block(start, end)
            elif last - first >= 2:
                referenced = discover.state_reference(state, inner)
                country = self.knowledge.actors[referenced].country if referenced else None
                if country is None and inner is not None and inner.last < last:
                    owner = self.knowledge.actors.get(inner.entries[0].actor_id)
                    country = owner.country if owner is not None and owner.type != "person" else None
                if referenced and inner.first == first and organisation_phrase(state, inner, referenced):
                    # "US Embassy", "the Russian Army": one naming with "the US embassy", "the
                    # Russian army" (groups.organisation_phrase).
                    return
                tail = match_at.get(inner.last) if inner is not None else None
                known = self._known_organisation(tail, last, country)
                if known is not None:
                    # "British Foreign Office" is the knowledge base's (UK) Foreign Office: a
                    # state's name or demonym before a known organisation of that state.
                    state.mention(start, end, state.add_known(known))
                    state.block(start, end)
                    return
                org_id = state.add_discovered(state.text[start:end], "organization", country)
                state.mention(start, end, org_id)
                state.block(start, end)
            return
        if self._listed_as_organisation(state, run):
            start, end = tokens.starts[run.first], tokens.ends[run.last - 1]
            state.mention(start, end, state.add_discovered(state.text[start:end], "organization"))
            state.block(start, end)
            return
        words = tokens.words
        if words[run.first].lower() in ORGANISATION_KINDS and state.is_sentence_start(run.first):
            # "Miner Highland Gold said": a kind of organisation opening a sentence before a name.
            self._run(state, discover.Run(run.first + 1, run.last), match_at, match_end)
            return
        owned = discover._possessive_before(state, run.first, run.last)
        if run.first < owned and 2 <= run.last - owned <= 3 and \
                words[owned] in self.knowledge.cues.get("given_names", {}) and \
                discover.title_at(state, run.first, owned - 2) is None:
            # "Oxfam's Barbara Stocking said", "Coldplay's Chris Martin": an owner's name and "'s"
            # before a full name that opens with a given name (the run joined them for "the Bank
            # of England's Monetary Policy Committee", which has none).
            self._run(state, discover.Run(run.first, owned - 2), match_at, match_end)
            self._person_run(state, discover.Run(owned, run.last), match_at, match_end)
            return
        after_title = run.first
        while (title := discover.title_at(state, after_title, run.last)) is not None:
            after_title = title[1]  # "Secretary of State Marco Rubio": a title's own connectors
        joint = next((k for k in range(after_title + 1, run.last) if words[k] in discover.CONNECTORS
                      and words[k] not in discover.NAME_PARTICLES), None)
        if joint is not None:
            joint = self._joint_outside_titles(state, run, after_title, joint)
        if joint is not None:
            # "Senator Robert Taft in the US": a run joined by a connector that names no
            # organisation is a name and what follows it.
            self._person_run(state, discover.Run(run.first, joint), match_at, match_end)
            while joint < run.last and words[joint] in discover.CONNECTORS:
                joint += 1
            if joint < run.last:
                self._run(state, discover.Run(joint, run.last), match_at, match_end)
            return
        self._person_run(state, run, match_at, match_end)

    def _may_name_one_person(self, state: DocState, k: int) -> bool:
        """Whether the one-word run at token ``k`` passes ``_person_run``'s first test: a lone
        capitalised word is a person only as a speaker ("Keane said"), after a noun of kinship
        ("his wife Audrey") or after a title ("Senator Byrd"). Most runs are none of these, and
        are dropped here without the rest of its work."""
        words = state.tokens.words
        if k + 1 < len(words) and words[k + 1] in SPEECH_VERBS:
            return True
        before = words[k - 1].lower() if k else None
        return before is not None and (before in self.knowledge.cues.get("kin_nouns", {}) or
                                       before in discover.title_edges(self.knowledge.cues.get("person_titles", {}))[1])

    def _known_organisation(self, match: Match | None, last: int, country: str | None) -> KnownActor | None:
        """The known organisation of ``country`` that ``match`` names, if it ends at ``last``."""
        if match is None or match.last != last or country is None:
            return None
        for entry in match.entries:
            known = self.knowledge.actors.get(entry.actor_id)
            if known is not None and known.type == "organization" and known.country == country and entry.kind == "name":
                return known
        return None

    def _known_person_role(self, state: DocState, run: discover.Run, person: str, match_at: dict[int, Match],
                           match_end: dict[int, Match]) -> None:
        """"Kremlin spokesman Dmitry Peskov": the role a text gives a known person."""
        before = discover.role_before(state, run.first, match_end)
        span = (before[0], run.first) if before is not None else discover.apposition_after(state, run.last)
        if span is not None:
            country = before[1] if before is not None else None
            self._text_role(state, person, span, self._organization_in(state, span, match_at) or country)

    def _listed_as_organisation(self, state: DocState, run: discover.Run) -> bool:
        """"organizations such as American Compass", "think tanks like X": the category names the kind."""
        words = state.tokens.words
        if words[run.first] in discover.COURTESY_TITLES:
            return False  # "the website Mr Jones runs", "parties, including Mr Lula's": a person
        if run.last - run.first == 1 and words[run.first] in PRONOUNS:
            return False  # "of any group I spoke with", "a bank I trust": the pronoun, no name
        k = run.first - 1
        if k >= 0 and words[k] in ("the", "The"):
            k -= 1
        if k >= 1 and words[k - 1] == "such" and words[k] == "as":
            k -= 2
        elif k >= 0 and words[k] in ("like", "including"):
            k -= 1
        else:
            # "civil rights group Liberty", "think tank Chatham House": a kind of organisation
            # right before the name.
            media_kinds = self.knowledge.cues.get("media_kinds", {})
            before = run.first >= 1 and (words[run.first - 1].lower() in ORGANISATION_KINDS or (
                words[run.first - 1] in media_kinds and (run.first < 2 or words[run.first - 2] != "-"))) and \
                state.tokens.starts[run.first] - state.tokens.ends[run.first - 1] == 1 and \
                (words[run.first - 1] != "Band" and words[run.first - 1] != "band" or band_named(state, run.first, run.last))
            if before and words[run.first - 1].lower() == "maker":
                # "parts maker Robert Vane", "toy maker Ann Ross": a maker of things is a firm, even
                # under a given name; "film maker Ken Lowe" is a person, "a maker" no name's kind.
                # A surname the text writes after "Mr" or "Ms" is a person's ("games maker Ann Ross
                # ... Ms Ross said").
                before = run.first >= 2 and words[run.first - 2].isalpha() and \
                    words[run.first - 2].lower() not in self.knowledge.cues.get("person_makers", {}) and \
                    words[run.first - 2].lower() not in DETERMINERS and \
                    not courtesy_titled(state, words[run.last - 1])
            # "the Nationwide building society", "the Halifax bank": the kind after the name.
            kinds_after = self.knowledge.cues.get("organisation_kinds_after", {})
            after = run.last < len(words) and (words[run.last] in kinds_after or (
                words[run.last] == "building" and run.last + 1 < len(words) and words[run.last + 1] == "society"))
            return before or after
        while k >= 0 and words[k] in ("also", "are", "is", ",", "of", "interest"):
            k -= 1
        return k >= 0 and words[k].lower() in self.knowledge.cues.get("organisation_categories", {})

    @staticmethod
    def _joint_outside_titles(state: DocState, run: discover.Run, after_title: int, joint: int) -> int | None:
        """The first connector at or after ``joint`` that no title inside the run spans: in "White
        House Chief of Staff Jane Roe" or "US Secretary of State Jane Roe" the "of" belongs to the
        title, so the run is one titled name and not a name, a connector and another name."""
        words = state.tokens.words
        k = after_title + 1
        while joint is not None:
            spanned = None
            for start in range(k, joint):
                t = discover.title_at(state, start, run.last)
                if t is not None and t[0] < joint < t[1]:
                    spanned = t
                    break
            if spanned is None:
                return joint
            k = spanned[1]
            joint = next((j for j in range(k, run.last) if words[j] in discover.CONNECTORS
                          and words[j] not in discover.NAME_PARTICLES), None)
        return None

    def _person_run(self, state: DocState, run: discover.Run, match_at: dict[int, Match],
                    match_end: dict[int, Match]) -> None:
        words, starts, ends = state.tokens.words, state.tokens.starts, state.tokens.ends
        first, last = run.first, run.last
        titles = self.knowledge.cues.get("person_titles", {})
        if last - first >= 2 and words[last - 1] in self.knowledge.cues.get("place_heads", {}) and \
                words[first] not in self.knowledge.cues.get("given_names", {}) and \
                discover.title_at(state, first, last) is None and discover.role_before(state, first, match_end) is None:
            return  # "Woodhill Prison said": a place's name, no person
        speaks = self._speaks(state, run)
        kin = self._named_kin(state, first, last)
        if last - first == 1 and not (speaks or kin) and (
                first == 0 or words[first - 1].lower() not in discover.title_edges(titles)[1]):
            return  # a lone capitalised word is a person only after a title ("senator Smith") or as a speaker
        post_nominals = self.knowledge.cues.get("post_nominals", {})
        while last - first > 2 and words[last - 1] in post_nominals:
            last -= 1  # "Margaret Moran MP", "John Smith QC": letters after a name are no part of it
        country, role_span, title = None, None, None
        if last - first > 3 and words[first] in ("Ex", "ex") and words[first + 1] == "-":
            first += 2  # "Ex-Labour MP George Galloway"
        p = first
        lead = match_at.get(p)
        # "Indian Prime Minister Modi", "Labour MP George Galloway": a state's or an
        # organisation's name or adjective before a title.
        lead_state = discover.state_reference(state, lead) or self._organisation_named(lead)
        if lead_state and lead.last < last:
            t = discover.title_at(state, lead.last, last)
            if t is not None:
                country, title, role_span, p = lead_state, t, (first, t[1]), t[1]
        while p < last:
            # "Mr. General Secretary", "Secretary of State Marco Rubio": titles may stack.
            t = discover.title_at(state, p, last)
            if t is None:
                break
            title, role_span, p = t, (first, t[1]), t[1]
        if title is None and last - first > 2 and lead is not None and lead.last < last and \
                self._organisation_named(lead) and words[lead.last] in self.knowledge.cues.get("given_names", {}):
            p = lead.last  # "Liberal Democrat Sarah Teather": the party before a name is no part of it
        if title is None and last - first > 2 and words[first] not in self.knowledge.cues.get("given_names", {}):
            # "Auditor General Sir John Bourn", "Transport Commissioner Jacques Barrot": a title
            # inside a run that opens with no given name starts the name's titles.
            inner = next((t for k in range(first + 1, last - 1) if (t := discover.title_at(state, k, last))), None)
            if inner is not None:
                title, role_span, p = inner, (first, inner[1]), inner[1]
                while p < last and (t := discover.title_at(state, p, last)) is not None:
                    title, role_span, p = t, (first, t[1]), t[1]
        if title is None:
            before = discover.role_before(state, first, match_end)
            if before is not None:
                role_span, country = (before[0], first), before[1]
                title = discover.title_at(state, 0, first, backwards=True)
            elif first >= 2 and words[first - 1] == "," and last < len(words) and words[last] in ",.;":
                # "Its president, Bijan Ahmadi, argues": a title set off before the name.
                before = discover.role_before(state, first - 1, match_end)
                if before is not None:
                    role_span, country = (before[0], first - 1), before[1]
        if p >= last:
            return
        if title is not None and words[p] == "-" and state.tokens.starts[p] == state.tokens.ends[p - 1]:
            t = discover.title_at(state, p + 1, last)
            if t is None:
                return  # "Saint-Andre", "Prince-Smith": a title word joined to a name by a hyphen is no title
            while t is not None:  # "our new Ambassador-Mr. James Roe": a dash typed as a hyphen between titles
                title, role_span, p = t, (first, t[1]), t[1]
                t = discover.title_at(state, p, last)
            if p >= last:
                return
        title_text = " ".join(words[title[0]:title[1]]).lower().replace(" .", ".") if title else None
        honorific = bool(title_text) and titles.get(title_text, "no") == "yes"
        named = match_at.get(p)
        if named is not None and named.last == last:
            if role_span is not None and any(self._is_person(e) for e in named.entries):
                person = next(e.actor_id for e in named.entries if self._is_person(e))
                self._text_role(state, person, role_span, country)
            return
        if title is not None and p < last and words[p] in discover.HEAD_FOLLOWERS:
            # "Special Envoy for Arms Control Marshall Billingslea": the name closes the run.
            # "Minister for Defence Procurement" has no name after its portfolio.
            tail = [k for k in range(p, last) if discover.is_cap(words[k])][-2:]
            if len(tail) == 2 and tail[0] + 1 == tail[1] and tail[1] == last - 1 and \
                    any(discover.is_cap(w) for w in words[p + 1:tail[0]]):
                role_span, p = (role_span[0], tail[0]), tail[0]
        closing = match_end.get(last)
        if closing is not None and closing.first <= p and not any(self._is_person(e) for e in closing.entries):
            # "President of the United States": a title before a known state or organisation
            # names an office of it, not a person; the dictionary pass takes the name.
            return
        if not discover.person_name_tokens(words, p, last):
            return
        capitals = [k for k in range(p, last) if discover.is_cap(words[k])]
        appos = None
        if role_span is None:
            appos = discover.apposition_after(state, last)
            if appos is not None:
                role_span = appos
        given = words[p] in self.knowledge.cues.get("given_names", {})
        start, end = starts[p], ends[last - 1]
        if title is None and first > 0 and words[first - 1].lower() in ("the", "a", "an"):
            return  # "the Great Depression": a determiner does not precede a person's name
        if title is None and not speaks and first > 0 and words[first - 1].lower() in LOCATIVE_BEFORE_NAME:
            return  # "at Walter Reed", "near Alexander Platz": an untitled name after "at" is a place
        if title is None and not speaks and not given and first > 1 and words[first - 1] == "to" and \
                words[first - 2].lower() in JOURNEY_NOUNS:
            return  # "on a visit to Los Angeles, his wife ...": where a journey goes, not a person
        if title is None and last - first >= 2 and words[last - 1] in STREET_HEADS and first > 0 and \
                words[first - 1] in PLACE_PREPOSITIONS and not (last < len(words) and words[last] in "'’"):
            return  # "a stadium in Stanley Park", "the building on George Street": a place
        if len(capitals) == 1:
            lone = words[capitals[0]]
            if not (honorific or speaks or kin) or len(lone) < 2 or lone in PRONOUNS or lone.lower() in discover.CONNECTORS \
                    or lone in self.knowledge.cues.get("common_words", {}):
                return  # "THE PRESIDENT. I have ...", "The Lord Of the Rings": no name
            if self._nickname(state, run, title, last) or self._demonym_noun(lone):
                return  # "the Mr Fixit of the party", "'Sir Spendalot'", "the Dutchman said": no name
            if title_text and title_text.rstrip(".") not in _COURTESY_LOWER and self._names_a_head(lone):
                return  # "the General Staff", "two General Assemblies", "the Ambassador Hotel": no person
            if title is not None and names_a_work(state, title[0], last):
                return  # "a remake of the classic King Kong", "the Judge Dredd film": a work's title
            if kin and not honorific and not speaks:
                if match_at.get(p) is not None:
                    return
                person = state.add_discovered(words[p], "person")
            elif speaks and not honorific:
                if match_at.get(p) is not None:
                    return
                if words[p] in CONTINENTS:
                    # "Europe says ...": a continent that speaks is the group of its states, as a
                    # region that acts is (places.region_acts), never a person; after a
                    # preposition ("in Europe said") it is a place.
                    if p == 0 or words[p - 1].lower() not in PLACE_BEFORE:
                        state.mention(start, end, state.add_discovered(words[p], "group"), layer="group")
                    return
                if (_company_words(state, words[p]) or (described_as_organisation(state, words[p]) and
                                                         not self._full_name_in_text(state, words[p]))) and \
                        not courtesy_titled(state, words[p]):
                    # "Oracle said ..." where the text also writes "Oracle shares" or "Oracle, the
                    # software group,": a company (companies.py).
                    state.mention(start, end, state.add_discovered(words[p], "organization"))
                    state.block(start, end)
                    return
                # "Hussein said" after "King Hussein of Jordan": the royal the text named by title and this name
                royal_titles = self.knowledge.cues.get("royal_titles", {})
                royals = [i for i in state.people_named(words[p]) if i.name.split(" ", 1)[0].lower() in royal_titles]
                person = royals[-1].actor_id if royals else state.add_discovered(words[p], "person")
            else:
                person = self._surname_person(state, words[capitals[0]], start, title_text, country,
                                              state.text[start:end])
            if person is None:
                return
        else:
            if speaks and not (given or role_span or kin) and last - p == 2 and p == 0 and \
                    "\n" in state.text and words[p][1:].islower() and self._after_a_given_name(state, words[last - 1]):
                # "Dogged Federer claims Dubai crown" above "Roger Federer ...": a headline's first
                # word before a surname the text gives with a listed given name (in the body a
                # sentence's first word may be a given name no list has: "Rhys Williams says")
                self._person_run(state, discover.Run(p + 1, last), match_at, match_end)
                return
            if not (role_span or given or speaks or kin or (_aged(words, first) and not self._modifies_a_person_noun(words, last)) or discover.is_citation_author(state, run)
                    or self._owner_of_state(state, last, match_at)):
                return
            inner = [match_at[k] for k in range(p, last) if k in match_at]
            if inner and not given and not role_span:
                return
            if title is None and (role_span is None or role_span == appos) and not speaks and \
                    titles_a_work(state, p, last):
                return  # "abortion drama Vera Lusk", "quirky comedy Happy Returns": a work's title
            name = state.text[start:end]
            if speaks and not (given or role_span) and \
                    (_company_words(state, name) or _speaks_of_itself_somewhere(state, p, last)) and \
                    not courtesy_titled(state, words[last - 1]):
                # "Time Warner said ..." where the text also writes "Time Warner's profits", or "Royal
                # Mail says it is investigating" (companies.speaks_of_itself): a company.
                state.mention(start, end, state.add_discovered(name, "organization"))
                state.block(start, end)
                return
            if inner and any(self._is_person(e) for m in inner for e in m.entries):
                # "Ivanka Trump" is not Donald Trump: a different given name before a known
                # surname makes another person; the known person's own names keep theirs.
                known_names = {n for m in inner for e in m.entries if self._is_person(e)
                               for n in (self.knowledge.actors[e.actor_id].name, *self.knowledge.actors[e.actor_id].aliases)}
                if not given or inner[0].first == p or any(n.startswith(words[p]) for n in known_names):
                    return
            role_country = country or self._country_in(state, role_span, match_at)
            person = state.add_discovered(name, "person",
                                          self.knowledge.actors[role_country].country if role_country else None,
                                          actor_id=discover.person_id(state, name))
        state.mention(start, end, person)
        state.block(start, end)
        if role_span is not None:
            self._text_role(state, person, role_span,
                            self._organization_in(state, role_span, match_at) or country
                            or self._country_in(state, role_span, match_at))

    def _owner_of_state(self, state: DocState, last: int, match_at: dict[int, Match]) -> bool:
        """"Idi Amin's Uganda", "Saddam Hussein's Iraq": a name that owns a state is its ruler's."""
        words = state.tokens.words
        if last + 2 >= len(words) or words[last] not in ("'", "’") or words[last + 1] != "s":
            return False
        owned = match_at.get(last + 2)
        if owned is None or not any(e.kind == "name" and self.knowledge.actors[e.actor_id].type == "state"
                                    for e in owned.entries):
            return False
        # The state is the thing owned, not a modifier ("Screen International's US editor").
        after = words[owned.last] if owned.last < len(words) else "."
        return not after[:1].isalpha() or after in PHRASE_FOLLOWERS

    def _full_name_in_text(self, state: DocState, surname: str) -> bool:
        """The text writes ``surname`` after a capitalised word (a given name: no title, no common
        word) with which it makes no known person's name ("Robbie Fowler")."""
        titles = self.knowledge.cues.get("person_titles", {})
        common = self.knowledge.cues.get("common_words", {})
        words, starts, ends = state.tokens.words, state.tokens.starts, state.tokens.ends
        for k in state.positions({surname}):  # (a pass over every token made long texts quadratic)
            if k == 0 or starts[k] - ends[k - 1] != 1:
                continue
            given = words[k - 1]
            if given[:1].isupper() and given[1:].islower() and given.isalpha() and given.lower() not in titles \
                    and given not in self.plural_titles and given.lower()[:-1] not in titles \
                    and given not in common and not self.lexicon.lookup(f"{given} {surname}"):
                return True
        return False

    def _after_a_given_name(self, state: DocState, surname: str) -> bool:
        """The text writes ``surname`` right after a listed given name somewhere ("Roger Federer")."""
        given_names = self.knowledge.cues.get("given_names", {})
        words, starts, ends = state.tokens.words, state.tokens.starts, state.tokens.ends
        return any(k > 0 and words[k - 1] in given_names and starts[k] - ends[k - 1] == 1
                   for k in state.positions({surname}))

    def _note_full_names(self, state: DocState, matches: list[Match]) -> None:
        """Record the known people whose full name (two tokens or more) the text gives."""
        for match in matches:
            if match.last - match.first < 2:
                continue
            people = [e for e in match.entries if self._is_person(e)]
            if people:
                # "George Bush" in 2005 is the one the dictionary pass will choose by the date.
                actor_id = self._choose(state, people, state.tokens.starts[match.first])
                surname = discover.surname_of(self.knowledge.actors[actor_id].name).lower()
                ids = state.named_in_full.setdefault(surname, [])
                if actor_id not in ids:
                    ids.append(actor_id)

    def _named_kin(self, state: DocState, first: int, last: int) -> bool:
        """"his wife Audrey", "their son Hunter", "her husband Piet Kramer": a name after a
        possessive and a noun of kinship is a person, though no title or verb of saying comes with
        it. One word must be a given name; a full name (two or three capitalised words) need not
        open with a listed one."""
        words = state.tokens.words
        if first < 2 or words[first - 1].lower() not in self.knowledge.cues.get("kin_nouns", {}):
            return False
        if last - first == 1:
            if words[first] not in self.knowledge.cues.get("given_names", {}):
                return False
        elif not (2 <= last - first <= 3 and all(w[:1].isupper() and w[1:].islower() and w.isalpha()
                                                 for w in words[first:last])):
            return False
        owner = words[first - 2]
        return owner.lower() in POSSESSIVES or (owner == "s" and first >= 3 and words[first - 3] in "’'")

    def _nickname(self, state: DocState, run: discover.Run, title: tuple[int, int] | None, last: int) -> bool:
        """A courtesy title and one word that name a type or a nickname, not a person: after "the"
        ("the Mr Fixit of football": a person is "Mr Smith", never "the Mr Smith"), or quoted
        whole as a nickname or a work's title ("dubbed 'Lord Spendalot'", "'Goodbye Mr Grumpy'")."""
        if title is None or " ".join(state.tokens.words[title[0]:title[1]]).lower().rstrip(".") not in _COURTESY_LOWER:
            return False
        words = state.tokens.words
        if title[0] > 0 and words[title[0] - 1] in ("the", "The"):
            return True
        starts, ends = state.tokens.starts, state.tokens.ends
        return run.first > 0 and words[run.first - 1] in _OPENING_QUOTES and ends[run.first - 1] == starts[run.first] \
            and last < len(words) and words[last] in _CLOSING_QUOTES and starts[last] == ends[last - 1] and \
            not (last + 1 < len(words) and words[last + 1] == "s" and starts[last + 1] == ends[last])

    def _names_a_head(self, word: str) -> bool:
        """The word (or its singular) heads organisation or place names ("Staff", "Assemblies",
        "Hotel"): after an office title it makes a name of that kind, not a person's. (After a
        courtesy title it may be a surname: "Lord Steel", "Mrs Court".)"""
        heads = self.knowledge.cues.get("org_heads", {}), self.knowledge.cues.get("place_heads", {})
        forms = {word, word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")}
        return any(form in h for form in forms for h in heads)

    def _demonym_noun(self, word: str) -> bool:
        """"Frenchman", "Dutchwoman", "Scotsman": a demonym and "man" is a noun for a person, no name."""
        for ending in ("man", "woman", "men", "women"):
            if word.endswith(ending) and len(word) > len(ending) + 2:
                stem = word[:-len(ending)]
                if any(e.kind == "demonym" for e in self.lexicon.lookup(stem)):
                    return True
        return False

    def _speaks(self, state: DocState, run: discover.Run) -> bool:
        """"Karaganov argues", "John Mearsheimer wrote": a name as the subject of a verb of saying."""
        words = state.tokens.words
        if 2 <= run.last - run.first <= 3 and run.first > 0 and words[run.first - 1] in INVERTED_SPEECH_VERBS \
                and (run.last >= len(words) or words[run.last] in (",", ".", ";")) and \
                all(w[:1].isupper() and w.isalpha() for w in words[run.first:run.last]):
            return True  # '"...," said Lynton Crosby.': the speaker after the verb in a quote's attribution
        if run.last >= len(words) or words[run.last] not in SPEECH_VERBS:
            return False
        if claims_a_prize(words, run.last) and \
                not (run.last - run.first == 1 and self._full_name_in_text(state, words[run.first])):
            return False  # "Harwick claimed a draw", "claims the top spot": a win, not words
        if run.first > 0 and words[run.first - 1] in discover.CONNECTORS:
            return False  # "the Archbishop of Canterbury said": a preposition's object is no subject
        if run.first > 0 and words[run.first - 1] in "-–" and \
                state.tokens.starts[run.first] == state.tokens.ends[run.first - 1]:
            return False  # "anti-Semitism claims": the end of a hyphened compound is no subject
        first = words[run.first]
        if run.last - run.first == 1 and first.lower() in state.vocabulary and state.is_sentence_start(run.first):
            return False  # "Disaster claims ..." in a text that also says "disaster": a word, no name
        common = self.knowledge.cues.get("common_words", {})
        if first in common or (run.last - run.first == 1 and (
                first.endswith("s") or first in self.knowledge.cues.get("org_heads", {}))):
            return False  # "Officials said", "Sources say"
        if run.last - run.first == 1 and first.endswith("ing") and state.is_sentence_start(run.first) and \
                first not in self.knowledge.cues.get("given_names", {}) and (
                    first.lower() in state.vocabulary or participle_phrase(state, run.first, run.last)):
            # "Addressing claims ...": a participle the text also writes in lower case, or one
            # that opens a phrase (speech.participle_phrase)
            return False
        if run.last - run.first == 1 and first.endswith(ABSTRACT_ENDINGS) and first[1:].islower() and \
                first not in self.knowledge.cues.get("given_names", {}):
            return False  # "Speculation suggests", "Investigation shows": an abstract noun, no name
        return not (run.last - run.first == 1 and first.isupper())  # acronyms are organisations

    def _is_person(self, entry: Entry) -> bool:
        known = self.knowledge.actors.get(entry.actor_id)
        return known is not None and known.type == "person" and entry.kind == "name"

    def _organization_in(self, state: DocState, span: tuple[int, int] | None,
                         match_at: dict[int, Match]) -> str | None:
        """The organisation a role phrase names ("former NSC chief of staff" -> the NSC), else its state."""
        if span is None:
            return None
        for k in range(span[0], span[1]):
            match = match_at.get(k)
            for entry in match.entries if match is not None else ():
                known = self.knowledge.actors.get(entry.actor_id)
                if known is not None and known.type == "organization" and entry.kind == "name":
                    return known.actor_id
        return self._country_in(state, span, match_at)

    def _country_in(self, state: DocState, span: tuple[int, int] | None, match_at: dict[int, Match]) -> str | None:
        if span is None:
            return None
        for k in range(span[0], span[1]):
            found = discover.state_reference(state, match_at.get(k))
            if found:
                return found
        return None

    def _text_role(self, state: DocState, person: str, span: tuple[int, int], country: str | None) -> None:
        tokens = state.tokens
        text = state.text[tokens.starts[span[0]]:tokens.ends[span[1] - 1]].strip(" ,")
        if text:
            state.text_roles.append(TextRole(person, text, country))
            info = state.actors.get(person)
            if info is not None and info.source == "discovered" and not info.role:
                info.role = text

    def _surname_person(self, state: DocState, surname: str, offset: int, title: str | None,
                        country: str | None, written: str | None = None) -> str | None:
        """The person a title + lone surname names: one found in the document, else the knowledge base."""
        royal = title is not None and normalise_role(title) in self.knowledge.cues.get("royal_titles", {}) and \
            state.text[max(0, offset - len(title) - 4):offset].rstrip()[-len(title):][:1].isupper()  # not "comeback king X"
        for info in state.people_named(surname):
            if royal and not self._may_bear(info.actor_id, title):
                continue  # "King Hussein of Jordan" in a story that names Saddam Hussein: another person
            return info.actor_id
        for actor_id in state.named_in_full.get(surname.lower(), ()):
            if royal and not self._may_bear(actor_id, title):
                continue
            return state.add_known(self.knowledge.actors[actor_id])
        candidates = self.surnames.get(surname, [])
        if royal and (state.named_in_full.get(surname.lower()) or candidates):
            candidates = [k for k in candidates if self._may_bear(k.actor_id, title)]
            if not candidates:
                # a royal the knowledge base lacks, named as royals are ("King Hussein"), so that a
                # bare surname is not read as the other bearer's
                name = f"{title.title()} {written or surname}"
                return state.add_discovered(name, "person", actor_id=slugify(name))
        if candidates and self._full_name_in_text(state, surname):
            # "comeback king Fowler" in a headline, "Robbie Fowler" below: the document's own
            # person, whom the lone name joins once the full name is found.
            return state.add_discovered(written or surname, "person", actor_id=slugify(written or surname))
        if title in PLAIN_HONORIFICS and candidates:
            # "Mr Campbell", "Lord Browne": a courtesy title says nothing of office, so it names a
            # person of the knowledge base only by a short name listed for them or while they
            # hold an office; otherwise someone the document introduces.
            on = state.date_at(offset)
            candidates = [k for k in candidates if surname in k.aliases or (on is not None and any(
                r.holds_on(on) for r in self.knowledge.roles_of(k.actor_id)))]
            if not candidates:
                return state.add_discovered(written or surname, "person", actor_id=slugify(written or surname))
        if title:
            # "King Paul" is not "Pope John Paul II": a name that carries its own title (a regnal
            # or papal name) is borne with that title; another title names another person.
            wanted = normalise_role(title)
            candidates = [k for k in candidates if (own := self._title_in_name(k)) is None or own == wanted]
        on = state.date_at(offset)
        if on is not None and candidates:
            # "Chairman Martin" in 1956 is not Paul Martin, Canada's prime minister from 2003: a
            # person whose every office began decades after the date was not yet in public life.
            candidates = [k for k in candidates if not (
                (held := self.knowledge.roles_of(k.actor_id))
                and all(r.date_begin is not None and r.date_begin.year > on.year + YEARS_BEFORE_OFFICE for r in held))]
        if title and on is not None:
            # "Pope Paul" in 1966 is not John Paul II: nobody bears a title before first holding it
            # (by the end of the period the text gives: "In 1961, President Kennedy").
            wanted = normalise_role(title)
            latest = state.period_at(offset)[1] or on
            candidates = [k for k in candidates if not (
                (titled := [r for r in self.knowledge.roles_of(k.actor_id) if r.role == wanted])
                and all(r.date_begin is not None and r.date_begin > latest for r in titled))]
        if candidates and on is not None:
            holders = [k for k in candidates if any(r.holds_on(on) for r in self.knowledge.roles_of(k.actor_id))]
            if title:
                wanted = normalise_role(title)
                titled = [k for k in holders if any(r.role == wanted and r.holds_on(on)
                                                    for r in self.knowledge.roles_of(k.actor_id))]
                ever_titled = any(r.role == wanted for k in candidates for r in self.knowledge.roles_of(k.actor_id))
                # "President Kennedy" on 1 January 1961 is not the Kennedy then in another office.
                holders = titled or ([] if ever_titled else holders)
            if len(holders) > 1:
                # "Mr Howard and other senior Tories": of two office holders, the one whose
                # office's organisation or state the document names.
                holders = self._named_with_office(state, holders) or holders
            if len(holders) == 1:
                return state.add_known(holders[0])
        if title and len(candidates) > 1:
            # "President Kennedy" said in 1984: the one Kennedy who ever was president.
            wanted = normalise_role(title)
            ever = [k for k in candidates if any(r.role == wanted for r in self.knowledge.roles_of(k.actor_id))]
            if len(ever) == 1:
                return state.add_known(ever[0])
        if len(candidates) == 1:
            return state.add_known(candidates[0])
        if candidates:
            return None
        return state.add_discovered(written or surname, "person", actor_id=slugify(written or surname))


    def _modifies_a_person_noun(self, words: list[str], last: int) -> bool:
        """"a 24-year-old Los Angeles man": the capitalised words modify the noun after them."""
        after = words[last] if last < len(words) else ""
        return after in self.knowledge.cues.get("person_nouns", {}) or after in self.knowledge.group_nouns

    def _may_bear(self, actor_id: str, title: str) -> bool:
        """Whether the person may bear the royal ``title``: someone the document introduces, or a
        known person whose name opens with it or who held it ("King" is no title of a president's)."""
        known = self.knowledge.actors.get(actor_id)
        if known is None:
            return True
        wanted = normalise_role(title)
        return self._title_in_name(known) == wanted or any(r.role == wanted for r in self.knowledge.roles_of(actor_id))

    def _named_with_office(self, state: DocState, people: list[KnownActor]) -> list[KnownActor]:
        """The people whose offices' organisations, or whose own state, the document names."""
        named = state.cache.get("named_ids")
        if named is None:
            return []
        near = []
        for known in people:
            places = {r.organization for r in self.knowledge.roles_of(known.actor_id)}
            if places & named or (known.country and known.country in state.cache["named_countries"]):
                near.append(known)
        return near

    def _organisation_named(self, match: Match | None) -> str | None:
        """The known organisation a lexicon match names by name or adjective ("Labour", "Tory")."""
        for entry in match.entries if match is not None else ():
            known = self.knowledge.actors.get(entry.actor_id)
            if known is not None and known.type == "organization" and entry.kind in ("name", "demonym"):
                return known.actor_id
        return None

    def _title_in_name(self, known: KnownActor) -> str | None:
        """The person title a known name opens with ("pope" of "Pope John Paul II"), normalised."""
        titles = self.knowledge.cues.get("person_titles", {})
        words = known.name.lower().split()
        for length in (3, 2, 1):
            if len(words) > length and " ".join(words[:length]) in titles:
                return normalise_role(" ".join(words[:length]))
        return None
