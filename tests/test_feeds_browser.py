"""The Subscribe page in a real browser: the copy buttons put the feed address on the clipboard."""

from __future__ import annotations

import pytest
from browser import chromium, serve
from helpers import article, build_site


@pytest.mark.browser
def test_copy_button_copies_the_feed_url_without_console_errors(tmp_path) -> None:
    files = {
        "index.md": "# Home\n",
        "articles/alpha.md": article("Alpha", "2026-01-05", tags=["ai"]),
    }
    result = build_site(tmp_path, files, {"plugins": ["podium/articles", "podium/feeds"]})
    assert result.error is None, result.messages
    with serve(result.site) as base, chromium() as browser:
        context = browser.new_context()
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base.rstrip("/"))
        page = context.new_page()
        errors: list[str] = []
        page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(base + "subscribe/")
        button = page.locator('button[data-podium-copy$="/articles/tag/ai/atom.xml"]')
        assert button.count() == 1
        button.click()
        page.wait_for_function(
            "b => b.textContent.trim() === 'Copied'", arg=button.element_handle(), timeout=5000
        )
        copied = page.evaluate("navigator.clipboard.readText()")
        assert copied == "https://hub.example.com/articles/tag/ai/atom.xml"
        page.wait_for_function(
            "b => b.textContent.trim() === 'Copy'", arg=button.element_handle(), timeout=5000
        )
        # The footer links every page to the Subscribe page. (Not an article page: the test
        # author's avatar is on a domain that does not resolve here.)
        page.goto(base)
        page.locator(".podium-feeds-footer a").click()
        page.wait_for_url("**/subscribe/")
        assert errors == []
