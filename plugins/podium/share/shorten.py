"""Shorten a text to a budget at a word boundary, ending with an ellipsis.

The budget is a predicate, not a number: platforms count non-linearly (links weigh 23 on X,
emoji cost their bytes on Threads), so the only honest test is counting the candidate.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from podium.share.counting import graphemes

ELLIPSIS = "…"
_TRAILING_JUNK = " \t\r\n,;:–—-([{\"'«“‘"
_SPACE = regex.compile(r"\s+")


def _longest_fitting(candidates: list[str], fits: Callable[[str], bool]) -> str | None:
    """Binary search for the longest candidate that fits (candidates grow in length)."""
    low, high, best = 0, len(candidates) - 1, None
    while low <= high:
        middle = (low + high) // 2
        if fits(candidates[middle]):
            best, low = candidates[middle], middle + 1
        else:
            high = middle - 1
    return best


def shorten(text: str, fits: Callable[[str], bool], ellipsis: str = ELLIPSIS) -> str:
    """Return ``text`` if it fits, else its longest word-boundary prefix plus ``ellipsis``
    that fits; cut between graphemes when no word boundary works (CJK has no spaces).
    Returns ``""`` when not even the ellipsis fits."""
    if fits(text):
        return text
    cuts = [text[: match.start()].rstrip(_TRAILING_JUNK) for match in _SPACE.finditer(text)]
    words = [cut + ellipsis for cut in cuts if cut]
    best = _longest_fitting(words, fits)
    if best is not None:
        return best
    clusters = graphemes(text)
    prefixes = ["".join(clusters[:n]).rstrip(_TRAILING_JUNK) for n in range(1, len(clusters))]
    best = _longest_fitting([p + ellipsis for p in prefixes if p], fits)
    if best is not None:
        return best
    return ellipsis if fits(ellipsis) else ""
