"""``podium/share``: a share bar under every article and highlight, and the team share kit:
one noindex tool page over compact data (``kit.json``), plus a small page per entry without
the theme's chrome for readers without JavaScript.

Flow: ``on_files`` builds every entry's post texts and links from the hub (reporting texts
that had to be shortened, and hand-written ones over their limit as errors) and adds the kit
page with ``File.generated``; ``on_page_context`` puts the share bar in the
``after_content`` slot and hands the kit page its data; ``on_post_build`` writes
``kit.json`` and the per-entry pages. Members' links, composer URLs and the CSV/JSON exports
are computed in the browser (``assets/podium/share/kit.js``): nothing is written once per
member or per platform. All text is escaped in the templates (``| e``): MkDocs' Jinja does
not autoescape.
"""

from __future__ import annotations

import json
import posixpath
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from podium.cards.plan import CardInfo
from podium.core.atomic import write_bytes_atomic
from podium.core.hub import Hub
from podium.core.i18n import strings_for
from podium.mkdocs import priorities
from podium.mkdocs.hub_access import card_presets, cards_for, require_hub, require_site_url
from podium.mkdocs.log import get_logger, report
from podium.mkdocs.slots import page_slots
from podium.share.entries import (
    build_entries,
    entry_key,
    owner_mastodon_instance,
)
from podium.share.intents import InvalidInstance, normalize_instance
from podium.share.kit import CardImage, KitEntry, TeamMember, kit_data
from podium.share.share_bar_words import SHARE_STRINGS
from podium.share.utm import UtmSettings

from .config import ShareConfig

log = get_logger("share")
NAME = "podium/share"
BAR = "podium/share/bar.html"
HEAD = "podium/share/head.html"
KIT_TEMPLATE = "podium/share/kit.html"
KIT_ITEM_TEMPLATE = "podium/share/kit-item.html"
KIT_DATA = "kit.json"


class SharePlugin(BasePlugin[ShareConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self._reset()

    def _reset(self) -> None:
        self.entries: dict[tuple[str, str], KitEntry] = {}
        self.kit_pages: dict[str, None] = {}  # src_uri of the kit page
        self._env: Environment | None = None
        self.members: list[TeamMember] = []
        self.utm = UtmSettings()
        self.mastodon_instance = ""
        self.hub: Hub | None = None
        self.kit_home = ""
        self.page_links: dict[tuple[str, str], str] = {}
        self._config: MkDocsConfig | None = None

    # -- config ----------------------------------------------------------------------------

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        self._reset()
        if not self.config.enabled:
            return None
        require_site_url(config, NAME, "share links must be absolute")
        self._config = config
        utm = self.config.utm
        self.utm = UtmSettings(
            enabled=utm.enabled,
            medium=utm.medium,
            medium_overrides={"email": utm.email_medium},
            sources={str(k): str(v) for k, v in utm.sources.items()},
            names={str(k): str(v) for k, v in utm.names.items()},
            share_bar_content=utm.share_bar_content,
        )
        self.members = _members(self.config.team)
        if self.config.mastodon_instance:
            try:
                self.mastodon_instance = normalize_instance(self.config.mastodon_instance)
            except InvalidInstance as error:
                raise PluginError(f"{NAME}: mastodon_instance: {error}") from None
        return config

    # -- files -----------------------------------------------------------------------------

    @event_priority(priorities.SHARE_FILES)
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        if not self.config.enabled:
            return None
        hub = require_hub(config, NAME)
        self.hub = hub
        if not self.mastodon_instance:
            self.mastodon_instance = owner_mastodon_instance(hub)
        entries, problems = build_entries(
            hub,
            platforms=self.config.platforms,
            utm=self.utm,
            members=self.members,
            mastodon_instance=self.mastodon_instance,
            kit_url_of=lambda item: (
                self._kit_file(entry_key(item), config)[1] if self.config.kit else ""
            ),
        )
        quiet = self.config.shortened == "info"
        for problem in problems:
            if quiet and problem.kind == "shortened":
                log.info(str(problem))
        report(log, [p for p in problems if not (quiet and p.kind == "shortened")])
        self.entries = entries
        # Where each entry's page really is (use_directory_urls: false moves it).
        for item in (*hub.articles, *hub.highlights):
            file = files.get_file_from_path(item.source)
            if file is not None and hub.entry_by_source(item.source) is item:
                self.page_links[entry_key(item)] = file.url
        if self.config.kit:
            self._add_kit_pages(files, config)
        return files

    def _kit_dir(self) -> str:
        return self.config.kit_dir.strip("/")

    def _kit_file(self, key: tuple[str, str], config: MkDocsConfig) -> tuple[str, str]:
        """(file, URL) of an entry's page without JavaScript, site-relative."""
        kind, ident = key
        folder = f"{self._kit_dir()}/{kind}s"
        if config.use_directory_urls:
            return f"{folder}/{ident}/index.html", f"{folder}/{ident}/"
        return f"{folder}/{ident}.html", f"{folder}/{ident}.html"

    def _add_kit_pages(self, files: Files, config: MkDocsConfig) -> None:
        source = f"{self._kit_dir()}/index.md"
        if files.get_file_from_path(source) is not None:
            raise PluginError(
                f"{NAME}: kit_dir: '{source}' already exists in docs; choose another kit_dir."
            )
        taken = {file.dest_uri for file in files}
        for key in self.entries:
            path = self._kit_file(key, config)[0]
            if path in taken:
                raise PluginError(
                    f"{NAME}: kit_dir: '{path}' is a page of the site; choose another kit_dir."
                )
        content = (
            f"---\ntitle: Share kit\ntemplate: {KIT_TEMPLATE}\nsearch:\n  exclude: true\n---\n"
        )
        file = File.generated(config, source, content=content, inclusion=InclusionLevel.NOT_IN_NAV)
        files.append(file)
        self.kit_pages[source] = None
        self.kit_home = file.url

    # -- pages -----------------------------------------------------------------------------

    @event_priority(priorities.SHARE_PAGE_CONTEXT)
    def on_page_context(
        self, context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Any
    ) -> dict[str, Any] | None:
        if not self.config.enabled or self.hub is None:
            return None
        podium = page_slots(context)
        # On every page: Material's instant navigation keeps the first page's scripts.
        podium.head.append(HEAD)
        item = podium.article or podium.highlight
        if item is not None and entry_key(item) in self.entries:
            entry = self.entries[entry_key(item)]
            podium.data["share"] = entry
            podium.data["share_t"] = strings_for(item.lang or podium.lang, SHARE_STRINGS)
            podium.data["share_kit_link"] = bool(self.config.kit and self.config.kit_link)
            podium.data["share_menu"] = [
                p for p in self.config.menu_platforms if p in self.config.platforms
            ]
            podium.after_content.append(BAR)
        if page.file.src_uri in self.kit_pages:
            podium.data["share_kit_data"] = f"{self._kit_dir()}/{KIT_DATA}"
            podium.data["share_kit_index"] = [
                (entry, self._page_link(key)) for key, entry in self._newest_first()
            ]
            podium.data["share_members"] = self.members
            podium.data["share_kit_languages"] = sorted({e.lang for e in self.entries.values()})
        return context

    def _newest_first(self) -> list[tuple[tuple[str, str], KitEntry]]:
        return sorted(self.entries.items(), key=lambda kv: (kv[1].date, kv[0]), reverse=True)

    def _page_link(self, key: tuple[str, str]) -> str:
        """Site-relative link to the entry's page, as MkDocs wrote it."""
        return self.page_links.get(key) or self._entry_page_url(self.entries[key])

    def _entry_page_url(self, entry: KitEntry) -> str:
        """Site-relative URL of the entry in the hub (what ``cards_for`` is asked about)."""
        assert self.hub is not None
        base = self.hub.site.absolute("")
        return entry.url[len(base) :] if entry.url.startswith(base) else entry.url

    # -- cards (from podium/cards when present) ---------------------------------------------

    def _with_cards(self, entry: KitEntry) -> KitEntry:
        cards = self._cards_for(self._entry_page_url(entry))
        if not cards:
            return entry
        return replace(entry, cards=cards)

    def _cards_for(self, page_url: str) -> tuple[CardImage, ...]:
        if self._config is None:
            return ()
        return _card_images(cards_for(self._config, page_url))

    # -- sitemap ---------------------------------------------------------------------------

    def on_template_context(
        self, context: dict[str, Any], *, template_name: str, config: MkDocsConfig
    ) -> dict[str, Any] | None:
        """Keep the noindex kit pages out of ``sitemap.xml``: a sitemap asks to index."""
        if template_name != "sitemap.xml" or not self.kit_pages:
            return None
        pages = context.get("pages") or []
        context["pages"] = [file for file in pages if file.src_uri not in self.kit_pages]
        return context

    # -- exports ---------------------------------------------------------------------------

    def on_env(self, env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
        self._env = env  # the per-entry kit pages render with the build's own environment
        return env

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if not self.config.enabled or not self.config.kit or self._env is None:
            return
        site = Path(config.site_dir)
        entries = [self._with_cards(entry) for _, entry in self._newest_first()]
        data = kit_data(
            entries,
            members=self.members,
            utm=self.utm,
            platforms=self.config.platforms,
            mastodon_instance=self.mastodon_instance,
            presets=card_presets(config),
            site_url=self.hub.site.absolute("") if self.hub else "",
        )
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        write_bytes_atomic(site / self._kit_dir() / KIT_DATA, text.encode("utf-8") + b"\n")
        template = self._env.get_template(KIT_ITEM_TEMPLATE)
        strings = {lang: strings_for(lang, SHARE_STRINGS) for lang in {e.lang for e in entries}}
        for (key, _), entry in zip(self._newest_first(), entries, strict=True):
            path = self._kit_file(key, config)[0]
            root = posixpath.relpath(".", posixpath.dirname(path) or ".") + "/"
            html = template.render(
                entry=entry,
                root="" if root == "./" else root,
                page_link=self._page_link(key),
                kit_home=self.kit_home,
                lang=entry.lang,
                t=strings[entry.lang],
                config=config,
            )
            write_bytes_atomic(site / path, html.encode("utf-8"))


def _members(raw: Sequence[str | dict]) -> list[TeamMember]:
    members: list[TeamMember] = []
    for index, value in enumerate(raw):
        member = TeamMember.from_config(value)
        if not member.id:
            raise PluginError(f"{NAME}: team[{index}]: a member needs a name or an id")
        if any(existing.id == member.id for existing in members):
            raise PluginError(f"{NAME}: team[{index}]: '{member.id}' is listed twice")
        members.append(member)
    return members


def _card_images(found: Mapping[str, CardInfo]) -> tuple[CardImage, ...]:
    """The kit's images of ``podium/cards``' cards: ``url`` (absolute) serves the exports,
    ``path`` (site-relative) the kit page's download links."""
    images = [
        CardImage(preset, card.url or card.path, card.width, card.height, card.path, card.alt)
        for preset, card in found.items()
        if card.url or card.path
    ]
    return tuple(sorted(images, key=lambda image: (image.preset, image.url)))
