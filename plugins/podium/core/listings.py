"""Listing pages (index, tags, categories, year archives, authors), paginated.

Planned from the hub alone, so any host can generate the same pages at the same URLs.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from .hub import Hub
from .i18n import language_name
from .model import Article


class Paginated:
    """Navigation of one page among ``page_urls`` (needs ``page``, ``url``, ``page_urls``).

    Shared by article listings and the highlights wall, so both paginate the same way.
    """

    page: int
    url: str
    page_urls: tuple[str, ...]

    @property
    def pages(self) -> int:
        return len(self.page_urls)

    @property
    def newer_url(self) -> str | None:
        return self.page_urls[self.page - 2] if self.page > 1 else None

    @property
    def older_url(self) -> str | None:
        return self.page_urls[self.page] if self.page < self.pages else None

    @property
    def source(self) -> str:
        """A docs-relative Markdown path for hosts that need one (``articles/index.md``)."""
        return self.url + "index.md"


@dataclass(frozen=True)
class Listing(Paginated):
    """One page of a listing."""

    kind: str  # "index" | "tag" | "category" | "archive" | "author" | "language"
    key: str  # tag/category name, year, author id; "" for the index
    title: str
    url: str
    items: tuple[Article, ...]
    page: int
    page_urls: tuple[str, ...]


def _paginate(
    kind: str,
    key: str,
    title: str,
    articles: tuple[Article, ...],
    url_for: Callable[[int], str],
    size: int,
) -> list[Listing]:
    count = max(1, math.ceil(len(articles) / max(size, 1)))
    urls = tuple(url_for(page) for page in range(1, count + 1))
    return [
        Listing(
            kind, key, title, urls[page - 1], articles[(page - 1) * size : page * size], page, urls
        )
        for page in range(1, count + 1)
    ]


def plan_listings(hub: Hub, page_size: int, index_title: str = "Articles") -> list[Listing]:
    """Every listing page of the hub, in a stable order."""
    urls = hub.urls
    pinned_first = tuple(hub.pinned) + tuple(a for a in hub.articles if not a.pin)
    listings = _paginate("index", "", index_title, pinned_first, urls.index, page_size)
    for name, articles in hub.categories.items():
        listings += _paginate(
            "category", name, name, articles, lambda p, n=name: urls.category(n, p), page_size
        )
    for name, articles in hub.tags.items():
        listings += _paginate(
            "tag", name, name, articles, lambda p, n=name: urls.tag(n, p), page_size
        )
    for year, articles in hub.archives.items():
        listings += _paginate(
            "archive",
            str(year),
            str(year),
            articles,
            lambda p, y=year: urls.archive(y, p),
            page_size,
        )
    if len(hub.languages) > 1:
        for lang in hub.languages:
            listings += _paginate(
                "language",
                lang,
                language_name(lang),
                hub.articles_in(lang),
                lambda p, code=lang: urls.language(code, p),
                page_size,
            )
    for ident, author in hub.authors.items():
        articles = hub.articles_by(ident)
        listings += _paginate(
            "author",
            ident,
            author.name,
            articles,
            lambda p, i=ident: urls.author_page(i, p),
            page_size,
        )
    return listings
