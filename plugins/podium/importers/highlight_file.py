"""Post → highlight Markdown file (front matter + body), with a content hash.

The front matter records `import_id` and `import_hash`. The hash covers the whole file except
the hash line itself, so a later import can tell "still exactly what we generated" (safe to
refresh) from "the author edited it" (never touched again).
"""

from __future__ import annotations

import hashlib
import posixpath
import re
from dataclasses import dataclass
from pathlib import PurePosixPath

import yaml

from podium.core.slugs import slugify
from podium.importers.markup import escape_inline
from podium.importers.post import Post

HASH_LINE = re.compile(r"^import_hash: sha256:[0-9a-f]{64}\n", re.MULTILINE)
_LINK = re.compile(r"\S*https?://\S*", re.IGNORECASE)


@dataclass(frozen=True)
class Layout:
    """Where files go, docs-relative (posix)."""

    highlights_dir: str = "highlights"
    assets_dir: str = "assets/highlights"

    def highlight_folder(self, platform: str) -> str:
        return f"{self.highlights_dir}/{platform}"

    def media_path(self, post: Post, position: int, extension: str) -> str:
        return f"{self.assets_dir}/{post.platform}/{short_id(post)}-{position}{extension}"


def short_id(post: Post) -> str:
    """The last, most specific part of the platform id, safe in a file name."""
    tail = re.split(r"[/:]", post.native_id.rstrip("/"))[-1]
    return re.sub(r"[^A-Za-z0-9_-]", "-", tail)[:40] or "post"


def _name_slug(text: str) -> str:
    """An ASCII file-name slug of ``text``, leaving out links (they make poor names)."""
    return slugify(_LINK.sub(" ", text), ascii=True, max_length=48)


def file_stem(post: Post) -> str:
    slug = _name_slug(post.plain_text.split("\n", 1)[0]) or _name_slug(post.plain_text)
    if len(slug) < 3:
        slug = short_id(post)
    return f"{post.date:%Y-%m-%d}-{slug}"


def image_reference(media_path: str) -> str:
    """Front-matter `image`: docs-relative path, as the highlight model expects."""
    return media_path


def render(post: Post, source_path: str, media_paths: list[str]) -> str:
    """The complete file text; `source_path` and `media_paths` are docs-relative."""
    meta: dict[str, object] = {"date": post.date}
    if post.lang:
        meta["lang"] = post.lang
    if post.tags:
        meta["tags"] = list(post.tags)
    if post.article:
        meta["article"] = post.article
    meta["syndication"] = [{"platform": post.platform, "url": post.url}]
    if post.content_warning:
        meta["content_warning"] = post.content_warning
    if media_paths:
        meta["image"] = image_reference(media_paths[0])
        meta["image_alt"] = post.media[0].alt
    meta["import_id"] = post.import_id
    front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=1000)
    body = post.body.rstrip("\n") + "\n"
    folder = posixpath.dirname(source_path)
    for media, path in zip(post.media[1:], media_paths[1:], strict=True):
        relative = posixpath.relpath(path, folder)
        body += f"\n![{escape_inline(media.alt)}]({relative})\n"
    text = f"---\n{front}---\n\n{body}"
    digest = content_hash(text)
    marker = "\n---\n\n"  # end of the front matter: the hash goes last in it
    head, tail = text.split(marker, 1)
    return f"{head}\nimport_hash: sha256:{digest}{marker}{tail}"


def content_hash(text: str) -> str:
    """sha256 of the file text with its own hash line removed (LF line endings)."""
    without = HASH_LINE.sub("", text.replace("\r\n", "\n"), count=1)
    return hashlib.sha256(without.encode("utf-8")).hexdigest()


def stored_hash(text: str) -> str | None:
    match = HASH_LINE.search(text.replace("\r\n", "\n"))
    return match.group()[len("import_hash: sha256:") :].strip() if match else None


def is_untouched(text: str) -> bool:
    """True when the file is byte-for-byte what an import generated (hash still matches)."""
    stored = stored_hash(text)
    return stored is not None and stored == content_hash(text)


def highlight_source(layout: Layout, post: Post, stem: str) -> str:
    return str(PurePosixPath(layout.highlight_folder(post.platform)) / f"{stem}.md")
