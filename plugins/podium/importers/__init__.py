"""Podium importers."""
