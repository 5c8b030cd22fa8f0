"""The platforms Podium shares to: limits, counters and how their intent links carry text.

Limits and counting rules: ``shared/research/platforms.md`` section 2.3.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from podium.share import counting


class LinkPlacement(Enum):
    """Where the shared link goes, which decides whether the text budget must include it."""

    #: The intent has its own link parameter and the platform appends the link to the post
    #: (X, Threads, Telegram): count ``text + " " + link``.
    PARAMETER_APPENDED = "parameter-appended"
    #: The link is put inside the text (Bluesky, Mastodon, WhatsApp, email body, and the
    #: text the team copies for LinkedIn and Facebook).
    IN_TEXT = "in-text"
    #: The intent takes only a link and a title (Reddit, Hacker News): the text is a title.
    TITLE = "title"


@dataclass(frozen=True)
class Platform:
    """One share target."""

    id: str
    name: str
    #: Post length limit, counted with ``counter``; ``None`` when no limit matters.
    limit: int | None
    counter: counting.Counter
    placement: LinkPlacement
    #: Material bundled icon, as used in ``{% include ".icons/<icon>.svg" %}``.
    icon: str
    #: How the limit is counted, for the kit page.
    counted_as: str
    #: Whether the intent link can carry the post text at all.
    prefills_text: bool = True
    #: Whether hashtags belong in posts there (not in a message, a mail or a link title).
    hashtags: bool = True

    def length(self, text: str) -> int:
        return self.counter(text)


PLATFORMS: dict[str, Platform] = {
    p.id: p
    for p in (
        Platform(
            "x",
            "X",
            280,
            counting.x_length,
            LinkPlacement.PARAMETER_APPENDED,
            "fontawesome/brands/x-twitter",
            "weighted characters (links 23, CJK and emoji 2)",
        ),
        Platform(
            "linkedin",
            "LinkedIn",
            3000,
            counting.utf16_length,
            LinkPlacement.IN_TEXT,
            "fontawesome/brands/linkedin",
            "characters",
            prefills_text=False,
        ),
        Platform(
            "facebook",
            "Facebook",
            63206,
            counting.utf16_length,
            LinkPlacement.IN_TEXT,
            "fontawesome/brands/facebook",
            "characters",
            prefills_text=False,
        ),
        Platform(
            "bluesky",
            "Bluesky",
            300,
            counting.bluesky_length,
            LinkPlacement.IN_TEXT,
            "fontawesome/brands/bluesky",
            "graphemes (links as shown: host and 13 characters of the path)",
        ),
        Platform(
            "mastodon",
            "Mastodon",
            500,
            counting.mastodon_length,
            LinkPlacement.IN_TEXT,
            "fontawesome/brands/mastodon",
            "graphemes (links 23)",
        ),
        Platform(
            "threads",
            "Threads",
            500,
            counting.threads_length,
            LinkPlacement.PARAMETER_APPENDED,
            "fontawesome/brands/threads",
            "characters (emoji count their UTF-8 bytes)",
        ),
        Platform(
            "reddit",
            "Reddit",
            300,
            counting.utf16_length,
            LinkPlacement.TITLE,
            "fontawesome/brands/reddit",
            "title characters",
            hashtags=False,
        ),
        Platform(
            "hackernews",
            "Hacker News",
            80,
            counting.utf16_length,
            LinkPlacement.TITLE,
            "fontawesome/brands/hacker-news",
            "title characters",
            hashtags=False,
        ),
        Platform(
            "whatsapp",
            "WhatsApp",
            None,
            counting.utf16_length,
            LinkPlacement.IN_TEXT,
            "fontawesome/brands/whatsapp",
            "characters",
            hashtags=False,
        ),
        Platform(
            "telegram",
            "Telegram",
            4096,
            counting.utf16_length,
            LinkPlacement.PARAMETER_APPENDED,
            "fontawesome/brands/telegram",
            "characters",
            hashtags=False,
        ),
        Platform(
            "email",
            "Email",
            None,
            counting.utf16_length,
            LinkPlacement.IN_TEXT,
            "fontawesome/solid/envelope",
            "characters",
            hashtags=False,
        ),
    )
}

PLATFORM_IDS: tuple[str, ...] = tuple(PLATFORMS)


def get_platform(platform_id: str) -> Platform:
    """Look a platform up by id; ``KeyError`` names the known ids."""
    try:
        return PLATFORMS[platform_id]
    except KeyError:
        known = ", ".join(PLATFORM_IDS)
        raise KeyError(f"unknown platform {platform_id!r} (known: {known})") from None
