"""Amplification: share intents, post texts fitted to each platform, UTM links, share kit.

A plain library (no MkDocs); the ``podium/share`` plugin is its adapter.
"""

from podium.core.errors import Problem
from podium.share.intents import (
    InvalidInstance,
    email_url,
    intent_url,
    mastodon_share_url,
    normalize_instance,
    post_intent_url,
)
from podium.share.kit import (
    CardImage,
    KitEntry,
    KitPlatform,
    TeamMember,
    Variant,
    build_entry,
    kit_data,
)
from podium.share.share_block import ShareSettings, parse_share_settings
from podium.share.share_targets import PLATFORM_IDS, PLATFORMS, Platform, get_platform
from podium.share.texts import PostText, ShareSource, post_text
from podium.share.utm import UtmSettings, strip_tracking, tracked_url

__all__ = [
    "PLATFORMS",
    "PLATFORM_IDS",
    "CardImage",
    "InvalidInstance",
    "KitEntry",
    "KitPlatform",
    "Platform",
    "PostText",
    "Problem",
    "ShareSettings",
    "ShareSource",
    "TeamMember",
    "UtmSettings",
    "Variant",
    "build_entry",
    "email_url",
    "get_platform",
    "intent_url",
    "kit_data",
    "mastodon_share_url",
    "normalize_instance",
    "parse_share_settings",
    "post_intent_url",
    "post_text",
    "strip_tracking",
    "tracked_url",
]
