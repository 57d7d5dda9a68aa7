"""Measuring extractors against gold annotations (TimeML for temporal expressions)."""
