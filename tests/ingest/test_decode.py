"""Decoding: any bytes in, either text or a clear IngestError out."""
from __future__ import annotations

from hypothesis import given, strategies as st

from timeline_builder.errors import IngestError
from timeline_builder.ingest.decode import decode_text


@given(st.binary(max_size=500))
def test_any_bytes_decode_or_raise_ingest_error(data):
    try:
        text = decode_text(data, "x.txt")
    except IngestError as exc:
        assert exc.path == "x.txt" and exc.message
    else:
        assert isinstance(text, str)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=300))
def test_real_text_round_trips(text):
    assert decode_text(text.encode("utf-8"), "x.txt") == text
