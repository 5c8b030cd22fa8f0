"""A real Material blog (Material for MkDocs' own, trimmed: tests/fixtures/material_blog) is
built with Material's blog plugin, migrated with ``podium migrate material`` and built with
Podium; every URL Material published must still serve the same post or listing."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path
from urllib.parse import urljoin

import pytest
from bs4 import BeautifulSoup
from helpers import BuildResult, build_project
from podium import cli

FIXTURE = Path(__file__).parent / "fixtures" / "material_blog"
NOT_PAGES = ("assets/", "search/")


@pytest.fixture(scope="module")
def sites(tmp_path_factory) -> tuple[BuildResult, BuildResult, Path]:
    root = tmp_path_factory.mktemp("material")
    project = root / "blog"
    shutil.copytree(FIXTURE, project, ignore=shutil.ignore_patterns("site"))
    material = build_project(project, root / "material-site")
    assert material.error is None, material.error
    assert cli.main(["migrate", "material", "--config", str(project / "mkdocs.yml")]) == 0
    podium = build_project(project, root / "podium-site")
    assert podium.error is None, podium.error
    return material, podium, project


def _urls(site: Path) -> list[str]:
    found = []
    for path in sorted(site.rglob("index.html")):
        url = path.parent.relative_to(site).as_posix() + "/"
        url = "" if url == "./" else url
        if not url.startswith(NOT_PAGES):
            found.append(url)
    return found


def _soup(site: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup((site / url / "index.html").read_text(encoding="utf-8"), "html.parser")


def _follow(site: Path, url: str) -> str:
    """``url`` itself, or where its redirect page (canonical + refresh) points."""
    soup = _soup(site, url)
    refresh = soup.find("meta", attrs={"http-equiv": "refresh"})
    if refresh is None:
        return url
    target = refresh["content"].split("url=", 1)[1]
    canonical = soup.find("link", rel="canonical")["href"]
    assert canonical.endswith(urljoin("/" + url, target).lstrip("/")), canonical
    return urljoin("/" + url, target).lstrip("/")


def _site_url(href: str, page_url: str) -> str:
    return urljoin("/" + page_url, href).lstrip("/")


def _text(element) -> str:
    return " ".join(element.get_text(" ", strip=True).split())


# -- what each build shows -------------------------------------------------------------------


def _material_post(soup: BeautifulSoup) -> dict:
    meta = soup.select_one(".md-sidebar--post .md-post__meta")
    when = meta.select_one("time")["datetime"][:10]
    texts = [_text(item) for item in meta.select(".md-ellipsis")]
    return {
        "title": _text(soup.select_one(".md-content h1")).rstrip(" ¶"),
        "date": date.fromisoformat(when),
        "authors": [img["alt"] for img in soup.select(".md-sidebar--post .md-post__authors img")],
        "categories": [_text(a) for a in meta.select("a")],
        "readtime": next(t for t in texts if t.endswith("min read")),
    }


def _podium_post(soup: BeautifulSoup) -> dict:
    header = soup.select_one(".podium-article__header")
    return {
        # The front-matter title, and a different leading '# Heading' kept in the body
        "title": [_text(h1).rstrip(" ¶") for h1 in soup.select(".md-content h1")],
        "date": date.fromisoformat(header.select_one("time.dt-published")["datetime"][:10]),
        "authors": [_text(a) for a in header.select(".podium-byline__author .p-name")],
        "categories": [_text(a) for a in header.select(".p-category")],
        "readtime": _text(header.select_one(".podium-byline__readtime")),
    }


def _material_listing(soup: BeautifulSoup, url: str) -> list[tuple[str, str]]:
    """(post URL, excerpt text) of each post on a Material listing page."""
    items = []
    for post in soup.select("article.md-post--excerpt"):
        content = post.select_one(".md-post__content")
        link = content.select_one(".md-post__action a")["href"]
        for extra in content.select("h2:first-child, .md-post__action, a.headerlink"):
            extra.decompose()
        items.append((_site_url(link, url), _text(content)))
    return items


def _podium_listing(soup: BeautifulSoup, url: str) -> list[tuple[str, str]]:
    items = []
    for card in soup.select("article.podium-card"):
        link = card.select_one(".podium-card__title a")["href"]
        excerpt = card.select_one(".podium-card__excerpt")
        for extra in excerpt.select("a.headerlink"):
            extra.decompose()
        items.append((_site_url(link, url), _text(excerpt)))
    return items


# -- the checks ------------------------------------------------------------------------------


def test_every_material_url_still_serves_its_content(sites):
    material, podium, _ = sites
    urls = _urls(material.site)
    kinds = {
        "posts": [u for u in urls if re.match(r"blog/\d{4}/\d{2}/\d{2}/", u)],
        "archives": [u for u in urls if u.startswith("blog/archive/")],
        "categories": [u for u in urls if u.startswith("blog/category/")],
        "pagination": [u for u in urls if "/page/" in u],
    }
    assert len(kinds["posts"]) == 13 and kinds["archives"] and kinds["categories"]
    assert kinds["pagination"] == ["blog/page/2/"]
    missing = [url for url in urls if not (podium.site / url / "index.html").is_file()]
    assert missing == []
    for url in urls:
        target = _follow(podium.site, url)
        assert (podium.site / target / "index.html").is_file(), url


def test_posts_keep_date_authors_categories_and_reading_time(sites):
    material, podium, _ = sites
    posts = [u for u in _urls(material.site) if re.match(r"blog/\d{4}/", u)]
    for url in posts:
        expected = _material_post(_soup(material.site, url))
        actual = _podium_post(_soup(podium.site, _follow(podium.site, url)))
        assert expected.pop("title") in actual.pop("title"), url
        assert actual == expected, url
    # `readtime: 15` in the front matter wins over the count, in both.
    search = _podium_post(_soup(podium.site, "blog/2021/09/13/search-better-faster-smaller/"))
    assert search["readtime"] == "15 min read"


def test_listings_list_the_same_posts_with_the_same_excerpts(sites):
    material, podium, _ = sites
    listings = [
        u
        for u in _urls(material.site)
        if u == "blog/" or u.startswith(("blog/archive/", "blog/category/", "blog/page/"))
    ]
    assert len(listings) >= 10
    for url in listings:
        expected = _material_listing(_soup(material.site, url), url)
        actual = _podium_listing(_soup(podium.site, _follow(podium.site, url)), url)
        assert [link for link, _ in actual] == [link for link, _ in expected], url
        for (link, want), (_, got) in zip(expected, actual, strict=True):
            assert got == want, f"{url}: excerpt of {link}"


def test_related_links_show_page_titles(sites):
    _, podium, _ = sites
    soup = _soup(podium.site, "blog/2021/09/26/excluding-content-from-search/")
    url = "blog/2021/09/26/excluding-content-from-search/"
    links = [(_text(a), _site_url(a["href"], url)) for a in soup.select(".podium-links a")]
    assert links == [
        ("Search: better, faster, smaller", "blog/2021/09/13/search-better-faster-smaller/"),
        ("Setting up site search", "setup/setting-up-site-search/#search-exclusion"),
    ]


def test_post_images_are_published_next_to_the_post(sites):
    _, podium, _ = sites
    url = "blog/2021/12/27/the-past-present-and-future/"
    soup = _soup(podium.site, url)
    images = [img["src"] for img in soup.select(".md-content img") if "://" not in img["src"]]
    assert images
    for src in images:
        assert (podium.site / _site_url(src, url)).is_file(), src


def test_strict_passes_but_for_links_broken_in_material_too(sites):
    material, podium, _ = sites
    new = sorted(set(podium.warnings()) - set(material.warnings()))
    assert new == []
    assert any("not found among documentation files" in w for w in material.warnings())


def test_migration_is_idempotent_and_keeps_comments(sites):
    _, _, project = sites
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    backup = (project / "mkdocs.yml.material-backup").read_text(encoding="utf-8")
    assert backup == (FIXTURE / "mkdocs.yml").read_text(encoding="utf-8")
    for line in backup.splitlines():
        if line.strip().startswith("#"):
            assert line in config
    assert "the real site's blog: every option at Material's default" in config
    assert not re.search(r"^\s*- (material/)?blog\s*(#.*)?$", config, re.M)
    assert cli.main(["migrate", "material", "--config", str(project / "mkdocs.yml")]) == 0
    assert (project / "mkdocs.yml").read_text(encoding="utf-8") == config
