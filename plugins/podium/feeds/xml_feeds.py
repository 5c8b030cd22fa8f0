"""RSS 2.0 and Atom 1.0 serialisations of a prepared feed, through feedgen (fixed).

One ``PodiumFeedGenerator`` per format rather than feedgen's "one object, two formats":
feedgen couples fields across formats (``summary()`` also sets the RSS description,
``description()`` also sets Atom content), but the two formats want different things:
RSS's ``<description>`` holds entity-encoded HTML, so the plain-text summary is
HTML-escaped for it, while Atom's ``<summary type="text">`` takes the text as is.
"""

from __future__ import annotations

import html

from feedgen.feed import FeedGenerator

from podium.feeds.feed_types import FeedAuthor
from podium.feeds.feedgen_fixes import PodiumFeedEntry, PodiumFeedGenerator
from podium.feeds.ids import is_absolute_http_url
from podium.feeds.prepare import PreparedFeed, PreparedItem

RSS_TYPE = "application/rss+xml"
ATOM_TYPE = "application/atom+xml"


def _generator(feed: PreparedFeed, self_url: str, self_type: str, rss: bool) -> FeedGenerator:
    spec = feed.spec
    generator = PodiumFeedGenerator(hubs=spec.hubs if rss else (), dated=feed.has_items)
    generator.load_extension("media", atom=True, rss=True)
    if rss:
        generator.load_extension("dc", atom=False, rss=True)
    generator.id(feed.id)
    generator.title(spec.title)
    # Both formats need a description/subtitle; RSS requires one.
    generator.description(spec.description or spec.title)
    generator.updated(feed.updated)
    generator.generator(spec.generator)
    generator.link(href=self_url, rel="self", type=self_type)
    if not rss:
        for hub in spec.hubs:
            generator.link(href=hub, rel="hub")
    # Last: feedgen uses the last link added as the RSS channel <link> (fix 4).
    generator.link(href=spec.home_page_url, rel="alternate", type="text/html")
    if spec.language:
        generator.language(spec.language)
    authors = spec.authors or (FeedAuthor(name=spec.title),)  # RFC 4287 §4.1.1 wants one
    if not rss:
        generator.author([_atom_person(author) for author in authors])
    if spec.icon and not rss:
        generator.icon(spec.icon)
    if spec.logo:
        generator.logo(spec.logo)
    if spec.rights:
        generator.rights(spec.rights)
    return generator


def _atom_person(author: FeedAuthor) -> dict[str, str]:
    person = {"name": author.name}
    if author.url:
        person["uri"] = author.url
    return person


def _media(entry: PodiumFeedEntry, item: PreparedItem) -> None:
    """``media:content`` + ``media:thumbnail``: what most readers use as the preview image."""
    image = item.image
    if image is None:
        return
    # group=None keeps both elements directly in the item; feedgen's default wraps them
    # in a <media:group>, which several readers (and feedparser's thumbnail) skip.
    content = {"url": image.url, "medium": "image", "group": None}
    thumbnail = {"url": image.url, "group": None}
    if image.mime_type:
        content["type"] = image.mime_type
    if image.length:
        content["fileSize"] = str(image.length)
    for size in ("width", "height"):
        value = getattr(image, size)
        if value:
            content[size] = thumbnail[size] = str(value)
    entry.media.content(content)
    entry.media.thumbnail(thumbnail)


def _common_entry(generator: FeedGenerator, item: PreparedItem) -> PodiumFeedEntry:
    entry = generator.add_entry(PodiumFeedEntry(language=item.language))
    entry.id(item.id)
    entry.updated(item.updated)
    entry.published(item.published)
    _media(entry, item)
    return entry


def _rss_entry(generator: FeedGenerator, item: PreparedItem) -> None:
    entry = _common_entry(generator, item)
    if item.title:
        entry.title(item.title)
    entry.link(href=item.url, rel="alternate")
    # isPermaLink defaults to "false" in feedgen even for URLs (fix 5); RSS readers such
    # as Feedly use a permalink guid as the item's link, so say so when it is one.
    entry.guid(item.id, permalink=is_absolute_http_url(item.id))
    summary = html.escape(item.summary, quote=False)
    if summary and item.content_html:
        # <description> first, then <content:encoded>: validators warn otherwise.
        entry.description(summary)
        entry.content(item.content_html, type="html")
    elif summary or item.content_html:
        entry.description(summary or item.content_html)
    else:
        entry.description(html.escape(item.display_title, quote=False))
    for author in item.authors:
        # RSS <author> must be an e-mail address; dc:creator takes a name.
        entry.dc.dc_creator(author.name)
    for term in item.terms:
        entry.category(term=term)
    if item.image and item.image.mime_type:
        entry.enclosure(item.image.url, str(item.image.length or 0), item.image.mime_type)


def _atom_entry(generator: FeedGenerator, item: PreparedItem) -> None:
    entry = _common_entry(generator, item)
    entry.title(item.display_title)
    alternate = {"href": item.url, "rel": "alternate", "type": "text/html"}
    if item.language:
        alternate["hreflang"] = item.language
    links = [alternate]
    if item.external_url:
        links.append({"href": item.external_url, "rel": "related", "type": "text/html"})
    if item.image:
        enclosure = {"href": item.image.url, "rel": "enclosure"}
        if item.image.mime_type:
            enclosure["type"] = item.image.mime_type
        if item.image.length:
            enclosure["length"] = str(item.image.length)
        links.append(enclosure)
    entry.link(links)
    if item.summary:
        entry.summary(item.summary, type="text")
    if item.content_html:
        entry.content(item.content_html, type="html")
    elif not item.summary:
        entry.summary(item.display_title, type="text")
    if item.authors:
        entry.author([_atom_person(author) for author in item.authors])
    for term in item.terms:
        entry.category(term=term)


def render_rss(feed: PreparedFeed) -> bytes:
    """RSS 2.0 with ``atom:link rel="self"``, ``content:encoded``, Media RSS and dc:creator."""
    generator = _generator(feed, feed.spec.rss_url, RSS_TYPE, rss=True)
    for item in feed.items:
        _rss_entry(generator, item)
    return generator.rss_str(pretty=True, encoding="UTF-8", xml_declaration=True)


def render_atom(feed: PreparedFeed) -> bytes:
    """Atom 1.0 (RFC 4287): feed and entries with id, title, updated, author and links."""
    generator = _generator(feed, feed.spec.atom_url, ATOM_TYPE, rss=False)
    for item in feed.items:
        _atom_entry(generator, item)
    return generator.atom_str(pretty=True, encoding="UTF-8", xml_declaration=True)
