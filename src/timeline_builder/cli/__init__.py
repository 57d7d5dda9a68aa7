"""The command line: a thin layer over the library. Only this package prints or exits.

Each command module defines ``register(subparsers)``, which adds its subparser(s) with a
``func`` handler taking the parsed arguments and returning an exit code. Exit codes: 0 ok,
1 data problems under ``--strict``, 2 usage or input errors (one line on stderr, never a
traceback).
"""
from __future__ import annotations

import argparse
import importlib
import os
import signal
import sys
from contextlib import contextmanager
from typing import Iterator

from .. import __version__
from ..errors import TimelineError

# Modules under this package, each owning a command or a family of them.
COMMAND_MODULES = (
    "build",
    "merge",
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
        with _sigterm_as_exception():
            return int(args.func(args) or 0)
    except TimelineError as exc:
        print(f"timeline {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"timeline {args.command}: interrupted; nothing was published", file=sys.stderr)
        return 130
    except Terminated:
        print(f"timeline {args.command}: terminated (SIGTERM); nothing was published", file=sys.stderr)
        return 128 + signal.SIGTERM
    except BrokenPipeError:
        return 0


class Terminated(BaseException):
    """SIGTERM arrived: unwinds like Ctrl-C (staging folders removed, latest untouched)."""


@contextmanager
def _sigterm_as_exception() -> Iterator[None]:
    """Turn SIGTERM into :class:`Terminated` in this process while a command runs, so it ends with
    a message and cleans up like Ctrl-C. Worker processes forked meanwhile keep the default."""
    main_pid = os.getpid()

    def handler(signum, frame):
        if os.getpid() != main_pid:  # a forked worker: die as the signal says
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGTERM)
            return
        raise Terminated

    try:
        previous = signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread (e.g. the CLI called from a thread): leave it as it is
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
