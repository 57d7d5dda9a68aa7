"""Regions named in place of their states: "the Balkans", "Central Asia" (issue 9).

Files ``knowledge/regions/*.tsv`` (and ``regions/*.tsv`` in each ``--knowledge DIR``) have the
columns ``id  forms  members``: a region's names and the ids of the state actors in it. A
user's region with an existing id replaces the packaged one. The event stage reads "two NATO
interventions in the Balkans" as NATO's known interventions in those states.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .events import _actor_ids, split_list
from .files import fingerprint, knowledge_files, read_tsv, user_folders

REGION_FILES = "regions/*.tsv"
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_FORM = re.compile(r"(?=.*[A-Z])[\w'’.-]+(?: [\w'’.-]+)*")  # a name: at least one capital


@dataclass(frozen=True, slots=True, eq=False)
class Regions:
    """Region names -> member state ids, and one pattern finding the names (None when there are none)."""

    members: dict[str, frozenset[str]]  # form as written -> state ids
    pattern: re.Pattern | None
    fingerprint: str = ""


@lru_cache(maxsize=8)
def _load_cached(user_dirs: tuple[Path, ...]) -> Regions:
    paths = knowledge_files(REGION_FILES, user_dirs)
    known = _actor_ids(user_dirs) if paths else None
    by_id: dict[str, tuple[tuple[str, ...], frozenset[str]]] = {}
    for path in paths:
        for row in read_tsv(path, ("id", "forms", "members")):
            region_id = row.require("id")
            if not _ID.fullmatch(region_id):
                raise row.error(f"id {region_id!r} is not a lower-case slug")
            forms = tuple(split_list(row.require("forms")))
            for form in forms:
                if not _FORM.fullmatch(form):
                    raise row.error(f"form {form!r} must be a name with a capital, of letters, spaces, - ' and .")
            members = frozenset(split_list(row.require("members")))
            for member in members:
                if not _ID.fullmatch(member) or (known is not None and member not in known):
                    raise row.error(f"member {member!r} is not an actor id of the actor knowledge base")
            by_id[region_id] = (forms, members)
    members: dict[str, frozenset[str]] = {}
    for forms, states in by_id.values():
        for form in forms:
            members[form] = members.get(form, frozenset()) | states
    alternation = "|".join(r"\s+".join(re.escape(w) for w in form.split())
                           for form in sorted(members, key=lambda f: (-len(f), f)))
    pattern = re.compile(r"(?<![\w-])(?:" + alternation + r")(?![\w-])") if members else None
    return Regions(members, pattern, fingerprint(paths))


def load_regions(user_dirs: tuple[Path, ...] | list[Path] = ()) -> Regions:
    """Load the packaged region file and each user folder's ``regions/*.tsv``.

    Raises:
        KnowledgeError: a bad entry, naming its file and line.
    """
    return _load_cached(user_folders(user_dirs))
