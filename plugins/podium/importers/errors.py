"""Errors raised while reading an archive.

One exception type so the CLI can print a single clear line (`path:line: field: message`)
and exit non-zero instead of showing a traceback.
"""

from __future__ import annotations


class ArchiveError(Exception):
    """A bad, truncated or wrong-platform archive; `str()` is `path:line: field: message`."""

    def __init__(self, path: str, message: str, *, field: str = "", line: int | None = None):
        self.path = path
        self.line = line
        self.field = field
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return (
            f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        )
