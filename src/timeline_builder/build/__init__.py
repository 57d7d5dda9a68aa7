"""The build: plan the inputs, map each document through the extractors, merge, publish.

`pipeline` runs the map (one document at a time, a pure function of the document and the
knowledge), `rows` turns each document's records into table rows, and the caches memoise
the map step so a rebuild re-extracts only what changed. Publishing lives in `publish/`.
"""
from .pipeline import BuildOptions, BuildResult, Pipeline, build

__all__ = ["BuildOptions", "BuildResult", "Pipeline", "build"]
