"""What the kit takes from ``podium/cards``: the real ``CardInfo`` by preset."""

from __future__ import annotations

from podium.cards.plan import CardInfo
from podium.mkdocs.share.plugin import _card_images
from podium.share.kit import CardImage


def _card(preset: str, path: str, alt: str = "") -> CardInfo:
    url = "https://hub.example.com/" + path
    return CardInfo(preset, url, path, 1200, 630, "image/png", alt, preset in ("og", "x"))


def test_cards_plugin_infos_keep_absolute_url_and_site_relative_path():
    info = _card("og", "assets/cards/a.png", "Headline on a dark card")
    [image] = _card_images({"og": info})
    assert image.url == "https://hub.example.com/assets/cards/a.png"
    assert image.href == "assets/cards/a.png"
    assert (image.width, image.height, image.alt) == (1200, 630, "Headline on a dark card")


def test_cards_are_sorted_by_preset():
    found = {"x": _card("x", "c/a.x.png"), "og": _card("og", "c/a.og.png")}
    assert [image.preset for image in _card_images(found)] == ["og", "x"]
    assert _card_images(found)[0] == CardImage(
        "og", "https://hub.example.com/c/a.og.png", 1200, 630, "c/a.og.png", ""
    )


def test_no_cards():
    assert _card_images({}) == ()
