"""Count a post text the way each platform counts it.

Graphemes come from the ``regex`` module's ``\\X`` (extended grapheme clusters, kept current
with each Unicode release); ``grapheme`` on PyPI has not been released since 2020 and lags
behind new emoji sequences. X's weighting (twitter-text v3, ``config/v3.json``) is
hand-written here for the reasons given in :mod:`podium.share.urlfind`.
"""

from __future__ import annotations

import contextlib
import unicodedata
from collections.abc import Callable
from urllib.parse import urlsplit

import regex

from podium.core import plaintext
from podium.share.urlfind import find_links

#: twitter-text ``config/v3.json``
X_MAX_WEIGHTED_LENGTH = 280
X_SCALE = 100
X_DEFAULT_WEIGHT = 200
X_RANGES = ((0, 4351, 100), (8192, 8205, 100), (8208, 8223, 100), (8242, 8247, 100))
#: X's t.co links and Mastodon's URL placeholder both cost 23.
LINK_WEIGHT = 23

# Characters in X_RANGES (weight 100), as one character class built from the same table.
_X_LIGHT = regex.compile(
    "[" + "".join(f"\\U{low:08x}-\\U{high:08x}" for low, high, _ in X_RANGES) + "]"
)
# A grapheme with any of these is an emoji sequence (ZWJ families, skin tones, flags,
# keycaps). Text-default pictographs such as (c) count too: over-counting by one is safer
# than a post the platform refuses.
_EMOJI = regex.compile(r"\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3")
_MASTODON_MENTION = regex.compile(r"(?<![\w/])@(\w+(?:[.-]+\w+)*)@[\w.-]+\w", regex.ASCII)


graphemes = plaintext.graphemes


def is_emoji(cluster: str) -> bool:
    """True when a grapheme cluster is an emoji (sequence)."""
    return bool(_EMOJI.search(cluster))


def _char_weight(char: str) -> int:
    code = ord(char)
    for low, high, weight in X_RANGES:
        if low <= code <= high:
            return weight
    return X_DEFAULT_WEIGHT


def _pieces(text: str, *, bare_domains: bool) -> list[tuple[bool, str]]:
    """Split into ``(is_link, piece)`` runs."""
    pieces: list[tuple[bool, str]] = []
    position = 0
    for start, end in find_links(text, bare_domains=bare_domains):
        pieces.append((False, text[position:start]))
        pieces.append((True, text[start:end]))
        position = end
    pieces.append((False, text[position:]))
    return [piece for piece in pieces if piece[1]]


def x_length(text: str) -> int:
    """X's weighted length: twitter-text v3 (NFC, links 23, emoji 2, CJK 2, Latin 1)."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    total = 0
    for is_link, piece in _pieces(text, bare_domains=True):
        if is_link:
            total += LINK_WEIGHT * X_SCALE
            continue
        total += _x_piece_weight(piece)
    return total // X_SCALE


def _x_piece_weight(piece: str) -> int:
    """Weight of link-free text. A non-emoji cluster weighs the sum of its characters, so
    clusters only need splitting when the piece holds an emoji (the common case has none)."""
    if not _EMOJI.search(piece):
        light = len(_X_LIGHT.findall(piece))
        return light * X_SCALE + (len(piece) - light) * X_DEFAULT_WEIGHT
    total = 0
    for cluster in graphemes(piece):
        if is_emoji(cluster):
            total += X_DEFAULT_WEIGHT
        else:
            total += sum(_char_weight(char) for char in cluster)
    return total


def grapheme_length(text: str) -> int:
    """Extended grapheme clusters."""
    return len(graphemes(text))


#: bluesky-social/social-app ``src/lib/strings/url-helpers.ts`` ``toShortUrl``: a link's
#: display text keeps at most this many characters of its path + query + fragment...
BLUESKY_PATH_KEEP = 13
#: ...when that part is longer than this, and then ends with "...".
BLUESKY_PATH_MAX = 15


def bluesky_display_url(url: str) -> str:
    """The text Bluesky's composer puts in the post for a link (``toShortUrl``): the host,
    then path + query + fragment cut to 13 characters and "..." when over 15. The facet
    keeps the full address; the record's 300-grapheme limit counts this shortened text."""
    parts = urlsplit(url if "://" in url else f"https://{url}")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return url
    host = parts.hostname
    with contextlib.suppress(UnicodeError):  # WHATWG URL: the host is punycoded
        host = host.encode("idna").decode("ascii") if not host.isascii() else host
    if parts.port is not None:
        host = f"{host}:{parts.port}"
    path = "" if parts.path in ("", "/") else parts.path
    path += f"?{parts.query}" if parts.query else ""
    path += f"#{parts.fragment}" if parts.fragment else ""
    if len(path.encode("utf-16-le")) // 2 > BLUESKY_PATH_MAX:
        return host + path[:BLUESKY_PATH_KEEP] + "..."
    return host + path


def bluesky_length(text: str) -> int:
    """Bluesky's count as its composer makes it: graphemes after each link is replaced by
    its display form (``shortenLinks(richtext).graphemeLength`` in social-app)."""
    total = 0
    for is_link, piece in _pieces(text, bare_domains=True):
        total += grapheme_length(bluesky_display_url(piece) if is_link else piece)
    return total


def mastodon_length(text: str) -> int:
    """Mastodon's ``StatusLengthValidator``: graphemes, each http(s) link 23, mentions
    counted without their domain."""
    text = _MASTODON_MENTION.sub(r"@\1", text)
    total = 0
    for is_link, piece in _pieces(text, bare_domains=False):
        total += LINK_WEIGHT if is_link else grapheme_length(piece)
    return total


def threads_length(text: str) -> int:
    """Threads: characters, but "emojis are counted as the number of UTF-8 bytes"."""
    clusters = graphemes(text)
    if not _EMOJI.search(text):
        return len(clusters)
    return sum(len(cluster.encode("utf-8")) if is_emoji(cluster) else 1 for cluster in clusters)


def utf16_length(text: str) -> int:
    """What a JavaScript composer's ``maxlength`` sees (LinkedIn, Facebook, Reddit)."""
    return len(text.encode("utf-16-le")) // 2


def utf8_length(text: str) -> int:
    """Bytes, for limits stated in bytes (Bluesky's 3,000-byte record limit)."""
    return len(text.encode("utf-8"))


Counter = Callable[[str], int]
