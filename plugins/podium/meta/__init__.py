"""Podium meta."""
