"""Guess which platform an export comes from, to say so when the user picked the wrong one."""

from __future__ import annotations

from podium.core.platforms import display_name
from podium.importers.archive import Archive

# X's archive still carries Twitter's file names, so people know it by both names.
_EXPORT_NAMES = {"x": "X/Twitter"}


def sniff(archive: Archive) -> str | None:
    """Platform id whose signature file or content the archive carries, else None."""
    if archive.find("outbox.json"):
        return "mastodon"
    if archive.find("data/tweets.js", "tweets.js", "data/tweet.js", "tweet.js"):
        return "x"
    if archive.find("Shares.csv"):
        return "linkedin"
    if archive.find("app.bsky.feed.post.json") or any(
        "app.bsky.feed.post/" in name for name in archive.names()
    ):
        return "bluesky"
    if archive.is_single_file:
        head = archive.read_bytes(archive.names()[0])[:4096].decode("utf-8", "replace")
        if "window.YTD." in head:
            return "x"
        if "ShareCommentary" in head:
            return "linkedin"
        if "orderedItems" in head or "activitystreams" in head:
            return "mastodon"
        if "app.bsky.feed.post" in head:
            return "bluesky"
    return None


def wrong_platform_hint(archive: Archive, expected: str) -> str:
    """' (this looks like a LinkedIn export)' when we can tell, else ''."""
    found = sniff(archive)
    if found and found != expected:
        name = _EXPORT_NAMES.get(found) or display_name(found)
        return f" (this looks like a {name} export: use `podium import {found}`)"
    return ""
