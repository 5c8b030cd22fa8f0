"""One import run: read the archive, filter, plan against disk, write (unless dry run)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from podium.importers import bluesky, linkedin, mastodon, x
from podium.importers.archive import Archive
from podium.importers.clean import clean_post
from podium.importers.filters import Filters
from podium.importers.filters import apply as apply_filters
from podium.importers.highlight_file import Layout
from podium.importers.post import ReadResult, Skip
from podium.importers.related import article_slugs, related_article
from podium.importers.writer import Outcome, apply, plan

READERS: dict[str, Callable[[Archive], ReadResult]] = {
    "mastodon": mastodon.read,
    "x": x.read,
    "linkedin": linkedin.read,
    "bluesky": bluesky.read,
}
ALIASES = {"twitter": "x"}


@dataclass
class ImportReport:
    outcomes: list[Outcome] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    dry_run: bool = False


def import_archive(
    platform: str,
    archive_path: Path,
    docs_dir: Path,
    *,
    filters: Filters | None = None,
    layout: Layout | None = None,
    dry_run: bool = False,
    site_url: str | None = None,
) -> ImportReport:
    """Raises ArchiveError (nothing written) on a bad archive; otherwise reports every post.

    With `site_url`, a post linking to one of the site's articles gets `article: <slug>`.
    """
    platform = ALIASES.get(platform, platform)
    if platform not in READERS:
        raise ValueError(f"unknown platform {platform!r}; choose one of {', '.join(READERS)}")
    layout = layout or Layout()
    with Archive(archive_path) as archive:
        read = READERS[platform](archive)
        notes = [f"{archive.label(name)}: refused: {why}" for name, why in archive.refused]
        cleaned = []
        for post in read.posts:
            post, post_notes = clean_post(post)
            cleaned.append(post)
            notes.extend(post_notes)
        posts, filtered = apply_filters(cleaned, filters or Filters())
        if site_url:
            slugs = article_slugs(docs_dir)
            posts = [
                replace(post, article=related_article(post.body, site_url, slugs)) for post in posts
            ]
        planned = plan(posts, archive, docs_dir, layout)
    if not dry_run:
        apply(planned.writes, docs_dir)
    return ImportReport(planned.outcomes, read.skipped + filtered, notes + read.notes, dry_run)
