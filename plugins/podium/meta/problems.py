"""Problems found in an author's content, reported as ``path:line: field: message``.

Mirrors ``podium.core.errors.Problem`` so the adapter can log both kinds the same way; the core
returns problems instead of raising so one bad event never hides the others.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    path: str
    line: int | None
    field: str
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.field}: {self.message}"


class ContentProblems(ValueError):
    """Raised only where a caller cannot continue without the input (e.g. an unreadable file)."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems
