"""Characters that must not reach an output: control characters, bidi overrides, markup.

One owner for the rules that keep author- and archive-supplied text inert. Escaping at the
output stays the first defence; these checks cover what escaping does not: outputs that are
not HTML (CSV, JSON) and consumers that render a field as HTML (Material's search renders
``tags`` from ``search_index.json`` without escaping).
"""

from __future__ import annotations

import re
from typing import Any

# C0 controls but tab and newline, DEL, C1 controls: invisible, and some terminals,
# spreadsheet programs and XML parsers act on them. Feeds strip the XML-forbidden set
# themselves (``podium.feeds.sanitize``), reporting a count.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Explicit embeddings, overrides and isolates (U+202A..U+202E, U+2066..U+2069) can show a
# text in another order than it is stored ("Trojan Source"): flagged, not silently dropped,
# because right-to-left writers may use them on purpose.
BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
# Characters that open or close an HTML tag or an attribute value. ``&`` and ``'`` stay
# allowed ("R&D", "Women's leadership"): an entity cannot create an element, and Podium's
# templates quote attributes with double quotes after escaping.
MARKUP = re.compile(r"[<>\"`]")


def strip_controls(text: str) -> str:
    """``text`` without control characters (tab and newline stay)."""
    return CONTROL.sub("", text)


def clean_strings(value: Any) -> Any:
    """A JSON-like value with every string (keys included) stripped of control characters."""
    if isinstance(value, str):
        return strip_controls(value)
    if isinstance(value, dict):
        return {clean_strings(key): clean_strings(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [clean_strings(item) for item in value]
    return value


def has_bidi_override(text: str) -> bool:
    return BIDI.search(text) is not None


def label_problem(text: str) -> str | None:
    """Why ``text`` cannot be a tag or category name, or None when it can.

    Labels end up in URLs, HTML attributes, feeds and the search index, some of which
    (Material's search results) render them as HTML: markup characters and invisible
    characters are refused there rather than escaped in a dozen places.
    """
    found = MARKUP.search(text)
    if found:
        return f"{text!r} contains {found.group()!r}, which could run as HTML; remove it"
    if CONTROL.search(text) or BIDI.search(text):
        return f"{text!r} contains an invisible control or direction character; retype it"
    return None
