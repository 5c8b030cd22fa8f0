"""podium/meta end to end: build a small bilingual hub and parse what a crawler would see."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import mf2py
import pytest
from helpers import article, build_site

SITE = "https://hub.example.com/"
PLUGINS = ["podium/articles", "podium/profile", "podium/meta"]
AUTHORS = """\
authors:
  ada:
    name: Ada Example
    description: Chief Executive
    avatar: ada.png
    job_title: Chief Executive Officer
    organization: Example Corp
    profiles:
      linkedin: https://www.linkedin.com/in/ada-example
      mastodon: "@ada@example.social"
      x: "@ada_example"
"""
HOME = "---\ntemplate: podium/home.html\ntitle: Ada Example\n---\nI run Example Corp.\n"


def _files(**extra: str) -> dict[str, str]:
    files = {
        "index.md": HOME,
        "ada.png": "not really a png",
        "images/cover.jpg": "not really a jpeg",
        "articles/lead.md": article(
            "Leading in the open",
            date="2026-03-01",
            description="Why transparency scales.",
            slug="leading-in-the-open",
            translation_key="lead",
            tags=["leadership", "culture"],
            image="images/cover.jpg",
            image_alt="Aurora over a grid",
            syndication=[{"platform": "mastodon", "url": "https://example.social/@ada/1"}],
        ),
        "articles/diriger.md": article(
            "Diriger à découvert",
            date="2026-03-02",
            description="Pourquoi la transparence passe à l’échelle.",
            slug="diriger-a-decouvert",
            lang="fr",
            translation_key="lead",
        ),
        "articles/solo.md": article("Only in English", date="2026-02-01", slug="solo"),
        "highlights/promise.md": "---\ndate: 2026-03-05\ntags: [forecasting]\n---\n"
        "A forecast is a promise made to someone who will act on it.\n",
    }
    files.update(extra)
    return files


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    result = build_site(
        tmp_path_factory.mktemp("meta"),
        _files(),
        {"plugins": PLUGINS},
        authors=AUTHORS,
        strict=True,
    )
    assert result.error is None, result.warnings()
    return result


def _props(soup, name: str) -> list[str]:
    return [
        tag.get("content")
        for tag in soup.find_all("meta")
        if name in (tag.get("property"), tag.get("name"))
    ]


def _jsonld(soup) -> list[dict]:
    return [json.loads(s.string) for s in soup.find_all("script", type="application/ld+json")]


def _hreflang(site, url: str) -> dict[str, str]:
    """hreflang alternates of a page: in sitemap.xml, and not in <head> (Material fetches
    "sitemap.xml" beside every <link rel="alternate">, a 404 for a translated page)."""
    head = site.html(url).head.find_all("link", rel="alternate", hreflang=True)
    assert head == [], url
    root = ET.parse(site.site / "sitemap.xml").getroot()
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    for entry in root.findall("s:url", ns):
        if entry.findtext("s:loc", namespaces=ns) == SITE + url:
            return {link.get("hreflang"): link.get("href") for link in entry.findall("x:link", ns)}
    raise AssertionError(f"{url} is not in sitemap.xml")


def test_article_open_graph_and_twitter(site) -> None:
    soup = site.html("articles/leading-in-the-open/")
    assert _props(soup, "og:type") == ["article"]
    assert _props(soup, "og:title") == ["Leading in the open"]
    assert _props(soup, "og:description") == ["Why transparency scales."]
    assert _props(soup, "og:url") == [SITE + "articles/leading-in-the-open/"]
    assert _props(soup, "og:site_name") == ["Test Hub"]
    assert _props(soup, "og:locale") == ["en_US"]
    assert _props(soup, "og:locale:alternate") == ["fr_FR"]
    assert _props(soup, "article:published_time")[0].startswith("2026-03-01T")
    assert _props(soup, "article:author") == [SITE + "about/"]
    assert _props(soup, "article:tag") == ["leadership", "culture"]
    assert _props(soup, "twitter:creator") == ["@ada_example"]
    assert _props(soup, "fediverse:creator") == ["@ada@example.social"]
    assert _props(soup, "og:image") == [SITE + "images/cover.jpg"]
    assert _props(soup, "og:image:alt") == ["Aurora over a grid"]
    assert _props(soup, "twitter:card") == ["summary_large_image"]
    # Material prints description and canonical; podium/meta must not repeat them.
    assert len(soup.find_all("meta", attrs={"name": "description"})) == 1
    assert len(soup.find_all("link", rel="canonical")) == 1
    assert soup.find("link", rel="canonical")["href"] == SITE + "articles/leading-in-the-open/"
    assert "https://example.social/@ada" in [x["href"] for x in soup.find_all("link", rel="me")]


def test_hreflang_pairs_point_at_each_other(site) -> None:
    en_url = SITE + "articles/leading-in-the-open/"
    fr_url = SITE + "articles/diriger-a-decouvert/"
    en, fr = site.html("articles/leading-in-the-open/"), site.html("articles/diriger-a-decouvert/")
    assert _hreflang(site, "articles/leading-in-the-open/") == {
        "en": en_url,
        "fr": fr_url,
        "x-default": en_url,
    }
    assert _hreflang(site, "articles/diriger-a-decouvert/") == {
        "en": en_url,
        "fr": fr_url,
        "x-default": en_url,
    }
    assert en.html["lang"] == "en"
    assert fr.html["lang"] == "fr"
    assert _props(fr, "og:locale") == ["fr_FR"]
    assert _props(fr, "og:locale:alternate") == ["en_US"]
    assert _hreflang(site, "articles/solo/") == {}


def test_blog_posting_jsonld(site) -> None:
    soup = site.html("articles/leading-in-the-open/")
    objects = _jsonld(soup)
    posting = next(o for o in objects if o["@type"] == "BlogPosting")
    assert posting["@context"] == "https://schema.org"
    assert posting["headline"] == _props(soup, "og:title")[0]
    assert posting["datePublished"].startswith("2026-03-01T")
    assert posting["dateModified"]
    assert posting["inLanguage"] == "en"
    (author,) = posting["author"]
    assert author["@type"] == "Person"
    assert author["name"] == "Ada Example"
    assert "https://www.linkedin.com/in/ada-example" in author["sameAs"]
    assert "https://x.com/ada_example" in author["sameAs"]
    crumbs = next(o for o in objects if o["@type"] == "BreadcrumbList")
    assert [i["position"] for i in crumbs["itemListElement"]] == [1, 2, 3]
    assert crumbs["itemListElement"][-1]["item"] == SITE + "articles/leading-in-the-open/"


def test_highlight_page_meta(site) -> None:
    soup = site.html("highlights/promise/")
    assert _props(soup, "og:type") == ["article"]
    assert _props(soup, "og:description") == [
        "A forecast is a promise made to someone who will act on it."
    ]
    assert _props(soup, "description") == _props(soup, "og:description")
    posting = next(o for o in _jsonld(soup) if o["@type"] == "SocialMediaPosting")
    assert posting["headline"] == _props(soup, "og:title")[0]
    assert posting["author"][0]["name"] == "Ada Example"


def test_home_page_website_jsonld(site) -> None:
    soup = site.html("")
    assert _props(soup, "og:type") == ["website"]
    site_ld = next(o for o in _jsonld(soup) if o["@type"] == "WebSite")
    assert site_ld["url"] == SITE
    assert site_ld["name"] == "Test Hub"
    assert site_ld["publisher"]["name"] == "Ada Example"


def test_article_is_an_h_entry_with_author_h_card_and_syndication(site) -> None:
    html = (site.site / "articles/leading-in-the-open/index.html").read_text(encoding="utf-8")
    parsed = mf2py.parse(doc=html, url=SITE + "articles/leading-in-the-open/")
    (entry,) = [item for item in parsed["items"] if "h-entry" in item["type"]]
    props = entry["properties"]
    assert props["name"] == ["Leading in the open"]
    assert props["published"][0].startswith("2026-03-01")
    assert props["syndication"] == ["https://example.social/@ada/1"]
    (author,) = props["author"]
    assert "h-card" in author["type"]
    assert author["properties"]["name"] == ["Ada Example"]
    assert "https://example.social/@ada" in parsed["rels"]["me"]


def test_sitemap_lists_alternates(site) -> None:
    root = ET.parse(site.site / "sitemap.xml").getroot()
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    entries = {
        url.findtext("s:loc", namespaces=ns): {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", ns)
        }
        for url in root.findall("s:url", ns)
    }
    en_url = SITE + "articles/leading-in-the-open/"
    fr_url = SITE + "articles/diriger-a-decouvert/"
    assert entries[en_url] == {"en": en_url, "fr": fr_url, "x-default": en_url}
    assert entries[fr_url] == entries[en_url]
    assert entries[SITE + "articles/solo/"] == {}
    assert SITE + "about/" in entries


def test_language_switcher_falls_back_to_the_language_home(site) -> None:
    solo = site.html("articles/solo/")
    links = {a["hreflang"]: a for a in solo.select("nav.podium-languages a")}
    assert links["fr"]["href"] == "../lang/fr/"
    assert "rel" not in links["fr"].attrs
    fr_home = site.html("articles/lang/fr/")
    assert fr_home.html["lang"] == "fr"
    assert _props(fr_home, "og:locale") == ["fr_FR"]
    assert _hreflang(site, "articles/lang/fr/")["en"] == SITE
    assert _hreflang(site, "")["fr"] == SITE + "articles/lang/fr/"
    titles = [a.get_text(strip=True) for a in fr_home.select(".podium-card .p-name")]
    assert titles == ["Diriger à découvert"]
    english = site.html("articles/leading-in-the-open/")
    links = {a["hreflang"]: a for a in english.select("nav.podium-languages a")}
    assert links["fr"]["href"] == "../diriger-a-decouvert/"
    assert links["fr"]["rel"] == ["alternate"]


DESCRIPTION = 'She said "no" & <meant> it'


def test_jsonld_cannot_be_closed_by_a_title(tmp_path) -> None:
    title = 'Hack </script><script>alert("owned")</script> & more'
    result = build_site(
        tmp_path,
        {"index.md": HOME, "articles/x.md": article(title, slug="x", description=DESCRIPTION)},
        {"plugins": PLUGINS},
        authors=AUTHORS,
    )
    assert result.error is None
    soup = result.html("articles/x/")
    # Every JSON-LD block is still one complete, valid JSON document holding the title...
    scripts = soup.find_all("script", type="application/ld+json")
    assert [json.loads(s.string)["@type"] for s in scripts] == ["BlogPosting", "BreadcrumbList"]
    assert json.loads(scripts[0].string)["headline"] == title
    # Material's <title> and description (printed raw by its base.html) are escaped too.
    assert soup.title.string == f"{title} - Test Hub"
    assert _props(soup, "description") == [DESCRIPTION]
    assert _props(soup, "og:description") == [DESCRIPTION]
    assert [s.get("type") for s in soup.head.find_all("script") if "owned" in (s.string or "")] == [
        "application/ld+json",
        "application/ld+json",
    ]
    # ...because the markup characters were escaped inside it.
    raw = (result.site / "articles/x/index.html").read_text(encoding="utf-8")
    blocks = raw.split('<script type="application/ld+json">')[1:]
    assert all("</script>" not in block.split("</script>", 1)[0] for block in blocks)
    assert "\\u003c/script\\u003e\\u003cscript\\u003ealert" in raw


def test_republished_article_points_canonical_at_the_original(tmp_path) -> None:
    original = "https://medium.example.com/@ada/leading-1234"
    result = build_site(
        tmp_path,
        {
            "index.md": HOME,
            "articles/x.md": article("Republished", slug="x", canonical_url=original),
        },
        {"plugins": PLUGINS},
        authors=AUTHORS,
    )
    soup = result.html("articles/x/")
    assert [link["href"] for link in soup.find_all("link", rel="canonical")] == [original]
    assert _props(soup, "og:url") == [SITE + "articles/x/"]


def test_profile_handles_that_are_not_handles(tmp_path) -> None:
    authors = (
        AUTHORS.replace('"@ada_example"', '"Ada Example"').replace(
            '"@ada@example.social"', '"@ada"'
        )
        + "      website: ada dot example dot com\n"
    )
    result = build_site(
        tmp_path,
        {"index.md": HOME, "articles/x.md": article("X", slug="x")},
        {"plugins": PLUGINS},
        authors=authors,
    )
    messages = result.warnings()
    assert any(m.startswith(".authors.yml") and "authors.ada.profiles.x" in m for m in messages)
    mastodon = [m for m in messages if "authors.ada.profiles.mastodon" in m]
    assert mastodon and mastodon[0].startswith(".authors.yml:10: ")
    assert "@jane@mastodon.example" in mastodon[0]
    assert any(
        m.startswith(".authors.yml") and "authors.ada.profiles.website" in m for m in messages
    )
    soup = result.html("articles/x/")
    assert _props(soup, "twitter:creator") == []
    assert _props(soup, "fediverse:creator") == []
    assert not any("Ada Example" in c for c in _props(soup, "twitter:site"))


def test_translation_group_with_two_articles_in_one_language(tmp_path) -> None:
    result = build_site(
        tmp_path,
        _files(
            **{
                "articles/lead2.md": article(
                    "Leading, again",
                    slug="leading-again",
                    translation_key="lead",
                    date="2026-03-03",
                )
            }
        ),
        {"plugins": PLUGINS},
        authors=AUTHORS,
    )
    errors = [m for m in result.warnings() if ": translation_key: " in m]
    assert len(errors) == 1
    assert errors[0].startswith("articles/")
    en = (
        "articles/leading-in-the-open/"
        if result.exists("articles/leading-in-the-open/")
        else "articles/leading-again/"
    )
    assert set(_hreflang(result, en)) == {"en", "fr", "x-default"}


def test_site_url_is_required(tmp_path) -> None:
    config = {"plugins": ["podium/articles", "podium/meta"], "site_url": None}
    result = build_site(tmp_path, {"index.md": HOME}, config)
    assert result.error is not None
    assert any(m.startswith("podium/meta: site_url: Open Graph") for m in result.messages)


def test_author_page_is_a_profile_page(site) -> None:
    soup = site.html("authors/ada/")
    assert _props(soup, "og:type") == ["profile"]
    assert _props(soup, "profile:first_name") == ["Ada"]
    page = next(o for o in _jsonld(soup) if o["@type"] == "ProfilePage")
    assert page["mainEntity"]["name"] == "Ada Example"
    assert page["url"] == SITE + "authors/ada/"


def test_pages_without_an_image_fall_back_to_the_owners_photo(site) -> None:
    for url in ("about/", "", "articles/solo/"):
        soup = site.html(url)
        assert _props(soup, "og:image") == [SITE + "ada.png"], url
        assert _props(soup, "twitter:card") == ["summary"], url
