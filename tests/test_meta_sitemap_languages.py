"""Multilingual sitemap and language switcher."""

from __future__ import annotations

import gzip
import xml.etree.ElementTree as ET
from datetime import date

from podium.meta.languages import language_choices
from podium.meta.sitemap import SitemapEntry, gzipped, sitemap_xml

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
EN = "https://jane.example/articles/lead/"
FR = "https://jane.example/fr/articles/diriger/"


def _alts() -> tuple[tuple[str, str], ...]:
    return (("en", EN), ("fr", FR), ("x-default", EN))


def test_sitemap_alternates_parse_and_point_at_each_other() -> None:
    data = sitemap_xml(
        [
            SitemapEntry(FR, date(2026, 3, 2), _alts()),
            SitemapEntry(EN, date(2026, 3, 1), _alts()),
            SitemapEntry("https://jane.example/", None),
        ]
    )
    root = ET.fromstring(data)
    urls = root.findall("s:url", NS)
    assert [u.findtext("s:loc", namespaces=NS) for u in urls] == [
        "https://jane.example/",
        EN,
        FR,
    ]
    for url in urls[1:]:
        links = {link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)}
        assert links == {"en": EN, "fr": FR, "x-default": EN}
    assert urls[1].findtext("s:lastmod", namespaces=NS) == "2026-03-01"
    assert gzip.decompress(gzipped(data)) == data
    assert gzipped(data) == gzipped(data)


def test_switcher_goes_to_translation_or_language_home() -> None:
    choices = language_choices(
        current_lang="en",
        languages=["en", "fr", "de"],
        translations={"en": "articles/lead/", "fr": "fr/articles/diriger/"},
        homes={"en": "", "fr": "fr/", "de": "de/"},
    )
    assert [(c.lang, c.url, c.current, c.is_translation) for c in choices] == [
        ("en", "articles/lead/", True, True),
        ("fr", "fr/articles/diriger/", False, True),
        ("de", "de/", False, False),
    ]
    assert [c.name for c in choices] == ["English", "Français", "Deutsch"]
