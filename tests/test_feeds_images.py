"""The preview image of a feed item: the share card from podium/cards, else the entry's image."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image
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


@dataclass(frozen=True)
class Card:
    """What podium/cards hands out for one page and preset (its CardFile has these fields)."""

    name: str
    width: int
    height: int
    mime: str
    alt: str
    cache_path: Path


class Cards:
    def __init__(self, cards: dict[tuple[str, str], Card]) -> None:
        self.cards = cards
        self.asked: list[tuple[str, str]] = []

    def card_for(self, source: str, preset: str) -> Card | None:
        self.asked.append((source, preset))
        return self.cards.get((source, preset))


def test_the_og_card_is_the_preview_with_its_size_and_bytes(tmp_path: Path) -> None:
    cached = tmp_path / "card.png"
    Image.new("RGB", (1200, 630)).save(cached)
    card = Card("assets/cards/alpha.1a2b3c.png", 1200, 630, "image/png", "Alpha", cached)
    cards = Cards({(ENTRY.source, "og"): card})
    image = card_image(cards, ENTRY, HUB)
    assert cards.asked == [(ENTRY.source, "og")]
    assert image is not None
    assert image.url == "https://hub.example.com/assets/cards/alpha.1a2b3c.png"
    assert (image.width, image.height, image.mime_type) == (1200, 630, "image/png")
    assert image.length == cached.stat().st_size
    assert image.alt == "Alpha"


def test_no_card_or_no_card_api_means_no_card_image() -> None:
    assert card_image(Cards({}), ENTRY, HUB) is None
    assert card_image(object(), ENTRY, HUB) is None


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
