"""Value checks for front matter: each returns the normalised value or raises FieldError.

The messages say what was expected and what was found, because the reader is an author
looking at one line of YAML, not a developer.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, tzinfo
from typing import Any
from urllib.parse import urlsplit

from .safety import CONTROL, label_problem


class FieldError(ValueError):
    """A value of the wrong shape; the caller adds path, line and field."""


def describe(value: Any) -> str:
    """Name a YAML value's type the way an author thinks of it."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return f"a number ({value})"
    if isinstance(value, datetime | date):
        return f"a date ({value})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return f"text ({value!r})"


def text(value: Any, *, allow_empty: bool = False) -> str:
    """Text; numbers are accepted as text (a title can be "1984")."""
    if isinstance(value, bool) or value is None or isinstance(value, list | dict):
        raise FieldError(f"expected text, got {describe(value)}")
    # Control characters (NUL, BEL, ESC, DEL...) are invisible and mean nothing in a
    # title or a description; HTML, CSV and JSON outputs should never carry them.
    result = CONTROL.sub("", str(value)).strip()
    if not result and not allow_empty:
        raise FieldError("expected text, got an empty value")
    return result


def text_list(value: Any) -> tuple[str, ...]:
    """A list of text; a single text becomes a one-item list (a common, harmless slip)."""
    if isinstance(value, str):
        return (value.strip(),) if value.strip() else ()
    if not isinstance(value, list):
        raise FieldError(f"expected a list of text, got {describe(value)}")
    items = []
    for item in value:
        if not isinstance(item, str | int | float) or isinstance(item, bool):
            raise FieldError(f"expected a list of text, but an item is {describe(item)}")
        if str(item).strip():
            items.append(str(item).strip())
    return tuple(dict.fromkeys(items))


def labels(value: Any) -> tuple[str, ...]:
    """Tags or categories: a list of text without markup or invisible characters.

    Material's search renders tags from ``search_index.json`` as HTML, so a tag is refused
    here, once for every output, rather than escaped in each of them.
    """
    items = text_list(value)
    for item in items:
        problem = label_problem(item)
        if problem:
            raise FieldError(problem)
    return items


def boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise FieldError(f"expected true or false, got {describe(value)}")
    return value


def moment(value: Any, zone: tzinfo = UTC) -> datetime:
    """A date or date-time, made timezone-aware (naive values are in the site's zone)."""
    if isinstance(value, datetime):
        result = value
    elif isinstance(value, date):
        result = datetime.combine(value, time(0, 0))
    elif isinstance(value, str):
        try:
            result = datetime.fromisoformat(value.strip().replace(" ", "T", 1))
        except ValueError:
            raise FieldError(
                f"expected a date like 2026-03-14 or 2026-03-14 09:30:00+01:00, got {value!r}"
            ) from None
    else:
        raise FieldError(f"expected a date like 2026-03-14, got {describe(value)}")
    return result if result.tzinfo else result.replace(tzinfo=zone)


WEB = frozenset({"http", "https"})
WEB_OR_MAIL = frozenset({"http", "https", "mailto"})


def link(value: Any, *, schemes: frozenset[str] = WEB, relative: bool = True) -> str:
    """The one URL check: a URL whose scheme is allowed, or (where a file or page is meant)
    a relative path. Everything else is refused, ``javascript:``, ``data:`` and
    protocol-relative ``//host`` included, and so are control characters and spaces, which
    browsers drop or mangle before they read the scheme (``java\tscript:``).
    """
    if isinstance(value, str) and CONTROL.search(value):  # before text() strips them
        raise FieldError(f"expected a URL without control characters, got {value.strip()!r}")
    candidate = text(value)
    if CONTROL.search(candidate):
        raise FieldError(f"expected a URL without control characters, got {candidate!r}")
    try:
        parts = urlsplit(candidate)
    except ValueError:
        raise FieldError(f"expected a URL, got {candidate!r}") from None
    names = sorted(schemes)
    allowed = ", ".join(names[:-1]) + " or " + names[-1] if len(names) > 1 else "".join(names)
    if parts.scheme:
        if " " in candidate:
            raise FieldError(f"expected a URL without spaces (use %20), got {candidate!r}")
        if parts.scheme.lower() not in schemes:
            what = f"an {allowed} URL or a relative path" if schemes else "a relative path"
            what = what if relative else f"an {allowed} URL"
            raise FieldError(f"expected {what}, got {candidate!r}")
        if parts.scheme.lower() in WEB and not parts.hostname:
            raise FieldError(
                f"expected a URL with a host (https://example.com/...), got {candidate!r}"
            )
        return candidate
    if parts.netloc:
        raise FieldError(f"expected https://{candidate.lstrip('/')} rather than {candidate!r}")
    if not relative:
        raise FieldError(f"expected an absolute {allowed} URL, got {candidate!r}")
    return candidate


def url(value: Any) -> str:
    """An absolute http(s) URL."""
    candidate = text(value)
    try:
        return link(candidate, relative=False)
    except FieldError:
        raise FieldError(f"expected an absolute http(s) URL, got {candidate!r}") from None


def relative_path(value: Any) -> str:
    """A path to a file or page of the site (no scheme, no host)."""
    return link(value, schemes=frozenset())


def web_link(value: Any) -> str:
    """An http(s) URL or a relative path: images, avatars."""
    return link(value)


def page_link(value: Any) -> str:
    """An http(s) or mailto URL, or a relative path: links a reader follows."""
    return link(value, schemes=WEB_OR_MAIL)


_HANDLE = re.compile(r"^@?[\w.-]+(?:@[\w.-]+\.\w+)?$")


def profile(value: Any, *, url_only: bool = False) -> str:
    """A social profile: a URL, or (where the network has them) a handle like ``@name``.

    Something that starts like a URL must be a valid one: a typo there would break rel=me.
    """
    candidate = text(value)
    if url_only or "://" in candidate or candidate.startswith(("http", "www.")):
        return url(candidate)
    if not _HANDLE.match(candidate):
        raise FieldError(f"expected a profile URL or a handle like @name, got {candidate!r}")
    return candidate


_LANG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")


def language(value: Any) -> str:
    """A BCP 47 language tag such as ``en``, ``nb`` or ``pt-BR``."""
    candidate = text(value).replace("_", "-")
    if not _LANG.match(candidate):
        raise FieldError(f"expected a language tag like en, fr, de or nb, got {candidate!r}")
    return candidate


_SLUG = re.compile(r"^[\w][\w.-]*$")


def slug(value: Any) -> str:
    """A URL segment: letters, digits, '-', '_' and '.', no slashes or spaces."""
    candidate = text(value)
    if not _SLUG.match(candidate):
        raise FieldError(f"expected a URL slug (letters, digits and -), got {candidate!r}")
    return candidate


def mapping(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise FieldError(f"expected a mapping of key: value, got {describe(value)}")
    return {str(key): item for key, item in value.items()}
