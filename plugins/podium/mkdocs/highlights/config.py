"""Options of the `podium/highlights` plugin."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class HighlightsConfig(Config):
    enabled = c.Type(bool, default=True)
    """Switch the wall, the highlight pages and the pull-quote syntax off."""
    pagination_size = c.Type(int, default=12)
    """Highlights per wall page (without JavaScript; with it, filters see them all)."""
    latest_count = c.Type(int, default=4)
    """How many highlights the home page shows (`podium/highlights/latest.html`)."""
    on_articles = c.Type(bool, default=True)
    """List the highlights that point at an article below it."""
    pullquotes = c.Type(bool, default=True)
    """Enable the `/// pullquote` Markdown block (adds `podium.markdown.pullquote`)."""
