"""The alias matcher on the shared token array: which separators join an alias's words."""
from __future__ import annotations

import pytest

from timeline_builder.extract.events.matcher import AliasMatcher
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
