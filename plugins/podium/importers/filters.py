"""User-chosen filters: date range, minimum length, languages."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from podium.importers.post import Post, Skip


@dataclass(frozen=True)
class Filters:
    since: date | None = None  # inclusive, compared with the post's UTC date
    until: date | None = None  # inclusive
    min_length: int = 0  # characters of visible text
    langs: frozenset[str] = frozenset()  # primary subtags ("en") or full tags ("pt-BR")
    assume_lang: str | None = None  # language for posts that state none (LinkedIn)


def apply(posts: list[Post], filters: Filters) -> tuple[list[Post], list[Skip]]:
    kept: list[Post] = []
    skipped: list[Skip] = []
    for post in posts:
        if post.lang is None and filters.assume_lang:
            post = replace(post, lang=filters.assume_lang)
        reason = _reason(post, filters)
        if reason:
            skipped.append(Skip(post.platform, post.native_id, reason))
        else:
            kept.append(post)
    return kept, skipped


def _reason(post: Post, filters: Filters) -> str | None:
    day = post.date.date()
    if filters.since and day < filters.since:
        return f"before {filters.since}"
    if filters.until and day > filters.until:
        return f"after {filters.until}"
    if len(post.plain_text) < filters.min_length:
        return f"shorter than {filters.min_length} characters"
    if filters.langs:
        if post.lang is None:
            return "language unknown (use --assume-lang)"
        wanted = {lang.lower() for lang in filters.langs}
        tag = post.lang.lower()
        if tag not in wanted and tag.split("-")[0] not in wanted:
            return f"language {post.lang} not selected"
    return None
