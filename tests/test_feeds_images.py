"""The preview image of a feed item: the share card from podium/cards, else the entry's image."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PIL import Image
from podium.cards.plan import CardInfo
from podium.core.hub import Hub, SiteInfo, Urls
from podium.core.model import Article
from podium.core.settings import UrlScheme
from podium.mkdocs.feeds.cards import card_image, local_image

HUB = Hub(
    site=SiteInfo(site_name="Hub", site_url="https://hub.example.com/"),
    articles=(),
    highlights=(),
    authors={},
    urls=Urls(UrlScheme()),
)
ENTRY = Article(
    source="articles/2026/alpha.md",
    slug="alpha",
    url="articles/alpha/",
    title="Alpha",
    date=datetime(2026, 1, 5, tzinfo=UTC),
)


def test_the_og_card_is_the_preview_with_its_size_and_bytes(tmp_path: Path) -> None:
    cached = tmp_path / "card.png"
    Image.new("RGB", (1200, 630)).save(cached)
    path = "assets/cards/alpha.1a2b3c.png"
    og = CardInfo(
        "og", "https://hub.example.com/" + path, path, 1200, 630, "image/png", "Alpha", True
    )
    square = CardInfo(
        "square", "https://hub.example.com/sq.png", "sq.png", 1080, 1080, "image/png", "", False
    )
    sizes = {path: cached.stat().st_size}
    image = card_image({"square": square, "og": og}, ENTRY, HUB, sizes.get)
    assert image is not None
    assert image.url == "https://hub.example.com/assets/cards/alpha.1a2b3c.png"
    assert (image.width, image.height, image.mime_type) == (1200, 630, "image/png")
    assert image.length == cached.stat().st_size
    assert image.alt == "Alpha"


def test_the_x_card_serves_when_there_is_no_og_card() -> None:
    x = CardInfo(
        "x", "/assets/cards/a-x.png", "assets/cards/a-x.png", 1200, 600, "image/png", "", True
    )
    image = card_image({"x": x}, ENTRY, HUB, lambda path: None)
    assert image is not None and image.url == "https://hub.example.com/assets/cards/a-x.png"
    assert image.height == 600 and image.length is None


def test_no_card_means_no_card_image() -> None:
    assert card_image({}, ENTRY, HUB, lambda path: 1) is None


def test_entry_image_under_docs_gives_size_and_bytes(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "assets").mkdir(parents=True)
    Image.new("RGB", (800, 418)).save(docs / "assets" / "cover.jpg")
    image = local_image("assets/cover.jpg", ENTRY.source, docs, HUB)
    assert image.url == "https://hub.example.com/assets/cover.jpg"
    assert (image.width, image.height) == (800, 418)
    assert image.length == (docs / "assets" / "cover.jpg").stat().st_size


def test_entry_image_next_to_the_article_is_found_too(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "articles" / "2026").mkdir(parents=True)
    Image.new("RGB", (10, 10)).save(docs / "articles" / "2026" / "pic.png")
    image = local_image("pic.png", ENTRY.source, docs, HUB)
    assert image.url == "https://hub.example.com/articles/2026/pic.png"
    assert image.width == 10


def test_remote_and_missing_images_keep_their_url(tmp_path: Path) -> None:
    remote = local_image("https://cdn.example.net/x.webp", ENTRY.source, tmp_path, HUB)
    assert remote.url == "https://cdn.example.net/x.webp" and remote.length is None
    missing = local_image("/gone.png", ENTRY.source, tmp_path, HUB)
    assert missing.url == "https://hub.example.com/gone.png" and missing.length is None
