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
from podium.importers.language import fill_languages
from podium.importers.post import Post, ReadResult, Skip
from podium.importers.related import article_slugs, related_article
from podium.importers.writer import NEW, UPDATED, Outcome, apply, plan

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
        filters = filters or Filters()
        posts, language_notes = fill_languages(cleaned, filters.assume_lang)
        notes.extend(language_notes)
        posts, filtered = apply_filters(posts, filters)
        # An attachment whose file the export lacks would be an empty, unreadable picture.
        absent = sum(1 for post in posts for media in post.media if not media.member)
        if absent:
            notes.append(f"{absent} attachments are not in the archive: left out")
            posts = [
                replace(post, media=tuple(m for m in post.media if m.member)) for post in posts
            ]
        if site_url:
            slugs = article_slugs(docs_dir)
            posts = [
                replace(post, article=related_article(post.body, site_url, slugs)) for post in posts
            ]
        planned = plan(posts, archive, docs_dir, layout)
    notes.extend(_missing_alt(posts, planned.outcomes, docs_dir))
    if not dry_run:
        apply(planned.writes, docs_dir)
    return ImportReport(planned.outcomes, read.skipped + filtered, notes + read.notes, dry_run)


def _missing_alt(posts: list[Post], outcomes: list[Outcome], docs_dir: Path) -> list[str]:
    """One line per written highlight whose image has no alt text (`podium check` lists
    them too, as notes: they do not fail the deploy)."""
    paths = {
        outcome.import_id: outcome.path
        for outcome in outcomes
        if outcome.action in (NEW, UPDATED) and outcome.detail != "media"
    }
    lines = []
    for post in posts:
        if post.media and not post.media[0].alt.strip() and post.import_id in paths:
            where = (docs_dir / paths[post.import_id]).as_posix()
            lines.append(f"{where}: image_alt: missing: describe the image")
    return lines
