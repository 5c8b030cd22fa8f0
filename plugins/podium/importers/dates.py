"""Timestamp parsing for the formats the exports use; always tz-aware (UTC when unstated)."""

from __future__ import annotations

from datetime import UTC, datetime

from podium.importers.errors import ArchiveError


def parse_iso(value: object, label: str, field: str) -> datetime:
    if not isinstance(value, str) or not value.strip():
        raise ArchiveError(label, "missing or not a string", field=field)
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        raise ArchiveError(label, f"not an ISO 8601 date: {value!r}", field=field) from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def parse_twitter(value: object, label: str, field: str) -> datetime:
    """X's `created_at`: 'Wed Oct 10 20:19:24 +0000 2018'."""
    if not isinstance(value, str):
        raise ArchiveError(label, "missing or not a string", field=field)
    try:
        return datetime.strptime(value, "%a %b %d %H:%M:%S %z %Y")
    except ValueError:
        raise ArchiveError(label, f"not an X date: {value!r}", field=field) from None
