"""What goes on one card: a plain input record, independent of MkDocs and of the hub."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

LAYOUTS = ("article", "highlight", "profile")


@dataclass(frozen=True)
class CardSpec:
    """The text and pictures of one card; the brand and size come separately.

    Field use per layout:
    - ``article``: ``title``, ``description`` (or excerpt), ``author`` + ``photo``, ``date``,
      ``eyebrow`` (e.g. the category).
    - ``highlight``: ``title`` is the quote, ``author`` the attribution, ``photo``, ``date``.
    - ``profile``: ``title`` is the person's name, ``role``, ``organization``, ``photo``.

    ``date`` is display text, already formatted for ``lang`` by the caller. ``source`` names
    the page in error messages; ``slug`` becomes the start of the file name.
    """

    layout: str
    title: str
    slug: str
    description: str = ""
    author: str = ""
    photo: Path | None = None
    date: str = ""
    role: str = ""
    organization: str = ""
    eyebrow: str = ""
    background: Path | None = None
    lang: str = ""
    source: str = ""
    use_brand_avatar: bool = True  # False for a quote of someone else: no photo but theirs
    initials: str = ""  # shown instead of a photo that is only online (remote avatar)

    @property
    def where(self) -> str:
        return self.source or self.slug
