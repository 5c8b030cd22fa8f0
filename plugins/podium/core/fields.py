"""Value checks for front matter: each returns the normalised value or raises FieldError.

The messages say what was expected and what was found, because the reader is an author
looking at one line of YAML, not a developer.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, tzinfo
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from babel import Locale, UnknownLocaleError


class FieldError(ValueError):
    """A value of the wrong shape; the caller adds path, line and field."""


class FieldFallback(ValueError):
    """A usable value with a caveat: the caller keeps ``value`` and reports ``message``
    with ``severity`` (a warning by default: the page is built, ``--strict`` fails)."""

    def __init__(self, value: Any, message: str, severity: str = "warning") -> None:
        super().__init__(message)
        self.value = value
        self.severity = severity


# XML 1.0 forbids these (feeds cannot carry them) and no author types them on purpose:
# they come from copy-paste. Bidi controls and emoji are ordinary text and are kept.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def control_characters(value: str) -> list[str]:
    """The control characters in ``value``, as ``U+0007`` names (empty when clean)."""
    return sorted({f"U+{ord(char):04X}" for char in _CONTROL.findall(value)})


def strip_control(value: str) -> str:
    return _CONTROL.sub("", value)


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
    """Text; numbers are accepted as text (a title can be "1984").

    Control characters are removed, so pages and feeds show the same text (the loader
    reports them once per file, where it reads the raw text).
    """
    if isinstance(value, bool) or value is None or isinstance(value, list | dict):
        raise FieldError(f"expected text, got {describe(value)}")
    result = str(value).strip()
    if not result and not allow_empty:
        raise FieldError("expected text, got an empty value")
    return strip_control(result).strip() if _CONTROL.search(result) else result


def text_list(value: Any, *, one_text: bool = True) -> tuple[str, ...]:
    """A list of text; a single text becomes a one-item list (a common, harmless slip)
    unless ``one_text`` is false: ``tags: leadership, media`` would silently be one tag."""
    if isinstance(value, str) and not one_text:
        items = [item.strip() for item in value.split(",") if item.strip()] or [value]
        raise FieldError(f"write a list, e.g. [{', '.join(items)}], not one text")
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


def boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise FieldError(f"expected true or false, got {describe(value)}")
    return value


_DATE_SHAPE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}(?:[ T]|$)")


def impossible_date(value: str) -> str | None:
    """The message for a date-shaped text that is no date (``2026-02-30``), else None.

    YAML leaves such a value as text (see ``frontmatter.Loader``); every reader of dates
    (articles, highlights, corrections, events, press) words it the same way.
    """
    if isinstance(value, str) and _DATE_SHAPE.match(value.strip()):
        return f"{value.strip()!r} is not a real date (check the day and the month)"
    return None


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
            impossible = impossible_date(value)
            if impossible:
                raise FieldError(impossible) from None
            raise FieldError(
                f"expected a date like 2026-03-14 or 2026-03-14 09:30:00+01:00, got {value!r}"
            ) from None
    else:
        raise FieldError(f"expected a date like 2026-03-14, got {describe(value)}")
    return result if result.tzinfo else result.replace(tzinfo=zone)


def url(value: Any) -> str:
    """An absolute http(s) URL."""
    candidate = text(value)
    parts = urlsplit(candidate)
    if parts.scheme not in {"http", "https"} or not parts.netloc or " " in candidate:
        raise FieldError(f"expected an absolute http(s) URL, got {candidate!r}")
    return candidate


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
    """A BCP 47 language tag such as ``en``, ``nb`` or ``pt-BR`` that Babel has data for.

    A tag Babel lacks (``en-XX``) falls back to its base language with a warning, so dates
    and labels still come out in the right language; an unknown base is an error.
    """
    candidate = text(value).replace("_", "-")
    if not _LANG.match(candidate):
        raise FieldError(f"expected a language tag like en, fr, de or nb, got {candidate!r}")
    if _babel_knows(candidate):
        return candidate
    base = candidate.split("-", 1)[0].lower()
    if base != candidate and _babel_knows(base):
        raise FieldFallback(base, f"{candidate!r} is not a language Podium knows; using {base!r}")
    raise FieldError(
        f"{candidate!r} is not a language Podium knows: use a tag like en, fr, de or nb"
    )


@lru_cache(maxsize=256)
def _babel_knows(tag: str) -> bool:
    try:
        Locale.parse(tag, sep="-")
    except (UnknownLocaleError, ValueError):
        return False
    return True


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
