"""``podium/feeds`` on real builds: the feed set, items, discovery and the Subscribe page."""

from __future__ import annotations

import io
import json
from datetime import datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin

import pytest
from feeds_checks import ATOM, check_atom, check_json_feed, check_rss
from helpers import article, build_site
from lxml import etree
from PIL import Image

SITE = "https://hub.example.com/"
PLUGINS = ["podium/articles", "podium/feeds"]


def png(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 80, 20)).save(buffer, format="PNG")
    return buffer.getvalue()


def highlight(date: str, body: str, lang: str = "en", tags: tuple[str, ...] = ()) -> str:
    return f"---\ndate: {date}\nlang: {lang}\ntags: [{', '.join(tags)}]\n---\n\n{body}\n"


def hub_files() -> dict[str, str | bytes]:
    return {
        "index.md": "# Welcome\n\nThe home page.\n",
        "articles/alpha.md": article(
            "Alpha",
            "2026-01-05",
            tags=["ai", "leadership"],
            categories=["Strategy"],
            description="Alpha in one line.",
            image="assets/alpha.png",
            image_alt="An orange rectangle",
            body="Intro with [beta](beta.md) and ![chart](../img/chart.png).\n\n"
            "<!-- more -->\n\nThe part after the fold.",
        ),
        "articles/beta.md": article(
            "Beta",
            "2026-02-10",
            tags=["ai"],
            categories=["Strategy"],
            updated="2026-03-01",
            corrections=[{"date": "2026-03-20", "text": "Fixed a figure."}],
        ),
        "articles/gamma.md": article(
            "Gamma",
            "2025-12-01",
            tags=["culture"],
            categories=["Culture"],
            canonical_url="https://medium.com/@ada/gamma-1234",
        ),
        "articles/premier.md": article(
            "Premier",
            "2026-01-20",
            lang="fr",
            tags=["ai"],
            body="Bonjour.\n\n<!-- more -->\n\nSuite.",
        ),
        "articles/erster.md": article("Erster", "2026-01-21", lang="de", tags=["ai"]),
        "articles/forste.md": article("Første", "2026-01-22", lang="nb", tags=["ai"]),
        "articles/draft.md": article("Secret draft", "2026-01-07", draft=True, tags=["ai"]),
        "articles/future.md": article("From the future", "2027-06-01", tags=["ai"]),
        "highlights/short-one.md": highlight(
            "2026-02-01 08:00:00+01:00", "Listen first, then fix one thing.", tags=("leadership",)
        ),
        "highlights/court.md": highlight("2026-02-02 08:00:00+01:00", "Écouter d’abord.", "fr"),
        "assets/alpha.png": png(1200, 630),
        "img/chart.png": png(40, 20),
    }


@pytest.fixture(scope="module")
def hub_site(tmp_path_factory: pytest.TempPathFactory):
    result = build_site(
        tmp_path_factory.mktemp("feeds-hub"),
        hub_files(),
        {"plugins": PLUGINS},
        strict=True,
    )
    assert result.error is None, result.messages
    return result


def read(result, path: str) -> bytes:
    return (result.site / path).read_bytes()


def all_feeds(result, folder: str):
    rss = check_rss(read(result, folder + "feed.xml"))
    atom = check_atom(read(result, folder + "atom.xml"))
    jsonfeed = check_json_feed(read(result, folder + "feed.json"))
    return rss, atom, jsonfeed


def titles(jsonfeed: dict) -> list[str]:
    return [item.get("title", "") for item in jsonfeed["items"]]


EXPECTED_FOLDERS = {
    "": ["Beta", "", "", "Første", "Erster", "Premier", "Alpha", "Gamma"],
    "articles/": ["Beta", "Første", "Erster", "Premier", "Alpha", "Gamma"],
    "articles/category/strategy/": ["Beta", "Alpha"],
    "articles/category/culture/": ["Gamma"],
    "articles/tag/ai/": ["Beta", "Første", "Erster", "Premier", "Alpha"],
    "articles/tag/leadership/": ["Alpha"],
    "articles/tag/culture/": ["Gamma"],
    "articles/lang/en/": ["Beta", "", "Alpha", "Gamma"],
    "articles/lang/fr/": ["", "Premier"],
    "articles/lang/de/": ["Erster"],
    "articles/lang/nb/": ["Første"],
}


@pytest.mark.parametrize("folder", sorted(EXPECTED_FOLDERS))
def test_every_feed_is_valid_with_the_right_items_newest_first(hub_site, folder: str) -> None:
    rss, atom, jsonfeed = all_feeds(hub_site, folder)
    article_titles = titles(jsonfeed)
    expected = EXPECTED_FOLDERS[folder]
    # Highlights have a title derived from their text; compare articles by title, count all.
    assert len(jsonfeed["items"]) == len(expected) == len(rss.entries) == len(atom.entries)
    assert [t for t in article_titles if t in expected and t] == [t for t in expected if t]
    ids = [item["id"] for item in jsonfeed["items"]]
    assert [e.id for e in rss.entries] == [e.id for e in atom.entries] == ids
    assert all(i.startswith(SITE) and "utm_" not in i for i in ids)
    published = [datetime.fromisoformat(i["date_published"]) for i in jsonfeed["items"]]
    assert published == sorted(published, reverse=True)
    for text in (read(hub_site, folder + name) for name in ("feed.xml", "atom.xml", "feed.json")):
        assert b"Secret draft" not in text and b"From the future" not in text
    assert jsonfeed["feed_url"] == SITE + folder + "feed.json"
    assert rss.feed.links[0].href.startswith(SITE)


def test_highlights_feed_holds_only_highlights(hub_site) -> None:
    _, _, jsonfeed = all_feeds(hub_site, "highlights/")
    urls = [item["url"] for item in jsonfeed["items"]]
    assert urls == [SITE + "highlights/court/", SITE + "highlights/short-one/"]
    # A section feed: the post as plain text and its link, no body.
    assert jsonfeed["items"][1]["content_text"] == "Listen first, then fix one thing."
    assert "content_html" not in jsonfeed["items"][1]
    hub_item = next(
        i for i in all_feeds(hub_site, "")[2]["items"] if i["url"] == urls[1]
    )  # the hub feed is a main feed: the post itself
    assert hub_item["content_html"] == "<p>Listen first, then fix one thing.</p>"


def test_language_feeds_have_titles_in_their_language(hub_site) -> None:
    names = {
        folder: check_json_feed(read(hub_site, folder + "feed.json"))["title"]
        for folder in (
            "articles/lang/en/",
            "articles/lang/fr/",
            "articles/lang/de/",
            "articles/lang/nb/",
        )
    }
    assert names == {
        "articles/lang/en/": "Test Hub in English",
        "articles/lang/fr/": "Test Hub en français",
        "articles/lang/de/": "Test Hub auf Deutsch",
        "articles/lang/nb/": "Test Hub på norsk",
    }
    atom = etree.fromstring(read(hub_site, "articles/lang/fr/atom.xml"))
    assert atom.get("{http://www.w3.org/XML/1998/namespace}lang") == "fr"


def test_dates_come_from_front_matter_and_the_feed_is_as_new_as_its_newest_item(hub_site) -> None:
    _, _, jsonfeed = all_feeds(hub_site, "articles/tag/ai/")
    beta = next(i for i in jsonfeed["items"] if i["title"] == "Beta")
    # updated: 2026-03-01, last correction 2026-03-20: the newest wins.
    assert beta["date_modified"].startswith("2026-03-20")
    assert beta["date_published"].startswith("2026-02-10")
    alpha = next(i for i in jsonfeed["items"] if i["title"] == "Alpha")
    assert alpha["date_modified"] == alpha["date_published"]
    channel = etree.fromstring(read(hub_site, "articles/tag/ai/feed.xml")).find("channel")
    newest = max(datetime.fromisoformat(i["date_modified"]) for i in jsonfeed["items"])
    assert parsedate_to_datetime(channel.findtext("lastBuildDate")) == newest
    atom = etree.fromstring(read(hub_site, "articles/tag/ai/atom.xml"))
    assert datetime.fromisoformat(atom.findtext(f"{ATOM}updated")) == newest


def test_items_carry_full_content_with_absolute_links_authors_and_terms(hub_site) -> None:
    rss, atom, jsonfeed = all_feeds(hub_site, "articles/")
    alpha = next(i for i in jsonfeed["items"] if i["title"] == "Alpha")
    assert f'href="{SITE}articles/beta/"' in alpha["content_html"]
    assert f'src="{SITE}img/chart.png"' in alpha["content_html"]
    assert "The part after the fold." in alpha["content_html"]
    assert alpha["summary"] == "Alpha in one line."
    assert alpha["authors"] == [
        {
            "name": "Ada Example",
            "url": SITE + "authors/ada/",
            "avatar": "https://hub.example.com/ada.png",
        }
    ]
    assert alpha["tags"] == ["Strategy", "ai", "leadership"]
    entry = next(e for e in atom.entries if e.title == "Alpha")
    assert entry.authors[0].name == "Ada Example"
    item = next(e for e in rss.entries if e.title == "Alpha")
    assert item.author == "Ada Example"  # dc:creator


def test_first_published_elsewhere_is_linked_but_the_id_stays_ours(hub_site) -> None:
    _, atom, jsonfeed = all_feeds(hub_site, "articles/")
    gamma = next(i for i in jsonfeed["items"] if i["title"] == "Gamma")
    assert gamma["id"] == gamma["url"] == SITE + "articles/gamma/"
    assert gamma["external_url"] == "https://medium.com/@ada/gamma-1234"
    entry = next(e for e in atom.entries if e.title == "Gamma")
    related = [link.href for link in entry.links if link.rel == "related"]
    assert related == ["https://medium.com/@ada/gamma-1234"]
    assert entry.link == SITE + "articles/gamma/"


def test_the_article_image_is_the_preview_with_its_real_size(hub_site) -> None:
    size = (hub_site.site / "assets" / "alpha.png").stat().st_size
    rss, atom, jsonfeed = all_feeds(hub_site, "articles/")
    image = SITE + "assets/alpha.png"
    alpha = next(i for i in jsonfeed["items"] if i["title"] == "Alpha")
    assert alpha["image"] == image
    # The cover also leads the content, for readers that take the first <img> as thumbnail.
    cover = f'<p><img src="{image}" alt="An orange rectangle" width="1200" height="630"></p>'
    assert alpha["content_html"].startswith(cover)
    item = next(e for e in rss.entries if e.title == "Alpha")
    assert item.enclosures[0] == {"href": image, "length": str(size), "type": "image/png"}
    assert item.media_content[0]["width"] == "1200" and item.media_content[0]["height"] == "630"
    entry = next(e for e in atom.entries if e.title == "Alpha")
    enclosure = next(link for link in entry.links if link.rel == "enclosure")
    assert enclosure.href == image and enclosure.length == str(size)
    assert (hub_site.site / "assets" / "alpha.png").exists()


def test_excerpt_mode_links_to_the_full_article(tmp_path) -> None:
    options = {"content": "excerpt", "cover_in_content": False}
    config = {"plugins": ["podium/articles", {"podium/feeds": options}]}
    result = build_site(tmp_path, hub_files(), config, strict=True)
    assert result.error is None, result.messages
    _, _, jsonfeed = all_feeds(result, "articles/")
    alpha = next(i for i in jsonfeed["items"] if i["title"] == "Alpha")
    assert "The part after the fold." not in alpha["content_html"]
    assert alpha["content_html"].startswith("<p>Intro with")
    assert f'<a href="{SITE}articles/alpha/">Continue reading →</a>' in alpha["content_html"]
    premier = next(i for i in jsonfeed["items"] if i["title"] == "Premier")
    assert "Lire la suite" in premier["content_html"]


def test_limits_paths_and_switches_are_configurable(tmp_path) -> None:
    options = {
        "limit": 2,
        "hub": {"limit": 0},
        "tags": {"enabled": False},
        "languages": {"path": "feeds/{lang}/"},
        "categories": {"path": "topics/{slug}/", "limit": 1},
        "rss_name": "rss.xml",
    }
    config = {"plugins": ["podium/articles", {"podium/feeds": options}]}
    result = build_site(tmp_path, hub_files(), config, strict=True)
    assert result.error is None, result.messages
    assert len(check_rss(read(result, "rss.xml")).entries) == 8  # 0: no limit
    assert len(check_rss(read(result, "articles/rss.xml")).entries) == 2
    assert len(check_rss(read(result, "topics/strategy/rss.xml")).entries) == 1
    assert check_json_feed(read(result, "feeds/fr/feed.json"))["items"]
    assert not (result.site / "articles" / "tag" / "ai" / "atom.xml").exists()
    assert not (result.site / "fr").exists()


def test_no_site_url_is_a_clear_error(tmp_path) -> None:
    result = build_site(tmp_path, hub_files(), {"plugins": PLUGINS, "site_url": None})
    assert result.error is not None
    assert any(
        m.startswith("podium/feeds: site_url: feeds need absolute URLs") for m in result.messages
    )


def test_bad_limit_is_a_clear_config_error(tmp_path) -> None:
    config = {"plugins": ["podium/articles", {"podium/feeds": {"tags": {"limit": -1}}}]}
    result = build_site(tmp_path, hub_files(), config)
    assert result.error is not None
    assert "podium/feeds: tags.limit: expected 0 (no limit) or more" in result.messages


def test_an_authors_own_file_is_never_overwritten(tmp_path) -> None:
    files = {**hub_files(), "feed.xml": "<mine/>", "subscribe.md": "# My own subscribe page\n"}
    result = build_site(tmp_path, files, {"plugins": PLUGINS})
    assert result.error is None, result.messages
    assert read(result, "feed.xml") == b"<mine/>"
    assert "feed.xml: a file of yours has this path; it is kept, no feed" in result.warnings()
    check_atom(read(result, "atom.xml"))
    page = result.html("subscribe/")
    assert page.find("h1").get_text(strip=True) == "My own subscribe page"
    assert page.select(".podium-subscribe__feed")  # the list is added to the author's page


def _alternate_links(result, url: str) -> list[tuple[str, str, str]]:
    """Feed links of a page: the hub's in <head>, then the section's in the footer (a feed in
    a folder stays out of <head>: Material would fetch "<folder>/sitemap.xml", a 404)."""
    page = result.html(url)
    head = [
        (link["type"], link["title"], link["href"])
        for link in page.select('head link[rel="alternate"]')
        if link.get("type", "").startswith("application/")
    ]
    assert all("/" not in _resolve(result, url, href) for _, _, href in head), url
    footer = [
        (link["type"], link.get_text(strip=True), link["href"])
        for link in page.select('.podium-feeds-footer a[rel="alternate"]')
    ]
    return head + footer


def _resolve(result, page_url: str, href: str) -> str:
    """The site-relative path a page-relative href points to."""
    return urljoin(SITE + page_url, href)[len(SITE) :]


def test_hub_feeds_are_discoverable_on_every_page(hub_site) -> None:
    for url in ("", "articles/alpha/", "articles/", "highlights/short-one/", "subscribe/"):
        links = _alternate_links(hub_site, url)
        assert links[:3] == [
            ("application/rss+xml", "Test Hub (RSS)", links[0][2]),
            ("application/atom+xml", "Test Hub (Atom)", links[1][2]),
            ("application/feed+json", "Test Hub (JSON Feed)", links[2][2]),
        ]
        targets = [_resolve(hub_site, url, href) for _, _, href in links[:3]]
        assert targets == ["feed.xml", "atom.xml", "feed.json"]


def test_listing_pages_also_advertise_their_own_feeds(hub_site) -> None:
    expectations = {
        "articles/tag/ai/": "articles/tag/ai/",
        "articles/category/strategy/": "articles/category/strategy/",
        "articles/": "articles/",
        "articles/lang/fr/": "articles/lang/fr/",
    }
    for url, folder in expectations.items():
        links = _alternate_links(hub_site, url)
        assert len(links) == 6, url
        targets = [_resolve(hub_site, url, href) for _, _, href in links[3:]]
        assert targets == [folder + "feed.xml", folder + "atom.xml", folder + "feed.json"]
        assert all((hub_site.site / target).is_file() for target in targets)
        assert len({title for _, title, _ in links}) == 6  # every title distinct
    assert len(_alternate_links(hub_site, "articles/alpha/")) == 3


def test_the_highlights_wall_advertises_the_highlights_feed(tmp_path) -> None:
    config = {
        "plugins": [
            "podium/articles",
            {"podium/highlights": {"pagination_size": 1}},
            "podium/feeds",
        ]
    }
    result = build_site(tmp_path, hub_files(), config, strict=True)
    assert result.error is None, result.messages
    for url in ("highlights/", "highlights/page/2/"):
        targets = [_resolve(result, url, href) for _, _, href in _alternate_links(result, url)]
        assert targets[3:] == ["highlights/feed.xml", "highlights/atom.xml", "highlights/feed.json"]
    jsonfeed = check_json_feed(read(result, "highlights/feed.json"))
    assert jsonfeed["home_page_url"] == SITE + "highlights/"


def test_subscribe_page_lists_every_feed_with_a_copy_button(hub_site) -> None:
    page = hub_site.html("subscribe/")
    assert page.find("h1").get_text(strip=True) == "Subscribe"
    buttons = page.select("button[data-podium-copy]")
    urls = [button["data-podium-copy"] for button in buttons]
    published = sorted(
        path.relative_to(hub_site.site).as_posix()
        for path in hub_site.site.rglob("*")
        if path.name in ("feed.xml", "atom.xml", "feed.json")
    )
    assert sorted(url[len(SITE) :] for url in urls) == published
    assert all(button.get_text(strip=True) == "Copy" for button in buttons)
    headings = [h.get_text(strip=True) for h in page.select(".podium-subscribe h2")]
    assert headings == [
        "Everything (articles and highlights)",
        "Articles",
        "Highlights",
        "By language",
        "By category",
        "By tag",
    ]
    languages = [
        n.get_text() for n in page.select('[data-feed-kind="language"] .podium-subscribe__name')
    ]
    assert languages == ["Deutsch", "English", "Français", "Norsk bokmål"]
    footer = page.select_one(".podium-feeds-footer a")
    assert footer is not None and footer.get_text(strip=True) == "Subscribe"


def test_two_builds_give_byte_identical_feeds(hub_site, tmp_path) -> None:
    again = build_site(tmp_path, hub_files(), {"plugins": PLUGINS}, strict=True)
    assert again.error is None
    names = ("feed.xml", "atom.xml", "feed.json")
    first = {
        p.relative_to(hub_site.site): p.read_bytes()
        for p in hub_site.site.rglob("*")
        if p.name in names
    }
    second = {
        p.relative_to(again.site): p.read_bytes() for p in again.site.rglob("*") if p.name in names
    }
    assert len(first) == 3 * len(EXPECTED_FOLDERS) + 3  # + the highlights feed
    assert first == second


def test_hostile_text_in_content_gives_valid_feeds_and_named_warnings(tmp_path) -> None:
    files = {
        "articles/hostile.md": article(
            "Q&amp;A\x07 ]]> 🚀 שלום عالم",
            "2026-01-05",
            tags=["ai"],
            description="Stray &nbsp;entity, CDATA end ]]> and emoji 👩🏽‍💻",
            body="Bell\x07 inside ]]> text &bogus; and RTL \u202bעברית\u202c.\n\n"
            "<!-- more -->\n\nMore 😀.",
        ),
    }
    result = build_site(tmp_path, files, {"plugins": PLUGINS})
    assert result.error is None, result.messages
    for folder in ("", "articles/", "articles/tag/ai/"):
        rss, atom, jsonfeed = all_feeds(result, folder)
        assert rss.entries[0].title == atom.entries[0].title == "Q&A ]]> 🚀 שלום عالم"
        item = jsonfeed["items"][0]
        assert item["summary"] == "Stray \u00a0entity, CDATA end ]]> and emoji 👩🏽‍💻"
        if folder == "articles/tag/ai/":  # a section feed: the summary, no body
            assert "content_html" not in item and item["content_text"] == item["summary"]
            assert atom.entries[0].summary == item["summary"]  # Atom: type="text"
            assert "content" not in rss.entries[0] and "content" not in atom.entries[0]
            continue
        assert "\x07" not in item["content_html"] and "]]&gt;" in item["content_html"]
        assert "\u202bעברית\u202c" in item["content_html"]
    warnings = result.warnings()
    # Removed once, where the content is read (pages and feeds agree), and named there.
    hostile = [w for w in warnings if w.startswith("docs/articles/hostile.md:")]
    assert any(": title: control character U+0007 removed" in w for w in hostile), warnings
    assert any(": text: control character U+0007 removed" in w for w in hostile), warnings
    assert json.loads(read(result, "feed.json"))["items"][0]["title"].endswith("عالم")


def test_feeds_follow_pages_without_directory_urls(tmp_path) -> None:
    config = {"plugins": PLUGINS, "use_directory_urls": False}
    result = build_site(tmp_path, hub_files(), config, strict=True)
    assert result.error is None, result.messages
    _, _, jsonfeed = all_feeds(result, "articles/")
    alpha = next(i for i in jsonfeed["items"] if i["title"] == "Alpha")
    assert alpha["url"] == alpha["id"] == SITE + "articles/alpha.html"
    assert (result.site / "articles" / "alpha.html").is_file()
    assert f'href="{SITE}articles/beta.html"' in alpha["content_html"]
    assert jsonfeed["home_page_url"] == SITE + "articles/index.html"
    assert (result.site / "articles" / "index.html").is_file()


def test_share_card_is_the_preview_when_podium_cards_is_on(tmp_path) -> None:
    files = {
        "articles/alpha.md": article("Alpha", "2026-01-05", image="assets/alpha.png"),
        "assets/alpha.png": png(1200, 630),
    }
    config = {"plugins": ["podium/articles", {"podium/cards": {"home": False}}, "podium/feeds"]}
    result = build_site(tmp_path, files, config, strict=True)
    assert result.error is None, result.messages
    rss, atom, jsonfeed = all_feeds(result, "articles/")
    card = jsonfeed["items"][0]["image"]
    assert card.startswith(SITE) and card != SITE + "assets/alpha.png"
    card_file = result.site / card[len(SITE) :]
    with Image.open(card_file) as opened:
        assert opened.size == (1200, 630)
    enclosure = rss.entries[0].enclosures[0]
    assert enclosure.href == card and enclosure.length == str(card_file.stat().st_size)
    assert atom.entries[0].media_content[0]["url"] == card


def test_drafts_stay_out_of_feeds_even_when_serve_shows_them(tmp_path) -> None:
    result = build_site(tmp_path, hub_files(), {"plugins": PLUGINS}, command="serve")
    assert result.error is None, result.messages
    assert result.exists("articles/draft/")  # previewed on the site...
    feeds = [p for p in result.site.rglob("*") if p.name in ("feed.xml", "atom.xml", "feed.json")]
    assert len(feeds) == 3 * len(EXPECTED_FOLDERS) + 3
    for feed in feeds:  # ...never in a feed
        assert b"Secret draft" not in feed.read_bytes(), feed
    assert len(check_json_feed(read(result, "articles/tag/ai/feed.json"))["items"]) == 5


def test_a_hub_without_content_publishes_no_feed_and_no_subscribe_page(tmp_path) -> None:
    result = build_site(tmp_path, {"index.md": "# Soon\n"}, {"plugins": PLUGINS}, strict=True)
    assert result.error is None, result.messages
    assert not (result.site / "feed.xml").exists()
    assert not result.exists("subscribe/")
    assert _alternate_links(result, "") == []


def test_section_feeds_carry_summaries_unless_configured(tmp_path) -> None:
    files = {
        "articles/long.md": article(
            "Long read",
            "2026-01-05",
            tags=["ai"],
            categories=["Strategy"],
            body="Opening paragraph of the long read.\n\n<!-- more -->\n\n" + "Body text. " * 200,
        ),
    }
    result = build_site(tmp_path, files, {"plugins": PLUGINS})
    assert result.error is None, result.messages
    main = all_feeds(result, "articles/")
    tag = all_feeds(result, "articles/tag/ai/")
    assert "Body text." in main[2]["items"][0]["content_html"]
    assert "Body text." in main[0].entries[0].content[0].value
    for rss, atom, jsonfeed in (tag, all_feeds(result, "articles/category/strategy/")):
        item = jsonfeed["items"][0]
        assert "content_html" not in item
        assert item["content_text"].startswith("Opening paragraph")
        assert item["url"] == SITE + "articles/long/"
        assert "content" not in rss.entries[0] and "content" not in atom.entries[0]
        assert atom.entries[0].link == SITE + "articles/long/"
    section, main_rss = (read(result, f"articles/{f}feed.xml") for f in ("tag/ai/", ""))
    assert len(section) * 3 < len(main_rss)

    config = {"plugins": ["podium/articles", {"podium/feeds": {"section_content": "full"}}]}
    again = build_site(tmp_path / "full", files, config)
    assert again.error is None, again.messages
    item = all_feeds(again, "articles/tag/ai/")[2]["items"][0]
    assert "Body text." in item["content_html"]
