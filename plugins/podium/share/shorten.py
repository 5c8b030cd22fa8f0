"""Shortening lives in the core (:mod:`podium.core.plaintext`); kept as the share
package's name for it."""

from podium.core.plaintext import ELLIPSIS, shorten

__all__ = ["ELLIPSIS", "shorten"]
