"""Every page of the demo unfurls with a large image and a title that says something."""

from __future__ import annotations

import json
from io import BytesIO

from bs4 import BeautifulSoup
from PIL import Image

SITE = "https://ingrid-halvorsen.example.com/"
SECTIONS = ["about/", "events/", "press/", "articles/", "articles/tag/grid/", "highlights/"]


def _soup(site, url: str) -> BeautifulSoup:
    return BeautifulSoup((site / url / "index.html").read_text(encoding="utf-8"), "html.parser")


def _meta(soup: BeautifulSoup, name: str) -> list[str]:
    return [
        m["content"] for m in soup.find_all("meta") if name in (m.get("property"), m.get("name"))
    ]


def test_section_pages_show_a_1200x630_card_with_size_and_alt(demo_site) -> None:
    site = demo_site.site
    for url in SECTIONS:
        soup = _soup(site, url)
        (image,) = _meta(soup, "og:image")
        assert image.startswith(SITE + "assets/cards/"), url
        with Image.open(BytesIO((site / image[len(SITE) :]).read_bytes())) as card:
            assert card.size == (1200, 630), url
        assert _meta(soup, "og:image:width") == ["1200"], url
        assert _meta(soup, "og:image:height") == ["630"], url
        (alt,) = _meta(soup, "og:image:alt")
        assert "Ingrid Halvorsen" in alt, url
        assert _meta(soup, "twitter:card") == ["summary_large_image"], url


def test_events_carry_an_image_in_their_json_ld(demo_site) -> None:
    events = [
        data
        for path in sorted((demo_site.site / "events").rglob("index.html"))
        for block in BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").find_all(
            "script", type="application/ld+json"
        )
        if (data := json.loads(block.string))["@type"] == "Event"
    ]
    assert len(events) >= 7
    for event in events:
        assert event["image"].startswith(SITE), event["name"]
        assert (demo_site.site / event["image"][len(SITE) :]).is_file(), event["image"]


def test_titles_say_something_and_never_repeat_the_name(demo_site) -> None:
    site = demo_site.site
    home = _soup(site, "")
    assert home.title.get_text() == "Ingrid Halvorsen"
    about = _soup(site, "about/")
    assert _meta(about, "og:title") == ["About · Ingrid Halvorsen"]
    events = _soup(site, "events/")
    assert _meta(events, "og:title") == ["Speaking & events · Ingrid Halvorsen"]  # escaped once
    assert events.title.get_text() == "Speaking & events - Ingrid Halvorsen"
    article = _soup(site, "articles/engineering-leadership-in-the-energy-transition/")
    assert _meta(article, "og:title") == ["Engineering leadership in the energy transition"]
    for url in SECTIONS:
        (description,) = _meta(_soup(site, url), "og:description")
        assert len(description) > 20, url
