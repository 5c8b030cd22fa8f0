"""The build's last line: the site's size by kind of output (see ``podium.core.sitesize``)."""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

from podium.core.sitesize import measure


def _folders(config: MkDocsConfig) -> dict[str, str]:
    """Site folders named after the Podium plugin that writes them."""
    from podium.mkdocs.cards.plugin import CardsPlugin
    from podium.mkdocs.share.plugin import SharePlugin

    folders = {}
    cards = config.plugins.get("podium/cards")
    if isinstance(cards, CardsPlugin) and cards.config.enabled:
        folders[cards.config.output_dir.strip("/") + "/"] = "cards"
    share = config.plugins.get("podium/share")
    if isinstance(share, SharePlugin) and share.config.enabled:
        folders[share.config.kit_dir.strip("/") + "/"] = "share kit"
    folders["highlights/"] = "highlights"
    return folders


def report_site_size(config: MkDocsConfig, log: logging.LoggerAdapter) -> None:
    size = measure(Path(config.site_dir), _folders(config))
    if size.too_big:
        log.warning(size.summary())
    else:
        log.info(size.summary())
