"""Find the links and images in a Markdown page and check that internal ones resolve.

The Markdown is rendered with Python-Markdown (the library MkDocs uses) and the HTML is
read back, so that code blocks, reference-style links and raw ``<img>`` tags count exactly
as they will in the built page. Line numbers are recovered by finding each target in the
source, since rendering forgets them.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any
from urllib.parse import unquote, urlsplit

import markdown

# Always available and enough to find links the way MkDocs renders them.
_BASE_EXTENSIONS = ("extra",)


@dataclass(frozen=True)
class Reference:
    """A link (``<a href>``) or image (``<img src>``) in a rendered page."""

    kind: str  # "link" or "image"
    target: str
    alt: str | None
    line: int


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "a" and values.get("href"):
            self.found.append(("link", values["href"] or "", None))
        elif tag == "img" and values.get("src"):
            self.found.append(("image", values["src"] or "", values.get("alt")))


@dataclass(frozen=True)
class Renderer:
    """Python-Markdown set up with the hub's extensions (those that load outside MkDocs)."""

    extensions: tuple[str, ...] = _BASE_EXTENSIONS
    configs: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def from_config(cls, configured: Any) -> Renderer:
        """Keep each extension of ``markdown_extensions`` that can be built here.

        One that cannot (e.g. configured with a ``!!python/name`` function) is skipped:
        finding links does not depend on it.
        """
        names, configs = list(_BASE_EXTENSIONS), {}
        for name, options in _extension_items(configured):
            try:
                markdown.Markdown(extensions=[name], extension_configs={name: options})
            except Exception:  # any failure only means we render without it
                continue
            names.append(name)
            configs[name] = options
        return cls(tuple(dict.fromkeys(names)), configs)

    def html(self, body: str) -> str:
        try:
            engine = markdown.Markdown(
                extensions=list(self.extensions), extension_configs=dict(self.configs)
            )
            return engine.convert(body)
        except Exception:  # an extension that breaks on this page: fall back to the basics
            return markdown.Markdown(extensions=list(_BASE_EXTENSIONS)).convert(body)


def _extension_items(configured: Any) -> list[tuple[str, dict[str, Any]]]:
    """MkDocs' two spellings of ``markdown_extensions`` (list or mapping) as pairs."""
    if isinstance(configured, dict):
        pairs = list(configured.items())
    elif isinstance(configured, list):
        pairs = [
            next(iter(entry.items())) if isinstance(entry, dict) else (entry, {})
            for entry in configured
            if isinstance(entry, str) or (isinstance(entry, dict) and len(entry) == 1)
        ]
    else:
        pairs = []
    return [(str(name), dict(options or {})) for name, options in pairs]


def find_references(body: str, renderer: Renderer, first_line: int = 1) -> list[Reference]:
    """Links and images of ``body`` (which starts at ``first_line`` of its file)."""
    collector = _Collector()
    collector.feed(renderer.html(body))
    lines = body.splitlines()
    references = []
    seen: dict[str, int] = {}  # a target used twice: its second use is found after the first
    for kind, target, alt in collector.found:
        line = _line_of(target, lines, seen.get(target, -1) + 1)
        if line is None:
            line = _line_of(target, lines, 0) or 0
        else:
            seen[target] = line
        references.append(Reference(kind, target, alt, first_line + line))
    return references


def _line_of(target: str, lines: list[str], start: int) -> int | None:
    """0-based line, from ``start`` on, where ``target`` is written (as is or escaped)."""
    candidates = {target, target.replace("&", "&amp;"), unquote(target)}
    for number in range(start, len(lines)):
        if any(candidate in lines[number] for candidate in candidates):
            return number
    return None


def is_internal(target: str) -> bool:
    """True for links into the site itself (no scheme, no host, not just ``#anchor``)."""
    parts = urlsplit(target)
    return not (parts.scheme or parts.netloc) and bool(parts.path)


@dataclass(frozen=True)
class SiteMap:
    """What internal links may point to: docs files and the URLs of every page."""

    files: frozenset[str]  # docs-relative posix paths of every file in docs_dir
    page_urls: Mapping[str, str]  # docs-relative .md source -> site-relative URL
    known_urls: frozenset[str]  # site-relative URLs of pages (docs and generated)
    checked_prefixes: tuple[str, ...]  # URL prefixes Podium owns entirely (articles/...)


def page_url(source: str, use_directory_urls: bool = True) -> str:
    """The URL MkDocs gives a docs page (``a/b.md`` → ``a/b/``)."""
    stem, _ = posixpath.splitext(source)
    if posixpath.basename(stem) in {"index", "README"}:
        folder = posixpath.dirname(stem)
        return f"{folder}/" if folder else ""
    return f"{stem}/" if use_directory_urls else f"{stem}.html"


def check_reference(reference: Reference, source: str, site: SiteMap) -> tuple[str, str] | None:
    """``(severity, message)`` when an internal link or image points at nothing."""
    if not is_internal(reference.target):
        return None
    path = unquote(urlsplit(reference.target).path)
    if reference.kind == "link" and not posixpath.splitext(path.rstrip("/"))[1]:
        return _check_url(reference.target, path, source, site)
    if path.startswith("/"):
        candidate = posixpath.normpath(path.lstrip("/")) if path != "/" else "."
    else:
        candidate = posixpath.normpath(posixpath.join(posixpath.dirname(source), path))
    what = "image" if reference.kind == "image" else "link"
    if candidate.startswith("../") or candidate == "..":
        return "error", f"{what} {reference.target!r} points outside the docs folder"
    if candidate in site.files:
        return None
    if reference.kind == "image":
        return "error", f"image {reference.target!r} not found (looked for docs/{candidate})"
    if candidate.lower().endswith(".md"):
        return "error", f"link {reference.target!r}: no page docs/{candidate}"
    return (
        "warning",
        f"link {reference.target!r}: no file docs/{candidate} (fine if a plugin makes it)",
    )


def _check_url(target: str, path: str, source: str, site: SiteMap) -> tuple[str, str] | None:
    """A directory-style link (``../other-article/``), resolved against the page's URL."""
    base = site.page_urls.get(source, page_url(source))
    if path.startswith("/"):
        url = path.lstrip("/")
    else:
        url = posixpath.normpath(posixpath.join(posixpath.dirname(base.rstrip("/") + "/x"), path))
        url = "" if url == "." else url
    url = url.rstrip("/") + "/" if url else ""
    if url in site.known_urls or url.rstrip("/") + ".md" in site.files:
        return None
    if re.match(r"^\.\./|^\.\.$", url):
        return "error", f"link {target!r} points outside the site"
    if any(url.startswith(prefix) for prefix in site.checked_prefixes):
        return "error", f"link {target!r}: no page at /{url}"
    return None
