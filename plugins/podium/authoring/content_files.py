"""Find a hub's content folders and read existing files' front matter (read-only)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from podium.core.frontmatter import load_yaml

from .mkdocs_yaml import SiteConfig

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)


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
        articles=docs / str(articles.get("articles_dir") or "articles"),
        highlights=docs
        / str(highlights.get("highlights_dir") or articles.get("highlights_dir") or "highlights"),
        events=docs / str(profile.get("events_dir") or "events"),
        authors_file=docs / str(articles.get("authors_file") or ".authors.yml"),
    )


def read_front_matter(path: Path) -> dict[str, Any]:
    """Front matter of ``path`` as a dict; {} when absent or unreadable (callers only peek)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return {}
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}
    try:
        data = load_yaml(match.group(1) or "")
    except yaml.YAMLError:
        return {}
    return data if isinstance(data, dict) else {}


def author_ids(authors_file: Path) -> list[str]:
    """Author ids in Material's ``.authors.yml`` (``authors: {id: {...}}``), in file order."""
    try:
        data = load_yaml(authors_file.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return []
    authors = data.get("authors") if isinstance(data, dict) else None
    return [str(key) for key in authors] if isinstance(authors, dict) else []
