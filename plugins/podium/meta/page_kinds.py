"""What a page is, for its meta: its kind, title, description, breadcrumbs and translations.

The host (the ``podium/meta`` plugin) hands over plain facts about the site and the page
(:class:`SiteFacts`, :class:`PageFacts`); :func:`page_info` decides the rest from the hub:
an article, a highlight, the home page, an author's profile or a plain page.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urljoin

from podium.core.hub import Hub
from podium.core.i18n import bcp47, is_known_language, t
from podium.core.listings import Listing
from podium.core.model import content_warning
from podium.core.plaintext import (
    DESCRIPTION_LIMIT,
    article_description,
    markdown_to_plain,
    one_line,
    plain_line,
    shorten,
    summary,
)
from podium.meta.jsonld import PersonInfo
from podium.meta.page import Alternate, ImageInfo, PageInfo


@dataclass(frozen=True)
class SiteFacts:
    """What every page's meta shares."""

    site_url: str  # with a trailing slash
    site_name: str
    site_description: str
    x_handle: str | None
    owner_id: str | None
    #: author id → the person pages describe (None for an unknown id).
    person: Callable[[str | None], PersonInfo | None]
    #: language → URL of its home (the site home or a language listing).
    homes: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class PageFacts:
    """What the host knows of one page."""

    source: str  # docs-relative source path
    url: str  # site-relative URL
    title: str  # the host's title of the page
    meta: Mapping[str, Any]  # front matter, with ``podium_meta`` hints from other plugins
    is_home: bool
    #: The listing this page shows (podium/articles), if any.
    listing: Listing | None = None
    #: Page 1 of a listing in one language: a language's home.
    is_language_home: bool = False
    #: The share card made for the page (its image tags are printed by podium/cards).
    card: ImageInfo | None = None


def page_info(hub: Hub, site: SiteFacts, page: PageFacts) -> tuple[PageInfo, dict[str, str]]:
    """Plain inputs for the page's meta, plus lang → URL of its translations."""
    base = {
        "url": urljoin(site.site_url, page.url),
        "site_name": site.site_name,
        "default_lang": hub.site.language,
        "owner": site.person(site.owner_id),
        "site_x_handle": site.x_handle,
        # podium/cards announces its card itself; we only add tags where it has none.
        "image_tags": page.card is None,
    }
    fallback = page.card or _avatar(site)
    entry = hub.entry_by_source(page.source)
    if entry is not None and entry.kind == "article":
        return _article(hub, site, entry, base, fallback)
    if entry is not None:
        return _highlight(site, entry, base, fallback), {}
    return _other(hub, site, page, base, fallback)


def _article(
    hub: Hub, site: SiteFacts, entry: Any, base: dict[str, Any], fallback: ImageInfo | None
) -> tuple[PageInfo, dict[str, str]]:
    versions = (entry, *hub.translations(entry))
    translations = {bcp47(a.lang): a.url for a in versions}
    authors = tuple(p for p in (site.person(i) for i in entry.authors) if p)
    info = PageInfo(
        kind="article",
        title=plain_line(entry.title),
        description=article_description(entry.description, entry.excerpt, entry.title)
        or plain_line(site.site_description),
        lang=entry.lang,
        alternates=tuple(
            Alternate(lang, urljoin(site.site_url, u)) for lang, u in translations.items()
        ),
        image=_image(site, entry.image, entry.image_alt) or fallback,
        published=entry.date,
        modified=entry.modified,
        authors=authors,
        tags=entry.tags,
        section=entry.categories[0] if entry.categories else "",
        breadcrumbs=(
            (site.site_name, site.site_url),
            (t("articles", hub.site.language), urljoin(site.site_url, hub.urls.index())),
            (plain_line(entry.title), base["url"]),
        ),
        **base,
    )
    return info, translations


def _highlight(
    site: SiteFacts, entry: Any, base: dict[str, Any], fallback: ImageInfo | None
) -> PageInfo:
    owner = base["owner"]
    return PageInfo(
        kind="highlight",
        title=plain_line(entry.title),
        description=highlight_description(entry),
        lang=entry.lang,
        image=_image(site, entry.image, entry.image_alt) or fallback,
        published=entry.date,
        modified=entry.modified,
        authors=(owner,) if owner else (),
        tags=entry.tags,
        breadcrumbs=(
            (site.site_name, site.site_url),
            (plain_line(entry.title), base["url"]),
        ),
        **base,
    )


def highlight_description(entry: Any) -> str:
    """A highlight's preview text: its content warning when it has one, else its words
    shortened at a sentence or word (never the title sentence alone again)."""
    warning = content_warning(entry)
    if warning:
        return warning
    words = markdown_to_plain(entry.body, drop_links=True)
    shortened = summary(DESCRIPTION_LIMIT, body=words, title=entry.title)
    return one_line(shortened or shorten(one_line(words), DESCRIPTION_LIMIT))


def _other(
    hub: Hub, site: SiteFacts, page: PageFacts, base: dict[str, Any], fallback: ImageInfo | None
) -> tuple[PageInfo, dict[str, str]]:
    """The home page, an author's profile, or a plain page (kind from other plugins' hints)."""
    site_lang = hub.site.language
    hints = page.meta.get("podium_meta")
    hints = hints if isinstance(hints, dict) else {}
    listing = page.listing
    listing_lang = listing.key if listing is not None and listing.kind == "language" else ""
    lang = listing_lang or str(page.meta.get("lang") or site_lang)
    if not is_known_language(lang):
        lang = site_lang
    kind = "home" if page.is_home else str(hints.get("kind") or "website")
    subject = None
    if listing is not None and listing.kind == "author" and listing.page == 1:
        kind, subject = "profile", site.person(listing.key)
    if kind not in ("home", "profile", "website"):
        kind = "website"
    # page.title comes from the rendered heading and page.meta.title may already be
    # escaped for the theme: both are HTML, decoded once here and escaped once on output.
    title = plain_line(page.meta.get("title") or page.title or site.site_name)
    crumbs = tuple(tuple(c) for c in hints.get("breadcrumbs") or ())
    info = PageInfo(
        kind=kind,  # type: ignore[arg-type]
        title=site.site_name if kind == "home" else title,
        description=plain_line(
            page.meta.get("description") or hints.get("description") or site.site_description
        ),
        lang=lang,
        image=_image(site, page.meta.get("image"), page.meta.get("image_alt")) or fallback,
        breadcrumbs=crumbs
        or (() if kind == "home" else ((site.site_name, site.site_url), (title, base["url"]))),
        extra_jsonld=tuple(hints.get("jsonld") or ()),
        subject=subject,
        **base,
    )
    is_language_home = kind == "home" or page.is_language_home
    translations = dict(site.homes) if is_language_home else {}
    if is_language_home and len(translations) > 1:
        info = replace(
            info,
            alternates=tuple(
                Alternate(k, urljoin(site.site_url, v)) for k, v in translations.items()
            ),
        )
    return info, translations


def _avatar(site: SiteFacts) -> ImageInfo | None:
    """The owner's photo: the preview image of a page that has no image of its own."""
    owner = site.person(site.owner_id)
    if owner is None or not owner.image:
        return None
    return ImageInfo(owner.image, owner.name, large=False)


def _image(site: SiteFacts, src: Any, alt: Any) -> ImageInfo | None:
    if not isinstance(src, str) or not src:
        return None
    return ImageInfo(urljoin(site.site_url, src.lstrip("/")), plain_line(alt))
