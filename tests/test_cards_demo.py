"""The demo hub's cards: every preset on, every card opened, every page's tags parsed."""

from bs4 import BeautifulSoup
from PIL import Image
from podium.cards import DEFAULT_PRESETS, parse_presets

SITE_URL = "https://ingrid-halvorsen.example.com/"


def test_every_demo_card_has_its_preset_size_mode_and_byte_limit(demo_site):
    cards = sorted((demo_site.site / "assets/cards").rglob("*.*"))
    presets = {path.name.split(".")[-3] for path in cards}
    assert presets == {preset.name for preset in parse_presets(None)}  # x is off by default
    for path in cards:
        preset = DEFAULT_PRESETS[path.name.split(".")[-3]]
        with Image.open(path) as img:
            assert img.size == (preset.width, preset.height), path
            assert img.mode in ("P", "RGB"), path  # palette PNG for flat designs
        assert path.stat().st_size <= preset.max_bytes, path


def test_every_article_and_highlight_page_announces_existing_cards(demo_site):
    listings = {"tag", "category", "archive", "page", "author", "lang"}
    pages = []
    for page in sorted(demo_site.site.rglob("index.html")):
        parts = page.relative_to(demo_site.site).parts  # ("articles", "<slug>", "index.html")
        if len(parts) == 3 and parts[0] in ("articles", "highlights") and parts[1] not in listings:
            pages.append(page)
    announced = 0
    for page in pages:
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        assert soup.find("meta", property="og:image") is not None, page
        tags = {
            (t.get("property") or t.get("name")): t["content"]
            for t in soup.find_all("meta")
            if (t.get("property") or t.get("name") or "").startswith(("og:image", "twitter:"))
        }
        for key in ("og:image", "twitter:image"):
            assert tags[key].startswith(SITE_URL)
            file = demo_site.site / tags[key].removeprefix(SITE_URL)
            with Image.open(file) as img:
                if key == "og:image":
                    assert img.size == (int(tags["og:image:width"]), int(tags["og:image:height"]))
        assert tags["twitter:card"] == "summary_large_image"
        assert tags["og:image:alt"]
        announced += 1
    assert announced >= 30
