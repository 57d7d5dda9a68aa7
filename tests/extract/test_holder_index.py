"""`_holder_of` ("When home secretary, he ordered ...": which of the people named last held the
office) walks back from the pronoun over the mentions that start by it when their starts are known,
instead of copying every person mention of the document: the same answer as the full scan."""
from __future__ import annotations

import re
from datetime import date

import pytest

from timeline_builder.extract.events.tenures import _holder_of, _sorted_starts
from timeline_builder.records import ActorMention, ActorRole

TEXT = ("Mara Vell met Otto Brandt in Lisbon, and Brandt spoke first. Later Ida Sorel joined them; "
        "Sorel and Vell argued with Pia Nunes, Teo Alm and Rui Kast until noon. When treasury minister, "
        "he cut the budget. As fisheries commissioner she signed the quota. Brandt, Alm and Kast left; "
        "when interior minister he closed the border. Then Nunes spoke, and as mayor of the port she "
        "opened the docks.")
NAMES = {"Mara Vell": "mara-vell", "Vell": "mara-vell", "Mara": "mara-vell", "Otto": "otto-brandt", "Otto Brandt": "otto-brandt", "Brandt": "otto-brandt",
         "Ida Sorel": "ida-sorel", "Sorel": "ida-sorel", "Pia Nunes": "pia-nunes", "Nunes": "pia-nunes",
         "Teo Alm": "teo-alm", "Alm": "teo-alm", "Rui Kast": "rui-kast", "Kast": "rui-kast"}
ROLES = {
    "otto-brandt": [ActorRole("otto-brandt", "treasury minister", None, date(1990, 1, 1), date(1994, 1, 1))],
    "ida-sorel": [ActorRole("ida-sorel", "fisheries commissioner", None, date(2001, 5, 1), date(2004, 5, 1))],
    "teo-alm": [ActorRole("teo-alm", "interior minister", None, date(1998, 2, 1), date(2002, 2, 1))],
    "mara-vell": [ActorRole("mara-vell", "mayor", None, date(1985, 1, 1), None)],
}


def _mentions() -> list[ActorMention]:
    """Every name, the long form and the short form inside it both (mentions nested in another, as an
    actor stage may give them: their ends are not in the order of their starts)."""
    found = [ActorMention(actor, "d", m.start(), m.end(), m.group())
             for name, actor in NAMES.items() for m in re.finditer(rf"\b{name}\b", TEXT)]
    return sorted(found, key=lambda m: (m.char_start, -m.char_end))


def _roles_of(actor: str):
    return ROLES.get(actor, [])


PIECES = ["treasury minister", "fisheries commissioner", "interior minister", "mayor of the port", "ambassador"]


@pytest.mark.parametrize("piece", PIECES)
def test_the_walk_from_the_pronoun_answers_as_the_full_scan(piece):
    people = _mentions()
    starts = _sorted_starts(people)
    assert starts is not None
    assert any(a.char_end > b.char_end for a, b in zip(people, people[1:]))  # ends out of order: covered
    pronouns = [m.start() for m in re.finditer(r"\b(?:he|she)\b", TEXT)] + [0, len(TEXT)]
    pronouns += [m.char_start for m in people] + [m.char_end for m in people] + [m.char_end - 1 for m in people]
    for at in sorted(set(pronouns)):
        for said in ("pia-nunes", "rui-kast", "otto-brandt"):
            old = _holder_of(said, at, people, [piece], _roles_of, frozenset())
            new = _holder_of(said, at, people, [piece], _roles_of, frozenset(), starts)
            assert new == old, (piece, at, said, old, new)


def test_the_holder_found_is_the_one_who_held_the_office():
    people = _mentions()
    starts = _sorted_starts(people)
    at = TEXT.index("he cut")
    assert _holder_of("rui-kast", at, people, ["treasury minister"], _roles_of, frozenset(), starts) == "otto-brandt"
    # more than six people named since: Brandt is out of reach at the last pronoun
    last = TEXT.index("she opened")
    assert _holder_of("pia-nunes", last, people, ["mayor of the port"], _roles_of, frozenset(), starts) == "mara-vell"
    assert _holder_of("pia-nunes", last, people, ["ambassador"], _roles_of, frozenset(), starts) == "pia-nunes"


def test_a_date_between_two_offsets_is_found_by_bisection_as_by_a_scan():
    from timeline_builder.extract.events.tenures import _any_in
    starts = sorted([3, 3, 10, 25, 40, 41, 90])
    for lo in range(-2, 95):
        for hi in range(lo - 3, 96):
            assert _any_in(starts, lo, hi) == any(lo <= s < hi for s in starts), (lo, hi)
    assert not _any_in([], 0, 10)
