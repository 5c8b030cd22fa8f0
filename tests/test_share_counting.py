"""Length counting against the platforms' own published examples.

X: twitter-text conformance data, ``conformance/tests/validate.yml`` sections
``WeightedTweetsWithDiscountedEmojiCounterTest`` (config v3) and
``UnicodeDirectionalMarkerCounterTest``; long repetitive texts are rebuilt from their parts
and checked against the published length in code units before use.
Mastodon: ``spec/validators/status_length_validator_spec.rb``.
"""

from __future__ import annotations

import pytest
from podium.share.counting import (
    grapheme_length,
    mastodon_length,
    threads_length,
    utf8_length,
    utf16_length,
    x_length,
)
from podium.share.urlfind import find_links

POEM = (
    "故人西辞黄鹤楼，烟花三月下扬州。孤帆远影碧空尽，唯见长江天际流。朱雀桥边野草花，乌衣巷口夕阳斜。"
    "旧时王谢堂前燕，飞入寻常百姓家。朝辞白帝彩云间，千里江陵一日还。两岸猿声啼不住，轻舟已过万重山。"
    "泪湿罗巾梦不成，夜深前殿按歌声。红颜未老恩先断，斜倚薰笼坐到明。独在异乡为异客，每逢佳节倍思亲。"
    "遥知兄弟登高处，遍插茱萸少一人。"
)
FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466"
KANA = "あいうえおかきくけこ"
PUNCTUATION = (
    "This is a tweet with general punctuation characters: "
    "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b"
    " ‐ ‑ ‒ – — ― ‖  ‗ ‘ ’ ‚ ‛ “ ” „ ‟ ′ ″ ‴ ‵ ‶ ‷"
)

# (description, text, expected weightedLength, published displayRangeEnd + 1 = UTF-16 units)
X_CONFORMANCE = [
    ("Regular Tweet with url", "Hi http://test.co", 26, 17),
    ("Just url", "http://test.co", 23, 14),
    ("Long tweet, overflow at char index 280", "285 chars-" + "xxxxxxxxxx-" * 25, 285, 285),
    (
        "Long tweet with url in the middle",
        "285 chars- http://www.twitter.com/jack " + "xxxxxxxxxx-" * 24,
        299,
        303,
    ),
    (
        "Long tweet with url at the end",
        "xxxxxxxxxx-" * 24 + " http://www.twitter.com/jack ",
        289,
        293,
    ),
    ("10 url string, no overflow", "https://www.twitter.com/aloha " * 10, 240, 300),
    ("160 CJK char", POEM, 320, 160),
    ("160 emoji char", "\U0001f637" * 160, 320, 320),
    ("3 latin char + 160 CJK char", "the" + POEM, 323, 163),
    (
        "282 chars with a normalized character",
        "282 chars-" + "xxxxxxxxxx-" * 24 + "xxxxxA\u0301x",
        281,
        282,
    ),
    ("'Á' is normalized into 1 char", "A\u0301B", 2, 3),
    ("שּׁ is normalized into 3 chars", "A\ufb2c", 4, 2),
    ("mix of single and double word characters", "H\U0001f431\u263a" + FAMILY, 7, 15),
    ("emoji inside the BMP", "\U0001f637\U0001f47e\U0001f621\U0001f525\U0001f4a9", 10, 10),
    ("skin tone and ZWJ", "\U0001f64b\U0001f3fd\U0001f468\u200d\U0001f3a4", 4, 9),
    ("general punctuation, no ZWJ/ZWNJ", PUNCTUATION, 110, 110),
    ("64 character domain without protocol", "randomurl" * 7 + "s.com", 68, 68),
    (
        "> 63 punycode chars in the host: not a link",
        KANA * 12 + " http://" + KANA * 5 + "あいう.com",
        358,
        185,
    ),
    (
        "< 63 punycode chars in the host: a link",
        KANA * 12 + " http://" + KANA * 5 + "あい.com",
        264,
        184,
    ),
    ("140 family emoji", FAMILY * 140, 280, 1540),
    (
        "Unicode 10.0 emoji",
        "Unicode 10.0 emoji: \U0001f92a; \U0001f9d5; \U0001f9d5\U0001f3fe; "
        "\U0001f3f4\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f",
        34,
        48,
    ),
    (
        "Unicode 9.0 emoji",
        "Unicode 9.0 emoji: \U0001f920; \U0001f483; \U0001f483\U0001f3fe",
        29,
        31,
    ),
    # UnicodeDirectionalMarkerCounterTest
    ("invalid characters", "ABC\u202a\uffffABC\ufffe", 12, 9),
    (
        "directional characters around a link",
        "\u2066\u202ahttp://foobar.پاکستان/\u202c\u2069",
        31,
        26,
    ),
]


@pytest.mark.parametrize(
    ("text", "expected", "units"),
    [case[1:] for case in X_CONFORMANCE],
    ids=[case[0] for case in X_CONFORMANCE],
)
def test_x_weighted_length_matches_twitter_text_conformance(text, expected, units):
    assert utf16_length(text) == units  # the example was transcribed faithfully
    assert x_length(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This is a test.", 15),
        ("http://test.com", 23),
        ("https://test.com", 23),
        ("test.com", 23),
        ("Test https://test.com test https://test.com test.com test", 86),
    ],
)
def test_x_counts_links_as_23(text, expected):
    # conformance/validate.yml "lengths" section (unchanged by the weighting rules)
    assert x_length(text) == expected


@pytest.mark.parametrize(
    ("text", "links"),
    [
        ("Read https://example.com/a?b=c&d=e.", ["https://example.com/a?b=c&d=e"]),
        (
            "(see https://en.wikipedia.org/wiki/Foo_(bar))",
            ["https://en.wikipedia.org/wiki/Foo_(bar)"],
        ),
        ("t.co and foo.co.jp", ["t.co", "foo.co.jp"]),
        ("mail me@example.com", []),
        ("version 1.2.3 and e.g. this", []),
        ("ftp://example.com/", []),
    ],
)
def test_find_links(text, links):
    assert [text[a:b] for a, b in find_links(text)] == links


def test_mastodon_status_length_validator_examples():
    base = "http://" + "b" * 30 + ".com/example"
    assert mastodon_length("a" * 476 + " " + base) == 500  # links count 23
    assert mastodon_length("a" * 476 + base) > 500  # not autolinkable: counted in full
    assert mastodon_length("http://example.com/valid?" + "#foo?" * 1000) > 500  # too long
    remote = "a" * (500 - 1 - len("@alice")) + " @alice@" + "b" * 30 + ".com"
    assert mastodon_length(remote) == 500  # only the front part of a remote username


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hello", 5),
        (FAMILY, 1),  # ZWJ sequence
        ("\U0001f1fa\U0001f1f8", 1),  # flag: regional indicator pair
        ("\U0001f44d\U0001f3fd", 1),  # skin tone modifier
        ("e\u0301", 1),  # combining accent
        ("\u1100\u1161\u11a8", 1),  # Hangul L V T
        ("नि", 1),  # Devanagari consonant + vowel sign
        ("\r\n", 1),
        ("مرحبا", 5),  # right-to-left letters
    ],
)
def test_bluesky_counts_grapheme_clusters(text, expected):
    assert grapheme_length(text) == expected


def test_bluesky_byte_budget_is_separate():
    assert utf8_length("\U0001f637") == 4
    assert grapheme_length("\U0001f637" * 300) == 300


def test_threads_counts_emoji_as_utf8_bytes():
    assert threads_length("abc") == 3
    assert threads_length("\U0001f637") == 4
    assert threads_length(FAMILY) == len(FAMILY.encode("utf-8")) == 25
    assert threads_length("日本") == 2  # only emoji are counted in bytes


def test_linkedin_counts_utf16_units():
    assert utf16_length("a\U0001f637") == 3
