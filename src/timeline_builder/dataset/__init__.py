"""The reading side: open a published dataset, verify, query, diff, export and plot it.

    from timeline_builder.dataset import open_dataset
    events = open_dataset("datasets/seed").version().table("events")
"""
from .reader import Dataset, Version, json_default, open_dataset

__all__ = ["Dataset", "Version", "json_default", "open_dataset"]
