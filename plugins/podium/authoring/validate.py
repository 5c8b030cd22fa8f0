"""Checks of the validation pass that span several inputs (configuration, pictures, press,
scheduling); :func:`podium.authoring.check.check_hub` runs them with the content checks,
and the build runs ``check_hub`` itself, so ``podium check`` and ``mkdocs build`` print the
same lines.

Paths in the problems returned here are docs-relative (``articles/x.md``), except those
about ``mkdocs.yml``, which name the config file as given.
"""

from __future__ import annotations

import posixpath
import re
import shutil
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import fields
from pathlib import Path
from typing import Any

from podium.core.errors import Problem
from podium.core.loader import LoadedContent
from podium.core.model import Article, Highlight
from podium.core.settings import ContentSettings, UrlScheme, url_pattern_problems

from .mkdocs_yaml import SiteConfig

# Hook for one URL scheme allow-list (issue 15 owns the rule): which schemes an author's
# URL may use. Kept minimal here so that module can replace it.
SAFE_SCHEMES = frozenset({"http", "https", "mailto"})


def config_line(config: SiteConfig, *words: str) -> int | None:
    """Line of the first mkdocs.yml line that mentions every word, in order (best effort)."""
    try:
        lines = config.path.read_text(encoding="utf-8-sig").splitlines()
    except OSError:
        return None
    start = 0
    for word in words:
        for number in range(start, len(lines)):
            if re.search(rf"(^|[\s\-]){re.escape(word)}\s*:?", lines[number]):
                start = number
                break
        else:
            return start + 1 if start else None
    return start + 1


def plugin_option_problems(config: SiteConfig, name: str) -> list[Problem]:
    """Each Podium plugin's options checked by that plugin's own MkDocs Config class.

    MkDocs aborts the build on these; the lines here let ``podium check`` fail the same way.
    """
    from importlib.metadata import entry_points

    problems = []
    for plugin, options in sorted(config.plugins.items()):
        if not plugin.startswith("podium/"):
            continue
        for point in entry_points(group="mkdocs.plugins", name=plugin):
            try:
                config_class = point.load().config_class
            except (ImportError, AttributeError):
                continue
            instance = config_class()
            instance.load_dict(options)
            errors, _warnings = instance.validate()
            for key, error in errors:
                problems.append(
                    Problem(name, config_line(config, plugin, key), f"{plugin}.{key}", str(error))
                )
    return problems


def url_problems(config: SiteConfig, name: str, urls: UrlScheme) -> list[Problem]:
    return [
        Problem(name, config_line(config, "podium/articles", f"{field}_url"), where, message)
        for field, message in url_pattern_problems(urls)
        for where in [f"podium/articles.{field}_url"]
    ]


def url_scheme(options: dict[str, Any]) -> UrlScheme:
    """The URL patterns from ``podium/articles`` options (``x_url`` sets field ``x``)."""
    defaults = UrlScheme()
    return UrlScheme(
        **{
            item.name: str(options.get(f"{item.name}_url") or getattr(defaults, item.name))
            for item in fields(UrlScheme)
        }
    )


def cache_dir_problem(folder: Path) -> str | None:
    """Why ``folder`` cannot hold the card cache, or None when it can. Folders the probe had
    to create are removed again (``podium check`` writes nothing)."""
    missing = folder
    while not missing.parent.exists() and missing.parent != missing:
        missing = missing.parent
    created = not folder.exists()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".podium-probe-"):
            pass
    except OSError as error:
        reason = error.strerror or str(error)
        return f"cannot write {folder} ({reason}): cards are cached in a temporary folder"
    finally:
        if created and missing.is_dir():
            shutil.rmtree(missing, ignore_errors=True)
    return None


def cache_problems(config: SiteConfig, name: str) -> list[Problem]:
    options = config.plugin("podium/cards")
    if options is None or options.get("enabled") is False:
        return []
    folder = config.root / str(options.get("cache_dir") or ".cache/podium/cards")
    message = cache_dir_problem(folder)
    if message is None:
        return []
    line = config_line(config, "podium/cards", "cache_dir")
    return [Problem(name, line, "podium/cards.cache_dir", message, "warning")]


def case_slug_problems(loaded: LoadedContent) -> list[Problem]:
    """URLs that differ only in case collide on macOS and Windows checkouts and servers."""
    problems = []
    for items in (loaded.articles, loaded.highlights):
        by_folded: dict[str, list[Article | Highlight]] = defaultdict(list)
        for item in items:
            by_folded[item.url.casefold()].append(item)
        for group in by_folded.values():
            if len({item.url for item in group}) < 2:
                continue
            for item in group:
                others = ", ".join(sorted(o.source for o in group if o.url != item.url))
                problems.append(
                    Problem(
                        item.source,
                        item.lines.get("slug"),
                        "slug",
                        f"'{item.url}' differs only in case from {others}: "
                        "such URLs collide on macOS and Windows; give one another slug",
                    )
                )
    return problems


def unpublished(loaded: LoadedContent, settings: ContentSettings) -> dict[str, str]:
    """Source -> "a draft" / "scheduled for <day>" for entries the build leaves out."""
    found = {}
    for item in [*loaded.articles, *loaded.highlights]:
        if item.draft:
            found[item.source] = "a draft"
        elif item.date > settings.now:
            found[item.source] = f"scheduled for {item.date.date().isoformat()}"
    return found


def image_problems(
    items: Iterable[Article | Highlight], docs_dir: Path, size_of: Callable[[Path, str], Any]
) -> list[Problem]:
    """``image`` must be a readable picture within the pixel budget; alt text is a note.

    ``size_of`` reads the header and raises ValueError with a message (the cards' check).
    """
    problems = []
    for item in items:
        if not item.image:
            continue
        line = item.lines.get("image")
        if not item.image_alt and "image_alt" not in item.lines:
            problems.append(
                Problem(item.source, line, "image_alt", "missing: describe the image", "note")
            )
        if re.match(r"^[a-z]+:", item.image):
            continue
        here = posixpath.normpath(posixpath.join(posixpath.dirname(item.source), item.image))
        at_root = posixpath.normpath(item.image.lstrip("/"))
        found = [docs_dir / c for c in (here, at_root) if (docs_dir / c).is_file()]
        if not found:
            problems.append(
                Problem(item.source, line, "image", f"{item.image!r} not found in the docs folder")
            )
            continue
        try:
            size_of(found[0], item.image)
        except ValueError as error:
            problems.append(Problem(item.source, line, "image", str(error)))
    return problems


def press_problems(config: SiteConfig) -> list[Problem]:
    """``press.yml`` read as the ``podium/profile`` plugin reads it."""
    options = config.plugin("podium/profile")
    if options is None:
        return []
    from podium.profile.press import parse_press

    source = str(options.get("press_file") or "press.yml")
    path = config.docs_dir / source
    if not path.is_file():
        return []
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return [Problem(source, None, "press", f"unreadable: {error}")]
    docs = config.docs_dir
    _, problems = parse_press(source, text, file_exists=lambda src: (docs / src).is_file())
    return problems
