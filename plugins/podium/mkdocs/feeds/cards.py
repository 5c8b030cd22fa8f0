"""The preview image of a feed item: the share card when ``podium/cards`` has one, else the
entry's own ``image`` (front matter).

``podium/cards`` publishes its cards through ``cards_for(page_url)`` (site-relative URL, as
in the hub) → ``{preset: CardInfo(url, path, width, height, mime, alt, ...)}``; feeds use
the ``og`` card (1200×630, what Open Graph consumers read too), else the ``x`` card. The
card's byte size comes from the file the cards plugin added to the build (``size_of``).
Anything missing degrades to the entry's own image, never to a broken feed.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from podium.cards.inspect import ImageProblem, image_size
from podium.core.hub import Hub
from podium.feeds import FeedImage
from podium.feeds.hubfeeds import Entry, site_url_of

#: Card presets feed readers get, in order of preference.
CARD_PRESETS = ("og", "x")

SizeOf = Callable[[str], int | None]


def card_image(cards: Any, entry: Entry, hub: Hub, size_of: SizeOf) -> FeedImage | None:
    """The entry's share card from the ``podium/cards`` plugin, if it has one."""
    cards_for = getattr(cards, "cards_for", None)
    if not callable(cards_for):
        return None
    by_preset = cards_for(entry.url) or {}
    card = next((by_preset[p] for p in CARD_PRESETS if p in by_preset), None)
    url = getattr(card, "url", None)
    if not isinstance(url, str) or not url:
        return None
    width, height = getattr(card, "width", None), getattr(card, "height", None)
    path = getattr(card, "path", None)
    return FeedImage(
        url=site_url_of(hub, url),
        mime_type=str(getattr(card, "mime", "") or ""),
        width=width if isinstance(width, int) else None,
        height=height if isinstance(height, int) else None,
        length=size_of(path) if isinstance(path, str) else None,
        alt=str(getattr(card, "alt", "") or ""),
    )


def local_image(image: str, source: str, docs_dir: Path, hub: Hub) -> FeedImage:
    """An entry's ``image``: an absolute URL as is, else a file under ``docs_dir``.

    Paths are relative to ``docs_dir`` (``assets/images/x.jpg``, as in the demo), else to
    the entry's folder. A local file gives the enclosure its byte length and the media
    tags their width and height (Pillow reads only the header).
    """
    if "://" in image:
        return FeedImage(url=image)
    relative = image.lstrip("/")
    candidates = [docs_dir / relative]
    if not image.startswith("/"):
        candidates.append(docs_dir / Path(source.split("#", 1)[0]).parent / image)
    for candidate in candidates:
        path = Path(os.path.normpath(candidate))
        if not path.is_file() or not path.is_relative_to(docs_dir):
            continue
        site_path = path.relative_to(docs_dir).as_posix()
        width = height = None
        # A bad picture is reported by the validation pass; the feed still links the file.
        with contextlib.suppress(ImageProblem):
            width, height = image_size(path)
        return FeedImage(
            url=hub.site.absolute(site_path),
            width=width,
            height=height,
            length=path.stat().st_size,
        )
    return FeedImage(url=hub.site.absolute(relative))
