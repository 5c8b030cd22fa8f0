"""What every platform reader produces: a platform-neutral post, ready to become a highlight."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Media:
    """One attachment: where it is in the archive (None if the export lacks the file) + alt text."""

    member: str | None
    alt: str
    extension: str  # ".png", ".jpg", ... chosen from the member name or media type


@dataclass(frozen=True)
class Post:
    """A public post of the account owner (a self-thread is already merged into one Post).

    `body` is safe Markdown: text escaped, links limited to http(s)/mailto, no raw HTML.
    """

    platform: str  # "mastodon", "x", "linkedin", "bluesky"
    native_id: str  # platform id of the first post of the thread
    url: str  # where the post lives on the platform (syndication)
    date: datetime  # tz-aware
    body: str
    lang: str | None = None
    tags: tuple[str, ...] = ()
    content_warning: str | None = None
    media: tuple[Media, ...] = ()
    plain_text: str = ""  # body without markup, for the length filter
    article: str | None = None  # slug of the site's article the post links to

    @property
    def import_id(self) -> str:
        return f"{self.platform}:{self.native_id}"


@dataclass(frozen=True)
class Skip:
    """A post deliberately left out, and why (boost, reply to others, private, filtered...)."""

    platform: str
    native_id: str
    reason: str


@dataclass
class ReadResult:
    """Posts read from an archive plus the ones left out, plus non-fatal notes for the user."""

    posts: list[Post] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
