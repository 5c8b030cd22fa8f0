"""Rebase the links of an HTML fragment rendered for one URL so it works at another.

Excerpts are rendered on the article's page but shown on listing pages (and feeds), where
MkDocs' page-relative ``href``/``src`` values would point nowhere. Python-Markdown emits
well-formed, double-quoted attributes, so a focused regex is enough here; feeds, which must
accept any HTML and make URLs absolute, use a real parser (``podium.feeds.html_urls``).
"""

from __future__ import annotations

import posixpath
import re
from urllib.parse import urljoin, urlsplit

_ATTRIBUTE = re.compile(r'(?P<name>\s(?:href|src))="(?P<value>[^"]*)"')


def _is_relative(value: str) -> bool:
    parts = urlsplit(value)
    return not (parts.scheme or parts.netloc or value.startswith(("/", "#", "mailto:", "data:")))


def site_relative(value: str, page_url: str) -> str:
    """``value`` (relative to ``page_url``) as a path from the site root, no leading slash."""
    return urljoin("/" + page_url.lstrip("/"), value).lstrip("/")


def relative_to(target: str, page_url: str) -> str:
    """Site-root path ``target`` as seen from ``page_url`` (both site-relative)."""
    base = "/" + posixpath.dirname("/" + page_url.lstrip("/")).strip("/")
    path, hash_sign, fragment = target.partition("#")
    relative = posixpath.relpath("/" + path, base)
    if (path.endswith("/") or not path) and not relative.endswith("/"):
        relative += "/"
    return relative + hash_sign + fragment


def rebase_html(html: str, from_url: str, to_url: str) -> str:
    """Rewrite relative ``href``/``src`` so links resolve the same from ``to_url``."""
    if from_url == to_url:
        return html

    def rewrite(match: re.Match[str]) -> str:
        value = match.group("value")
        if value.startswith("#") and len(value) > 1:  # an anchor of the page it came from
            return f'{match.group("name")}="{relative_to(from_url + value, to_url)}"'
        if not _is_relative(value):
            return match.group(0)
        return f'{match.group("name")}="{relative_to(site_relative(value, from_url), to_url)}"'

    return _ATTRIBUTE.sub(rewrite, html)
