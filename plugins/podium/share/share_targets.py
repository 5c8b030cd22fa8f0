"""The share targets: the registry's networks that have an intent, with their counters.

The data (names, limits, intents, ...) is ``podium.core.platforms.NETWORKS``; this module
only binds each network's counter name to the function in :mod:`podium.share.counting`.
"""

from __future__ import annotations

from dataclasses import dataclass

from podium.core.platforms import NETWORKS, SHARE_IDS, LinkPlacement, Network, Share
from podium.share import counting

__all__ = ["PLATFORMS", "PLATFORM_IDS", "LinkPlacement", "Platform", "get_platform"]


@dataclass(frozen=True)
class Platform:
    """One share target: a registry network and its counter."""

    network: Network
    counter: counting.Counter

    @property
    def id(self) -> str:
        return self.network.id

    @property
    def name(self) -> str:
        return self.network.name

    @property
    def share(self) -> Share:
        assert self.network.share is not None
        return self.network.share

    @property
    def limit(self) -> int | None:
        return self.share.limit

    @property
    def placement(self) -> LinkPlacement:
        return self.share.placement

    @property
    def icon(self) -> str:
        return self.share.icon

    @property
    def counted_as(self) -> str:
        return self.share.counted_as

    @property
    def prefills_text(self) -> bool:
        return self.share.prefills_text

    @property
    def hashtags(self) -> bool:
        return self.share.hashtags

    def length(self, text: str) -> int:
        return self.counter(text)


PLATFORMS: dict[str, Platform] = {
    pid: Platform(NETWORKS[pid], getattr(counting, NETWORKS[pid].share.counter))  # type: ignore[union-attr]
    for pid in SHARE_IDS
}

PLATFORM_IDS: tuple[str, ...] = SHARE_IDS


def get_platform(platform_id: str) -> Platform:
    """Look a platform up by id; ``KeyError`` names the known ids."""
    try:
        return PLATFORMS[platform_id]
    except KeyError:
        known = ", ".join(PLATFORM_IDS)
        raise KeyError(f"unknown platform {platform_id!r} (known: {known})") from None
