"""Post texts per platform, fitted to each platform's limit counted the platform's way.

A text comes from the page's ``share:`` front matter (a per-platform text, else the shared
``text``), else from title + description; the page's hashtags are added on platforms that
use them, unless the text already has them. Generated texts and the
shared ``text`` are shortened at a word boundary with a warning; a hand-written
per-platform text over its limit is an error (the author asked for exactly that text).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from podium.core.errors import Problem
from podium.core.plaintext import plain_line, shorten, without_title
from podium.share.share_block import ShareSettings
from podium.share.share_targets import LinkPlacement, Platform, get_platform

#: Written in a hand-made text, replaced by the tracked link (not appended then).
LINK_PLACEHOLDER = "{url}"


@dataclass(frozen=True)
class ShareSource:
    """What a post text is made from: one article or highlight."""

    path: str  # docs-relative source, for messages
    title: str
    url: str  # canonical absolute URL, never tracked
    campaign: str  # utm_campaign: the article slug or highlight id
    description: str = ""
    settings: ShareSettings = field(default_factory=ShareSettings)
    kind: str = "article"
    line: int | None = None
    #: The default post text instead of title + description (a highlight's own words).
    text: str = ""


@dataclass(frozen=True)
class PostText:
    """One platform's post."""

    platform: str
    #: The intent's text parameter: without the link where the link has its own parameter,
    #: the title for Reddit and Hacker News.
    text: str
    #: What a person pastes into the composer: the text with the link.
    post: str
    #: The tracked link shared.
    link: str
    #: True when the link is inside ``text`` (so no separate link parameter is sent).
    link_in_text: bool
    length: int
    limit: int | None
    hand_written: bool
    shortened: bool

    @property
    def fits(self) -> bool:
        return self.limit is None or self.length <= self.limit


def _assemble(platform: Platform, body: str, link: str) -> tuple[str, str, str]:
    """Return ``(intent text, pasted post, link parameter)`` for a body text."""
    if LINK_PLACEHOLDER in body:
        if platform.placement is LinkPlacement.TITLE:
            body = " ".join(body.replace(LINK_PLACEHOLDER, " ").split())
            return body, body, link
        filled = body.replace(LINK_PLACEHOLDER, link)
        return filled, filled, ""
    match platform.placement:
        case LinkPlacement.PARAMETER_APPENDED:
            return body, f"{body} {link}" if body else link, link
        case LinkPlacement.TITLE:
            return body, body, link
        case _:
            full = f"{body}\n\n{link}" if body else link
            return full, full, ""


def _hashtag_line(platform: Platform, hashtags: tuple[str, ...], body: str) -> str:
    if not platform.hashtags:
        return ""
    present = body.casefold()
    return " ".join(f"#{tag}" for tag in hashtags if f"#{tag}".casefold() not in present)


def _join(*parts: str) -> str:
    return "\n\n".join(part for part in parts if part)


def _one_line(text: str) -> str:
    """Titles and descriptions are single paragraphs whatever their source looks like."""
    return plain_line(text)


def post_text(source: ShareSource, platform_id: str, link: str) -> tuple[PostText, list]:
    """Build one platform's post for ``source`` with the (tracked) ``link``."""
    platform = get_platform(platform_id)
    settings = source.settings
    own = settings.override(platform_id).text
    problems: list[Problem] = []

    def measure(body: str) -> int:
        return platform.length(_assemble(platform, body, link)[1])

    def fits(body: str) -> bool:
        return platform.limit is None or measure(body) <= platform.limit

    shortened = False
    if own is not None:
        body = _join(own, _hashtag_line(platform, settings.hashtags, own))
        if not fits(body) and fits(own):
            body = own  # the author's words fit; the page-wide hashtags do not
        if not fits(body):
            body = own
            problems.append(
                Problem(
                    source.path,
                    source.line,
                    f"share.{platform_id}",
                    f"hand-written {platform.name} text is {measure(body)} long, over the"
                    f" limit of {platform.limit} ({platform.counted_as}, link included)",
                    "error",
                )
            )
            body, shortened = shorten(body, fits), True
    else:
        if platform.placement is LinkPlacement.TITLE:
            core, tags = _one_line(source.title), ""
        else:
            title = _one_line(source.title)
            core = (
                settings.text
                or source.text.strip()
                # The description, unless it only says the title again.
                or _join(title, without_title(_one_line(source.description), title))
            )
            tags = _hashtag_line(platform, settings.hashtags, core)
        body = _join(core, tags)
        if not fits(body):
            shortened = True
            body = _join(shorten(core, lambda c: fits(_join(c, tags))), tags)
            if not fits(body) or body == tags:  # hashtags alone leave no room for words
                body = shorten(core, fits)
            what = "share text" if settings.text else "generated text"
            problems.append(
                Problem(
                    source.path,
                    source.line,
                    f"share.{platform_id}",
                    f"{what} shortened to fit the {platform.name} limit of {platform.limit}"
                    f" ({platform.counted_as})",
                    "warning",
                    # Only generated texts may be reported quietly: a shared text is the
                    # author's own words.
                    "" if settings.text else "shortened",
                )
            )
    text, post, link_parameter = _assemble(platform, body, link)
    result = PostText(
        platform=platform_id,
        text=text,
        post=post,
        link=link,
        link_in_text=not link_parameter,
        length=platform.length(post),
        limit=platform.limit,
        hand_written=own is not None,
        shortened=shortened,
    )
    return result, problems
