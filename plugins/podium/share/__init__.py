"""Podium share."""
