"""Options of the ``podium/cards`` plugin."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class PromoteConfig(Config):
    """Which pages get the native-posting presets; every page gets the `og` card."""

    every_page = c.Type(bool, default=False)
    """Make every preset for every page (the site grows about fivefold)."""
    recent_days = c.Type(int, default=30)
    """Items dated within this many days of the newest item (0: none by date)."""
    pinned = c.Type(bool, default=True)
    """Pinned articles (`pin: true`)."""
    shared = c.Type(bool, default=True)
    """Items with a `share:` setting in their front matter."""
    pages = c.ListOfItems(c.Type(str), default=[])
    """Docs paths or globs, e.g. `articles/2026/*.md`."""
    requests_file = c.Type(str, default="podium-cards.txt")
    """Pages asked for with `podium cards PATH...`, one per line; relative to mkdocs.yml.
    Commit it so CI builds make them too."""


class CardsConfig(Config):
    """Which presets, what brand, where the cache and the images go."""

    enabled = c.Type(bool, default=True)
    """Switch card rendering off, e.g. `enabled: !ENV [CI, true]`."""
    presets = c.Type(dict, default={})
    """`{story: false}` switches a preset off; `{banner: {width: 1500, height: 500}}` adds one;
    `{x: true}` adds X's 2:1 card (off by default: X shows the `og` card)."""
    promote = c.SubConfig(PromoteConfig)
    """Pages that get every preset: `every_page`, `recent_days`, `pinned`, `shared`, `pages`,
    `requests_file`. Other pages get the `og` card only; the share kit says which presets are
    not made yet."""
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
    """Processes that render cards; 0 means one per CPU core, at most 4 (each counts in the
    build's memory)."""
