"""Which pages get the native-posting presets (square, portrait, story, ...).

The ``og`` card serves every link preview (Facebook, LinkedIn, Mastodon, Bluesky, Slack and
X's large summary card), so every page gets it. The presets made for posting an image
natively are made only for what is being promoted: recent items, pinned articles, items
with a ``share:`` setting, the home page, pages listed in the configuration and pages asked
for with ``podium cards PATH...`` (kept in a requests file next to ``mkdocs.yml``).

"Recent" counts back from the newest published item, not from today, so the same content
always gives the same site.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from podium.core.hub import Hub

#: Made for every page that has cards; every other preset is for promoted pages only.
EVERY_PAGE = frozenset({"og"})
REQUESTS_FILE = "podium-cards.txt"


@dataclass(frozen=True)
class Promotion:
    """The ``promote`` options of ``podium/cards``."""

    every_page: bool = False
    recent_days: int = 30
    pinned: bool = True
    shared: bool = True
    pages: tuple[str, ...] = ()
    requested: frozenset[str] = frozenset()

    def wants(self, source: str) -> bool:
        """A page named in the configuration (glob) or in the requests file."""
        clean = source.replace("\\", "/")
        return clean in self.requested or any(fnmatch.fnmatch(clean, p) for p in self.pages)


def promoted_sources(hub: Hub, promotion: Promotion) -> frozenset[str]:
    """Docs sources of the articles and highlights that get every preset."""
    items = (*hub.articles, *hub.highlights)
    if promotion.every_page:
        return frozenset(item.source for item in items)
    newest = max((item.date for item in items), default=None)
    since = newest - timedelta(days=promotion.recent_days) if newest is not None else None
    chosen = set()
    for item in items:
        if (
            (since is not None and promotion.recent_days > 0 and item.date >= since)
            or (promotion.pinned and getattr(item, "pin", False))
            or (promotion.shared and bool(item.share))
            or promotion.wants(item.source)
        ):
            chosen.add(item.source)
    return frozenset(chosen)


def read_requests(path: Path) -> frozenset[str]:
    """Docs-relative sources listed in the requests file (one per line, ``#`` comments)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError):
        return frozenset()
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return frozenset(line.replace("\\", "/") for line in lines if line)


def requests_text(sources: Iterable[str]) -> str:
    header = (
        "# Pages that get every card preset (written by `podium cards PATH...`).\n"
        "# One docs-relative path per line; commit this file so CI builds make them too.\n"
    )
    return header + "".join(f"{source}\n" for source in sorted(set(sources)))
