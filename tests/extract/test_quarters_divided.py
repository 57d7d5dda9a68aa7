"""quarters._divided_before: the same answer as a search of the text cut at each start, without
re-scanning the text from its beginning at every "first half" or "last quarter"."""
from __future__ import annotations

import random

import pytest

from timeline_builder.extract.temporal import quarters

PIECES = [
    "The panel met.", "The rules for the first half of the debate are simple.", "In the second half, the panel asks.",
    "Output rose in the second half of the year.", "the last quarter of the game", "the first half of their fiscal year",
    "the third quarter of its financial report", "a final-quarter surge", "the first  half  of  the   year",
    "the fourth quarter of the 1990s", "the first half of a ye", "second\xa0half\xa0of\xa0those\xa0years",
    "the last half of an '89 season", "first-half of my", "Quarterly sales rose.", "the first half of the",
    "lastly, half of the money", "x.first half of our plans", "the final half of the fiscal   year's end",
]


def _texts() -> list[str]:
    chooser = random.Random(20261129)
    texts = [" ".join(PIECES), "".join(PIECES)]
    for _ in range(40):
        texts.append(" ".join(chooser.choice(PIECES) for _ in range(chooser.randint(1, 12))))
    texts.append("word " * 400 + "the first half of the debate " + "word " * 400)  # far apart: the window grows
    texts.append("a" * 2000 + " the last quarter of the match")  # one long run before the division
    return texts


@pytest.mark.parametrize("unit", ["half", "quarter"])
def test_divided_before_answers_as_the_search_of_the_cut_text_at_every_start(unit):
    pattern = quarters._HALF_OF_SOMETHING_ELSE if unit == "half" else quarters._QUARTER_OF_SOMETHING_ELSE
    seen = {True: 0, False: 0}
    for text in _texts():
        for start in range(len(text) + 1):
            expected = pattern.search(text, 0, start) is not None
            assert quarters._divided_before(text, unit, start) is expected, (text, start)
            seen[expected] += 1
    assert seen[True] and seen[False]  # both answers were asked for


def test_a_text_cut_inside_the_words_after_a_division_is_read_as_the_cut_search_reads_it():
    text = "Sales fell in the first half of the year and the second half of the debate."
    # the whole text's first division is "the second half of the debate"; cut inside "year", the
    # search sees "the first half of the ye", which is a division of something else
    cut = text.index("year") + 2
    assert quarters._divided_before(text, "half", cut) is True
    assert quarters._divided_before(text, "half", text.index("year") + 4) is False
    assert quarters._divided_before(text, "half", len(text)) is True
