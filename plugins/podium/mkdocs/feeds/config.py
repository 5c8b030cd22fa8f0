"""Options of the ``podium/feeds`` plugin.

Every feed is published in three formats in one folder: ``feed.xml`` (RSS 2.0),
``atom.xml`` (Atom 1.0) and ``feed.json`` (JSON Feed 1.1). Default folders, which follow
the ``podium/articles`` URL settings so each feed sits beside the page it mirrors:

- ``hub``: the site root: ``/feed.xml``, ``/atom.xml``, ``/feed.json`` (articles + highlights)
- ``articles``: the articles index: ``/articles/feed.xml`` ...
- ``highlights``: ``/highlights/feed.xml`` ...
- ``categories``: each category page: ``/articles/category/<slug>/feed.xml`` ...
- ``tags``: each tag page: ``/articles/tag/<slug>/feed.xml`` ...
- ``languages``: each language page: ``/articles/lang/<lang>/feed.xml`` ... (only when the
  hub has two or more languages; articles and highlights in that language)

Example::

    plugins:
      - podium/feeds:
          content: excerpt
          limit: 30
          tags: {enabled: false}
          languages: {path: "feeds/{lang}/"}
"""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class FeedKindConfig(Config):
    """One kind of feed (hub, articles, highlights, categories, tags, languages)."""

    enabled = c.Type(bool, default=True)
    """Publish this kind of feed."""
    limit = c.Optional(c.Type(int))
    """Newest items kept (default: the plugin's `limit`; 0 keeps every item)."""
    path = c.Optional(c.Type(str))
    """Folder of the three files, relative to the site root; `{slug}` (categories, tags) or
    `{lang}` (languages) are filled in. Default: see the module docstring."""


class FeedsConfig(Config):
    """Which feeds to publish, with how much content, and how readers find them."""

    enabled = c.Type(bool, default=True)
    """Switch all feeds off, e.g. `enabled: !ENV [CI, true]`."""
    content = c.Choice(("full", "excerpt", "summary"), default="full")
    """What the main feeds (`hub`, `articles`) carry: `full`: the whole article in each
    item; `excerpt`: the part before `<!-- more -->` (else the first paragraph) and a
    "Continue reading" link; `summary`: the plain-text summary (`description`, else the
    excerpt's opening) and the link."""
    section_content = c.Choice(("full", "excerpt", "summary"), default="summary")
    """The same for section feeds (`highlights`, `categories`, `tags`, `languages`). A
    reader of a tag feed picks what to open; one full copy of each article in every tag,
    category and language feed made feeds the largest part of a big hub (`full` restores
    it)."""
    limit = c.Type(int, default=20)
    """Newest items kept in each feed (0: every item). Each kind can override it."""
    cover_in_content = c.Type(bool, default=True)
    """Start each item's content with its cover `image` (front matter): many readers take
    the first picture of the content as the item's thumbnail."""

    hub = c.SubConfig(FeedKindConfig)
    """The whole hub: articles and highlights (`/feed.xml`, `/atom.xml`, `/feed.json`).
    Each kind takes `enabled`, `limit` and `path`."""
    articles = c.SubConfig(FeedKindConfig)
    """Articles only (`articles/feed.xml` ...): `enabled`, `limit`, `path`."""
    highlights = c.SubConfig(FeedKindConfig)
    """Highlights only (`highlights/feed.xml` ...): `enabled`, `limit`, `path`."""
    categories = c.SubConfig(FeedKindConfig)
    """One feed per category (`articles/category/<slug>/feed.xml` ...); `path` may use
    `{slug}`."""
    tags = c.SubConfig(FeedKindConfig)
    """One feed per tag (`articles/tag/<slug>/feed.xml` ...); `path` may use `{slug}`."""
    languages = c.SubConfig(FeedKindConfig)
    """One feed per language, titled in that language (`articles/lang/<lang>/feed.xml` ...);
    `path` may use `{lang}`."""

    rss_name = c.Type(str, default="feed.xml")
    """File name of the RSS 2.0 feed in each folder."""
    atom_name = c.Type(str, default="atom.xml")
    """File name of the Atom 1.0 feed in each folder."""
    json_name = c.Type(str, default="feed.json")
    """File name of the JSON Feed 1.1 in each folder."""

    pullquotes = c.Type(bool, default=False)
    """Also put pull quotes (highlights lifted out of articles) in the feeds."""
    websub_hubs = c.ListOfItems(c.URL(), default=[])
    """WebSub hubs to advertise (`rel="hub"`), e.g. `https://pubsubhubbub.appspot.com/`;
    pinging them after a deploy is up to your CI."""
    discovery = c.Type(bool, default=True)
    """Add `<link rel="alternate">` tags: the hub feeds on every page, plus a listing's own
    feeds on its page (articles index, category, tag, language, highlights)."""
    subscribe_page = c.Type(str, default="subscribe.md")
    """The generated "Subscribe" page listing every feed (empty: none). Your own file at
    this path is kept, and the feed list is added to it."""
    footer_link = c.Type(bool, default=True)
    """Add a "Subscribe" link to the footer of every page."""
