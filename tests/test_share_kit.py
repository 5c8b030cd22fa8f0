"""UTM links and the team share kit data with its CSV and JSON exports."""

from __future__ import annotations

import csv
import io
import json
from urllib.parse import parse_qsl, urlsplit

import pytest
from podium.share.kit import CardImage, TeamMember, build_entry, kit_to_csv, kit_to_json
from podium.share.share_block import parse_share_settings
from podium.share.share_targets import PLATFORM_IDS
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


def test_entry_has_every_platform_and_member_with_own_links():
    entry, problems = make_entry(MEMBERS)
    assert problems == []
    assert [kp.platform for kp in entry.platforms] == list(PLATFORM_IDS)
    for kp in entry.platforms:
        assert [v.member.id if v.member else None for v in kp.variants] == [None, "jane-doe", "ops"]
        for variant in kp.variants:
            params = query(variant.post.link)
            assert params["utm_source"] == kp.platform
            assert params.get("utm_content") == (variant.member.id if variant.member else None)
            assert variant.post.fits
            assert variant.intent_url  # Mastodon too, an instance is configured


def test_page_can_switch_a_platform_off():
    entry, _ = make_entry(share={"reddit": False, "hackernews": {"enabled": False}})
    assert "reddit" not in [kp.platform for kp in entry.platforms]
    assert "hackernews" not in [kp.platform for kp in entry.platforms]


def test_problems_are_reported_once_per_platform_not_per_member():
    _entry, problems = make_entry(MEMBERS, share={"x": "word " * 80})
    assert [(p.field, p.severity) for p in problems] == [("share.x", "error")]


def test_json_export_is_complete_and_deterministic():
    entry, _ = make_entry(MEMBERS)
    again, _ = make_entry(MEMBERS)
    text = kit_to_json([entry])
    assert text == kit_to_json([again])
    data = json.loads(text)
    [item] = data["entries"]
    assert item["url"] == CANONICAL and "utm_" not in item["url"]
    assert item["cards"][0]["width"] == 1200
    x = next(p for p in item["platforms"] if p["platform"] == "x")
    assert x["limit"] == 280 and x["length"] <= 280
    assert x["text"].startswith('Why "boards" fail & what to do')
    assert [m["member"] for m in x["members"]] == ["jane-doe", "ops"]


def test_csv_export_has_a_row_per_platform_and_variant():
    entry, _ = make_entry(MEMBERS)
    rows = list(csv.DictReader(io.StringIO(kit_to_csv([entry]), newline="")))
    assert len(rows) == len(PLATFORM_IDS) * 3
    bluesky = [r for r in rows if r["platform"] == "bluesky"]
    assert [r["member"] for r in bluesky] == ["", "jane-doe", "ops"]
    assert all(r["link"] in r["text"] for r in bluesky)  # Bluesky carries the link in text
    assert bluesky[0]["title"] == 'Why "boards" fail & what to do'
    assert int(bluesky[0]["length"]) <= int(bluesky[0]["limit"])


@pytest.mark.parametrize("value", ["Jane Doe", {"name": "Jane Doe"}])
def test_team_members_get_slug_ids(value):
    assert TeamMember.from_config(value) == TeamMember("jane-doe", "Jane Doe")
