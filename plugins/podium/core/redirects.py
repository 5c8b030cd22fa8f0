"""Static redirect pages for URLs that moved (e.g. a migrated blog's old post URLs).

A static host cannot answer 301, so each old URL gets a tiny page with a canonical link and
an immediate ``meta refresh`` (what search engines treat as a permanent move). These pages
are not pages of the site: they never appear in the sitemap, the feeds or the listings.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from html import escape

from .errors import Problem
from .html_rebase import relative_to
from .model import Article
from .settings import UrlScheme
from .slugs import slugify_as
from .urlformat import PLACEHOLDERS, UrlPatternError, fill_article_url, used_placeholders


@dataclass(frozen=True)
class Redirect:
    """``old`` and ``new`` are site-relative URLs (``blog/2024/01/02/x/``)."""

    old: str
    new: str


def normalise_url(url: str) -> str:
    """Site-relative with a trailing ``/`` for folder URLs (``/a/b`` → ``a/b/``)."""
    cleaned = url.strip().lstrip("/")
    if cleaned and not cleaned.endswith("/") and "." not in cleaned.rsplit("/", 1)[-1]:
        cleaned += "/"
    return cleaned


def expand_patterns(
    wanted: Mapping[str, str], articles: Iterable[Article], scheme: UrlScheme, language: str
) -> dict[str, str]:
    """``wanted`` with every pattern key filled in once per article.

    A key with placeholders (``blog/{date}/{slug}/``, the article placeholders) names where
    each article *was*; its target is a pattern too, or ``{url}``: where the article is now.
    Keys without placeholders are kept as written. Raises :class:`UrlPatternError`.
    """
    allowed = PLACEHOLDERS["article_url"]
    result: dict[str, str] = {}
    patterns = []
    for old, new in wanted.items():
        old_used, new_used = used_placeholders(str(old)), used_placeholders(str(new))
        unknown = sorted((old_used - allowed) | (new_used - allowed - {"url"}))
        if unknown:
            names = ", ".join("{" + name + "}" for name in unknown)
            raise UrlPatternError(f"redirects: {old}: unknown placeholder {names}")
        if old_used:
            patterns.append((str(old), str(new)))
        elif new_used:
            raise UrlPatternError(f"redirects: {old}: a fixed URL cannot redirect to a pattern")
        else:
            result[str(old)] = str(new)
    for article in articles:
        categories = tuple(slugify_as(scheme.slug_style, name) for name in article.categories)
        filled = {
            "slug": article.slug,
            "date": article.date,
            "categories": categories,
            "file": article.source.rsplit("/", 1)[-1].removesuffix(".md"),
            "date_format": scheme.date_format,
            "locale": language,
        }
        for old, new in patterns:
            target = (
                article.url
                if new.strip("/") == "{url}"
                else fill_article_url(new.replace("{url}", article.url), **filled)
            )
            result.setdefault(fill_article_url(old, **filled), target)
    return result


def plan_redirects(
    wanted: Mapping[str, str], taken: Iterable[str], source: str = "mkdocs.yml"
) -> tuple[list[Redirect], list[Problem]]:
    """Redirects to write, sorted; an old URL that a real page still uses is skipped."""
    occupied = {normalise_url(url) for url in taken}
    redirects, problems = [], []
    for old, new in sorted(wanted.items()):
        old_url, new_url = normalise_url(old), normalise_url(new)
        if old_url == new_url:
            continue
        if old_url in occupied:
            problems.append(
                Problem(
                    source, None, f"redirects.{old}", "a page is published at this URL", "warning"
                )
            )
            continue
        redirects.append(Redirect(old_url, new_url))
    return redirects, problems


_HEAD = '<!doctype html>\n<html><head><meta charset="utf-8">\n<title>Redirecting…</title>\n'


def is_redirect_page(data: bytes) -> bool:
    """True for a page :func:`redirect_html` wrote (a rebuild may replace it)."""
    return data.startswith(_HEAD.encode("utf-8"))


def redirect_html(redirect: Redirect, site_url: str | None) -> str:
    """The page written at ``redirect.old``: canonical link, refresh, and a plain link."""
    relative = relative_to(redirect.new, redirect.old) if redirect.new else "./"
    canonical = (site_url.rstrip("/") + "/" + redirect.new) if site_url else relative
    target, canonical = escape(relative), escape(canonical)
    return (
        _HEAD + f'<link rel="canonical" href="{canonical}">\n'
        '<meta name="robots" content="noindex">\n'
        f'<meta http-equiv="refresh" content="0; url={target}">\n'
        f'</head><body><p>This page has moved: <a href="{target}">{target}</a></p></body></html>\n'
    )
