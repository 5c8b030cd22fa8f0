"""The share bar and the team kit in headless Chromium: copy buttons (clipboard checked),
the Mastodon instance prompt, native share, downloads, no-JavaScript fallbacks, and that
no script from a title or share text ever runs."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from browser import chromium, serve
from helpers import article, build_site
from PIL import Image
from podium.mkdocs.share.plugin import SharePlugin
from podium.share.intents import InvalidInstance, normalize_instance
from podium.share.kit import CardImage

pytestmark = pytest.mark.browser

SITE = "https://hub.example.com/"
EVIL_TITLE = "Trust & <script>window.__pwned = 'title'</script> \"quotes\" 🚀"
EVIL_TEXT = "<img src=x onerror=\"window.__pwned='text'\"> & <script>window.__pwned='x'</script>"
RECORD_OPEN = "window.__opened = []; window.open = function (url) { window.__opened.push(url); };"


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (120, 63), (200, 80, 20)).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    card = png_bytes()
    files = {
        "articles/evil.md": article(EVIL_TITLE, "2026-03-01", slug="evil", description="D."),
        "articles/plain.md": article(
            "Plain title",
            "2026-03-02",
            slug="plain",
            description="Plain description.",
            share={"text": EVIL_TEXT, "mastodon": "Toot & <b>toot</b> #100%"},
        ),
        "img/evil.og.png": card,
    }
    config = {"plugins": ["podium/articles", {"podium/share": {"team": ["Jane Doe"]}}]}
    # Stand in for podium/cards (a separate plugin): the kit takes whatever cards_for gives.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            SharePlugin,
            "_cards_for",
            lambda self, url: (
                (CardImage("og", "img/evil.og.png", 120, 63),) if url == "articles/evil/" else ()
            ),
        )
        result = build_site(tmp_path_factory.mktemp("share-browser"), files, config)
    assert result.error is None, result.messages
    return result.site, card


@pytest.fixture(scope="module")
def browser():
    with chromium() as instance:
        yield instance


@pytest.fixture()
def base(site):
    with serve(site[0]) as url:
        yield url


def new_page(browser, **options):
    context = browser.new_context(**options)
    page = context.new_page()
    return context, page


def test_no_script_from_titles_or_share_texts_runs_and_nothing_third_party_loads(browser, base):
    context, page = new_page(browser)
    requests: list[tuple[str, str]] = []
    page.on("request", lambda request: requests.append((request.resource_type, request.url)))
    for url in ["articles/evil/", "articles/plain/", "share-kit/articles/plain/",
                "share-kit/articles/evil/", "share-kit/"]:  # fmt: skip
        page.goto(base + url)
        page.wait_for_load_state("networkidle")
        assert page.evaluate("window.__pwned") is None, url
    page.goto(base + "share-kit/articles/plain/")
    text = page.locator("#kit-x textarea").input_value()
    assert text.startswith(EVIL_TEXT)  # shown literally, as text
    page.goto(base + "share-kit/articles/evil/")
    assert page.locator("h1").inner_text() == f"Share kit: {EVIL_TITLE}"
    assert page.title().startswith(f"Share kit: {EVIL_TITLE}")
    page.goto(base + "articles/evil/")
    native = page.locator("[data-podium-native]").get_attribute("data-title")
    assert native == EVIL_TITLE
    # Content may point at remote images (the test author's avatar); code never comes from
    # elsewhere and nothing calls out.
    outside = sorted(
        {(kind, url) for kind, url in requests if not url.startswith(base) and kind != "image"}
    )
    assert outside == [], outside
    assert ("script", base + "assets/podium/share/share.js") in requests
    context.close()


def open_menu(page) -> None:
    """Unfold the share menu (a reader without the Web Share API)."""
    page.locator(".podium-share summary").click()


def test_copy_link_puts_the_canonical_url_on_the_clipboard(browser, base):
    context, page = new_page(browser, permissions=["clipboard-read", "clipboard-write"])
    page.add_init_script("delete Navigator.prototype.share;")
    page.goto(base + "articles/plain/")
    open_menu(page)
    button = page.locator(".podium-share [data-podium-copy]")
    button.click()
    assert page.evaluate("navigator.clipboard.readText()") == SITE + "articles/plain/"
    assert button.get_attribute("data-copied") == "true"
    assert button.inner_text().strip() == "Copied"
    context.close()


def test_item_page_copy_buttons_copy_the_post_and_the_tracked_link(browser, base):
    context, page = new_page(browser, permissions=["clipboard-read", "clipboard-write"])
    page.goto(base + "share-kit/articles/plain/")
    section = page.locator("#kit-bluesky")
    section.get_by_role("button", name="Copy text").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == section.locator("textarea").input_value()
    assert copied.startswith(EVIL_TEXT) and "utm_source=bluesky" in copied
    section.get_by_role("button", name="Copy link").click()
    link = page.evaluate("navigator.clipboard.readText()")
    assert link == section.locator(".podium-kit__link").inner_text()
    context.close()


def test_mastodon_asks_for_the_instance_once_and_remembers_it(browser, base):
    context, page = new_page(browser)
    page.add_init_script(RECORD_OPEN)
    answers = ["@me@Social.Example", "other.example", "not an instance"]
    dialogs: list[str] = []

    def on_dialog(dialog):
        dialogs.append(dialog.type)
        if dialog.type == "prompt":
            dialog.accept(answers.pop(0))
        else:
            dialog.accept()

    page.on("dialog", on_dialog)
    page.add_init_script("delete Navigator.prototype.share;")
    page.goto(base + "articles/plain/")
    open_menu(page)
    link = page.locator(".podium-share a[data-platform=mastodon]")
    text = link.get_attribute("data-text")
    assert text.startswith("Toot & <b>toot</b> #100%")
    link.click()
    assert dialogs == ["prompt"]
    opened = page.evaluate("window.__opened")
    parts = urlsplit(opened[0])
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "social.example", "/share")
    assert parts.query.startswith("text=") and unquote(parts.query[5:]) == text
    assert page.evaluate("localStorage.getItem('podium.mastodon.instance')") == "social.example"

    page.reload()
    open_menu(page)
    page.locator(".podium-share a[data-platform=mastodon]").click()
    assert dialogs == ["prompt"]  # remembered across page loads
    assert page.evaluate("window.__opened")[0].startswith("https://social.example/share?text=")

    page.locator(".podium-share a[data-platform=mastodon]").click(modifiers=["Shift"])
    assert dialogs == ["prompt", "prompt"]  # shift-click asks again
    assert page.evaluate("window.__opened")[-1].startswith("https://other.example/share?")

    page.locator(".podium-share a[data-platform=mastodon]").click(modifiers=["Shift"])
    assert dialogs == ["prompt", "prompt", "prompt", "alert"]  # a bad answer is refused
    assert len(page.evaluate("window.__opened")) == 2
    assert page.evaluate("localStorage.getItem('podium.mastodon.instance')") == "other.example"
    context.close()


def test_native_share_button_uses_the_web_share_api_when_there_is_one(browser, base):
    context, page = new_page(browser)
    page.add_init_script(
        "navigator.share = function (data) { window.__shared = data; return Promise.resolve(); };"
    )
    page.goto(base + "articles/plain/")
    button = page.locator("[data-podium-native]")
    button.click()
    assert page.evaluate("window.__shared") == {
        "title": "Plain title",
        "url": SITE + "articles/plain/",
    }
    assert page.locator(".podium-share__menu").get_attribute("open") is None  # no list
    context.close()
    # Without the Web Share API the same button unfolds the short list of platforms.
    context, page = new_page(browser)
    page.add_init_script("delete Navigator.prototype.share;")
    page.goto(base + "articles/plain/")
    assert not page.locator(".podium-share a[data-platform=x]").is_visible()
    page.locator("[data-podium-native]").press("Enter")
    assert page.locator(".podium-share a[data-platform=x]").is_visible()
    page.locator(".podium-share a[data-platform=x]").focus()
    page.keyboard.press("Escape")  # folds it again, focus back on the button
    assert not page.locator(".podium-share a[data-platform=x]").is_visible()
    assert page.evaluate("document.activeElement.matches('[data-podium-native]')")
    context.close()


def test_kit_download_links_deliver_the_card_and_the_exports(browser, base, site):
    context, page = new_page(browser, accept_downloads=True)
    page.goto(base + "share-kit/articles/evil/")
    with page.expect_download() as info:
        page.locator("[data-podium-card=og]").click()
    download = info.value
    assert download.suggested_filename == "evil.og.png"
    assert Path(download.path()).read_bytes() == site[1]
    page.goto(base + "share-kit/")
    page.wait_for_selector("[data-kit-loaded]")
    with page.expect_download() as info:
        page.locator("[data-podium-export=csv]").click()
    text = Path(info.value.path()).read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert {row["id"] for row in rows} == {"evil", "plain"}
    context.close()


def test_without_javascript_links_work_and_script_only_buttons_stay_hidden(browser, base):
    context, page = new_page(browser, java_script_enabled=False)
    page.goto(base + "articles/plain/")
    open_menu(page)  # a <details>: unfolds without JavaScript
    assert page.locator(".podium-share a[data-platform=x]").is_visible()
    assert page.locator(".podium-share a[data-platform=mastodon]").is_visible()  # owner's
    assert not page.locator(".podium-share [data-podium-copy]").is_visible()
    assert page.locator(".podium-share__plain input").input_value() == SITE + "articles/plain/"
    context.close()


INSTANCES = [
    "mastodon.social",
    "https://Mastodon.Social/",
    "@me@hachyderm.io",
    "me@fosstodon.org/about",
    "bücher.example",
    "",
    "localhost",
    "javascript:alert(1)",
    'evil.com"><script>',
    "a b.com",
    "-x.com",
]


def test_the_script_normalizes_instances_like_the_library(browser, base):
    context, page = new_page(browser)
    page.goto(base + "articles/plain/")
    for raw in INSTANCES:
        try:
            expected = normalize_instance(raw)
        except InvalidInstance:
            expected = ""
        assert page.evaluate("(raw) => window.podiumShare.normalizeInstance(raw)", raw) == (
            expected
        ), raw
    context.close()
