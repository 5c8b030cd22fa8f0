"""Every page of the demo hub, as crawlers and unfurlers read it."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import mf2py
from bs4 import BeautifulSoup
from icalendar import Calendar

SITE = "https://ingrid-halvorsen.example.com/"
REQUIRED = {
    "BlogPosting": {"headline", "datePublished", "author", "url"},
    "SocialMediaPosting": {"headline", "datePublished", "author", "url"},
    "ProfilePage": {"mainEntity", "url"},
    "WebSite": {"name", "url"},
    "BreadcrumbList": {"itemListElement"},
    "Event": {"name", "startDate", "location"},
}


def _pages(site: Path) -> list[Path]:
    """The site's pages, without the share kit's per-item pages: noindex helpers for the
    team without the theme (and its meta), outside MkDocs' pages and the sitemap."""
    pages = sorted(site.rglob("index.html"))
    skip = ("assets/", "search/", "share-kit/articles/", "share-kit/highlights/")
    return [p for p in pages if not p.relative_to(site).as_posix().startswith(skip)]


def _props(soup: BeautifulSoup, name: str) -> list[str]:
    return [
        m.get("content")
        for m in soup.find_all("meta")
        if name in (m.get("property"), m.get("name"))
    ]


def test_every_page_has_complete_meta(demo_site) -> None:
    pages = _pages(demo_site.site)
    assert len(pages) > 40
    for path in pages:
        where = path.relative_to(demo_site.site).as_posix()
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for name in ("og:type", "og:title", "og:url", "og:site_name", "og:locale"):
            assert len(_props(soup, name)) == 1, (where, name)
        assert _props(soup, "og:url")[0].startswith(SITE), where
        assert len(soup.find_all("meta", attrs={"name": "description"})) <= 1, where
        assert len(soup.find_all("link", rel="canonical")) == 1, where
        lang = soup.html["lang"]
        assert _props(soup, "og:locale")[0].split("_")[0] == lang.split("-")[0], where
        for block in soup.find_all("script", type="application/ld+json"):
            data = json.loads(block.string)
            assert data["@context"] == "https://schema.org", where
            missing = REQUIRED.get(data["@type"], set()) - set(data)
            assert not missing, (where, data["@type"], missing)


def test_hreflang_groups_are_symmetric(demo_site) -> None:
    """hreflang lives in sitemap.xml, not in <head>: Material fetches "sitemap.xml" beside
    every <link rel="alternate">, a 404 for a translated page."""
    for path in _pages(demo_site.site):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        assert soup.head.find_all("link", hreflang=True) == [], path
    root = ET.parse(demo_site.site / "sitemap.xml").getroot()
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    groups: dict[str, dict[str, str]] = {}
    for entry in root.findall("s:url", ns):
        links = {link.get("hreflang"): link.get("href") for link in entry.findall("x:link", ns)}
        if links:
            groups[entry.findtext("s:loc", namespaces=ns)] = links
    assert len(groups) >= 8  # the translated demo articles and the language homes
    for url, links in groups.items():
        assert url in links.values(), url
        for lang, other in links.items():
            assert groups.get(other) == links, (url, lang, other)


def test_demo_events_calendar_and_about(demo_site) -> None:
    calendar = Calendar.from_ical((demo_site.site / "events.ics").read_bytes())
    starts = [e.decoded("DTSTART") for e in calendar.walk("VEVENT")]
    assert starts and starts == sorted(starts)
    html = (demo_site.site / "about/index.html").read_text(encoding="utf-8")
    parsed = mf2py.parse(doc=html, url=SITE + "about/")
    (card,) = [i for i in parsed["items"] if "h-card" in i["type"]]
    assert card["properties"]["name"] == ["Ingrid Halvorsen"]
    assert "https://example.social/@ingrid" in parsed["rels"]["me"]
    assert re.search(r'<meta name="fediverse:creator" content="@ingrid@example.social">', html)


def test_demo_highlights_are_h_entries_with_syndication(demo_site) -> None:
    syndicated = 0
    for path in sorted((demo_site.site / "highlights").glob("*/index.html")):
        html = path.read_text(encoding="utf-8")
        parsed = mf2py.parse(
            doc=html, url=SITE + path.parent.relative_to(demo_site.site).as_posix()
        )
        (entry,) = [item for item in parsed["items"] if "h-entry" in item["type"]]
        assert entry["properties"]["author"][0]["type"] == ["h-card"]
        syndicated += bool(entry["properties"].get("syndication"))
        soup = BeautifulSoup(html, "html.parser")
        types = [
            json.loads(s.string)["@type"]
            for s in soup.find_all("script", type="application/ld+json")
        ]
        assert "SocialMediaPosting" in types
    assert syndicated >= 5
