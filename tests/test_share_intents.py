"""Every intent URL decodes back to exactly the text, title and link we meant to share."""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

import pytest
from podium.share.intents import (
    InvalidInstance,
    email_url,
    intent_url,
    mastodon_share_url,
    normalize_instance,
)
from podium.share.share_targets import PLATFORM_IDS

NASTY = "Quotes \"x\" & 'y' #1 100% a+b=c\nnew line 😀 مرحبا <script>alert(1)</script>"
LINK = "https://example.com/articles/a/?utm_source=x&utm_campaign=a%20b"


def decode(url: str) -> tuple[str, str, dict[str, str]]:
    """Split an intent URL into base, path and strictly percent-decoded parameters."""
    parts = urlsplit(url)
    params: dict[str, str] = {}
    for pair in parts.query.split("&"):
        key, _, value = pair.partition("=")
        assert key not in params, f"duplicate parameter {key}"
        # RFC 3986: only unreserved characters may stay raw; '+' would be ambiguous.
        assert all(c.isalnum() or c in "-._~%" for c in value), value
        params[key] = unquote(value, errors="strict")
    return f"{parts.scheme}://{parts.netloc}" if parts.netloc else parts.scheme, parts.path, params


EXPECTED = {
    "x": ("https://x.com", "/intent/tweet", {"text": NASTY, "url": LINK}),
    "linkedin": ("https://www.linkedin.com", "/sharing/share-offsite/", {"url": LINK}),
    "facebook": ("https://www.facebook.com", "/sharer/sharer.php", {"u": LINK}),
    "bluesky": ("https://bsky.app", "/intent/compose", {"text": NASTY}),
    "mastodon": ("https://mastodon.example", "/share", {"text": NASTY}),
    "threads": ("https://www.threads.com", "/intent/post", {"text": NASTY, "url": LINK}),
    "reddit": ("https://www.reddit.com", "/submit", {"url": LINK, "title": NASTY}),
    "hackernews": ("https://news.ycombinator.com", "/submitlink", {"u": LINK, "t": NASTY}),
    "whatsapp": ("https://api.whatsapp.com", "/send", {"text": NASTY}),
    "telegram": ("https://t.me", "/share/url", {"url": LINK, "text": NASTY}),
    "email": ("mailto", "", {"subject": "Title", "body": NASTY.replace("\n", "\r\n")}),
}


@pytest.mark.parametrize("platform", PLATFORM_IDS)
def test_intent_parameters_decode_to_the_inputs(platform):
    url = intent_url(
        platform, text=NASTY, link=LINK, title="Title", mastodon_instance="mastodon.example"
    )
    assert decode(url) == EXPECTED[platform]
    assert "+" not in url  # spaces are %20 and a literal + is %2B
    assert "\n" not in url and " " not in url


def test_every_platform_has_an_expectation():
    assert set(EXPECTED) == set(PLATFORM_IDS)


def test_link_inside_text_sends_no_separate_link():
    url = intent_url("x", text=f"Read {LINK} now", link=LINK, link_in_text=True)
    assert decode(url)[2] == {"text": f"Read {LINK} now"}


def test_mastodon_without_instance_has_no_url():
    assert intent_url("mastodon", text="hi", link=LINK) == ""


def test_email_follows_rfc_6068():
    url = email_url("A & B", "line 1\nline 2\r\nline 3 a+b")
    assert url.startswith("mailto:?subject=A%20%26%20B&body=")
    assert "%0D%0A" in url and "%0A" not in url.replace("%0D%0A", "")
    assert decode(url)[2]["body"] == "line 1\r\nline 2\r\nline 3 a+b"
    assert "%2B" in url


@pytest.mark.parametrize(
    ("raw", "host"),
    [
        ("mastodon.social", "mastodon.social"),
        ("https://Mastodon.Social/", "mastodon.social"),
        ("@me@hachyderm.io", "hachyderm.io"),
        ("me@fosstodon.org/about", "fosstodon.org"),
        ("bücher.example", "xn--bcher-kva.example"),
    ],
)
def test_instances_are_normalized(raw, host):
    assert normalize_instance(raw) == host
    assert mastodon_share_url(raw, "x").startswith(f"https://{host}/share?text=x")


@pytest.mark.parametrize(
    "raw", ["", "localhost", "javascript:alert(1)", 'evil.com"><script>', "a b.com", "-x.com"]
)
def test_bad_instances_are_refused(raw):
    with pytest.raises(InvalidInstance):
        normalize_instance(raw)


def test_one_registry_names_every_platform_and_agrees_with_card_presets():
    from podium.cards.presets import DEFAULT_PRESETS
    from podium.core.platforms import NETWORKS, card_byte_limits, display_name

    assert display_name("threads") == "Threads" and NETWORKS["threads"].domain == "threads.com"
    assert NETWORKS["threads"].profile.url.startswith("https://www.threads.com/")
    assert display_name("github") == "GitHub" and display_name("someplace") == "Someplace"
    limits = card_byte_limits()
    for network in NETWORKS.values():
        for preset in network.card_presets:
            if preset in DEFAULT_PRESETS:  # the budget Podium aims for is under the hard limit
                assert DEFAULT_PRESETS[preset].max_bytes <= limits[network.id], preset
    # the og card goes everywhere: under the strictest limit
    assert DEFAULT_PRESETS["og"].max_bytes <= min(limits.values())
