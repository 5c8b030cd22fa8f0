"""JSON loading with errors that name the file and the line (truncated exports are common)."""

from __future__ import annotations

import json
from typing import Any

from podium.importers.errors import ArchiveError


def load_json(text: str, label: str, *, line_offset: int = 0) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ArchiveError(
            label, f"malformed or truncated JSON: {error.msg}", line=error.lineno + line_offset
        ) from None
