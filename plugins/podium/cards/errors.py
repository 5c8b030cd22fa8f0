"""Errors raised by the card library.

The adapter turns them into ``PluginError`` (config) or page problems; each carries the
config key or page it is about so the author knows exactly what to fix.
"""

from __future__ import annotations


class CardError(Exception):
    """A card cannot be made from the given input.

    ``where`` is a config key (``brand.colors.accent``) or a page path; ``str()`` reads
    ``where: message`` so it can be shown to an author as is.
    """

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}")
        self.where = where
        self.message = message

    def __reduce__(self):  # survive the trip back from a worker process
        return (type(self), (self.where, self.message))
