"""Settings the core needs, independent of the host, with every default defined once.

Both the ``podium/articles`` plugin and ``podium check`` build them with
:func:`content_settings` from the plugin's options (a plain mapping), so the two always read
a hub the same way; the plugin's ``Config`` class takes its defaults from here too.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .slugs import SLUG_STYLES
from .urlformat import PLACEHOLDERS, UrlPatternError, check_pattern


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
    #: how ``{slug}`` is made from titles and category names (see ``slugs.SLUG_STYLES``)
    slug_style: str = "podium"


#: ``UrlScheme`` fields whose option is not ``<field>_url``: they say how URLs are made.
_URL_OPTIONS = {"date_format": "url_date_format", "slug_style": "url_slugify"}


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


#: The defaults, for hosts that declare options (``ArticlesConfig``) and for messages.
DEFAULT_URLS = UrlScheme()
DEFAULTS = ContentSettings(docs_dir=Path("docs"))


class SettingsError(ValueError):
    """A bad option: ``field`` names it (``timezone``), ``message`` says what was expected."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


def parse_zone(name: str) -> tzinfo:
    """The IANA time zone ``name``; ValueError with one clear sentence when unknown."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            f"unknown time zone {name!r} (expected an IANA name such as Europe/Oslo)"
        ) from None


def content_settings(
    options: Mapping[str, Any],
    *,
    docs_dir: Path,
    language: str,
    now: datetime,
    include_drafts: bool = False,
    include_future: bool | None = None,
    meta_file: str | None = None,
    render_html: Callable[[str], str] | None = None,
) -> ContentSettings:
    """Settings from ``podium/articles`` options (missing ones take the defaults above).

    Each ``UrlScheme`` field ``x`` is the option ``x_url`` (``article_url``, ``tag_url``...),
    but ``url_date_format`` and ``url_slugify``. ``include_future`` defaults to the option of
    that name. ``meta_file`` and ``render_html`` come from the host (its other plugins and
    Markdown extensions). Raises :class:`SettingsError`.
    """

    def option(name: str, default: Any) -> Any:
        value = options.get(name)
        return default if value is None else value

    zone_name = str(option("timezone", "UTC"))
    try:
        zone = parse_zone(zone_name)
    except ValueError as error:
        raise SettingsError("timezone", str(error)) from None
    names = {
        item.name: _URL_OPTIONS.get(item.name, f"{item.name}_url") for item in fields(UrlScheme)
    }
    urls = UrlScheme(
        **{name: str(option(names[name], getattr(DEFAULT_URLS, name))) for name in names}
    )
    # A pattern with a placeholder it cannot fill is reported by the validation pass
    # (``url_pattern_problems``, one line naming the option); the default pattern is used,
    # so the rest still builds (and --strict fails on the reported error).
    bad = {name for name, _ in url_pattern_problems(urls)}
    if bad:
        urls = replace(urls, **{name: getattr(DEFAULT_URLS, name) for name in bad})
    if urls.slug_style not in SLUG_STYLES:
        raise SettingsError("url_slugify", f"expected one of {', '.join(SLUG_STYLES)}")
    slug_from = str(option("slug_from", DEFAULTS.slug_from))
    if slug_from not in ("file", "title"):
        raise SettingsError("slug_from", "expected 'file' or 'title'")
    future = option("include_future", DEFAULTS.include_future)
    return ContentSettings(
        docs_dir=docs_dir,
        articles_dir=str(option("articles_dir", DEFAULTS.articles_dir)).strip("/"),
        highlights_dir=str(option("highlights_dir", DEFAULTS.highlights_dir)).strip("/"),
        authors_file=str(option("authors_file", DEFAULTS.authors_file)),
        language=language,
        timezone=zone,
        words_per_minute=int(option("words_per_minute", DEFAULTS.words_per_minute)),
        related_count=int(option("related_count", DEFAULTS.related_count)),
        include_drafts=include_drafts,
        include_future=bool(future) if include_future is None else include_future,
        now=now,
        urls=urls,
        slug_from=slug_from,
        meta_file=meta_file,
        render_html=render_html,
    )


def url_pattern_problems(urls: UrlScheme) -> list[tuple[str, str]]:
    """``(field, message)`` for each URL pattern with a placeholder it cannot fill.

    Checked once before anything is formatted (``urlformat`` owns the placeholders), so a
    typo is one line naming the option, never a KeyError.
    """
    found = []
    for item in fields(UrlScheme):
        option_name = _URL_OPTIONS.get(item.name, f"{item.name}_url")
        if option_name not in PLACEHOLDERS:
            continue
        try:
            check_pattern(option_name, getattr(urls, item.name))
        except UrlPatternError as error:
            found.append((item.name, str(error).removeprefix(f"{option_name}: ")))
    return found
