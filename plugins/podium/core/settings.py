"""Settings the core needs, independent of the host (MkDocs passes its config here)."""

from __future__ import annotations

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
