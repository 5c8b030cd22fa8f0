"""A language for posts whose export states none (LinkedIn, some X and Bluesky posts).

Detected offline with py3langid (a maintained fork of langid.py; its model ships inside the
package, 4.5 MB installed, no download at run time). Short posts are not guessed: below a
few words any detector is a coin toss, and the site's own language is the better default.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import lru_cache
from importlib import metadata
from typing import Any

from podium.core import fields
from podium.importers.post import Post

DETECTOR = "py3langid"
MIN_WORDS = 4
MIN_CONFIDENCE = 0.9


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> str | None:
    """The language of ``text`` as a tag Podium knows, or None when unsure or too short."""
    if len(text.split()) < MIN_WORDS:
        return None
    lang, confidence = _identifier().classify(text)
    if confidence < MIN_CONFIDENCE:
        return None
    try:
        return fields.language(lang)
    except (fields.FieldError, fields.FieldFallback):
        return None


def fill_languages(posts: list[Post], assume: str | None) -> tuple[list[Post], list[str]]:
    """Posts without a language get ``assume``, else a detected one; notes say which."""
    missing = [post for post in posts if not post.lang]
    if not missing:
        return posts, []
    if assume:
        notes = [f"{len(missing)} posts state no language: set to {assume} (--assume-lang)"]
        return [replace(post, lang=post.lang or assume) for post in posts], notes
    try:
        version = metadata.version(DETECTOR)
    except metadata.PackageNotFoundError:
        notes = [
            f"{len(missing)} posts state no language and {DETECTOR} is not installed: "
            "they get the site's language (or set one with --assume-lang)"
        ]
        return posts, notes
    found: Counter[str] = Counter()
    unsure = 0
    result = []
    for post in posts:
        if not post.lang:
            lang = detect(post.plain_text or post.body)
            if lang:
                found[lang] += 1
                post = replace(post, lang=lang)
            else:
                unsure += 1
        result.append(post)
    notes = []
    if found:
        shown = ", ".join(f"{lang} ({count})" for lang, count in sorted(found.items()))
        notes.append(
            f"{sum(found.values())} posts state no language: detected with "
            f"{DETECTOR} {version}: {shown}"
        )
    if unsure:
        notes.append(
            f"{unsure} posts state no language and are too short to tell: they get the "
            "site's language (or set one with --assume-lang)"
        )
    return result, notes
