"""The share kit tool in headless Chromium: every item's texts and links, the member
selector, copy buttons, filters, exports and card previews, checked against the Python
library and the page each item has for readers without JavaScript."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

import pytest
from browser import chromium, serve
from bs4 import BeautifulSoup
from helpers import article, build_site
from podium.share.kit import kit_rows
from podium.share.share_targets import get_platform
from podium.share.utm import tracked_url

pytestmark = pytest.mark.browser

SITE = "https://hub.example.com/"
FORMULA = '=HYPERLINK("http://evil.example","click")'
FILES = {
    "articles/new.md": article("New & <b>bold</b> 🚀", "2026-03-10", slug="new", description="D."),
    "articles/fr.md": article("Bonjour l'équipe", "2026-03-05", slug="bonjour", lang="fr"),
    "articles/old.md": article("Old one", "2025-06-01", slug="old", share={"text": FORMULA}),
    "highlights/h1.md": "---\ndate: 2026-03-08\n---\nCulture eats strategy for breakfast.\n",
    "highlights/h2.md": "---\ndate: 2025-01-02\nlang: fr\n---\nLa culture mange la stratégie.\n",
}
TEAM = ["Jane Doe", {"id": "ops", "name": "Ops Team"}]
NEWEST_FIRST = [
    "kit-article-new", "kit-highlight-h1", "kit-article-bonjour", "kit-article-old",
    "kit-highlight-h2",
]  # fmt: skip


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    config = {
        "plugins": [
            "podium/articles",
            "podium/highlights",
            {
                "podium/cards": {
                    "workers": 1,
                    "presets": {"portrait": False, "story": False},
                    "promote": {"recent_days": 3, "pinned": False, "shared": False},
                }
            },
            {"podium/share": {"team": TEAM}},
        ]
    }
    result = build_site(tmp_path_factory.mktemp("kit-tool"), FILES, config)
    assert result.error is None, result.messages
    return result


@pytest.fixture(scope="module")
def browser():
    with chromium() as instance:
        yield instance


@pytest.fixture(scope="module")
def base(site):
    with serve(site.site) as url:
        yield url


def open_kit(browser, base, **options):
    context = browser.new_context(**options)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(base + "share-kit/")
    page.wait_for_selector("[data-kit-loaded]")
    return context, page, errors


def item_state(page) -> list[dict]:
    """Every rendered item and platform as the reader sees it."""
    return page.evaluate(
        """() => Array.from(document.querySelectorAll('.podium-kit__item')).map(item => ({
          id: item.id, date: item.dataset.date, kind: item.dataset.kind, lang: item.dataset.lang,
          platforms: Array.from(item.querySelectorAll('.podium-kit__platform')).map(s => ({
            platform: s.dataset.platform,
            text: s.querySelector('textarea').value,
            link: s.querySelector('.podium-kit__link').textContent,
            length: Number(s.querySelector('.podium-kit__count').dataset.length),
            composer: (s.querySelector('[data-podium-composer]') || {}).href || '',
            copy: s.querySelector('[data-podium-copy]').dataset.copy,
          })),
          missing: Array.from(item.querySelectorAll('[data-podium-card-missing]'))
            .map(n => n.dataset.podiumCardMissing),
          cards: Array.from(item.querySelectorAll('[data-podium-card]'))
            .map(n => n.dataset.podiumCard),
        }))"""
    )


def no_js_page(site, item_id: str) -> BeautifulSoup:
    kind, ident = item_id.removeprefix("kit-").split("-", 1)
    path = site.site / f"share-kit/{kind}s/{ident}/index.html"
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_kit_renders_every_item_newest_first_with_the_no_javascript_pages_texts(
    browser, base, site
):
    context, page, errors = open_kit(browser, base)
    items = item_state(page)
    assert [item["id"] for item in items] == NEWEST_FIRST
    for item in items:
        fallback = no_js_page(site, item["id"])
        sections = fallback.select("section.podium-kit__platform")
        assert [s["data-platform"] for s in sections] == [p["platform"] for p in item["platforms"]]
        for shown, section in zip(item["platforms"], sections, strict=True):
            assert shown["text"] == section.select_one("textarea").get_text()
            assert shown["copy"] == shown["text"]
            assert shown["link"] == section.select_one(".podium-kit__link").get_text()
            assert shown["length"] == int(section.select_one(".podium-kit__count")["data-length"])
            composer = section.select_one("a[data-podium-composer]")
            if composer is not None:  # the page's composer URL is Python's, the tool's is JS's
                assert shown["composer"] == composer["href"]
            assert "utm_content" not in shown["link"]
    assert page.locator("[data-podium-kit-fallback]").is_hidden()
    assert errors == []
    context.close()


def test_member_selector_changes_every_links_utm_content(browser, base):
    context, page, _ = open_kit(browser, base)
    page.select_option("#podium-kit-member", label="Jane Doe (jane-doe)")
    items = item_state(page)
    assert len(items) == len(NEWEST_FIRST)
    for item in items:
        for shown in item["platforms"]:
            platform = get_platform(shown["platform"])
            query = dict(parse_qsl(urlsplit(shown["link"]).query))
            assert query["utm_content"] == "jane-doe"
            assert query["utm_source"] == shown["platform"]
            canonical = shown["link"].split("?")[0]
            campaign = query["utm_campaign"]
            assert shown["link"] == tracked_url(
                canonical, platform=shown["platform"], campaign=campaign, content="jane-doe"
            )
            if platform.placement.value != "title":  # Reddit, Hacker News: a title only
                assert shown["link"] in shown["copy"]
            if shown["composer"] and shown["platform"] not in ("reddit", "hackernews"):
                assert "utm_content%3Djane-doe" in shown["composer"]
    # The keyboard works too: the next member, then back to the public links.
    page.focus("#podium-kit-member")
    page.keyboard.press("ArrowDown")
    links = [p["link"] for item in item_state(page) for p in item["platforms"]]
    assert all("utm_content=ops" in link for link in links)
    page.select_option("#podium-kit-member", index=0)
    links = [p["link"] for item in item_state(page) for p in item["platforms"]]
    assert not any("utm_content" in link for link in links)
    context.close()


def test_lengths_are_counted_the_platforms_way_for_each_member(browser, base):
    context, page, _ = open_kit(browser, base)
    page.select_option("#podium-kit-member", label="Ops Team (ops)")
    for item in item_state(page):
        for shown in item["platforms"]:
            platform = get_platform(shown["platform"])
            assert shown["length"] == platform.length(shown["copy"]), (item["id"], shown)
            assert platform.limit is None or shown["length"] <= platform.limit
    context.close()


def test_copy_buttons_put_the_exact_platform_text_on_the_clipboard(browser, base):
    context, page, _ = open_kit(browser, base, permissions=["clipboard-read", "clipboard-write"])
    page.select_option("#podium-kit-member", label="Jane Doe (jane-doe)")
    item = page.locator("#kit-article-new")
    for platform in ("x", "linkedin", "bluesky", "mastodon", "email"):
        section = item.locator(f"[data-platform={platform}]")
        section.get_by_role("button", name="Copy text").click()
        copied = page.evaluate("navigator.clipboard.readText()")
        assert copied == section.locator("textarea").input_value()
        assert copied.startswith("New & <b>bold</b> 🚀")
        if platform != "x":  # X takes the link as its own parameter; the pasted post has it
            assert f"utm_source={platform}" in copied
        assert "utm_content=jane-doe" in copied
        section.get_by_role("button", name="Copy link").click()
        assert (
            page.evaluate("navigator.clipboard.readText()")
            == section.locator(".podium-kit__link").inner_text()
        )
    context.close()


def test_filters_by_kind_language_and_date(browser, base):
    context, page, _ = open_kit(browser, base)
    page.select_option("#podium-kit-kind", "highlight")
    assert [i["id"] for i in item_state(page)] == ["kit-highlight-h1", "kit-highlight-h2"]
    page.select_option("#podium-kit-lang", "fr")
    assert [i["id"] for i in item_state(page)] == ["kit-highlight-h2"]
    page.select_option("#podium-kit-kind", "")
    assert [i["id"] for i in item_state(page)] == ["kit-article-bonjour", "kit-highlight-h2"]
    page.select_option("#podium-kit-lang", "")
    page.fill("#podium-kit-from", "2026-03-01")
    page.dispatch_event("#podium-kit-from", "change")
    page.fill("#podium-kit-to", "2026-03-09")
    page.dispatch_event("#podium-kit-to", "change")
    assert [i["id"] for i in item_state(page)] == ["kit-highlight-h1", "kit-article-bonjour"]
    assert "Showing 2 of 2 items" in page.locator("[data-podium-kit-status]").inner_text()
    context.close()


def download(page, selector: str) -> str:
    with page.expect_download() as info:
        page.locator(selector).click()
    return Path(info.value.path()).read_text(encoding="utf-8-sig")


def test_exports_parse_and_follow_the_member_and_the_filters(browser, base):
    context, page, _ = open_kit(browser, base, accept_downloads=True)
    page.select_option("#podium-kit-member", label="Ops Team (ops)")
    rows = list(csv.DictReader(io.StringIO(download(page, "[data-podium-export=csv]"), newline="")))
    shown = {(i["id"], p["platform"]): p for i in item_state(page) for p in i["platforms"]}
    assert len(rows) == len(shown)
    for row in rows:
        key = (f"kit-{row['kind']}-{row['id']}", row["platform"])
        assert row["member"] == "ops"
        text = shown[key]["copy"]
        assert row["text"] == ("'" + text if text.startswith("=") else text)
        assert row["link"] == shown[key]["link"] and int(row["length"]) == shown[key]["length"]
    old = next(r for r in rows if r["id"] == "old" and r["platform"] == "bluesky")
    assert old["text"].startswith("'=HYPERLINK(")  # OWASP: no formula runs in a spreadsheet
    new = next(r for r in rows if r["id"] == "new" and r["platform"] == "x")
    assert SITE + "assets/cards/articles/new.og." in new["cards"]

    page.select_option("#podium-kit-csv-platform", "linkedin")
    page.select_option("#podium-kit-kind", "article")
    buffer = list(
        csv.reader(io.StringIO(download(page, "[data-podium-export=buffer]"), newline=""))
    )
    assert buffer[0] == ["Text", "Image URL", "Tags", "Posting Time"]
    assert len(buffer) == 1 + 3 and all("utm_source=linkedin" in r[0] for r in buffer[1:])
    assert buffer[1][1].startswith(SITE + "assets/cards/articles/new.og.")
    hootsuite = list(
        csv.reader(io.StringIO(download(page, "[data-podium-export=hootsuite]"), newline=""))
    )
    assert len(hootsuite) == 3 and all(len(r) == 3 for r in hootsuite)
    assert all("utm_content=ops" in r[2] and "utm_source" not in r[1] for r in hootsuite)

    data = json.loads(download(page, "[data-podium-export=json]"))
    assert data["member"] == "ops" and [i["id"] for i in data["items"]] == ["new", "bonjour", "old"]
    x = next(p for p in data["items"][0]["platforms"] if p["platform"] == "x")
    assert x["limit"] == 280 and "utm_content%3Dops" in x["intent_url"]
    assert unquote(x["intent_url"]).count("utm_content=ops") == 1
    context.close()


def test_card_previews_per_preset_and_a_note_for_presets_not_made(browser, base, site):
    context, page, _ = open_kit(browser, base, accept_downloads=True)
    items = {item["id"]: item for item in item_state(page)}
    # Promoted (within 3 days of the newest item): og and square; the others: og only.
    assert items["kit-article-new"]["cards"] == ["og", "square"]
    assert items["kit-highlight-h1"]["cards"] == ["og", "square"]
    assert items["kit-article-old"]["cards"] == ["og"] and items["kit-article-old"]["missing"] == [
        "square"
    ]
    note = page.locator("#kit-article-old [data-podium-card-missing=square]").inner_text()
    assert "not made yet" in note and "podium cards docs/articles/old.md" in note
    with page.expect_download() as info:
        page.locator("#kit-article-new [data-podium-card=square]").click()
    name = info.value.suggested_filename
    assert name.startswith("new.square.") and name.endswith((".png", ".jpg"))
    assert (
        Path(info.value.path()).read_bytes()
        == (site.site / "assets/cards/articles" / name).read_bytes()
    )
    context.close()


def test_readable_on_a_phone_and_hidden_from_search_engines(browser, base, site):
    context, page, _ = open_kit(browser, base, viewport={"width": 375, "height": 740})
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    assert site.html("share-kit/").select_one("meta[name=robots]")["content"].startswith("noindex")
    context.close()


def test_the_item_page_link_reveals_the_item_in_the_tool(browser, base):
    context = browser.new_context()
    page = context.new_page()
    page.goto(base + "share-kit/articles/old/")
    page.get_by_role("link", name="All share kits").click()
    page.wait_for_selector("[data-kit-loaded]")
    assert page.locator("#kit-article-old").is_visible()
    context.close()


def test_the_page_and_the_python_mirror_expand_the_data_alike(browser, base, site):
    """kit.js and podium.share.kit.kit_rows read kit.json the same way, for every member."""
    data = json.loads((site.site / "share-kit/kit.json").read_text(encoding="utf-8"))
    context, page, _ = open_kit(browser, base)
    shown = page.evaluate(
        """() => { const k = window.podiumKit.kit; const rows = [];
          k.data.items.forEach(item => k.data.members.forEach((m, i) => item.p.forEach(p => {
            const post = k.post(item, p[0], i);
            rows.push([item.id, p[0], m.id, post.text, post.post, post.link, post.length]);
          }))); return rows; }"""
    )
    expected = [
        [r["id"], r["platform"], r["member"], r["text"], r["post"], r["link"], r["length"]]
        for r in kit_rows(data)
    ]
    assert sorted(shown) == sorted(expected) and len(expected) == 5 * 3 * 11
    context.close()
