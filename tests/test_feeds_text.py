"""Hostile text and relative URLs never produce an invalid or broken feed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from feeds_checks import ATOM, check_atom, check_json_feed, check_rss, html_urls
from lxml import etree
from podium.feeds import FeedAuthor, FeedImage, FeedItem, FeedSpec, render_feed
from podium.feeds.html_urls import absolute_srcset, absolutize_html
from podium.feeds.ids import canonical_id
from podium.feeds.sanitize import clean_plain_text, strip_forbidden

SITE = "https://hub.example.com/"
SPEC = FeedSpec(
    title="Hub \x0b\u202bעברית\u202c",
    home_page_url=SITE,
    rss_url=SITE + "feed.xml",
    atom_url=SITE + "atom.xml",
    json_url=SITE + "feed.json",
)
PAGE = SITE + "articles/hard-text/"

HOSTILE_TITLE = "Q&amp;A: R&D \x00\x08 ]]> done &mdash; 🚀👩🏽‍💻 שלום עולם مرحبا \ufffe"
HOSTILE_BODY = (
    "<p>Bell\x07 and escape\x1b; CDATA end ]]> and <![CDATA[ x ]]> &nbsp;&bogus; AT&T</p>"
    "<p dir='rtl'>שלום <b>עולם</b> \u200fمرحبا\u200f — 😀🇫🇷</p>"
    "<p>Lone surrogate \ud83d here; C1 \x85\x9f here; char refs &#1; &#xFFFF; ok</p>"
)


def hostile_item() -> FeedItem:
    return FeedItem(
        id=PAGE,
        url=PAGE,
        title=HOSTILE_TITLE,
        published=datetime(2026, 3, 1, 9, tzinfo=UTC),
        content_html=HOSTILE_BODY,
        summary="Summary\x0c with ]]> &amp; 🙂 and עברית",
        authors=(FeedAuthor("Zoë \x01O'Brien & שרה"),),
        categories=("R&amp;D\x02",),
        tags=("🚀 launch", "عربي"),
        image=FeedImage("card\x03.png"),
        source="articles/hard-text.md",
    )


def test_hostile_text_gives_valid_feeds_that_keep_the_visible_text() -> None:
    rendered = render_feed(SPEC, [hostile_item()])
    rss, atom, jsonfeed = (
        check_rss(rendered.rss),
        check_atom(rendered.atom),
        check_json_feed(rendered.json),
    )
    expected_title = "Q&A: R&D ]]> done — 🚀👩🏽‍💻 שלום עולם مرحبا"
    assert rss.entries[0].title == expected_title
    assert atom.entries[0].title == expected_title
    assert jsonfeed["items"][0]["title"] == expected_title
    assert rss.feed.title == atom.feed.title == "Hub \u202bעברית\u202c"

    body = jsonfeed["items"][0]["content_html"]
    for kept in (
        "]]&gt;",
        "AT&amp;T",
        "&amp;bogus;",
        "שלום <b>עולם</b>",
        "\u200fمرحبا\u200f",
        "😀🇫🇷",
    ):
        assert kept in body
    assert "\u00a0" in body  # &nbsp; became the character it names
    for gone in ("\x07", "\x1b", "\ud83d", "\x85", "\x9f", "&#1;", "\uffff", "CDATA["):
        assert gone not in body
    # The XML bodies carry exactly the JSON body: one cleaning for all three formats.
    encoded = "{http://purl.org/rss/1.0/modules/content/}encoded"
    assert etree.fromstring(rendered.rss).findtext(f"channel/item/{encoded}") == body
    assert etree.fromstring(rendered.atom).findtext(f"{ATOM}entry/{ATOM}content") == body

    assert atom.entries[0].summary == "Summary with ]]> & 🙂 and עברית"
    assert atom.entries[0].authors[0].name == "Zoë O'Brien & שרה"
    assert jsonfeed["items"][0]["tags"] == ["R&D", "🚀 launch", "عربي"]


def test_every_stripped_character_is_reported_with_item_and_field() -> None:
    rendered = render_feed(SPEC, [hostile_item()])
    reported = {(w.where, w.field) for w in rendered.warnings}
    assert reported == {
        ("feed https://hub.example.com/atom.xml", "title"),
        ("articles/hard-text.md", "title"),
        ("articles/hard-text.md", "content"),
        ("articles/hard-text.md", "summary"),
        ("articles/hard-text.md", "authors"),
        ("articles/hard-text.md", "categories"),
        ("articles/hard-text.md", "image"),
    }
    title_warning = next(w for w in rendered.warnings if w.field == "title" and "md" in w.where)
    assert str(title_warning) == (
        "articles/hard-text.md: title: removed 3 control characters that XML 1.0 forbids"
    )
    assert all(w.severity == "warning" for w in rendered.warnings)


def test_clean_text_is_unchanged_and_not_reported() -> None:
    text = "Plain — emoji 🚀, RTL \u202eעברית\u202c, tab\tand newline\nkept as spaces"
    assert strip_forbidden(text) == (text, 0)
    assert clean_plain_text(text) == (
        "Plain — emoji 🚀, RTL \u202eעברית\u202c, tab and newline kept as spaces",
        0,
    )


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ('<a href="../other/">x</a>', f'<a href="{SITE}articles/other/">x</a>'),
        ('<a href="#fn:1">1</a>', f'<a href="{PAGE}#fn:1">1</a>'),
        ('<img src="img/a.png" alt="A">', f'<img src="{PAGE}img/a.png" alt="A">'),
        ('<img src="/abs.png"/>', f'<img src="{SITE}abs.png"/>'),
        ('<img src="//cdn.example.net/x.png">', '<img src="https://cdn.example.net/x.png">'),
        (
            '<video poster="p.jpg" src="v.mp4"></video>',
            f'<video poster="{PAGE}p.jpg" src="{PAGE}v.mp4"></video>',
        ),
        (
            '<blockquote cite="../q/">q</blockquote>',
            f'<blockquote cite="{SITE}articles/q/">q</blockquote>',
        ),
        ('<a href="mailto:ada@example.com">m</a>', '<a href="mailto:ada@example.com">m</a>'),
        (
            '<a href="https://other.example/x?a=1&amp;b=2">o</a>',
            '<a href="https://other.example/x?a=1&amp;b=2">o</a>',
        ),
        ('<a href="x?a=1&amp;b=2">o</a>', f'<a href="{PAGE}x?a=1&amp;b=2">o</a>'),
    ],
)
def test_relative_urls_become_absolute(raw: str, expected: str) -> None:
    assert absolutize_html(raw, PAGE) == expected


def test_markup_that_needs_no_change_passes_through_verbatim() -> None:
    svg = (
        '<svg viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg">'
        '<use href="#icon-x"></use><path d="M0 0h24"/></svg>'
        "<picture><source srcset='https://a.example/x.webp' type='image/webp'>"
        "<img src='https://a.example/x.png' ALT=\"Big\"></picture>"
        "<custom-element data-x='1'>t</custom-element><br>"
    )
    assert absolutize_html(svg, PAGE) == svg


def test_comments_and_scripts_are_dropped() -> None:
    raw = (
        "<p>a</p><!-- more --><script>alert('<p>x</p>')</script>"
        '<script src="https://platform.example/w.js"></script><p>b</p>'
    )
    assert absolutize_html(raw, PAGE) == "<p>a</p><p>b</p>"


def test_style_content_is_copied_as_written() -> None:
    raw = "<style>a > b { content: '&amp;' }</style>"
    assert absolutize_html(raw, PAGE) == raw


@pytest.mark.parametrize(
    ("srcset", "expected"),
    [
        ("a.png 1x, b.png 2x", f"{PAGE}a.png 1x, {PAGE}b.png 2x"),
        ("a.png", f"{PAGE}a.png"),
        (" /s.png 480w ,/m.png 800w", f"{SITE}s.png 480w, {SITE}m.png 800w"),
        ("img,v1.png 1x, img,v2.png 2x", f"{PAGE}img,v1.png 1x, {PAGE}img,v2.png 2x"),
        ("a.png,b.png 2x", f"{PAGE}a.png,b.png 2x"),  # one URL: only ", " separates
        ("https://x.example/a.png 1x", "https://x.example/a.png 1x"),
    ],
)
def test_srcset_candidates_are_resolved_one_by_one(srcset: str, expected: str) -> None:
    assert absolute_srcset(srcset, PAGE) == expected


def test_content_urls_in_feeds_are_all_absolute() -> None:
    body = (
        '<p><a href="../a/">a</a> <img src="i.png" srcset="i.png 1x, i2.png 2x">'
        '<a href="#top">top</a> <a href="/tags/x/">x</a></p>'
    )
    item = FeedItem(
        id=PAGE, url=PAGE, title="t", published=datetime(2026, 1, 1, tzinfo=UTC), content_html=body
    )
    rendered = render_feed(SPEC, [item])
    check_rss(rendered.rss)  # check_* assert every URL is absolute
    check_atom(rendered.atom)
    check_json_feed(rendered.json)
    # Read the raw XML: feedparser's sanitiser drops srcset.
    description = etree.fromstring(rendered.rss).findtext("channel/item/description")
    assert html_urls(description) == [
        f"{SITE}articles/a/",
        f"{PAGE}i.png",
        f"{PAGE}i.png",
        f"{PAGE}i2.png",
        f"{PAGE}#top",
        f"{SITE}tags/x/",
    ]


def test_broken_urls_are_left_as_written() -> None:
    assert (
        absolutize_html('<a href="http://[broken/x">b</a>', PAGE)
        == '<a href="http://[broken/x">b</a>'
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (f"{SITE}a/?utm_source=x&utm_medium=y", f"{SITE}a/"),
        (f"{SITE}a/?page=2&gclid=1&q=a%20b", f"{SITE}a/?page=2&q=a%20b"),
        ("HTTPS://Hub.Example.COM/A/#frag", "https://hub.example.com/A/"),
        ("https://hub.example.com", "https://hub.example.com/"),
        ("tag:hub.example.com,2026:x?utm_source=y", "tag:hub.example.com,2026:x?utm_source=y"),
    ],
)
def test_canonical_ids(value: str, expected: str) -> None:
    assert canonical_id(value) == expected
