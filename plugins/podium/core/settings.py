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
