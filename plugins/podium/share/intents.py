"""Share intent (compose) URLs, encoded per RFC 3986 (``%20``, never ``+``).

Endpoints and parameters are the registry's (``podium.core.platforms``). Every value is
encoded with ``quote(value, safe="")`` so ``&``, ``#``, ``%``, ``+`` and newlines in a title
survive, and the tracked link (with its own ``?`` and ``&``) is encoded once as a value.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from podium.share.share_targets import get_platform
from podium.share.texts import PostText

_HOST = re.compile(r"^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]*$")


class InvalidInstance(ValueError):
    """A Mastodon instance that is not a plain host name."""


def _query(pairs: list[tuple[str, str]]) -> str:
    return "&".join(f"{key}={quote(value, safe='')}" for key, value in pairs if value)


def normalize_instance(value: str) -> str:
    """Accept ``mastodon.social``, ``https://mastodon.social/``, ``@me@mastodon.social``;
    return the bare lower-case host or raise :class:`InvalidInstance`."""
    host = value.strip().lower()
    host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", host)
    if "@" in host:
        host = host.rsplit("@", 1)[1]
    host = host.split("/", 1)[0]
    try:
        host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError:
        raise InvalidInstance(f"not a host name: {value!r}") from None
    if not _HOST.match(host):
        raise InvalidInstance(f"not a host name: {value!r}")
    return host


def mastodon_share_url(instance: str, text: str) -> str:
    """``https://<instance>/share?text=...``; Mastodon has no central share endpoint."""
    return intent_url("mastodon", text=text, link="", mastodon_instance=instance)


def email_url(subject: str, body: str) -> str:
    """``mailto:`` per RFC 6068: percent-encoded, line breaks as ``%0D%0A``."""
    body = re.sub(r"\r\n|\r|\n", "\r\n", body)
    return f"mailto:?{_query([('subject', subject), ('body', body)])}"


def intent_url(
    platform_id: str,
    *,
    text: str,
    link: str,
    link_in_text: bool = False,
    title: str = "",
    mastodon_instance: str = "",
) -> str:
    """The compose URL for one platform.

    ``text`` is the post text as built by :mod:`podium.share.texts`: without the link for
    platforms that take the link as its own parameter, with the link inside for the others.
    ``link_in_text`` says the text already carries the link (a hand-written text with a
    ``{url}`` placeholder), so X, Threads and Telegram get no separate link parameter.
    Mastodon needs ``mastodon_instance``; without one this returns ``""`` (the share bar then
    asks the reader for their instance).
    """
    share = get_platform(platform_id).share
    values = {
        "text": text,
        "link": link,
        "appended": "" if link_in_text else link,
        "title": title or text,
    }
    if share.intent == "mailto:":
        return email_url(values["title"], text)
    if "{instance}" in share.intent:
        if not mastodon_instance:
            return ""
        base = share.intent.format(instance=normalize_instance(mastodon_instance))
    else:
        base = share.intent
    return base + "?" + _query([(name, values[source]) for name, source in share.params])


def post_intent_url(post: PostText, *, title: str = "", mastodon_instance: str = "") -> str:
    """The compose URL for a post built by :func:`podium.share.texts.post_text`."""
    return intent_url(
        post.platform,
        text=post.text,
        link=post.link,
        link_in_text=post.link_in_text,
        title=title,
        mastodon_instance=mastodon_instance,
    )
