"""The team share kit: per article or highlight and platform, the post text with its length
against the limit, the tracked link and the composer link; written once as compact data.

Per-member links (``utm_content``), per-platform composer URLs and the CSV/JSON exports are
computed in the browser from :func:`kit_data` (``assets/podium/share/kit.js``), so nothing
is written once per member or per platform. The kit's text for a platform is fitted to the
longest of the team's links, so every member's text fits with the same words; each
member's length is counted here, the platform's way.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from podium.core.errors import Problem
from podium.core.safety import clean_strings
from podium.core.slugs import slugify
from podium.share.intents import post_intent_url
from podium.share.share_targets import get_platform
from podium.share.texts import PostText, ShareSource, post_text
from podium.share.utm import UtmSettings, tracked_url

#: Stand-ins for the campaign and the member in a link template (kept as-is by quote()).
CAMPAIGN = "PODIUMCAMPAIGN"
CONTENT = "PODIUMCONTENT"
KIT_VERSION = 2


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
    #: The share bar's post, fitted to the public link.
    public: Variant
    #: The kit's post with the public link, fitted to the team's longest link.
    kit: Variant
    #: The kit post's length with each team member's link (in ``members`` order).
    member_lengths: tuple[int, ...] = ()
    #: False where the composer takes only the link (LinkedIn, Facebook): paste the text.
    prefills_text: bool = True


@dataclass(frozen=True)
class KitEntry:
    kind: str
    id: str
    title: str
    url: str
    kit_url: str
    platforms: tuple[KitPlatform, ...]
    cards: tuple[CardImage, ...] = ()
    date: str = ""  # ISO date, for sorting and filters
    lang: str = ""
    source: str = ""  # docs-relative, for `podium cards PATH`
    campaign: str = field(default="", compare=False)


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
    date: str = "",
    lang: str = "",
) -> tuple[KitEntry, list[Problem]]:
    """Everything the share bar and the kit need for one article or highlight.

    Problems are reported once per page and platform, though the public text and the kit
    text (fitted to the longest team link) are counted separately.
    """
    utm = utm or UtmSettings()
    problems: list[Problem] = []
    seen: set[tuple[str, str]] = set()
    kit_platforms: list[KitPlatform] = []

    def keep(found: list[Problem]) -> None:
        for problem in found:
            if (problem.field, problem.severity) not in seen:
                seen.add((problem.field, problem.severity))
                problems.append(problem)

    def link(platform_id: str, content: str) -> str:
        return tracked_url(
            source.url,
            platform=platform_id,
            campaign=source.campaign,
            content=content,
            settings=utm,
        )

    for platform_id in enabled_platforms(source, platforms):
        platform = get_platform(platform_id)
        public_link = link(platform_id, utm.share_bar_content)
        public, found = post_text(source, platform_id, public_link)
        keep(found)
        member_links = [link(platform_id, member.id) for member in members]
        longest = max((public_link, *member_links), key=len)
        if longest == public_link:
            kit_post = public
        else:
            fitted, found = post_text(source, platform_id, longest)
            keep(found)
            kit_post = _with_link(fitted, longest, public_link, platform.length)
        lengths = tuple(
            platform.length(kit_post.post.replace(public_link, other)) for other in member_links
        )

        def variant(post: PostText) -> Variant:
            return Variant(
                None,
                post,
                post_intent_url(post, title=source.title, mastodon_instance=mastodon_instance),
            )

        kit_platforms.append(
            KitPlatform(
                platform_id,
                platform.name,
                platform.icon,
                platform.counted_as,
                variant(public),
                variant(kit_post),
                lengths,
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
        date,
        lang,
        source.path.split("#", 1)[0],
        source.campaign,
    )
    return entry, problems


def _with_link(post: PostText, old: str, new: str, length) -> PostText:
    """``post`` with its link swapped (same words), counted again."""
    text = post.text.replace(old, new)
    full = post.post.replace(old, new)
    return PostText(
        post.platform,
        text,
        full,
        new,
        post.link_in_text,
        length(full),
        post.limit,
        post.hand_written,
        post.shortened,
    )


# -- the compact data the kit page reads -----------------------------------------------


def link_template(url: str, platform_id: str, utm: UtmSettings, content: bool) -> str | None:
    """The query a tracked link adds to ``url``, with the campaign (and member) left as
    placeholders; None when ``url`` is not simply ``url + "?" + query`` (a URL that
    already has a query or a fragment)."""
    made = tracked_url(
        url,
        platform=platform_id,
        campaign=CAMPAIGN,
        content=CONTENT if content else "",
        settings=utm,
    )
    if made == url:
        return ""
    if not made.startswith(url + "?") or "?" in url or "#" in url:
        return None
    return made[len(url) + 1 :]


def kit_data(
    entries: Sequence[KitEntry],
    *,
    members: Sequence[TeamMember],
    utm: UtmSettings,
    platforms: Sequence[str],
    mastodon_instance: str = "",
    presets: Sequence[str] = (),
    public_name: str = "Public link",
    site_url: str = "",
) -> dict[str, Any]:
    """What ``kit.js`` needs, once: no per-member or per-platform copies of any text."""
    platform_data: dict[str, Any] = {}
    for platform_id in platforms:
        platform = get_platform(platform_id)
        sample = "https://example.com/"
        platform_data[platform_id] = {
            "name": platform.name,
            "limit": platform.limit,
            "counted": platform.counted_as,
            "place": platform.placement.value,
            "prefills": platform.prefills_text,
            "q": link_template(sample, platform_id, utm, True),
            "q0": link_template(sample, platform_id, utm, bool(utm.share_bar_content)),
        }
    people = [{"id": utm.share_bar_content, "name": public_name}]
    people += [{"id": m.id, "name": m.name} for m in members]
    data = {
        "version": KIT_VERSION,
        "site": site_url,
        "mastodon": mastodon_instance,
        "members": people,
        "platforms": platform_data,
        "presets": list(presets),
        "items": [_item(entry, utm) for entry in entries],
    }
    return clean_strings(data)  # no control character reaches the JSON (or the exports)


def _item(entry: KitEntry, utm: UtmSettings) -> dict[str, Any]:
    item: dict[str, Any] = {
        "k": entry.kind,
        "id": entry.id,
        "t": entry.title,
        "u": entry.url,
        "c": entry.campaign or entry.id,
        "d": entry.date,
        "l": entry.lang,
        "s": entry.source,
        "kit": entry.kit_url,
        "cards": {
            card.preset: [card.href, card.width, card.height, card.alt] for card in entry.cards
        },
        "p": [],
    }
    explicit: dict[str, list[str]] = {}
    for kp in entry.platforms:
        post = kp.kit.post
        if any(link_template(entry.url, kp.platform, utm, c) is None for c in (True, False)):
            explicit[kp.platform] = [post.link]  # JS falls back to the public link
        parts = post.text.split(post.link) if post.link else [post.text]
        item["p"].append(
            [
                kp.platform,
                parts,
                int(post.link_in_text),
                [post.length, *kp.member_lengths],
                int(post.shortened),
                int(post.hand_written),
            ]
        )
    if explicit:
        item["L"] = explicit
    return item


def kit_member_links(entry: KitEntry, utm: UtmSettings, member: str) -> Mapping[str, str]:
    """Each platform's tracked link for ``member`` (what the page computes; for tests and
    ``podium check``)."""
    return {
        kp.platform: tracked_url(
            entry.url, platform=kp.platform, campaign=entry.campaign, content=member, settings=utm
        )
        for kp in entry.platforms
    }


def kit_rows(data: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Every item, platform and member of :func:`kit_data`, expanded the way ``kit.js``
    expands it (links from the templates, texts joined around them): for checks and tests
    in Python. Composer URLs are left out (``podium.share.intents`` makes those)."""
    from urllib.parse import quote

    rows = []
    for item in data["items"]:
        for index, member in enumerate(data["members"]):
            for platform, parts, in_text, lengths, shortened, hand_written in item["p"]:
                spec = data["platforms"][platform]
                template = spec["q"] if member["id"] else spec["q0"]
                if item.get("L", {}).get(platform):
                    link = item["L"][platform][0]
                elif not template:
                    link = item["u"]
                else:
                    filled = template.replace(CAMPAIGN, quote(item["c"], safe=""))
                    link = item["u"] + "?" + filled.replace(CONTENT, quote(member["id"], safe=""))
                text = link.join(parts)
                appended = spec["place"] == "parameter-appended" and not in_text
                post = (f"{text} {link}" if text else link) if appended else text
                rows.append(
                    {
                        "kind": item["k"],
                        "id": item["id"],
                        "title": item["t"],
                        "platform": platform,
                        "member": member["id"],
                        "text": text,
                        "post": post,
                        "link": link,
                        "length": lengths[index] if index < len(lengths) else lengths[0],
                        "limit": spec["limit"],
                        "shortened": bool(shortened),
                        "hand_written": bool(hand_written),
                    }
                )
    return rows
