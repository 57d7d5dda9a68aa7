"""An append-only file of checksummed cache entries in a data format (msgpack), never pickle.

A dataset folder may come from anyone, its cache included, so what is read back from it is
data that cannot run code, and is checked before it is trusted:

- each entry is ``ENTRY_MARK, key length, payload length, SHA-256 of key and payload``, then
  the key and the msgpack payload; an entry whose checksum fails is reported (once per
  build, by :class:`EntryLog`'s ``damaged`` count) and recomputed;
- entries are appended and flushed as documents finish, so a build that is killed keeps what
  it finished and a rerun does only the rest; a torn last entry is cut off;
- no path is read, written or deleted through a symbolic link below the dataset folder
  (:func:`inside_without_links`), and files are opened with ``O_NOFOLLOW``.

Values are msgpack with tuples for arrays and an extension type for dates; anything else
is refused when writing (the entry is simply not cached).
"""
from __future__ import annotations

import hashlib
import os
import stat
import struct
from datetime import date
from pathlib import Path
from typing import Any

import msgpack

FILE_MARK = b"timeline-builder-cache/5\n"
ENTRY_MARK = b"TBE1"
_HEADER = struct.Struct("<4sII32s")
_DATE = 1  # msgpack extension code: a date as its ISO text
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def pack(value: Any) -> bytes:
    """``value`` (tuples, lists, str, bytes, numbers, None, dates) as msgpack bytes."""
    return msgpack.packb(value, default=_encode, use_bin_type=True)


def unpack(data: bytes) -> Any:
    """The value of :func:`pack` bytes (arrays come back as tuples)."""
    return msgpack.unpackb(data, ext_hook=_decode, use_list=False, raw=False, strict_map_key=False)


def _encode(value: Any) -> msgpack.ExtType:
    if type(value) is date:
        return msgpack.ExtType(_DATE, value.isoformat().encode("ascii"))
    raise TypeError(f"cannot cache a value of type {type(value).__name__}")


def _decode(code: int, data: bytes) -> Any:
    if code == _DATE:
        return date.fromisoformat(data.decode("ascii"))
    raise ValueError(f"unknown extension type {code} in a cache entry")


def inside_without_links(base: Path, path: Path) -> bool:
    """Whether ``path`` lies below ``base`` with no symbolic link on the way (parts not yet made count as fine)."""
    try:
        parts = Path(os.path.abspath(path)).relative_to(os.path.abspath(base)).parts
    except ValueError:
        return False
    current = Path(base)
    for part in parts:
        if part in ("", ".", ".."):
            return False
        current = current / part
        try:
            mode = os.lstat(current).st_mode
        except FileNotFoundError:
            return True
        except OSError:
            return False
        if stat.S_ISLNK(mode):
            return False
    return True


class EntryLog:
    """The entries of one namespace in ``path``: an index in memory, payloads read on demand.

    ``base``: the dataset folder, which no path used here may leave through a link.
    """

    def __init__(self, base: Path, path: Path):
        self.base = Path(base)
        self.path = Path(path)
        self.damaged = 0
        self._index: dict[str, tuple[int, int, bytes]] | None = None  # key -> (offset, length, digest)
        self._good_end = 0
        self._reader = None
        self._writer = None
        self._used: set[str] = set()

    def __contains__(self, key: str) -> bool:
        return key in self._entries()

    def __len__(self) -> int:
        return len(self._entries())

    def get(self, key: str) -> Any | None:
        """The value stored under ``key``, or None when absent, damaged or unreadable."""
        where = self._entries().get(key)
        if where is None:
            return None
        offset, length, digest = where
        try:
            if self._reader is None:
                self._reader = self._open(os.O_RDONLY, "rb")
            self._reader.seek(offset)
            payload = self._reader.read(length)
            if len(payload) != length or hashlib.sha256(key.encode() + payload).digest() != digest:
                raise ValueError("checksum")
            value = unpack(payload)
        except Exception:  # noqa: BLE001 - a damaged entry is recomputed, never trusted
            self.damaged += 1
            del self._index[key]
            return None
        self._used.add(key)
        return value

    def put(self, key: str, value: Any) -> None:
        """Append ``value`` under ``key`` and flush it (a killed build keeps it)."""
        try:
            payload = pack(value)
        except (TypeError, ValueError, OverflowError):
            return  # a value the format cannot hold is just not cached
        entries = self._entries()
        key_bytes = key.encode()
        digest = hashlib.sha256(key_bytes + payload).digest()
        try:
            if self._writer is None:
                self._writer = self._open_for_append()
            start = self._writer.tell()
            self._writer.write(_HEADER.pack(ENTRY_MARK, len(key_bytes), len(payload), digest) + key_bytes + payload)
            self._writer.flush()
        except OSError:
            self._close_writer()
            return  # a read-only or full disk only costs time
        entries[key] = (start + _HEADER.size + len(key_bytes), len(payload), digest)
        self._good_end = start + _HEADER.size + len(key_bytes) + len(payload)
        self._used.add(key)

    def finish(self, drop_unused: bool = True) -> None:
        """Close the files; with ``drop_unused``, rewrite the file without the entries this build did not use."""
        self._close_writer()
        entries = self._entries()
        stale = [k for k in entries if k not in self._used]
        if drop_unused and stale:
            self._rewrite([k for k in entries if k in self._used])
        if self._reader is not None:
            self._reader.close()
            self._reader = None

    def _rewrite(self, keys: list[str]) -> None:
        temporary = self.path.with_name(f".{self.path.name}.tmp-{os.getpid()}")
        if not inside_without_links(self.base, temporary):
            return
        try:
            if self._reader is None:
                self._reader = self._open(os.O_RDONLY, "rb")
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _NOFOLLOW, 0o644)
            index = {}
            with os.fdopen(fd, "wb") as out:
                out.write(FILE_MARK)
                for key in keys:
                    offset, length, digest = self._index[key]
                    self._reader.seek(offset)
                    payload = self._reader.read(length)
                    key_bytes = key.encode()
                    if len(payload) != length or hashlib.sha256(key_bytes + payload).digest() != digest:
                        self.damaged += 1
                        continue
                    out.write(_HEADER.pack(ENTRY_MARK, len(key_bytes), length, digest) + key_bytes)
                    index[key] = (out.tell(), length, digest)
                    out.write(payload)
            self._reader.close()
            self._reader = None
            os.replace(temporary, self.path)
            self._index = index
        except OSError:
            try:
                os.unlink(temporary)
            except OSError:
                pass

    def _entries(self) -> dict[str, tuple[int, int, bytes]]:
        if self._index is None:
            self._index = {}
            try:
                with self._open(os.O_RDONLY, "rb") as handle:
                    self._scan(handle)
            except (OSError, ValueError):
                pass  # absent, or not a cache file: start empty
        return self._index

    def _scan(self, handle) -> None:
        """Index the entries; stop at the first torn or unrecognisable one (a killed build's last write)."""
        if handle.read(len(FILE_MARK)) != FILE_MARK:
            return
        size = os.fstat(handle.fileno()).st_size
        position = len(FILE_MARK)
        self._good_end = position
        while position + _HEADER.size <= size:
            mark, key_length, length, digest = _HEADER.unpack(handle.read(_HEADER.size))
            end = position + _HEADER.size + key_length + length
            if mark != ENTRY_MARK or end > size:
                break
            try:
                key = handle.read(key_length).decode()
            except UnicodeDecodeError:
                break
            self._index[key] = (position + _HEADER.size + key_length, length, digest)
            handle.seek(end)
            position = self._good_end = end
        if position < size:
            self.damaged += 1  # a torn tail: cut off before the next append

    def _open(self, flags: int, mode: str):
        if not inside_without_links(self.base, self.path):
            raise OSError(f"{self.path} leaves the dataset folder through a symbolic link")
        return os.fdopen(os.open(self.path, flags | _NOFOLLOW), mode)

    def _open_for_append(self):
        entries = self._entries()
        if not inside_without_links(self.base, self.path):
            raise OSError("symbolic link in the cache path")
        _make_folders(self.base, self.path.parent)
        handle = os.fdopen(os.open(self.path, os.O_RDWR | os.O_CREAT | _NOFOLLOW, 0o644), "r+b")
        size = os.fstat(handle.fileno()).st_size
        if size == 0 or not entries and self._good_end == 0:
            handle.truncate(0)
            handle.write(FILE_MARK)
            self._good_end = len(FILE_MARK)
        elif size > self._good_end:
            handle.truncate(self._good_end)
        handle.seek(self._good_end)
        return handle

    def _close_writer(self) -> None:
        if self._writer is not None:
            try:
                self._writer.close()
            except OSError:
                pass
            self._writer = None


def _make_folders(base: Path, folder: Path) -> None:
    """Create ``folder`` below ``base``, refusing to go through a symbolic link."""
    if not inside_without_links(base, folder):
        raise OSError("symbolic link in the cache path")
    folder.mkdir(parents=True, exist_ok=True)
    if not inside_without_links(base, folder):
        raise OSError("symbolic link in the cache path")
