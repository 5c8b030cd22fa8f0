"""Tags and categories cannot carry markup or invisible characters into any output.

Material's search renders ``tags`` from ``search_index.json`` as HTML. A Podium article or
highlight with such a tag is refused with one line (build and ``podium check`` alike); a
plain page's tags are escaped. A real Chromium types a query into Material's search and
sees no script run and no injected element.
"""

from __future__ import annotations

import json

import pytest
from browser import chromium, serve
from cli_support import run_podium
from helpers import article, build_site

PAYLOAD = 'pwnedtag"><img src=x onerror="window.__pwned=1">'
CONFIG = {"plugins": ["search", "podium/articles", "podium/highlights"]}


def hostile_files():
    return {
        "articles/good.md": article("A good article", "2026-03-01", tags=["Strategy", "R&D"]),
        "articles/bad.md": article("Pwnedtag article", "2026-03-02", tags=["ok", PAYLOAD]),
        "articles/cat.md": article("Category", "2026-03-03", categories=["<script>x</script>"]),
        "articles/bell.md": article("Bell", "2026-03-04", tags=["ring\x07bell"]),
        "articles/rtl.md": article("Bidi", "2026-03-05", tags=["abc\u202edcba"]),
        "highlights/bad.md": f"---\ndate: 2026-03-06\ntags: ['{PAYLOAD}']\n---\nPwnedtag post.\n",
        "about.md": f"---\ntitle: About pwnedtag\ntags: ['{PAYLOAD}']\n---\nAbout pwnedtag.\n",
    }


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    result = build_site(tmp_path_factory.mktemp("tags"), hostile_files(), CONFIG)
    assert result.error is None, result.messages
    return result


def test_markup_and_invisible_characters_in_labels_are_refused_with_one_line(hostile):
    errors = sorted(w for w in hostile.warnings() if "tags:" in w or "categories:" in w)
    assert errors == [
        'articles/bad.md:6: tags: \'pwnedtag"><img src=x onerror="window.__pwned=1">\' '
        "contains '\"', which could run as HTML; remove it",
        "articles/bell.md:6: tags: 'ring\\x07bell' contains an invisible control or "
        "direction character; retype it",
        "articles/cat.md:6: categories: '<script>x</script>' contains '<', which could run "
        "as HTML; remove it",
        "articles/rtl.md:6: tags: 'abc\\u202edcba' contains an invisible control or "
        "direction character; retype it",
        'highlights/bad.md:3: tags: \'pwnedtag"><img src=x onerror="window.__pwned=1">\' '
        "contains '\"', which could run as HTML; remove it",
    ]
    assert hostile.exists("articles/good/") and not hostile.exists("articles/bad/")


def test_no_output_carries_the_markup(hostile):
    index = json.loads((hostile.site / "search/search_index.json").read_text())
    tags = [tag for doc in index["docs"] for tag in doc.get("tags", [])]
    assert "R&D" in tags
    assert all("<" not in tag and ">" not in tag for tag in tags)
    for page in hostile.site.rglob("*.html"):
        assert "<img src=x" not in page.read_text(encoding="utf-8"), page
    for feed in hostile.site.rglob("*.json"):
        assert "<img src=x" not in feed.read_text(encoding="utf-8"), feed


def test_podium_check_reports_the_same_line(hostile, tmp_path):
    project = hostile.site.parent
    result = run_podium("check", cwd=project)
    assert result.returncode == 1
    assert (
        "articles/cat.md:6: categories: '<script>x</script>' contains '<', which could run "
        "as HTML; remove it"
    ) in result.stdout + result.stderr


def test_searching_for_the_tag_runs_no_script(hostile):
    with serve(hostile.site) as base, chromium() as browser:
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        dialogs: list[str] = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(base + "about/")
        page.click(".md-search__input")
        page.keyboard.type("pwnedtag", delay=30)  # Material listens to key events
        page.wait_for_selector(".md-search-result__item", timeout=15000)
        page.wait_for_timeout(500)  # images would have failed to load and fired by now
        results = page.inner_text(".md-search-result")
        assert "pwnedtag" in results.lower()
        assert page.evaluate("window.__pwned") is None
        assert page.locator('img[src="x"]').count() == 0
        assert dialogs == [] and errors == []
