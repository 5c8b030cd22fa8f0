"""Everything a page's ``<head>`` says about it, from plain inputs.

``build_page_meta`` turns a ``PageInfo`` into ``PageMeta``: the title, description and
canonical URL (which Material already prints, so ``render_head`` leaves them out by default),
Open Graph, Twitter and ``fediverse:creator`` tags, hreflang alternates, ``rel="me"`` links
and the JSON-LD objects for the page's kind.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from podium.core.i18n import bcp47, og_locale
from podium.core.plaintext import shorten
from podium.meta import jsonld
from podium.meta.jsonld import PersonInfo

#: X's limit for ``twitter:image:alt``.
ALT_LIMIT = 420

PageKind = Literal["article", "highlight", "profile", "home", "website"]

_OG_TYPES: dict[str, str] = {
    "article": "article",
    "highlight": "article",
    "profile": "profile",
    "home": "website",
    "website": "website",
}


@dataclass(frozen=True)
class ImageInfo:
    url: str  # absolute
    alt: str = ""
    width: int | None = None
    height: int | None = None
    mime: str = ""
    large: bool = True  # False for a square avatar: twitter:card "summary", not a large card


@dataclass(frozen=True)
class Alternate:
    """The same page in another language (include the page itself)."""

    lang: str
    url: str  # absolute


@dataclass(frozen=True)
class PageInfo:
    kind: PageKind
    url: str  # absolute canonical URL (never with UTM)
    title: str
    site_name: str
    lang: str
    description: str = ""
    default_lang: str = ""  # the site language: its version is hreflang x-default
    alternates: tuple[Alternate, ...] = ()
    image: ImageInfo | None = None
    published: datetime | None = None
    modified: datetime | None = None
    authors: tuple[PersonInfo, ...] = ()
    tags: tuple[str, ...] = ()
    section: str = ""
    site_x_handle: str = ""  # "@brand"; falls back to the owner's handle
    owner: PersonInfo | None = None  # the site's person (publisher, rel=me, profile page)
    subject: PersonInfo | None = None  # whom a profile page is about (default: the owner)
    breadcrumbs: tuple[tuple[str, str], ...] = ()  # (name, absolute url), home first
    extra_jsonld: tuple[dict[str, Any], ...] = ()
    title_suffix: bool = True  # "<title>Page - Site</title>"
    # False when another part (the cards plugin) announces og:image/twitter:card itself;
    # the image then still feeds JSON-LD.
    image_tags: bool = True


@dataclass(frozen=True)
class HeadTag:
    """One ``<meta>`` or ``<link>`` element; attributes kept in order for stable output."""

    element: Literal["meta", "link"]
    attrs: tuple[tuple[str, str], ...]

    def attr(self, name: str) -> str:
        return dict(self.attrs).get(name, "")

    def html(self) -> str:
        rendered = " ".join(f'{k}="{html.escape(v, quote=True)}"' for k, v in self.attrs)
        return f"<{self.element} {rendered}>"


@dataclass(frozen=True)
class PageMeta:
    title: str
    description: str
    canonical: str
    html_lang: str
    tags: tuple[HeadTag, ...] = ()
    jsonld: tuple[dict[str, Any], ...] = field(default_factory=tuple)

    def property(self, name: str) -> list[str]:
        """Contents of every ``<meta property|name=...>`` called ``name`` (tests, templates)."""
        return [
            t.attr("content")
            for t in self.tags
            if t.element == "meta" and name in (t.attr("property"), t.attr("name"))
        ]


def _meta(key: str, name: str, content: str) -> HeadTag:
    return HeadTag("meta", ((key, name), ("content", content)))


def _og(name: str, content: str) -> HeadTag:
    return _meta("property", name, content)


def _named(name: str, content: str) -> HeadTag:
    return _meta("name", name, content)


def hreflang_links(alternates: Sequence[Alternate], *, default_lang: str) -> list[HeadTag]:
    """``<link rel=alternate hreflang>`` for every language version plus ``x-default``.

    Empty unless the page exists in at least two languages: a lone self-reference adds noise.
    """
    by_lang = {bcp47(a.lang): a.url for a in alternates}
    if len(by_lang) < 2:
        return []
    links = [
        HeadTag("link", (("rel", "alternate"), ("hreflang", lang), ("href", by_lang[lang])))
        for lang in sorted(by_lang)
    ]
    # x-default must be the same on every page of the group: the site-language version, else
    # the first language in order (never "this page", which differs from page to page).
    default = by_lang.get(bcp47(default_lang)) if default_lang else None
    default = default or by_lang[sorted(by_lang)[0]]
    links.append(
        HeadTag("link", (("rel", "alternate"), ("hreflang", "x-default"), ("href", default)))
    )
    return links


def _og_title(info: PageInfo) -> str:
    """An unfurled link shows og:title alone: a section page's bare title ("About",
    "Highlights", a tag) says nothing there, so it carries the site's name too. Articles,
    highlights and people's pages keep their own title."""
    title = info.title or info.site_name
    section = info.kind == "website" or (info.kind == "profile" and info.subject is None)
    if section and title != info.site_name and info.site_name not in title:
        return f"{title} · {info.site_name}"
    return title


def build_page_meta(info: PageInfo) -> PageMeta:
    og_type = _OG_TYPES[info.kind]
    full_title = (
        f"{info.title} - {info.site_name}"
        if info.title_suffix and info.title and info.title != info.site_name
        else (info.title or info.site_name)
    )
    tags: list[HeadTag] = [
        _og("og:type", og_type),
        _og("og:site_name", info.site_name),
        _og("og:title", _og_title(info)),
    ]
    if info.description:
        tags.append(_og("og:description", info.description))
    tags.append(_og("og:url", info.url))
    tags.append(_og("og:locale", og_locale(info.lang)))
    own_locale = og_locale(info.lang)
    for other in sorted({og_locale(a.lang) for a in info.alternates} - {own_locale}):
        tags.append(_og("og:locale:alternate", other))
    if info.image and info.image_tags:
        tags.extend(_image_tags(info.image))
    if og_type == "article":
        tags.extend(_article_tags(info))
    if og_type == "profile" and (info.subject or info.owner):
        tags.extend(_profile_tags(info.subject or info.owner))  # type: ignore[arg-type]
    tags.extend(_twitter_tags(info, card=info.image_tags))
    for handle in _unique(a.fediverse_handle for a in _creators(info)):
        tags.append(_named("fediverse:creator", handle))
    if info.owner:
        for url in sorted(set(info.owner.same_as)):
            tags.append(HeadTag("link", (("rel", "me"), ("href", url))))
    tags.extend(hreflang_links(info.alternates, default_lang=info.default_lang))
    return PageMeta(
        title=full_title,
        description=info.description,
        canonical=info.url,
        html_lang=bcp47(info.lang),
        tags=tuple(tags),
        jsonld=tuple(_jsonld_for(info)),
    )


def render_head(meta: PageMeta, *, include_basics: bool = False, hreflang: bool = True) -> str:
    """HTML for the head slot. ``include_basics`` adds title/description/canonical for hosts
    that do not print them (Material does). ``hreflang=False`` leaves out the hreflang
    ``<link>``s for hosts that carry them in ``sitemap.xml`` instead (Material: see
    ``podium.mkdocs.meta``)."""
    lines: list[str] = []
    if include_basics:
        lines.append(f"<title>{html.escape(meta.title)}</title>")
        if meta.description:
            lines.append(_named("description", meta.description).html())
        lines.append(HeadTag("link", (("rel", "canonical"), ("href", meta.canonical))).html())
    lines.extend(tag.html() for tag in meta.tags if hreflang or not _is_hreflang(tag))
    lines.extend(
        f'<script type="application/ld+json">{jsonld.script_json(data)}</script>'
        for data in meta.jsonld
    )
    return "\n".join(lines) + "\n"


def _creators(info: PageInfo) -> tuple[PersonInfo, ...]:
    if info.authors:
        return info.authors
    return (info.owner,) if info.owner else ()


def _unique(values: Any) -> list[str]:
    seen: list[str] = []
    for value in values:
        if value and value not in seen:
            seen.append(value)
    return seen


def _image_tags(image: ImageInfo) -> list[HeadTag]:
    tags = [_og("og:image", image.url)]
    if image.url.startswith("https://"):
        tags.append(_og("og:image:secure_url", image.url))
    if image.mime:
        tags.append(_og("og:image:type", image.mime))
    if image.width and image.height:
        tags.append(_og("og:image:width", str(image.width)))
        tags.append(_og("og:image:height", str(image.height)))
    if image.alt:
        tags.append(_og("og:image:alt", image.alt))
    return tags


def _article_tags(info: PageInfo) -> list[HeadTag]:
    tags: list[HeadTag] = []
    if info.published:
        tags.append(_og("article:published_time", jsonld.iso(info.published)))
    if info.modified or info.published:
        tags.append(_og("article:modified_time", jsonld.iso(info.modified or info.published)))
    # article:author must be profile URLs (og:type=profile pages), never bare names.
    for url in _unique(a.url for a in info.authors):
        tags.append(_og("article:author", url))
    if info.section:
        tags.append(_og("article:section", info.section))
    for tag in _unique(info.tags):
        tags.append(_og("article:tag", tag))
    return tags


def _profile_tags(owner: PersonInfo) -> list[HeadTag]:
    first, _, last = owner.name.partition(" ")
    tags = [_og("profile:first_name", first)] if first else []
    if last:
        tags.append(_og("profile:last_name", last))
    if owner.x_handle:
        tags.append(_og("profile:username", owner.x_handle.lstrip("@")))
    return tags


def _twitter_tags(info: PageInfo, *, card: bool) -> list[HeadTag]:
    tags: list[HeadTag] = []
    if card:
        large = info.image is not None and info.image.large
        tags.append(_named("twitter:card", "summary_large_image" if large else "summary"))
    site = info.site_x_handle or (info.owner.x_handle if info.owner else "")
    if site:
        tags.append(_named("twitter:site", site))
    # Only real handles: a creator without one gets no tag rather than "@Full Name".
    creator = next((a.x_handle for a in _creators(info) if a.x_handle), "")
    if creator:
        tags.append(_named("twitter:creator", creator))
    if card and info.image and info.image.alt:
        tags.append(_named("twitter:image:alt", shorten(info.image.alt, ALT_LIMIT)))
    return tags


def _jsonld_for(info: PageInfo) -> list[dict[str, Any]]:
    lang = bcp47(info.lang)
    objects: list[dict[str, Any]] = []
    if info.kind in ("article", "highlight"):
        objects.append(
            jsonld.blog_posting(
                url=info.url,
                headline=info.title,
                description=info.description,
                published=info.published,
                modified=info.modified,
                authors=info.authors or ((info.owner,) if info.owner else ()),
                images=(info.image.url,) if info.image else (),
                lang=lang,
                keywords=info.tags,
                section=info.section,
                publisher=info.owner,
                site_name=info.site_name,
                schema_type="SocialMediaPosting" if info.kind == "highlight" else "BlogPosting",
            )
        )
    elif info.kind == "profile" and (info.subject or info.owner):
        objects.append(
            jsonld.profile_page(
                url=info.url,
                person_info=info.subject or info.owner,  # type: ignore[arg-type]
                name=info.title,
                lang=lang,
                modified=info.modified,
            )
        )
    elif info.kind == "home":
        objects.append(
            jsonld.website(
                url=info.url,
                name=info.site_name,
                description=info.description,
                lang=lang,
                owner=info.owner,
            )
        )
    if len(info.breadcrumbs) >= 2:
        objects.append(jsonld.breadcrumb_list(info.breadcrumbs))
    objects.extend(info.extra_jsonld)
    return objects


def _is_hreflang(tag: HeadTag) -> bool:
    return tag.element == "link" and bool(tag.attr("hreflang"))
