"""``podium new``: start an article, a highlight or an event with commented front matter.

The front matter is written as text (not dumped from a dict) so that every key carries a
comment telling the author what it does; values are JSON-quoted, which is valid YAML.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from podium.core.slugs import slugify

from .content_files import read_front_matter
from .errors import AuthoringError
from .file_slugs import SlugError, check_slug, file_slug
from .new_file import create_new_file


@dataclass(frozen=True)
class Created:
    """What ``podium new`` wrote, and anything the author still has to do by hand."""

    path: Path
    notes: tuple[str, ...] = field(default_factory=tuple)


def _quote(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def _slug_for(title: str, slug: str | None) -> str:
    try:
        return check_slug(slug) if slug else file_slug(title)
    except SlugError as error:
        raise AuthoringError(str(error)) from None


def _clean_title(title: str, what: str) -> str:
    cleaned = " ".join(title.split())
    if not cleaned:
        raise AuthoringError(f"the {what} is empty; write it between quotes")
    return cleaned


@dataclass(frozen=True)
class Translation:
    """The original article a new translation belongs to."""

    key: str
    source: Path
    has_key: bool
    lang: str | None
    authors: tuple[str, ...]
    categories: tuple[str, ...]
    tags: tuple[str, ...]


def find_translation(articles_dir: Path, slug: str) -> Translation:
    """Find the article whose slug (front matter ``slug``, else file name) is ``slug``."""
    for path in sorted(articles_dir.rglob("*.md")) if articles_dir.is_dir() else []:
        data = read_front_matter(path)
        own_slug = str(data.get("slug") or slugify(path.stem))  # as the core loader does
        if own_slug != slug:
            continue
        key = data.get("translation_key")
        return Translation(
            key=str(key) if key else slug,
            source=path,
            has_key=bool(key),
            lang=str(data["lang"]) if data.get("lang") else None,
            authors=_texts(data.get("authors")),
            categories=_texts(data.get("categories")),
            tags=_texts(data.get("tags")),
        )
    raise AuthoringError(f"--translation-of: no article with slug {slug!r} in {articles_dir}")


def _texts(value: object) -> tuple[str, ...]:
    """A front-matter list (or single text) as texts, whatever the author wrote."""
    if isinstance(value, list):
        return tuple(str(item) for item in value)
    return (str(value),) if isinstance(value, str) and value else ()


def _list(values: tuple[str, ...] | list[str]) -> str:
    return "[" + ", ".join(_quote(value) for value in values) + "]"


def new_article(
    folder: Path,
    title: str,
    *,
    day: date,
    lang: str | None = None,
    slug: str | None = None,
    authors: list[str] | tuple[str, ...] = (),
    translation_of: str | None = None,
    site_language: str = "en",
) -> Created:
    """Write ``folder/<slug>.md``: a draft article with every useful key explained."""
    title = _clean_title(title, "title")
    slug = _slug_for(title, slug)
    notes: list[str] = []
    translation = None
    if translation_of:
        if not lang:
            raise AuthoringError("--translation-of needs --lang (the language of the translation)")
        translation = find_translation(folder, translation_of)
        if (translation.lang or site_language) == lang:
            raise AuthoringError(
                f"--lang {lang}: {translation.source} is already in {lang}; "
                "a translation needs another language"
            )
        if not translation.has_key:
            notes.append(
                f"add `translation_key: {translation.key}` to {translation.source} "
                "so that both articles link to each other"
            )
        authors = translation.authors or authors
    lines = [
        "---",
        "# Podium reads the settings between the two --- lines; lines starting with # are notes.",
        f"title: {_quote(title)}",
        f"# The article's permanent address: /articles/{slug}/ (keep it if you change the title).",
        f"slug: {slug}",
        "# Publication date. A future date publishes the article on that day (daily build).",
        f"date: {day.isoformat()}",
        "# One or two sentences for search results, feeds and link previews (< 200 characters).",
        '# description: "What the reader will take away."',
        "# Author ids from docs/.authors.yml.",
        f"authors: {_list(authors)}",
        "categories: " + _list(translation.categories if translation else ()),
        "tags: " + _list(translation.tags if translation else ()),
    ]
    if lang:
        lines += ["# Language of this article (en, fr, de, nb...).", f"lang: {lang}"]
    else:
        lines += ["# Language, when not the site's: en, fr, de, nb...", "# lang: fr"]
    if translation:
        lines += [
            "# Translations of one article share this key.",
            f"translation_key: {_quote(translation.key)}",
        ]
    lines += [
        "# Cover image (path relative to this file) and its description for screen readers.",
        "# image: cover.jpg",
        '# image_alt: "What the picture shows."',
        "# Share texts per platform; `podium check` counts them against each platform's limit.",
        "# share:",
        '#   linkedin: "Why this matters to leaders..."',
        '#   x: "A sharp one-liner"',
        "# A draft stays out of the site: delete this line to publish.",
        "draft: true",
        "---",
        "",
        "The opening paragraph: it becomes the excerpt on the home page and in feeds.",
        "",
        "<!-- more -->",
        "",
        "The rest of the article.",
        "",
    ]
    path = folder / f"{slug}.md"
    create_new_file(path, "\n".join(lines))
    return Created(path, tuple(notes))


def new_highlight(
    folder: Path,
    text: str,
    *,
    day: date,
    lang: str | None = None,
    slug: str | None = None,
    article: str | None = None,
) -> Created:
    """Write ``folder/<date>-<first words>.md``: a short post for social networks."""
    text = _clean_title(text, "highlight text")
    try:
        slug = check_slug(slug) if slug else file_slug(text, max_length=40)
    except SlugError as error:
        raise AuthoringError(str(error)) from None
    lines = [
        "---",
        "# Podium reads the settings between the two --- lines; lines starting with # are notes.",
        "# When this was (or will be) posted.",
        f"date: {day.isoformat()}",
        "tags: []",
    ]
    lines += [f"lang: {lang}"] if lang else ["# lang: fr"]
    lines += (
        ["# The article this highlight comes from (its slug).", f"article: {article}"]
        if article
        else ["# The article this highlight comes from (its slug).", "# article: my-article"]
    )
    lines += [
        "# Where it was also posted:",
        "# syndication:",
        "#   - {platform: linkedin, url: https://www.linkedin.com/posts/...}",
        "---",
        "",
        text,
        "",
    ]
    path = folder / f"{day.isoformat()}-{slug}.md"
    create_new_file(path, "\n".join(lines))
    return Created(path)


def new_event(
    folder: Path,
    title: str,
    *,
    start: datetime,
    end: datetime | None = None,
    event: str | None = None,
    event_url: str | None = None,
    place: str | None = None,
    online: str | None = None,
    role: str | None = None,
    timezone: str | None = None,
    lang: str | None = None,
    slug: str | None = None,
) -> Created:
    """Write ``folder/<start date>-<slug>.md``: a talk, panel or interview to announce.

    Keys follow the ``podium/profile`` events schema (see podium.profile.events). Times
    always carry their offset: an event shown at the wrong hour is worse than none.
    """
    title = _clean_title(title, "title")
    slug = _slug_for(title, slug)
    if start.tzinfo is None or (end is not None and end.tzinfo is None):
        raise AuthoringError("--start/--end need a time zone: 2026-05-02T18:30+02:00 or --timezone")
    if end is not None and end <= start:
        raise AuthoringError(f"--end {end.isoformat()} is not after --start {start.isoformat()}")
    if not (place or online):
        raise AuthoringError('where is it? pass --place "Venue, City" and/or --online URL')

    def line(key: str, value: str | None, example: str, quote: bool = True) -> str:
        if value:
            return f"{key}: {_quote(value) if quote else value}"
        return f"# {key}: {example}"

    lines = [
        "---",
        "# Podium reads the settings between the two --- lines; lines starting with # are notes.",
        "# The talk or session.",
        f"title: {_quote(title)}",
        "# The conference or programme, and its page.",
        line("event", event, '"Conference 2026"'),
        line("event_url", event_url, "https://example.org/conference", quote=False),
        "# Start and end, with the venue's offset; `timezone` sets how times are shown.",
        f"start: {start.isoformat(sep=' ')}",
        f"end: {end.isoformat(sep=' ')}" if end else "# end: 2026-01-01 18:00:00+01:00",
        line("timezone", timezone, "Europe/Oslo", quote=False),
        "# Where: a place and/or an online link.",
        line("place", place, '"Venue, City"'),
        line("online", online, "https://example.org/live", quote=False),
        "# speaker, keynote, panelist, moderator, host, organizer, guest, interviewee...",
        line("role", role, "speaker", quote=False),
        '# description: "What the session is about, in one or two sentences."',
        "# slides: https://...",
        "# video: https://...",
    ]
    lines += [f"lang: {lang}"] if lang else ["# lang: fr"]
    lines += ["---", "", "What the audience will hear, and how to attend.", ""]
    path = folder / f"{start.date().isoformat()}-{slug}.md"
    create_new_file(path, "\n".join(lines))
    return Created(path)
