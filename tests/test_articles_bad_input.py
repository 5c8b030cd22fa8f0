"""Front-matter mistakes: one clear line each, a failed --strict build, no traceback,
and the other pages unaffected."""

import pytest
from helpers import article, build_site
from mkdocs.exceptions import Abort

GOOD = article("Good one", "2026-01-01", tags=["ok"])

MISTAKES = {
    "missing title": (
        "---\ndate: 2026-01-01\nauthors: [ada]\n---\nNo heading here.\n",
        "docs/articles/bad.md:1: title: missing",
    ),
    "unparsable date": (
        "---\ntitle: T\ndate: next tuesday\nauthors: [ada]\n---\nB.\n",
        "docs/articles/bad.md:3: date: expected a date like 2026-03-14",
    ),
    "tags as a number": (
        "---\ntitle: T\ndate: 2026-01-01\nauthors: [ada]\ntags: 7\n---\nB.\n",
        "docs/articles/bad.md:5: tags: expected a list of text, got a number (7)",
    ),
    "unknown author": (
        "---\ntitle: T\ndate: 2026-01-01\nauthors: [bob]\n---\nB.\n",
        "docs/articles/bad.md:4: authors: unknown author id 'bob'"
        " (known in docs/.authors.yml: ada)",
    ),
    "unknown key": (
        "---\ntitle: T\ndate: 2026-01-01\nauthors: [ada]\ndescripton: x\n---\nB.\n",
        "docs/articles/bad.md:5: descripton: unknown key; did you mean 'description'?",
    ),
}


@pytest.mark.parametrize("case", sorted(MISTAKES))
def test_mistake_is_reported_once_and_fails_strict(tmp_path, case):
    text, expected = MISTAKES[case]
    files = {"articles/good.md": GOOD, "articles/bad.md": text}
    lenient = build_site(tmp_path / "lenient", files)
    assert lenient.error is None
    problems = [m for m in lenient.warnings() if "articles/bad.md" in m]
    assert len(problems) == 1, lenient.warnings()
    assert problems[0].startswith(expected)
    assert not any("Traceback" in m for m in lenient.messages)
    # The good page is built as usual
    assert lenient.html("articles/good/").select_one("h1.p-name").get_text() == "Good one"
    strict = build_site(tmp_path / "strict", files, strict=True)
    assert isinstance(strict.error, Abort)


def test_an_unknown_key_is_only_a_warning_and_the_page_is_kept(tmp_path):
    files = {"articles/bad.md": MISTAKES["unknown key"][0]}
    result = build_site(tmp_path, files)
    assert result.exists("articles/bad/")


def test_an_invalid_article_page_is_left_out(tmp_path):
    files = {"articles/good.md": GOOD, "articles/bad.md": MISTAKES["tags as a number"][0]}
    result = build_site(tmp_path, files)
    assert not (result.site / "articles" / "bad").exists()


def test_two_articles_with_one_url_are_left_out_naming_both(tmp_path):
    files = {
        "articles/a.md": article("A", slug="same"),
        "articles/b.md": article("B", slug="same"),
        "articles/c.md": article("C"),
    }
    result = build_site(tmp_path, files)
    assert result.error is None  # the rest of the site is built...
    assert result.exists("articles/c/") and not result.exists("articles/same/")
    assert isinstance(build_site(tmp_path, files, strict=True).error, Abort)  # ...not deployed
    message = "\n".join(result.warnings())
    assert "articles/a.md" in message and "articles/b.md" in message
    assert "articles/same/" in message


def test_translation_group_with_two_same_language_articles(tmp_path):
    files = {
        "articles/a.md": article("A", translation_key="k", lang="fr"),
        "articles/b.md": article("B", translation_key="k", lang="fr"),
    }
    result = build_site(tmp_path, files)
    assert any(
        m.startswith("docs/articles/b.md:")
        and "translation_key: articles/a.md is already the 'fr' version" in m
        for m in result.warnings()
    ), result.warnings()


def test_bad_plugin_option_names_the_key(tmp_path):
    result = build_site(
        tmp_path,
        {"articles/a.md": GOOD},
        {"plugins": [{"podium/articles": {"timezone": "Mars/Olympus"}}]},
    )
    assert isinstance(result.error, Abort)
    assert any("timezone" in m and "Mars/Olympus" in m for m in result.warnings())


def test_html_in_front_matter_is_escaped_everywhere(tmp_path):
    files = {
        "index.md": "---\ntemplate: podium/home.html\n---\nHi.\n",
        "articles/x.md": article(
            'Hello <script>alert("t")</script> & "quotes"',
            description="<img src=x onerror=alert(1)>",
            # Markup in tags and categories is refused (tests/test_trust_tags.py).
            tags=["R&D"],
            categories=["Women's & men's"],
            slug="xss",
        ),
    }
    result = build_site(tmp_path, files)
    for url in ["articles/xss/", "articles/", "", "authors/ada/"]:
        page = result.html(url)
        assert not page.select("article script, .podium-listing script, .podium-hero script")
        assert not page.select("[onerror]")
        assert not page.select(".podium-tag b, .p-category i")
    head = result.html("articles/xss/").head
    assert not head.select("script:not([src]):not([type])") or all(
        "alert" not in script.get_text() for script in head.select("script")
    )
    assert head.title.get_text().startswith('Hello <script>alert("t")</script>')
    assert head.select_one("meta[name=description]")["content"] == "<img src=x onerror=alert(1)>"
    heading = result.html("articles/xss/").select_one("h1.p-name").get_text()
    assert heading == 'Hello <script>alert("t")</script> & "quotes"'
