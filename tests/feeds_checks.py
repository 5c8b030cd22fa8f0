"""Spec checks for generated feeds, shared by the feed library and plugin tests.

Each checker parses the bytes independently of Podium's code (feedparser, lxml, json)
and asserts what the format's specification requires, so a test that calls them fails
whenever a feed would be rejected or misread by a reader.
"""

from __future__ import annotations

import json
from datetime import datetime
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from urllib.parse import urlsplit

import feedparser
from lxml import etree

ATOM = "{http://www.w3.org/2005/Atom}"
CONTENT_ENCODED = "{http://purl.org/rss/1.0/modules/content/}encoded"
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
# Top-level and item keys that JSON Feed 1.1 defines; anything else must start with "_".
JSON_FEED_KEYS = {
    "version",
    "title",
    "home_page_url",
    "feed_url",
    "description",
    "user_comment",
    "next_url",
    "icon",
    "favicon",
    "authors",
    "author",
    "language",
    "expired",
    "hubs",
    "items",
}
JSON_ITEM_KEYS = {
    "id",
    "url",
    "external_url",
    "title",
    "content_html",
    "content_text",
    "summary",
    "image",
    "banner_image",
    "date_published",
    "date_modified",
    "authors",
    "author",
    "tags",
    "language",
    "attachments",
}


def is_absolute(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


class _UrlCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name in ("href", "src", "poster", "cite"):
                self.urls.append(value)
            elif name == "srcset":
                self.urls.extend(part.split()[0] for part in value.split(", ") if part.strip())


def html_urls(fragment: str) -> list[str]:
    """Every URL an HTML fragment references (href, src, poster, cite, srcset)."""
    collector = _UrlCollector()
    collector.feed(fragment)
    collector.close()
    return collector.urls


def assert_html_urls_absolute(fragment: str) -> None:
    for url in html_urls(fragment):
        scheme = urlsplit(url).scheme
        assert scheme in ("http", "https", "mailto", "tel", "data"), url
        if scheme in ("http", "https"):
            assert is_absolute(url), url


def check_rss(data: bytes) -> feedparser.FeedParserDict:
    """RSS 2.0 + the RSS Best Practices Profile points Podium promises; returns the parse."""
    parsed = feedparser.parse(data)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.version == "rss20"
    root = etree.fromstring(data)
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    for required in ("title", "link", "description"):
        assert (channel.findtext(required) or "").strip(), f"channel {required}"
    assert is_absolute(channel.findtext("link"))
    self_links = [link for link in channel.findall(f"{ATOM}link") if link.get("rel") == "self"]
    assert len(self_links) == 1 and is_absolute(self_links[0].get("href"))
    last_build = channel.findtext("lastBuildDate")
    if last_build is not None:
        assert parsedate_to_datetime(last_build).tzinfo is not None
    for item in channel.findall("item"):
        children = [child.tag for child in item]
        assert "title" in children or "description" in children
        if CONTENT_ENCODED in children:
            assert children.index("description") < children.index(CONTENT_ENCODED)
            assert_html_urls_absolute(item.findtext(CONTENT_ENCODED))
        assert_html_urls_absolute(item.findtext("description") or "")
        assert is_absolute(item.findtext("link"))
        guid = item.find("guid")
        assert guid is not None and guid.text
        assert guid.get("isPermaLink") == ("true" if is_absolute(guid.text) else "false")
        assert parsedate_to_datetime(item.findtext("pubDate")).tzinfo is not None
        enclosures = item.findall("enclosure")
        assert len(enclosures) <= 1
        for enclosure in enclosures:
            assert is_absolute(enclosure.get("url"))
            assert enclosure.get("length", "").isdigit()
            assert enclosure.get("type")
    return parsed


def _rfc3339(text: str | None) -> datetime:
    assert text, "missing date"
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    assert value.tzinfo is not None, text
    return value


def check_atom(data: bytes) -> feedparser.FeedParserDict:
    """RFC 4287's required elements (feed and entries); returns the feedparser parse."""
    parsed = feedparser.parse(data)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    feed = etree.fromstring(data)
    assert feed.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated"):
        assert len(feed.findall(f"{ATOM}{required}")) == 1, f"feed {required}"
    assert is_absolute(feed.findtext(f"{ATOM}id"))
    _rfc3339(feed.findtext(f"{ATOM}updated"))
    self_links = [link for link in feed.findall(f"{ATOM}link") if link.get("rel") == "self"]
    assert len(self_links) == 1 and is_absolute(self_links[0].get("href"))
    feed_has_author = any(
        author.findtext(f"{ATOM}name") for author in feed.findall(f"{ATOM}author")
    )
    for entry in feed.findall(f"{ATOM}entry"):
        for required in ("id", "title", "updated"):
            assert len(entry.findall(f"{ATOM}{required}")) == 1, f"entry {required}"
        assert (entry.findtext(f"{ATOM}title") or "").strip()
        _rfc3339(entry.findtext(f"{ATOM}updated"))
        if entry.find(f"{ATOM}published") is not None:
            published = _rfc3339(entry.findtext(f"{ATOM}published"))
            assert published <= _rfc3339(entry.findtext(f"{ATOM}updated"))
        assert feed_has_author or entry.find(f"{ATOM}author/{ATOM}name") is not None
        links = entry.findall(f"{ATOM}link")
        alternates = [link for link in links if link.get("rel", "alternate") == "alternate"]
        content = entry.find(f"{ATOM}content")
        if content is None:
            assert alternates, "entry without content needs rel=alternate"
        else:
            assert_html_urls_absolute(content.text or "")
        assert len(alternates) <= 1 or len({a.get("hreflang") for a in alternates}) > 1
        for link in links:
            assert is_absolute(link.get("href"))
    return parsed


def check_json_feed(data: bytes) -> dict:
    """JSON Feed 1.1's required fields, types and dates; returns the decoded document."""
    document = json.loads(data.decode("utf-8"))
    assert document["version"] == JSON_FEED_VERSION
    assert isinstance(document["title"], str) and document["title"]
    assert isinstance(document["items"], list)
    for key in ("home_page_url", "feed_url"):
        assert is_absolute(document[key]), key
    assert set(document) <= JSON_FEED_KEYS | {k for k in document if k.startswith("_")}
    for author in document.get("authors", []):
        assert author.get("name") or author.get("url") or author.get("avatar")
    ids = [item["id"] for item in document["items"]]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for item in document["items"]:
        assert set(item) <= JSON_ITEM_KEYS | {k for k in item if k.startswith("_")}
        assert isinstance(item["id"], str) and item["id"]
        assert "content_html" in item or "content_text" in item
        if "content_html" in item:
            assert_html_urls_absolute(item["content_html"])
        for key in ("url", "external_url", "image", "banner_image"):
            if key in item:
                assert is_absolute(item[key]), key
        for key in ("date_published", "date_modified"):
            if key in item:
                _rfc3339(item[key])
        if "tags" in item:
            assert all(isinstance(tag, str) for tag in item["tags"])
    return document
