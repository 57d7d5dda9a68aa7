"""The command line: a thin layer over the library. Only this package prints or exits.

Each command module defines ``register(subparsers)``, which adds its subparser(s) with a
``func`` handler taking the parsed arguments and returning an exit code. Exit codes: 0 ok,
1 data problems under ``--strict``, 2 usage or input errors (one line on stderr, never a
traceback).
"""
from __future__ import annotations

import argparse
import importlib
import sys

from .. import __version__
from ..errors import TimelineError

# Modules under this package, each owning a command or a family of them.
COMMAND_MODULES = (
    "build",
    "timexes",
    "evaluate",
    "show",
    "datasets",
    "knowledge",
)


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline",
        description="Turn articles into a versioned dataset of dated events and their actors.",
    )
    parser.add_argument("--version", action="version", version=f"timeline-builder {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the CLI with ``argv`` (default: sys.argv[1:]) and return the exit code."""
    parser = make_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits on --help and on usage errors
        return int(exc.code or 0)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except TimelineError as exc:
        print(f"timeline {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"timeline {args.command}: interrupted; nothing was published", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
