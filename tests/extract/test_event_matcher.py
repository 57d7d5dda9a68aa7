"""The alias matcher on the shared token array: which separators join an alias's words."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_builder.extract.events.matcher import _SPLIT_UNDERSCORE, AliasMatcher, _viable
from timeline_builder.extract.tokens import TokenArray
from timeline_builder.knowledge.events import KnownEvent


def _event(event_id: str, name: str, *aliases: str) -> KnownEvent:
    return KnownEvent(event_id, name, "war", None, None, None, aliases=aliases)


@pytest.fixture(scope="module")
def matcher():
    return AliasMatcher([_event("short-war", "Short War", "the Brief Conflict"),
                         _event("nap-pact", "NAP", "Non-Aggression Pact"),
                         _event("quiet-accord", '"quiet accord"')])


@pytest.mark.parametrize("text, found", [
    ("During the Short War trade stopped.", ["Short War"]),
    ("During the Short-War years trade stopped.", ["Short-War"]),
    ("the Short’s War", []),                       # a word in between
    ("the Short - War", []),                       # a gap of three characters never joins
    ("the Short_War", ["Short_War"]),              # an underscore separates like a space
    ("the Short. War", []),                        # a full stop breaks
    ("the Short\nWar", []),
    ("after the brief conflict ended", ["the brief conflict"]),
    ("after the brief - conflict", []),
    ("the NAP was signed", ["NAP"]),
    ("a nap after lunch", []),                     # capitals must be capitals
    ("two Non-Aggression Pacts", ["Non-Aggression Pacts"]),
    ("the Short War Memorial Fund", []),           # part of a longer name
    ("they called it a “quiet accord”.", ["quiet accord"]),
    ("a quiet accord", []),                        # a quoted alias needs quotes
])
def test_alias_matches(matcher, text, found):
    assert [text[m.start:m.end] for m in matcher.find(text)] == found


def test_matches_in_a_long_text_share_its_token_array(matcher):
    text = "Nothing happened here. " * 120 + "Then the Short War began."
    first = matcher.find(text)
    assert [text[m.start:m.end] for m in first] == ["Short War"]
    assert matcher.find(text) == first


def _starts_one_by_one(matcher, toks):
    """Where a match can start, token by token: the rule ``AliasMatcher._starts`` picks out by set lookups."""
    root = matcher._root.children
    return [k for k, w in enumerate(toks.lowered)
            if (w in root or (w.endswith("s") and len(w) > 3 and w[:-1] in root)) and _viable(root, toks, k)]


_WORDS = ["the", "The", "brief", "Brief", "briefs", "conflict", "conflicts", "short", "Short", "war", "wars", "NAP",
          "naps", "non", "aggression", "pact", "pacts", "quiet", "accord", "of", "Ⓐ", "İ", "1994", "“", "”"]
_SEPARATORS = [" ", " ", " ", "  ", "-", "'", ", ", ".", "\n", " - ", "_", ""]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPARATORS)), max_size=30))
def test_match_starts_are_the_viable_tokens(matcher, pieces):
    text = "".join(word + separator for word, separator in pieces)
    toks = TokenArray(text) if "_" not in text else TokenArray(text, _SPLIT_UNDERSCORE)
    assert matcher._starts(toks) == _starts_one_by_one(matcher, toks)
