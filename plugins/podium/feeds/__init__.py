"""Podium feeds: RSS 2.0 and Atom 1.0 (feedgen, with its bugs fixed) and JSON Feed 1.1.

A plain library: give it a ``FeedSpec`` and ``FeedItem``s, get three byte strings and
the list of what it had to fix. It does not import MkDocs; ``podium.mkdocs.feeds`` is the
adapter that turns a site's hub into specs and items.
"""

from __future__ import annotations

from collections.abc import Iterable

from podium.feeds.feed_types import (
    FeedAuthor,
    FeedError,
    FeedImage,
    FeedItem,
    FeedSpec,
    FeedWarning,
    RenderedFeed,
)
from podium.feeds.json_feed import render_json_feed
from podium.feeds.prepare import prepare_feed
from podium.feeds.xml_feeds import render_atom, render_rss

__all__ = [
    "FeedAuthor",
    "FeedError",
    "FeedImage",
    "FeedItem",
    "FeedSpec",
    "FeedWarning",
    "RenderedFeed",
    "render_feed",
]


def render_feed(spec: FeedSpec, items: Iterable[FeedItem]) -> RenderedFeed:
    """Build RSS, Atom and JSON Feed for ``spec`` from ``items`` (any order).

    Raises ``FeedError`` for a spec that cannot make a valid feed (relative URLs, no
    title); items that cannot be used are left out and reported in ``warnings``.
    """
    prepared = prepare_feed(spec, tuple(items))
    return RenderedFeed(
        rss=render_rss(prepared),
        atom=render_atom(prepared),
        json=render_json_feed(prepared),
        warnings=prepared.warnings,
    )
