"""Capitals as places or as governments: "pressure on Moscow" is Russia, "diplomats in Moscow" a city.

A metonym stands for its government unless its neighbours make it a location: a locative
preposition ("at", "near"), "in" after a word of being somewhere or doing something there
("signed in", "diplomats in"), "to"/"from" after motion ("flew to"), "city of", "-based",
or a following noun that makes it a place or an event ("Minsk agreements", "Geneva summit").
"""
from __future__ import annotations

import re

from .context import DocState
from .lexicon import Match

LOCATIVE = {"at", "near", "outside", "inside", "around", "throughout", "across", "into", "via", "over"}
LOCATED = {
    "signed", "held", "met", "meeting", "meetings", "summit", "talks", "conference", "born", "lived", "live", "living",
    "stationed", "based", "arrived", "stayed", "died", "buried", "located", "embassy", "embassies", "consulate",
    "residents", "streets", "office", "offices", "bureau", "station", "visit", "visited", "visiting", "staying",
    "rally", "protest", "protests", "demonstration", "demonstrations", "ceremony", "parade", "airport", "hotel",
    "home", "headquarters", "negotiations", "gathered", "speech", "spoke", "speaking", "trip", "correspondent",
    "correspondents", "journalists", "reporters", "diplomats", "diplomat", "ambassador", "students", "tourists",
    "hospital", "university", "school", "forum", "exhibition", "festival", "concert", "museum", "theatre",
    "theater", "hosted", "opened", "returned", "work", "worked", "working", "study", "studied", "studying", "stay",
    "remain", "remained", "killed", "attack", "attacks", "bombing", "explosion", "fire", "weather", "snow", "rain",
    "night", "apartment", "house", "staff", "personnel", "mission", "missions", "stadium", "match", "game", "played",
    "concerts", "show", "premiere", "launched", "court", "trial", "arrested", "detained", "jailed", "prison",
    "here", "there", "back", "degrees", "landing", "landed", "march", "marched", "married", "raised", "grew",
    "developments", "progress", "discussions", "discussion", "negotiator", "negotiators", "settled", "signing",
    "session", "sessions", "representatives", "delegation", "delegations", "dialogs", "dialogues", "talked",
    "protesters", "demonstrators", "crowds", "terrorists", "gunmen", "militants", "extremists", "refugees",
    "foreigners", "visitors", "expatriates", "fascists",
}
_CLOSING_QUOTES = {"”", "\"", "’", "'"}
MOTION = {
    "flew", "went", "came", "traveled", "travelled", "trip", "trips", "visit", "visits", "return", "returned",
    "returning", "arrived", "journey", "flight", "flights", "moved", "back", "way", "road", "sent", "go", "going",
    "come", "coming", "travel", "fly", "flying", "drive", "drove", "route", "train", "trains", "headed", "heading",
    "bound", "deported", "expelled", "fled", "escaped", "evacuated", "relocated", "miles", "kilometres", "kilometers",
}
# What one government sends another: "a message from Moscow to Washington" names both.
SENT = {"message", "messages", "letter", "letters", "signal", "signals", "note", "warning", "call", "demand",
        "request", "appeal", "offer", "pressure", "aid", "support", "envoy", "envoys", "delegation", "ultimatum"}
ORIGIN = {"man", "woman", "men", "women", "people", "family", "families", "boy", "girl", "student", "students",
          "couple", "teenager", "pensioner", "mother", "father", "businessman", "businesswoman", "artist"}
CITY_OF = {"city", "mayor", "streets", "center", "centre", "outskirts", "residents", "suburbs", "heart", "people",
           "citizens", "inhabitants", "downtown"}
AFTER = {
    "residents", "airport", "metro", "streets", "suburb", "suburbs", "region", "oblast", "city", "mayor", "marathon",
    "station", "subway", "police", "hotel", "university", "district", "time", "bureau", "correspondent",
    "correspondents", "skyline", "summit", "summits", "talks", "agreement", "agreements", "accords", "accord", "format",
    "protocol", "process", "memorandum", "declaration", "conference", "negotiations", "treaty", "group", "consensus",
    "communique", "meeting", "meetings", "zoo", "stock", "exchange", "office", "club", "derby",
}


# A seat of power named as a building or an office one occupies, not the government it houses.
BUILDING_BEFORE = {"at", "inside", "outside", "into", "entered", "left", "visited", "toured", "leaving", "entering",
                   "near", "around", "across"}
BUILDING_PARTS = {"lawn", "lawns", "grounds", "rooms", "room", "residence", "ballroom", "garden", "gardens", "gates",
                  "gate", "fence", "steps", "balcony", "kitchen", "portico", "tour", "tours", "restoration",
                  "preservation", "renovation", "walls", "roof", "halls", "furnishings", "architecture", "building",
                  "corridors", "doorstep", "lectern"}
CALENDAR_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                  "february", "march", "april", "may", "june", "july", "august", "september", "october",
                  "november", "december", "the", "that", "this", "its", "their", "his", "her"}
DISTANCE = {"distance", "miles", "kilometres", "kilometers", "flight", "road", "border", "halfway"}
OTHER_PLACES_RE = re.compile(r",?\s*(?:or|and)\s+(?:any|many|several|all|the|some)?\s*other\s+"
                             r"(?:cit(?:y|ies)|capitals?|places?|towns?|targets?)\b")
APPOSITION_PLACE_RE = re.compile(r"(?:the|a|its)\s+(?:capital|city|port|town)\b")

# Verbs whose direct object is a place: "Nixon visited Moscow", "troops entered Berlin", "the
# army captured Baghdad". Not "reached" or "left" ("the news reached Moscow", "the war left
# Moscow weakened": the government), nor a possessive after the name ("occupied Moscow's mind").
VISITED = {"visited", "visit", "visits", "visiting", "toured", "tour", "tours", "touring", "entered", "enter",
           "enters", "entering", "captured", "capture", "occupied", "liberated", "bombed", "shelled",
           "besieged", "stormed"}
TARGETED = {"advance", "march", "attack", "attacks", "assault", "offensive", "drive", "raid", "raids", "strike",
            "strikes", "push", "bombing", "siege", "fall", "capture", "liberation", "occupation", "battle", "blockade",
            "airlift", "bombardment", "shelling", "evacuation", "division", "partition", "gates", "walls"}


def is_place(state: DocState, match: Match, match_at: dict[int, Match] | None = None,
             match_end: dict[int, Match] | None = None) -> bool:
    """The metonym at ``match`` names a place (or an event named after one), not a government."""
    words = state.tokens.words
    before = words[match.first - 1].lower() if match.first >= 1 else ""
    before2 = words[match.first - 2].lower() if match.first >= 2 else ""
    if match.first >= 2 and before == "the" and before2 in LOCATIVE | {"in"}:
        before, before2 = before2, words[match.first - 3].lower() if match.first >= 3 else ""
    after = words[match.last].lower() if match.last < len(words) else ""
    after2 = words[match.last + 1].lower() if match.last + 1 < len(words) else ""
    if before == "in" and before2 in _CLOSING_QUOTES and match.first >= 3:
        before2 = words[match.first - 3].lower()  # '"terrorists" in Kyiv': the noun inside the quotes
    if before in LOCATIVE:
        return True
    if before in VISITED and after not in ("’", "'") and words[match.first - 1].islower():
        return True
    if before == "in" and (before2 in LOCATED or before2 in CALENDAR_WORDS or before2 in ("today", "tonight",
                                                                                            "yesterday")):
        return True  # "signed in", "progress in Paris", "last July in Paris", "signing today in London"
    if before == "in" and before2 == "and" and match_end is not None and match.first >= 3:
        # "in Moscow and in London": the second place is what the first is.
        previous = match_end.get(match.first - 2)
        if previous is not None and any(e.kind == "metonym" for e in previous.entries):
            return is_place(state, previous, match_at, match_end)
    if before in ("to", "from") and before2 in MOTION:
        return True
    if before == "in" and match.first >= 2 and (any(
            state.actors[m.actor_id].type == "organization"
            for m in state.mentions_ending_at(state.tokens.ends[match.first - 2]))
            or state.is_blocked(state.tokens.starts[match.first - 2], state.tokens.ends[match.first - 2])):
        return True  # "the High Court in London", "the European Cup in Poland": where it is or was
    if (before == "from" and after == "to" and before2 not in SENT) or (
            before == "to" and match.first >= 4 and words[match.first - 3] == "from"
            and words[match.first - 2][:1].isupper() and words[match.first - 4].lower() not in SENT):
        return True  # "freedom rings from Prague to Kiev" (but "a message from Moscow to Kiev")
    if before == "from" and (before2 == "," or before2 in ORIGIN):
        return True  # "Feroz Abbasi, from London,", "a man from Moscow": where someone comes from
    if before == "for" and before2 in ("bound", "headed", "heading", "left", "leaving", "departed", "departing"):
        return True  # "a Boeing 747 bound for Seoul"
    if before == "of" and before2 in CITY_OF | TARGETED:
        return True
    if before == "on" and before2 in TARGETED:
        return True
    if match_at is not None and match_end is not None and _in_city_list(state, match, match_at, match_end):
        return True
    if after == "-" and after2 in ("based", "born"):
        return True
    if before == "in" and after == "on" and after2 not in CALENDAR_WORDS and not after2.isdigit():
        return True  # "talks in Vienna on conventional forces" (but "welcomed in Moscow on Tuesday")
    if before == "between" and before2 in DISTANCE:
        return True
    if after == "," and _address_or_apposition(state, match, match_at):
        return True
    if OTHER_PLACES_RE.match(state.text, state.tokens.ends[match.last - 1]):
        return True
    if after == "peace" and after2 in AFTER:
        return True  # "the Paris peace talks"
    return after in AFTER


def before_statehood(state: DocState, match: Match, known, match_at: dict[int, Match] | None = None,
                     match_end: dict[int, Match] | None = None) -> bool:
    """A state's name used as a place at a date before the state existed names a region, not an
    actor: "the war over Kosovo in 1999" (a state from 2008), "fighting in Croatia in 1941".
    The state's ``period`` in states.tsv says when it began; where it acts ("Croatia declared
    independence") the name stays a mention. A state whose capital an earlier state had (Russia
    after the Soviet Union, Vietnam after North Vietnam) continues that state, so its name is not
    a region before its period ("in Russia" in 1945 is the Soviet Union's)."""
    began = known.period[0] if known.period is not None else None
    if began is None or known.actor_id not in _first_states(state.knowledge):
        return False
    _, until = state.period_at(state.tokens.starts[match.first])
    if until is None or until >= began:
        return False
    words = state.tokens.words
    before = words[match.first - 1].lower() if match.first >= 1 else ""
    # "in Kosovo", "over Kosovo": where something happened. Not "of", "from", "to": "the forces of
    # Germany", "wrung from Germany" are the state acting (Germany's period begins in 1990).
    return before == "in" or is_place(state, match, match_at, match_end)


# Last words of region names (not_actors.tsv: "Western Europe", "Latin America", "the Middle East").
REGION_HEADS = {"Europe", "Asia", "America", "East", "Africa", "Pacific", "Caucasus", "Balkans", "Caribbean"}
# Words before a region that make it the place of something, not a subject.
PLACE_BEFORE = LOCATIVE | {"in", "of", "to", "from", "for", "with", "by", "on", "within", "beyond", "toward", "towards"}
AUXILIARIES = {"has", "have", "had"}


def region_acts(state: DocState, match: Match) -> bool:
    """A region the text makes the subject of an action is the group of its states acting: "Southern
    Europe has turned to African gas" (places are not actors unless they act).
    The action is a perfect tense of a verb in -ed ("has weaned", "have responded") or a verb of
    saying; "has been", "is" and a region after a preposition ("in Central America has ...") are not."""
    words = state.tokens.words
    if words[match.last - 1] not in REGION_HEADS or match.last + 1 >= len(words):
        return False
    k = match.first - 1
    if k >= 0 and words[k] in ("and", "or"):
        k -= 1  # "poverty in Africa and South Asia has forced ...": the preposition of the first place
        while k >= 0 and words[k][:1].isupper():
            k -= 1
    if k >= 0 and words[k] == "the":
        k -= 1
    if k >= 0 and words[k].lower() in PLACE_BEFORE:
        return False
    verb, participle = words[match.last], words[match.last + 1]
    if verb in ("said", "says", "agreed", "decided", "responded", "refused", "warned", "demanded", "imposed"):
        return True
    return verb in AUXILIARIES and participle.islower() and participle.endswith("ed") and len(participle) > 4


_FIRST_STATES: dict[int, tuple[object, frozenset[str]]] = {}


def _first_states(knowledge) -> frozenset[str]:
    """States whose period begins with their first statehood: no state that began earlier had
    their capital (so Kosovo, Ukraine and Croatia, but not Russia or Vietnam). A state without a
    capital in the knowledge base is left out: nothing says it is new."""
    cached = _FIRST_STATES.get(id(knowledge))
    if cached is None or cached[0] is not knowledge:
        states = [a for a in knowledge.actors.values() if a.type == "state"]
        seats: dict[str, list] = {}
        for known in states:
            for seat in known.metonyms:
                seats.setdefault(seat, []).append(known)
        first = set()
        for known in states:
            began = known.period[0] if known.period is not None else None
            if began is None or not known.metonyms:
                continue
            if not any(other is not known and (other.period is None or other.period[0] is None or other.period[0] < began)
                       for seat in known.metonyms for other in seats[seat]):
                first.add(known.actor_id)
        cached = _FIRST_STATES[id(knowledge)] = (knowledge, frozenset(first))
    return cached[1]


def _address_or_apposition(state: DocState, match: Match, match_at: dict[int, Match] | None) -> bool:
    """"Lima, Peru", "Washington, D.C.", "Sarajevo, the capital of Bosnia": a city, not a government."""
    words = state.tokens.words
    k = match.last + 1
    if k >= len(words):
        return False
    if words[k] in ("D", "DC") or APPOSITION_PLACE_RE.match(state.text, state.tokens.starts[k]):
        return True
    following = match_at.get(k) if match_at is not None else None
    if following is None or not any(e.kind == "name" and state.knowledge.actors[e.actor_id].type == "state"
                                    for e in following.entries):
        return False
    # The state must close the phrase ("Lima, Peru."), not open a list of governments
    # ("Moscow, Beijing and Tehran") or a clause ("Moscow, Russia said ...").
    end = following.last
    return end >= len(words) or words[end] in (".", ",", ";", ")", ":", "!", "?") and not (
        end + 1 < len(words) and words[end + 1] == "and")


def _in_city_list(state: DocState, match: Match, match_at: dict[int, Match], match_end: dict[int, Match]) -> bool:
    """"Rome, Athens, Paris, London, ... Berlin": a comma list of capitals names cities."""
    words = state.tokens.words

    def metonym(m: Match | None) -> bool:
        return m is not None and any(e.kind == "metonym" for e in m.entries)

    k = match.first - 1
    if k >= 1 and words[k] == "and" and words[k - 1] == ",":
        k -= 1
    left = k >= 1 and words[k] in (",", "and") and metonym(match_end.get(k))
    if left and k >= 1:
        previous = match_end.get(k)
        if previous is not None and previous.first >= 1 and words[previous.first - 1] == ",":
            return True
    right = match.last + 1 < len(words) and words[match.last] == "," and metonym(match_at.get(match.last + 1))
    return right and (left or (match.last + 1 in match_at and match_at[match.last + 1].last < len(words)
                               and words[match_at[match.last + 1].last] == ","))


def white_house_is_institution(state: DocState, match: Match, match_at: dict[int, Match],
                               match_end: dict[int, Match]) -> bool:
    """A seat of power that is also an institution ("White House", "Downing Street") means the
    building or office, not the government, where placed ("a ceremony at the White House",
    "lived in the White House", "the White House lawn", "the restoration of the White House",
    "he entered Downing Street") or listed with other institutions ("Congress, the White House,
    or ..."). "It starts in the White House" is the government."""
    words = state.tokens.words
    k = match.first - 1
    if k >= 0 and words[k] == "the":
        k -= 1
    before = words[k].lower() if k >= 0 else ""
    if before in BUILDING_BEFORE:
        return True  # "a ceremony at the White House", "he entered Downing Street"
    if before == "in" and k >= 1 and words[k - 1].lower() in LOCATED:
        return True  # "lived in the White House", "a dinner held in the White House"
    if before == "of" and k >= 1 and words[k - 1].lower() in BUILDING_PARTS:
        return True  # "the restoration of the White House"
    after = words[match.last].lower() if match.last < len(words) else ""
    if after in BUILDING_PARTS:
        return True  # "the White House lawn"
    institutions = 0
    for neighbour in (match_end.get(k) if k >= 0 and words[k] in (",", "and", "or") else None,
                      match_end.get(k - 1) if k >= 1 and words[k] in (",", "and", "or") else None,
                      _next_institution(words, match, match_at)):
        if neighbour is not None and any(_institution(state, e.actor_id) and e.kind == "name"
                                         for e in neighbour.entries):
            institutions += 1
    return institutions > 0


def _next_institution(words: list[str], match: Match, match_at: dict[int, Match]) -> Match | None:
    k = match.last
    if k < len(words) and words[k] in (",", "and", "or"):
        k += 1
        if k < len(words) and words[k] in ("and", "or", "the"):
            k += 1
        if k < len(words) and words[k] == "the":
            k += 1
        return match_at.get(k)
    return None


def _institution(state: DocState, actor_id: str) -> bool:
    known = state.knowledge.actors.get(actor_id)
    return known is not None and known.type == "organization" and known.country is not None
