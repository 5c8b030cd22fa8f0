"""UTM links and the team share kit data with its CSV and JSON exports."""

from __future__ import annotations

import json
from urllib.parse import parse_qsl, urlsplit

import pytest
from podium.share.kit import CardImage, TeamMember, build_entry, kit_data, kit_member_links
from podium.share.share_block import parse_share_settings
from podium.share.share_targets import PLATFORM_IDS, get_platform
from podium.share.texts import ShareSource
from podium.share.utm import UtmSettings, strip_tracking, tracked_url

CANONICAL = "https://example.com/articles/why-boards-fail/"


def query(url: str) -> dict[str, str]:
    return dict(parse_qsl(urlsplit(url).query, keep_blank_values=True))


def test_tracked_url_adds_the_recommended_scheme():
    url = tracked_url(CANONICAL, platform="linkedin", campaign="why-boards-fail")
    assert url.startswith(CANONICAL + "?")
    assert query(url) == {
        "utm_source": "linkedin",
        "utm_medium": "social",
        "utm_campaign": "why-boards-fail",
    }
    assert query(tracked_url(CANONICAL, platform="email", campaign="c"))["utm_medium"] == "email"


def test_tracked_url_keeps_other_parameters_drops_the_fragment_and_replaces_old_utm():
    url = tracked_url(
        "https://example.com/a/?lang=en&utm_source=old#part-2",
        platform="x",
        campaign="a b",
        content="team-jane",
    )
    parts = urlsplit(url)
    assert parts.fragment == ""  # tracked links are counted and shown: kept short
    assert parse_qsl(parts.query) == [
        ("lang", "en"),
        ("utm_source", "x"),
        ("utm_medium", "social"),
        ("utm_campaign", "a b"),
        ("utm_content", "team-jane"),
    ]
    assert "a%20b" in url


def test_utm_names_and_values_are_configurable():
    settings = UtmSettings(
        medium="social-network",
        sources={"x": "twitter"},
        names={"utm_campaign": "mtm_campaign"},
    )
    url = tracked_url(CANONICAL, platform="x", campaign="c", settings=settings)
    assert query(url) == {
        "utm_source": "twitter",
        "utm_medium": "social-network",
        "mtm_campaign": "c",
    }
    assert (
        tracked_url(CANONICAL, platform="x", campaign="c", settings=UtmSettings(enabled=False))
        == CANONICAL
    )


def test_strip_tracking_restores_the_canonical_url():
    tracked = tracked_url(CANONICAL + "?page=2", platform="x", campaign="c", content="m")
    assert strip_tracking(tracked) == CANONICAL + "?page=2"
    assert strip_tracking(CANONICAL) == CANONICAL


def make_entry(members=(), share=None, platforms=PLATFORM_IDS):
    settings, _ = parse_share_settings(share or {"hashtags": ["Boards"]}, "articles/w.md")
    source = ShareSource(
        "articles/w.md",
        'Why "boards" fail & what to do',
        CANONICAL,
        "why-boards-fail",
        "A short description.",
        settings,
    )
    return build_entry(
        source,
        platforms=platforms,
        members=members,
        mastodon_instance="mastodon.example",
        cards=[CardImage("og", "https://example.com/assets/cards/w.og.png", 1200, 630)],
        kit_url="kit/articles/why-boards-fail/",
    )


MEMBERS = [TeamMember.from_config("Jane Doe"), TeamMember.from_config({"id": "ops", "name": "Ops"})]


def test_entry_has_every_platform_with_the_public_and_the_kit_post():
    entry, problems = make_entry(MEMBERS)
    assert problems == []
    assert [kp.platform for kp in entry.platforms] == list(PLATFORM_IDS)
    for kp in entry.platforms:
        for variant in (kp.public, kp.kit):
            params = query(variant.post.link)
            assert params["utm_source"] == kp.platform and "utm_content" not in params
            assert variant.post.fits
            assert variant.intent_url  # Mastodon too, an instance is configured
        assert len(kp.member_lengths) == len(MEMBERS)


def test_the_kit_text_fits_every_members_link():
    """A long member id makes the link longer: the kit's words leave room for it."""
    long_member = TeamMember("a-member-with-a-very-long-identifier-for-tracking", "Long")
    entry, _ = make_entry([long_member], share={"text": "word " * 110})
    # Threads counts the whole link (Bluesky and X count a link the same whatever its length).
    threads = next(kp for kp in entry.platforms if kp.platform == "threads")
    public, kit = threads.public.post, threads.kit.post
    assert public.shortened and kit.shortened and len(kit.post) < len(public.post)
    platform = get_platform("threads")
    member_link = kit_member_links(entry, UtmSettings(), long_member.id)["threads"]
    member_post = kit.post.replace(kit.link, member_link)
    assert platform.length(member_post) == threads.member_lengths[0] <= 500
    bluesky = next(kp for kp in entry.platforms if kp.platform == "bluesky")
    assert bluesky.kit.post.text == bluesky.public.post.text  # no room needed there


def test_page_can_switch_a_platform_off():
    entry, _ = make_entry(share={"reddit": False, "hackernews": {"enabled": False}})
    assert "reddit" not in [kp.platform for kp in entry.platforms]
    assert "hackernews" not in [kp.platform for kp in entry.platforms]


def test_problems_are_reported_once_per_platform_not_per_member():
    _entry, problems = make_entry(MEMBERS, share={"x": "word " * 80})
    assert [(p.field, p.severity) for p in problems] == [("share.x", "error")]


def data_for(entries, members=MEMBERS, utm=None):
    return kit_data(
        entries,
        members=members,
        utm=utm or UtmSettings(),
        platforms=PLATFORM_IDS,
        mastodon_instance="mastodon.example",
        presets=["og", "square"],
        site_url="https://example.com/",
    )


def link_from(data, item, platform, member):
    """What kit.js's link() does with the templates."""
    from urllib.parse import quote

    spec = data["platforms"][platform]
    template = spec["q"] if member else spec["q0"]
    if not template:
        return item["u"]
    filled = template.replace("PODIUMCAMPAIGN", quote(item["c"], safe=""))
    return item["u"] + "?" + filled.replace("PODIUMCONTENT", quote(member, safe=""))


@pytest.mark.parametrize(
    "utm",
    [
        UtmSettings(),
        UtmSettings(share_bar_content="share-bar", names={"utm_campaign": "mtm_campaign"}),
        UtmSettings(enabled=False),
    ],
)
def test_kit_data_rebuilds_every_members_link_and_text(utm):
    members = [*MEMBERS, TeamMember("zoë", "Zoë")]
    entry, _ = make_entry(members)
    data = data_for([entry], members, utm)
    assert json.dumps(data) == json.dumps(data_for([make_entry(members)[0]], members, utm))
    [item] = data["items"]
    assert item["cards"] == {"og": ["https://example.com/assets/cards/w.og.png", 1200, 630, ""]}
    assert data["presets"] == ["og", "square"]
    for member in data["members"]:
        expected = kit_member_links(entry, utm, member["id"])
        for row in item["p"]:
            platform = row[0]
            link = link_from(data, item, platform, member["id"])
            assert link == expected[platform]
    for row, kp in zip(item["p"], entry.platforms, strict=True):
        assert row[1][0].startswith('Why "boards" fail') or kp.platform in ("reddit", "hackernews")
        assert "".join(row[1]) == kp.kit.post.text.replace(kp.kit.post.link, "")


@pytest.mark.parametrize("value", ["Jane Doe", {"name": "Jane Doe"}])
def test_team_members_get_slug_ids(value):
    assert TeamMember.from_config(value) == TeamMember("jane-doe", "Jane Doe")
