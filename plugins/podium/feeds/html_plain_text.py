"""Plain text of an HTML fragment for feed fields, through the core's one text pipeline
(:mod:`podium.core.plaintext`): untitled entries get their first words as a title (Atom
requires one), articles without a description get their excerpt as a summary."""

from __future__ import annotations

from podium.core.plaintext import html_to_plain, one_line
from podium.core.plaintext import shorten as _shorten


def html_to_text(fragment: str) -> str:
    """The visible text of ``fragment`` on one line, entities decoded once."""
    return one_line(html_to_plain(fragment))


def shorten(text: str, limit: int) -> str:
    """``text`` cut at a sentence or word to at most ``limit`` graphemes, with an ellipsis."""
    return one_line(_shorten(text, limit))
