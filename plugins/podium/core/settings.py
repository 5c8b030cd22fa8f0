"""Settings the core needs, independent of the host, with every default defined once.

Both the ``podium/articles`` plugin and ``podium check`` build them with
:func:`content_settings` from the plugin's options (a plain mapping), so the two always read
a hub the same way; the plugin's ``Config`` class takes its defaults from here too.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


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
) -> ContentSettings:
    """Settings from ``podium/articles`` options (missing ones take the defaults above).

    Each ``UrlScheme`` field ``x`` is the option ``x_url`` (``article_url``, ``tag_url``...).
    ``include_future`` defaults to the option of that name. Raises :class:`SettingsError`.
    """

    def option(name: str, default: Any) -> Any:
        value = options.get(name)
        return default if value is None else value

    zone_name = str(option("timezone", "UTC"))
    try:
        zone = parse_zone(zone_name)
    except ValueError as error:
        raise SettingsError("timezone", str(error)) from None
    urls = UrlScheme(
        **{
            item.name: str(option(f"{item.name}_url", getattr(DEFAULT_URLS, item.name)))
            for item in fields(UrlScheme)
        }
    )
    # A pattern with a placeholder it cannot fill is reported by the validation pass
    # (``url_pattern_problems``); the default pattern is used, so the rest still builds.
    bad = {name for name, _ in url_pattern_problems(urls)}
    if bad:
        urls = replace(urls, **{name: getattr(DEFAULT_URLS, name) for name in bad})
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
    )


# The placeholders each URL pattern may use (UrlScheme field -> names).
PLACEHOLDERS: dict[str, frozenset[str]] = {
    "article": frozenset({"slug"}),
    "highlight": frozenset({"id"}),
    "index": frozenset(),
    "tag": frozenset({"slug"}),
    "category": frozenset({"slug"}),
    "archive": frozenset({"year"}),
    "author": frozenset({"id"}),
    "highlights_index": frozenset(),
    "language": frozenset({"lang"}),
}


def url_pattern_problems(urls: UrlScheme) -> list[tuple[str, str]]:
    """``(field, message)`` for each pattern with a placeholder it cannot fill.

    Checked once before anything is formatted, so a typo is one line, never a KeyError.
    """
    import string

    found = []
    for name, allowed in PLACEHOLDERS.items():
        pattern = getattr(urls, name)
        try:
            used = {part[1] for part in string.Formatter().parse(pattern) if part[1] is not None}
        except ValueError as error:
            found.append((name, f"cannot read {pattern!r}: {error}"))
            continue
        for placeholder in sorted(used - allowed):
            hint = ", ".join("{" + item + "}" for item in sorted(allowed)) or "none"
            message = f"unknown placeholder {{{placeholder}}} (this URL can use: {hint})"
            found.append((name, message))
    return found
