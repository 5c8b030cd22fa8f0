"""Nothing executable reaches the site from imported text, whatever the platform."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from importer_archives import render_html
from podium.importers.markup import Link, safe_url, segments_to_markdown
from podium.importers.mastodon_html import html_to_markdown

HOSTILE_HTML = [
    "<p>a<script>alert(1)</script>b</p>",
    '<p><img src=x onerror="alert(1)">x</p>',
    '<p onmouseover="alert(1)">hover</p>',
    '<a href="javascript:alert(1)">js</a>',
    '<a href="java&#x09;script:alert(1)">tab</a>',
    '<a href=" JAVASCRIPT:alert(1)">upper</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD4=">data</a>',
    '<a href="vbscript:msgbox(1)">vb</a>',
    '<iframe src="https://evil.example"></iframe><p>after</p>',
    "<style>body{display:none}</style><p>styled</p>",
    "<svg><script>alert(1)</script></svg><p>svg</p>",
    "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>",
    '<p>{: onclick="alert(1)" }</p>',
    '<p>text</p><p>{: onclick="alert(1)"}</p>',
    "<p>[x](javascript:alert(1))</p>",
    '<p>&lt;a href="javascript:alert(1)"&gt;raw&lt;/a&gt;</p>',
    '<p>&lt;div markdown="1" onclick="x()"&gt;md&lt;/div&gt;</p>',
]

HOSTILE_TEXT = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    "![x](javascript:alert(1))",
    "<javascript:alert(1)>",
    'para\n{: onclick="alert(1)" }',
    '<div markdown="1" onclick="alert(1)">x</div>',
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    "    <script>indented</script>",
    "```html\n<script>alert(1)</script>\n```",
]


def assert_inert(html: str) -> None:
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(True):
        assert tag.name not in {"script", "style", "iframe", "img", "svg", "object", "div"}, html
        for name, value in tag.attrs.items():
            assert not name.lower().startswith("on"), html
            if name in {"href", "src"}:
                assert value.split(":", 1)[0].lower() in {"https", "http", "mailto"}, html


@pytest.mark.parametrize("hostile", HOSTILE_HTML)
def test_mastodon_html_is_inert(hostile):
    assert_inert(render_html(html_to_markdown(hostile).markdown))


@pytest.mark.parametrize("hostile", HOSTILE_TEXT)
def test_plain_text_is_inert_and_shown_literally(hostile):
    html = render_html(segments_to_markdown([hostile]))
    assert_inert(html)
    shown = BeautifulSoup(html, "html.parser").get_text()
    # The reader sees exactly what was posted (whitespace aside), entities included.
    assert "".join(shown.split()) == "".join(hostile.split())


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "JaVaScRiPt:x", "java\tscript:x", "data:text/html,x", "//evil", "/rel"],
)
def test_unsafe_link_targets_become_text(url):
    html = render_html(segments_to_markdown([Link("label", url)]))
    assert safe_url(url) is None
    assert_inert(html)
    assert BeautifulSoup(html, "html.parser").find("a") is None


def test_markdown_syntax_in_posts_stays_literal():
    post = (
        "# not a heading\n- not a list\n1. not a list\n> not a quote\n*not emphasis* _x_ `y`\n---"
    )
    html = render_html(segments_to_markdown([post]))
    soup = BeautifulSoup(html, "html.parser")
    assert [tag.name for tag in soup.find_all(True)] == ["p", "br", "br", "br", "br", "br"]
    assert soup.get_text().replace("\n", "|") == post.replace("\n", "|")


def test_file_names_fold_nordic_and_german_letters():
    from podium.core.slugs import slugify

    assert slugify("Smørbrød og ærlighet på Ålesund", ascii=True) == (
        "smorbrod-og-aerlighet-pa-alesund"
    )
    assert slugify("Größe zählt: Łódź", ascii=True) == "grosse-zahlt-lodz"
