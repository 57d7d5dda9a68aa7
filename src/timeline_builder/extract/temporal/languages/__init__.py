"""Temporal expressions in languages other than English, side by side.

Russian has a scanner of its own (``ru.py``); German, French and Spanish get absolute dates
from ``multilingual.py`` and relative ones from ``relative.py`` with per-language words.
"""
from __future__ import annotations
