"""The demo hub's share bars and kit: every enabled platform, every text within its limit."""

from __future__ import annotations

import json
from urllib.parse import unquote, urlsplit

from podium.share.share_targets import PLATFORM_IDS

ENERGY = "articles/engineering-leadership-in-the-energy-transition/"


def _entry_pages(demo_site) -> list[str]:
    """Site-relative URLs of every built page that carries a share bar."""
    pages = []
    for path in sorted(demo_site.site.rglob("index.html")):
        url = path.parent.relative_to(demo_site.site).as_posix() + "/"
        if url.startswith(("articles/", "highlights/")) and demo_site.html(url).select_one(
            ".podium-share"
        ):
            pages.append(url)
    return pages


def test_every_article_and_highlight_has_a_kit_with_every_platform_within_limits(demo_site):
    pages = _entry_pages(demo_site)
    assert any(p.startswith("articles/") for p in pages)
    assert any(p.startswith("highlights/") for p in pages)
    kits = {row.select_one("a")["href"] for row in demo_site.html("share-kit/").select("tr")[1:]}
    data = json.loads((demo_site.site / "share-kit/kit.json").read_text(encoding="utf-8"))
    assert [m["id"] for m in data["members"]] == ["", "ingrid-halvorsen", "comms"]
    for url in pages:
        kind, ident = url.split("/")[:2]
        kit_url = f"share-kit/{kind}/{ident}/"
        assert f"{kind}/{ident}/" in kits, url
        kit = demo_site.html(kit_url)
        sections = kit.select("section.podium-kit__platform")
        assert [s["data-platform"] for s in sections] == list(PLATFORM_IDS), kit_url
        for section in sections:
            count = section.select_one(".podium-kit__count")
            if count["data-limit"]:
                assert int(count["data-length"]) <= int(count["data-limit"]), (kit_url, count)
    for item in data["items"]:  # every member's length, counted in Python, fits
        for row in item["p"]:
            limit = data["platforms"][row[0]]["limit"]
            fits = limit is None or max(row[3]) <= limit
            # Only a link longer than the limit by itself (a long French slug on Bluesky
            # while it counts the full link) leaves no room: the post is the link alone.
            assert len(row[3]) == 3 and (fits or "".join(row[1]) == ""), item["id"]


def test_hand_written_demo_texts_reach_the_intents_verbatim(demo_site):
    bar = demo_site.html(ENERGY).select_one(".podium-share")
    x = bar.select_one("a[data-platform=x]")["href"]
    query = dict(pair.split("=", 1) for pair in urlsplit(x).query.split("&"))
    assert unquote(query["text"]).startswith(
        "The grid is becoming software. Leading engineers in energy means owning outcomes"
    )
    data = json.loads((demo_site.site / "share-kit/kit.json").read_text(encoding="utf-8"))
    item = next(e for e in data["items"] if e["id"] in ENERGY)
    linkedin = next(row for row in item["p"] if row[0] == "linkedin")
    text = linkedin[1][0]
    assert linkedin[5] == 1 and text.startswith("Ten years ago")  # hand-written
    assert text.endswith("#EnergyTech #Leadership #EnergyTransition\n\n")  # then the link
