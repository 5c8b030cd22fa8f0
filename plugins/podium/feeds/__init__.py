"""Podium feeds."""
