"""The actor knowledge base: states, organizations, people, groups and time-bounded roles.

Files live in ``knowledge/actors/`` (tab-separated, header line, ``#`` comments):

* entry files (``states.tsv``, ``organizations.tsv``, ``people.tsv``, ``groups.tsv`` and any
  other ``*.tsv`` with an ``id`` column): ``id, name, type, country, aliases, demonyms,
  metonyms, wikidata, description``; only ``id``, ``name`` and ``type`` are required. A person
  may have ``born`` and ``died`` (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``): the event stage dates
  a death or a birthday the text names without a date by them.
* ``roles*.tsv``: ``actor_id, role, organization, date_begin, date_end`` and optionally ``announced``
  (the day an appointment was announced or the nominee named, before ``date_begin``).
* ``group_nouns*.tsv``: ``noun, class`` (head nouns of demonym-headed groups).
* ``cues/*.tsv``: one-column word lists the extractor's discovery rules read
  (``given_names``, ``person_titles`` with an ``honorific`` column, ``org_heads``,
  ``event_heads``, ``not_actors``, ``common_words``); a user file of the same name adds words.

A user folder passed as ``--knowledge DIR`` holds the same layout (``DIR/actors/*.tsv``); a
user entry whose id exists already replaces the packaged one, and user roles are added.
Every bad entry raises :class:`~timeline_builder.errors.KnowledgeError` naming file and line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache, partial
from pathlib import Path

from ..errors import KnowledgeError
from .files import Row, fingerprint, knowledge_files, read_tsv
from .kept import kept

ACTOR_TYPES = ("person", "state", "organization", "group")
GROUP_NOUN_CLASSES_STATE = "state"

# Role names people write, mapped to the names roles.tsv uses.
ROLE_SYNONYMS = {
    "head of state": "president",
    "chief executive": "president",
    "vice-president": "vice president",
    "veep": "vice president",
    "defense secretary": "secretary of defense",
    "defence secretary": "secretary of defense",
    "secretary of war": "secretary of defense",
    "pentagon chief": "secretary of defense",
    "national security adviser": "national security advisor",
    "defense minister": "defence minister",
    "minister of defence": "defence minister",
    "minister of defense": "defence minister",
    "war minister": "defence minister",
    "minister of foreign affairs": "foreign minister",
    "foreign secretary": "foreign minister",
    "foreign affairs minister": "foreign minister",
    "external affairs minister": "foreign minister",  # India's title
    "first secretary": "general secretary",
    "party leader": "party leader",
    "secretary general": "secretary-general",
    "chairman of the council of ministers": "premier",
    "un ambassador": "ambassador to the united nations",
    "cia director": "director of the cia",
    "director of central intelligence": "director of the cia",
    "treasury secretary": "secretary of the treasury",
    "ambassador to the us": "ambassador to the united states",
    "ambassador to the u.s.": "ambassador to the united states",
    "ambassador in washington": "ambassador to the united states",
    "ambassador to washington": "ambassador to the united states",
    "ambassador to moscow": "ambassador to russia",
    "ambassador in moscow": "ambassador to russia",
    "ambassador to the un": "ambassador to the united nations",
    "ambassador to the u.n.": "ambassador to the united nations",
}

# Roles tried in order for a role that has no holder of its own name in a state: the
# "leader" of the Soviet Union is its general secretary, the "prime minister" of the
# Soviet Union its premier; the "leader" of a party its party leader.
ROLE_FALLBACKS = {
    "leader": ("leader", "supreme leader", "general secretary", "president", "chancellor", "prime minister",
               "party leader"),
    # "the Chancellor" of the United Kingdom is its Chancellor of the Exchequer.
    "chancellor": ("chancellor", "chancellor of the exchequer"),
    "prime minister": ("prime minister", "premier"),
    "premier": ("premier", "prime minister"),
    "president": ("president",),
}


@dataclass(frozen=True, slots=True)
class KnownActor:
    """One knowledge-base entry, with where it was read from."""

    actor_id: str
    name: str
    type: str
    country: str | None
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    metonyms: tuple[str, ...]
    wikidata: str | None
    description: str | None
    path: str
    line: int
    period: tuple[date | None, date | None] | None = None
    born: date | None = None  # a person's day of birth (first day of a month or year given alone)
    died: date | None = None  # a person's day of death (as above)

    def exists_on(self, on: date) -> bool:
        """The actor existed in its present form on ``on`` (always, where no period is known)."""
        if self.period is None:
            return True
        begin, end = self.period
        return (begin is None or begin <= on) and (end is None or on <= end)


@dataclass(frozen=True, slots=True)
class KnownRole:
    """A role held between two dates (closed interval; ``date_end`` None while it lasts)."""

    actor_id: str
    role: str
    organization: str | None
    date_begin: date | None
    date_end: date | None
    announced: date | None = None  # when the appointment was announced or the nominee named, if before date_begin

    def holds_on(self, on: date) -> bool:
        return (self.date_begin is None or self.date_begin <= on) and (self.date_end is None or on <= self.date_end)


@dataclass(frozen=True)
class ActorKnowledge:
    """The loaded knowledge base: entries by id, roles, group head nouns, and a fingerprint."""

    actors: dict[str, KnownActor]
    roles: tuple[KnownRole, ...]
    group_nouns: dict[str, str]
    fingerprint: str
    cues: dict[str, dict[str, str]] = field(default_factory=dict)
    _by_code: dict[str, str] = field(default_factory=dict, repr=False)
    _by_name: dict[str, str] = field(default_factory=dict, repr=False)
    _roles_by_key: dict[tuple[str, str], tuple[KnownRole, ...]] = field(default_factory=dict, repr=False)
    _roles_by_actor: dict[str, tuple[KnownRole, ...]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        # A current state owns its code before a historical one (DEU is Germany, not West Germany).
        states = sorted((a for a in self.actors.values() if a.type == "state" and a.country),
                        key=lambda a: (a.description or "").startswith("historical"))
        for state in states:
            self._by_code.setdefault(state.country, state.actor_id)
        for actor in self.actors.values():
            for name in (actor.name, *actor.aliases):
                self._by_name.setdefault(name.lower(), actor.actor_id)
        grouped: dict[tuple[str, str], list[KnownRole]] = {}
        for role in self.roles:
            grouped.setdefault((role.role, role.organization or ""), []).append(role)
        self._roles_by_key.update({k: tuple(v) for k, v in grouped.items()})
        by_actor: dict[str, list[KnownRole]] = {}
        for role in self.roles:
            by_actor.setdefault(role.actor_id, []).append(role)
        self._roles_by_actor.update({k: tuple(v) for k, v in by_actor.items()})

    def roles_of(self, actor_id: str) -> tuple[KnownRole, ...]:
        return self._roles_by_actor.get(actor_id, ())

    def actor_for(self, reference: str) -> str | None:
        """The actor id a reference names: an id, an ISO alpha-3 code, or a name or alias."""
        if reference in self.actors:
            return reference
        if reference.upper() in self._by_code:
            return self._by_code[reference.upper()]
        return self._by_name.get(reference.lower().removeprefix("the "))

    def resolve_role(self, role: str, organization_or_country: str, on: date) -> str | None:
        """Who held ``role`` in ``organization_or_country`` on ``on``.

        Args:
            role: a role name such as "president", "secretary of state", "Soviet leader"
                is not accepted; pass the bare role ("leader") and the state separately.
            organization_or_country: an actor id, ISO alpha-3 code, or a name ("US").
            on: the date that matters (a sentence's timex, else the document date).

        Returns the actor id, or None where nobody (known) held it. When two holders
        overlap on a transition day, the one who took office last wins.
        """
        org = self.actor_for(organization_or_country)
        if org is None:
            return None
        wanted = normalise_role(role)
        for candidate in ROLE_FALLBACKS.get(wanted, (wanted,)):
            holders = [r for r in self._roles_by_key.get((candidate, org), ()) if r.holds_on(on)]
            if holders:
                return max(holders, key=lambda r: r.date_begin or date.min).actor_id
        return None


    def resolve_role_over(self, role: str, organization_or_country: str, begin: date, end: date) -> str | None:
        """Who held ``role`` for most of the days ``begin``..``end`` ("In 2025, the US president"
        is who held the office for most of 2025, not whoever held it on January 1)."""
        org = self.actor_for(organization_or_country)
        if org is None:
            return None
        wanted = normalise_role(role)
        for candidate in ROLE_FALLBACKS.get(wanted, (wanted,)):
            days: dict[str, int] = {}
            latest: dict[str, date] = {}
            for r in self._roles_by_key.get((candidate, org), ()):
                first = max(begin, r.date_begin or date.min)
                last = min(end, r.date_end or date.max)
                if first <= last:
                    days[r.actor_id] = days.get(r.actor_id, 0) + (last - first).days + 1
                    latest[r.actor_id] = max(latest.get(r.actor_id, date.min), r.date_begin or date.min)
            if days:
                return max(days, key=lambda a: (days[a], latest[a]))
        return None


def normalise_role(role: str) -> str:
    """Lower-case, single-spaced, synonym-mapped role name."""
    cleaned = re.sub(r"\s+", " ", role.strip().lower()).removeprefix("the ")
    return ROLE_SYNONYMS.get(cleaned, cleaned)


def parse_knowledge_date(text: str, *, end: bool, row: Row, column: str) -> date:
    """YYYY, YYYY-MM or YYYY-MM-DD; a partial begin widens to its first day, an end to its last."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text)
    if not match:
        raise row.error(f"{column} {text!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if month is None:
            return date(year, 12, 31) if end else date(year, 1, 1)
        if day is None:
            if not end:
                return date(year, month, 1)
            following = date(year + (month == 12), month % 12 + 1, 1)
            return date.fromordinal(following.toordinal() - 1)
        return date(year, month, day)
    except ValueError as exc:
        raise row.error(f"{column} {text!r} is not a calendar date: {exc}") from None


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (value or "").split("|") if part.strip())


def _iso_codes() -> set[str]:
    import pycountry  # (here: importing it costs a build ~0.05-0.1 s, and states.tsv names every code)

    codes = {c.alpha_3 for c in pycountry.countries}
    codes |= {c.alpha_3 for c in pycountry.historic_countries}
    return codes


def _read_entries(path: Path) -> list[KnownActor]:
    entries = []
    for row in read_tsv(path, required=("id", "name", "type")):
        actor_id = row.require("id")
        if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", actor_id):
            raise row.error(f"id {actor_id!r} is not a lower-case slug (letters, digits, single hyphens)")
        kind = row.require("type")
        if kind not in ACTOR_TYPES:
            raise row.error(f"unknown type {kind!r}; expected one of {', '.join(ACTOR_TYPES)}")
        wikidata = row.get("wikidata")
        if wikidata and not re.fullmatch(r"Q\d+", wikidata):
            raise row.error(f"wikidata {wikidata!r} is not a Q-id")
        period = row.get("period")
        if period is not None:
            if ".." not in period:
                raise row.error(f"period {period!r} is not BEGIN..END (either side may be empty)")
            begin, end = period.split("..", 1)
            period = (parse_knowledge_date(begin, end=False, row=row, column="period") if begin else None,
                      parse_knowledge_date(end, end=True, row=row, column="period") if end else None)
        born, died = (parse_knowledge_date(value, end=False, row=row, column=column) if value else None
                      for column in ("born", "died") for value in (row.get(column),))
        if (born or died) and kind != "person":
            raise row.error(f"born/died given for a {kind}; only people have them")
        if born and died and died < born:
            raise row.error(f"died {row.get('died')} is before born {row.get('born')}")
        entries.append(KnownActor(actor_id, row.require("name"), kind, row.get("country"), _split(row.get("aliases")),
                                  _split(row.get("demonyms")), _split(row.get("metonyms")), wikidata,
                                  row.get("description"), row.path, row.line, period, born, died))
    return entries


def _read_roles(path: Path) -> list[tuple[Row, KnownRole]]:
    roles = []
    for row in read_tsv(path, required=("actor_id", "role", "organization", "date_begin", "date_end")):
        begin = row.get("date_begin")
        end = row.get("date_end")
        role = KnownRole(row.require("actor_id"), normalise_role(row.require("role")), row.get("organization"),
                         parse_knowledge_date(begin, end=False, row=row, column="date_begin") if begin else None,
                         parse_knowledge_date(end, end=True, row=row, column="date_end") if end else None)
        if role.date_begin and role.date_end and role.date_end < role.date_begin:
            raise row.error(f"date_end {end} is before date_begin {begin}")
        announced = row.get("announced")
        if announced:
            day = parse_knowledge_date(announced, end=False, row=row, column="announced")
            if role.date_begin and day > role.date_begin:
                raise row.error(f"announced {announced} is after date_begin {begin}")
            role = replace(role, announced=day)
        roles.append((row, role))
    return roles


def _read_group_nouns(path: Path) -> dict[str, str]:
    return {row.require("noun").lower(): row.require("class") for row in read_tsv(path, required=("noun", "class"))}


def _read_cues(path: Path) -> dict[str, str]:
    """A cue list: first column -> second column (or "")."""
    values = {}
    for row in read_tsv(path):
        columns = list(row.values)
        key = row.values[columns[0]]
        if not key:
            raise row.error(f"column {columns[0]!r} is empty")
        values[key] = row.values[columns[1]] if len(columns) > 1 else ""
    return values


def _layers(user_dirs: tuple[Path, ...]) -> list[list[Path]]:
    """The packaged files, then each user folder's, as separate layers."""
    layers = [knowledge_files("actors/*.tsv")]
    for folder in user_dirs:
        folder = Path(folder)
        if not folder.is_dir():
            raise KnowledgeError("knowledge folder does not exist", path=str(folder))
        layers.append(sorted(folder.glob("actors/*.tsv")))
    return layers


def _kind(path: Path) -> str:
    if path.name.startswith("roles"):
        return "roles"
    if path.name.startswith("group_nouns"):
        return "group_nouns"
    return "entries"


def load_actor_knowledge(user_dirs: tuple[Path, ...] | list[Path] = ()) -> ActorKnowledge:
    """Load and validate the packaged actor knowledge plus each user folder's (cached per folder set).

    Args:
        user_dirs: folders holding ``actors/*.tsv`` files in the packaged formats; their
            entries override packaged entries with the same id.

    Raises:
        KnowledgeError: naming the file and line of the first bad entry.
    """
    return _load(tuple(str(Path(d).resolve()) for d in user_dirs))


@lru_cache(maxsize=8)
def _load(user_dirs: tuple[str, ...]) -> ActorKnowledge:
    # (parsed once for these files and this code, then read back: knowledge/kept.py)
    return kept("actors", (user_dirs,), user_dirs, partial(_parse, user_dirs))


def _parse(user_dirs: tuple[str, ...]) -> ActorKnowledge:
    layers = _layers(tuple(Path(d) for d in user_dirs))
    actors: dict[str, KnownActor] = {}
    role_rows: list[tuple[Row, KnownRole]] = []
    group_nouns: dict[str, str] = {}
    for layer in layers:
        seen: dict[str, KnownActor] = {}
        for path in layer:
            kind = _kind(path)
            if kind == "roles":
                role_rows += _read_roles(path)
            elif kind == "group_nouns":
                group_nouns.update(_read_group_nouns(path))
            else:
                for entry in _read_entries(path):
                    if entry.actor_id in seen:
                        first = seen[entry.actor_id]
                        raise KnowledgeError(f"duplicate id {entry.actor_id!r} (first at {first.path}:{first.line})",
                                             path=entry.path, line=entry.line)
                    seen[entry.actor_id] = entry
        actors.update(seen)
    # A country is a state's code (states.tsv holds every ISO 3166-1 country) or another ISO code;
    # the ISO list is read only for a code no state has.
    valid_codes = {a.country for a in actors.values() if a.type == "state" and a.country}
    for entry in actors.values():
        if entry.country and entry.country not in valid_codes:
            valid_codes |= _iso_codes()
        if entry.country and entry.country not in valid_codes:
            raise KnowledgeError(f"country {entry.country!r} is not an ISO 3166-1 alpha-3 code or a state's code",
                                 path=entry.path, line=entry.line)
    for row, role in role_rows:
        if role.actor_id not in actors:
            raise row.error(f"unknown actor id {role.actor_id!r}")
        if role.organization and role.organization not in actors:
            raise row.error(f"unknown organization or state id {role.organization!r}")
    cue_paths = knowledge_files("actors/cues/*.tsv") + [p for d in user_dirs for p in sorted(Path(d).glob("actors/cues/*.tsv"))]
    cues: dict[str, dict[str, str]] = {}
    for path in cue_paths:
        cues.setdefault(path.stem, {}).update(_read_cues(path))
    all_paths = [p for layer in layers for p in layer] + cue_paths
    return ActorKnowledge(actors=actors, roles=tuple(r for _, r in role_rows), group_nouns=group_nouns,
                          fingerprint=fingerprint(all_paths), cues=cues)


def resolve_role(role: str, organization_or_country: str, on: date,
                 user_dirs: tuple[Path, ...] = ()) -> str | None:
    """Who held ``role`` in ``organization_or_country`` on date ``on`` (an actor id or None).

    Args:
        role: "president", "secretary of state", "foreign minister", "leader", ...
        organization_or_country: an actor id ("united-states"), ISO code ("USA") or name ("US").
        on: the date at which the role is resolved.
        user_dirs: extra knowledge folders, as for :func:`load_actor_knowledge`.

    Example: ``resolve_role("president", "USA", date(1962, 10, 20)) == "john-f-kennedy"``.
    """
    return load_actor_knowledge(user_dirs).resolve_role(role, organization_or_country, on)
