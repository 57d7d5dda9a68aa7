"""Linking: events x actors -> roles, with the evidence span and how it was decided."""
