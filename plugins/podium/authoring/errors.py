"""The one exception the ``podium`` command turns into a message and an exit code."""

from __future__ import annotations


class AuthoringError(Exception):
    """A mistake the user can fix (bad title, existing file, missing config).

    ``exit_code`` follows the CLI convention: 1 = the action failed, 2 = it could not start
    (no or broken configuration).
    """

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code
