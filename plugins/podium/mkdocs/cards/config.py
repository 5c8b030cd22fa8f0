"""Options of the ``podium/cards`` plugin."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class CardsConfig(Config):
    """Which presets, what brand, where the cache and the images go."""

    enabled = c.Type(bool, default=True)
    """Switch card rendering off, e.g. `enabled: !ENV [CI, true]`."""
    presets = c.Type(dict, default={})
    """`{story: false}` switches a preset off; `{banner: {width: 1500, height: 500}}` adds one."""
    brand = c.Type(dict, default={})
    """Colors, logo, avatar, fonts, background image; paths relative to mkdocs.yml."""
    home = c.Type(bool, default=True)
    """Give the home page (index.md) a profile card of the hub's owner."""
    output_dir = c.Type(str, default="assets/cards")
    """Site folder of the card images."""
    cache_dir = c.Type(str, default=".cache/podium/cards")
    """Rendered cards, keyed by a hash of all their inputs; relative to mkdocs.yml. Must be
    outside docs_dir and new, empty or an earlier card cache: Podium marks it with a
    `CACHEDIR.TAG`, verifies every card's bytes before use and deletes only card files."""
    cache_max_age = c.Type(int, default=30)
    """Days an unused card stays in the cache after a build (0 keeps everything)."""
    workers = c.Type(int, default=0)
    """Processes that render cards; 0 means one per CPU core."""
