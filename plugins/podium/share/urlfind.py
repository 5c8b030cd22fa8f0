"""Find the links in a post text the way the platforms' counters do.

X and Mastodon count every link as 23 characters, so the counter must know where the links
are. We build most texts ourselves (and know where we put the link), but hand-written texts
may carry their own links. twitter-text's extractor (a large TLD table plus many rules) is
only available in Python as `twitter-text-parser`, last released 2023, pinned to Unicode 12
emoji data and importing the deprecated `pkg_resources`; so we hand-write a compact finder:
links with a scheme (any host whose labels are valid, including IDN hosts once
punycode-encoded) and bare ASCII domains whose top-level domain looks real. It errs towards
finding a link (a short word like ``node.js`` counts as 23), which only over-counts.
"""

from __future__ import annotations

import regex

# A host label: letters, digits, hyphen/underscore inside, never at either end.
_LABEL = r"[\p{L}\p{N}](?:[\p{L}\p{N}_-]*[\p{L}\p{N}])?"
_SCHEME_URL = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}@$#＃]|[/.])(?P<url>https?://(?P<host>(?:{_LABEL}\.)+{_LABEL})"
    r"(?::\d{1,5})?(?P<rest>[/?#][^\s\p{Cf}]*)?)",
    regex.IGNORECASE,
)
# Bare domains are ASCII only (twitter-text's rule) and need a plausible top-level domain.
_COMMON_TLDS = (
    "com|org|net|edu|gov|mil|int|info|biz|name|pro|dev|app|blog|news|tech|online|site|xyz|"
    "social|page|link|live|cloud|design|global|media|agency|company|digital|email|network|"
    "studio|today|world|museum|travel|jobs|mobi|aero|coop|asia|art|shop|store|club|space"
)
_BARE_URL = regex.compile(
    r"(?<![\p{L}\p{N}@$#＃_./:-])(?P<url>(?P<host>(?:[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?\.)+"
    rf"(?:{_COMMON_TLDS}|[a-z]{{2}}))(?![\p{{L}}\p{{N}}_-])(?P<rest>/[^\s\p{{Cf}}]*)?)",
    regex.IGNORECASE,
)
#: twitter-text (and Mastodon, which uses it) does not shorten links longer than this.
MAX_URL_LENGTH = 4096
# Punctuation that ends a sentence rather than a link.
_TRAILING = ".,;:!?'\"»”’)]}"


def _host_is_valid(host: str) -> bool:
    """True when every label fits DNS's 63-octet limit once punycode-encoded."""
    for label in host.split("."):
        try:
            encoded = label.encode("idna") if not label.isascii() else label.encode()
        except UnicodeError:
            return False
        if not 0 < len(encoded) <= 63:
            return False
    return True


def _trim(url: str) -> str:
    """Drop trailing sentence punctuation; keep a closing parenthesis that has its opener."""
    while url and url[-1] in _TRAILING:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url


def find_links(text: str, *, bare_domains: bool = True) -> list[tuple[int, int]]:
    """Return sorted, non-overlapping ``(start, end)`` spans of the links in ``text``."""
    spans: list[tuple[int, int]] = []
    for match in _SCHEME_URL.finditer(text):
        if not _host_is_valid(match["host"]):
            continue
        url = _trim(match["url"])
        if len(url) <= MAX_URL_LENGTH:
            spans.append((match.start("url"), match.start("url") + len(url)))
    if bare_domains:
        for match in _BARE_URL.finditer(text):
            start = match.start("url")
            if any(lo <= start < hi for lo, hi in spans) or not _host_is_valid(match["host"]):
                continue
            url = _trim(match["url"])
            if len(url) <= MAX_URL_LENGTH:
                spans.append((start, start + len(url)))
    return sorted(spans)
