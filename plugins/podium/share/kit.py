"""The team share kit: per article or highlight, per platform, the post text with its length
against the limit, the tracked link, the intent URL and each team member's own links; plus
deterministic CSV and JSON exports for scheduling tools."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass

from podium.core.errors import Problem
from podium.core.safety import clean_strings
from podium.core.slugs import slugify
from podium.share.csv_safe import safe_row
from podium.share.intents import post_intent_url
from podium.share.share_targets import get_platform
from podium.share.texts import PostText, ShareSource, post_text
from podium.share.utm import UtmSettings, tracked_url


@dataclass(frozen=True)
class TeamMember:
    """A person who shares; ``id`` becomes their ``utm_content``."""

    id: str
    name: str

    @classmethod
    def from_config(cls, value: str | dict) -> TeamMember:
        if isinstance(value, str):
            return cls(slugify(value), value)
        name = str(value.get("name") or value.get("id") or "")
        return cls(slugify(str(value.get("id") or name)), name)


@dataclass(frozen=True)
class CardImage:
    """A share-card image to attach (from the cards plugin when present)."""

    preset: str
    #: Absolute where known (exports are used outside the site).
    url: str
    width: int | None = None
    height: int | None = None
    #: Site-relative file, for the kit page's download link (works on any host).
    path: str = ""
    alt: str = ""

    @property
    def href(self) -> str:
        return self.path or self.url


@dataclass(frozen=True)
class Variant:
    """One way to share on one platform: the public one (``member`` None) or a member's."""

    member: TeamMember | None
    post: PostText
    intent_url: str


@dataclass(frozen=True)
class KitPlatform:
    platform: str
    name: str
    icon: str
    counted_as: str
    public: Variant
    members: tuple[Variant, ...]
    #: False where the composer takes only the link (LinkedIn, Facebook): paste the text.
    prefills_text: bool = True

    @property
    def variants(self) -> tuple[Variant, ...]:
        return (self.public, *self.members)


@dataclass(frozen=True)
class KitEntry:
    kind: str
    id: str
    title: str
    url: str
    kit_url: str
    platforms: tuple[KitPlatform, ...]
    cards: tuple[CardImage, ...] = ()


def _variant(
    source: ShareSource,
    platform_id: str,
    member: TeamMember | None,
    utm: UtmSettings,
    mastodon_instance: str,
) -> tuple[Variant, list[Problem]]:
    content = member.id if member else utm.share_bar_content
    link = tracked_url(
        source.url, platform=platform_id, campaign=source.campaign, content=content, settings=utm
    )
    post, problems = post_text(source, platform_id, link)
    url = post_intent_url(post, title=source.title, mastodon_instance=mastodon_instance)
    return Variant(member, post, url), problems


def enabled_platforms(source: ShareSource, platforms: Sequence[str]) -> list[str]:
    """The configured platforms minus those the page switched off."""
    return [p for p in platforms if source.settings.override(p).enabled]


def build_entry(
    source: ShareSource,
    *,
    platforms: Sequence[str],
    utm: UtmSettings | None = None,
    members: Sequence[TeamMember] = (),
    mastodon_instance: str = "",
    cards: Sequence[CardImage] = (),
    kit_url: str = "",
) -> tuple[KitEntry, list[Problem]]:
    """Everything the share bar and the kit need for one article or highlight.

    Problems are reported once per page and platform even though each team member's
    variant is counted on its own (a longer ``utm_content`` can shorten a Bluesky text).
    """
    utm = utm or UtmSettings()
    problems: list[Problem] = []
    seen: set[tuple[str, str]] = set()
    kit_platforms: list[KitPlatform] = []
    for platform_id in enabled_platforms(source, platforms):
        platform = get_platform(platform_id)
        variants: list[Variant] = []
        for member in (None, *members):
            variant, found = _variant(source, platform_id, member, utm, mastodon_instance)
            variants.append(variant)
            for problem in found:
                if (problem.field, problem.severity) not in seen:
                    seen.add((problem.field, problem.severity))
                    problems.append(problem)
        kit_platforms.append(
            KitPlatform(
                platform_id,
                platform.name,
                platform.icon,
                platform.counted_as,
                variants[0],
                tuple(variants[1:]),
                platform.prefills_text,
            )
        )
    entry = KitEntry(
        source.kind,
        source.campaign,
        source.title,
        source.url,
        kit_url,
        tuple(kit_platforms),
        tuple(cards),
    )
    return entry, problems


def _variant_json(variant: Variant) -> dict:
    post = variant.post
    return {
        "member": variant.member.id if variant.member else None,
        "member_name": variant.member.name if variant.member else None,
        "text": post.post,
        "length": post.length,
        "limit": post.limit,
        "hand_written": post.hand_written,
        "shortened": post.shortened,
        "link": post.link,
        "intent_url": variant.intent_url,
    }


def kit_to_json(entries: Sequence[KitEntry]) -> str:
    """A stable JSON document (sorted keys, entries in the given order)."""
    data = {
        "version": 1,
        "entries": [
            {
                "kind": entry.kind,
                "id": entry.id,
                "title": entry.title,
                "url": entry.url,
                "kit_url": entry.kit_url,
                "cards": [
                    {
                        "preset": c.preset,
                        "url": c.url,
                        "width": c.width,
                        "height": c.height,
                        "alt": c.alt,
                    }
                    for c in entry.cards
                ],
                "platforms": [
                    {
                        "platform": kp.platform,
                        "name": kp.name,
                        "counted_as": kp.counted_as,
                        **_variant_json(kp.public),
                        "members": [_variant_json(v) for v in kp.members],
                    }
                    for kp in entry.platforms
                ],
            }
            for entry in entries
        ],
    }
    return json.dumps(clean_strings(data), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


CSV_COLUMNS = (
    "kind",
    "id",
    "title",
    "url",
    "platform",
    "member",
    "text",
    "length",
    "limit",
    "link",
    "intent_url",
    "cards",
)


def kit_to_csv(entries: Sequence[KitEntry]) -> str:
    """One row per entry, platform and variant (public first, then each member)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(safe_row(CSV_COLUMNS))
    for entry in entries:
        cards = " ".join(card.url for card in entry.cards)
        for kp in entry.platforms:
            for variant in kp.variants:
                post = variant.post
                writer.writerow(
                    safe_row(
                        (
                            entry.kind,
                            entry.id,
                            entry.title,
                            entry.url,
                            kp.platform,
                            variant.member.id if variant.member else "",
                            post.post,
                            post.length,
                            "" if post.limit is None else post.limit,
                            post.link,
                            variant.intent_url,
                            cards,
                        )
                    )
                )
    return buffer.getvalue()
