"""The wall's filters in a real browser (Chromium): topic, language, show more, hash state,
across highlights that live on other wall pages (read from highlights/index.json)."""

from __future__ import annotations

import pytest
import yaml
from browser import chromium, serve
from helpers import build_site

pytestmark = pytest.mark.browser

NASTY = "<img src=x onerror=\"window.__pwned=1;alert('x')\">"


def post(date: str, lang: str, tags: list[str], text: str, **extra: str) -> str:
    front = {"date": date, "lang": lang, "tags": tags, **extra}
    return "---\n" + yaml.safe_dump(front, allow_unicode=True) + "---\n\n" + text + "\n"


@pytest.fixture(scope="module")
def wall_site(tmp_path_factory):
    files = {}
    for day in range(1, 10):
        lang = "fr" if day % 3 == 0 else "en"
        tags = ["leadership"] if day % 2 else ["culture"]
        files[f"highlights/post-{day}.md"] = post(f"2026-03-0{day}", lang, tags, f"Post {day}.")
    # The oldest highlight (last wall page) carries markup in every author-written field.
    files["highlights/nasty.md"] = post(
        "2026-02-01",
        "en",
        ["hostile"],
        "Nasty `<img src=x onerror=window.__pwned=2>` body.",
        attribution=NASTY,
        content_warning=NASTY,
        image="pic.png",
        image_alt='"><img src=x onerror=window.__pwned=3>',
    )
    files["highlights/pic.png"] = b"\x89PNG\r\n\x1a\n"
    config = {"plugins": ["podium/articles", {"podium/highlights": {"pagination_size": 2}}]}
    result = build_site(tmp_path_factory.mktemp("wall"), files, config, strict=True)
    assert result.error is None, result.warnings()
    return result


def visible_posts(page) -> list[str]:
    return page.eval_on_selector_all(
        "[data-podium-item]:not([hidden]) .e-content", "els => els.map(e => e.textContent.trim())"
    )


def record_requests(page) -> list[str]:
    requests: list[str] = []
    page.on(
        "request",
        lambda r: r.resource_type in {"document", "xhr", "fetch"} and requests.append(r.url),
    )
    return requests


def test_filters_reach_later_pages_with_one_request(wall_site):
    with serve(wall_site.site) as base, chromium() as browser:
        page = browser.new_page()
        page.goto(base + "highlights/")
        # the page's own slice (9 and 8), in the page's language by default: 9 is French
        assert visible_posts(page) == ["Post 8."]
        assert page.evaluate("document.querySelectorAll('[data-podium-item]').length") == 2
        assert page.input_value("select[name=lang]") == "en"
        requests = record_requests(page)
        page.select_option("select[name=tag]", "leadership")
        # Posts 9, 7, 5, 3, 1 have the tag, 7, 5 and 1 in English; 7 lives on page 2, ...
        page.wait_for_function("!document.querySelector('[data-podium-wall][aria-busy]')")
        assert visible_posts(page) == ["Post 7.", "Post 5."]
        assert page.is_hidden(".podium-wall__pager")
        assert page.text_content(".podium-wall__status") == "3 highlights"
        assert page.evaluate("location.hash") == "#tag=leadership"
        page.click(".podium-wall__more")
        assert visible_posts(page) == ["Post 7.", "Post 5.", "Post 1."]
        assert page.is_hidden(".podium-wall__more")
        page.select_option("select[name=lang]", "")
        assert page.evaluate("location.hash") == "#tag=leadership&lang=all"
        assert visible_posts(page) == ["Post 9.", "Post 7."]
        page.select_option("select[name=lang]", "fr")
        assert visible_posts(page) == ["Post 9.", "Post 3."]
        assert page.evaluate("location.hash") == "#tag=leadership&lang=fr"
        page.select_option("select[name=tag]", "")
        assert visible_posts(page) == ["Post 9.", "Post 6."]  # 9, 6, 3 are in French
        page.click("button[type=reset]")
        page.wait_for_function("!location.hash")
        assert visible_posts(page) == ["Post 8."]
        assert page.is_visible(".podium-wall__pager")
        assert requests == [base + "highlights/index.json"]  # fetched once, on first use


def test_cards_from_the_index_link_right_from_a_deeper_page(wall_site):
    with serve(wall_site.site) as base, chromium() as browser:
        page = browser.new_page()
        page.goto(base + "highlights/page/3/#tag=culture&lang=all")
        page.wait_for_function("document.querySelector('.podium-wall__status').textContent")
        assert visible_posts(page) == ["Post 8.", "Post 6."]
        link = page.locator("[data-podium-item]:not([hidden]) a.u-url").first
        assert link.get_attribute("href") == base + "highlights/post-8/"
        link.click()
        page.wait_for_url(base + "highlights/post-8/")
        assert "Post 8." in page.text_content("article.podium-highlight")


def test_tag_link_from_a_permalink_opens_the_filtered_wall(wall_site):
    with serve(wall_site.site) as base, chromium() as browser:
        page = browser.new_page()
        page.goto(base + "highlights/post-6/")
        page.click("a.podium-chip")
        # The form is there from the first paint; wait for the script to read the hash.
        page.wait_for_function("document.querySelector('select[name=tag]').value === 'culture'")
        assert page.is_visible(".podium-wall__filters")
        page.wait_for_function("document.querySelector('.podium-wall__status').textContent")
        assert visible_posts(page) == ["Post 8.", "Post 4."]  # culture, in English (6 is French)
        page.click(".podium-wall__more")
        assert visible_posts(page) == ["Post 8.", "Post 4.", "Post 2."]


def test_author_text_from_the_index_is_never_markup(wall_site):
    with serve(wall_site.site) as base, chromium() as browser:
        page = browser.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(base + "highlights/")
        page.select_option("select[name=tag]", "hostile")
        page.wait_for_function("document.querySelector('.podium-wall__status').textContent")
        card = page.locator("[data-podium-item]:not([hidden])")
        assert card.count() == 1
        card.locator("summary").click()  # open the content warning
        text = card.text_content()
        assert NASTY in text and "<img src=x onerror=window.__pwned=2>" in text
        assert card.locator("img").count() == 1  # the highlight's own image, nothing else
        assert card.locator("img").get_attribute("alt") == '"><img src=x onerror=window.__pwned=3>'
        page.wait_for_timeout(200)  # give an injected onerror the time to fire
        assert page.evaluate("window.__pwned === undefined")
        assert dialogs == []


def test_without_the_index_the_filters_search_the_page(wall_site):
    with serve(wall_site.site) as base, chromium() as browser:
        page = browser.new_page()
        page.route("**/index.json", lambda route: route.abort())
        page.goto(base + "highlights/")
        page.select_option("select[name=tag]", "culture")
        page.wait_for_function("document.querySelector('.podium-wall__status').textContent")
        assert visible_posts(page) == ["Post 8."]
        assert page.text_content(".podium-wall__status") == "1 highlights"


def test_without_javascript_the_filters_stay_hidden(wall_site):
    with serve(wall_site.site) as base, chromium() as browser:
        context = browser.new_context(java_script_enabled=False)
        page = context.new_page()
        page.goto(base + "highlights/")
        assert page.is_hidden(".podium-wall__filters")
        assert visible_posts(page) == ["Post 8."]  # the page's language (9 is French)
        page.click('.podium-wall__pager a[rel="next"]')
        assert visible_posts(page) == ["Post 7."]
        page.click('.podium-wall__pager a[rel="next"]')
        assert visible_posts(page) == ["Post 5.", "Post 4."]
