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


@dataclass
class CardInfo:  # the shape podium/cards publishes
    preset: str
    url: str
    path: str
    width: int
    height: int
    mime: str
    alt: str
    meta: bool


def test_cards_plugin_infos_keep_absolute_url_and_site_relative_path():
    info = CardInfo(
        "og", "https://hub.example.com/assets/cards/a.png", "assets/cards/a.png",
        1200, 630, "image/png", "Headline on a dark card", True,
    )  # fmt: skip
    [image] = _card_images({"og": info}, "https://hub.example.com/")
    assert image.url == "https://hub.example.com/assets/cards/a.png"
    assert image.href == "assets/cards/a.png"
    assert (image.width, image.height, image.alt) == (1200, 630, "Headline on a dark card")


def test_absolute_urls_on_the_site_get_a_path_and_paths_get_a_url():
    [image] = _card_images(["https://hub.example.com/c/a.png"], "https://hub.example.com/")
    assert image.path == "c/a.png"
    [image] = _card_images([{"preset": "og", "path": "/c/b.png"}], "https://hub.example.com/")
    assert (image.url, image.path) == ("https://hub.example.com/c/b.png", "c/b.png")


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
