"""The command line: a thin layer over the library. Only this package prints or exits.

Each command module defines ``register(subparsers)``, which adds its subparser(s) with a
``func`` handler taking the parsed arguments and returning an exit code. Exit codes: 0 ok,
1 data problems under ``--strict``, 2 usage or input errors (one line on stderr, never a
traceback).
"""
from __future__ import annotations

import argparse
import atexit
import gc
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

# Each command's module and one-line help, so that `timeline --help` (and any one command)
# imports only what it runs: pyarrow, DuckDB and matplotlib load in the commands that use
# them. A test checks this table against what the modules register.
COMMANDS = {
    "build": ("build", "build documents into a new dataset version"),
    "merge": ("merge", "merge datasets built apart into one version"),
    "timexes": ("timexes", "print the temporal expressions of one document"),
    "eval": ("evaluate", "measure an extractor against gold annotations"),
    "show": ("show", "print a dataset's events in date order"),
    "log": ("datasets", "list a dataset's versions, newest first"),
    "diff": ("datasets", "what changed between two versions"),
    "verify": ("datasets", "recompute every checksum of every version"),
    "query": ("datasets", "run SQL (DuckDB) over a version's tables"),
    "export": ("datasets", "write every table as CSV or JSON Lines"),
    "plot": ("datasets", "draw a timeline of the events"),
    "knowledge": ("knowledge", "import or check knowledge-base files"),
}


def make_parser(command: str | None = "*") -> argparse.ArgumentParser:
    """The command-line parser.

    ``command``: the command about to run; only its module is imported and the others get a
    one-line entry (enough for ``timeline --help``). ``"*"`` (the default) registers every
    command in full; None registers none in full.
    """
    parser = argparse.ArgumentParser(
        prog="timeline",
        description="Turn articles into a versioned dataset of dated events and their actors.",
    )
    parser.add_argument("--version", action="version", version=f"timeline-builder {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    if command == "*":
        modules = COMMAND_MODULES
    else:
        modules = (COMMANDS[command][0],) if command in COMMANDS else ()
    for name in modules:
        importlib.import_module(f"{__name__}.{name}").register(subparsers)
    for name, (_, summary) in COMMANDS.items():
        if name not in subparsers.choices:
            subparsers.add_parser(name, help=summary)
    # argparse lists commands in the order they were added: keep the table's order.
    subparsers._choices_actions.sort(key=lambda action: list(COMMANDS).index(action.dest)
                                     if action.dest in COMMANDS else len(COMMANDS))
    return parser


def _command_in(argv: list[str]) -> str | None:
    """The command ``argv`` names (its first word that is not an option), if any."""
    for word in argv:
        if not word.startswith("-"):
            return word
        if word == "--":
            return None
    return None


def main(argv: list[str] | None = None) -> int:
    """Run the CLI with ``argv`` (default: sys.argv[1:]) and return the exit code."""
    _no_collection_at_exit()
    with _sigterm_as_exception():  # from the start: importing the commands takes a while
        try:
            return _main(argv)
        except Terminated:
            print("timeline: terminated (SIGTERM)", file=sys.stderr)
            return 128 + signal.SIGTERM


def _no_collection_at_exit() -> None:
    """At exit, before the interpreter's last garbage collections, move what is alive out of the
    collector's reach (gc.freeze): whatever a command leaves (a build's knowledge and pipeline:
    ~100,000 tracked objects) is freed by the interpreter's teardown and the operating system
    anyway, and the collections only walked it, 0.1-0.3 CPU-s a build. Files and connections are
    closed by the commands themselves, never left to the collector; atexit runs it only once
    the process is ending, so a test calling main() many times keeps its collector."""
    global _exit_freeze_registered
    if not _exit_freeze_registered:
        atexit.register(gc.freeze)
        _exit_freeze_registered = True


_exit_freeze_registered = False


def _main(argv: list[str] | None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = make_parser(_command_in(argv))
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
