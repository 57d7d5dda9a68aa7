"""Decoding: any bytes in, either text or a clear IngestError out."""
from __future__ import annotations

from hypothesis import assume, example, given, strategies as st

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
    # A U+FEFF opening the bytes is UTF-8's byte-order mark, a signature the decoder drops (the test
    # below): text that starts with it does not round-trip, by design.
    assume(not text.startswith("\ufeff"))
    assert decode_text(text.encode("utf-8"), "x.txt") == text


@example("")
@example("\ufeff")
@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=100))
def test_a_utf8_byte_order_mark_is_dropped_and_the_rest_kept(text):
    assert decode_text(b"\xef\xbb\xbf" + text.encode("utf-8"), "x.txt") == text
