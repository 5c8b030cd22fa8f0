"""podium/highlights end to end: build real sites and read the HTML they produce."""

from __future__ import annotations

import mf2py
import pytest
from helpers import article, build_site

PLUGINS = {"plugins": ["podium/articles", "podium/highlights"]}

TRUST = article(
    "Trust at work",
    "2026-03-01",
    tags=["leadership"],
    body=(
        "Intro.\n\n/// pullquote | Ada Example\nTrust is a *practice*, not a feeling.\n///\n\n"
        "Middle.\n\n/// pullquote\n    id: small-moments\nTrust is built in small moments.\n///\n"
    ),
)


def highlight(date: str, body: str, **front: object) -> str:
    import yaml

    meta = {"date": date, **front}
    return "---\n" + yaml.safe_dump(meta, sort_keys=False, allow_unicode=True) + "---\n\n" + body


FILES = {
    "index.md": "---\ntemplate: podium/home.html\ntitle: Home\n---\nHello.\n",
    "articles/trust.md": TRUST,
    "articles/other.md": article("Other piece", "2026-02-01", tags=["misc"]),
    "highlights/one.md": highlight(
        "2026-03-05",
        "First post about [the essay](../articles/trust.md).\n",
        tags=["leadership", "Trust"],
        article="trust",
        syndication=[
            {"platform": "linkedin", "url": "https://www.linkedin.com/posts/ada_1"},
            {"platform": "bluesky", "url": "https://bsky.app/profile/ada/post/3k1"},
        ],
    ),
    "highlights/deux.md": highlight("2026-03-06", "Deuxième note.\n", lang="fr", tags=["culture"]),
    "highlights/drei.md": highlight(
        "2026-03-07",
        "Dritte Notiz.\n",
        lang="de",
        tags=["culture"],
        content_warning="Spoiler",
        image="assets/pic.png",
        image_alt="A test picture",
    ),
    "highlights/quoted.md": highlight(
        "2026-03-04", "The best leaders listen first.\n", attribution="A. Mentor"
    ),
}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    files = dict(FILES)
    files["assets/pic.png"] = b"\x89PNG\r\n\x1a\n"
    result = build_site(
        tmp_path_factory.mktemp("hl"),
        files,
        {**PLUGINS, "plugins": ["podium/articles", {"podium/highlights": {"pagination_size": 2}}]},
        strict=True,
    )
    assert result.error is None, result.warnings()
    return result


def cards(soup):
    return soup.select(".podium-wall__list > article.podium-hl")


def test_wall_lists_everything_newest_first_and_paginates_without_js(site):
    page1 = site.html("highlights/")
    items = cards(page1)
    dates = [c.select_one("time.dt-published")["datetime"][:10] for c in items]
    assert dates == sorted(dates, reverse=True)
    # 4 highlight files + 2 pull quotes of the trust article
    assert len(items) == 6
    assert [c.has_attr("hidden") for c in items] == [False, False, True, True, True, True]
    page2 = site.html("highlights/page/2/")
    assert [c.has_attr("hidden") for c in cards(page2)] == [True, True, False, False, True, True]
    assert site.exists("highlights/page/3/") and not site.exists("highlights/page/4/")
    pager = page2.select_one("nav.podium-wall__pager")
    assert pager.select_one('a[rel="prev"]')["href"] == "../../"
    assert pager.select_one('a[rel="next"]')["href"] == "../3/"
    assert pager.select_one('[aria-current="page"]').get_text() == "2"
    assert page2.h1.get_text() == "Highlights (2/3)"


def test_wall_filters_are_data_driven(site):
    wall = site.html("highlights/")
    form = wall.select_one("form.podium-wall__filters")
    assert form.has_attr("hidden")  # shown by the script only
    tags = {o["value"]: o.get_text() for o in form.select("select[name=tag] option")}
    assert tags == {
        "": "All",
        "culture": "#culture (2)",
        "leadership": "#leadership (3)",
        "trust": "#Trust (1)",
    }
    langs = [o["value"] for o in form.select("select[name=lang] option")]
    assert langs == ["", "de", "en", "fr"]
    by_lang = {c["data-lang"]: c for c in cards(wall)}
    assert by_lang["fr"]["data-tags"] == "culture" and by_lang["fr"]["lang"] == "fr"
    assert wall.select_one('script[src$="assets/podium/highlights.js"]') is not None
    assert (site.site / "assets/podium/highlights.js").exists()


def test_permalink_page(site):
    soup = site.html("highlights/one/")
    entry = soup.select_one("article.podium-highlight")
    assert "First post about" in entry.select_one(".e-content").get_text()
    assert entry.select_one(".e-content a")["href"] == "../../articles/trust/"
    assert entry.select_one("time.dt-published")["datetime"].startswith("2026-03-05")
    assert entry.select_one(".podium-highlight__article a")["href"] == "../../articles/trust/"
    syndication = entry.select('a[rel="syndication"].u-syndication')
    assert [(a.get_text(), a["href"]) for a in syndication] == [
        ("LinkedIn", "https://www.linkedin.com/posts/ada_1"),
        ("Bluesky", "https://bsky.app/profile/ada/post/3k1"),
    ]
    parsed = mf2py.parse(doc=str(soup), url="https://hub.example.com/highlights/one/")
    entries = [i for i in parsed["items"] if "h-entry" in i["type"]]
    assert entries[0]["properties"]["syndication"] == [
        "https://www.linkedin.com/posts/ada_1",
        "https://bsky.app/profile/ada/post/3k1",
    ]
    assert soup.title.get_text().startswith("First post about the essay")


def test_permalink_page_with_warning_image_and_attribution(site):
    drei = site.html("highlights/drei/")
    warning = drei.select_one("details.podium-hl__warning")
    assert warning.summary.get_text() == "Inhaltswarnung: Spoiler"
    assert "Dritte Notiz." in warning.get_text()
    image = drei.select_one("figure.podium-highlight__figure img")
    assert image["alt"] == "A test picture" and image["src"] == "../../assets/pic.png"
    quoted = site.html("highlights/quoted/")
    assert quoted.select_one(".podium-highlight__attribution").get_text() == "— A. Mentor"


def test_pull_quotes_render_in_the_article_and_link_back(site):
    page = site.html("articles/trust/")
    figures = page.select("figure.podium-pullquote")
    assert [f["id"] for f in figures] == ["pullquote-1", "small-moments"]
    assert figures[0].blockquote.get_text(strip=True) == "Trust is apractice, not a feeling."
    assert figures[0].figcaption.get_text() == "Ada Example"
    wall_links = [a["href"] for a in site.html("highlights/").select(".podium-hl--quote a.u-url")]
    assert wall_links == ["../articles/trust/#pullquote-1", "../articles/trust/#small-moments"]
    assert page.select_one('link[href$="assets/podium/highlights.css"]') is not None


def test_article_page_lists_its_highlights_but_not_its_own_quotes(site):
    section = site.html("articles/trust/").select_one("section.podium-hl-article")
    links = [a["href"] for a in section.select("a.u-url")]
    assert links == ["../../highlights/one/"]
    assert site.html("articles/other/").select_one("section.podium-hl-article") is None


def test_home_page_shows_latest_highlights(site):
    latest = site.html("").select_one("section.podium-hl-latest")
    hrefs = [a["href"] for a in latest.select("a.u-url")]
    assert hrefs == [
        "highlights/drei/",
        "highlights/deux/",
        "highlights/one/",
        "highlights/quoted/",
    ]
    assert latest.select_one("a.md-button")["href"] == "highlights/"


def test_without_the_plugin_nothing_is_added(tmp_path):
    result = build_site(tmp_path, {"articles/trust.md": TRUST}, {"plugins": ["podium/articles"]})
    assert result.error is None
    assert not result.exists("highlights/")
    assert result.html("articles/trust/").select_one("figure.podium-pullquote") is None


def test_needs_the_articles_plugin(tmp_path):
    result = build_site(tmp_path, {"index.md": "# Hi\n"}, {"plugins": ["podium/highlights"]})
    assert result.error is not None
    assert any("needs the 'podium/articles' plugin" in m for m in result.messages)


def test_bad_option(tmp_path):
    config = {"plugins": ["podium/articles", {"podium/highlights": {"pagination_size": 0}}]}
    result = build_site(tmp_path, {"index.md": "# Hi\n"}, config)
    assert result.error is not None
    assert "podium/highlights: pagination_size: expected a number of 1 or more" in result.messages


def test_user_intro_page_is_kept(tmp_path):
    files = {
        "highlights/index.md": "---\ntitle: Notes\n---\nShort posts, owned here.\n",
        "highlights/a.md": highlight("2026-01-01", "A.\n"),
    }
    result = build_site(tmp_path, files, PLUGINS, strict=True)
    wall = result.html("highlights/")
    assert wall.h1.get_text() == "Notes"
    assert "Short posts, owned here." in wall.select_one(".podium-wall__intro").get_text()
    assert len(cards(wall)) == 1


def test_front_matter_text_is_escaped(tmp_path):
    nasty = "<script>alert(1)</script>"
    files = {
        "highlights/x.md": highlight(
            "2026-01-01",
            "Body.\n",
            tags=["<b>bold</b>"],
            attribution='<img src=x onerror="alert(2)">',
            content_warning=nasty,
            image="a.png",
            image_alt='"><script>alert(3)</script>',
            syndication=[{"platform": "<i>p</i>", "url": "https://example.com/p"}],
        ),
    }
    result = build_site(tmp_path, files, PLUGINS)
    assert result.error is None
    for url in ("highlights/", "highlights/x/"):
        soup = result.html(url)
        main = soup.select_one("article.podium-hl, article.podium-highlight")
        assert main.find("script") is None and main.find("b") is None and main.find("i") is None
        assert not [tag for tag in main.find_all(True) if "onerror" in tag.attrs]
        assert nasty in main.get_text()
        assert main.select_one("img")["alt"] == '"><script>alert(3)</script>'
