"""The wall's filters in a real browser (Chromium): topic, language, show more, hash state."""

from __future__ import annotations

import pytest
from browser import chromium, serve
from helpers import build_site

pytestmark = pytest.mark.browser


def post(date: str, lang: str, tags: list[str], text: str) -> str:
    return f"---\ndate: {date}\nlang: {lang}\ntags: [{', '.join(tags)}]\n---\n\n{text}\n"


@pytest.fixture(scope="module")
def wall_site(tmp_path_factory):
    files = {}
    for day in range(1, 10):
        lang = "fr" if day % 3 == 0 else "en"
        tags = ["leadership"] if day % 2 else ["culture"]
        files[f"highlights/post-{day}.md"] = post(f"2026-03-0{day}", lang, tags, f"Post {day}.")
    config = {"plugins": ["podium/articles", {"podium/highlights": {"pagination_size": 2}}]}
    result = build_site(tmp_path_factory.mktemp("wall"), files, config, strict=True)
    assert result.error is None, result.warnings()
    return result


def visible_posts(page) -> list[str]:
    return page.eval_on_selector_all(
        "[data-podium-item]:not([hidden]) .e-content", "els => els.map(e => e.textContent.trim())"
    )


def test_filters_work_across_pages_without_a_request(wall_site):
    with serve(wall_site.site) as base, chromium() as browser:
        page = browser.new_page()
        page.goto(base + "highlights/page/2/")
        assert visible_posts(page) == ["Post 7.", "Post 6."]  # the page's own slice
        requests: list[str] = []
        page.on(
            "request",
            lambda r: r.resource_type in {"document", "xhr", "fetch"} and requests.append(r.url),
        )
        page.select_option("select[name=tag]", "leadership")
        # Posts 9, 7, 5, 3, 1 have the tag: the first page-size worth are shown, across pages.
        assert visible_posts(page) == ["Post 9.", "Post 7."]
        assert page.is_hidden(".podium-wall__pager")
        assert page.text_content(".podium-wall__status") == "5 highlights"
        page.click(".podium-wall__more")
        page.click(".podium-wall__more")
        assert visible_posts(page) == ["Post 9.", "Post 7.", "Post 5.", "Post 3.", "Post 1."]
        assert page.is_hidden(".podium-wall__more")
        page.select_option("select[name=lang]", "fr")
        assert visible_posts(page) == ["Post 9.", "Post 3."]
        assert page.evaluate("location.hash") == "#tag=leadership&lang=fr"
        page.click("button[type=reset]")
        page.wait_for_function("!location.hash")
        assert visible_posts(page) == ["Post 7.", "Post 6."]
        assert page.is_visible(".podium-wall__pager")
        assert requests == []


def test_tag_link_from_a_permalink_opens_the_filtered_wall(wall_site):
    with serve(wall_site.site) as base, chromium() as browser:
        page = browser.new_page()
        page.goto(base + "highlights/post-6/")
        page.click("a.podium-chip")
        page.wait_for_selector(".podium-wall__filters:not([hidden])")
        assert page.input_value("select[name=tag]") == "culture"
        assert visible_posts(page) == ["Post 8.", "Post 6."]
        page.click(".podium-wall__more")
        assert visible_posts(page) == ["Post 8.", "Post 6.", "Post 4.", "Post 2."]


def test_without_javascript_the_filters_stay_hidden(wall_site):
    with serve(wall_site.site) as base, chromium() as browser:
        context = browser.new_context(java_script_enabled=False)
        page = context.new_page()
        page.goto(base + "highlights/")
        assert page.is_hidden(".podium-wall__filters")
        assert visible_posts(page) == ["Post 9.", "Post 8."]
        page.click('.podium-wall__pager a[rel="next"]')
        assert visible_posts(page) == ["Post 7.", "Post 6."]
