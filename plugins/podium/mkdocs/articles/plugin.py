"""``podium/articles``: builds the hub and the article pages and listings.

Flow: ``on_files`` reads every article, highlight and author into the hub (the one source of
truth for the other Podium plugins), moves article pages to their slug URLs and adds the
listing pages with ``File.generated``. ``on_page_content`` keeps each entry's rendered HTML for
listings and feeds; ``on_page_context`` hands templates the data they show.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment
from markupsafe import Markup, escape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from podium.core.atomic import write_text_atomic
from podium.core.clock import build_now
from podium.core.errors import ContentError, Problem
from podium.core.html_rebase import rebase_html
from podium.core.hub import Hub, SiteInfo, build_hub
from podium.core.i18n import format_day, language_name, t
from podium.core.listings import Listing, plan_listings
from podium.core.loader import load_content
from podium.core.plaintext import plain_line
from podium.core.redirects import (
    Redirect,
    expand_patterns,
    is_redirect_page,
    plan_redirects,
    redirect_html,
)
from podium.core.safety import CONTROL, MARKUP, strip_controls
from podium.core.settings import ContentSettings, SettingsError, content_settings
from podium.core.urlformat import UrlPatternError
from podium.mkdocs import priorities
from podium.mkdocs.log import begin_build, get_logger, report
from podium.mkdocs.size_report import report_site_size
from podium.mkdocs.slots import PageSlots, page_slots

from .config import ArticlesConfig

log = get_logger("articles")

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
_MORE = re.compile(r"<!--\s*more\s*-->", re.I)
_FIRST_PARAGRAPH = re.compile(r"<p>.*?</p>", re.S)
_LEADING_H1 = re.compile(r"\A\s*<h1[^>]*>(.*?)</h1>", re.S)


@dataclass(frozen=True)
class RenderedEntry:
    """An entry's HTML as rendered on its own page (links relative to ``url``)."""

    url: str
    html: str
    excerpt_html: str


class ArticlesPlugin(BasePlugin[ArticlesConfig]):
    """Owner of the hub; see the module docstring for the event flow."""

    supports_multiple_instances = False

    def __init__(self) -> None:
        self.is_serve = False
        self._reset()

    def _reset(self) -> None:
        self.hub: Hub | None = None
        self.settings: ContentSettings | None = None
        self.rendered: dict[str, RenderedEntry] = {}
        self.listings: dict[str, Listing] = {}
        #: (kind, key) → the title an author's own listing page gives itself
        self.titles: dict[tuple[str, str], str] = {}
        self.redirects: list[Redirect] = []
        self._files: Files | None = None
        self._page_slots: dict[str, PageSlots] = {}
        self._head_lost: list[str] = []

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # Defining on_startup makes MkDocs keep this instance across serve rebuilds, so all
        # per-build state is reset in on_config.
        self.is_serve = command == "serve"

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        self._reset()
        if not self.config.enabled:
            return None
        root = Path(config.config_file_path or "mkdocs.yml").resolve().parent
        begin_build(
            _relative(Path(config.docs_dir), root),
            _relative(Path(config.config_file_path or "mkdocs.yml"), root),
        )
        _refuse_material_blog(config)
        self.settings = self._content_settings(config)
        _add_template_dir(config)
        return config

    # -- files -----------------------------------------------------------------------------

    @event_priority(priorities.ARTICLES_FILES)
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        if not self.config.enabled or self.settings is None:
            return None
        self._files = files
        # The one validation pass (`podium check` runs the same): every input, every line.
        report(log, validation_problems(config, self.settings.now), rooted=True)
        sources = [file.src_uri for file in files.documentation_pages()]
        loaded = load_content(self.settings, sources)
        _leave_out_url_clashes(loaded)
        try:
            hub, problems = build_hub(loaded, self.settings, self._site_info(config))
        except ContentError as error:
            raise PluginError(f"Two pages claim one URL:\n{error}") from None
        report(log, loaded.problems + problems)
        self.hub = hub
        left_out = set(loaded.failed_sources) | set(hub.hidden)
        for file in files.documentation_pages():
            if file.src_uri in left_out:
                file.inclusion = InclusionLevel.EXCLUDED
                continue
            entry = hub.entry_by_source(file.src_uri)
            if entry is not None:
                _move(file, entry.url, config)
                file.inclusion = InclusionLevel.NOT_IN_NAV
        self._add_listings(files, config)
        self._plan_redirects(files)
        hidden = ", ".join(f"{why}: {src}" for src, why in sorted(hub.hidden.items()))
        log.info(
            f"{len(hub.articles)} articles, {len(hub.highlights)} highlights"
            + (f" (left out — {hidden})" if hidden else "")
        )
        return files

    def _add_listings(self, files: Files, config: MkDocsConfig) -> None:
        assert self.hub is not None
        title = t("articles", self.hub.site.language)
        for listing in plan_listings(self.hub, self.config.pagination_size, title):
            existing = files.get_file_from_path(listing.source)
            if existing is None:
                content = f"---\ntitle: {_yaml_string(listing.title)}\n---\n"
                files.append(
                    File.generated(
                        config,
                        listing.source,
                        content=content,
                        inclusion=InclusionLevel.NOT_IN_NAV,
                    )
                )
            self.listings[listing.source] = listing

    def _plan_redirects(self, files: Files) -> None:
        """Resolve ``redirects`` targets (URLs or docs paths) once every page has its URL."""
        assert self.hub is not None and self.settings is not None
        try:
            expanded = expand_patterns(
                self.config.redirects or {},
                self.hub.articles,
                self.settings.urls,
                self.settings.language,
            )
        except UrlPatternError as error:
            raise PluginError(f"podium/articles: {error}") from None
        wanted = {}
        for old, new in expanded.items():
            target = str(new)
            if target.endswith(".md"):
                file = files.get_file_from_path(target.lstrip("/"))
                if file is None:
                    raise PluginError(f"podium/articles: redirects: {old}: no page {target}")
                target = file.url
            wanted[str(old)] = target
        taken = [file.url for file in files if file.inclusion.is_included()]
        self.redirects, problems = plan_redirects(wanted, taken)
        report(log, problems)

    # -- pages -----------------------------------------------------------------------------

    def on_page_markdown(
        self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        if self.hub is None:
            return None
        _escape_meta_for_theme(page)
        source = page.file.src_uri
        entry = self.hub.entry_by_source(source)
        if entry is not None:
            # The sitemap's <lastmod>: the content's own date, not the day of the build.
            page.update_date = entry.modified.date().isoformat()
        if entry is not None and entry.kind == "article":
            page.meta.setdefault("template", "podium/article.html")
            page.meta.setdefault("title", escape(plain_line(entry.title)))
            page.meta.setdefault("hide", ["navigation"])
        elif source in self.listings:
            page.meta.setdefault("template", "podium/listing.html")
            page.meta.setdefault("hide", ["navigation", "toc"])
        elif page.meta.get("template") == "podium/home.html":
            page.meta.setdefault("hide", ["navigation", "toc"])
        # NUL, BEL, ESC, DEL... mean nothing on a page and would reach the HTML, the search
        # index and the feeds; the hub's copy of the body is stripped the same way (loader).
        return strip_controls(markdown) if CONTROL.search(markdown) else None

    def on_page_content(
        self, html: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        if self.hub is None:
            return None
        listing = self.listings.get(page.file.src_uri)
        if listing is not None and not page.file.generated_by:
            # The author's own index page (a Material blog's `blog/index.md`): its heading
            # titles the listing instead of the generic "Articles", on every page of it.
            match = _LEADING_H1.match(html)
            if match:
                self.titles[listing.kind, listing.key] = _plain_heading(match.group(1))
                return html[match.end() :].lstrip()
            return None
        entry = self.hub.entry_by_source(page.file.src_uri)
        if entry is None:
            return None
        if entry.kind == "article":
            # The article template prints the title; a Material-blog post repeats it as '# ...'.
            html = _drop_leading_title(html, entry.title)
        self.rendered[entry.source] = RenderedEntry(page.url, html, _excerpt(html))
        return html

    def on_env(self, env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
        env.filters["podium_date"] = format_day
        # Also a function: page templates call podium_date(value, lang), since an unknown
        # filter fails when the template compiles, before main.html could explain that the
        # plugins did not run (overrides/podium/partials/plugins-missing.html).
        env.globals["podium_date"] = format_day
        env.globals["podium_t"] = t
        # Front-matter text as plain text (entities decoded once); templates escape it once.
        env.globals["podium_plain"] = plain_line
        env.globals["podium_language_name"] = language_name
        return env

    @event_priority(priorities.ARTICLES_PAGE_CONTEXT)
    def on_page_context(
        self, context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Any
    ) -> dict[str, Any] | None:
        if self.hub is None:
            return None
        podium = page_slots(context)
        self._page_slots[page.file.src_uri] = podium
        podium.hub = self.hub
        podium.lang = self.hub.site.language
        podium.data["excerpt"] = lambda article: self.excerpt_for(article, page.url)
        podium.data["is_draft"] = lambda article: article.draft
        podium.data["link_url"] = self.link_url
        podium.data["link_title"] = self.link_title
        podium.data["link_groups"] = _link_groups
        entry = self.hub.entry_by_source(page.file.src_uri)
        if entry is not None and entry.kind == "article":
            podium.article = entry
            podium.lang = entry.lang
        elif entry is not None:
            podium.highlight = entry
            podium.lang = entry.lang
        listing = self.listings.get(page.file.src_uri)
        if listing is not None:
            podium.listing = listing
            podium.data["listing_title"] = self.titles.get((listing.kind, listing.key))
            if listing.kind == "language":
                podium.lang = listing.key
            if listing.kind == "author":
                podium.author = self.hub.author(listing.key)
        return context

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str | None:
        slots = self._page_slots.pop(page.file.src_uri, None)
        if slots is not None and slots.head and not slots.head_rendered:
            self._head_lost.append(page.file.src_uri)
        return None

    @event_priority(priorities.ARTICLES_POST_BUILD)  # last: every plugin wrote its files
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self._head_lost:
            log.warning(head_lost_message(self._head_lost, config.theme.custom_dir))
        self._write_redirects(config)
        # One line: the site's size by kind, a warning over 800 MB (GitHub Pages: 1 GB).
        if self.config.enabled:
            report_site_size(config, log)

    def excerpt_for(self, article: Any, page_url: str) -> str:
        """The article's excerpt HTML with links that work on ``page_url``."""
        rendered = self.rendered.get(article.source)
        if rendered is None:
            return ""
        return rebase_html(rendered.excerpt_html, rendered.url, page_url)

    def link_title(self, link: Any) -> str:
        """A ``links`` entry's title: as written, else the linked page's title (Material)."""
        if link.title:
            return link.title
        if self._files is not None:
            file = self._files.get_file_from_path(link.target.split("#")[0].lstrip("/"))
            page = file.page if file is not None else None
            if page is not None and page.title:
                return str(page.title)
        return link.target

    def link_url(self, target: str) -> str:
        """A ``links`` target: a docs path (``articles/x.md#part``) becomes its page URL."""
        path, hash_sign, fragment = target.partition("#")
        if self._files is not None and path.endswith(".md"):
            file = self._files.get_file_from_path(path.lstrip("/"))
            if file is not None:
                return file.url + hash_sign + fragment
        return target

    def _write_redirects(self, config: MkDocsConfig) -> None:
        if not self.redirects:
            return
        site = Path(config.site_dir)
        for redirect in self.redirects:
            target = site / redirect.old / "index.html"
            if target.exists() and not is_redirect_page(target.read_bytes()):
                # a page or file of the site's own is there: never overwrite it
                log.warning(f"redirects: {redirect.old}: the site already has {target.name} there")
                continue
            write_text_atomic(target, redirect_html(redirect, config.site_url))
        shown = ", ".join(f"/{r.old} → /{r.new}" for r in self.redirects[:5])
        more = f" and {len(self.redirects) - 5} more" if len(self.redirects) > 5 else ""
        log.info(f"{len(self.redirects)} redirect page(s): {shown}{more}")

    # -- helpers ---------------------------------------------------------------------------

    def _content_settings(self, config: MkDocsConfig) -> ContentSettings:
        if self.config.pagination_size < 1:
            raise PluginError("podium/articles: pagination_size: expected a number of 1 or more")
        try:
            return content_settings(
                dict(self.config),
                docs_dir=Path(config.docs_dir),
                language=_site_language(config),
                now=build_now(),
                include_drafts=self.is_serve and self.config.drafts_on_serve,
                meta_file=_meta_file(config),
                render_html=_renderer(config) if self.config.reading_time == "material" else None,
            )
        except SettingsError as error:
            raise PluginError(f"podium/articles: {error}") from None

    def _site_info(self, config: MkDocsConfig) -> SiteInfo:
        return SiteInfo(
            site_name=config.site_name,
            site_url=config.site_url or None,
            language=_site_language(config),
            description=config.site_description or "",
            owner=self.config.owner,
            category_labels=_category_labels(self.config.category_labels),
        )


def _leave_out_url_clashes(loaded: Any) -> None:
    """Entries that share a URL are left out (the validation pass named every file), so the
    rest of the site still builds."""

    def unique(items: list) -> list:
        counts = Counter(item.url for item in items)
        loaded.failed_sources.update(item.source for item in items if counts[item.url] > 1)
        return [item for item in items if counts[item.url] == 1]

    loaded.articles = unique(loaded.articles)
    loaded.highlights = unique(loaded.highlights)


def validation_problems(config: MkDocsConfig, now: Any) -> list[Problem]:
    """The validation pass over this build's inputs, paths relative to the hub's root."""
    from podium.authoring.check import check_hub
    from podium.authoring.errors import AuthoringError

    try:
        return check_hub(Path(config.config_file_path or "mkdocs.yml"), now).problems
    except AuthoringError:
        return []  # a configuration this plugin reports itself (time zone, docs_dir...)


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def _link_groups(links: Any) -> list[tuple[tuple[str, ...], list[Any]]]:
    """Consecutive ``links`` entries under one section heading, in the author's order."""
    groups: list[tuple[tuple[str, ...], list[Any]]] = []
    for link in links:
        if groups and groups[-1][0] == link.section:
            groups[-1][1].append(link)
        else:
            groups.append((link.section, [link]))
    return groups


def _refuse_material_blog(config: MkDocsConfig) -> None:
    """Material's blog and Podium would both own the posts; each would break the other's links."""
    for name in ("material/blog", "blog"):
        plugin = config.plugins.get(name)
        if plugin is not None and plugin.config.get("enabled", True):
            raise PluginError(
                "podium/articles: Material's blog plugin is enabled too. Both would publish the "
                "same posts, and Podium's listings would link to pages Material owns. Choose "
                "one: run 'podium migrate material' (moves the blog to Podium, keeping its URLs "
                "and settings), or remove podium/articles, or give the blog plugin "
                "'enabled: false'."
            )


def _renderer(config: MkDocsConfig):
    """Markdown → HTML with the site's extensions (what Material counts reading time on)."""
    import markdown

    md = markdown.Markdown(
        extensions=config.markdown_extensions, extension_configs=config.mdx_configs
    )

    def render(text: str) -> str:
        return md.reset().convert(text)

    return render


def _meta_file(config: MkDocsConfig) -> str | None:
    """``.meta.yml`` folder defaults apply as in Material: only with its meta plugin on."""
    for name in ("material/meta", "meta"):
        plugin = config.plugins.get(name)
        if plugin is not None and plugin.config.get("enabled", True):
            return str(plugin.config.get("meta_file", ".meta.yml"))
    return None


def _site_language(config: MkDocsConfig) -> str:
    theme_language = config.theme.get("language") if config.theme else None
    return str(theme_language or "en")


def head_lost_message(sources: list[str], custom_dir: str | None) -> str:
    """One line for pages whose head tags (Open Graph, JSON-LD, feed links) never reached
    the HTML: a ``main.html`` of the user's own replaced Podium's without its head slot."""
    where = f"{custom_dir}/main.html" if custom_dir else "a main.html override"
    return (
        f"{len(sources)} page(s) were built without Podium's head tags (Open Graph, JSON-LD, "
        f"feed links), e.g. {sorted(sources)[0]}: {where} replaces Podium's main.html; add "
        '{% include "podium/partials/head.html" %} after {{ super() }} in its '
        "{% block extrahead %}"
    )


def _add_template_dir(config: MkDocsConfig) -> None:
    """Put Podium's templates after the user's custom_dir and before the theme's own."""
    templates = str(TEMPLATES)
    dirs = config.theme.dirs
    if any(os.path.realpath(d) == os.path.realpath(templates) for d in dirs):
        return
    custom = config.theme.custom_dir
    position = 1 if custom and dirs and os.path.realpath(dirs[0]) == os.path.realpath(custom) else 0
    dirs.insert(position, templates)


def _move(file: File, url: str, config: MkDocsConfig) -> None:
    """Serve a page at ``url`` (site-relative, ending in '/')."""
    dest = url + "index.html" if config.use_directory_urls else url.rstrip("/") + ".html"
    file.dest_uri = dest
    file.abs_dest_path = os.path.normpath(os.path.join(config.site_dir, dest))
    file.url = url if config.use_directory_urls else dest


def _excerpt(html: str) -> str:
    """HTML before ``<!-- more -->``, else the first paragraph (never a heading)."""
    marker = _MORE.search(html)
    if marker:
        return _LEADING_H1.sub("", html[: marker.start()], count=1).strip()
    paragraph = _FIRST_PARAGRAPH.search(html)
    return paragraph.group(0) if paragraph else ""


def _plain_heading(html: str) -> str:
    """A heading's text without its permalink anchor and tags."""
    return re.sub(r"<[^>]+>", "", re.sub(r'<a class="headerlink".*?</a>', "", html)).strip()


def _drop_leading_title(html: str, title: str) -> str:
    """Remove a first ``<h1>`` that only repeats the title."""
    match = _LEADING_H1.match(html)
    heading = re.sub(r'<a class="headerlink".*?</a>', "", match.group(1)) if match else ""
    if match and re.sub(r"<[^>]+>", "", heading).strip() == title.strip():
        return html[match.end() :].lstrip()
    return html


def _escape_meta_for_theme(page: Page) -> None:
    """Escape the front-matter values Material prints raw (``<title>``, meta description).

    MkDocs' Jinja does not autoescape, so ``</title><script>`` in a title would run. The
    values become ``Markup``, so templates that do escape (``| e``) do not escape twice.
    """
    for key in ("title", "description", "subtitle"):
        value = page.meta.get(key)
        if isinstance(value, str) and not isinstance(value, Markup):
            # Plain text first (entities decoded once), then escaped once for the theme.
            page.meta[key] = escape(strip_controls(plain_line(value)))
    # Pages outside the hub are not validated (Podium's own are, see fields.labels), but
    # Material's search renders their tags as HTML too: escape the ones carrying markup.
    tags = page.meta.get("tags")
    if isinstance(tags, list):
        page.meta["tags"] = [
            escape(tag) if isinstance(tag, str) and MARKUP.search(tag) else tag for tag in tags
        ]


def _yaml_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _category_labels(raw: dict) -> tuple[tuple[str, tuple[tuple[str, str], ...]], ...]:
    """Validate ``category_labels`` (category → language → label) into sorted pairs."""
    result = []
    for name, labels in sorted(raw.items(), key=lambda item: str(item[0])):
        if not isinstance(labels, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in labels.items()
        ):
            raise PluginError(
                f"podium/articles: category_labels.{name}: expected a mapping of language"
                f" codes to labels, e.g. {{fr: Direction}}, got {labels!r}"
            )
        result.append((str(name), tuple(sorted(labels.items()))))
    return tuple(result)
