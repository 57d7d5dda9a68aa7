"""The dataset's write lock, through filelock: the same on Linux, macOS and Windows.

A second build of the same dataset waits for the first, then fails with a clear message.
(``fcntl`` exists only on POSIX: importing it at module level made every command, even
``--help``, fail on Windows.)
"""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from filelock import FileLock, Timeout

from ..errors import PublishError

LOCK = ".lock"


@contextmanager
def dataset_lock(dataset: Path, wait_seconds: float = 60.0) -> Iterator[None]:
    """Hold the dataset's write lock; wait up to ``wait_seconds`` for another build to finish."""
    dataset = Path(dataset)
    try:
        dataset.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _unwritable(dataset, exc) from None
    # thread_local=False and is_singleton=False: a second lock object, even in this process,
    # is another build and must wait.
    lock = FileLock(dataset / LOCK, thread_local=False, is_singleton=False)
    try:
        lock.acquire(timeout=max(wait_seconds, 0), poll_interval=0.2)
    except Timeout:
        raise PublishError("another build is writing to this dataset", path=str(dataset),
                           hint=f"waited {wait_seconds:.0f} s; wait for it to finish or pass --wait SECONDS") from None
    except OSError as exc:
        raise _unwritable(dataset, exc) from None
    try:
        yield
    finally:
        lock.release()


def _unwritable(dataset: Path, exc: OSError) -> PublishError:
    return PublishError(f"cannot write to the dataset folder: {exc.strerror or exc}", path=str(dataset),
                        hint="choose a writable folder with --dataset")
