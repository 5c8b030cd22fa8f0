"""Post texts: where they come from, how they are fitted, what is reported."""

from __future__ import annotations

import pytest
from podium.core.plaintext import ELLIPSIS, shorten
from podium.share.counting import bluesky_display_url, grapheme_length, x_length
from podium.share.share_block import normalize_hashtag, parse_share_settings
from podium.share.share_targets import PLATFORM_IDS, PLATFORMS
from podium.share.texts import ShareSource, post_text

LINK = "https://example.com/articles/a/?utm_source=x&utm_medium=social&utm_campaign=a"


def source(share=None, title="A title", description="A description.", **kw) -> ShareSource:
    settings, problems = parse_share_settings(share, "articles/a.md", 3)
    assert not [p for p in problems if p.severity == "error"]
    kw.setdefault("line", 3)
    return ShareSource(
        "articles/a.md", title, "https://example.com/articles/a/", "a", description, settings, **kw
    )


def test_generated_text_is_title_description_hashtags():
    post, problems = post_text(source({"hashtags": ["AI", "#Boards"]}), "bluesky", LINK)
    assert post.post == f"A title\n\nA description.\n\n#AI #Boards\n\n{LINK}"
    assert post.text == post.post  # Bluesky has no link parameter
    assert not post.hand_written and not post.shortened and problems == []


def test_x_text_leaves_link_to_its_parameter_but_counts_it():
    post, _ = post_text(source(), "x", LINK)
    assert post.text == "A title\n\nA description."
    assert not post.link_in_text
    assert post.length == x_length(post.text) + 1 + 23


def test_shared_text_replaces_title_and_description():
    post, _ = post_text(source({"text": "Hear me out.", "hashtags": "ai"}), "mastodon", LINK)
    assert post.post == f"Hear me out.\n\n#ai\n\n{LINK}"
    assert not post.hand_written


def test_per_platform_text_is_used_as_written_plus_missing_hashtags():
    post, problems = post_text(source({"x": "Just for X", "hashtags": ["AI"]}), "x", LINK)
    assert post.text == "Just for X\n\n#AI" and post.hand_written and problems == []
    post, _ = post_text(source({"x": "Just for #ai fans", "hashtags": ["AI"]}), "x", LINK)
    assert post.text == "Just for #ai fans"


def test_link_placeholder_puts_the_link_inside():
    post, _ = post_text(source({"x": "See {url} today"}), "x", LINK)
    assert post.text == f"See {LINK} today" and post.link_in_text


@pytest.mark.parametrize("platform", ["x", "bluesky", "mastodon", "threads"])
def test_long_generated_text_is_shortened_with_a_warning(platform):
    long = " ".join(f"word{i}" for i in range(400))
    post, problems = post_text(source({"hashtags": ["AI"]}, description=long), platform, LINK)
    limit = PLATFORMS[platform].limit
    assert post.shortened and post.length <= limit
    assert post.length > limit - 12  # it uses the room it has
    assert ELLIPSIS + "\n\n#AI" in post.post  # cut before the hashtags, which survive
    cut = post.post.split(ELLIPSIS)[0].split()[-1]
    assert cut in long.split()  # at a word boundary
    [problem] = problems
    assert problem.severity == "warning" and problem.field == f"share.{platform}"
    assert str(problem).startswith(f"articles/a.md:3: share.{platform}: ")


def test_cjk_text_without_spaces_is_cut_between_characters():
    post, _ = post_text(source(title="日本語" * 200, description=""), "x", LINK)
    assert post.shortened and post.text.endswith(ELLIPSIS)
    assert post.length <= 280 and x_length(post.text) == 280 - 24


def test_hand_written_text_over_its_limit_is_an_error():
    post, problems = post_text(source({"bluesky": "word " * 80}), "bluesky", LINK)
    [problem] = problems
    assert problem.severity == "error" and problem.field == "share.bluesky"
    assert "over the limit of 300" in problem.message
    assert post.fits  # the share link still works, shortened


def test_emoji_heavy_text_counts_differently_per_platform():
    text = "\U0001f680" * 130
    bsky, bsky_problems = post_text(source({"bluesky": text}), "bluesky", LINK)
    _threads, threads_problems = post_text(source({"threads": text}), "threads", LINK)
    # Bluesky counts graphemes, the link as its composer shows it (host + 13 characters).
    shown = bsky.post.replace(LINK, bluesky_display_url(LINK))
    assert bsky_problems == [] and grapheme_length(shown) == bsky.length == 130 + 2 + len(
        "example.com/articles/a/?..."
    )
    assert [p.severity for p in threads_problems] == ["error"]  # 130 x 4 bytes > 500


def test_titles_for_link_aggregators_ignore_hashtags_and_descriptions():
    post, problems = post_text(source({"hashtags": ["x"]}, title="T " * 50), "hackernews", LINK)
    assert post.text.endswith(ELLIPSIS) and post.length <= 80
    assert "#x" not in post.text and problems[0].severity == "warning"


def test_nasty_title_passes_through_untouched():
    title = 'He said "no" & <b>left</b> #1 at 100%\nמחר 😀'
    post, _ = post_text(source(title=title, description=""), "x", LINK)
    assert post.text == title.replace("\n", " ")


@pytest.mark.parametrize("platform", PLATFORM_IDS)
def test_every_platform_builds_a_fitting_post(platform):
    post, _ = post_text(source({"hashtags": ["AI"]}), platform, LINK)
    assert post.fits and LINK in (post.post if post.link_in_text else post.post + post.link)


def test_shorten_prefers_word_boundaries_and_strips_trailing_punctuation():
    assert shorten("one two, three", lambda t: len(t) <= 9) == "one two…"
    assert shorten("short", lambda t: len(t) <= 9) == "short"
    assert shorten("abcdefghij", lambda t: len(t) <= 4) == "abc…"
    assert shorten("abc", lambda t: False) == ""


def test_settings_validation_reports_bad_input():
    settings, problems = parse_share_settings(
        {"txt": "x", "hashtags": ["ok", "123", {"a": 1}], "x": ["bad"], "mastodon": False},
        "a.md",
        7,
    )
    messages = {(p.field, p.severity) for p in problems}
    assert ("share.txt", "warning") in messages
    assert any("did you mean 'text'" in p.message for p in problems)
    assert ("share.hashtags", "error") in messages  # the mapping
    assert ("share.hashtags", "warning") in messages  # the all-digit tag
    assert ("share.x", "error") in messages
    assert settings.hashtags == ("ok",)
    assert not settings.override("mastodon").enabled
    _, problems = parse_share_settings("text", "a.md")
    assert problems[0].field == "share" and problems[0].severity == "error"


def test_hashtags_lose_spaces_and_punctuation():
    assert normalize_hashtag("#Machine learning") == "Machinelearning"
    assert normalize_hashtag("C-suite!") == "Csuite"
    assert normalize_hashtag("日本") == "日本"


def test_a_highlight_posts_its_own_words():
    post, _ = post_text(source(text="Culture eats strategy.\nEvery time."), "mastodon", LINK)
    assert post.post == f"Culture eats strategy.\nEvery time.\n\n{LINK}"


def test_hashtags_give_way_to_a_hand_written_text_that_fits_alone():
    own = "w" * (280 - 24 - 3)
    post, problems = post_text(source({"x": own, "hashtags": ["Leadership"]}), "x", LINK)
    assert post.text == own and problems == []


def test_a_shortened_shared_text_is_never_reported_quietly():
    long = "word " * 100
    _, generated = post_text(source(description=long), "x", LINK)
    _, shared = post_text(source({"text": long}), "x", LINK)
    assert [p.kind for p in generated] == ["shortened"]
    assert [p.kind for p in shared] == [""] and "share text shortened" in shared[0].message
