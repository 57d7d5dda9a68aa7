"""Short forms that event names use for long names ("United States" -> "US").

Files ``knowledge/names/short_forms.tsv`` (and ``names/short_forms.tsv`` in each ``--knowledge
DIR``) have the columns ``long`` and ``short``. Names in the knowledge base and the actor
stage's canonical names are written in full, as reference works title them; an analyst's event
name shortens the few names everyone shortens.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .files import knowledge_files, read_tsv, user_folders

SHORT_FORM_FILES = "names/short_forms.tsv"


@dataclass(frozen=True, slots=True, eq=False)
class ShortForms:
    """Long names by their short forms, in one pattern (longest first)."""

    short: dict[str, str]
    pattern: re.Pattern | None

    def apply(self, name: str) -> str:
        """``name`` with each long form written short, unless "of" follows it (a longer title)."""
        if self.pattern is None or not name:
            return name
        return self.pattern.sub(lambda m: self.short[m.group(0)], name)


def read_short_forms(paths: list[Path]) -> dict[str, str]:
    """Short forms by long form; a later file's row replaces an earlier one."""
    forms: dict[str, str] = {}
    for path in paths:
        for row in read_tsv(path, ("long", "short")):
            long, short = row.require("long"), row.require("short")
            if not re.fullmatch(r"[\w.'’ -]+", long) or not re.fullmatch(r"[\w.'’ -]+", short):
                raise row.error("long and short forms are words (letters, digits, spaces, . ' -)")
            if long == short:
                raise row.error(f"the short form of {long!r} is the same name")
            forms[long] = short
    return forms


@lru_cache(maxsize=8)
def _load_cached(user_dirs: tuple[Path, ...]) -> ShortForms:
    forms = read_short_forms(knowledge_files(SHORT_FORM_FILES, user_dirs))
    if not forms:
        return ShortForms({}, None)
    body = "|".join(re.escape(long) for long in sorted(forms, key=lambda f: (-len(f), f)))
    return ShortForms(forms, re.compile(r"(?<![\w-])(?:" + body + r")(?![\w-])(?! of\b)"))


def load_short_forms(user_dirs: tuple[Path, ...] | list[Path] = ()) -> ShortForms:
    """Load the packaged short forms and each user folder's ``names/short_forms.tsv``.

    Raises:
        KnowledgeError: a bad entry, naming its file and line.
    """
    return _load_cached(user_folders(user_dirs))
