"""File names for new content: an ASCII slug of the title, or a clear error asking for one.

The slug itself comes from ``podium.core.slugs.slugify(..., ascii=True)``; this module only
adds the command-line policy (fail with a hint rather than write a nameless file).
"""

from __future__ import annotations

import re

from podium.core.slugs import ascii_misses, slugify


class SlugError(ValueError):
    """The text has nothing a URL slug can be made of."""


def file_slug(text: str, max_length: int = 80) -> str:
    """Lowercase ASCII words joined by ``-``, cut at a word boundary; SlugError if none."""
    unknown = ascii_misses(text)
    if unknown:
        raise SlugError(
            f"cannot make an ASCII file name from the letters {unknown!r}; pass --slug my-slug"
        )
    slug = slugify(text, ascii=True, max_length=max_length)
    if not slug:
        raise SlugError(f"{text!r} has no letters or digits to make a file name from")
    return slug


def check_slug(slug: str) -> str:
    """Validate a slug given by the user (``--slug``): lowercase ASCII words and ``-``."""
    if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", slug):
        raise SlugError(f"--slug must be lowercase letters, digits and '-', got {slug!r}")
    return slug
