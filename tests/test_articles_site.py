"""The articles plugin on real builds: generated pages and enriched article pages."""

from helpers import article, build_site


def _hub_files():
    return {
        "index.md": "---\ntemplate: podium/home.html\n---\nI write about leadership.\n",
        "articles/first.md": article(
            "First steps",
            "2026-01-05",
            tags=["ai", "leadership"],
            categories=["Strategy"],
            series="Building teams",
            translation_key="first",
            description="How it began.",
        ),
        "articles/first-fr.md": article(
            "Premiers pas",
            "2026-01-06",
            lang="fr",
            slug="premiers-pas",
            translation_key="first",
            tags=["ai"],
            body="Un paragraphe d’introduction.\n\n<!-- more -->\n\nLa suite.",
        ),
        "articles/second.md": article(
            "Second act",
            "2026-02-10",
            tags=["ai", "leadership"],
            categories=["Strategy"],
            series="Building teams",
            updated="2026-03-01",
            corrections=[{"date": "2026-02-20", "text": "Fixed the headcount figure."}],
            syndication=[{"platform": "linkedin", "url": "https://www.linkedin.com/posts/x-1"}],
            body="Intro with [a link](first.md) and ![chart](../img/chart.png).\n\n"
            "<!-- more -->\n\n" + "word " * 700,
        ),
        "articles/third.md": article(
            "Third act", "2025-12-01", tags=["leadership"], categories=["Culture"], pin=True
        ),
        "articles/unrelated.md": article("Unrelated", "2025-06-01", tags=["gardening"]),
        "img/chart.png": b"\x89PNG\r\n\x1a\n",
    }


def test_listing_pages_are_generated_and_paginated(tmp_path):
    result = build_site(
        tmp_path,
        _hub_files(),
        {"plugins": [{"podium/articles": {"pagination_size": 2}}]},
        strict=True,
    )
    assert result.error is None, result.messages
    for url in [
        "articles/",
        "articles/page/2/",
        "articles/page/3/",
        "articles/tag/ai/",
        "articles/tag/leadership/",
        "articles/category/strategy/",
        "articles/category/culture/",
        "articles/archive/2026/",
        "articles/archive/2025/",
        "authors/ada/",
    ]:
        assert result.exists(url), url
    first_page = result.html("articles/")
    titles = [a.get_text(strip=True) for a in first_page.select(".podium-card__title a")]
    assert titles == ["Third act", "Second act"]  # pinned first, then newest
    older = first_page.select_one(".podium-pagination a[rel=next]")
    assert older["href"] == "page/2/"
    assert [a.get_text(strip=True) for a in result.html("articles/tag/ai/").select("h2 a")] == [
        "Second act",
        "Premiers pas",
    ]
    author = result.html("authors/ada/")
    assert author.select_one(".h-card .p-name").get_text() == "Ada Example"
    assert "Chief Executive Officer" in author.select_one(".p-job-title").get_text()


def test_excerpt_links_work_from_the_listing_page(tmp_path):
    result = build_site(tmp_path, _hub_files())
    card = next(
        c for c in result.html("articles/").select(".podium-card") if "Second act" in c.get_text()
    )
    hrefs = [a["href"] for a in card.select(".podium-card__excerpt a")]
    srcs = [img["src"] for img in card.select(".podium-card__excerpt img")]
    assert hrefs == ["first/"]
    assert srcs == ["../img/chart.png"]
    assert (result.site / "articles" / "first" / "index.html").exists()
    assert (result.site / "img" / "chart.png").exists()


def test_article_page_is_enriched(tmp_path):
    result = build_site(tmp_path, _hub_files())
    page = result.html("articles/second/")
    entry = page.select_one("article.h-entry")
    assert entry.select_one("h1.p-name").get_text() == "Second act"
    assert entry.select_one("time.dt-published")["datetime"] == "2026-02-10T00:00:00+00:00"
    # updated = newest of `updated` and the last correction
    assert entry.select_one("time.dt-updated")["datetime"] == "2026-03-01T00:00:00+00:00"
    assert "4 min read" in entry.select_one(".podium-byline__readtime").get_text()
    assert entry.select_one(".p-author .p-name").get_text() == "Ada Example"
    assert [a.get_text() for a in entry.select(".podium-tags a")] == ["#ai", "#leadership"]
    corrections = entry.select_one("#corrections")
    assert "Fixed the headcount figure." in corrections.get_text()
    syndication = entry.select_one("a.u-syndication")
    assert syndication["href"] == "https://www.linkedin.com/posts/x-1"
    assert syndication["rel"] == ["syndication"]
    series = entry.select_one(".podium-series")
    assert "Part 2 of 2" in series.get_text()
    assert page.select_one(".podium-series-nav a[rel=prev]")["href"] == "../first/"
    related = [a.get_text() for a in entry.select(".podium-related a")]
    assert related == ["First steps", "Third act", "Premiers pas"]  # most shared first
    assert "Unrelated" not in related


def test_translations_link_each_other(tmp_path):
    result = build_site(tmp_path, _hub_files())
    english = result.html("articles/first/").select_one(".podium-translations a")
    assert english["href"] == "../premiers-pas/"
    assert english["hreflang"] == "fr"
    french_page = result.html("articles/premiers-pas/")
    french = french_page.select_one(".podium-translations a")
    assert french["href"] == "../first/"
    assert french_page.select_one("article.podium-article")["lang"] == "fr"
    assert "janvier 2026" in french_page.select_one("time.dt-published").get_text()


def test_home_page_shows_owner_and_latest(tmp_path):
    result = build_site(tmp_path, _hub_files())
    home = result.html("")
    assert home.select_one(".podium-hero .p-name").get_text() == "Ada Example"
    assert "I write about leadership." in home.select_one(".podium-hero__pitch").get_text()
    featured = home.select_one(".podium-listing--featured").get_text()
    assert "Third act" in featured
    latest = [a.get_text() for a in home.select("#latest-title ~ .podium-listing h2 a")]
    assert latest[0] == "Second act" and "Third act" not in latest


def test_each_language_gets_its_own_listing(tmp_path):
    result = build_site(tmp_path, _hub_files())
    french = result.html("articles/lang/fr/")
    assert french.select_one("h1").get_text() == "Français"
    assert [a.get_text() for a in french.select(".podium-card__title a")] == ["Premiers pas"]
    assert "Continuer" not in french.get_text()  # UI strings follow the listing's language
    assert "Lire la suite" in french.get_text()
    english = result.html("articles/lang/en/")
    assert len(english.select(".podium-card")) == 4


def test_sitemap_lastmod_is_the_articles_own_date(tmp_path):
    import gzip

    result = build_site(tmp_path, _hub_files())
    sitemap = (result.site / "sitemap.xml").read_text()
    entry = sitemap.split("https://hub.example.com/articles/second/</loc>")[1].split("</url>")[0]
    assert "<lastmod>2026-03-01</lastmod>" in entry
    assert gzip.decompress((result.site / "sitemap.xml.gz").read_bytes()).decode() == sitemap
