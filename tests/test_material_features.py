"""Material blog features under Podium: URL placeholders, folder defaults, redirects, social
card options, remote avatars and the conflict with Material's own blog plugin."""

from __future__ import annotations

from helpers import article, build_site
from PIL import Image
from podium.cards.brand import parse_colors

REMOTE_AUTHORS = """\
authors:
  ada:
    name: Ada Lovelace Example
    description: Chief Executive
    avatar: https://avatars.example.com/u/1
"""


def articles(**options):
    return {"plugins": [{"podium/articles": options}]}


def test_material_placeholders_fill_the_article_url(tmp_path):
    files = {
        "blog/posts/one.md": article(
            "Hello, World – again!", date="2024-02-05", categories=["Big News", "Other"]
        ),
        "blog/posts/two.md": article("Second", date="2024-12-31", slug="my-slug"),
    }
    result = build_site(
        tmp_path,
        files,
        articles(
            articles_dir="blog/posts",
            article_url="blog/{date}/{categories}/{slug}/",
            slug_from="title",
            url_slugify="material",
            category_url="blog/category/{slug}/",
        ),
        strict=True,
    )
    assert result.error is None, result.warnings()
    # Material's slug of the title keeps its quirks ("world--again"): URLs must not change.
    assert result.exists("blog/2024/02/05/big-news/hello-world--again/")
    assert result.exists("blog/2024/12/31/my-slug/")  # no category: no empty segment
    assert result.exists("blog/category/big-news/")


def test_year_month_day_and_file_placeholders(tmp_path):
    files = {"articles/my-file.md": article("Title", date="2023-07-09T23:30:00+02:00")}
    result = build_site(tmp_path, files, articles(article_url="{year}/{month}/{day}/{file}/"))
    assert result.error is None
    assert result.exists("2023/07/09/my-file/")  # the date as written, not shifted to UTC


def test_an_unknown_placeholder_is_one_line_naming_the_option(tmp_path):
    result = build_site(
        tmp_path,
        {"articles/a.md": article()},
        articles(article_url="blog/{yeer}/{slug}/"),
        strict=True,
    )
    assert result.error is not None  # reported as an error: the deploy (--strict) fails
    [message] = [m for m in result.warnings() if "article_url" in m]
    assert message.count("\n") == 0
    assert "article_url: unknown placeholder {yeer}" in message
    assert "{year}" in message  # says which ones exist


def test_meta_yml_defaults_apply_as_in_material(tmp_path):
    files = {
        "blog/posts/.meta.yml": "categories: [From folder]\nauthors: [ada]\n",
        "blog/.meta.yml": "tags: [outer]\n",
        "blog/posts/one.md": "---\ntitle: One\ndate: 2024-01-01\ncategories: [Own]\n---\nHi.\n",
    }
    plugins = {"plugins": [{"podium/articles": {"articles_dir": "blog/posts"}}, "meta"]}
    result = build_site(tmp_path, files, plugins, strict=True)
    assert result.error is None, result.warnings()
    soup = result.html("articles/one/")
    # Lists add up, folder first (mergedeep's typesafe-additive, like Material's meta plugin).
    assert [a.get_text() for a in soup.select(".podium-eyebrow .p-category")] == [
        "From folder",
        "Own",
    ]
    assert [a.get_text() for a in soup.select(".podium-tag")] == ["#outer"]
    assert soup.select_one(".podium-byline__author .p-name").get_text() == "Ada Example"

    # Without Material's meta plugin, Material ignores .meta.yml: so does Podium.
    plain = build_site(tmp_path / "plain", files, articles(articles_dir="blog/posts"))
    assert plain.error is None
    assert not plain.html("articles/one/").select(".podium-tag")


def test_redirect_pages_point_to_the_new_url_and_stay_out_of_sitemap_and_feeds(tmp_path):
    files = {
        "articles/new-name.md": article("Renamed", date="2024-03-01"),
        "about.md": "# About\n",
    }
    redirects = {"old/post/": "articles/new-name.md", "blog/{year}/{slug}/": "{url}"}
    config = {
        "site_url": "https://hub.example.com/",
        "plugins": [{"podium/articles": {"redirects": redirects}}, "podium/feeds"],
    }
    result = build_site(tmp_path, files, config, strict=True)
    assert result.error is None, result.warnings()
    for old in ("old/post/", "blog/2024/new-name/"):
        soup = result.html(old)
        assert soup.find("link", rel="canonical")["href"] == (
            "https://hub.example.com/articles/new-name/"
        )
        refresh = soup.find("meta", attrs={"http-equiv": "refresh"})["content"]
        assert refresh.startswith("0; url=") and refresh.endswith("/articles/new-name/")
        assert (tmp_path / "site" / old / refresh.split("url=")[1] / "index.html").resolve() == (
            tmp_path / "site/articles/new-name/index.html"
        ).resolve()
    summary = [m for m in result.messages if "redirect page(s)" in m]
    assert summary == [
        "podium/articles: 2 redirect page(s): /blog/2024/new-name/ → /articles/new-name/, "
        "/old/post/ → /articles/new-name/"
    ]
    published = (tmp_path / "site/sitemap.xml").read_text(encoding="utf-8")
    for feed in (tmp_path / "site").rglob("*.xml"):
        published += feed.read_text(encoding="utf-8")
    for feed in (tmp_path / "site").rglob("feed.json"):
        published += feed.read_text(encoding="utf-8")
    assert "old/post" not in published and "blog/2024" not in published


def test_material_blog_plugin_next_to_podium_is_an_error_that_explains(tmp_path):
    result = build_site(
        tmp_path, {"blog/index.md": "# Blog\n"}, {"plugins": ["blog", "podium/articles"]}
    )
    assert result.error is not None
    message = "\n".join(result.warnings())
    assert "Material's blog plugin is enabled too" in message
    assert "podium migrate material" in message


def test_unknown_author_says_where_it_looked(tmp_path):
    files = {
        "blog/.authors.yml": REMOTE_AUTHORS,
        "blog/posts/one.md": article("One", authors=["ada"]),
    }
    result = build_site(tmp_path, files, articles(articles_dir="blog/posts"), authors=None)
    assert any(
        "unknown author id 'ada' (docs/.authors.yml does not exist; Material keeps authors in "
        "blog/.authors.yml: set 'authors_file: blog/.authors.yml' or run 'podium migrate "
        "material')" in warning
        for warning in result.warnings()
    ), result.warnings()


def test_social_options_become_card_options_with_notes(tmp_path):
    files = {
        "articles/quiet.md": article("Quiet", social={"cards": False}),
        "articles/loud.md": article(
            "Loud",
            social={
                "cards_layout": "default/variant",
                "cards_layout_options": {"title": "Card title", "color": "#fff"},
            },
        ),
    }
    config = {
        "site_url": "https://hub.example.com/",
        "plugins": [
            "podium/articles",
            {"podium/cards": {"presets": {"square": False, "portrait": False, "story": False}}},
        ],
    }
    result = build_site(tmp_path, files, config, authors=REMOTE_AUTHORS)
    assert result.error is None, result.warnings()
    assert result.html("articles/quiet/").find("meta", property="og:image") is None
    loud = result.html("articles/loud/")
    assert "Card title" in loud.find("meta", property="og:image:alt")["content"]
    notes = " | ".join(m for m in result.messages if "no Podium card equivalent" in m)
    assert "social.cards_layout: no Podium card equivalent" in notes
    assert "social.cards_layout_options.color: no Podium card equivalent" in notes


def test_remote_avatar_is_linked_and_cards_show_initials(tmp_path):
    files = {"articles/one.md": article("One")}
    config = {
        "site_url": "https://hub.example.com/",
        "plugins": [
            "podium/articles",
            {"podium/cards": {"presets": {"square": False, "portrait": False, "story": False}}},
        ],
    }
    result = build_site(tmp_path, files, config, authors=REMOTE_AUTHORS)
    assert result.error is None, result.warnings()
    page = result.html("articles/one/")
    assert page.select_one(".podium-byline img")["src"] == "https://avatars.example.com/u/1"
    assert any(
        "a remote picture: pages link to it, cards show initials" in m for m in result.messages
    )
    accent = parse_colors({}).accent
    # The bottom-left footer has a disc in the accent colour where the photo would be (cards
    # are palette-quantized, so the colour comes out within a few steps).
    assert _distance_from(tmp_path, page, accent) <= 24
    no_avatar = REMOTE_AUTHORS.replace("    avatar: https://avatars.example.com/u/1\n", "")
    plain = build_site(tmp_path / "plain", files, config, authors=no_avatar)
    assert _distance_from(tmp_path / "plain", plain.html("articles/one/"), accent) > 24


def _distance_from(project, page, accent) -> int:
    """How close the card's bottom-left corner comes to ``accent`` (sum of channel steps)."""
    image = page.find("meta", property="og:image")["content"].split("hub.example.com/")[1]
    with Image.open(project / "site" / image) as card:
        rgb = card.convert("RGB")
        width, height = rgb.size
        corner = rgb.crop((0, height * 2 // 3, width // 4, height))
        colors = [color for _, color in corner.getcolors(1 << 16)]
    return min(sum(abs(a - b) for a, b in zip(color, accent, strict=True)) for color in colors)


def test_a_redirect_never_overwrites_a_file_of_the_site(tmp_path):
    files = {
        "articles/new-name.md": article("Renamed"),
        "old/post/index.html": "<p>mine</p>\n",
    }
    config = articles(redirects={"old/post/": "articles/new-name/"})
    result = build_site(tmp_path, files, config)
    assert result.error is None
    assert (tmp_path / "site/old/post/index.html").read_text(encoding="utf-8") == "<p>mine</p>\n"
    assert any(
        "redirects.old/post/: a page is published at this URL" in w for w in result.warnings()
    )
    # A rebuild into the same folder replaces its own redirect pages without a word.
    again = build_site(tmp_path, {}, articles(redirects={"older/": "articles/new-name/"}))
    again = build_site(tmp_path, {}, articles(redirects={"older/": "articles/new-name/"}))
    assert not [w for w in again.warnings() if "redirects" in w]


def test_an_author_slug_names_the_author_page_as_in_material(tmp_path):
    authors = "authors:\n  ada:\n    name: Ada Example\n    slug: ada-example\n"
    result = build_site(
        tmp_path,
        {"articles/one.md": article("One")},
        articles(author_url="blog/author/{id}/"),
        authors=authors,
        strict=True,
    )
    assert result.error is None, result.warnings()
    assert result.exists("blog/author/ada-example/")
    byline = result.html("articles/one/").select_one(".podium-byline__author .p-name")
    assert byline["href"] == "../../blog/author/ada-example/"
