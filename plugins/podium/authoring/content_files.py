"""Find a hub's content folders and the ids in its ``.authors.yml`` (read-only; files'
front matter: ``podium.core.yaml_reader.read_front_matter``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from podium.core.settings import DEFAULTS
from podium.core.yaml_reader import read_front_matter, read_yaml

from .mkdocs_yaml import SiteConfig


@dataclass(frozen=True)
class ContentDirs:
    docs: Path
    articles: Path
    highlights: Path
    events: Path
    authors_file: Path


def content_dirs(config: SiteConfig) -> ContentDirs:
    """Folders as the podium plugins will read them (their options, else the defaults)."""
    articles = config.plugin("podium/articles") or {}
    highlights = config.plugin("podium/highlights") or {}
    profile = config.plugin("podium/profile") or {}
    docs = config.docs_dir
    return ContentDirs(
        docs=docs,
        articles=docs / str(articles.get("articles_dir") or DEFAULTS.articles_dir),
        highlights=docs
        / str(
            highlights.get("highlights_dir")
            or articles.get("highlights_dir")
            or DEFAULTS.highlights_dir
        ),
        events=docs / str(profile.get("events_dir") or "events"),
        authors_file=docs / str(articles.get("authors_file") or DEFAULTS.authors_file),
    )


def author_ids(authors_file: Path) -> list[str]:
    """Author ids in Material's ``.authors.yml`` (``authors: {id: {...}}``), in file order."""
    data = read_yaml(authors_file, lenient=True).data
    authors = data.get("authors") if isinstance(data, dict) else None
    return [str(key) for key in authors] if isinstance(authors, dict) else []


__all__ = ["ContentDirs", "author_ids", "content_dirs", "read_front_matter"]
