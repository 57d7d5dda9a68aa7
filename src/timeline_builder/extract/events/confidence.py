"""Confidence that means something: each event's evidence, mapped to the share of such events
that were right on the development gold (seed + dev, measured by benchmarks/calibrate_events.py).

A finder gives every candidate a raw score for its kind of evidence (an alias of a known event,
a term named by its holder, a dated clause with a trigger ...); a text event's raw score adds
up what its clause holds (an interaction trigger, a participant, a precise date).
``calibrated`` maps raw scores to measured precision, bin by bin, so that among events with
confidence >= c about that share are right. The table and how it was measured are in
docs/events.md.
"""
from __future__ import annotations

import bisect

# (lowest raw score of the bin, calibrated confidence): measured precision of the events whose raw
# score falls in the bin on the development gold (see docs/events.md for counts).
# Set from `python benchmarks/calibrate_events.py --raw` (seed + dev, 141 events, 133 right).
CALIBRATION: tuple[tuple[float, float], ...] = (
    (0.00, 0.41),
    (0.40, 0.53),
    (0.45, 0.54),
    (0.50, 0.77),
    (0.65, 0.83),
    (0.75, 0.88),
    (0.85, 0.91),
)
_LOWS = [low for low, _ in CALIBRATION]


def text_event_score(desc, granularity: str | None, date_basis: str) -> float:
    """The raw score of an event found in a dated clause, from what the clause holds."""
    score = 0.40
    if desc.event_type:
        score += 0.15  # a trigger naming an interaction PLOVER codes (signed, invaded, met ...)
    if desc.agent is not None or desc.target is not None or desc.roles:
        score += 0.10  # someone acting or acted upon
    if granularity in ("day", "month"):
        score += 0.10  # "on 12 October", "in May 1989": a happening, rarely a period
    if date_basis == "context":
        score -= 0.05  # dated against the dct ("last year"): one more step to go wrong
    return round(score, 3)


def calibrated(cand) -> float:
    """The candidate's raw score mapped through the calibration table."""
    raw = cand.confidence
    if len(CALIBRATION) < 2:
        return raw
    return CALIBRATION[bisect.bisect_right(_LOWS, raw) - 1][1]
