"""`highlights/index.json`: every highlight once, for the wall's filters (no MkDocs here).

Wall pages carry only their own slice, so the filters need the rest from somewhere: one
file, fetched by the wall script the first time a reader filters, keeps the HTML linear in
the number of highlights. Each entry holds what the filters match on (language, tag slugs)
and the card as the server rendered and escaped it, with links relative to the index file
itself, so the script inserts it without building HTML from author text.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from podium.core.safety import clean_strings

INDEX_NAME = "index.json"
INDEX_VERSION = 1


@dataclass(frozen=True)
class IndexEntry:
    id: str
    url: str  # site-relative permalink
    date: str  # ISO 8601
    date_label: str  # the date as the card prints it
    lang: str
    tags: tuple[str, ...]  # tag slugs, sorted
    html: str  # the card, server-escaped; relative links resolve against the index's URL


def index_json(entries: Iterable[IndexEntry]) -> str:
    """The index as compact JSON: entries in wall order (newest first), keys sorted."""
    items = [
        {
            "id": entry.id,
            "url": entry.url,
            "date": entry.date,
            "date_label": entry.date_label,
            "lang": entry.lang,
            "tags": list(entry.tags),
            "html": entry.html,
        }
        for entry in entries
    ]
    document = {"version": INDEX_VERSION, "count": len(items), "highlights": items}
    document = clean_strings(document)
    return json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
