"""timeline-builder: articles in, a versioned dataset of dated events and their actors out."""

__version__ = "0.1.0"
