"""Streamed JSON text is exactly json.dumps's, so streaming a manifest changes no byte."""
from __future__ import annotations

import json

from hypothesis import given, settings, strategies as st

from timeline_builder.publish.json_text import StreamedList, json_chunks

_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8)
_values = st.recursive(_scalars, lambda inner: st.lists(inner, max_size=4)
                       | st.dictionaries(st.text(max_size=5), inner, max_size=4), max_leaves=20)


def _streamed(value, every: bool):
    """``value`` with its lists (every one, or only those of dicts) as StreamedLists."""
    if isinstance(value, dict):
        return {key: _streamed(item, every) for key, item in value.items()}
    if isinstance(value, list):
        items = [_streamed(item, every) for item in value]
        return StreamedList(len(items), lambda: iter(items))
    return value


@settings(deadline=None)  # a loaded machine must not fail it
@given(_values, st.sampled_from([None, 2]))
def test_the_text_is_json_dumps(value, indent):
    expected = json.dumps(value, indent=indent, sort_keys=True, ensure_ascii=False)
    # StreamedLists are looked into only under dicts, so a list's plain items stay plain
    document = {"inputs": _streamed(value, True), "other": value}
    text = "".join(json_chunks(document, indent=indent))
    assert text == json.dumps({"inputs": value, "other": value}, indent=indent, sort_keys=True, ensure_ascii=False)
    assert "".join(json_chunks(value, indent=indent)) == expected


def test_a_streamed_list_is_read_again_each_time_and_mapped():
    reads = []

    def items():
        reads.append(1)
        return iter([{"b": 1, "a": "é"}, {"c": []}])
    listed = StreamedList(2, items)
    manifest = {"z": 1, "inputs": listed, "empty": StreamedList(0, tuple), "nested": {"more": listed.mapped(len)}}
    plain = {"z": 1, "inputs": [{"b": 1, "a": "é"}, {"c": []}], "empty": [], "nested": {"more": [2, 1]}}
    for indent in (None, 2):
        assert "".join(json_chunks(manifest, indent)) == json.dumps(plain, indent=indent, sort_keys=True,
                                                                    ensure_ascii=False)
    assert len(reads) == 4 and len(listed) == 2
