"""Typed access between the Podium plugins: the hub of ``podium/articles``, the cards of
``podium/cards``. Plugins reach each other only through these functions, with the real
types, never by guessing shapes with ``getattr``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError

from podium.cards.plan import CardInfo

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

    from podium.core.hub import Hub
    from podium.mkdocs.articles.plugin import ArticlesPlugin

ARTICLES = "podium/articles"
CARDS = "podium/cards"
META = "podium/meta"
PROFILE = "podium/profile"


def articles_plugin(config: MkDocsConfig, needed_by: str) -> ArticlesPlugin:
    """The configured ``podium/articles`` plugin, or a clear error naming who needs it."""
    plugin = config.plugins.get(ARTICLES)
    if plugin is None:
        raise PluginError(
            f"{needed_by} needs the '{ARTICLES}' plugin: add '- {ARTICLES}' to 'plugins' in "
            "mkdocs.yml."
        )
    return plugin  # type: ignore[return-value]


def require_hub(config: MkDocsConfig, needed_by: str) -> Hub:
    """The hub of this build; only valid from ``on_files`` on."""
    plugin = articles_plugin(config, needed_by)
    if plugin.hub is None:
        raise PluginError(
            f"{needed_by} asked for the hub before '{ARTICLES}' built it (is '{ARTICLES}' "
            "disabled?)."
        )
    return plugin.hub


def require_site_url(config: MkDocsConfig, plugin: str, why: str) -> str:
    """``site_url`` with a trailing slash, or one clear error naming the plugin and the need.

    Every absolute URL Podium writes (feeds, og:image, share links, JSON-LD) comes from it;
    without it, platforms silently drop relative URLs, so the build stops instead.
    """
    if not config.site_url:
        raise PluginError(
            f"{plugin}: site_url: {why}; set site_url in mkdocs.yml "
            "(for example site_url: https://example.com/)"
        )
    return config.site_url if config.site_url.endswith("/") else config.site_url + "/"


def cards_for(config: MkDocsConfig, page_url: str) -> Mapping[str, CardInfo]:
    """The share cards ``podium/cards`` made for ``page_url`` (site-relative, as in the hub),
    by preset; empty without the plugin, when it is disabled, or for a page without cards.
    Valid from ``on_files`` (priority -50) on."""
    # Imported here: podium/cards itself imports this module for the hub.
    from podium.mkdocs.cards.plugin import CardsPlugin

    plugin = config.plugins.get(CARDS)
    if not isinstance(plugin, CardsPlugin) or not plugin.config.enabled:
        return {}
    return plugin.cards_for(page_url)


def card_presets(config: MkDocsConfig) -> tuple[str, ...]:
    """Every preset ``podium/cards`` is configured with, made for a page or not (the share
    kit says which ones an item has not got); empty without the plugin."""
    from podium.mkdocs.cards.plugin import CardsPlugin

    plugin = config.plugins.get(CARDS)
    if not isinstance(plugin, CardsPlugin) or not plugin.config.enabled:
        return ()
    return plugin.preset_names


def announced_cards(config: MkDocsConfig, page_url: str) -> Mapping[str, CardInfo]:
    """The ``og``/``x`` cards whose tags ``podium/cards`` prints on ``page_url``: the page's
    own, else the site's card (about, events, listings, the wall); empty without the plugin
    and for an article or highlight that opted out of cards."""
    from podium.mkdocs.cards.plugin import CardsPlugin

    plugin = config.plugins.get(CARDS)
    if not isinstance(plugin, CardsPlugin) or not plugin.config.enabled:
        return {}
    return plugin.announced_cards(page_url)


def site_card(config: MkDocsConfig) -> CardInfo | None:
    """The site's ``og`` card (the home page's), e.g. for an event without an image."""
    from podium.mkdocs.cards.plugin import CardsPlugin

    plugin = config.plugins.get(CARDS)
    if not isinstance(plugin, CardsPlugin) or not plugin.config.enabled:
        return None
    return plugin.site_card()


def is_enabled(config: MkDocsConfig, name: str) -> bool:
    """Whether the Podium plugin ``name`` is configured and not switched off."""
    plugin = config.plugins.get(name)
    return plugin is not None and bool(plugin.config.get("enabled", True))


def about_page(config: MkDocsConfig) -> str | None:
    """The ``about_page`` of an enabled ``podium/profile`` (its source path), else None."""
    from podium.mkdocs.profile.plugin import ProfilePlugin  # imports this module too

    plugin = config.plugins.get(PROFILE)
    if not isinstance(plugin, ProfilePlugin) or not plugin.config.enabled:
        return None
    return plugin.config.about_page or None
