"""``podium/share``: a share bar under every article and highlight, the team share kit
(one noindex page per entry plus an index) and its CSV/JSON exports.

Flow: ``on_files`` builds every entry's post texts and links from the hub (reporting texts
that had to be shortened, and hand-written ones over their limit as errors) and adds the kit
pages with ``File.generated``; ``on_page_context`` puts the share bar in the
``after_content`` slot and hands the kit templates their data; ``on_post_build`` writes the
exports. All text is escaped in the templates (``| e``): MkDocs' Jinja does not autoescape.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

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
from podium.mkdocs.hub_access import cards_for, require_hub, require_site_url
from podium.mkdocs.log import get_logger, report
from podium.mkdocs.slots import page_slots
from podium.share.entries import (
    build_entries,
    entry_key,
    owner_mastodon_instance,
)
from podium.share.intents import InvalidInstance, normalize_instance
from podium.share.kit import CardImage, KitEntry, TeamMember, kit_to_csv, kit_to_json
from podium.share.share_bar_words import SHARE_STRINGS
from podium.share.utm import UtmSettings

from .config import ShareConfig

log = get_logger("share")
NAME = "podium/share"
BAR = "podium/share/bar.html"
HEAD = "podium/share/head.html"
KIT_TEMPLATE = "podium/share/kit.html"
KIT_INDEX_TEMPLATE = "podium/share/kit-index.html"


class SharePlugin(BasePlugin[ShareConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self._reset()

    def _reset(self) -> None:
        self.entries: dict[tuple[str, str], KitEntry] = {}
        self.kit_pages: dict[str, tuple[str, str] | None] = {}  # src_uri -> entry key
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

    def _kit_source(self, key: tuple[str, str]) -> str:
        kind, ident = key
        return f"{self._kit_dir()}/{kind}s/{ident}.md"

    def _add_kit_pages(self, files: Files, config: MkDocsConfig) -> None:
        pages: list[tuple[str, str, str, tuple[str, str] | None]] = [
            (f"{self._kit_dir()}/index.md", "Share kit", KIT_INDEX_TEMPLATE, None)
        ]
        for key, entry in self.entries.items():
            pages.append((self._kit_source(key), f"Share kit: {entry.title}", KIT_TEMPLATE, key))
        for source, title, template, key in pages:
            if files.get_file_from_path(source) is not None:
                raise PluginError(
                    f"{NAME}: kit_dir: '{source}' already exists in docs; choose another kit_dir."
                )
            # A JSON string is a YAML string: quotes, '#', ':' and newlines stay harmless.
            # (podium/articles escapes every page title for Material's raw <title>.)
            content = (
                f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\n"
                f"template: {template}\nsearch:\n  exclude: true\n---\n"
            )
            file = File.generated(
                config, source, content=content, inclusion=InclusionLevel.NOT_IN_NAV
            )
            files.append(file)
            self.kit_pages[source] = key
            # The page's own URL, so use_directory_urls: false works too.
            if key is None:
                self.kit_home = file.url
            else:
                self.entries[key] = replace(self.entries[key], kit_url=file.url)

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
            key = self.kit_pages[page.file.src_uri]
            podium.data["share_members"] = self.members
            podium.data["share_kit_home"] = self.kit_home
            podium.data["share_exports"] = {
                "csv": f"{self._kit_dir()}/kit.csv",
                "json": f"{self._kit_dir()}/kit.json",
            }
            if key is None:
                podium.data["share_kit_index"] = [
                    (entry, self._page_link(key)) for key, entry in self.entries.items()
                ]
            else:
                entry = self._with_cards(self.entries[key])
                podium.data["share_kit"] = entry
                podium.data["share_entry_url"] = self._page_link(key)
        return context

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
        return KitEntry(
            entry.kind, entry.id, entry.title, entry.url, entry.kit_url, entry.platforms, cards
        )

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

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if not self.config.enabled or not self.config.kit:
            return
        entries = [self._with_cards(entry) for entry in self.entries.values()]
        folder = Path(config.site_dir) / self._kit_dir()
        write_bytes_atomic(folder / "kit.json", kit_to_json(entries).encode("utf-8"))
        write_bytes_atomic(folder / "kit.csv", kit_to_csv(entries).encode("utf-8"))


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
