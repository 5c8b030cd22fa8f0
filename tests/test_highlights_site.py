"""podium/highlights end to end: build real sites and read the HTML they produce."""

from __future__ import annotations

import json
from urllib.parse import urljoin

import mf2py
import pytest
from bs4 import BeautifulSoup
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


def wall_pages(result) -> list[str]:
    urls, page = ["highlights/"], 2
    while result.exists(f"highlights/page/{page}/"):
        urls.append(f"highlights/page/{page}/")
        page += 1
    return urls


def permalinks(result, url: str) -> list[str]:
    """Site-relative permalinks of the cards on wall page `url`, in order."""
    return [urljoin("/" + url, c.select_one("a.u-url")["href"]) for c in cards(result.html(url))]


def read_index(result) -> dict:
    return json.loads((result.site / "highlights/index.json").read_text(encoding="utf-8"))


def test_wall_pages_carry_only_their_slice_newest_first(site):
    pages = wall_pages(site)
    assert pages == ["highlights/", "highlights/page/2/", "highlights/page/3/"]
    slices = [permalinks(site, url) for url in pages]
    # 4 highlight files + 2 pull quotes of the trust article, 2 per page, none hidden
    assert [len(s) for s in slices] == [2, 2, 2]
    everything = [url for s in slices for url in s]
    assert len(set(everything)) == 6
    assert not site.html("highlights/page/2/").select("[data-podium-item][hidden]")
    dates = [
        c.select_one("time.dt-published")["datetime"][:10]
        for url in pages
        for c in cards(site.html(url))
    ]
    assert dates == sorted(dates, reverse=True)
    page2 = site.html("highlights/page/2/")
    pager = page2.select_one("nav.podium-wall__pager")
    assert pager.select_one('a[rel="prev"]')["href"] == "../../"
    assert pager.select_one('a[rel="next"]')["href"] == "../3/"
    assert pager.select_one('[aria-current="page"]').get_text() == "2"
    assert page2.h1.get_text() == "Highlights (2/3)"


def test_wall_filters_are_data_driven(site):
    wall = site.html("highlights/")
    form = wall.select_one("form.podium-wall__filters")
    # in the page from the first paint (no layout shift), hidden without JavaScript
    assert not form.has_attr("hidden")
    assert ".podium-wall__filters { display: none; }" in str(wall.head.noscript)
    tags = {o["value"]: o.get_text() for o in form.select("select[name=tag] option")}
    assert tags == {
        "": "All",
        "culture": "#culture (2)",
        "leadership": "#leadership (3)",
        "trust": "#Trust (1)",
    }
    langs = [o["value"] for o in form.select("select[name=lang] option")]
    assert langs == ["", "de", "en", "fr"]
    by_lang = {c["data-lang"]: c for c in cards(wall)}  # page 1: drei (de), deux (fr)
    assert by_lang["fr"]["data-tags"] == "culture" and by_lang["fr"]["lang"] == "fr"
    assert wall.select_one('script[src$="assets/podium/highlights.js"]') is not None
    assert wall.select_one("[data-podium-wall]")["data-index"] == "index.json"
    page2 = site.html("highlights/page/2/").select_one("[data-podium-wall]")
    assert page2["data-index"] == "../../index.json"
    assert (site.site / "assets/podium/highlights.js").exists()


def test_index_lists_every_highlight_once_in_wall_order(site):
    index = read_index(site)
    items = index["highlights"]
    assert index["count"] == len(items) == 6
    on_wall = [url for page in wall_pages(site) for url in permalinks(site, page)]
    assert ["/" + item["url"] for item in items] == on_wall
    assert len({item["id"] for item in items}) == 6
    by_url = {item["url"]: item for item in items}
    deux = by_url["highlights/deux/"]
    assert deux["lang"] == "fr" and deux["tags"] == ["culture"]
    assert deux["date_label"] == "6 mars 2026" and deux["date"].startswith("2026-03-06")
    assert by_url["highlights/one/"]["tags"] == ["leadership", "trust"]
    # The card is the wall's card, its links relative to the index file (highlights/).
    card = BeautifulSoup(by_url["highlights/one/"]["html"], "html.parser")
    assert card.select_one("article.podium-hl.h-entry[data-podium-item]") is not None
    assert card.select_one("a.u-url")["href"] == "one/"
    assert card.select_one(".e-content a")["href"] == "../articles/trust/"
    assert card.select_one("a.podium-hl__article")["href"] == "../articles/trust/"
    assert card.select_one("time").get_text() == "March 5, 2026"
    quote = BeautifulSoup(by_url["articles/trust/#small-moments"]["html"], "html.parser")
    assert quote.select_one("a.u-url")["href"] == "../articles/trust/#small-moments"


def test_index_is_deterministic(site, tmp_path):
    files = dict(FILES)
    files["assets/pic.png"] = b"\x89PNG\r\n\x1a\n"
    config = {"plugins": ["podium/articles", {"podium/highlights": {"pagination_size": 2}}]}
    again = build_site(tmp_path, files, config, strict=True)
    assert again.error is None
    first = (site.site / "highlights/index.json").read_bytes()
    assert (again.site / "highlights/index.json").read_bytes() == first
    text = first.decode("utf-8")
    assert (
        text
        == json.dumps(json.loads(text), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        + "\n"
    )


def test_wall_html_grows_linearly(tmp_path):
    """Each wall page holds exactly its slice; the index holds each highlight once."""
    files = {
        f"highlights/h{n:02}.md": highlight(
            f"2026-01-{n:02}", f"Post {n}.\n", tags=[f"t{n % 3}"], lang="fr" if n % 4 else "en"
        )
        for n in range(1, 24)
    }
    config = {"plugins": ["podium/articles", {"podium/highlights": {"pagination_size": 5}}]}
    result = build_site(tmp_path, files, config, strict=True)
    assert result.error is None, result.warnings()
    pages = wall_pages(result)
    slices = [permalinks(result, url) for url in pages]
    assert [len(s) for s in slices] == [5, 5, 5, 5, 3]
    newest_first = [f"/highlights/h{n:02}/" for n in range(23, 0, -1)]
    assert [url for s in slices for url in s] == newest_first
    for url in pages:  # no card of another page, hidden or not, anywhere on the page
        assert len(result.html(url).select("[data-podium-item]")) == len(permalinks(result, url))
    items = read_index(result)["highlights"]
    assert ["/" + item["url"] for item in items] == newest_first
    assert all(item["html"].count("data-podium-item") == 1 for item in items)


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
    last = site.html("highlights/page/3/")  # the article's date: the oldest highlights
    wall_links = [a["href"] for a in last.select(".podium-hl--quote a.u-url")]
    assert wall_links == [
        "../../../articles/trust/#pullquote-1",
        "../../../articles/trust/#small-moments",
    ]
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
            tags=["R&D"],  # markup in tags is refused (tests/test_trust_tags.py)
            attribution='<img src=x onerror="alert(2)">',
            content_warning=nasty,
            image="a.png",
            image_alt='"><script>alert(3)</script>',
            syndication=[{"platform": "<i>p</i>", "url": "https://example.com/p"}],
        ),
    }
    result = build_site(tmp_path, files, PLUGINS)
    assert result.error is None
    index_card = read_index(result)["highlights"][0]["html"]
    for url in ("highlights/", "highlights/x/", "index.json"):
        on_page = url != "index.json"
        soup = result.html(url) if on_page else BeautifulSoup(index_card, "html.parser")
        main = soup.select_one("article.podium-hl, article.podium-highlight")
        assert main.find("script") is None and main.find("b") is None and main.find("i") is None
        assert not [tag for tag in main.find_all(True) if "onerror" in tag.attrs]
        assert nasty in main.get_text()
        assert main.select_one("img")["alt"] == '"><script>alert(3)</script>'
