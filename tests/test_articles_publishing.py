"""What is published: drafts, future-dated articles, and Material blogs unchanged."""

from helpers import article, build_site


def _files():
    return {
        "articles/live.md": article("Live", "2026-01-01"),
        "articles/draft.md": article("Drafty", "2026-01-02", draft=True),
        "articles/future.md": article("Tomorrow", "2027-01-15"),
    }


def test_build_leaves_out_drafts_and_future_articles(tmp_path):
    result = build_site(tmp_path, _files(), strict=True)
    assert result.error is None
    assert result.exists("articles/live/")
    assert not (result.site / "articles" / "draft").exists()
    assert not (result.site / "articles" / "future").exists()
    listed = result.html("articles/").get_text()
    assert "Live" in listed and "Drafty" not in listed and "Tomorrow" not in listed


def test_serve_shows_drafts_marked_as_drafts(tmp_path):
    result = build_site(tmp_path, _files(), command="serve")
    page = result.html("articles/draft/")
    assert page.select_one(".podium-badge--draft").get_text() == "Draft"
    card = [c for c in result.html("articles/").select(".podium-card") if "Drafty" in c.get_text()]
    assert card and card[0].select_one(".podium-badge--draft")
    assert not (result.site / "articles" / "future").exists()


def test_future_articles_can_be_included(tmp_path):
    result = build_site(
        tmp_path, _files(), {"plugins": [{"podium/articles": {"include_future": True}}]}
    )
    assert result.exists("articles/future/")


MATERIAL_AUTHORS = """\
authors:
  squidfunk:
    name: Martin Donath
    description: Creator
    avatar: https://github.com/squidfunk.png
"""

MATERIAL_POST = """\
---
date:
  created: 2024-01-31
  updated: 2024-02-02
authors:
  - squidfunk
categories:
  - Release
  - Insiders
links:
  - blog/posts/older.md
  - Setup: https://example.com/setup/
draft: false
readtime: 5
---

# Blog support just landed

Material for MkDocs now has a blog.

<!-- more -->

## Details

More words.
"""


def test_a_material_blog_builds_unchanged(tmp_path):
    files = {
        "blog/index.md": "# Blog\n",
        "blog/.authors.yml": MATERIAL_AUTHORS,
        "blog/posts/new.md": MATERIAL_POST,
        "blog/posts/older.md": "---\ndate: 2023-05-01\nauthors: [squidfunk]\n---\n# Older\n\nHi.\n",
    }
    result = build_site(
        tmp_path,
        files,
        {
            "plugins": [
                {
                    "podium/articles": {
                        "articles_dir": "blog/posts",
                        "authors_file": "blog/.authors.yml",
                        "index_url": "blog/",
                    }
                }
            ]
        },
        authors=None,
        strict=True,
    )
    assert result.error is None, result.messages
    page = result.html("articles/new/")
    assert page.select_one("h1.p-name").get_text() == "Blog support just landed"
    assert len(page.select("h1")) == 1  # the '# Title' is not printed twice
    assert page.select_one("time.dt-updated")["datetime"].startswith("2024-02-02")
    assert page.select_one(".p-author .p-name").get_text() == "Martin Donath"
    links = {a.get_text(): a["href"] for a in page.select(".podium-links a")}
    # A bare path shows the linked page's title, as in Material.
    assert links == {"Older": "../older/", "Setup": "https://example.com/setup/"}
    listing = result.html("blog/")
    assert [a.get_text() for a in listing.select(".podium-card__title a")] == [
        "Blog support just landed",
        "Older",
    ]
    assert result.exists("articles/category/release/")
