"""Build progress: a width-aware bar on a terminal (tqdm), a periodic one-line log elsewhere.

Batch jobs and CI logs get a line every ``interval`` seconds (and one at the end) instead
of carriage-return redraws that pile up in a log file.
"""
from __future__ import annotations

import sys
import time
from typing import Callable, TextIO

Progress = Callable[[int, int, int], None]  # (documents done, inputs total, chars done)
LOG_INTERVAL = 10.0


class TerminalProgress:
    """A tqdm bar that follows the terminal's width as it changes."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.bar = None
        self.started = time.monotonic()

    def __call__(self, done: int, total: int, chars: int) -> None:
        from tqdm import tqdm
        if self.bar is None:
            self.bar = tqdm(total=total, unit="doc", file=self.stream, dynamic_ncols=True, mininterval=0.2,
                            desc="build")
        if self.bar.total is not None and done > self.bar.total:
            self.bar.total = None  # a collection holds more documents than there are files: no percentage
        elapsed = max(time.monotonic() - self.started, 1e-9)
        self.bar.set_postfix_str(f"{chars / elapsed / 1e3:.0f} KB/s", refresh=False)
        self.bar.update(done - self.bar.n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


class LogProgress:
    """One line every ``interval`` seconds: documents done, rate, time left."""

    def __init__(self, stream: TextIO, interval: float = LOG_INTERVAL, clock: Callable[[], float] = time.monotonic):
        self.stream = stream
        self.interval = interval
        self.clock = clock
        self.started = clock()
        self.last_line = self.started
        self.state: tuple[int, int, int] | None = None

    def __call__(self, done: int, total: int, chars: int) -> None:
        self.state = (done, total, chars)
        if self.clock() - self.last_line >= self.interval:
            self._line()

    def close(self) -> None:
        if self.state:
            self._line(final=True)

    def _line(self, final: bool = False) -> None:
        done, total, chars = self.state
        now = self.clock()
        self.last_line = now
        elapsed = max(now - self.started, 1e-9)
        rate = done / elapsed
        if final:
            share = f"done, {done:,} documents"
        elif total and done <= total:
            share = f"{done:,}/{total:,} documents ({100 * done / total:.0f}%)"
        else:
            share = f"{done:,} documents"
        left = f", about {(total - done) / rate:.0f} s left" if rate and total and 0.01 * total <= done < total and not final else ""
        print(f"build: {share}, {rate:.1f} docs/s, {chars / elapsed / 1e3:.0f} KB/s, {elapsed:.0f} s{left}",
              file=self.stream, flush=True)


def make_progress(stream: TextIO = sys.stderr, quiet: bool = False, interval: float = LOG_INTERVAL):
    """The progress reporter for ``stream``: None when quiet, a bar on a terminal, a log otherwise."""
    if quiet:
        return None
    return TerminalProgress(stream) if stream.isatty() else LogProgress(stream, interval)
