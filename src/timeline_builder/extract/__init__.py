"""Extractors: one module per kind of thing found (temporal, actors, events), and a registry."""
