"""Named historical periods ('Soviet times', 'the post-Soviet period') from a knowledge file."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from pathlib import Path

from ...knowledge.files import knowledge_files, read_tsv
from .candidates import Candidate
from .context import Context
from .patterns import S
from .resolve import Found

ERA_FILE = "temporal/eras.tsv"
_NOUNS = r"(?:times|era|period|years|days|epoch|age)"


@lru_cache(maxsize=None)
def load_eras(user_dirs: tuple[Path, ...] = ()) -> dict[str, tuple[date | None, date | None, bool]]:
    """Adjective (lower case) -> (begin, end, named only with post-/pre-) of the era it names."""
    eras: dict[str, tuple[date | None, date | None, bool]] = {}
    for path in knowledge_files(ERA_FILE, user_dirs):
        for row in read_tsv(path, required=("adjective", "begin", "end")):
            try:
                begin = date.fromisoformat(row.require("begin"))
                end = date.fromisoformat(row.get("end")) if row.get("end") else None
            except ValueError as exc:
                raise row.error(f"bad date: {exc}") from None
            forms = (row.get("forms") or "").strip().lower()
            if forms not in ("", "all", "prefixed"):
                raise row.error(f"forms must be empty, 'all' or 'prefixed', not {forms!r}")
            eras[row.require("adjective").lower()] = (begin, end, forms == "prefixed")
    return eras


def _era_builder(eras: dict[str, tuple[date | None, date | None, bool]]):
    """The rule builder for one set of eras."""
    def era(match: re.Match[str], text: str) -> Candidate | None:
        adjective = " ".join(match["adj"].lower().split())
        bounds = eras.get(adjective)
        if bounds is None or (match["adj"][:1].islower() and not adjective[:1].islower()):
            return None
        begin, end, prefixed_only = bounds
        prefix = (match["pre"] or "").lower()
        if prefixed_only and not prefix:
            return None  # "the war years" could be any war's; "the post-war period" is after 1945
        if prefix.startswith("post"):
            begin, end = end, None
        elif prefix.startswith("pre"):
            begin, end = None, begin
        start, stop = match.span()

        def resolve(ctx: Context) -> list[Found]:
            # an era that has not ended by the dct is the present; "post-X" counts as past
            current = (ctx.dct is not None and not prefix.startswith("post") and (end is None or end >= ctx.dct)
                       and (begin is None or begin <= ctx.dct))
            return [Found(start, stop, "DATE", "PRESENT_REF" if current else "PAST_REF", None, begin, end, "day")]
        return Candidate(start, stop, "ref", resolve, rank=2)
    return era


def era_rule(user_dirs: tuple[Path, ...] = ()) -> tuple[str, object, tuple[str, ...]] | None:
    """(pattern, builder, anchor words) for the eras of the knowledge files, if there are any."""
    eras = load_eras(tuple(user_dirs))
    if not eras:
        return None
    names = sorted(eras, key=len, reverse=True)
    adjectives = "|".join(re.escape(n).replace(r"\ ", S) for n in names)
    words = {w for name in names for w in re.findall(r"[^\W\d_]+", name.lower())}
    anchors = tuple(words | {f"{prefix}{w}" for w in words for prefix in ("post", "pre")})  # "postwar"
    pattern = rf"(?:\bthe{S})?(?:\b(?P<pre>post-?|pre-?)|\b)(?P<adj>{adjectives}){S}{_NOUNS}\b"
    return pattern, _era_builder(eras), anchors
