"""Link an imported post to the site's own article it points at (front matter `article`).

A post that links to `<site_url>/articles/<slug>/` is about that article; the highlight then
shows "Read the article" and appears on the article's page. Only slugs of articles that exist
in the docs folder are used, since the build warns about unknown ones.
"""

from __future__ import annotations

import re
from pathlib import Path

from podium.core.slugs import slugify
from podium.core.yaml_reader import front_matter_data

_URL = re.compile(r"https?://[^\s<>()\[\]\"']+")


def article_slugs(docs_dir: Path, articles_dir: str = "articles") -> frozenset[str]:
    """Slugs of the articles on disk: front-matter `slug`, else the file name (as the core does)."""
    root = docs_dir / articles_dir
    slugs = set()
    for path in sorted(root.rglob("*.md")) if root.is_dir() else []:
        if path.name == "index.md":
            continue
        slug = None
        meta = front_matter_data(path.read_text(encoding="utf-8", errors="replace"))
        if meta.get("slug"):
            slug = str(meta["slug"])
        slugs.add(slug or slugify(path.stem))
    return frozenset(slugs)


def related_article(
    body: str, site_url: str, slugs: frozenset[str], url_pattern: str = "articles/{slug}/"
) -> str | None:
    """The slug of the first link in `body` to one of the site's articles, if any."""
    prefix, _, suffix = url_pattern.partition("{slug}")
    base = site_url.rstrip("/") + "/" + prefix.lstrip("/")
    for url in _URL.findall(body):
        if not url.startswith(base):
            continue
        slug = url[len(base) :].split("#", 1)[0].split("?", 1)[0]
        slug = slug.removesuffix(suffix).strip("/") if suffix else slug.strip("/")
        if slug in slugs:
            return slug
    return None
