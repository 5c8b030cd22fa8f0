"""The one text pipeline: Markdown/HTML to plain text, and the one shortener."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from podium.core.plaintext import (
    ELLIPSIS,
    drop_dangling_label,
    first_sentence,
    graphemes,
    html_to_plain,
    markdown_to_plain,
    plain_line,
    shorten,
    without_title,
)
from podium.share.counting import bluesky_display_url, bluesky_length
from podium.share.share_block import ShareSettings
from podium.share.share_targets import PLATFORMS
from podium.share.texts import ShareSource, post_text
from podium.share.utm import tracked_url

WRAPPED = """Our on-call rota moved into our
on-call engineers' hands &gt; R&amp;D &amp; the "grid". 🚀 Done![^1]

![a diagram](diagram.png) Second paragraph with [a link](https://example.com/x)
and a bare https://example.com/raw/link address.

[^1]: A footnote nobody shares.
"""


def test_markdown_to_plain_joins_soft_wraps_keeps_paragraphs_and_decodes_once():
    text = markdown_to_plain(WRAPPED)
    assert text.split("\n\n") == [
        'Our on-call rota moved into our on-call engineers\' hands > R&D & the "grid". 🚀 Done!',
        "Second paragraph with a link and a bare https://example.com/raw/link address.",
    ]
    assert "diagram" not in text and "footnote" not in text and "[^1]" not in text


def test_dropping_links_removes_bare_addresses_and_the_label_they_leave_dangling():
    text = markdown_to_plain(
        "Grids are software now. Les mer: https://example.com/a", drop_links=True
    )
    assert text == "Grids are software now."
    assert drop_dangling_label("Worth reading. Read more 👉") == "Worth reading."
    assert drop_dangling_label("Worth it, more:") == "Worth it"
    assert drop_dangling_label("More is more") == "More is more"  # a word, not a label
    assert markdown_to_plain("Read more about grids", drop_links=True) == "Read more about grids"


def test_html_to_plain_keeps_line_breaks_apart_from_source_newlines():
    html = "<p>one\ntwo<br>three</p><p>four &amp;amp; five</p><script>x</script>"
    assert html_to_plain(html) == "one two\nthree\n\nfour &amp; five"


@pytest.mark.parametrize(
    ("raw", "plain"),
    [
        ("Press &amp; media", "Press & media"),
        ("R&D", "R&D"),
        ("AT&T &gt; them", "AT&T > them"),
        ("A staff engineer&#39;s job", "A staff engineer's job"),
        ("two\nlines\x07", "two lines"),
    ],
)
def test_plain_line_decodes_entities_exactly_once(raw, plain):
    assert plain_line(raw) == plain


def test_shorten_prefers_sentences_then_words_and_never_splits_graphemes():
    text = (
        "Dunkelflaute ist kein Randfall, sondern der Fall, für den wir Prognosen bauen. "
        "Wer nur den Durchschnitt optimiert, optimiert für die ruhigen Stunden."
    )
    assert shorten(text, 100) == text.split(" Wer")[0]  # a whole sentence, no ellipsis
    cut = shorten(text, 40)
    assert cut.endswith(ELLIPSIS) and text.startswith(cut[:-1]) and cut[-2] != " "
    family = "👨‍👩‍👧" * 5
    assert shorten(family, 3) == "👨‍👩‍👧👨‍👩‍👧" + ELLIPSIS


def test_shorten_drops_a_later_paragraph_rather_than_leave_a_fragment():
    text = "A title that stands alone\n\nPart 2 of my series on reliable grid software and on-call"
    assert shorten(text, 40) == "A title that stands alone"


def test_first_sentence_and_title_repetition():
    thread = "Six ways to get help #leadership 1/ Get help early.\n\nSecond post."
    assert first_sentence(thread) == "Six ways to get help #leadership 1/ Get help early."
    text = "Grid software is a people problem. Hire the operators before the coders, always."
    assert without_title(text, "Grid software is a people problem") == (
        "Hire the operators before the coders, always."
    )
    assert without_title("Same words.", "Same words") == ""


def test_bluesky_counts_a_link_as_its_composer_displays_it():
    # social-app src/lib/strings/url-helpers.ts toShortUrl
    assert bluesky_display_url("https://example.com/") == "example.com"
    assert bluesky_display_url("https://example.com/short/") == "example.com/short/"
    long = "https://example.com/articles/a-long-slug/?utm_source=bluesky"
    assert bluesky_display_url(long) == "example.com/articles/a-l..."
    assert bluesky_length(f"Read {long}") == len("Read example.com/articles/a-l...")


# -- property: no generated text is ever over its platform's limit -------------------------

_WORDS = st.sampled_from(
    [
        "grid", "Dunkelflaute", "réseau", "søknad", "R&D", "&gt;", "l'équipe", "«\u00a0oui\u00a0»",
        "日本語の文章", "🚀", "👨‍👩‍👧", "🇳🇴", "👍🏽", "#leadership", "14\u00a0h.", "https://x.org/a",
        "a.", "why?", "—", "\n", "\n\n", "supercalifragilisticexpialidocious" * 3, "ا", "עברית",
    ]
)  # fmt: skip
_TEXT = st.lists(_WORDS, max_size=120).map(" ".join)
_SLUG = st.text("abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=180)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    title=_TEXT,
    description=_TEXT,
    slug=_SLUG,
    hashtags=st.lists(st.sampled_from(["ai", "leadership", "Energiewende", "énergie"]), max_size=4),
    platform=st.sampled_from(sorted(PLATFORMS)),
    kind=st.sampled_from(["article", "highlight"]),
)
def test_no_generated_text_is_over_its_platform_limit(
    title, description, slug, hashtags, platform, kind
):
    url = f"https://hub.example.com/articles/{slug}/"
    source = ShareSource(
        "a.md",
        title or "Untitled",
        url,
        slug,
        description,
        ShareSettings(hashtags=tuple(hashtags)),
        kind,
        text=description if kind == "highlight" else "",
    )
    link = tracked_url(url, platform=platform, campaign=slug, content="team-member")
    post, _ = post_text(source, platform, link)
    limit = PLATFORMS[platform].limit
    assert limit is None or post.length <= limit
    assert post.length == PLATFORMS[platform].length(post.post)
    if kind == "article" and post.shortened and title.strip():
        # a cut that starts with words keeps whole clusters: the post's first grapheme is
        # the title's first grapheme
        assert graphemes(post.text)[:1] == graphemes(plain_line(title))[:1] or not post.text


def test_an_article_without_description_is_described_by_its_opening_not_its_title():
    from podium.core.plaintext import article_description

    excerpt = (
        "Grid Code\n\nThe grid code is\nsoftware now & it needs owners. " + "More words. " * 30
    )
    described = article_description("", excerpt, "Grid Code")
    assert described.startswith("The grid code is software now & it needs owners.")
    assert len(described) <= 200 and "\n" not in described
    assert article_description("R&amp;D &gt; hype", excerpt, "Grid Code") == "R&D > hype"


def test_category_labels_per_language_fall_back_to_the_name():
    from podium.core.hub import SiteInfo

    site = SiteInfo("Hub", category_labels=(("Leadership", (("de", "Führung"),)),))
    assert site.category_label("Leadership", "de-AT") == "Führung"
    assert site.category_label("Leadership", "fr") == "Leadership"
    assert site.category_label("Teams", "de") == "Teams"
