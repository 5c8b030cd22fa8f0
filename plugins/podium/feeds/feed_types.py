"""Plain input and output types of the feed library.

The feed library knows nothing about articles, highlights or MkDocs: a host (the
``podium/feeds`` plugin, a test, the benchmark) turns its content into ``FeedItem``s and
describes one feed with a ``FeedSpec``. Keeping the input this small is what lets the
serialisers be tested on hostile text without building a site.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


class FeedError(ValueError):
    """Input a feed cannot be built from (naive dates, relative URLs, missing title).

    The message names the item (its source path or id) and the field, like every Podium
    error: ``articles/foo.md: published: datetime has no timezone``.
    """

    def __init__(self, where: str, field: str, message: str) -> None:
        self.where = where
        self.field = field
        self.message = message
        super().__init__(f"{where}: {field}: {message}")


@dataclass(frozen=True)
class FeedWarning:
    """Something the library fixed in, or left out of, a feed on its own.

    ``severity`` is ``"warning"`` when the library repaired the input (stripped control
    characters, dropped a duplicate) and ``"error"`` when it had to leave the item out
    (naive date, relative URL). ``where`` is the item's source path when the host gave
    one, else its id.
    """

    where: str
    field: str
    message: str
    severity: str = "warning"

    def __str__(self) -> str:
        return f"{self.where}: {self.field}: {self.message}"


@dataclass(frozen=True)
class FeedAuthor:
    """A person credited on a feed or an item. ``url`` is their page or profile."""

    name: str
    url: str = ""
    avatar: str = ""


@dataclass(frozen=True)
class FeedImage:
    """The item's preview image (the share card, or the cover when there is no card).

    ``length`` is the size in bytes when known: RSS requires it on ``<enclosure>`` and the
    library writes ``0`` ("unknown", as the RSS Best Practices Profile says) otherwise.
    ``mime_type`` is guessed from the URL's extension when not given.
    """

    url: str
    mime_type: str = ""
    width: int | None = None
    height: int | None = None
    length: int | None = None
    alt: str = ""


@dataclass(frozen=True)
class FeedItem:
    """One entry of a feed: an article or a highlight, already rendered to HTML.

    ``id`` is the canonical URL (tracking parameters are removed by the library); ``url``
    is the page the entry links to; ``content_html`` is the full body or the excerpt, as
    the host chose; ``summary`` is plain text. Dates must be timezone-aware; ``updated``
    is the newest of the front matter's ``updated`` and last correction, never a build or
    git time. ``source`` (the docs-relative path) only serves to name the item in warnings.
    """

    id: str
    url: str
    title: str
    published: datetime
    updated: datetime | None = None
    content_html: str = ""
    summary: str = ""
    authors: tuple[FeedAuthor, ...] = ()
    categories: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    image: FeedImage | None = None
    language: str = ""
    external_url: str = ""
    source: str = ""


@dataclass(frozen=True)
class FeedSpec:
    """One feed: its title, where it lives, who writes it and how many items it keeps.

    ``rss_url``/``atom_url``/``json_url`` are the absolute URLs the three files are served
    from (each format's ``self`` link); ``home_page_url`` is the HTML page the feed mirrors.
    ``id`` defaults to ``atom_url`` so that every feed of a site has a distinct, stable id.
    ``updated`` is only used for a feed without items (no item means no content date; the
    fallback keeps empty feeds byte-identical across builds). ``limit`` keeps the newest
    ``limit`` items (``None``: all).
    """

    title: str
    home_page_url: str
    rss_url: str
    atom_url: str
    json_url: str
    description: str = ""
    language: str = ""
    authors: tuple[FeedAuthor, ...] = ()
    icon: str = ""
    logo: str = ""
    favicon: str = ""
    hubs: tuple[str, ...] = ()
    limit: int | None = None
    id: str = ""
    updated: datetime | None = None
    rights: str = ""
    generator: str = "Podium"


@dataclass(frozen=True)
class RenderedFeed:
    """The three serialisations of one feed plus what the library fixed on the way."""

    rss: bytes
    atom: bytes
    json: bytes
    warnings: tuple[FeedWarning, ...] = field(default_factory=tuple)
