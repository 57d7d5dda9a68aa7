"""What every command shares: how the dataset is given, and checking a value against known ones."""
from __future__ import annotations

import argparse
import difflib
from typing import Iterable

from ..errors import UsageError

DEFAULT_DATASET = "datasets/seed"


def add_dataset_option(parser: argparse.ArgumentParser, *, positional_alias: bool = False,
                       what: str = "dataset folder") -> None:
    """``--dataset DIR`` (``-d``), the same in every command; ``positional_alias`` also accepts it as
    the first argument, as ``show``, ``log`` and ``verify`` did before (kept so old scripts work)."""
    parser.add_argument("--dataset", "-d", metavar="DIR", dest="dataset_option",
                        help=f"{what} (default {DEFAULT_DATASET})")
    if positional_alias:
        parser.add_argument("dataset_positional", nargs="?", metavar="DATASET",
                            help="the same as --dataset (an older form, still accepted)")


def dataset_of(args: argparse.Namespace) -> str:
    """The dataset the command was given, whichever way, or the default."""
    option = getattr(args, "dataset_option", None)
    positional = getattr(args, "dataset_positional", None)
    if option and positional and option != positional:
        raise UsageError(f"two datasets given: --dataset {option} and {positional}", hint="give one")
    return option or positional or DEFAULT_DATASET


def check_choice(value: str | None, known: Iterable[str], what: str, aliases: dict[str, str] | None = None) -> None:
    """Raise a UsageError with the nearest known values when ``value`` is not one of ``known``.

    ``aliases``: other spellings (e.g. actor names, lower-cased) -> the known value they stand for.
    """
    if value is None:
        return
    known = sorted(set(known))
    if value in known:
        return
    aliases = aliases or {}
    if value.lower() in aliases:
        raise UsageError(f"no {what} {value!r}; did you mean {aliases[value.lower()]}?")
    candidates = set(known) | set(aliases)
    near = difflib.get_close_matches(value.lower(), [c.lower() for c in candidates], n=5, cutoff=0.6)
    by_lower = {c.lower(): aliases.get(c.lower(), c) for c in candidates}
    suggestions = list(dict.fromkeys(by_lower[n] for n in near))[:3]
    if suggestions:
        raise UsageError(f"no {what} {value!r} in this dataset; did you mean {', '.join(suggestions)}?")
    sample = ", ".join(known[:8]) + (" ..." if len(known) > 8 else "")
    raise UsageError(f"no {what} {value!r} in this dataset", hint=f"known: {sample}" if known else None)


def damaged(version, error: Exception) -> Exception:
    """``error``, or, when a file of ``version`` is damaged or missing, a DatasetError naming it.

    A query or plot that fails on a damaged table says which file and what to run, in one line.
    """
    from ..errors import DatasetError

    try:
        problems = version.verify()
    except Exception:  # noqa: BLE001 - a version too broken to verify: the original error says enough
        return error
    if not problems:
        return error
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return DatasetError(f"version {version.id} is damaged: {problems[0]}{more}", path=str(version.path),
                        hint=f"run 'timeline verify --dataset {version.path}' and rebuild it")
