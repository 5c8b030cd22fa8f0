"""The build's notion of "now", overridable so that builds are reproducible and testable."""

from __future__ import annotations

import os
from datetime import UTC, datetime


def build_now() -> datetime:
    """Return "now" for deciding what is future-dated.

    ``PODIUM_NOW`` (ISO 8601) wins, else the real clock. ``SOURCE_DATE_EPOCH`` is *not* used:
    CI sets it to the last commit's time for reproducible bytes, and a scheduled build must
    still publish an article whose date has come since that commit.
    """
    override = os.environ.get("PODIUM_NOW")
    if override:
        value = datetime.fromisoformat(override)
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.now(tz=UTC)
