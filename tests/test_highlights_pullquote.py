"""Pull-quote Markdown extension: syntax, anchors, attribution, per-page numbering."""

from __future__ import annotations

import markdown
from bs4 import BeautifulSoup
from podium.core.pullquotes import extract_pullquotes

ARTICLE = """\
Intro paragraph.

/// pullquote
    attribution: Jane *Doe*
    id: trust-is-a-practice

Trust is built in small moments and kept in big ones.
///

Middle paragraph.

/// pullquote
Culture is what you do when nobody is watching & <em>nobody</em> asks.
///

/// admonition | Aside
/// pullquote
    attrs: {id: from-attrs}
Nested in an admonition.
///
///

/// pullquote | Board member
Fourth one.
///
"""


def render(text: str, md: markdown.Markdown | None = None) -> BeautifulSoup:
    md = md or markdown.Markdown(
        extensions=["podium.markdown.pullquote", "pymdownx.blocks.admonition"]
    )
    return BeautifulSoup(md.convert(text), "html.parser")


def test_renders_figure_blockquote_and_caption():
    soup = render(ARTICLE)
    figures = soup.select("figure.podium-pullquote")
    assert [f["id"] for f in figures] == [
        "trust-is-a-practice",
        "pullquote-2",
        "from-attrs",
        "pullquote-4",
    ]
    first = figures[0]
    assert [child.name for child in first.find_all(recursive=False)] == ["blockquote", "figcaption"]
    assert first.blockquote.get_text(strip=True) == (
        "Trust is built in small moments and kept in big ones."
    )
    assert first.figcaption.get_text() == "Jane Doe"
    assert first.figcaption.em.get_text() == "Doe"  # inline Markdown works in the attribution
    assert figures[1].figcaption is None
    assert figures[3].figcaption.get_text() == "Board member"
    assert figures[2].find_parent("div", class_="admonition") is not None


def test_numbering_restarts_on_each_page():
    md = markdown.Markdown(extensions=["podium.markdown.pullquote"])
    page = "/// pullquote\nOne.\n///\n\n/// pullquote\nTwo.\n///\n"
    first = [f["id"] for f in render(page, md).select("figure")]
    md.reset()
    second = [f["id"] for f in render(page, md).select("figure")]
    assert first == second == ["pullquote-1", "pullquote-2"]


def test_page_anchors_match_the_highlights_the_core_extracts():
    rendered = {
        f["id"]: (f.blockquote.get_text(strip=True), f.figcaption and f.figcaption.get_text())
        for f in render(ARTICLE).select("figure.podium-pullquote")
    }
    extracted = {q.anchor: (q.text, q.attribution) for q in extract_pullquotes(ARTICLE)}
    assert list(rendered) == list(extracted)
    assert rendered["pullquote-4"] == extracted["pullquote-4"] == ("Fourth one.", "Board member")


def test_unknown_option_is_not_a_pullquote():
    soup = render("/// pullquote\n    colour: red\nText.\n///\n")
    assert soup.find("figure") is None  # pymdownx leaves an invalid block as text


def test_text_without_the_extension_degrades_to_paragraphs():
    html = markdown.markdown("/// pullquote\nQuote.\n///\n")
    assert "Quote." in html and "<figure" not in html
