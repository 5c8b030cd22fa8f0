"""Podium mkdocs."""
