"""Settings the core needs, independent of the host (MkDocs passes its config here)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from pathlib import Path


@dataclass(frozen=True)
class UrlScheme:
    """Where generated pages live; every pattern is relative to the site root."""

    article: str = "articles/{slug}/"
    highlight: str = "highlights/{id}/"
    index: str = "articles/"
    tag: str = "articles/tag/{slug}/"
    category: str = "articles/category/{slug}/"
    archive: str = "articles/archive/{year}/"
    author: str = "authors/{id}/"
    highlights_index: str = "highlights/"
    language: str = "articles/lang/{lang}/"
    #: appended to a listing's URL for its page 2, 3, ... (Material's ``pagination_url_format``)
    page: str = "page/{page}/"
    #: Babel pattern of ``{date}`` in the article URL (Material's ``post_url_date_format``)
    date_format: str = "yyyy/MM/dd"
    #: how ``{slug}`` is made from titles and category names (see ``text.SLUG_STYLES``)
    slug_style: str = "podium"


@dataclass(frozen=True)
class ContentSettings:
    """How to read a hub's content."""

    docs_dir: Path
    articles_dir: str = "articles"
    highlights_dir: str = "highlights"
    authors_file: str = ".authors.yml"
    language: str = "en"
    timezone: tzinfo = UTC
    words_per_minute: int = 230
    related_count: int = 3
    include_drafts: bool = False
    include_future: bool = False
    now: datetime = field(default_factory=lambda: datetime.now(tz=UTC))
    urls: UrlScheme = field(default_factory=UrlScheme)
    #: an article without ``slug:`` takes it from its "file" name or its "title" (Material)
    slug_from: str = "file"
    #: name of Material's folder-defaults file (``.meta.yml``) when its meta plugin is on
    meta_file: str | None = None
    #: Markdown → HTML with the site's extensions: set, reading times are Material's
    render_html: Callable[[str], str] | None = None
