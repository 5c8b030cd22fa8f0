"""The demo hub: builds strictly, reproducibly, and works in a real browser."""

import filecmp
from pathlib import Path

import pytest
from browser import chromium, serve
from helpers import ROOT, build_project


def _tree(site: Path) -> dict[str, bytes]:
    return {
        path.relative_to(site).as_posix(): path.read_bytes()
        for path in sorted(site.rglob("*"))
        if path.is_file()
    }


def test_demo_builds_strict_without_warnings(demo_site):
    assert demo_site.error is None, demo_site.warnings()
    assert demo_site.warnings() == []
    assert demo_site.exists("articles/")


def test_two_builds_are_byte_identical(demo_site, tmp_path):
    second = build_project(ROOT, tmp_path / "site", strict=True)
    assert second.error is None
    first_tree, second_tree = _tree(demo_site.site), _tree(second.site)
    assert sorted(first_tree) == sorted(second_tree)
    different = [name for name in first_tree if first_tree[name] != second_tree[name]]
    assert different == []
    assert not filecmp.dircmp(demo_site.site, second.site).diff_files


def _first_article_url(demo_site) -> str:
    listing = demo_site.html("articles/")
    link = listing.select_one(".podium-card__title a")
    if link is None:
        pytest.fail("the demo hub has no article")
    return "articles/" + link["href"]


@pytest.mark.browser
def test_home_and_article_open_without_console_errors(demo_site):
    article_url = _first_article_url(demo_site)
    with serve(demo_site.site) as base, chromium() as browser:
        page = browser.new_page()
        errors: list[str] = []
        page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda error: errors.append(str(error)))
        _serve_production_origin(page, demo_site.site)
        for url in ["", article_url]:
            response = page.goto(base + url)
            assert response is not None and response.ok, url
            page.wait_for_load_state("load")
        assert page.locator("h1.p-name").first.inner_text()
        assert errors == []


def _serve_production_origin(page, site: Path) -> None:
    """Answer requests for the demo's site_url from the built site: absolute links (hreflang,
    which Material's language selector fetches `sitemap.xml` beside) name a host that does
    not resolve here."""
    import re

    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    site_url = re.search(r"^site_url:\s*(\S+)", config, re.M).group(1)

    def fulfil(route) -> None:
        relative = route.request.url[len(site_url) :].split("#")[0].split("?")[0]
        target = site / relative
        if target.is_dir():
            target = target / "index.html"
        if target.is_file():
            route.fulfill(path=str(target))
        else:
            route.fulfill(status=404, body="")

    page.route(site_url.rstrip("/") + "/**", fulfil)
