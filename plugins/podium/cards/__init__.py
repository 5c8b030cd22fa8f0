"""Podium cards."""
