"""Podium core."""
