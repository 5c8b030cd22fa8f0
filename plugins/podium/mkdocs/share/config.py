"""Options of the ``podium/share`` plugin."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config

from podium.share.share_targets import PLATFORM_IDS


class UtmConfig(Config):
    """Tracking parameters on shared links (never on canonical URLs)."""

    enabled = c.Type(bool, default=True)
    """Add `utm_*` parameters to shared links at all."""
    medium = c.Type(str, default="social")
    """`utm_medium` for social networks and messengers (GA4 files it as Organic Social)."""
    email_medium = c.Type(str, default="email")
    """`utm_medium` of email links."""
    sources = c.Type(dict, default={})
    """`utm_source` per platform where it should differ from the platform id."""
    names = c.Type(dict, default={})
    """Other parameter names, e.g. `{utm_campaign: mtm_campaign}`."""
    share_bar_content = c.Type(str, default="")
    """`utm_content` of the public share bar's links (e.g. `share-button`)."""


class ShareConfig(Config):
    """Share bar, per-platform post texts, UTM links and the team share kit."""

    enabled = c.Type(bool, default=True)
    """Switch the plugin off, e.g. `enabled: !ENV [CI, true]`."""
    platforms = c.ListOfItems(c.Choice(PLATFORM_IDS), default=list(PLATFORM_IDS))
    """Platforms in the share bar and the kit, in this order."""
    menu_platforms = c.ListOfItems(
        c.Choice(PLATFORM_IDS), default=["linkedin", "bluesky", "x", "mastodon", "email"]
    )
    """The short list in a page's share menu (readers without the Web Share API), in this
    order; only those also in `platforms`. The team kit has every platform."""
    mastodon_instance = c.Type(str, default="")
    """Instance for Mastodon links in the kit and the no-JavaScript share bar (default: the
    owner's Mastodon profile). Readers with JavaScript are asked for their own instance."""
    team = c.ListOfItems(c.Type((str, dict)), default=[])
    """Team members: names or `{id, name}`; the kit's member selector gives each their own
    `utm_content=<id>` links (computed in the browser, not written per member)."""
    kit = c.Type(bool, default=True)
    """Build the team share kit: one noindex tool page over `kit.json` (CSV and JSON exports
    made in the page) and a small page per item for readers without JavaScript."""
    kit_dir = c.Type(str, default="share-kit")
    """Where the kit lives (site-relative folder)."""
    kit_link = c.Type(bool, default=False)
    """Also link each page's share menu to its kit page (the kit index lists every kit)."""
    shortened = c.Choice(("warning", "info"), default="warning")
    """How to report a generated text shortened to fit a platform: a `warning` (fails
    `--strict`) or `info`. Hand-written per-platform texts over their limit are always
    errors."""
    utm = c.SubConfig(UtmConfig)
    """Tracking parameters: `enabled`, `medium`, `email_medium`, `sources`, `names`,
    `share_bar_content` (`utm_source` is the platform, `utm_campaign` the slug or id,
    `utm_content` a team member's id in the kit)."""
