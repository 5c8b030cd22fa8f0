"""Podium: a thought-leadership hub generator (core library + MkDocs adapter)."""

__version__ = "0.1.0"
