"""Head tags for a page, checked by parsing the rendered HTML with BeautifulSoup."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from bs4 import BeautifulSoup
from podium.meta.jsonld import PersonInfo
from podium.meta.page import Alternate, ImageInfo, PageInfo, build_page_meta, render_head
from podium.meta.profile_links import fediverse_handle, resolve_profiles, x_handle

SITE = "https://jane.example/"


def _owner(**profiles: str) -> PersonInfo:
    links, problems = resolve_profiles(profiles, path=".authors.yml")
    assert problems == []
    return PersonInfo(
        name="Jane Doe",
        url=SITE + "about/",
        image=SITE + "img/jane.jpg",
        job_title="Chief Executive Officer",
        organization="Acme Corp",
        same_as=tuple(link.url for link in links),
        x_handle=x_handle(links),
        fediverse_handle=fediverse_handle(links),
    )


def _article(title: str = "Leading in the open", **overrides) -> PageInfo:
    owner = _owner(x="@janedoe", mastodon="@jane@mastodon.example", linkedin="in/janedoe")
    values = dict(
        kind="article",
        url=SITE + "articles/leading/",
        title=title,
        description="Why transparency scales.",
        site_name="Jane Doe",
        lang="en",
        default_lang="en",
        alternates=(
            Alternate("en", SITE + "articles/leading/"),
            Alternate("fr", SITE + "fr/articles/diriger/"),
        ),
        image=ImageInfo(SITE + "cards/leading.ab12.png", "Card: Leading in the open", 1200, 630),
        published=datetime(2026, 3, 1, 9, 0, tzinfo=UTC),
        modified=datetime(2026, 3, 2, 10, 0, tzinfo=UTC),
        authors=(owner,),
        owner=owner,
        tags=("leadership", "culture"),
        breadcrumbs=(("Home", SITE), ("Articles", SITE + "articles/"), (title, SITE + "a/")),
    )
    values.update(overrides)
    return PageInfo(**values)


def _soup(info: PageInfo) -> BeautifulSoup:
    return BeautifulSoup(render_head(build_page_meta(info)), "html.parser")


def _props(soup: BeautifulSoup, name: str) -> list[str]:
    return [
        tag["content"]
        for tag in soup.find_all("meta")
        if name in (tag.get("property"), tag.get("name"))
    ]


def _jsonld(soup: BeautifulSoup) -> list[dict]:
    return [json.loads(s.string) for s in soup.find_all("script", type="application/ld+json")]


def test_article_open_graph_tags() -> None:
    soup = _soup(_article())
    assert _props(soup, "og:type") == ["article"]
    assert _props(soup, "og:title") == ["Leading in the open"]
    assert _props(soup, "og:description") == ["Why transparency scales."]
    assert _props(soup, "og:url") == [SITE + "articles/leading/"]
    assert _props(soup, "og:site_name") == ["Jane Doe"]
    assert _props(soup, "og:locale") == ["en_US"]
    assert _props(soup, "og:locale:alternate") == ["fr_FR"]
    assert _props(soup, "article:published_time") == ["2026-03-01T09:00:00+00:00"]
    assert _props(soup, "article:modified_time") == ["2026-03-02T10:00:00+00:00"]
    assert _props(soup, "article:author") == [SITE + "about/"]
    assert _props(soup, "article:tag") == ["leadership", "culture"]
    assert _props(soup, "og:image:width") == ["1200"]
    assert _props(soup, "og:image:alt") == ["Card: Leading in the open"]


def test_twitter_and_fediverse_from_real_handles() -> None:
    soup = _soup(_article())
    assert _props(soup, "twitter:card") == ["summary_large_image"]
    assert _props(soup, "twitter:creator") == ["@janedoe"]
    assert _props(soup, "twitter:site") == ["@janedoe"]
    assert _props(soup, "fediverse:creator") == ["@jane@mastodon.example"]
    rel_me = sorted(link["href"] for link in soup.find_all("link", rel="me"))
    assert "https://mastodon.example/@jane" in rel_me
    assert "https://x.com/janedoe" in rel_me


def test_no_twitter_creator_without_a_handle() -> None:
    """An author with no X handle gets no twitter:creator — never "@Jane Doe"."""
    author = PersonInfo(name="Jane Doe", url=SITE + "about/")
    soup = _soup(_article(authors=(author,), owner=author))
    assert _props(soup, "twitter:creator") == []
    assert _props(soup, "twitter:site") == []
    assert _props(soup, "fediverse:creator") == []
    assert all("@Jane" not in tag.get("content", "") for tag in soup.find_all("meta"))


def test_x_profile_url_yields_handle_but_search_url_does_not() -> None:
    links, _ = resolve_profiles({"x": "https://twitter.com/JaneDoe"}, path="a.yml")
    assert x_handle(links) == "@JaneDoe"
    links, _ = resolve_profiles({"x": "https://x.com/search?q=jane"}, path="a.yml")
    assert x_handle(links) == ""


def test_hreflang_pairs_point_at_each_other() -> None:
    en = _article()
    fr = _article(
        title="Diriger à découvert",
        url=SITE + "fr/articles/diriger/",
        lang="fr",
    )
    soups = {"en": _soup(en), "fr": _soup(fr)}
    urls = {"en": en.url, "fr": fr.url}
    for lang, soup in soups.items():
        links = {
            link["hreflang"]: link["href"]
            for link in soup.find_all("link", rel="alternate")
            if link.get("hreflang")
        }
        assert links["en"] == urls["en"]
        assert links["fr"] == urls["fr"]
        assert links["x-default"] == urls["en"], lang
    assert _props(soups["fr"], "og:locale") == ["fr_FR"]
    assert _props(soups["fr"], "og:locale:alternate") == ["en_US"]


def test_no_hreflang_for_a_single_language_page() -> None:
    soup = _soup(_article(alternates=()))
    assert soup.find_all("link", hreflang=True) == []
    assert _props(soup, "og:locale:alternate") == []


def test_blog_posting_jsonld() -> None:
    info = _article()
    (posting, crumbs) = _jsonld(_soup(info))
    assert posting["@context"] == "https://schema.org"
    assert posting["@type"] == "BlogPosting"
    assert posting["headline"] == _props(_soup(info), "og:title")[0]
    assert posting["datePublished"] == "2026-03-01T09:00:00+00:00"
    assert posting["dateModified"] == "2026-03-02T10:00:00+00:00"
    assert posting["image"] == [SITE + "cards/leading.ab12.png"]
    assert posting["inLanguage"] == "en"
    (author,) = posting["author"]
    assert author["@type"] == "Person"
    assert author["name"] == "Jane Doe"
    assert author["url"] == SITE + "about/"
    assert "https://www.linkedin.com/in/janedoe/" in author["sameAs"]
    assert crumbs["@type"] == "BreadcrumbList"
    positions = [item["position"] for item in crumbs["itemListElement"]]
    assert positions == [1, 2, 3]
    assert crumbs["itemListElement"][0]["item"] == SITE


def test_jsonld_cannot_close_its_script_element() -> None:
    title = 'Hack </script><script>alert("x")</script> & <!-- more'
    soup = _soup(_article(title=title))
    scripts = soup.find_all("script")
    assert len(scripts) == 2  # BlogPosting + BreadcrumbList, nothing injected
    assert all(s.get("type") == "application/ld+json" for s in scripts)
    raw = render_head(build_page_meta(_article(title=title)))
    assert raw.count("</script>") == 2
    assert "<!--" not in raw.split("<script", 1)[1]
    assert _jsonld(soup)[0]["headline"] == title
    assert _props(soup, "og:title") == [title]


def test_profile_page_jsonld_and_og_type() -> None:
    owner = _owner(x="@janedoe", github="janedoe")
    info = PageInfo(
        kind="profile",
        url=SITE + "about/",
        title="About Jane Doe",
        site_name="Jane Doe",
        lang="en",
        owner=owner,
    )
    soup = _soup(info)
    assert _props(soup, "og:type") == ["profile"]
    assert _props(soup, "profile:first_name") == ["Jane"]
    assert _props(soup, "profile:last_name") == ["Doe"]
    (page,) = _jsonld(soup)
    assert page["@type"] == "ProfilePage"
    person = page["mainEntity"]
    assert person["@type"] == "Person"
    assert person["jobTitle"] == "Chief Executive Officer"
    assert person["worksFor"] == {"@type": "Organization", "name": "Acme Corp"}
    assert person["image"] == SITE + "img/jane.jpg"
    assert sorted(person["sameAs"]) == ["https://github.com/janedoe", "https://x.com/janedoe"]


def test_home_page_has_website_jsonld() -> None:
    owner = _owner()
    info = PageInfo(
        kind="home", url=SITE, title="Jane Doe", site_name="Jane Doe", lang="de", owner=owner
    )
    meta = build_page_meta(info)
    assert meta.title == "Jane Doe"
    assert meta.html_lang == "de"
    (site,) = _jsonld(_soup(info))
    assert site["@type"] == "WebSite"
    assert site["url"] == SITE
    assert site["name"] == "Jane Doe"
    assert _props(_soup(info), "og:type") == ["website"]
    assert _props(_soup(info), "og:locale") == ["de_DE"]


def test_basics_only_when_asked() -> None:
    meta = build_page_meta(_article())
    plain = BeautifulSoup(render_head(meta), "html.parser")
    assert plain.find("title") is None
    assert plain.find("link", rel="canonical") is None
    full = BeautifulSoup(render_head(meta, include_basics=True), "html.parser")
    assert full.find("title").string == "Leading in the open - Jane Doe"
    assert full.find("link", rel="canonical")["href"] == SITE + "articles/leading/"
    assert _props(full, "description") == ["Why transparency scales."]


def test_output_is_deterministic() -> None:
    assert render_head(build_page_meta(_article())) == render_head(build_page_meta(_article()))


def test_image_tags_left_to_the_cards_plugin() -> None:
    soup = _soup(_article(image_tags=False))
    assert _props(soup, "og:image") == []
    assert _props(soup, "twitter:card") == []
    assert _props(soup, "twitter:creator") == ["@janedoe"]
    assert _jsonld(soup)[0]["image"] == [SITE + "cards/leading.ab12.png"]


def test_highlight_is_a_social_media_posting() -> None:
    (posting, _crumbs) = _jsonld(_soup(_article(kind="highlight")))
    assert posting["@type"] == "SocialMediaPosting"
    assert posting["headline"] == "Leading in the open"


def test_x_default_is_shared_when_no_version_is_in_the_site_language() -> None:
    group = (Alternate("fr", SITE + "fr-page/"), Alternate("de", SITE + "de-page/"))
    defaults = set()
    for alt in group:
        soup = _soup(_article(url=alt.url, lang=alt.lang, alternates=group))
        (x_default,) = soup.find_all("link", hreflang="x-default")
        defaults.add(x_default["href"])
    assert defaults == {SITE + "de-page/"}


def test_square_avatar_gets_a_summary_card() -> None:
    avatar = ImageInfo(SITE + "img/jane.jpg", "Jane Doe", large=False)
    soup = _soup(_article(image=avatar))
    assert _props(soup, "twitter:card") == ["summary"]
    assert _props(soup, "og:image") == [SITE + "img/jane.jpg"]
