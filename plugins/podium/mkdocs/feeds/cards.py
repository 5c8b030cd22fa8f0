"""The preview image of a feed item: the share card when ``podium/cards`` has one, else the
entry's own ``image`` (front matter).

The cards plugin is optional and built in parallel with this one, so it is reached by
duck typing: ``card_for(source, preset)`` returning an object with ``url`` (site-relative
or absolute; ``name`` is accepted too), ``width``, ``height``, ``mime``/``mime_type`` and,
when it knows them, ``length``/``size`` (bytes) or a ``path``/``cache_path`` to measure.
Anything missing or failing degrades to the entry's own image, never to a broken feed.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from PIL import Image, UnidentifiedImageError

from podium.core.hub import Hub
from podium.feeds import FeedImage
from podium.feeds.hubfeeds import Entry, site_url_of

log = logging.getLogger("mkdocs.plugins.podium.feeds")

#: The card preset feed readers get: 1200×630, what Open Graph consumers use too.
CARD_PRESET = "og"


def _first(card: Any, *names: str) -> Any:
    for name in names:
        value = getattr(card, name, None)
        if value:
            return value
    return None


def _byte_length(card: Any) -> int | None:
    length = _first(card, "length", "size", "bytes")
    if isinstance(length, int):
        return length
    path = _first(card, "path", "cache_path", "abs_path")
    try:
        return Path(path).stat().st_size if path else None
    except OSError:
        return None


def card_image(cards: Any, entry: Entry, hub: Hub) -> FeedImage | None:
    """The entry's ``og`` share card from the ``podium/cards`` plugin, if it offers one."""
    card_for = getattr(cards, "card_for", None)
    if not callable(card_for):
        return None
    try:
        card = card_for(entry.source, CARD_PRESET)
    except (KeyError, LookupError, ValueError, TypeError) as error:
        log.debug(f"podium/feeds: no card for {entry.source}: {error}")
        return None
    url = _first(card, "url", "name") if card is not None else None
    if not isinstance(url, str):
        return None
    width, height = _first(card, "width"), _first(card, "height")
    return FeedImage(
        url=site_url_of(hub, url),
        mime_type=str(_first(card, "mime_type", "mime") or ""),
        width=width if isinstance(width, int) else None,
        height=height if isinstance(height, int) else None,
        length=_byte_length(card),
        alt=str(_first(card, "alt") or ""),
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
