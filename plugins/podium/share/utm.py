"""UTM tracking parameters for shared links (``shared/research/platforms.md`` section 5).

Only the links placed into share intents and the kit carry them; canonical URLs, ``og:url``
and feed ids never do, so callers keep the canonical URL and ask for a tracked copy.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, quote, urlsplit, urlunsplit

_UTM_KEYS = ("utm_source", "utm_medium", "utm_campaign", "utm_content")


@dataclass(frozen=True)
class UtmSettings:
    """Configurable names and values. An empty ``source``/``medium`` name drops it."""

    enabled: bool = True
    medium: str = "social"
    #: ``utm_medium`` per platform where it differs (email links are not social).
    medium_overrides: Mapping[str, str] = field(default_factory=lambda: {"email": "email"})
    #: ``utm_source`` per platform where it differs from the platform id.
    sources: Mapping[str, str] = field(default_factory=dict)
    #: Parameter names, in case the site's analytics uses others (e.g. Matomo's ``mtm_*``).
    names: Mapping[str, str] = field(default_factory=dict)
    #: ``utm_content`` of the public share bar (team members get their own value).
    share_bar_content: str = ""

    def name(self, key: str) -> str:
        return self.names.get(key, key)


def _encode_query(pairs: list[tuple[str, str]]) -> str:
    # RFC 3986 percent-encoding (%20, never '+'), keeping nothing but unreserved characters.
    return "&".join(f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in pairs)


def tracked_url(
    url: str,
    *,
    platform: str,
    campaign: str,
    content: str = "",
    settings: UtmSettings | None = None,
) -> str:
    """Return ``url`` with UTM parameters added (existing ``utm_*`` replaced, others kept)
    and no fragment: a tracked link is counted and shown in posts, so it stays short."""
    settings = settings or UtmSettings()
    if not settings.enabled:
        return url
    values = {
        "utm_source": settings.sources.get(platform, platform),
        "utm_medium": settings.medium_overrides.get(platform, settings.medium),
        "utm_campaign": campaign,
        "utm_content": content,
    }
    names = {settings.name(key) for key in _UTM_KEYS}
    parts = urlsplit(url)
    kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in names]
    added = [(settings.name(key), values[key]) for key in _UTM_KEYS if values[key]]
    return urlunsplit(parts._replace(query=_encode_query(kept + added), fragment=""))


def strip_tracking(url: str, settings: UtmSettings | None = None) -> str:
    """Remove tracking parameters, for anything canonical."""
    settings = settings or UtmSettings()
    names = {settings.name(key) for key in _UTM_KEYS} | set(_UTM_KEYS)
    parts = urlsplit(url)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if k not in names and not k.startswith("utm_")]
    if len(kept) == len(pairs):
        return url
    return urlunsplit(parts._replace(query=_encode_query(kept)))
