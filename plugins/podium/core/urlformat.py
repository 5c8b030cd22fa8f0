"""URL patterns: which placeholders each URL option takes, and how they are filled in.

The placeholders follow Material's blog plugin (``{date}`` formatted with a Babel pattern,
``{slug}``, ``{categories}``, ``{file}``), so a Material blog keeps its URLs under Podium.
Checking a pattern once at config time turns a typo into one line naming the option instead
of a ``KeyError`` deep inside the build.
"""

from __future__ import annotations

import posixpath
import string
from collections.abc import Mapping
from datetime import datetime

from babel.dates import format_datetime

#: placeholders each URL option understands
PLACEHOLDERS: Mapping[str, frozenset[str]] = {
    "article_url": frozenset({"slug", "date", "year", "month", "day", "categories", "file"}),
    "highlight_url": frozenset({"id"}),
    "index_url": frozenset(),
    "tag_url": frozenset({"slug"}),
    "category_url": frozenset({"slug"}),
    "archive_url": frozenset({"year"}),
    "author_url": frozenset({"id"}),
    "language_url": frozenset({"lang"}),
    "highlights_index_url": frozenset(),
    "page_url": frozenset({"page"}),
}


class UrlPatternError(ValueError):
    """A URL option uses a placeholder it cannot fill in (or is malformed)."""


def used_placeholders(pattern: str) -> set[str]:
    """Names between braces in ``pattern``; raises :class:`UrlPatternError` when malformed."""
    try:
        return {name for _, name, _, _ in string.Formatter().parse(pattern) if name is not None}
    except ValueError as error:
        raise UrlPatternError(f"{pattern!r} is not a valid pattern ({error})") from None


def check_pattern(option: str, pattern: str) -> None:
    """Raise :class:`UrlPatternError` naming ``option`` when ``pattern`` cannot be filled in."""
    allowed = PLACEHOLDERS[option]
    try:
        used = used_placeholders(pattern)
    except UrlPatternError as error:
        raise UrlPatternError(f"{option}: {error}") from None
    unknown = sorted(used - allowed)
    if unknown:
        known = ", ".join("{" + name + "}" for name in sorted(allowed)) or "no placeholders"
        raise UrlPatternError(
            f"{option}: unknown placeholder {', '.join('{' + n + '}' for n in unknown)} "
            f"in {pattern!r} (use {known})"
        )
    if pattern.startswith("/") or (pattern and not pattern.endswith("/")):
        raise UrlPatternError(f"{option}: {pattern!r} must be relative and end with '/'")


def fill_article_url(
    pattern: str,
    *,
    slug: str,
    date: datetime,
    categories: tuple[str, ...] = (),
    file: str = "",
    date_format: str = "yyyy/MM/dd",
    locale: str = "en",
) -> str:
    """An article's URL; ``{categories}`` is the first category's slug, as Material's default.

    ``{date}`` is formatted in the article's own time zone, the way Material formats the
    (naive) date written in the front matter: Babel would otherwise convert to UTC first.
    """
    local = date.replace(tzinfo=None)
    formatted = (
        format_datetime(local, date_format, locale=_babel_locale(locale))
        if "{date" in pattern
        else ""
    )
    url = pattern.format(
        slug=slug,
        date=formatted,
        year=f"{date.year:04d}",
        month=f"{date.month:02d}",
        day=f"{date.day:02d}",
        categories="/".join(categories[:1]),
        file=file,
    )
    return _normalise(url)


def _normalise(url: str) -> str:
    """Collapse ``//`` and ``./`` left by empty placeholders (no category, ...)."""
    cleaned = posixpath.normpath(url.strip("/"))
    return "" if cleaned == "." else cleaned + "/"


def _babel_locale(language: str) -> str:
    return language.replace("-", "_") or "en"
