"""``podium/feeds``: RSS, Atom and JSON Feed for the hub, its listings and languages.

Flow: ``on_files`` plans the feeds from the hub (``podium.feeds.hubfeeds``) and adds one
empty ``File.generated`` per feed file, plus the Subscribe page; ``on_env`` (MkDocs 1.6
runs it after every page's Markdown is rendered and before files are copied) fills the
files with the library's output; ``on_page_context`` adds the discovery links, the
footer link and the feed list of the Subscribe page.
"""

from __future__ import annotations

import os
import posixpath
from pathlib import Path
from typing import Any

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from podium.core.errors import Problem
from podium.core.hub import Hub
from podium.core.i18n import language_name, t
from podium.feeds import FeedError, FeedImage, render_feed
from podium.feeds.feed_words import FEED_STRINGS
from podium.feeds.hubfeeds import (
    Entry,
    FeedSetOptions,
    ItemFactory,
    KindOptions,
    PlannedFeed,
    RenderedHtml,
    feed_spec,
    plan_feeds,
)
from podium.mkdocs import priorities
from podium.mkdocs.hub_access import articles_plugin, cards_for, require_hub, require_site_url
from podium.mkdocs.log import get_logger, report
from podium.mkdocs.slots import page_slots

from .cards import card_image, local_image
from .config import FeedsConfig

log = get_logger("feeds")

#: Config key of each kind of feed.
KIND_KEYS = {
    "hub": "hub",
    "articles": "articles",
    "highlights": "highlights",
    "category": "categories",
    "tag": "tags",
    "language": "languages",
}
FORMATS = (
    ("RSS", "application/rss+xml"),
    ("Atom", "application/atom+xml"),
    ("JSON Feed", "application/feed+json"),
)


class FeedsPlugin(BasePlugin[FeedsConfig]):
    """See the module docstring for the event flow and ``config.py`` for the paths."""

    supports_multiple_instances = False

    def __init__(self) -> None:
        self._reset()

    def _reset(self) -> None:
        self.options: FeedSetOptions | None = None
        self.hub: Hub | None = None
        self.plans: tuple[PlannedFeed, ...] = ()
        self.by_key: dict[tuple[str, str], PlannedFeed] = {}
        self._links_of: dict[tuple[str, str], list[dict[str, str]]] = {}
        self.files: dict[str, File] = {}
        self.subscribe_source: str | None = None
        self.subscribe_url: str | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Defined so MkDocs keeps this instance across ``serve`` rebuilds (see on_config)."""

    # -- config ----------------------------------------------------------------------------

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        self._reset()
        if not self.config.enabled:
            return None
        require_site_url(config, "podium/feeds", "feeds need absolute URLs")
        self.options = self._options()
        return None

    def _options(self) -> FeedSetOptions:
        if self.config.limit < 0:
            raise PluginError("podium/feeds: limit: expected 0 (no limit) or more")
        kinds: dict[str, KindOptions] = {}
        for kind, key in KIND_KEYS.items():
            sub = self.config[key]
            limit = self.config.limit if sub.limit is None else sub.limit
            if limit < 0:
                raise PluginError(f"podium/feeds: {key}.limit: expected 0 (no limit) or more")
            if sub.path is not None:
                try:
                    sub.path.format(slug="x", lang="x")
                except (KeyError, IndexError, ValueError):
                    raise PluginError(
                        f"podium/feeds: {key}.path: only {{slug}} and {{lang}} can be filled "
                        f"in, got {sub.path!r}"
                    ) from None
            kinds[kind] = KindOptions(enabled=sub.enabled, limit=limit or None, path=sub.path)
        names = {"rss_name": self.config.rss_name, "atom_name": self.config.atom_name}
        names["json_name"] = self.config.json_name
        for key, name in names.items():
            if not name or "/" in name:
                raise PluginError(f"podium/feeds: {key}: expected a file name, got {name!r}")
        if len(set(names.values())) < 3:
            raise PluginError("podium/feeds: rss_name, atom_name, json_name: must differ")
        return FeedSetOptions(
            kinds=kinds,
            content=self.config.content,
            section_content=self.config.section_content,
            rss_name=names["rss_name"],
            atom_name=names["atom_name"],
            json_name=names["json_name"],
            hubs=tuple(self.config.websub_hubs),
            pullquotes=self.config.pullquotes,
        )

    # -- files -----------------------------------------------------------------------------

    @event_priority(priorities.FEEDS_FILES)
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        if self.options is None:
            return None
        hub = require_hub(config, "podium/feeds")
        self.hub = hub
        self.plans = plan_feeds(hub, self.options)
        self.by_key = {(plan.kind, plan.key): plan for plan in self.plans}
        owners: dict[str, str] = {}
        for plan in self.plans:
            for path in plan.paths:
                if path in owners:
                    raise PluginError(
                        f"podium/feeds: {KIND_KEYS[plan.kind]}.path: the {plan.kind} feed "
                        f"{plan.key!r} and the {owners[path]} feed both write {path}"
                    )
                owners[path] = f"{plan.kind} {plan.key!r}" if plan.key else plan.kind
                if files.get_file_from_path(path) is not None:
                    log.warning(f"{path}: a file of yours has this path; it is kept, no feed")
                    continue
                generated = File.generated(config, path, content=b"")
                files.append(generated)
                self.files[path] = generated
        self._add_subscribe_page(files, config, hub)
        log.info(f"{len(self.plans)} feeds in 3 formats")
        return files

    def _add_subscribe_page(self, files: Files, config: MkDocsConfig, hub: Hub) -> None:
        source = self.config.subscribe_page.strip("/")
        if not source or not self.plans:
            return
        existing = files.get_file_from_path(source)
        if existing is None:
            lang = hub.site.language
            title = t("subscribe", lang, FEED_STRINGS)
            intro = t("subscribe_intro", lang, FEED_STRINGS, site=hub.site.site_name)
            markdown = f'---\ntitle: "{_yaml_escape(title)}"\n---\n\n{intro}\n'
            existing = File.generated(
                config, source, content=markdown, inclusion=InclusionLevel.NOT_IN_NAV
            )
            files.append(existing)
        self.subscribe_source = source
        self.subscribe_url = existing.url

    # -- content ---------------------------------------------------------------------------

    def on_env(self, env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
        if self.hub is None or self.options is None:
            return env
        hub = self.hub
        articles = articles_plugin(config, "podium/feeds")
        docs_dir = Path(config.docs_dir)
        images: dict[tuple[str, str], FeedImage | None] = {}

        def html_for(entry: Entry) -> RenderedHtml | None:
            rendered = articles.rendered.get(entry.source)
            if rendered is None:
                return None
            return RenderedHtml(rendered.html, rendered.excerpt_html, rendered.url)

        def size_of(path: str) -> int | None:
            file = files.get_file_from_path(path)
            source = file.abs_src_path if file is not None else None
            try:
                return os.path.getsize(source) if source else None
            except OSError:
                return None

        def cover_for(entry: Entry) -> FeedImage | None:
            if not entry.image:
                return None
            # The same relative path can mean different files in different folders.
            key = (entry.image, posixpath.dirname(entry.source))
            if key not in images:
                images[key] = local_image(entry.image, entry.source, docs_dir, hub)
            return images[key]

        def image_for(entry: Entry) -> FeedImage | None:
            card = card_image(cards_for(config, entry.url), entry, hub, size_of)
            return card or cover_for(entry)

        covers = cover_for if self.config.cover_in_content else None
        factory = ItemFactory(hub, self.options.content, html_for, image_for, covers)
        favicon = _favicon(config, hub)
        page_urls = {file.url for file in files.documentation_pages()}
        problems: set[Problem] = set()
        for plan in self.plans:
            spec = feed_spec(plan, hub, self.options, self._home(plan, page_urls), favicon)
            content = self.options.content_of(plan.kind)
            try:
                items = [factory.item(entry, content) for entry in plan.entries]
                rendered = render_feed(spec, items)
            except FeedError as error:
                raise PluginError(f"podium/feeds: {error}") from None
            for path, data in zip(
                plan.paths, (rendered.rss, rendered.atom, rendered.json), strict=True
            ):
                if path in self.files:
                    self.files[path].content_bytes = data
            for warning in rendered.warnings:
                severity = "error" if warning.severity == "error" else "warning"
                problems.add(Problem(warning.where, None, warning.field, warning.message, severity))
        report(log, sorted(problems))
        return env

    def _home(self, plan: PlannedFeed, page_urls: set[str]) -> str | None:
        """The feed's page when it exists (a highlights index may not), else the site root."""
        assert self.hub is not None
        if not plan.page_url:
            return None  # feed_spec's default: the site root
        candidates = (plan.page_url, plan.page_url + "index.html", plan.page_url[:-1] + ".html")
        for url in candidates:
            if url in page_urls:
                return self.hub.site.absolute(url)
        return self.hub.site.absolute("")

    # -- pages -----------------------------------------------------------------------------

    def on_page_context(
        self, context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Any
    ) -> dict[str, Any] | None:
        if self.hub is None or not self.plans:
            return None
        podium = page_slots(context)
        if self.config.discovery:
            links = self._links(podium, page)
            # Material's JavaScript fetches "sitemap.xml" beside every <link rel="alternate">
            # (its language selector reads each one as another site's root): a feed in a
            # folder makes every reader's browser request "<folder>/sitemap.xml", a 404 in
            # the console. So only feeds at the site root go in <head>; a section's own feeds
            # are <a rel="alternate"> links in the footer, which Material does not read.
            head = [link for link in links if "/" not in link["path"]]
            if head:
                podium.data["feed_links"] = head
                podium.head.append("podium/feeds/head.html")
            section = [link for link in links if "/" in link["path"]]
            if section:
                podium.data["section_feed_links"] = section
        lang = podium.lang or self.hub.site.language
        if self.subscribe_url is not None:
            podium.data["subscribe_url"] = self.subscribe_url
            podium.data["feed_labels"] = {
                key: t(key, lang, FEED_STRINGS) for key in ("subscribe", "copy", "copied")
            }
            podium.data["subscribe_in_footer"] = self.config.footer_link
        if podium.data.get("subscribe_in_footer") or podium.data.get("section_feed_links"):
            podium.footer.append("podium/feeds/footer.html")
        if page.file.src_uri == self.subscribe_source:
            podium.data["feed_groups"] = self._groups(lang)
            podium.after_content.insert(0, "podium/feeds/subscribe.html")
        return context

    def _plan(self, kind: str, key: str = "") -> PlannedFeed | None:
        return self.by_key.get((kind, key))

    def _links(self, podium: Any, page: Page) -> list[dict[str, str]]:
        """Hub feeds everywhere; a listing's own feeds on the listing (and highlights) pages."""
        wanted = [self._plan("hub")]
        listing = podium.listing
        if listing is not None and listing.kind == "index":
            wanted.append(self._plan("articles"))
        elif listing is not None and listing.kind in ("category", "tag", "language"):
            wanted.append(self._plan(listing.kind, listing.key))
        highlights = self._plan("highlights")
        if highlights is not None and (
            page.url == highlights.page_url or page.url.startswith(highlights.page_url + "page/")
        ):
            wanted.append(highlights)  # every page of the highlights wall
        # Not the language feed on article pages: their links would make Material fetch
        # "articles/lang/<lang>/sitemap.xml" (a 404) on the most visited pages.
        links: list[dict[str, str]] = []
        seen: set[tuple[str, str]] = set()
        for plan in wanted:
            if plan is not None and (plan.kind, plan.key) not in seen:
                seen.add((plan.kind, plan.key))
                links.extend(self._format_links(plan))
        return links

    def _format_links(self, plan: PlannedFeed) -> list[dict[str, str]]:
        """The three formats of ``plan`` as link data (built once per build, shared)."""
        cached = self._links_of.get((plan.kind, plan.key))
        if cached is None:
            cached = self._links_of[(plan.kind, plan.key)] = self._new_links(plan)
        return cached

    def _new_links(self, plan: PlannedFeed) -> list[dict[str, str]]:
        assert self.hub is not None
        hreflang = plan.language if plan.kind == "language" else ""
        return [
            {
                "type": mime,
                "title": f"{plan.title} ({label})",
                "href": self.hub.site.absolute(path),
                "path": path,
                "hreflang": hreflang,
                "label": label,
            }
            for (label, mime), path in zip(FORMATS, plan.paths, strict=True)
        ]

    def _groups(self, lang: str) -> list[dict[str, Any]]:
        """The Subscribe page's sections: everything, articles, highlights, languages, ..."""

        def feeds(kind: str, name) -> list[dict[str, Any]]:
            return [
                {
                    "name": name(plan),
                    "kind": kind,
                    "key": plan.key,
                    "formats": self._format_links(plan),
                }
                for plan in self.plans
                if plan.kind == kind
            ]

        sections = [
            (t("everything", lang, FEED_STRINGS), feeds("hub", lambda p: p.title)),
            (t("articles", lang), feeds("articles", lambda p: p.title)),
            (t("highlights", lang, FEED_STRINGS), feeds("highlights", lambda p: p.title)),
            (
                t("by_language", lang, FEED_STRINGS),
                feeds("language", lambda p: language_name(p.key)),
            ),
            (t("by_category", lang, FEED_STRINGS), feeds("category", lambda p: p.key)),
            (t("by_tag", lang, FEED_STRINGS), feeds("tag", lambda p: p.key)),
        ]
        return [{"title": title, "feeds": items} for title, items in sections if items]


def _favicon(config: MkDocsConfig, hub: Hub) -> str:
    favicon = config.theme.get("favicon") if config.theme else None
    return hub.site.absolute(str(favicon)) if favicon else ""


def _yaml_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"')
