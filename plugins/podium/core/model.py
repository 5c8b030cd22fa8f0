"""The content model: immutable records built from validated front matter.

Everything here is plain data so that feeds, cards, share texts and meta tags can be computed
without MkDocs (see DESIGN.md: the core is a library, MkDocs is one host).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType
from typing import Any

from podium.core.plaintext import plain_line

EMPTY: Mapping[str, Any] = MappingProxyType({})


@dataclass(frozen=True)
class Author:
    """A person from ``.authors.yml`` (Material's format, extended)."""

    id: str
    name: str
    description: str = ""
    avatar: str = ""
    url: str = ""
    job_title: str = ""
    organization: str = ""
    bio: str = ""
    email: str = ""
    profiles: Mapping[str, str] = field(default_factory=lambda: EMPTY)
    slug: str = ""  # URL segment of the author's page (default: the id)


@dataclass(frozen=True)
class Correction:
    """A public correction: owning a mistake, dated."""

    date: datetime
    text: str


@dataclass(frozen=True)
class Syndication:
    """Where a piece was also posted (POSSE), rendered as ``u-syndication``."""

    platform: str
    url: str


@dataclass(frozen=True)
class RelatedLink:
    """Material's ``links`` entry: a target (page path or URL), its title when written
    (else the linked page's title is shown) and the section headings it is nested under."""

    title: str
    target: str
    section: tuple[str, ...] = ()


@dataclass(frozen=True)
class Article:
    """One long-form article."""

    source: str
    slug: str
    url: str
    title: str
    date: datetime
    description: str = ""
    updated: datetime | None = None
    authors: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    lang: str = "en"
    translation_key: str | None = None
    series: str | None = None
    draft: bool = False
    pin: bool = False
    canonical_url: str | None = None
    image: str | None = None
    image_alt: str | None = None
    share: Mapping[str, Any] = field(default_factory=lambda: EMPTY)
    corrections: tuple[Correction, ...] = ()
    syndication: tuple[Syndication, ...] = ()
    links: tuple[RelatedLink, ...] = ()
    cards: Mapping[str, Any] | None = None
    body: str = ""
    excerpt: str = ""
    words: int = 0
    reading_minutes: int = 1
    meta: Mapping[str, Any] = field(default_factory=lambda: EMPTY)
    #: line of each front-matter key in the source file, for error messages
    lines: Mapping[str, int] = field(default_factory=lambda: EMPTY, compare=False, repr=False)

    @property
    def modified(self) -> datetime:
        """Newest of the publication date, ``updated`` and the last correction."""
        candidates = [self.date]
        if self.updated:
            candidates.append(self.updated)
        candidates.extend(correction.date for correction in self.corrections)
        return max(candidates)

    @property
    def kind(self) -> str:
        return "article"


@dataclass(frozen=True)
class Highlight:
    """A short social post owned as Markdown (or a pull quote lifted from an article)."""

    source: str
    id: str
    url: str
    title: str
    date: datetime
    lang: str = "en"
    tags: tuple[str, ...] = ()
    article: str | None = None
    syndication: tuple[Syndication, ...] = ()
    share: Mapping[str, Any] = field(default_factory=lambda: EMPTY)
    attribution: str | None = None
    image: str | None = None
    image_alt: str | None = None
    body: str = ""
    cards: Mapping[str, Any] | None = None
    meta: Mapping[str, Any] = field(default_factory=lambda: EMPTY)
    anchor: str | None = None
    draft: bool = False
    lines: Mapping[str, int] = field(default_factory=lambda: EMPTY, compare=False, repr=False)

    @property
    def modified(self) -> datetime:
        return self.date

    @property
    def kind(self) -> str:
        return "highlight"

    @property
    def is_pullquote(self) -> bool:
        return self.anchor is not None


def content_warning(item: Article | Highlight) -> str:
    """The post's content warning (Mastodon's ``spoiler_text``), one plain line; "" if none.

    Everything shown outside the page itself (card, og/twitter description, feed summary,
    share texts) shows the warning instead of the body.
    """
    value = item.meta.get("content_warning") if item.meta else None
    return plain_line(value) if isinstance(value, str) else ""
