"""``podium/meta``: what every page says about itself.

Flow: ``on_files`` (after ``podium/articles`` built the hub) checks every author's profile
links and prepares the people pages describe. ``on_page_context`` builds the page's meta
with ``podium.meta.page`` and fills the ``head`` slot (plus the language switcher in
``before_content``); it also sets ``page.canonical_url`` for articles first published
elsewhere, since Material prints the canonical link itself. ``on_post_page`` puts the page's
own language on ``<html>``, and ``on_post_build`` replaces MkDocs' sitemap with one that
carries hreflang alternates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from podium.core.atomic import write_bytes_atomic
from podium.core.errors import Problem
from podium.core.i18n import bcp47, is_known_language, strings_for
from podium.core.plaintext import plain_line
from podium.core.yaml_reader import YamlError, read_yaml
from podium.meta.jsonld import PersonInfo
from podium.meta.languages import LanguageChoice, language_choices
from podium.meta.page import ImageInfo, PageInfo, PageMeta, build_page_meta, render_head
from podium.meta.page_kinds import PageFacts, SiteFacts, page_info
from podium.meta.sitemap import SitemapEntry, gzipped, sitemap_xml
from podium.mkdocs import priorities
from podium.mkdocs.hub_access import (
    about_page,
    announced_cards,
    articles_plugin,
    require_hub,
    require_site_url,
)
from podium.mkdocs.log import get_logger, report
from podium.mkdocs.slots import page_slots
from podium.profile.person import ResolvedPerson, resolve_person
from podium.profile.profile_words import PROFILE_STRINGS

from .config import MetaConfig

STYLESHEET = "assets/podium/profile.css"  # language switcher, about, events, press
log = get_logger("meta")

HEAD_TEMPLATE = "podium/meta/head.html"
SWITCHER_TEMPLATE = "podium/meta/languages.html"
# Material writes `<html lang="{{ theme language }}" ...>` for every page; a page in another
# language must say so (screen readers, hyphenation, translation prompts). Rewriting the one
# opening tag is less invasive than forking Material's base.html.
_HTML_LANG = re.compile(r'(<html\b[^>]*?\blang=")[^"]*(")', re.I)


@dataclass
class PageView:
    """``podium.data["meta"]`` in templates."""

    meta: PageMeta
    head: Markup
    choices: tuple[LanguageChoice, ...] = ()
    strings: dict[str, str] = field(default_factory=dict)


class MetaPlugin(BasePlugin[MetaConfig]):
    """See the module docstring for the event flow."""

    supports_multiple_instances = False

    def __init__(self) -> None:
        self._reset()

    def _reset(self) -> None:
        self.people: dict[str, ResolvedPerson] = {}
        self.owner_id: str | None = None
        self.site_url = ""
        self.sitemap: dict[str, SitemapEntry] = {}
        self.page_langs: dict[str, str] = {}
        self.languages: tuple[str, ...] = ()
        self.homes: dict[str, str] = {}
        self.language_listings: dict[str, str] = {}  # src of page 1 of a language listing → lang

    # -- config and files ------------------------------------------------------------------

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        self._reset()
        if not self.config.enabled:
            return None
        self.site_url = require_site_url(
            config, "podium/meta", "Open Graph, canonical and JSON-LD URLs must be absolute"
        )
        for lang in self.config.languages:
            if not isinstance(lang, str) or not is_known_language(lang):
                raise PluginError(f"podium/meta: languages: unknown language tag {lang!r}")
        if STYLESHEET not in config.extra_css:  # shared with the other plugin of this pair
            config.extra_css.append(STYLESHEET)
        return config

    @event_priority(priorities.META_FILES)
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        if not self.config.enabled:
            return None
        hub = require_hub(config, "podium/meta")
        owner = hub.owner()
        self.owner_id = owner.id if owner else None
        authors_file = _authors_file(config)
        lines = _author_lines(Path(config.docs_dir) / authors_file)
        problems: list[Problem] = []
        for ident, author in hub.authors.items():
            person = resolve_person(
                author,
                site_url=self.site_url,
                profile_url=self._profile_url(ident, config, files),
                path=authors_file,
                line_of=lines.get(ident, {}),
                field_prefix=f"authors.{ident}.profiles",
                url_field=f"authors.{ident}.url",
            )
            # The core already rejected non-URLs where a URL is required; what is left here
            # are handles of the wrong shape for their network: left out of sameAs/rel=me.
            problems.extend(replace(p, severity="warning") for p in person.problems)
            self.people[ident] = person
        report(log, problems)
        site_lang = bcp47(hub.site.language)
        wanted = self.config.languages or [site_lang, *hub.languages]
        self.languages = tuple(dict.fromkeys(bcp47(lang) for lang in wanted))
        self.homes = {lang: self._home_for(lang, site_lang, files, hub) for lang in self.languages}
        return files

    def _profile_url(self, ident: str, config: MkDocsConfig, files: Files) -> str:
        """The owner's profile page is the about page when there is one; others' their
        author page."""
        hub = require_hub(config, "podium/meta")
        if ident == self.owner_id:
            about = _about_url(config, files)
            if about is not None:
                return urljoin(self.site_url, about)
        return urljoin(self.site_url, hub.urls.author(ident))

    def _home_for(self, lang: str, site_lang: str, files: Files, hub: Any) -> str:
        """Where the switcher sends readers of ``lang`` when a page has no translation: a
        configured home, the site home for the site language, a ``<lang>/`` page the author
        wrote, else the articles listing in that language (made by ``podium/articles``)."""
        configured = {bcp47(k): v for k, v in self.config.language_homes.items()}
        if lang in configured:
            return str(configured[lang]).lstrip("/")
        if lang == site_lang:
            return ""
        for candidate in (f"{lang}/index.md", f"{lang}.md"):
            file = files.get_file_from_path(candidate)
            if file is not None:
                return file.url
        listing_url = hub.urls.language(lang)
        for file in files.documentation_pages():
            if file.url == listing_url:
                self.language_listings[file.src_uri] = lang
                return listing_url
        return ""

    # -- pages -----------------------------------------------------------------------------

    @event_priority(priorities.META_PAGE_CONTEXT)
    def _page_meta(
        self, context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Any
    ) -> dict[str, Any] | None:
        if not self.config.enabled:
            return None
        hub = require_hub(config, "podium/meta")
        slots = page_slots(context)
        info, translations = self._page_info(page, config, hub)
        meta = build_page_meta(info)
        if info.kind == "article":
            article = hub.entry_by_source(page.file.src_uri)
            if article is not None and article.canonical_url:
                # First published elsewhere: Material prints page.canonical_url.
                page.canonical_url = article.canonical_url
        if info.description and not page.meta.get("description"):
            # Material prints <meta name="description"> from page.meta: keep it equal to
            # og:description (a highlight's own text rather than the site description).
            page.meta["description"] = info.description
        choices: tuple[LanguageChoice, ...] = ()
        if self.config.switcher and len(self.languages) > 1:
            choices = language_choices(
                current_lang=info.lang,
                languages=self.languages,
                translations=translations,
                homes=self.homes,
            )
        slots.data["meta"] = PageView(
            meta=meta,
            # hreflang goes in sitemap.xml only (Google's equivalent of the <head> links):
            # Material's JavaScript reads every <link rel="alternate"> as another language
            # site's root and fetches "sitemap.xml" beside it, a 404 for a translated page.
            # Without Podium's sitemap (option sitemap: false) they stay in <head>.
            head=Markup(render_head(meta, hreflang=not self.config.sitemap)),
            choices=choices,
            strings=strings_for(info.lang, PROFILE_STRINGS),
        )
        slots.head.append(HEAD_TEMPLATE)
        if len(choices) > 1:
            slots.before_content.insert(0, SWITCHER_TEMPLATE)
        self.page_langs[page.url] = meta.html_lang
        alternates = tuple(
            (tag.attr("hreflang"), tag.attr("href"))
            for tag in meta.tags
            if tag.element == "link" and tag.attr("hreflang")
        )
        lastmod = info.modified.date() if info.modified else None  # the content's own date
        self.sitemap[info.url] = SitemapEntry(info.url, lastmod, alternates)
        return context

    @event_priority(priorities.META_ESCAPE)
    def _escape_for_material(
        self, context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Any
    ) -> dict[str, Any] | None:
        """Material prints ``page.meta.title`` and ``page.meta.description`` into ``<head>``
        unescaped (MkDocs' Jinja does not autoescape): a quote ends the attribute, a
        ``</title>`` in an imported post ends the element. As Markup they print escaped,
        and templates that escape again (``| e``) leave Markup alone."""
        if not self.config.enabled:
            return None
        for key in ("title", "description"):
            value = page.meta.get(key)
            if isinstance(value, str) and not isinstance(value, Markup):
                page.meta[key] = Markup.escape(plain_line(value))
        return context

    on_page_context = CombinedEvent(_page_meta, _escape_for_material)

    def _page_info(
        self, page: Page, config: MkDocsConfig, hub: Any
    ) -> tuple[PageInfo, dict[str, str]]:
        """The core decides what the page is (``podium.meta.page_kinds``); this only gathers
        what MkDocs knows of the site and the page."""
        site = SiteFacts(
            site_url=self.site_url,
            site_name=config.site_name,
            site_description=config.site_description or "",
            x_handle=self.config.twitter_site,
            owner_id=self.owner_id,
            person=self._person,
            homes=self.homes,
        )
        facts = PageFacts(
            source=page.file.src_uri,
            url=page.url,
            title=page.title or "",
            meta=page.meta if isinstance(page.meta, dict) else {},
            is_home=page.is_homepage,
            listing=articles_plugin(config, "podium/meta").listings.get(page.file.src_uri),
            is_language_home=page.file.src_uri in self.language_listings,
            card=_card_image(config, page.url),
        )
        return page_info(hub, site, facts)

    def _person(self, ident: str | None) -> PersonInfo | None:
        person = self.people.get(ident) if ident else None
        return person.info if person else None

    # -- output ----------------------------------------------------------------------------

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str | None:
        if not self.config.enabled or not self.config.html_lang:
            return None
        lang = self.page_langs.get(page.url)
        if not lang:
            return None
        return _HTML_LANG.sub(lambda m: f"{m.group(1)}{lang}{m.group(2)}", output, count=1)

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if not self.config.enabled or not self.config.sitemap:
            return
        data = sitemap_xml(self.sitemap.values())
        site_dir = Path(config.site_dir)
        write_bytes_atomic(site_dir / "sitemap.xml", data)
        write_bytes_atomic(site_dir / "sitemap.xml.gz", gzipped(data))


# -- helpers -------------------------------------------------------------------------------


def _authors_file(config: MkDocsConfig) -> str:
    return articles_plugin(config, "podium/meta").config.authors_file


def _author_lines(path: Path) -> dict[str, dict[str, int]]:
    """author id → {"url": line, "profiles.x": line, ...} for messages that point at the
    exact line (the core reports the author's line only)."""
    try:
        located = read_yaml(path)
    except (OSError, UnicodeDecodeError, YamlError):
        return {}
    authors = located.data.get("authors") if isinstance(located.data, dict) else None
    if not isinstance(authors, dict):
        return {}
    result: dict[str, dict[str, int]] = {}
    for ident, entry in authors.items():
        if not isinstance(entry, dict):
            continue
        lines = {"url": located.line("authors", ident, "url")}
        for network in entry.get("profiles") or {}:
            lines[f"profiles.{network}"] = located.line("authors", ident, "profiles", network)
        result[str(ident)] = lines
    return result


def _about_url(config: MkDocsConfig, files: Files) -> str | None:
    page = about_page(config)
    if page is None:
        return None
    file = files.get_file_from_path(page)
    return file.url if file is not None else None


def _card_image(config: MkDocsConfig, page_url: str) -> ImageInfo | None:
    """The ``og`` share card ``podium/cards`` announces on this page, its own or the site's
    (it prints the image tags itself); None without one."""
    found = announced_cards(config, page_url)
    card = found.get("og") or found.get("x")
    if card is None or not card.url:
        return None
    return ImageInfo(
        url=card.url, alt=card.alt, width=card.width, height=card.height, mime=card.mime
    )
