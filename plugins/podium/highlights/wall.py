"""The highlights wall, planned from the hub alone (no MkDocs here).

Each wall page lists its own slice of the highlights, newest first, with a pager: the wall
works without JavaScript and its HTML grows linearly with the highlights. The tag and
language filters search every highlight through one shared index (`highlights/index.json`,
written by the plugin), which the wall script fetches once, when a reader first filters.
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from podium.core.listings import Paginated
from podium.core.model import Highlight
from podium.core.slugs import slugify


@dataclass(frozen=True)
class Facet:
    """One filter choice: `value` goes in data attributes and URLs, `label` is shown."""

    value: str
    label: str
    count: int


@dataclass(frozen=True)
class WallPage(Paginated):
    page: int
    url: str  # site-relative, ends with "/"
    page_urls: tuple[str, ...]
    items: tuple[Highlight, ...]  # this page's slice, newest first
    first: int  # index of items[0] among all highlights
    total: int  # highlights on the whole wall


def plan_wall(
    highlights: Sequence[Highlight], size: int, url_for: Callable[[int], str]
) -> list[WallPage]:
    size = max(1, size)
    count = max(1, math.ceil(len(highlights) / size))
    urls = tuple(url_for(page) for page in range(1, count + 1))
    items = tuple(highlights)
    return [
        WallPage(
            page,
            urls[page - 1],
            urls,
            items[(page - 1) * size : page * size],
            (page - 1) * size,
            len(items),
        )
        for page in range(1, count + 1)
    ]


# Every card prints its tags' slugs: a site has a few dozen distinct tags, so slug each once.
@functools.lru_cache(maxsize=4096)
def tag_value(tag: str) -> str:
    """The tag as it appears in filters and `#tag=` URLs (case and accents folded)."""
    return slugify(tag)


def tag_facets(highlights: Sequence[Highlight]) -> list[Facet]:
    """Tags by slug (case and accents folded), labelled with their most common spelling."""
    counts: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = {}
    for highlight in highlights:
        for tag in dict.fromkeys(highlight.tags):
            value = tag_value(tag)
            counts[value] += 1
            spellings.setdefault(value, Counter())[tag] += 1
    return [
        Facet(value, min(spellings[value].items(), key=lambda kv: (-kv[1], kv[0]))[0], n)
        for value, n in sorted(counts.items(), key=lambda kv: kv[0])
    ]


def language_facets(highlights: Sequence[Highlight]) -> list[Facet]:
    counts = Counter(highlight.lang for highlight in highlights)
    return [Facet(lang, lang, n) for lang, n in sorted(counts.items())]
