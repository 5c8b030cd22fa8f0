"""How big the published site is, by kind of output: the build's last log line.

GitHub Pages refuses sites over 1 GB, so the build warns from 800 MB on; the kinds name
what to change (cards, share kit, pages, feeds) rather than leave a bare total.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

MB = 1_000_000
WARN_BYTES = 800 * MB
FEED_SUFFIXES = (".xml", ".ics")
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".gif", ".svg", ".avif")


@dataclass(frozen=True)
class SiteSize:
    total: int
    files: int
    by_kind: Mapping[str, int]

    @property
    def too_big(self) -> bool:
        return self.total > WARN_BYTES

    def summary(self, largest: int = 4) -> str:
        kinds = sorted(self.by_kind.items(), key=lambda kv: (-kv[1], kv[0]))[:largest]
        parts = ", ".join(f"{kind} {_mb(size)}" for kind, size in kinds if size)
        line = f"site {_mb(self.total)} in {self.files} files ({parts})"
        if self.too_big:
            line += (
                f"; over {WARN_BYTES // MB} MB: GitHub Pages refuses sites over 1 GB "
                "(fewer card presets or promoted pages: podium/cards `promote`)"
            )
        return line


def _mb(size: int) -> str:
    return f"{size / MB:.1f} MB"


def kind_of(rel: str, prefixes: Mapping[str, str]) -> str:
    """The kind of one site file: a named folder first, then by type."""
    for prefix, kind in prefixes.items():
        if rel.startswith(prefix):
            return kind
    name = rel.rsplit("/", 1)[-1]
    if rel.startswith("search/"):
        return "search index"
    if name.startswith("sitemap"):
        return "sitemap"
    if name.endswith(FEED_SUFFIXES) or name in ("feed.json", "feed_json_created.json"):
        return "feeds"
    if name.endswith(".html"):
        return "pages"
    if rel.startswith("assets/"):
        return "theme assets"
    if name.endswith(IMAGE_SUFFIXES):
        return "images"
    return "other"


def measure(site_dir: Path, prefixes: Mapping[str, str] | None = None) -> SiteSize:
    """Sizes of every file under ``site_dir`` (hard links count once per name, as a host
    that copies the folder sees them)."""
    by_kind: Counter[str] = Counter()
    files = 0
    order = dict(sorted((prefixes or {}).items(), key=lambda kv: -len(kv[0])))
    for folder, _, names in os.walk(site_dir):
        for name in names:
            path = os.path.join(folder, name)
            try:
                size = os.stat(path).st_size
            except OSError:
                continue
            rel = os.path.relpath(path, site_dir).replace(os.sep, "/")
            by_kind[kind_of(rel, order)] += size
            files += 1
    return SiteSize(sum(by_kind.values()), files, dict(by_kind))
