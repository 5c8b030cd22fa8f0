"""JSON Feed 1.1 (https://jsonfeed.org/version/1.1), written by Podium.

No maintained Python library writes JSON Feed (feedgen has none), and the format is a
plain JSON object, so ``json.dumps`` does the job. Keys follow the order the spec lists
them (readers do not care; people diffing two builds do), ``ensure_ascii=False`` keeps
emoji and right-to-left text readable, and nothing depends on dict hashing or time, so
the same input always gives the same bytes.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from podium.feeds.feed_types import FeedAuthor
from podium.feeds.prepare import PreparedFeed, PreparedItem

VERSION = "https://jsonfeed.org/version/1.1"
MIME_TYPE = "application/feed+json"


def _date(value: datetime) -> str:
    return value.isoformat()


def _author(author: FeedAuthor) -> dict[str, str]:
    person = {"name": author.name}
    if author.url:
        person["url"] = author.url
    if author.avatar:
        person["avatar"] = author.avatar
    return person


def _authors(target: dict[str, Any], authors: tuple[FeedAuthor, ...]) -> None:
    if authors:
        target["authors"] = [_author(author) for author in authors]
        # 1.1 deprecates the single "author" but allows it for 1.0 readers.
        target["author"] = _author(authors[0])


def _item(item: PreparedItem) -> dict[str, Any]:
    entry: dict[str, Any] = {"id": item.id, "url": item.url}
    if item.external_url:
        entry["external_url"] = item.external_url
    if item.title:
        entry["title"] = item.title
    if item.content_html:
        entry["content_html"] = item.content_html
    else:
        # One of content_html / content_text is required.
        entry["content_text"] = item.summary or item.display_title
    if item.summary:
        entry["summary"] = item.summary
    if item.image:
        entry["image"] = item.image.url
    entry["date_published"] = _date(item.published)
    entry["date_modified"] = _date(item.updated)
    _authors(entry, item.authors)
    if item.terms:
        entry["tags"] = list(item.terms)
    if item.language:
        entry["language"] = item.language
    return entry


def render_json_feed(feed: PreparedFeed) -> bytes:
    """Serialise ``feed`` as JSON Feed 1.1 (UTF-8, trailing newline)."""
    spec = feed.spec
    document: dict[str, Any] = {
        "version": VERSION,
        "title": spec.title,
        "home_page_url": spec.home_page_url,
        "feed_url": spec.json_url,
    }
    if spec.description:
        document["description"] = spec.description
    if spec.icon:
        document["icon"] = spec.icon
    if spec.favicon:
        document["favicon"] = spec.favicon
    _authors(document, spec.authors)
    if spec.language:
        document["language"] = spec.language
    if spec.hubs:
        document["hubs"] = [{"type": "WebSub", "url": hub} for hub in spec.hubs]
    document["items"] = [_item(item) for item in feed.items]
    text = json.dumps(document, ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")
