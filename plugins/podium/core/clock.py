"""The build's notion of "now", overridable so that builds are reproducible and testable."""

from __future__ import annotations

import os
from datetime import UTC, datetime


def build_now() -> datetime:
    """Return "now" for deciding what is future-dated.

    ``PODIUM_NOW`` (ISO 8601) wins, then ``SOURCE_DATE_EPOCH`` (the reproducible-builds
    convention), then the real clock. Always timezone-aware.
    """
    override = os.environ.get("PODIUM_NOW")
    if override:
        value = datetime.fromisoformat(override)
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return datetime.fromtimestamp(int(epoch), tz=UTC)
    return datetime.now(tz=UTC)
