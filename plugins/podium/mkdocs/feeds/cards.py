"""The preview image of a feed item: the share card when ``podium/cards`` has one, else the
entry's own ``image`` (front matter).

``podium.mkdocs.hub_access.cards_for(config, page_url)`` (site-relative URL, as in the hub)
gives ``{preset: CardInfo}``; feeds use
the ``og`` card (1200×630, what Open Graph consumers read too), else the ``x`` card. The
card's byte size comes from the file the cards plugin added to the build (``size_of``).
Anything missing degrades to the entry's own image, never to a broken feed.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from podium.cards.plan import CardInfo
from podium.core.hub import Hub
from podium.feeds import FeedImage
from podium.feeds.hubfeeds import Entry, site_url_of

#: Card presets feed readers get, in order of preference.
CARD_PRESETS = ("og", "x")

SizeOf = Callable[[str], int | None]


def card_image(
    by_preset: Mapping[str, CardInfo], entry: Entry, hub: Hub, size_of: SizeOf
) -> FeedImage | None:
    """The entry's share card (``og``, else ``x``) among ``podium/cards``' cards, if any."""
    card = next((by_preset[p] for p in CARD_PRESETS if p in by_preset), None)
    if card is None or not card.url:
        return None
    return FeedImage(
        url=site_url_of(hub, card.url),
        mime_type=card.mime,
        width=card.width,
        height=card.height,
        length=size_of(card.path),
        alt=card.alt,
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
        try:
            with Image.open(path) as opened:
                width, height = opened.size
        except (OSError, UnidentifiedImageError):
            pass
        return FeedImage(
            url=hub.site.absolute(site_path),
            width=width,
            height=height,
            length=path.stat().st_size,
        )
    return FeedImage(url=hub.site.absolute(relative))
