"""A reader switches language on a translated article in headless Chromium."""

from __future__ import annotations

import pytest
from browser import chromium, serve
from helpers import article, build_site

PLUGINS = ["podium/articles", "podium/meta"]


@pytest.mark.browser
def test_switching_language_lands_on_the_translation(tmp_path) -> None:
    files = {
        "index.md": "---\ntemplate: podium/home.html\n---\nHello.\n",
        "articles/lead.md": article(
            "Leading in the open", slug="leading-in-the-open", translation_key="lead"
        ),
        "articles/diriger.md": article(
            "Diriger à découvert", slug="diriger-a-decouvert", lang="fr", translation_key="lead"
        ),
        "articles/solo.md": article("Only in English", slug="solo", date="2026-02-01"),
    }
    result = build_site(tmp_path, files, {"plugins": PLUGINS}, strict=True)
    assert result.error is None, result.warnings()
    with serve(result.site) as base, chromium() as browser:
        page = browser.new_page()
        page.goto(base + "articles/leading-in-the-open/")
        assert page.locator("html").get_attribute("lang") == "en"
        page.locator('nav.podium-languages a[hreflang="fr"]').click()
        page.wait_for_url(base + "articles/diriger-a-decouvert/")
        assert page.locator("html").get_attribute("lang") == "fr"
        assert page.locator("h1").first.inner_text() == "Diriger à découvert"
        # and back again
        page.locator('nav.podium-languages a[hreflang="en"]').click()
        page.wait_for_url(base + "articles/leading-in-the-open/")
        assert page.locator("h1").first.inner_text() == "Leading in the open"
        # an article without a translation sends French readers to the French articles
        page.goto(base + "articles/solo/")
        page.locator('nav.podium-languages a[hreflang="fr"]').click()
        page.wait_for_url(base + "articles/lang/fr/")
        assert page.locator("html").get_attribute("lang") == "fr"
        assert "Diriger à découvert" in page.locator(".podium-card .p-name").first.inner_text()
