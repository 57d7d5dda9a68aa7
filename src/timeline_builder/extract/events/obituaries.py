"""Tributes in a story reporting a death: others' words about the dead are "X's Tribute to Y"."""
from __future__ import annotations

import re

from .describe import Named, named_within

# A story reporting a death: its first sentence (the headline or the lead) says someone died.
_DEATH_NEWS = re.compile(r"\b(?:dies|died|has died|have died|passed away|has passed away|is dead|death of)\b",
                         re.IGNORECASE)
_REFERS_BACK = re.compile(r"\b(?:him|his|her|hers|the former|the late)\b", re.IGNORECASE)


def obituary_subject(text: str, first_sentences: list[tuple[int, int]], people: list[Named]) -> Named | None:
    """The person whose death the story reports: named in a first sentence that says someone died
    ("Former minister Jane Doe dies aged 88")."""
    for start, end in first_sentences:
        if _DEATH_NEWS.search(text, start, end):
            named = named_within(people, start, end)
            if named:
                return named[0]
    return None


def tribute_name(speaker: str, deceased: str) -> str:
    """What a story reporting a death calls another's words about the dead: "X's Tribute to Y"."""
    return f"{speaker}'s Tribute to {deceased}"


def is_tribute(text: str, sentence: tuple[int, int], speaker: str, deceased: Named, named: list[Named]) -> bool:
    """Whether a statement in a death story is about the dead: said by someone else, in a sentence
    that names the dead or refers back to them ("called him a giant", "the former PM")."""
    if speaker == deceased.actor_id:
        return False
    if any(n.actor_id == deceased.actor_id for n in named_within(named, sentence[0], sentence[1])):
        return True
    if _REFERS_BACK.search(text, sentence[0], sentence[1]):
        return True
    # A quoted "he"/"she" is someone other than the one quoted ("... said: 'he was the heart of the party'").
    return any(c in text[sentence[0]:sentence[1]] for c in "\"“") and \
        re.search(r"\b(?:he|she)\b", text[sentence[0]:sentence[1]], re.IGNORECASE) is not None
