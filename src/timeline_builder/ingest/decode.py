"""Bytes -> text: UTF-8 (a BOM is tolerated), with a clear reason when it is not text."""
from __future__ import annotations

from ..errors import IngestError

_BOM = b"\xef\xbb\xbf"
# Control characters that never appear in real text (tab, newlines, form feed are fine).
_BINARY_BYTES = set(range(0, 9)) | {11} | set(range(14, 32)) - {27}
_BINARY_BYTES_TABLE = bytes(sorted(_BINARY_BYTES))  # for bytes.translate(delete=...): C speed


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
    """Decode ``data`` as UTF-8 or raise IngestError saying where and why it is not."""
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
