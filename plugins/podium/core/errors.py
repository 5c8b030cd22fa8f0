"""Problems found in an author's content, reported as ``path:line: field: message``.

The core never prints or raises on a single bad file: it collects problems so that a build
(or ``podium check``) can report every mistake at once and leave only the bad item out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

#: a "note" is information only (e.g. a Material option with no Podium equivalent)
Severity = Literal["error", "warning", "note"]


@dataclass(frozen=True, order=True)
class Problem:
    """One mistake in one file, located as precisely as the source allows."""

    path: str
    line: int | None
    field: str
    message: str
    severity: Severity = "error"
    #: What sort of problem, where a host treats some differently (share texts: "shortened"
    #: for a generated text cut to fit, which may be logged quietly).
    kind: str = ""

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.field}: {self.message}"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


class ContentError(Exception):
    """Raised when content cannot be used at all (e.g. two articles claim the same URL)."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(problem) for problem in problems))
