"""Which feeds a hub has, where they live, and what goes in them.

Planned from the hub alone (no MkDocs), so every host publishes the same feeds at the
same paths. The host supplies what only it knows through two callbacks: an entry's
rendered HTML and its preview image (the share card when there is one).

Paths (each feed is three files in one folder: ``feed.xml`` RSS, ``atom.xml`` Atom,
``feed.json`` JSON Feed; the names are configurable):

- hub: the site root; articles and highlights
- articles: the articles index (``articles/``); articles
- highlights: the highlights wall (``highlights/``); highlights
- category: its page (``articles/category/<slug>/``); the category's articles
- tag: its page (``articles/tag/<slug>/``); the tag's articles
- language: its page (``articles/lang/<lang>/``); articles and highlights in the language

Language feeds exist only when the hub has content in two or more languages (otherwise
they would repeat the hub feed). A feed with no item is not published. Drafts (which
``mkdocs serve`` previews) never enter a feed; pull quotes (highlights lifted out of an
article) stay out unless asked for: the article is already there.

Only the main feeds (hub, articles) carry ``content`` (full body or excerpt) by default:
they are what a reader subscribes to. Section feeds (highlights, category, tag, language)
carry ``section_content``, by default ``summary``: the plain-text summary and the link.
A reader of a tag feed is choosing what to open; repeating every body in every tag,
category and language feed was most of a hub's feed bytes (26.7 MB of 135 feeds for 500
articles, against 0.1 MB for Material's two feeds).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Literal

from podium.core.hub import Hub
from podium.core.i18n import language_name, t, table_language
from podium.core.model import Article, Author, Highlight, content_warning
from podium.core.plaintext import plain_line
from podium.core.slugs import slugify
from podium.feeds.feed_types import FeedAuthor, FeedImage, FeedItem, FeedSpec
from podium.feeds.feed_words import FEED_STRINGS
from podium.feeds.html_plain_text import html_to_text, shorten

Entry = Article | Highlight
FeedKind = Literal["hub", "articles", "highlights", "category", "tag", "language"]
KINDS: tuple[FeedKind, ...] = ("hub", "articles", "highlights", "category", "tag", "language")
#: Feeds that follow ``FeedSetOptions.content``; every other kind is a section feed.
MAIN_KINDS: tuple[FeedKind, ...] = ("hub", "articles")
ContentMode = Literal["full", "excerpt", "summary"]
#: Longest plain-text summary derived from an excerpt when an article has no description.
SUMMARY_LENGTH = 300


@dataclass(frozen=True)
class KindOptions:
    """Options of one kind of feed: on or off, how many items, which folder.

    ``path`` may use ``{slug}`` (category, tag) or ``{lang}`` (language); ``None`` means
    the default of the table in the module docstring.
    """

    enabled: bool = True
    limit: int | None = 20
    path: str | None = None


@dataclass(frozen=True)
class FeedSetOptions:
    """Everything that shapes a hub's feeds (the plugin's config, without MkDocs)."""

    kinds: dict[str, KindOptions] = field(default_factory=dict)
    content: ContentMode = "full"
    section_content: ContentMode = "summary"
    rss_name: str = "feed.xml"
    atom_name: str = "atom.xml"
    json_name: str = "feed.json"
    hubs: tuple[str, ...] = ()
    pullquotes: bool = False

    def kind(self, name: str) -> KindOptions:
        return self.kinds.get(name, KindOptions())

    def content_of(self, kind: str) -> ContentMode:
        """How much of each entry a feed of ``kind`` carries (main feeds vs section feeds)."""
        return self.content if kind in MAIN_KINDS else self.section_content


@dataclass(frozen=True)
class PlannedFeed:
    """One feed of the hub: what it is, where its three files go, which entries it has."""

    kind: FeedKind
    key: str  # category or tag name, language code; "" for the others
    title: str
    folder: str  # site-relative, "" (root) or ending in "/"
    page_url: str  # site-relative URL of the HTML page the feed mirrors
    language: str
    limit: int | None
    entries: tuple[Entry, ...]
    rss_path: str
    atom_path: str
    json_path: str

    @property
    def paths(self) -> tuple[str, str, str]:
        return (self.rss_path, self.atom_path, self.json_path)


def _folder(pattern: str, **values: str) -> str:
    folder = pattern.format(**values).strip("/")
    return f"{folder}/" if folder else ""


def _planned(
    options: FeedSetOptions,
    kind: FeedKind,
    key: str,
    title: str,
    folder: str,
    page_url: str,
    language: str,
    entries: Iterable[Entry],
) -> PlannedFeed | None:
    kept = tuple(entries)
    if not kept:
        return None
    return PlannedFeed(
        kind=kind,
        key=key,
        title=title,
        folder=folder,
        page_url=page_url,
        language=language,
        limit=options.kind(kind).limit,
        entries=kept,
        rss_path=folder + options.rss_name,
        atom_path=folder + options.atom_name,
        json_path=folder + options.json_name,
    )


def _language_title(site: str, lang: str) -> str:
    if table_language(FEED_STRINGS, lang):
        return t("in_language", lang, FEED_STRINGS, site=site)
    return f"{site} · {language_name(lang)}"


def plan_feeds(hub: Hub, options: FeedSetOptions) -> tuple[PlannedFeed, ...]:
    """Every feed of ``hub`` that is switched on and has items, in a stable order."""
    site = hub.site.site_name
    lang = hub.site.language
    urls = hub.urls
    # `mkdocs serve` puts drafts in the hub (marked, for preview); a feed never lists them.
    articles = tuple(a for a in hub.articles if not a.draft)
    highlights = tuple(
        h for h in hub.highlights if not h.draft and (options.pullquotes or not h.is_pullquote)
    )
    plans: list[PlannedFeed | None] = []

    def on(kind: str) -> bool:
        return options.kind(kind).enabled

    def path(kind: str, default: str, **values: str) -> str:
        return _folder(options.kind(kind).path or default, **values)

    if on("hub"):
        entries = (*articles, *highlights)
        plans.append(_planned(options, "hub", "", site, path("hub", ""), "", lang, entries))
    if on("articles"):
        title = f"{site} · {t('articles', lang)}"
        folder = path("articles", urls.index())
        plans.append(_planned(options, "articles", "", title, folder, urls.index(), lang, articles))
    if on("highlights"):
        title = f"{site} · {t('highlights', lang, FEED_STRINGS)}"
        folder = path("highlights", urls.highlights())
        plans.append(
            _planned(options, "highlights", "", title, folder, urls.highlights(), lang, highlights)
        )
    taxonomies = (("category", hub.categories, urls.category), ("tag", hub.tags, urls.tag))
    for kind, groups, page_of in taxonomies:
        if not on(kind):
            continue
        for name, members in groups.items():
            title = f"{site} · {t(kind, lang)}: {name}"
            page = page_of(name)
            folder = path(kind, page, slug=slugify(name))
            entries = (a for a in members if not a.draft)
            plans.append(_planned(options, kind, name, title, folder, page, lang, entries))
    languages = sorted({a.lang for a in articles} | {h.lang for h in highlights})
    if on("language") and len(languages) > 1:
        for code in languages:
            entries = (
                *(a for a in articles if a.lang == code),
                *(h for h in highlights if h.lang == code),
            )
            title = _language_title(site, code)
            page = urls.language(code)
            folder = path("language", page, lang=code)
            plans.append(_planned(options, "language", code, title, folder, page, code, entries))
    return tuple(plan for plan in plans if plan is not None)


# -- items ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class RenderedHtml:
    """An entry's HTML as the host rendered it, and the page URL its links are relative to."""

    html: str
    excerpt_html: str
    page_url: str


HtmlLookup = Callable[[Entry], RenderedHtml | None]
ImageLookup = Callable[[Entry], FeedImage | None]


def site_url_of(hub: Hub, value: str) -> str:
    """``value`` as an absolute URL: kept when it has a scheme, else site-relative."""
    if not value or "://" in value or value.startswith(("mailto:", "data:")):
        return value
    return hub.site.absolute(value)


def feed_author(author: Author, hub: Hub) -> FeedAuthor:
    """An author as feeds credit them: name, their own URL (or author page), avatar."""
    url = site_url_of(hub, author.url) or hub.site.absolute(hub.urls.author(author.id))
    return FeedAuthor(name=author.name, url=url, avatar=site_url_of(hub, author.avatar))


def _authors(hub: Hub, ids: Iterable[str]) -> tuple[FeedAuthor, ...]:
    found = (hub.author(ident) for ident in ids)
    return tuple(feed_author(author, hub) for author in found if author is not None)


def _read_more(url: str, lang: str) -> str:
    label = html.escape(t("continue_reading", lang, FEED_STRINGS))
    return f'<p><a href="{html.escape(url)}">{label} →</a></p>'


def with_cover(body: str, cover: FeedImage | None, alt: str) -> str:
    """``body`` led by the cover image, unless the body already shows it.

    Readers that ignore ``media:content`` (NetNewsWire, many web readers) use the first
    ``<img>`` of the content as the item's picture; the cover is the author's choice for it.
    """
    if cover is None or cover.url in body:
        return body
    size = ""
    if cover.width and cover.height:
        size = f' width="{cover.width}" height="{cover.height}"'
    source = html.escape(cover.url)
    return f'<p><img src="{source}" alt="{html.escape(alt)}"{size}></p>\n{body}'


def article_item(
    article: Article,
    hub: Hub,
    rendered: RenderedHtml | None,
    content: str,
    image: FeedImage | None,
    cover: FeedImage | None = None,
) -> FeedItem:
    """An article as a feed item: full body, excerpt + "Continue reading", or (``summary``)
    no body, only the plain-text summary and the link; card image."""
    # The page's real URL (``x.html`` without directory URLs); links in its HTML are relative to it.
    url = hub.site.absolute(rendered.page_url if rendered else article.url)
    if rendered is None or content == "summary":
        body = ""
    elif content == "excerpt" and rendered.excerpt_html:
        body = rendered.excerpt_html + _read_more(url, article.lang)
    else:
        body = rendered.html
    if body:
        body = with_cover(body, cover, article.image_alt or "")
    summary = plain_line(article.description) or shorten(
        html_to_text(rendered.excerpt_html if rendered else ""), SUMMARY_LENGTH
    )
    modified = article.modified
    return FeedItem(
        id=url,
        url=url,
        title=article.title,
        published=article.date,
        updated=modified if modified > article.date else None,
        content_html=body,
        summary=summary,
        authors=_authors(hub, article.authors),
        categories=article.categories,
        tags=article.tags,
        image=image,
        language=article.lang,
        external_url=article.canonical_url or "",
        source=article.source,
    )


def highlight_item(
    highlight: Highlight,
    hub: Hub,
    rendered: RenderedHtml | None,
    image: FeedImage | None,
    cover: FeedImage | None = None,
    content: str = "full",
) -> FeedItem:
    """A highlight as a feed item: the post itself (or, for ``summary``, its opening as
    plain text; only the warning when it has one), credited to the hub's owner."""
    url = hub.site.absolute(rendered.page_url if rendered else highlight.url)
    if rendered is not None:
        body = rendered.html
    else:  # a pull quote has no page of its own: quote it
        quote = html.escape(highlight.body)
        body = f"<blockquote><p>{quote}</p></blockquote>"
        if highlight.attribution:
            body += f"<p>— {html.escape(highlight.attribution)}</p>"
    warning = content_warning(highlight)
    summary = warning
    if content == "summary":
        if not warning:  # behind a warning the post stays closed
            summary = shorten(html_to_text(body), SUMMARY_LENGTH)
        body = ""
    else:
        if warning:  # readers show the warning; the post opens on demand
            body = f"<details><summary>{html.escape(warning)}</summary>{body}</details>"
        body = with_cover(body, cover, highlight.image_alt or "")
    owner = hub.owner()
    return FeedItem(
        id=url,
        url=url,
        title=plain_line(highlight.title),
        published=highlight.date,
        content_html=body,
        summary=summary,
        authors=(feed_author(owner, hub),) if owner else (),
        tags=highlight.tags,
        image=image,
        language=highlight.lang,
        source=highlight.source,
    )


class ItemFactory:
    """Turns entries into feed items once per build, however many feeds list them."""

    def __init__(
        self,
        hub: Hub,
        content: str,
        html_for: HtmlLookup,
        image_for: ImageLookup,
        cover_for: ImageLookup | None = None,
    ) -> None:
        self.hub = hub
        self.content = content
        self.html_for = html_for
        self.image_for = image_for
        self.cover_for = cover_for
        self._items: dict[tuple[str, str], FeedItem] = {}

    def item(self, entry: Entry, content: str | None = None) -> FeedItem:
        """``entry`` as an item with ``content`` (default: the factory's), made once."""
        content = content or self.content
        cached = self._items.get((entry.source, content))
        if cached is None:
            rendered = self.html_for(entry)
            image = self.image_for(entry)
            cover = self.cover_for(entry) if self.cover_for else None
            if isinstance(entry, Article):
                cached = article_item(entry, self.hub, rendered, content, image, cover)
            else:
                cached = highlight_item(entry, self.hub, rendered, image, cover, content)
            self._items[(entry.source, content)] = cached
        return cached


def feed_spec(
    plan: PlannedFeed,
    hub: Hub,
    options: FeedSetOptions,
    home_page_url: str | None = None,
    favicon: str = "",
) -> FeedSpec:
    """The ``FeedSpec`` of a planned feed: absolute URLs from ``site_url``.

    ``home_page_url`` overrides the page the feed mirrors (the host knows whether a
    highlights index exists; the site root otherwise).
    """
    owner = hub.owner()
    return FeedSpec(
        title=plan.title,
        home_page_url=home_page_url or hub.site.absolute(plan.page_url),
        rss_url=hub.site.absolute(plan.rss_path),
        atom_url=hub.site.absolute(plan.atom_path),
        json_url=hub.site.absolute(plan.json_path),
        description=hub.site.description,
        language=plan.language,
        authors=(feed_author(owner, hub),) if owner else (),
        icon=favicon,
        favicon=favicon,
        hubs=options.hubs,
        limit=plan.limit,
    )
