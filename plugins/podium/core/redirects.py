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
from .links import relative_to


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


def redirect_html(redirect: Redirect, site_url: str | None) -> str:
    """The page written at ``redirect.old``: canonical link, refresh, and a plain link."""
    relative = relative_to(redirect.new, redirect.old) if redirect.new else "./"
    canonical = (site_url.rstrip("/") + "/" + redirect.new) if site_url else relative
    target, canonical = escape(relative), escape(canonical)
    return (
        "<!doctype html>\n"
        '<html><head><meta charset="utf-8">\n'
        "<title>Redirecting…</title>\n"
        f'<link rel="canonical" href="{canonical}">\n'
        '<meta name="robots" content="noindex">\n'
        f'<meta http-equiv="refresh" content="0; url={target}">\n'
        f'</head><body><p>This page has moved: <a href="{target}">{target}</a></p></body></html>\n'
    )
