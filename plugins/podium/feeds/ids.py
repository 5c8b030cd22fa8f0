"""Stable entry ids: the canonical URL, never with campaign or click-tracking parameters.

A feed reader keys its "already read" state on the id. If a share link with
``?utm_source=linkedin`` ever leaked into an id, every subscriber would see the post again
as new, so ids are normalised here: tracking parameters and the fragment are dropped, the
scheme and host are lower-cased, everything else (path, other parameters, their order and
their encoding) is kept byte for byte.
"""

from __future__ import annotations

from urllib.parse import unquote_plus, urlsplit, urlunsplit

TRACKING_PREFIXES = ("utm_",)
TRACKING_KEYS = frozenset(
    {
        "_hsenc",
        "_hsmi",
        "dclid",
        "fbclid",
        "gbraid",
        "gclid",
        "igshid",
        "li_fat_id",
        "mc_cid",
        "mc_eid",
        "mkt_tok",
        "msclkid",
        "twclid",
        "wbraid",
        "yclid",
    }
)


def is_tracking_parameter(name: str) -> bool:
    """True for ``utm_*`` and the click ids of the big ad platforms (case-insensitive)."""
    key = name.lower()
    return key.startswith(TRACKING_PREFIXES) or key in TRACKING_KEYS


def is_absolute_http_url(value: str) -> bool:
    """True for ``http://host/...`` and ``https://host/...``: what RSS calls a permalink."""
    parts = urlsplit(value)
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def canonical_id(value: str) -> str:
    """Return the id a feed should use for ``value`` (a URL, or any other URI as is).

    Only http(s) URLs are rewritten; ``tag:`` or ``urn:`` ids are already opaque and stable.
    """
    value = value.strip()
    if not is_absolute_http_url(value):
        return value
    parts = urlsplit(value)
    # Split by hand rather than parse_qsl + urlencode, which would re-encode the values
    # that remain ("%20" -> "+") and so change ids that were fine.
    kept = [
        pair
        for pair in parts.query.split("&")
        if pair and not is_tracking_parameter(unquote_plus(pair.split("=", 1)[0]))
    ]
    return urlunsplit(
        (parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", "&".join(kept), "")
    )
