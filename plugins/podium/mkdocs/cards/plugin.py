"""``podium/cards``: a share card per page and platform preset, with their meta tags.

Flow: ``on_config`` validates presets and brand (bad values stop the build naming the key);
``on_files`` plans one card per article, highlight, author page and the home page and
preset, renders what the cache lacks on all cores, and adds the images with
``File.generated``; ``on_page_context`` puts the ``og:image``/``twitter:image`` tags in the
page's ``head`` slot. Other plugins (the share kit) read :meth:`CardsPlugin.cards_for`.
"""

from __future__ import annotations

import os
import posixpath
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files, InclusionLevel
from mkdocs.structure.pages import Page

from podium.cards import CardError, CardJob, load_brand, parse_presets, render_all
from podium.cards.batch import BatchResult, prune
from podium.cards.brand import Brand, brand_warnings
from podium.cards.cache import CacheError, claim
from podium.cards.plan import HOME_SOURCE, CardInfo, CardPage, Planner
from podium.cards.presets import Preset
from podium.cards.promote import EVERY_PAGE, Promotion, promoted_sources, read_requests
from podium.mkdocs import priorities
from podium.mkdocs.hub_access import require_hub, require_site_url
from podium.mkdocs.log import get_logger, report
from podium.mkdocs.slots import page_slots

from .config import CardsConfig
from .files import LinkedFile, configured_site_url

log = get_logger("cards")

NAME = "podium/cards"
META_TEMPLATE = "podium/cards/meta.html"


#: Card workers by default at most: each is a Python process with Pillow and fonts (~60-100
#: MB), and they count in the build's memory; past four, rendering is rarely what waits.
MAX_DEFAULT_WORKERS = 4
CARDS_PER_WORKER = 50  # fewer cards than this per extra process: not worth its start-up


def default_workers(cards: int) -> int:
    """One process per core, at most four, and none beyond what the cards keep busy."""
    cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_DEFAULT_WORKERS, -(-cards // CARDS_PER_WORKER)))


class CardsPlugin(BasePlugin[CardsConfig]):
    """See the module docstring for the event flow."""

    supports_multiple_instances = False

    def __init__(self) -> None:
        self.is_serve = False
        self._reset()

    def _reset(self) -> None:
        self.presets: tuple[Preset, ...] = ()
        self.brand: Brand | None = None
        self.cache_dir: Path | None = None
        self.last: BatchResult | None = None
        self._by_url: dict[str, dict[str, CardInfo]] = {}
        self._by_source: dict[str, dict[str, CardInfo]] = {}
        self._entry_urls: set[str] = set()  # articles and highlights: their own card or none
        self.promotion = Promotion()

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # Having on_startup keeps this instance across serve rebuilds: state resets in on_config.
        self.is_serve = command == "serve"

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        self._reset()
        if not self.config.enabled:
            return None
        require_site_url(config, NAME, "required for the absolute og:image URLs platforms need")
        base = Path(config.config_file_path or ".").resolve().parent
        brand = dict(self.config.brand)
        brand.setdefault("site_name", config.site_name)
        # Under ``mkdocs serve`` site_url is the dev server's address: the domain printed on
        # cards still comes from mkdocs.yml, so serve reuses the cards of the last build.
        site_url = configured_site_url(config) or config.site_url
        brand.setdefault("domain", urlsplit(site_url).hostname or "")
        try:
            self.presets = parse_presets(self.config.presets)
            self.brand = load_brand(brand, base)
        except CardError as error:
            raise PluginError(f"{NAME}: {error}") from None
        for warning in brand_warnings(self.brand):
            log.warning(warning)
        if self.config.workers < 0:
            raise PluginError(f"{NAME}: workers: expected 0 (all cores) or more")
        try:
            self.cache_dir = claim(base / self.config.cache_dir, Path(config.docs_dir))
        except CacheError as error:
            raise PluginError(f"{NAME}: {error}") from None
        promote = self.config.promote
        if promote.recent_days < 0:
            raise PluginError(f"{NAME}: promote.recent_days: expected 0 or more")
        self.promotion = Promotion(
            every_page=promote.every_page,
            recent_days=promote.recent_days,
            pinned=promote.pinned,
            shared=promote.shared,
            pages=tuple(promote.pages),
            requested=read_requests(base / promote.requests_file),
        )
        return config

    def presets_for(self, page: CardPage, promoted: frozenset[str]) -> tuple[Preset, ...]:
        """Every preset for a promoted page (and the home page), else the `og` card."""
        if page.source in promoted or page.source == HOME_SOURCE:
            return self.presets
        return tuple(p for p in self.presets if p.name in EVERY_PAGE)

    @event_priority(priorities.CARDS_FILES)
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        if not self.config.enabled or self.brand is None or self.cache_dir is None:
            return None
        hub = require_hub(config, NAME)
        self._entry_urls = {entry.url for entry in (*hub.articles, *hub.highlights)}
        planner = Planner(hub, Path(config.docs_dir))
        pages = planner.pages(home=self.config.home)
        report(log, planner.problems)
        promoted = promoted_sources(hub, self.promotion)
        per_page = [self.presets_for(page, promoted) for page in pages]
        jobs = [
            CardJob(page.spec, preset)
            for page, ps in zip(pages, per_page, strict=True)
            for preset in ps
        ]
        logged = 0

        def progress(done: int, count: int) -> None:
            nonlocal logged
            step = max(1, count // 10)  # about ten progress lines, however many cards
            if count >= 20 and (done == count or done // step > logged // step):
                logged = done
                log.info(f"rendered {done}/{count} cards")

        try:
            result = render_all(
                jobs,
                self.brand,
                self.cache_dir,
                workers=self.config.workers or default_workers(len(jobs)),
                progress=progress,
            )
        except (CardError, CacheError) as error:
            raise PluginError(f"{NAME}: {error}") from None
        self.last = result
        replaced = f", {result.replaced} damaged cache entries replaced" if result.replaced else ""
        log.info(
            f"{result.rendered} cards rendered, {result.reused} reused from the cache"
            f"{replaced} ({len(pages)} pages, {len(promoted)} promoted with every preset)"
        )
        self._publish(pages, per_page, result, files, config)
        return files

    def _publish(
        self,
        pages: list[CardPage],
        per_page: list[tuple[Preset, ...]],
        result: BatchResult,
        files: Files,
        config: MkDocsConfig,
    ) -> None:
        site = require_hub(config, NAME).site
        output = self.config.output_dir.strip("/")
        added: set[str] = set()
        start = 0
        for page, presets in zip(pages, per_page, strict=True):
            cards = result.cards[start : start + len(presets)]
            start += len(presets)
            missing = sorted({char for card in cards for char in card.missing})
            if missing:
                shown = " ".join(missing)
                log.warning(
                    f"{page.spec.where}: cards: no glyph for {shown} in the card fonts; "
                    "add a font that has them to brand.fallback_fonts"
                )
            infos: dict[str, CardInfo] = {}
            for card in cards:
                path = posixpath.join(output, card.name)
                if path not in added:
                    added.add(path)
                    existing = files.get_file_from_path(path)
                    if existing is not None:
                        files.remove(existing)
                    files.append(
                        LinkedFile.generated(
                            config,
                            path,
                            abs_src_path=str(card.cache_path),
                            inclusion=InclusionLevel.NOT_IN_NAV,
                        )
                    )
                preset = card.job.preset
                infos[preset.name] = CardInfo(
                    preset=preset.name,
                    url=site.absolute(path),
                    path=path,
                    width=card.width,
                    height=card.height,
                    mime=card.mime,
                    alt=card.alt,
                    meta=preset.meta,
                )
            self._by_url[page.url] = infos
            self._by_source[page.source] = infos

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        # Only after a full build: under serve, a card dropped a moment ago may come back.
        if self.is_serve or self.last is None or self.cache_dir is None:
            return
        keep = {card.key for card in self.last.cards}
        removed = prune(self.cache_dir, keep, self.config.cache_max_age)
        if removed:
            log.info(
                f"removed {removed} unused cards older than {self.config.cache_max_age} "
                "days from the cache"
            )

    def on_serve(self, server: Any, *, config: MkDocsConfig, builder: Any) -> Any:
        """Rebuild when a brand file outside docs/ changes (logo, avatar, fonts, background)."""
        if self.brand is None:
            return server
        docs = Path(config.docs_dir).resolve()
        brand = self.brand
        for path in (
            brand.logo,
            brand.avatar,
            brand.background_image,
            *brand.fallback_fonts,
            brand.font_regular,
            brand.font_bold,
        ):
            if path is not None and docs not in Path(path).resolve().parents:
                server.watch(str(path))
        return server

    # -- pages -----------------------------------------------------------------------------

    def on_page_context(
        self, context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Any
    ) -> dict[str, Any] | None:
        own = self._by_source.get(page.file.src_uri)
        # A page without a card of its own (about, events, listings, the wall) shows the
        # owner's 1200x630 card rather than a small avatar: see announced_cards().
        cards = own or self.announced_cards(page.url)
        if not cards:
            return None
        podium = page_slots(context)
        if own:
            podium.data["cards"] = own
        podium.data["card_og"] = cards.get("og") or cards.get("x")
        podium.data["card_x"] = cards.get("x") or cards.get("og")
        if podium.data["card_og"] is not None and META_TEMPLATE not in podium.head:
            podium.head.append(META_TEMPLATE)
        return context

    # -- for other plugins -----------------------------------------------------------------

    def announced_cards(self, page_url: str) -> dict[str, CardInfo]:
        """The cards whose ``og``/``x`` images the page at ``page_url`` announces: its own,
        else the site's card (the owner's profile card of the home page), so about, events,
        listings and the wall get a large image with its size and alt text too. Only the
        ``og`` and ``x`` presets; empty without a home card (option ``home: false``) and for
        an article or highlight that opted out (``cards: false``)."""
        own = self._by_url.get(page_url)
        if own:
            return dict(own)
        if page_url in self._entry_urls:
            return {}  # an article or highlight that opted out of cards gets none
        site = self._by_url.get("", {})
        return {name: site[name] for name in ("og", "x") if name in site}

    def site_card(self) -> CardInfo | None:
        """The site's ``og`` card (the home page's), e.g. the image of an event without one."""
        site = self._by_url.get("", {})
        return site.get("og") or site.get("x")

    def cards_for(self, page_url: str) -> dict[str, CardInfo]:
        """The cards of the page at ``page_url`` (site-relative, as in the hub), by preset.

        Includes the presets not announced in meta tags (story, square, portrait) where the
        page is promoted, for the share kit. Empty when the page has no cards (opted out, or
        not a card page).
        """
        return dict(self._by_url.get(page_url, {}))

    @property
    def preset_names(self) -> tuple[str, ...]:
        """Every configured preset, made or not (the kit says which are not made yet)."""
        return tuple(preset.name for preset in self.presets)
