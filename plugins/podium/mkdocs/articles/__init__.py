"""Podium mkdocs articles."""
