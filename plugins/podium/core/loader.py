"""Read articles, highlights and authors from disk into model records plus problems.

Reading never raises for a bad file: the file is left out and its problems are returned, so
one typo cannot take the rest of the hub down.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from types import MappingProxyType

from . import fields, text
from .errors import Problem
from .folder_meta import apply_defaults, folder_defaults
from .frontmatter import FrontMatter, parse_front_matter
from .model import Article, Author, Highlight
from .plaintext import first_sentence, markdown_to_plain, plain_line
from .safety import strip_controls
from .schema import (
    ARTICLE_KEYS,
    AUTHOR_KEYS,
    HIGHLIGHT_KEYS,
    PROFILE_URL_KEYS,
    Checked,
    check_cards,
    check_corrections,
    check_date_field,
    check_links,
    check_readtime,
    check_share,
    check_syndication,
    social_to_cards,
    unknown_key_problems,
)
from .settings import ContentSettings
from .slugs import slugify, slugify_as
from .urlformat import fill_article_url
from .yaml_reader import YamlError, read_yaml

_H1 = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.M)


@dataclass
class LoadedContent:
    articles: list[Article] = field(default_factory=list)
    highlights: list[Highlight] = field(default_factory=list)
    authors: dict[str, Author] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    failed_sources: set[str] = field(default_factory=set)


def is_article_source(source: str, settings: ContentSettings) -> bool:
    """Markdown under the articles folder, except that folder's own ``index.md``."""
    return _is_under(source, settings.articles_dir) and source != _join(
        settings.articles_dir, "index.md"
    )


def is_highlight_source(source: str, settings: ContentSettings) -> bool:
    return _is_under(source, settings.highlights_dir) and source != _join(
        settings.highlights_dir, "index.md"
    )


def _is_under(source: str, folder: str) -> bool:
    prefix = folder.strip("/")
    return source.endswith(".md") and (not prefix or source.startswith(prefix + "/"))


def _join(folder: str, name: str) -> str:
    return str(PurePosixPath(folder.strip("/")) / name)


def discover_sources(settings: ContentSettings) -> list[str]:
    """Every Markdown file under docs_dir, as docs-relative posix paths (for the CLI)."""
    root = settings.docs_dir
    return sorted(path.relative_to(root).as_posix() for path in root.rglob("*.md"))


def load_content(settings: ContentSettings, sources: Iterable[str] | None = None) -> LoadedContent:
    """Read authors, then every article and highlight among ``sources``."""
    result = LoadedContent()
    result.authors, author_problems = load_authors(settings)
    result.problems.extend(author_problems)
    for source in sorted(discover_sources(settings) if sources is None else sources):
        if is_article_source(source, settings):
            record, problems = read_article(settings, source)
        elif is_highlight_source(source, settings):
            record, problems = read_highlight(settings, source)
        else:
            continue
        result.problems.extend(problems)
        if record is None:
            result.failed_sources.add(source)
        elif isinstance(record, Article):
            result.articles.append(record)
        else:
            result.highlights.append(record)
    return result


def _open(
    settings: ContentSettings, source: str, known_keys: frozenset[str]
) -> tuple[Checked | None, list[Problem]]:
    """Read and parse one content file; ``None`` when it cannot be read or parsed."""
    try:
        raw = (settings.docs_dir / source).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return None, [Problem(source, None, "file", f"cannot read: {error}")]
    front = parse_front_matter(raw, source)
    controls = [] if front.problems else control_problems(front, source)
    front.body = strip_controls(front.body)  # as the page itself (podium/articles) shows it
    if front.problems:  # unreadable YAML: any further "missing" message would mislead
        return None, front.problems
    if settings.meta_file:
        defaults, problems = folder_defaults(settings.docs_dir, source, settings.meta_file)
        if problems:
            return None, problems
        front.data = apply_defaults(defaults, front.data)
    check = Checked(front, source)
    check.problems.extend(controls)
    check.problems.extend(unknown_key_problems(front.data, known_keys, source, front.lines))
    return check, []


def control_problems(front: FrontMatter, source: str) -> list[Problem]:
    """A warning per front-matter key and per body line holding control characters (they
    are removed, so pages and feeds show the same text)."""

    def found_in(value: object) -> list[str]:
        if isinstance(value, str):
            return fields.control_characters(value)
        if isinstance(value, list | tuple):
            return sorted({name for item in value for name in found_in(item)})
        if isinstance(value, dict):
            return found_in(list(value.values()))
        return []

    problems = []
    # Tags and categories with control characters are refused by their own check.
    where = [
        (key, front.line_of(key), found_in(value))
        for key, value in front.data.items()
        if key not in ("tags", "categories")
    ]
    for offset, line in enumerate(front.body.split("\n")):
        where.append(("text", front.body_line + offset, fields.control_characters(line)))
    for key, number, found in where:
        if found:
            message = f"control character {', '.join(found)} removed: retype the text around it"
            problems.append(Problem(source, number, key, message, "warning"))
    return problems


def read_article(settings: ContentSettings, source: str) -> tuple[Article | None, list[Problem]]:
    """One article from its Markdown file."""
    check, problems = _open(settings, source, ARTICLE_KEYS)
    if check is None:
        return None, problems
    front, zone = check.front, settings.timezone

    title = check.get("title", fields.text)
    if title is None and "title" not in front.data:
        heading = _H1.search(front.body)
        title = heading.group(1).strip() if heading else None
    if title is None and not any(p.field == "title" for p in check.problems):
        check.error("title", "missing: add 'title: ...' to the front matter (or a '# Heading')")

    dates = check.get("date", check_date_field(zone))
    if dates is None and "date" not in front.data:
        check.error("date", "missing: add 'date: 2026-03-14' to the front matter")
    created, updated_from_date = dates or (None, None)
    updated = check.get("updated", lambda value: fields.moment(value, zone)) or updated_from_date

    lang = check.get("lang", fields.language, settings.language)
    style = settings.urls.slug_style
    if settings.slug_from == "title":  # Material: the title's slug unless 'slug:' is given
        slug = check.get("slug", fields.slug) or slugify_as(style, title or "")
    else:
        slug = check.get("slug", fields.slug) or slugify(PurePosixPath(source).stem)
    if not slug:
        origin = "title" if settings.slug_from == "title" else "file name"
        check.error("slug", f"the {origin} gives an empty slug: add 'slug: ...'")

    record = dict(
        description=check.get("description", fields.text, ""),
        authors=check.get("authors", fields.text_list, ()),
        categories=check.get("categories", fields.labels, ()),
        tags=check.get("tags", fields.labels, ()),
        translation_key=check.get("translation_key", fields.text),
        series=check.get("series", fields.text),
        draft=check.get("draft", fields.boolean, False),
        pin=check.get("pin", fields.boolean, False),
        canonical_url=check.get("canonical_url", fields.url),
        image=check.get("image", fields.web_link),
        image_alt=check.get("image_alt", fields.text),
        share=MappingProxyType(check.get("share", check_share, {})),
        corrections=check.get("corrections", check_corrections(zone), ()),
        syndication=check.get("syndication", check_syndication, ()),
        links=check.get("links", check_links, ()),
        cards=check.get("cards", check_cards),
    )
    if record["cards"] is None and "social" in front.data:
        record["cards"], notes = social_to_cards(
            front.data["social"], source, front.lines.get("social"), settings.docs_dir.name
        )
        check.problems.extend(notes)
    readtime = check.get("readtime", check_readtime)
    if check.failed:
        return None, check.problems
    words = text.count_words(front.body, lang)
    article = Article(
        source=source,
        slug=slug,
        url=fill_article_url(
            settings.urls.article,
            slug=slug,
            date=created,
            categories=tuple(slugify_as(style, name) for name in record["categories"]),
            file=PurePosixPath(source).stem,
            date_format=settings.urls.date_format,
            locale=settings.language,
        ),
        title=title,
        date=created,
        updated=updated,
        lang=lang,
        body=front.body,
        excerpt=text.excerpt_markdown(front.body),
        words=words,
        reading_minutes=readtime or _reading_minutes(settings, front.body, words, lang),
        meta=MappingProxyType(dict(front.data)),
        lines=MappingProxyType(dict(front.lines)),
        **record,
    )
    return article, check.problems


def _reading_minutes(settings: ContentSettings, body: str, words: int, lang: str) -> int:
    if settings.render_html is not None:
        return text.reading_minutes_material(settings.render_html(body), settings.words_per_minute)
    return text.reading_minutes(words, lang, settings.words_per_minute)


def read_highlight(
    settings: ContentSettings, source: str
) -> tuple[Highlight | None, list[Problem]]:
    """One highlight (a short post) from its Markdown file."""
    check, problems = _open(settings, source, HIGHLIGHT_KEYS)
    if check is None:
        return None, problems
    front, zone = check.front, settings.timezone
    created = check.get("date", lambda value: fields.moment(value, zone))
    if created is None and "date" not in front.data:
        check.error("date", "missing: add 'date: 2026-03-14' to the front matter")
    if not front.body.strip():
        check.problems.append(Problem(source, front.body_line, "body", "the post is empty"))
    ident = check.get("slug", fields.slug) or slugify(PurePosixPath(source).stem)
    record = dict(
        lang=check.get("lang", fields.language, settings.language),
        tags=check.get("tags", fields.labels, ()),
        article=check.get("article", fields.text),
        syndication=check.get("syndication", check_syndication, ()),
        share=MappingProxyType(check.get("share", check_share, {})),
        attribution=check.get("attribution", fields.text),
        image=check.get("image", fields.web_link),
        image_alt=check.get("image_alt", fields.text),
        cards=check.get("cards", check_cards),
        draft=check.get("draft", fields.boolean, False),
    )
    # Untitled: the first sentence, unless a content warning hides the body (then the
    # warning is all that is shown outside the page, title included).
    warning = front.data.get("content_warning")
    title = (
        check.get("title", fields.text)
        or (plain_line(warning) if isinstance(warning, str) and warning.strip() else "")
        or first_sentence(markdown_to_plain(front.body, drop_links=True))
    )
    if check.failed:
        return None, check.problems
    highlight = Highlight(
        source=source,
        id=ident,
        url=settings.urls.highlight.format(id=ident),
        title=title,
        date=created,
        body=front.body.strip(),
        meta=MappingProxyType(dict(front.data)),
        lines=MappingProxyType(dict(front.lines)),
        **record,
    )
    return highlight, check.problems


def load_authors(settings: ContentSettings) -> tuple[dict[str, Author], list[Problem]]:
    """Authors from ``.authors.yml`` (Material's ``authors:`` mapping), with line numbers."""
    path = settings.docs_dir / settings.authors_file
    source = settings.authors_file
    if not path.exists():
        return {}, []
    try:
        located = read_yaml(path)
    except YamlError as error:
        return {}, [Problem(source, error.line, "authors", error.message)]
    except (OSError, UnicodeDecodeError) as error:
        return {}, [Problem(source, None, "authors", f"cannot read: {error}")]
    data = located.data or {}
    lines = {
        str(key[1]): line
        for key, line in located.lines.items()
        if len(key) == 2 and key[0] == "authors"
    }
    entries = data.get("authors") if isinstance(data, dict) else None
    if not isinstance(entries, dict):
        return {}, [Problem(source, 1, "authors", "expected a mapping 'authors:' of id → author")]
    authors: dict[str, Author] = {}
    problems: list[Problem] = []
    for ident, entry in entries.items():
        ident = str(ident)
        line = lines.get(ident)
        if not isinstance(entry, dict):
            problems.append(Problem(source, line, f"authors.{ident}", "expected a mapping"))
            continue
        for key in sorted(set(entry) - AUTHOR_KEYS):
            problems.append(
                Problem(source, line, f"authors.{ident}.{key}", "unknown key", "warning")
            )
        author, author_problems = _author(ident, entry, source, line)
        problems.extend(author_problems)
        if author:
            authors[ident] = author
    return authors, problems


def _author(
    ident: str, entry: dict, source: str, line: int | None
) -> tuple[Author | None, list[Problem]]:
    problems = []

    def value(key: str, check=fields.text, default=""):
        if entry.get(key) in (None, ""):
            return default
        try:
            return check(entry[key])
        except fields.FieldError as error:
            problems.append(Problem(source, line, f"authors.{ident}.{key}", str(error)))
            return default

    name = value("name")
    if not name:
        problems.append(Problem(source, line, f"authors.{ident}.name", "missing"))
    profiles = {}
    raw_profiles = entry.get("profiles") or {}
    if not isinstance(raw_profiles, dict):
        problems.append(Problem(source, line, f"authors.{ident}.profiles", "expected a mapping"))
        raw_profiles = {}
    for network, handle in sorted(raw_profiles.items()):
        try:
            profiles[str(network)] = fields.profile(handle, url_only=network in PROFILE_URL_KEYS)
        except fields.FieldError as error:
            problems.append(
                Problem(source, line, f"authors.{ident}.profiles.{network}", str(error))
            )
    if not name:  # a bad profile is reported, but only a nameless author is unusable
        return None, problems
    author = Author(
        id=ident,
        name=name,
        description=value("description"),
        avatar=value("avatar", fields.web_link),
        url=value("url", fields.page_link),
        job_title=value("job_title"),
        organization=value("organization"),
        bio=value("bio"),
        email=value("email"),
        profiles=MappingProxyType(profiles),
        slug=value("slug", fields.slug),
    )
    return author, problems
