"""Problems found in share settings and texts, reported as ``path:line: field: message``.

Mirrors ``podium.core.errors.Problem`` so the adapter can log both the same way, while this
library stays importable without the core.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class ShareProblem:
    path: str
    line: int | None
    field: str
    message: str
    severity: Severity = "warning"
    #: ``"shortened"`` for a generated text cut to fit (hosts may log those quietly).
    kind: str = ""

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.field}: {self.message}"
