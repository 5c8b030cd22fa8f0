"""Options of the ``podium/meta`` plugin."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class MetaConfig(Config):
    """What every page says about itself to search engines, unfurlers and the IndieWeb."""

    enabled = c.Type(bool, default=True)
    """Switch the plugin off (e.g. `enabled: !ENV [CI, true]`)."""
    twitter_site = c.Type(str, default="")
    """X handle of the site (`@brand`) for `twitter:site`; default: the owner's handle."""
    languages = c.Type(list, default=[])
    """Languages offered by the language switcher, in order (default: the site language,
    then every language an article is written in)."""
    language_homes = c.Type(dict, default={})
    """Where the switcher goes for a language without a translation of the page
    (`{fr: fr/}`; default: `<lang>/` when that page exists, else the articles listing in
    that language, `articles/lang/<lang>/`)."""
    switcher = c.Type(bool, default=True)
    """Show the language switcher on pages (only when the site has several languages)."""
    sitemap = c.Type(bool, default=True)
    """Replace `sitemap.xml` with one that lists each page's language alternates."""
    html_lang = c.Type(bool, default=True)
    """Set `<html lang>` to each page's own language (Material prints the site's)."""
