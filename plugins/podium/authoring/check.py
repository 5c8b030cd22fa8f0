"""``podium check``: every content problem at once, without building the site.

Front matter is read by the same core loader the build uses (so both agree on what is an
error); on top of that come checks a build only half does: links and images, alt texts,
share texts, lonely translations, and how link previews will look.
"""

from __future__ import annotations

import json
import posixpath
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from podium.core.errors import ContentError, Problem
from podium.core.hub import SiteInfo, build_hub
from podium.core.loader import LoadedContent, load_content
from podium.core.settings import ContentSettings, SettingsError, content_settings
from podium.profile.events import parse_event
from podium.share.entries import share_problems
from podium.share.share_targets import PLATFORM_IDS

from . import previews, validate
from .errors import AuthoringError
from .link_check import Renderer, SiteMap, check_reference, find_references, page_url
from .mkdocs_yaml import SiteConfig, load_site_config
from .validate import url_scheme


@dataclass
class Report:
    """Problems (paths relative to the hub's root) and notes about checks that were skipped."""

    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    files_checked: int = 0

    @property
    def errors(self) -> int:
        return sum(1 for problem in self.problems if problem.is_error)

    @property
    def warnings(self) -> int:
        return sum(1 for problem in self.problems if problem.severity == "warning")

    @property
    def notes_count(self) -> int:
        return sum(1 for problem in self.problems if problem.is_note)

    def exit_code(self, strict: bool = True) -> int:
        """Non-zero exactly when ``mkdocs build --strict`` (the deploy) fails: on errors and
        on warnings. Notes fail nothing; ``strict=False`` lets warnings pass."""
        return 1 if self.errors or (strict and self.warnings) else 0


def settings_from_config(config: SiteConfig, now: datetime) -> ContentSettings:
    """The settings the ``podium/articles`` plugin would use, from mkdocs.yml alone.

    Drafts and future articles are read and checked before they go live.
    """
    options = config.plugin("podium/articles") or {}
    try:
        return content_settings(
            options,
            docs_dir=config.docs_dir,
            language=config.language,
            now=now,
            # What `mkdocs build` publishes: drafts and future entries are still read
            # and checked (the loader reads every file); the hub leaves them out as the
            # build does, so both report the same problems.
            include_drafts=False,
            meta_file=_meta_file(config),
        )
    except SettingsError as error:
        raise AuthoringError(f"{config.path}: podium/articles.{error}", exit_code=2) from None


def _meta_file(config: SiteConfig) -> str | None:
    """``.meta.yml`` folder defaults apply as in Material: only with its meta plugin on."""
    for name in ("material/meta", "meta"):
        options = config.plugin(name)
        if options is not None and options.get("enabled", True) is not False:
            return str(options.get("meta_file") or ".meta.yml")
    return None


def check_hub(config_path: Path, now: datetime, verbose: bool = False) -> Report:
    """Check the hub configured by ``config_path``; raises AuthoringError if it can't start."""
    config = load_site_config(config_path)
    if not config.docs_dir.is_dir():
        raise AuthoringError(f"{config.path}: docs_dir: no folder {config.docs_dir}", exit_code=2)
    settings = settings_from_config(config, now)
    articles_options = config.plugin("podium/articles") or {}
    docs_prefix = _relative(config.docs_dir, config.root)
    config_name = _relative(config.path, config.root)

    loaded = load_content(settings)
    problems = list(loaded.problems)
    site = SiteInfo(
        site_name=str(config.raw.get("site_name") or ""),
        site_url=config.site_url or None,
        language=config.language,
        description=str(config.raw.get("site_description") or ""),
        owner=(config.plugin("podium/articles") or {}).get("owner"),
    )
    try:
        hub, hub_problems = build_hub(loaded, settings, site)
        problems.extend(hub_problems)
    except ContentError as error:
        hub = None
        problems.extend(error.problems)
    problems.extend(_duplicate_slugs(loaded))
    problems.extend(validate.case_slug_problems(loaded))
    problems.extend(_lonely_translations(loaded))
    problems.extend(_preview_problems(loaded))
    problems.extend(
        validate.image_problems(
            [*loaded.articles, *loaded.highlights], settings.docs_dir, _image_size
        )
    )
    problems.extend(validate.press_problems(config))

    renderer = Renderer.from_config(config.raw.get("markdown_extensions"))
    site_map = _site_map(config, settings, loaded, hub)
    hidden = validate.unpublished(loaded, settings)
    listings = {
        posixpath.join(settings.articles_dir, "index.md"),
        posixpath.join(settings.highlights_dir, "index.md"),
    }
    sources = sorted(
        path
        for path in site_map.files
        if path.endswith(".md") and (path not in listings or (settings.docs_dir / path).is_file())
    )
    for source in sources:
        problems.extend(_page_links(source, settings.docs_dir, renderer, site_map, hidden))

    report = Report(files_checked=len(sources))
    problems = [_under(problem, docs_prefix) for problem in problems]
    problems.extend(_site_problems(config, config_name))
    problems.extend(validate.plugin_option_problems(config, config_name))
    problems.extend(validate.url_problems(config, config_name, url_scheme(articles_options)))
    problems.extend(validate.cache_problems(config, config_name))
    cards_options = config.plugin("podium/cards") or {}
    cards_dir = config.site_dir / str(cards_options.get("output_dir") or "assets/cards")
    for path, finding in previews.card_findings([cards_dir]):
        problems.append(
            Problem(
                _relative(path, config.root), None, finding.field, finding.message, _advice(finding)
            )
        )
    found_share, note = _share_problems(config, hub, verbose)
    problems.extend(_under(problem, docs_prefix) for problem in found_share)
    found_events, events_note = _event_problems(config, site_map)
    problems.extend(_under(problem, docs_prefix) for problem in found_events)
    report.notes.extend(text for text in (note, events_note) if text)
    report.problems = sorted(set(problems), key=_order)
    return report


def _advice(finding: previews.Finding) -> Any:
    """How a link preview will look is advice (a note), not a mistake that fails a deploy."""
    return "note" if finding.severity == "warning" else finding.severity


def _order(problem: Problem) -> tuple:
    return (problem.path, problem.line or 0, problem.field, problem.message)


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _under(problem: Problem, prefix: str) -> Problem:
    """Docs-relative paths (the core's) made relative to the hub root (the user's)."""
    return Problem(
        posixpath.join(prefix, problem.path),
        problem.line,
        problem.field,
        problem.message,
        problem.severity,
    )


def _duplicate_slugs(loaded: LoadedContent) -> list[Problem]:
    """Two articles (or highlights) with one URL, drafts and future ones included.

    Every file of a clash is named, so the author sees both sides wherever they look.
    """
    problems = []
    for items in (loaded.articles, loaded.highlights):
        owners: dict[str, list] = defaultdict(list)
        for item in items:
            owners[item.url].append(item)
        for url, clashing in owners.items():
            for item in clashing if len(clashing) > 1 else ():
                others = ", ".join(sorted(o.source for o in clashing if o is not item))
                problems.append(
                    Problem(
                        item.source,
                        item.lines.get("slug"),
                        "slug",
                        f"'{url}' is also the URL of {others}: give one of them another slug",
                    )
                )
    return problems


def _lonely_translations(loaded: LoadedContent) -> list[Problem]:
    """A translation_key no other article shares links to nothing."""
    groups: dict[str, list] = defaultdict(list)
    for article in loaded.articles:
        if article.translation_key:
            groups[article.translation_key].append(article)
    by_slug = {article.slug: article for article in loaded.articles}
    problems = []
    for key, members in sorted(groups.items()):
        if len(members) > 1:
            continue
        article = members[0]
        original = by_slug.get(key)
        if original is not None and original is not article:
            hint = f"add `translation_key: {key}` to {original.source}"
        else:
            hint = "no other article has this key (a typo, or the original lacks it?)"
        problems.append(
            Problem(
                article.source,
                article.lines.get("translation_key"),
                "translation_key",
                f"{key!r} links to no translation: {hint}",
                "warning",
            )
        )
    return problems


def _preview_problems(loaded: LoadedContent) -> list[Problem]:
    """Titles and descriptions as link previews (X, LinkedIn...) will show them."""
    problems = []
    for article in loaded.articles:
        cards = article.cards or {}
        title = str(cards.get("title") or article.title)
        description = str(cards.get("description") or article.description)
        for finding in previews.text_findings(title, description):
            line = article.lines.get(finding.field) or article.lines.get("title")
            problems.append(
                Problem(article.source, line, finding.field, finding.message, _advice(finding))
            )
    return problems


def _image_size(path: Path, name: str) -> Any:
    from podium.cards.inspect import image_size

    return image_size(path, name)


def _site_map(
    config: SiteConfig, settings: ContentSettings, loaded: LoadedContent, hub: Any
) -> SiteMap:
    docs = settings.docs_dir
    files = frozenset(
        path.relative_to(docs).as_posix()
        for path in docs.rglob("*")
        if path.is_file()
        and not any(part.startswith(".") for part in path.relative_to(docs).parts[:-1])
    )
    files = files | _generated_pages(config)
    # The listing pages podium/articles and podium/highlights make (nav and links use them).
    files = files | {posixpath.join(settings.articles_dir, "index.md")}
    if config.plugin("podium/highlights") is not None:
        files = files | {posixpath.join(settings.highlights_dir, "index.md")}
    use_directory_urls = config.raw.get("use_directory_urls", True) is not False
    page_urls = {
        source: page_url(source, use_directory_urls) for source in files if source.endswith(".md")
    }
    for item in [*loaded.articles, *loaded.highlights]:
        page_urls[item.source] = item.url
    known = set(page_urls.values())
    if hub is not None:
        known.add(hub.urls.index())
        known.add(hub.urls.highlights())
        known.update(hub.urls.tag(name) for name in hub.tags)
        known.update(hub.urls.category(name) for name in hub.categories)
        known.update(hub.urls.archive(year) for year in hub.archives)
        known.update(hub.urls.author(ident) for ident in hub.authors)
        known.update(hub.urls.language(lang) for lang in hub.languages)
    prefixes = tuple(
        pattern.split("{", 1)[0]
        for pattern in (settings.urls.article, settings.urls.highlight)
        if "{" in pattern and pattern.split("{", 1)[0]
    )
    return SiteMap(files, page_urls, frozenset(known), prefixes)


def _generated_pages(config: SiteConfig) -> frozenset[str]:
    """Pages Podium plugins add when the author has not written them.

    Convention: a plugin option named ``*_page`` holding a ``.md`` path (``events_page``,
    ``about_page``) names such a page, and ``*_ics`` a calendar file. Defaults come from
    the plugin's own Config class (the only place this module touches MkDocs).
    """
    pages: set[str] = set()
    for name, options in config.plugins.items():
        if not name.startswith("podium/"):
            continue
        values = {**_option_defaults(name), **options}
        for key, value in values.items():
            if not isinstance(value, str) or not value:
                continue
            if (key.endswith("_page") and value.endswith(".md")) or key.endswith("_ics"):
                pages.add(value.strip("/"))
    return frozenset(pages)


def _option_defaults(plugin_name: str) -> dict[str, Any]:
    from importlib.metadata import entry_points

    for point in entry_points(group="mkdocs.plugins", name=plugin_name):
        # Podium's own plugin (names start with podium/): a failing import is a bug, loud.
        schema = point.load().config_class._schema
        return {key: option.default for key, option in schema}
    return {}


def _page_links(
    source: str, docs_dir: Path, renderer: Renderer, site: SiteMap, hidden: dict[str, str]
) -> list[Problem]:
    from podium.core.frontmatter import parse_front_matter

    try:
        text = (docs_dir / source).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return []  # the loader already reports unreadable content files
    front = parse_front_matter(text, source)
    problems = []
    for reference in find_references(front.body, renderer, front.body_line):
        if reference.kind == "image" and not (reference.alt or "").strip():
            problems.append(
                Problem(
                    source,
                    reference.line,
                    "image",
                    f"{reference.target!r} has no alt text: "
                    f"write ![what it shows]({reference.target})",
                    "note",
                )
            )
        verdict = check_reference(reference, source, site)
        if verdict:
            severity, message = verdict
            problems.append(Problem(source, reference.line, reference.kind, message, severity))
        elif reference.kind == "link" and source not in hidden:
            target = _link_source(reference.target, source, site)
            if target in hidden:
                problems.append(
                    Problem(
                        source,
                        reference.line,
                        "link",
                        f"links to {target}, {hidden[target]}: the link is dead until "
                        "that page is published",
                        "warning",
                    )
                )
    return problems


def _link_source(target: str, source: str, site: SiteMap) -> str | None:
    """The docs file an internal link leads to (a .md path or a page URL), if any."""
    from urllib.parse import unquote, urlsplit

    if re.match(r"^[a-z][a-z0-9+.-]*:|^//|^#", target):
        return None
    path = unquote(urlsplit(target).path)
    if not path:
        return None
    if path.endswith(".md"):
        base = "" if path.startswith("/") else posixpath.dirname(source)
        return posixpath.normpath(posixpath.join(base, path.lstrip("/")))
    here = site.page_urls.get(source, page_url(source))
    folder = posixpath.dirname(here.rstrip("/") + "/x")
    url = posixpath.normpath(posixpath.join(folder, path)).lstrip("/").rstrip("/") + "/"
    by_url = {value: key for key, value in site.page_urls.items()}
    return by_url.get(url)


def _site_problems(config: SiteConfig, name: str) -> list[Problem]:
    if config.site_url:
        if not config.site_url.startswith(("https://", "http://")):
            return [
                Problem(name, _config_line(config, "site_url"), "site_url", "expected https://...")
            ]
        return []
    return [
        Problem(
            name,
            _config_line(config, "site_url"),
            "site_url",
            "missing: share cards, feeds and link previews need absolute URLs",
            "warning",
        )
    ]


def _config_line(config: SiteConfig, key: str) -> int | None:
    try:
        lines = config.path.read_text(encoding="utf-8-sig").splitlines()
    except OSError:
        return None
    for number, line in enumerate(lines, start=1):
        if line.startswith(f"{key}:"):
            return number
    return None


def _share_problems(
    config: SiteConfig, hub: Any, verbose: bool = False
) -> tuple[list[Problem], str | None]:
    """Share texts against each platform's limit, as the ``podium/share`` plugin sees them.

    Generated texts are shortened to fit by design: listed (as notes) only with
    ``verbose``, unless the plugin's ``shortened: warning`` makes them warnings.
    """
    options = config.plugin("podium/share")
    if options is None:
        return [], None
    if hub is None:
        return [], "share texts not checked: fix the duplicate URLs first"
    if not config.site_url:
        return [], "share texts not checked: they need site_url"
    platforms = [p for p in options.get("platforms") or PLATFORM_IDS if p in PLATFORM_IDS]
    found = share_problems(hub, platforms, include_shortened=True)
    loud = options.get("shortened") == "warning"
    result = []
    for problem in found:
        if not problem.message.startswith("generated text") or loud:
            result.append(problem)
        elif verbose:
            result.append(replace(problem, severity="note"))
    return result, None


def _event_problems(config: SiteConfig, site: SiteMap) -> tuple[list[Problem], str | None]:
    """Events (talks, panels) as the ``podium/profile`` plugin reads them."""
    options = config.plugin("podium/profile")
    if options is None:
        return [], None
    folder = str(options.get("events_dir") or "events").strip("/") + "/"
    page = str(options.get("events_page") or "events/index.md")
    problems: list[Problem] = []
    for source in sorted(site.files):
        if not source.startswith(folder) or not source.endswith(".md") or source == page:
            continue
        try:
            text = (config.docs_dir / source).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            problems.append(Problem(source, None, "file", f"cannot read: {error}"))
            continue
        _, found = parse_event(source, text, url=site.page_urls.get(source, ""))
        problems.extend(found)
    return problems, None


def render_text(report: Report) -> str:
    lines = [
        f"{problem}" + ("" if problem.is_error else f" ({problem.severity})")
        for problem in report.problems
    ]
    lines += [f"note: {note}" for note in report.notes]
    lines.append(
        f"{report.errors} error(s), {report.warnings} warning(s) in {report.files_checked} page(s)"
    )
    return "\n".join(lines) + "\n"


def render_json(report: Report) -> str:
    data = {
        "errors": report.errors,
        "warnings": report.warnings,
        "files_checked": report.files_checked,
        "problems": [
            {
                "path": problem.path,
                "line": problem.line,
                "field": problem.field,
                "message": problem.message,
                "severity": problem.severity,
            }
            for problem in report.problems
        ],
        "notes": report.notes,
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
