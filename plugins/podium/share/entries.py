"""Share sources from the hub's articles and highlights, and the check ``podium check``
and ``--strict`` builds run over them (hand-written texts over their limits are errors)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from podium.core.errors import Problem
from podium.core.hub import Hub
from podium.core.model import Article, Highlight, content_warning
from podium.core.plaintext import article_description, markdown_to_plain, plain_line
from podium.share.intents import InvalidInstance, normalize_instance
from podium.share.kit import CardImage, KitEntry, TeamMember, build_entry
from podium.share.share_block import parse_share_settings
from podium.share.texts import ShareSource
from podium.share.utm import UtmSettings


def entry_key(item: Article | Highlight) -> tuple[str, str]:
    return (item.kind, item.slug if isinstance(item, Article) else item.id)


def share_source(item: Article | Highlight, hub: Hub) -> tuple[ShareSource, list[Problem]]:
    """What the post texts of one article or highlight are made from."""
    line = item.lines.get("share")
    settings, problems = parse_share_settings(item.share or None, item.source, line)
    url = hub.site.absolute(item.url)
    title = plain_line(item.title)
    if isinstance(item, Article):
        # The description, else the excerpt's opening sentences: never the title alone.
        about = article_description(item.description, item.excerpt, title)
        source = ShareSource(item.source, title, url, item.slug, about, settings, "article", line)
    else:
        warning = content_warning(item)
        # Behind a content warning only the warning travels; the link leads to the post.
        words = warning or markdown_to_plain(item.body, drop_links=True)
        if item.attribution and not warning:
            words = f"{words}\n\n— {plain_line(item.attribution)}"
        source = ShareSource(
            item.source, title, url, item.id, "", settings, "highlight", line, words
        )
    return source, problems


def owner_mastodon_instance(hub: Hub) -> str:
    """The instance of the owner's Mastodon profile (``@me@host`` or a URL), if any."""
    owner = hub.owner()
    handle = owner.profiles.get("mastodon", "") if owner else ""
    try:
        return normalize_instance(handle) if handle else ""
    except InvalidInstance:
        return ""


def build_entries(
    hub: Hub,
    *,
    platforms: Sequence[str],
    utm: UtmSettings | None = None,
    members: Sequence[TeamMember] = (),
    mastodon_instance: str = "",
    kit_url_of=lambda item: "",
    cards_of=lambda item: (),
) -> tuple[dict[tuple[str, str], KitEntry], list[Problem]]:
    """Kit entries for every published article and highlight, newest first, plus problems."""
    entries: dict[tuple[str, str], KitEntry] = {}
    problems: list[Problem] = []
    items: Iterable[Article | Highlight] = (*hub.articles, *hub.highlights)
    for item in items:
        source, found = share_source(item, hub)
        if not source.settings.enabled:
            problems.extend(found)
            continue
        cards: Sequence[CardImage] = cards_of(item)
        entry, more = build_entry(
            source,
            platforms=platforms,
            utm=utm,
            members=members,
            mastodon_instance=mastodon_instance,
            cards=cards,
            kit_url=kit_url_of(item),
            date=item.date.date().isoformat(),
            lang=item.lang,
        )
        entries[entry_key(item)] = entry
        problems.extend((*found, *more))
    return entries, problems


def share_problems(
    hub: Hub, platforms: Sequence[str], *, include_shortened: bool = True
) -> list[Problem]:
    """What ``podium check`` reports: bad ``share:`` settings, hand-written texts over their
    limits (errors) and, unless left out, generated texts that had to be shortened."""
    _, problems = build_entries(hub, platforms=platforms)
    return [p for p in problems if include_shortened or p.kind != "shortened"]
