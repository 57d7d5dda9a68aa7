"""Confidence: raw evidence scores, mapped through the calibration table measured on the gold."""
from __future__ import annotations

from types import SimpleNamespace

from timeline_builder.extract.events.confidence import CALIBRATION, calibrated, text_event_score


def test_the_calibration_table_is_ordered_and_never_decreases():
    lows = [low for low, _ in CALIBRATION]
    values = [value for _, value in CALIBRATION]
    assert lows == sorted(lows) and lows[0] == 0.0
    assert values == sorted(values) and all(0.0 <= v <= 1.0 for v in values)


def test_more_evidence_never_lowers_a_text_events_score():
    bare = SimpleNamespace(event_type=None, agent=None, target=None, roles=[])
    typed = SimpleNamespace(event_type="AGREE", agent=None, target=None, roles=[])
    full = SimpleNamespace(event_type="AGREE", agent=object(), target=None, roles=[("x", "agent", (0, 1))])
    scores = [text_event_score(d, "year", "text") for d in (bare, typed, full)]
    assert scores == sorted(scores) and len(set(scores)) == 3
    assert text_event_score(full, "day", "text") > text_event_score(full, "year", "text")
    assert text_event_score(full, "year", "context") < text_event_score(full, "year", "text")


def test_calibrated_maps_raw_scores_by_bin():
    for low, value in CALIBRATION:
        assert calibrated(SimpleNamespace(confidence=low)) == value
    assert calibrated(SimpleNamespace(confidence=1.0)) == CALIBRATION[-1][1]
