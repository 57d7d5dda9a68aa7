"""The build's work folder (``DATASET/.work/build-<pid>-...``): where the part files wait until
the merge. Kept apart from :mod:`parts` (which needs pyarrow) so that a build can make its
folder before it imports pyarrow."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from .entry_log import inside_without_links

WORK = ".work"
_PREFIX = "build-"


def work_folder(dataset: Path | None) -> Path:
    """A new, empty work folder for this build: under ``dataset/.work`` (after removing what dead
    builds left there), or in the system's temporary folder when there is no dataset, it cannot be
    written, or its work folder would be reached through a symbolic link."""
    if dataset is not None:
        root = Path(dataset) / WORK
        try:
            if inside_without_links(Path(dataset), root / f"{_PREFIX}{os.getpid()}"):
                root.mkdir(parents=True, exist_ok=True)
                _remove_dead(root)
                return Path(tempfile.mkdtemp(prefix=f"{_PREFIX}{os.getpid()}-", dir=root))
        except OSError:
            pass  # an unwritable dataset: publishing will say so clearly
    return Path(tempfile.mkdtemp(prefix="timeline-build-"))


def remove_work_folder(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    parent = folder.parent
    if parent.name == WORK:
        try:
            parent.rmdir()  # only when no other build is using it
        except OSError:
            pass


def _remove_dead(root: Path) -> None:
    """Work folders of builds whose process is gone (killed, or the machine restarted)."""
    for path in root.iterdir():
        if not path.name.startswith(_PREFIX) or path.is_symlink():
            continue
        pid = path.name[len(_PREFIX):].split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(path, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True
