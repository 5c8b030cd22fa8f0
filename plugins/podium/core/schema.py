"""Front-matter schemas for articles, highlights and authors.

Each key maps to a checker from :mod:`podium.core.fields`. Keys that MkDocs or Material
understand are accepted silently; any other key warns with a did-you-mean, because a typo
(``categores:``) would otherwise vanish without a trace.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from datetime import tzinfo
from typing import Any

from . import fields
from .errors import Problem
from .fields import FieldError
from .frontmatter import FrontMatter
from .model import Correction, RelatedLink, Syndication

# Keys owned by MkDocs, Material or common extensions: valid, but not Podium's business.
HOST_KEYS = frozenset(
    {
        "template", "hide", "search", "icon", "status", "subtitle", "comments", "social",
        "readtime", "meta", "nav_title", "robots", "noindex",
    }
)  # fmt: skip

ARTICLE_KEYS = frozenset(
    {
        "title", "date", "updated", "description", "authors", "categories", "tags", "lang",
        "translation_key", "series", "slug", "draft", "pin", "canonical_url", "image",
        "image_alt", "share", "corrections", "syndication", "links", "cards",
    }
)  # fmt: skip

HIGHLIGHT_KEYS = frozenset(
    {
        "title", "date", "lang", "tags", "article", "syndication", "share", "attribution",
        "image", "image_alt", "draft", "cards", "slug", "import_id", "import_hash",
        "content_warning",
    }
)  # fmt: skip

AUTHOR_KEYS = frozenset(
    {
        "name", "description", "avatar", "url", "slug", "job_title", "organization", "bio",
        "email", "profiles",
    }
)  # fmt: skip

# Networks without a handle convention: their profile must be a full URL.
PROFILE_URL_KEYS = frozenset({"linkedin", "website", "youtube", "facebook"})


def unknown_key_problems(
    data: dict[str, Any], known: frozenset[str], path: str, lines: dict[str, int]
) -> list[Problem]:
    """Warn about keys nobody reads, suggesting the closest known key."""
    problems = []
    candidates = sorted(known | HOST_KEYS)
    for key in sorted(data):
        if key in known or key in HOST_KEYS:
            continue
        close = difflib.get_close_matches(key, candidates, n=1, cutoff=0.7)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        problems.append(
            Problem(path, lines.get(key), key, f"unknown key{hint}", severity="warning")
        )
    return problems


class Checked:
    """Runs field checks against one file's front matter, collecting problems."""

    def __init__(self, front: FrontMatter, path: str) -> None:
        self.front = front
        self.path = path
        self.problems: list[Problem] = list(front.problems)

    def get(self, key: str, check: Callable[[Any], Any], default: Any = None) -> Any:
        """The checked value of ``key``, or ``default`` when absent or invalid."""
        if key not in self.front.data or self.front.data[key] is None:
            return default
        try:
            return check(self.front.data[key])
        except FieldError as error:
            self.error(key, str(error))
            return default
        except fields.FieldFallback as fallback:
            self.problems.append(
                Problem(self.path, self.front.line_of(key), key, str(fallback), fallback.severity)
            )
            return fallback.value

    def error(self, key: str, message: str) -> None:
        self.problems.append(Problem(self.path, self.front.line_of(key), key, message))

    @property
    def failed(self) -> bool:
        return any(problem.is_error for problem in self.problems)


def check_corrections(zone: tzinfo) -> Callable[[Any], tuple[Correction, ...]]:
    def check(value: Any) -> tuple[Correction, ...]:
        if not isinstance(value, list):
            raise FieldError(f"expected a list of {{date, text}}, got {fields.describe(value)}")
        result = []
        for number, item in enumerate(value, start=1):
            if not isinstance(item, dict) or "date" not in item or "text" not in item:
                raise FieldError(f"item {number}: expected {{date: ..., text: ...}}")
            try:
                result.append(
                    Correction(fields.moment(item["date"], zone), fields.text(item["text"]))
                )
            except FieldError as error:
                raise FieldError(f"item {number}: {error}") from None
        return tuple(sorted(result, key=lambda correction: correction.date))

    return check


def check_syndication(value: Any) -> tuple[Syndication, ...]:
    """``[{platform, url}]``, or the shorthand mapping ``{platform: url}``."""
    if isinstance(value, dict):
        value = [{"platform": key, "url": item} for key, item in value.items()]
    if not isinstance(value, list):
        raise FieldError(f"expected a list of {{platform, url}}, got {fields.describe(value)}")
    result = []
    for number, item in enumerate(value, start=1):
        if not isinstance(item, dict) or "url" not in item:
            raise FieldError(f"item {number}: expected {{platform: ..., url: ...}}")
        try:
            link = fields.url(item["url"])
            platform = fields.text(item.get("platform") or _platform_from_url(link))
        except FieldError as error:
            raise FieldError(f"item {number}: {error}") from None
        result.append(Syndication(platform.lower(), link))
    return tuple(result)


def _platform_from_url(link: str) -> str:
    host = link.split("/")[2].removeprefix("www.")
    return host.split(".")[0]


def check_links(value: Any, section: tuple[str, ...] = ()) -> tuple[RelatedLink, ...]:
    """Material's ``links``: paths, ``{title: path}`` and ``{section: [links]}``, nested.

    A bare path has no title here: the linked page's own title is used when it is shown.
    """
    if not isinstance(value, list):
        raise FieldError(f"expected a list of links, got {fields.describe(value)}")
    result = []
    for item in value:
        if isinstance(item, str):
            result.append(RelatedLink("", fields.page_link(item), section))
        elif isinstance(item, dict):
            for title, target in item.items():
                if isinstance(target, str):
                    result.append(RelatedLink(str(title), fields.page_link(target), section))
                elif isinstance(target, list):
                    result.extend(check_links(target, (*section, str(title))))
                else:
                    raise FieldError(f"{title}: expected a link or a list of links")
        else:
            raise FieldError(
                f"expected a link path or {{title: path}}, got {fields.describe(item)}"
            )
    return tuple(result)


def check_cards(value: Any) -> dict[str, Any]:
    """``cards: false`` opts a page out; a mapping overrides title, description, layout..."""
    if value is False:
        return {"enabled": False}
    return fields.mapping(value)


# Material's per-page ``social.cards_layout_options`` that mean the same on a Podium card.
_SOCIAL_TO_CARDS = {
    "title": "title",
    "description": "description",
    "background_image": "background",
}


def social_to_cards(
    value: Any, path: str, line: int | None, docs_name: str = "docs"
) -> tuple[dict[str, Any] | None, list[Problem]]:
    """Material's per-page ``social:`` as Podium's ``cards:`` where the meaning is the same.

    Everything else (``cards_layout``, colours, fonts) has no Podium equivalent: each such
    key becomes a note, so the author knows the card will look like the site's other cards.
    """
    if not isinstance(value, dict):
        return None, []
    notes: list[Problem] = []
    if value.get("cards") is False:
        return {"enabled": False}, []
    cards: dict[str, Any] = {}
    for key in sorted(value):
        if key == "cards":
            continue
        if key != "cards_layout_options" or not isinstance(value[key], dict):
            notes.append(Problem(path, line, f"social.{key}", "no Podium card equivalent", "note"))
            continue
        for option, item in sorted(value[key].items()):
            target = _SOCIAL_TO_CARDS.get(option)
            if target is None or not isinstance(item, str):
                notes.append(
                    Problem(
                        path, line, f"social.{key}.{option}", "no Podium card equivalent", "note"
                    )
                )
                continue
            if target == "background":  # Material: relative to the project; Podium: to docs
                item = item.removeprefix(docs_name.rstrip("/") + "/")
            cards[target] = item
    return (cards or None), notes


def check_readtime(value: Any) -> int:
    """Material's ``readtime``: minutes, a whole number of 1 or more."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise FieldError(f"expected a number of minutes (1 or more), got {fields.describe(value)}")
    return value


def check_share(value: Any) -> dict[str, Any]:
    share = fields.mapping(value)
    if "hashtags" in share:
        try:
            share["hashtags"] = list(fields.labels(share["hashtags"]))
        except FieldError as error:
            raise FieldError(f"hashtags: {error}") from None
    return share


def check_date_field(zone: tzinfo) -> Callable[[Any], tuple[Any, Any]]:
    """Material's ``date``: a date, or ``{created, updated}``; returns (created, updated)."""

    def check(value: Any) -> tuple[Any, Any]:
        if isinstance(value, dict):
            if "created" not in value:
                raise FieldError("expected {created: ..., updated: ...} with a 'created' date")
            updated = value.get("updated")
            if isinstance(updated, list):  # Material allows several; the newest counts
                updated = max(fields.moment(item, zone) for item in updated) if updated else None
            return (
                fields.moment(value["created"], zone),
                fields.moment(updated, zone) if updated else None,
            )
        return fields.moment(value, zone), None

    return check
