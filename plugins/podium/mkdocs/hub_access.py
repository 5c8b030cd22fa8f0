"""How the other Podium plugins reach the hub built by ``podium/articles``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

    from podium.core.hub import Hub
    from podium.mkdocs.articles.plugin import ArticlesPlugin

ARTICLES = "podium/articles"


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
