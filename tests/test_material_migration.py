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


# The blog as published, and the same posts under Material's non-default URL options, so
# that every placeholder and listing format is exercised (the second needs redirects:
# Podium archives by year where this Material config archived by month).
CUSTOM_BLOG = """\
  - blog:           # the real site's blog: every option at Material's default
      # URLs of a different shape
      post_url_format: "{categories}/{slug}"
      post_slugify: !!python/object/apply:pymdownx.slugs.slugify
        kwds:
          case: lower
      archive_url_format: "{date}"
      archive_url_date_format: yyyy/MM
      categories_url_format: "topics/{slug}"
      pagination_per_page: 4
      pagination_url_format: "p/{page}"
      authors_profiles: true
"""


@pytest.fixture(scope="module", params=["as-published", "custom-urls"])
def sites(request, tmp_path_factory) -> tuple[BuildResult, BuildResult, Path]:
    root = tmp_path_factory.mktemp(request.param)
    project = root / "blog"
    shutil.copytree(FIXTURE, project, ignore=shutil.ignore_patterns("site"))
    if request.param == "custom-urls":
        config = project / "mkdocs.yml"
        text = config.read_text(encoding="utf-8")
        line = next(line for line in text.splitlines() if line.startswith("  - blog "))
        config.write_text(text.replace(line + "\n", CUSTOM_BLOG), encoding="utf-8")
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


def _material_pages(material: BuildResult) -> tuple[list[str], list[str]]:
    """Material's post pages and listing pages (index, archives, categories, authors)."""
    posts, listings = [], []
    for url in _urls(material.site):
        soup = _soup(material.site, url)
        if soup.select_one(".md-sidebar--post"):
            posts.append(url)
        elif soup.select_one("article.md-post--excerpt"):
            listings.append(url)
    return posts, listings


def test_every_material_url_still_serves_its_content(sites):
    material, podium, _ = sites
    urls = _urls(material.site)
    posts, listings = _material_pages(material)
    assert len(posts) == 13 and len(listings) >= 10
    moved = {}
    for url in urls:
        assert (podium.site / url / "index.html").is_file(), url
        target = _follow(podium.site, url)
        assert (podium.site / target / "index.html").is_file(), url
        if target != url:
            moved[url] = target
    # Redirect pages are listed in the build summary, never in the sitemap.
    summary = [m for m in podium.messages if "redirect page(s)" in m]
    assert bool(summary) == bool(moved)
    sitemap = (podium.site / "sitemap.xml").read_text(encoding="utf-8")
    for url in moved:
        assert url not in sitemap.replace("https://squidfunk.github.io/mkdocs-material/", "")


def test_posts_keep_date_authors_categories_and_reading_time(sites):
    material, podium, _ = sites
    posts, _ = _material_pages(material)
    for url in posts:
        expected = _material_post(_soup(material.site, url))
        actual = _podium_post(_soup(podium.site, _follow(podium.site, url)))
        assert expected.pop("title") in actual.pop("title"), url
        assert actual == expected, url
    # `readtime: 15` in the front matter wins over the count, in both.
    search = next(url for url in posts if url.endswith("/search-better-faster-smaller/"))
    assert _podium_post(_soup(podium.site, search))["readtime"] == "15 min read"


def test_listings_list_the_same_posts_with_the_same_excerpts(sites):
    material, podium, _ = sites
    _, listings = _material_pages(material)
    for url in listings:
        expected = _material_listing(_soup(material.site, url), url)
        target = _follow(podium.site, url)
        if target != url:  # a month's archive now redirects to its year's: all posts are there
            pages = [u for u in _urls(podium.site) if u == target or u.startswith(target + "p/")]
            shown = {
                link
                for page in pages
                for link, _ in _podium_listing(_soup(podium.site, page), page)
            }
            assert {link for link, _ in expected} <= shown, url
            continue
        actual = _podium_listing(_soup(podium.site, url), url)
        assert [link for link, _ in actual] == [link for link, _ in expected], url
        for (link, want), (_, got) in zip(expected, actual, strict=True):
            assert got == want, f"{url}: excerpt of {link}"


def _podium_url(podium: BuildResult, ending: str) -> str:
    return next(url for url in _urls(podium.site) if url.endswith(ending))


def test_the_blog_index_keeps_its_own_heading_on_every_page(sites):
    material, podium, _ = sites
    assert _text(_soup(material.site, "blog/").select_one(".md-content h1")).rstrip(" ¶") == "Blog"
    index_pages = [u for u in _urls(podium.site) if re.fullmatch(r"blog/(p|page)/\d+/", u)]
    for url in ["blog/", *index_pages]:
        headings = [_text(h1).rstrip(" ¶") for h1 in _soup(podium.site, url).select("h1")]
        assert headings == ["Blog"], url


def test_related_links_show_page_titles(sites):
    _, podium, _ = sites
    url = _podium_url(podium, "/excluding-content-from-search/")
    soup = _soup(podium.site, url)
    links = [(_text(a), _site_url(a["href"], url)) for a in soup.select(".podium-links a")]
    assert links == [
        ("Search: better, faster, smaller", _podium_url(podium, "/search-better-faster-smaller/")),
        ("Setting up site search", "setup/setting-up-site-search/#search-exclusion"),
    ]


def test_post_images_are_published_next_to_the_post(sites):
    _, podium, _ = sites
    url = _podium_url(podium, "/the-past-present-and-future/")
    soup = _soup(podium.site, url)
    images = [img["src"] for img in soup.select(".md-content img") if "://" not in img["src"]]
    assert len(images) == 3
    for src in images:
        assert (podium.site / _site_url(src, url)).is_file(), src


def test_strict_passes_but_for_links_broken_in_material_too(sites):
    material, podium, _ = sites
    # Podium's validation pass names broken links in its own words (`path:line: link: ...`);
    # one whose link Material's build also reported as broken is not new.
    broken_in_material = " ".join(material.warnings())

    def already_broken(line: str) -> bool:
        found = re.search(r": link: link '([^']+)': no page", line)
        return found is not None and f"'{found.group(1)}'" in broken_in_material

    new = sorted(
        w for w in set(podium.warnings()) - set(material.warnings()) if not already_broken(w)
    )
    assert new == []
    assert any("not found among documentation files" in w for w in material.warnings())


def test_migration_is_idempotent_and_keeps_comments(sites):
    _, _, project = sites
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    backup = (project / "mkdocs.yml.material-backup").read_text(encoding="utf-8")
    assert re.search(r"^  - blog", backup, re.M)
    for line in backup.splitlines():
        if line.strip().startswith("#"):  # comments of the old entry move above the new one
            assert line.strip() in config
    assert "the real site's blog: every option at Material's default" in config
    assert not re.search(r"^\s*- (material/)?blog\s*(#.*)?$", config, re.M)
    assert cli.main(["migrate", "material", "--config", str(project / "mkdocs.yml")]) == 0
    assert (project / "mkdocs.yml").read_text(encoding="utf-8") == config
