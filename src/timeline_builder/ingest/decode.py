"""Bytes -> text: UTF-8 (a BOM is tolerated), UTF-16 and UTF-32 (by their byte-order mark, or
UTF-16 without one by its pattern of zero bytes), with a clear reason when it is not text."""
from __future__ import annotations

from ..errors import IngestError

_BOM = b"\xef\xbb\xbf"
# Control characters that never appear in real text (tab, newlines, form feed are fine).
_BINARY_BYTES = set(range(0, 9)) | {11} | set(range(14, 32)) - {27}
_BINARY_BYTES_TABLE = bytes(sorted(_BINARY_BYTES))  # for bytes.translate(delete=...): C speed


# Byte-order marks of the encodings besides UTF-8 that text editors write (UTF-32 first: its
# little-endian mark begins with UTF-16's).
_UNICODE_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
                 (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def _wide_encoding(data: bytes) -> str | None:
    """UTF-16 or UTF-32 by its byte-order mark; UTF-16 without one when nearly every second byte of
    the start is zero (Latin-script text), and the other half is not."""
    for bom, encoding in _UNICODE_BOMS:
        if data.startswith(bom):
            return encoding
    head = data[:8192]
    if len(head) < 4 or len(head) % 2:
        return None
    even, odd = head[0::2], head[1::2]
    for zeros, other, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.9 * len(zeros) and other.count(0) == 0:
            return encoding
    return None


def looks_binary(data: bytes) -> bool:
    """A NUL byte, or many control characters in the first 8 KB, means this is not text."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    if not head:
        return False
    controls = len(head) - len(head.translate(None, _BINARY_BYTES_TABLE))
    return controls / len(head) > 0.05


def decode_text(data: bytes, path: str) -> str:
    """Decode ``data`` as UTF-8 (or UTF-16/32, see :func:`_wide_encoding`) or raise IngestError
    saying where and why it is not text."""
    wide = _wide_encoding(data)
    if wide:
        try:
            text = data.decode(wide)
        except UnicodeDecodeError as exc:
            raise IngestError(f"not valid {wide.upper()} (at byte offset {exc.start})", path=path,
                              hint="re-encode the file as UTF-8") from None
        text = text.removeprefix("\ufeff")
        if looks_binary(text.encode("utf-8")):
            raise IngestError("not a text file (binary content)", path=path,
                              hint="remove it from the inputs or convert it to UTF-8 text")
        return text
    if looks_binary(data):
        raise IngestError("not a text file (binary content)", path=path,
                          hint="remove it from the inputs or convert it to UTF-8 text")
    if data.startswith(_BOM):
        data = data[len(_BOM):]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise IngestError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}, line {line})",
            path=path, hint="re-encode the file as UTF-8, e.g. iconv -f latin1 -t utf-8",
        ) from None
