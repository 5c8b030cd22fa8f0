"""Options of the ``podium/articles`` plugin (the owner of the hub); the content defaults are
``podium.core.settings``' (one definition for the build and ``podium check``)."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config

from podium.core.settings import DEFAULT_URLS, DEFAULTS
from podium.core.slugs import SLUG_STYLES


class ArticlesConfig(Config):
    """Where content lives, how it is listed, and what is published."""

    enabled = c.Type(bool, default=True)
    """Switch the plugin (and with it the hub) off, e.g. `enabled: !ENV [CI, true]`."""

    # Content folders (relative to docs_dir)
    articles_dir = c.Type(str, default=DEFAULTS.articles_dir)
    """Folder of articles (`podium migrate material` sets up a Material blog's)."""
    highlights_dir = c.Type(str, default=DEFAULTS.highlights_dir)
    """Folder of highlights (short social posts)."""
    authors_file = c.Type(str, default=DEFAULTS.authors_file)
    """Authors in Material's `.authors.yml` format (extended with profiles)."""
    owner = c.Optional(c.Type(str))
    """Author id of the executive the hub is about (default: the first author)."""

    # URLs (relative to the site root; an unknown placeholder is a config error)
    article_url = c.Type(str, default=DEFAULT_URLS.article)
    """URL of an article: `{slug}`, `{date}` (see `url_date_format`), `{year}`, `{month}`,
    `{day}`, `{categories}` (first category), `{file}` (file name)."""
    highlight_url = c.Type(str, default=DEFAULT_URLS.highlight)
    """URL of a highlight's permalink page."""
    index_url = c.Type(str, default=DEFAULT_URLS.index)
    """URL of the articles index (page 2 is `<index_url>page/2/`)."""
    tag_url = c.Type(str, default=DEFAULT_URLS.tag)
    """URL of a tag's listing."""
    category_url = c.Type(str, default=DEFAULT_URLS.category)
    """URL of a category's listing."""
    archive_url = c.Type(str, default=DEFAULT_URLS.archive)
    """URL of a year's archive."""
    author_url = c.Type(str, default=DEFAULT_URLS.author)
    """URL of an author's page (profile + articles)."""
    language_url = c.Type(str, default=DEFAULT_URLS.language)
    """URL of the articles in one language (made when the hub has several languages)."""
    page_url = c.Type(str, default=DEFAULT_URLS.page)
    """Added to a listing's URL for its page 2, 3, ... (`{page}`)."""
    url_date_format = c.Type(str, default=DEFAULT_URLS.date_format)
    """Babel pattern of `{date}` in `article_url` (Material's `post_url_date_format`)."""
    url_slugify = c.Choice(SLUG_STYLES, default=DEFAULT_URLS.slug_style)
    """Slugs of titles, categories and tags: `podium` (ASCII, accents folded), `material`
    (Material's blog default), `toc`, `toc-unicode` (Python-Markdown's)."""
    slug_from = c.Choice(("file", "title"), default=DEFAULTS.slug_from)
    """An article without `slug:` takes it from its `file` name or its `title` (Material)."""
    redirects = c.Type(dict, default={})
    """Old URL → new URL (or docs path `x.md`): a redirect page at each old URL. An old URL
    with `article_url` placeholders is filled in per article; `{url}` is its URL now."""

    category_labels = c.Type(dict, default={})
    """A category's label per language, for share cards: `{Leadership: {fr: Direction}}`."""

    # Listings
    pagination_size = c.Type(int, default=10)
    """Articles per listing page."""
    related_count = c.Type(int, default=DEFAULTS.related_count)
    """Related articles shown under an article (by shared tags and categories)."""
    words_per_minute = c.Type(int, default=DEFAULTS.words_per_minute)
    """Reading speed for the reading time (CJK and Thai count characters instead)."""
    reading_time = c.Choice(("podium", "material"), default="podium")
    """`material` counts words and images of the rendered page as Material's blog does."""

    # Publishing
    timezone = c.Type(str, default="UTC")
    """Time zone of dates written without one (IANA name, e.g. Europe/Oslo)."""
    include_future = c.Type(bool, default=DEFAULTS.include_future)
    """Publish future-dated articles now (default: they appear on their date)."""
    drafts_on_serve = c.Type(bool, default=True)
    """Show drafts (marked as drafts) under `mkdocs serve`; never in `mkdocs build`."""
