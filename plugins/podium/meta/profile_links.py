"""Profile links: turn what an author wrote (URL or handle) into checked absolute URLs.

Authors write ``x: "@jane"``, ``mastodon: "@jane@social.example"`` or full URLs. Everything
that ends up in ``sameAs``, ``rel="me"`` or ``twitter:creator`` must be a real URL or handle:
a value such as ``"Jane Doe"`` is reported, never published as ``@Jane Doe``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from podium.core import fields
from podium.core.errors import Problem
from podium.core.platforms import NETWORKS, display_name

_X_HANDLE = NETWORKS["x"].profile.handle  # type: ignore[union-attr]

_X_HOSTS = {"x.com", "www.x.com", "twitter.com", "www.twitter.com", "mobile.twitter.com"}
# First path segments of x.com that are pages, not accounts.
_X_RESERVED = {
    "search",
    "home",
    "intent",
    "share",
    "i",
    "explore",
    "hashtag",
    "settings",
    "messages",
}


def is_absolute_url(value: object, *, schemes: tuple[str, ...] = ("http", "https")) -> bool:
    """True for ``https://host/...``-style URLs (no spaces, a real host)."""
    if not isinstance(value, str) or not value or any(ch.isspace() for ch in value):
        return False
    try:  # the one scheme allow-list (core.fields.link), then a real-looking host
        fields.link(value, schemes=frozenset(schemes), relative=False)
    except fields.FieldError:
        return False
    host = urlsplit(value).hostname or ""
    return bool(host) and ("." in host or host == "localhost")


@dataclass(frozen=True)
class ProfileLink:
    """One social profile: ``network`` key as written, absolute ``url``, optional ``handle``."""

    network: str
    url: str
    handle: str = ""

    @property
    def label(self) -> str:
        return display_name(self.network)


def resolve_profile(network: str, value: object) -> ProfileLink | str:
    """A ``ProfileLink`` for a URL or a handle of a known network, else an error message."""
    if is_absolute_url(value):
        url = str(value)
        return ProfileLink(network, url, _handle_from_url(network, url))
    known = NETWORKS.get(network.lower())
    rule = known.profile if known else None
    if isinstance(value, str) and rule is not None:
        pattern, template, _example = rule.handle, rule.url, rule.example
        match = pattern.fullmatch(value.strip())
        if match:
            url = template.format(*match.groups())
            return ProfileLink(network, url, _canonical_handle(network.lower(), match))
    shown = value if isinstance(value, str) else type(value).__name__
    if rule is not None:
        example = rule.example
        return f"expected a URL (https://...) or a {network} handle like {example!r}, got {shown!r}"
    return f"expected an absolute URL (https://...), got {shown!r}"


def resolve_profiles(
    profiles: Mapping[str, object],
    *,
    path: str,
    line_of: Mapping[str, int] | None = None,
    field_prefix: str = "profiles",
) -> tuple[tuple[ProfileLink, ...], list[Problem]]:
    """Resolve every profile; bad ones become problems naming ``field_prefix.network``."""
    links: list[ProfileLink] = []
    problems: list[Problem] = []
    for network, value in profiles.items():
        result = resolve_profile(str(network), value)
        if isinstance(result, ProfileLink):
            links.append(result)
        else:
            line = (line_of or {}).get(str(network))
            problems.append(Problem(path, line, f"{field_prefix}.{network}", result))
    return tuple(links), problems


def _canonical_handle(network: str, match: re.Match[str]) -> str:
    if network == "mastodon":
        return f"@{match.group(1)}@{match.group(2)}"
    if network in ("x", "twitter", "threads", "instagram"):
        return f"@{match.group(1)}"
    return match.group(1)


def _handle_from_url(network: str, url: str) -> str:
    """Handle implied by a profile URL, only where the URL shape is unambiguous."""
    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    host = (parts.hostname or "").lower()
    net = network.lower()
    if net in ("x", "twitter") and host in _X_HOSTS and len(segments) == 1 and not parts.query:
        if segments[0].lower() in _X_RESERVED:
            return ""
        match = _X_HANDLE.fullmatch(segments[0])
        return f"@{match.group(1)}" if match else ""
    if net == "mastodon" and len(segments) == 1 and segments[0].startswith("@"):
        user = segments[0][1:]
        if re.fullmatch(r"[A-Za-z0-9_]+(?:[.-][A-Za-z0-9_]+)*", user):
            return f"@{user}@{host}"
    if net == "bluesky" and len(segments) == 2 and segments[0] == "profile":
        return segments[1]
    return ""


def x_handle(links: tuple[ProfileLink, ...]) -> str:
    """``@handle`` for ``twitter:creator``/``twitter:site``; empty when none is known for sure."""
    for link in links:
        if link.network.lower() in ("x", "twitter") and link.handle.startswith("@"):
            return link.handle
    return ""


def fediverse_handle(links: tuple[ProfileLink, ...]) -> str:
    """``@user@instance`` for ``fediverse:creator``; empty when no Mastodon handle is known."""
    for link in links:
        if link.network.lower() == "mastodon" and link.handle.count("@") == 2:
            return link.handle
    return ""
