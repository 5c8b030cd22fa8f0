"""What the kit accepts from ``podium/cards``' ``cards_for(page_url)``."""

from __future__ import annotations

from dataclasses import dataclass

from podium.mkdocs.share.plugin import _card_images
from podium.share.kit import CardImage


@dataclass
class Card:
    preset: str
    url: str
    width: int
    height: int


def test_mapping_of_urls():
    assert _card_images({"x": "cards/a.x.png", "og": "cards/a.og.png"}) == (
        CardImage("og", "cards/a.og.png"),
        CardImage("x", "cards/a.x.png"),
    )


def test_objects_and_dicts():
    found = [Card("og", "cards/a.png", 1200, 630), {"name": "square", "src": "s.png"}]
    assert _card_images(found) == (
        CardImage("og", "cards/a.png", 1200, 630),
        CardImage("square", "s.png"),
    )


def test_nothing_and_unusable_entries():
    assert _card_images(None) == ()
    assert _card_images([]) == ()
    assert _card_images([{"preset": "og"}]) == ()  # no URL: nothing to download
