"""Validate, clean, order and cut the items of one feed, once for all three formats.

Everything a serialiser needs is decided here, so that RSS, Atom and JSON Feed always
agree: the same items, in the same order (newest first), with the same ids, dates and
cleaned text. The serialisers only translate.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import lru_cache
from urllib.parse import urlsplit

from podium.feeds.feed_types import (
    FeedAuthor,
    FeedError,
    FeedImage,
    FeedItem,
    FeedSpec,
    FeedWarning,
)
from podium.feeds.html_plain_text import html_to_text, shorten
from podium.feeds.html_urls import absolute_url, absolutize_html
from podium.feeds.ids import canonical_id, is_absolute_http_url
from podium.feeds.sanitize import clean_plain_text, strip_forbidden

#: Date of a feed with no items and no ``FeedSpec.updated``: fixed, so builds stay identical.
EMPTY_FEED_UPDATED = datetime(1970, 1, 1, tzinfo=UTC)
#: Longest title derived from an untitled entry's text (Atom requires a title).
DERIVED_TITLE_LENGTH = 80

# A fixed table rather than ``mimetypes``: that module reads /etc/mime.types, which differs
# between machines, and the same site must give the same feed everywhere.
IMAGE_TYPES = {
    ".avif": "image/avif",
    ".gif": "image/gif",
    ".jpeg": "image/jpeg",
    ".jpg": "image/jpeg",
    ".png": "image/png",
    ".svg": "image/svg+xml",
    ".webp": "image/webp",
}


@dataclass(frozen=True)
class PreparedItem:
    """A ``FeedItem`` after cleaning: every URL absolute, every string XML-safe.

    ``title`` is empty when the author gave none (RSS and JSON Feed allow that);
    ``display_title`` is never empty (Atom requires one). ``updated`` is never before
    ``published``.
    """

    id: str
    url: str
    title: str
    display_title: str
    published: datetime
    updated: datetime
    content_html: str
    summary: str
    authors: tuple[FeedAuthor, ...]
    categories: tuple[str, ...]
    tags: tuple[str, ...]
    image: FeedImage | None
    language: str
    external_url: str

    @property
    def terms(self) -> tuple[str, ...]:
        """Categories then tags, without repeats: RSS and Atom have only one kind of term."""
        return tuple(dict.fromkeys(self.categories + self.tags))


@dataclass(frozen=True)
class PreparedFeed:
    """A ``FeedSpec`` after cleaning, with its items and the feed's own date."""

    spec: FeedSpec
    id: str
    items: tuple[PreparedItem, ...]
    updated: datetime
    has_items: bool
    warnings: tuple[FeedWarning, ...]


class _Report:
    """Collects warnings for one item (or the feed) under the name it is reported as."""

    def __init__(self, where: str, sink: list[FeedWarning]) -> None:
        self.where = where
        self.sink = sink

    def text(self, field: str, value: str) -> str:
        cleaned, removed = clean_plain_text(value)
        self._removed(field, removed)
        return cleaned

    def html(self, field: str, value: str, base: str) -> str:
        cleaned, removed = strip_forbidden(value)
        self._removed(field, removed)
        return absolutize_html(cleaned, base)

    def raw(self, field: str, value: str) -> str:
        """A URL, id or language tag: only forbidden characters and outer spaces go."""
        cleaned, removed = strip_forbidden(value)
        self._removed(field, removed)
        return cleaned.strip()

    def url(self, field: str, value: str, base: str) -> str:
        cleaned = self.raw(field, value)
        return absolute_url(cleaned, base) if cleaned else ""

    def warn(self, field: str, message: str) -> None:
        self.sink.append(FeedWarning(self.where, field, message))

    def _removed(self, field: str, count: int) -> None:
        if count:
            plural = "s" if count > 1 else ""
            self.warn(field, f"removed {count} control character{plural} that XML 1.0 forbids")


def _require_url(where: str, field: str, value: str) -> str:
    if not is_absolute_http_url(value):
        raise FeedError(where, field, f"needs an absolute http(s) URL, got {value!r}")
    return value


def _require_aware(where: str, field: str, value: datetime) -> datetime:
    if not isinstance(value, datetime):
        raise FeedError(where, field, f"needs a datetime, got {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise FeedError(where, field, "datetime has no timezone")
    return value


def _image(report: _Report, image: FeedImage, base: str) -> FeedImage | None:
    url = report.url("image", image.url, base)
    if not url:
        return None
    suffix = urlsplit(url).path.rpartition("/")[2].rpartition(".")[2].lower()
    mime_type = image.mime_type or IMAGE_TYPES.get(f".{suffix}", "")
    alt = report.text("image", image.alt)
    return replace(image, url=url, mime_type=mime_type, alt=alt)


def _authors(report: _Report, authors: tuple[FeedAuthor, ...], base: str) -> tuple[FeedAuthor, ...]:
    cleaned: list[FeedAuthor] = []
    for author in authors:
        name = report.text("authors", author.name)
        if not name:
            continue
        cleaned.append(
            FeedAuthor(
                name=name,
                url=report.url("authors", author.url, base),
                avatar=report.url("authors", author.avatar, base),
            )
        )
    return tuple(cleaned)


def _terms(report: _Report, field: str, values: tuple[str, ...]) -> tuple[str, ...]:
    cleaned = (report.text(field, value) for value in values)
    return tuple(dict.fromkeys(value for value in cleaned if value))


def prepare_item(item: FeedItem, sink: list[FeedWarning]) -> PreparedItem:
    """Clean one item; raise ``FeedError`` (naming it) when it cannot be used at all."""
    where = item.source or item.id or item.url or "<item>"
    report = _Report(where, sink)
    item_id = report.raw("id", item.id)
    if not item_id:
        raise FeedError(where, "id", "is empty")
    url = _require_url(where, "url", report.raw("url", item.url))
    published = _require_aware(where, "published", item.published)
    updated = published
    if item.updated is not None:
        updated = max(published, _require_aware(where, "updated", item.updated))

    title = report.text("title", item.title)
    content_html = report.html("content", item.content_html, url)
    summary = report.text("summary", item.summary)
    display_title = title or shorten(summary or html_to_text(content_html), DERIVED_TITLE_LENGTH)
    if not display_title:
        display_title = published.date().isoformat()
    return PreparedItem(
        id=canonical_id(item_id),
        url=url,
        title=title,
        display_title=display_title,
        published=published,
        updated=updated,
        content_html=content_html,
        summary=summary,
        authors=_authors(report, item.authors, url),
        categories=_terms(report, "categories", item.categories),
        tags=_terms(report, "tags", item.tags),
        image=_image(report, item.image, url) if item.image else None,
        language=report.raw("language", item.language),
        external_url=report.url("external_url", item.external_url, url),
    )


@lru_cache(maxsize=4096)
def _prepare_item_cached(
    item: FeedItem,
) -> tuple[PreparedItem | FeedError, tuple[FeedWarning, ...]]:
    """``prepare_item`` remembered per item: a site puts one article in five or more feeds
    (hub, articles, category, each tag, language) and cleaning its body is the costly part."""
    sink: list[FeedWarning] = []
    try:
        return prepare_item(item, sink), tuple(sink)
    except FeedError as error:
        return error, tuple(sink)


def clear_cache() -> None:
    """Forget prepared items (``mkdocs serve`` rebuilds; benchmarks time cold builds)."""
    _prepare_item_cached.cache_clear()


def _prepare_item_reporting(item: FeedItem, sink: list[FeedWarning]) -> PreparedItem | None:
    try:
        result, warnings = _prepare_item_cached(item)
    except TypeError:  # an unhashable field (a list where a tuple belongs): no caching
        warnings_list: list[FeedWarning] = []
        try:
            result = prepare_item(item, warnings_list)
        except FeedError as error:
            result = error
        warnings = tuple(warnings_list)
    sink.extend(warnings)
    if isinstance(result, FeedError):
        message = f"{result.message}; left out of the feed"
        sink.append(FeedWarning(result.where, result.field, message, "error"))
        return None
    return result


def _prepare_spec(spec: FeedSpec, sink: list[FeedWarning]) -> FeedSpec:
    where = f"feed {spec.atom_url.strip() or repr(spec.title)}"
    report = _Report(where, sink)
    urls = {
        field: _require_url(where, field, report.raw(field, getattr(spec, field)))
        for field in ("home_page_url", "rss_url", "atom_url", "json_url")
    }
    if spec.updated is not None:
        _require_aware(where, "updated", spec.updated)
    if spec.limit is not None and spec.limit < 0:
        raise FeedError(where, "limit", f"must be 0 or more, got {spec.limit}")
    title = report.text("title", spec.title)
    if not title:
        raise FeedError(where, "title", "is empty")
    base = urls["home_page_url"]
    spec_id = report.raw("id", spec.id) or urls["atom_url"]
    return replace(
        spec,
        **urls,
        title=title,
        description=report.text("description", spec.description),
        authors=_authors(report, spec.authors, base),
        rights=report.text("rights", spec.rights),
        icon=report.url("icon", spec.icon, base),
        logo=report.url("logo", spec.logo, base),
        favicon=report.url("favicon", spec.favicon, base),
        hubs=tuple(report.url("hubs", hub, base) for hub in spec.hubs if hub.strip()),
        id=canonical_id(spec_id),
        language=report.raw("language", spec.language),
    )


def _has_aware_date(item: FeedItem) -> bool:
    published = item.published
    return isinstance(published, datetime) and published.utcoffset() is not None


def newest_first(items: Iterable[FeedItem]) -> list[FeedItem]:
    """Newest ``published`` first; equal dates by id, then URL and title, so the order never
    depends on the order the host passed the items in. Only items with an aware date."""
    ordered = sorted(items, key=lambda item: (canonical_id(item.id), item.url, item.title))
    return sorted(ordered, key=lambda item: item.published, reverse=True)


def prepare_feed(spec: FeedSpec, items: list[FeedItem] | tuple[FeedItem, ...]) -> PreparedFeed:
    """Clean ``spec`` and ``items``, keep the newest ``spec.limit`` items, date the feed.

    Items that cannot be used are left out with an ``error``-severity warning naming them;
    a spec that cannot be used raises ``FeedError``. The feed's date is the newest
    ``updated`` among the items it keeps: never the build time.

    Items are cleaned newest first and only until the feed is full: a hub feed of 20 items
    over 1,500 entries cleans 20 bodies, not 1,500. (Items that no feed keeps are never
    cleaned, so never reported; they are never published either.)
    """
    sink: list[FeedWarning] = []
    spec = _prepare_spec(spec, sink)
    dated = [item for item in items if _has_aware_date(item)]
    for item in items:
        if not _has_aware_date(item):
            _prepare_item_reporting(item, sink)  # reports the bad date, naming the item

    kept: list[PreparedItem] = []
    seen: set[str] = set()
    for raw in newest_first(dated):
        if spec.limit is not None and len(kept) >= spec.limit:
            break
        item = _prepare_item_reporting(raw, sink)
        if item is None:
            continue
        if item.id in seen:
            sink.append(FeedWarning(item.id, "id", "two items share this id; kept the newest"))
            continue
        seen.add(item.id)
        kept.append(item)

    fallback = spec.updated or EMPTY_FEED_UPDATED
    updated = max((item.updated for item in kept), default=fallback)
    return PreparedFeed(
        spec=spec,
        id=spec.id,
        items=tuple(kept),
        updated=updated,
        has_items=bool(kept),
        warnings=tuple(sink),
    )
