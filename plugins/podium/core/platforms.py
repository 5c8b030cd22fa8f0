"""The one platform registry: every network Podium names, links to, shares to or imports.

One row per network holds what other parts used to keep in their own tables: the display
name, the domain, the profile URL pattern (handle → URL), the share limits and how they are
counted (by the counter's name in ``podium.share.counting``), the intent (compose) URL, the
card preset made for it and the byte size over which it refuses a card image.
Sources: ``shared/research/platforms.md`` (sections 2.1 intents, 2.3 limits, 3 cards).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

MB = 1024 * 1024


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
class Share:
    """How a post is shared there: limit, counting, link placement and the intent URL."""

    #: Post length limit, counted with ``counter``; ``None`` when no limit matters.
    limit: int | None
    #: Name of the function in ``podium.share.counting`` that counts a post.
    counter: str
    placement: LinkPlacement
    #: Material bundled icon, as used in ``{% include ".icons/<icon>.svg" %}``.
    icon: str
    #: How the limit is counted, for the kit page and messages.
    counted_as: str
    #: Compose endpoint; ``{instance}`` for Mastodon, ``mailto:`` for e-mail.
    intent: str
    #: Query parameters in order: (name, value) with value one of ``text``, ``link``,
    #: ``appended`` (the link unless the text carries it), ``title`` (the title, else text).
    params: tuple[tuple[str, str], ...]
    #: Whether the intent link can carry the post text at all.
    prefills_text: bool = True
    #: Whether hashtags belong in posts there (not in a message, a mail or a link title).
    hashtags: bool = True


@dataclass(frozen=True)
class Profile:
    """How a handle becomes a profile URL (``{0}`` handle, ``{1}`` its host)."""

    handle: re.Pattern[str]
    url: str
    example: str


@dataclass(frozen=True)
class Network:
    id: str
    name: str
    domain: str = ""
    share: Share | None = None
    profile: Profile | None = None
    #: Card presets made for this network (``podium.cards.presets`` names), if any.
    card_presets: tuple[str, ...] = ()
    #: Card images over this many bytes are refused (no preview at all); 0: unknown.
    card_max_bytes: int = 0


_X_HANDLE = re.compile(r"@?([A-Za-z0-9_]{1,15})")
_X_PROFILE = Profile(_X_HANDLE, "https://x.com/{0}", "@janedoe")

NETWORKS: dict[str, Network] = {
    n.id: n
    for n in (
        Network(
            "x",
            "X",
            "x.com",
            Share(
                280,
                "x_length",
                LinkPlacement.PARAMETER_APPENDED,
                "fontawesome/brands/x-twitter",
                "weighted characters (links 23, CJK and emoji 2)",
                "https://x.com/intent/tweet",
                (("text", "text"), ("url", "appended")),
            ),
            _X_PROFILE,
            card_presets=("x", "twitter"),
            card_max_bytes=5 * MB,
        ),
        Network(
            "linkedin",
            "LinkedIn",
            "linkedin.com",
            Share(
                3000,
                "utf16_length",
                LinkPlacement.IN_TEXT,
                "fontawesome/brands/linkedin",
                "characters",
                "https://www.linkedin.com/sharing/share-offsite/",
                (("url", "link"),),
                prefills_text=False,
            ),
            Profile(
                re.compile(r"(?:in/)?([A-Za-z0-9][A-Za-z0-9_%-]{2,99})/?"),
                "https://www.linkedin.com/in/{0}/",
                "in/janedoe",
            ),
            card_max_bytes=5 * MB,
        ),
        Network(
            "facebook",
            "Facebook",
            "facebook.com",
            Share(
                63206,
                "utf16_length",
                LinkPlacement.IN_TEXT,
                "fontawesome/brands/facebook",
                "characters",
                "https://www.facebook.com/sharer/sharer.php",
                (("u", "link"),),
                prefills_text=False,
            ),
            card_max_bytes=8 * MB,
        ),
        Network(
            "bluesky",
            "Bluesky",
            "bsky.app",
            Share(
                300,
                "bluesky_length",
                LinkPlacement.IN_TEXT,
                "fontawesome/brands/bluesky",
                "graphemes (links as shown: host and 13 characters of the path)",
                "https://bsky.app/intent/compose",
                (("text", "text"),),
            ),
            Profile(
                re.compile(r"@?((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})"),
                "https://bsky.app/profile/{0}",
                "jane.bsky.social",
            ),
            card_max_bytes=1_000_000,
        ),
        Network(
            "mastodon",
            "Mastodon",
            "",
            Share(
                500,
                "mastodon_length",
                LinkPlacement.IN_TEXT,
                "fontawesome/brands/mastodon",
                "graphemes (links 23)",
                "https://{instance}/share",
                (("text", "text"),),
            ),
            Profile(
                re.compile(
                    r"@?([A-Za-z0-9_]+(?:[.-][A-Za-z0-9_]+)*)@([A-Za-z0-9.-]+\.[A-Za-z]{2,})"
                ),
                "https://{1}/@{0}",
                "@jane@mastodon.example",
            ),
            card_max_bytes=2 * MB,
        ),
        Network(
            "threads",
            "Threads",
            "threads.com",
            Share(
                500,
                "threads_length",
                LinkPlacement.PARAMETER_APPENDED,
                "fontawesome/brands/threads",
                "characters (emoji count their UTF-8 bytes)",
                "https://www.threads.com/intent/post",
                (("text", "text"), ("url", "appended")),
            ),
            Profile(
                re.compile(r"@?([A-Za-z0-9._]{1,30})"), "https://www.threads.com/@{0}", "@janedoe"
            ),
            card_max_bytes=8 * MB,
        ),
        Network(
            "reddit",
            "Reddit",
            "reddit.com",
            Share(
                300,
                "utf16_length",
                LinkPlacement.TITLE,
                "fontawesome/brands/reddit",
                "title characters",
                "https://www.reddit.com/submit",
                (("url", "link"), ("title", "text")),
                hashtags=False,
            ),
        ),
        Network(
            "hackernews",
            "Hacker News",
            "news.ycombinator.com",
            Share(
                80,
                "utf16_length",
                LinkPlacement.TITLE,
                "fontawesome/brands/hacker-news",
                "title characters",
                "https://news.ycombinator.com/submitlink",
                (("u", "link"), ("t", "text")),
                hashtags=False,
            ),
        ),
        Network(
            "whatsapp",
            "WhatsApp",
            "whatsapp.com",
            Share(
                None,
                "utf16_length",
                LinkPlacement.IN_TEXT,
                "fontawesome/brands/whatsapp",
                "characters",
                "https://api.whatsapp.com/send",
                (("text", "text"),),
                hashtags=False,
            ),
        ),
        Network(
            "telegram",
            "Telegram",
            "t.me",
            Share(
                4096,
                "utf16_length",
                LinkPlacement.PARAMETER_APPENDED,
                "fontawesome/brands/telegram",
                "characters",
                "https://t.me/share/url",
                (("url", "appended"), ("text", "text")),
                hashtags=False,
            ),
        ),
        Network(
            "email",
            "Email",
            "",
            Share(
                None,
                "utf16_length",
                LinkPlacement.IN_TEXT,
                "fontawesome/solid/envelope",
                "characters",
                "mailto:",
                (("subject", "title"), ("body", "text")),
                hashtags=False,
            ),
        ),
        # Networks Podium links to (profiles, syndication) or imports from, without sharing.
        Network("twitter", "X", "x.com", profile=_X_PROFILE),
        Network(
            "github",
            "GitHub",
            "github.com",
            profile=Profile(
                re.compile(r"@?([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))"),
                "https://github.com/{0}",
                "janedoe",
            ),
        ),
        Network("gitlab", "GitLab", "gitlab.com"),
        Network(
            "instagram",
            "Instagram",
            "instagram.com",
            profile=Profile(
                re.compile(r"@?([A-Za-z0-9._]{1,30})"),
                "https://www.instagram.com/{0}/",
                "@janedoe",
            ),
            card_presets=("square", "portrait", "story"),
            card_max_bytes=8 * MB,  # posted by hand: feed and story images
        ),
        Network("youtube", "YouTube", "youtube.com"),
        Network("medium", "Medium", "medium.com"),
        Network("substack", "Substack", "substack.com"),
        Network("website", "Website"),
    )
}

#: The networks with a share intent, in the share bar's default order.
SHARE_IDS: tuple[str, ...] = tuple(n.id for n in NETWORKS.values() if n.share)


def display_name(network: str) -> str:
    """How a network spells its own name (``github`` → ``GitHub``); else capitalised."""
    known = NETWORKS.get(network.lower())
    return known.name if known else network[:1].upper() + network[1:]


def card_byte_limits() -> dict[str, int]:
    """Network id → the card size over which it shows no image, where known."""
    return {n.id: n.card_max_bytes for n in NETWORKS.values() if n.card_max_bytes}


def preset_networks() -> dict[str, str]:
    """Card preset name → the network it is made for (``square`` → ``instagram``)."""
    return {preset: n.id for n in NETWORKS.values() for preset in n.card_presets}


def profile_url(network: str, handle: str, host: str = "") -> str:
    """The profile URL of ``handle`` on ``network`` (``host``: a Mastodon instance)."""
    profile = NETWORKS[network].profile
    if profile is None:
        raise KeyError(f"no profile URL pattern for {network!r}")
    return profile.url.format(handle, host)
