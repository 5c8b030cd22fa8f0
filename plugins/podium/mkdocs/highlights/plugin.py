"""`podium/highlights`: wall pages, highlight permalink pages, article highlights, pull quotes.

Flow: `on_config` enables the `/// pullquote` block and the stylesheet; `on_files` (after
`podium/articles` built the hub) adds the wall pages and the filters' index
(`highlights/index.json`) with `File.generated`; `on_page_markdown` picks the templates;
`on_env` (every body rendered by then) renders each card once into the index;
`on_page_context` gives templates a `HighlightsView` (`podium.data.highlights`) and puts the
"highlights from this article" list in the article's `after_content` slot. Highlight bodies
come from the articles plugin's rendered HTML, rebased to the page that shows them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import markdown
from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from podium.core.html_rebase import rebase_html
from podium.core.hub import Hub
from podium.core.i18n import format_day, t
from podium.core.model import Article, Highlight, Syndication
from podium.core.platforms import display_name
from podium.highlights.highlight_words import HIGHLIGHT_STRINGS
from podium.highlights.wall import (
    Facet,
    WallPage,
    language_facets,
    plan_wall,
    tag_facets,
    tag_value,
)
from podium.highlights.wall_index import INDEX_NAME, IndexEntry, index_json
from podium.mkdocs import priorities
from podium.mkdocs.hub_access import articles_plugin, require_hub
from podium.mkdocs.log import get_logger
from podium.mkdocs.slots import PageSlots, page_slots

from .config import HighlightsConfig

log = get_logger("highlights")

NAME = "podium/highlights"
PULLQUOTE_EXTENSION = "podium.markdown.pullquote"
STYLESHEET = "assets/podium/highlights.css"
SCRIPT = "assets/podium/highlights.js"
WALL_TEMPLATE = "podium/highlights/wall.html"
PAGE_TEMPLATE = "podium/highlights/highlight.html"
ARTICLE_SLOT = "podium/highlights/for-article.html"
CARD_TEMPLATE = "podium/highlights/card.html"


class HighlightsPlugin(BasePlugin[HighlightsConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self._reset()

    def _reset(self) -> None:
        self.hub: Hub | None = None
        self.walls: dict[str, WallPage] = {}
        self.index_file: File | None = None
        self.tag_facets: list[Facet] = []
        self.language_facets: list[Facet] = []
        self._config: MkDocsConfig | None = None
        self._quote_html: dict[str, str] = {}

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        self._reset()
        if not self.config.enabled:
            return None
        for option in ("pagination_size", "latest_count"):
            if self.config[option] < 1:
                raise PluginError(f"{NAME}: {option}: expected a number of 1 or more")
        if self.config.pullquotes and PULLQUOTE_EXTENSION not in config.markdown_extensions:
            config.markdown_extensions.append(PULLQUOTE_EXTENSION)
        if STYLESHEET not in config.extra_css:
            config.extra_css.append(STYLESHEET)
        self._config = config
        return config

    @event_priority(priorities.HIGHLIGHTS_FILES)
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        if not self.config.enabled:
            return None
        self.hub = require_hub(config, NAME)
        pages = plan_wall(
            self.hub.highlights, self.config.pagination_size, self.hub.urls.highlights
        )
        self.tag_facets = tag_facets(self.hub.highlights)
        self.language_facets = language_facets(self.hub.highlights)
        title = t("highlights", self.hub.site.language, HIGHLIGHT_STRINGS)
        for wall in pages:
            self.walls[wall.source] = wall
            if files.get_file_from_path(wall.source) is not None:
                continue  # the author wrote the first wall page (an intro): keep it
            files.append(
                File.generated(
                    config,
                    wall.source,
                    content=f'---\ntitle: "{_page_title(title, wall)}"\n---\n',
                    inclusion=InclusionLevel.INCLUDED
                    if wall.page == 1
                    else InclusionLevel.NOT_IN_NAV,
                )
            )
        index_uri = self.index_uri
        if files.get_file_from_path(index_uri) is not None:
            log.warning(f"{index_uri}: the author's file is kept; the wall's filters need ours")
        else:
            # Its content (the rendered cards) is only known in on_env; MkDocs copies static
            # files after that event.
            self.index_file = File.generated(config, index_uri, content="")
            files.append(self.index_file)
        return files

    @property
    def index_uri(self) -> str:
        """Site-relative path of the filters' index, next to the wall's first page."""
        assert self.hub is not None
        return self.hub.urls.highlights() + INDEX_NAME

    @event_priority(priorities.HIGHLIGHTS_ENV)
    def on_env(self, env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
        if self.hub is not None and self.index_file is not None:
            self.index_file.content_string = self._index_json(env, config)
        return env

    def _index_json(self, env: Environment, config: MkDocsConfig) -> str:
        """Each highlight's card, rendered once, as if on a page at the index's URL."""
        assert self.hub is not None
        template = env.get_template(CARD_TEMPLATE)
        where = _Location(self.index_uri)
        slots = PageSlots()
        slots.hub = self.hub
        slots.lang = self.hub.site.language
        slots.data["highlights"] = HighlightsView(self, config, where.url, None)
        context = {
            "config": config,
            "page": where,
            "base_url": get_relative_url(".", where.url),
            "podium": slots,
        }
        return index_json(
            IndexEntry(
                id=item.id,
                url=item.url,
                date=item.date.isoformat(),
                date_label=format_day(item.date, item.lang),
                lang=item.lang,
                tags=tuple(sorted({tag_value(tag) for tag in item.tags})),
                html=template.render({**context, "item": item}).strip(),
            )
            for item in self.hub.highlights
        )

    def on_page_markdown(
        self, markdown_text: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        if self.hub is None:
            return None
        source = page.file.src_uri
        if source in self.walls:
            page.meta.setdefault("template", WALL_TEMPLATE)
            page.meta.setdefault("hide", ["navigation", "toc"])
            return None
        entry = self.hub.entry_by_source(source)
        if isinstance(entry, Highlight):
            page.meta.setdefault("template", PAGE_TEMPLATE)
            page.meta.setdefault("title", entry.title)
            page.meta.setdefault("hide", ["navigation", "toc"])
        return None

    @event_priority(priorities.HIGHLIGHTS_PAGE_CONTEXT)
    def on_page_context(
        self, context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Any
    ) -> dict[str, Any] | None:
        if self.hub is None:
            return None
        podium = page_slots(context)
        view = HighlightsView(self, config, page.url, self.walls.get(page.file.src_uri))
        podium.data["highlights"] = view
        article = podium.article
        if self.config.on_articles and isinstance(article, Article) and view.for_article(article):
            podium.after_content.append(ARTICLE_SLOT)
        return context

    # -- helpers for the view --------------------------------------------------------------

    def body_html(self, config: MkDocsConfig, item: Highlight, page_url: str) -> str:
        """The highlight's HTML with links that work on `page_url`."""
        if item.is_pullquote:
            return self._pullquote_html(item, page_url)
        rendered = articles_plugin(config, NAME).rendered.get(item.source)
        if rendered is None:
            return ""
        return rebase_html(rendered.html, rendered.url, page_url)

    def _pullquote_html(self, item: Highlight, page_url: str) -> str:
        html = self._quote_html.get(item.source)
        if html is None:
            html = markdown.markdown(item.body)
            self._quote_html[item.source] = html
        article_url = item.url.split("#", 1)[0]
        return rebase_html(html, article_url, page_url)


class HighlightsView:
    """What the highlights templates call (`podium.data.highlights`)."""

    def __init__(
        self,
        plugin: HighlightsPlugin,
        config: MkDocsConfig,
        page_url: str,
        wall: WallPage | None,
    ) -> None:
        self._plugin = plugin
        self._config = config
        self.page_url = page_url
        self.wall = wall
        self.hub = plugin.hub
        self.script = SCRIPT

    @property
    def latest(self) -> tuple[Highlight, ...]:
        assert self.hub is not None
        return self.hub.highlights[: self._plugin.config.latest_count]

    @property
    def wall_url(self) -> str:
        assert self.hub is not None
        return self.hub.urls.highlights()

    @property
    def page_size(self) -> int:
        return self._plugin.config.pagination_size

    def for_article(self, article: Article) -> tuple[Highlight, ...]:
        """Highlights that point at `article`, minus its own pull quotes (already on the page)."""
        assert self.hub is not None
        return tuple(
            item
            for item in self.hub.highlights_for(article)
            if not (item.is_pullquote and item.source.startswith(article.source + "#"))
        )

    def body(self, item: Highlight) -> str:
        return self._plugin.body_html(self._config, item, self.page_url)

    def article_of(self, item: Highlight) -> Article | None:
        assert self.hub is not None
        return self.hub.article_by_slug(item.article) if item.article else None

    def tag_values(self, item: Highlight) -> str:
        return " ".join(sorted({tag_value(tag) for tag in item.tags}))

    def tag_value(self, tag: str) -> str:
        return tag_value(tag)

    @property
    def index_url(self) -> str:
        """Site-relative URL of `highlights/index.json` (the filters' data)."""
        return self._plugin.index_uri

    def tag_facets(self) -> list[Facet]:
        return self._plugin.tag_facets

    def language_facets(self) -> list[Facet]:
        return self._plugin.language_facets

    def syndication(self, item: Highlight) -> tuple[Syndication, ...]:
        """Copies elsewhere with a web URL (a `javascript:` link never becomes an href)."""
        return tuple(
            copy
            for copy in item.syndication
            if urlsplit(copy.url).scheme.lower() in {"http", "https"}
        )

    def platform(self, name: str) -> str:
        return display_name(name)

    def t(self, key: str, lang: str, **values: object) -> str:
        return t(key, lang, HIGHLIGHT_STRINGS, **values)

    def content_warning(self, item: Highlight) -> str | None:
        value = item.meta.get("content_warning") if item.meta else None
        return str(value) if value else None


def _page_title(title: str, wall: WallPage) -> str:
    """ "Highlights", then "Highlights (2/5)": distinct <title>s for the pages of the wall."""
    return title if wall.page == 1 else f"{title} ({wall.page}/{wall.pages})"


@dataclass(frozen=True)
class _Location:
    """Stands in for MkDocs' `page` so the `url` filter makes links relative to `url`."""

    url: str
