"""Press & media: mentions and interviews plus a press kit, from one data file (``press.yml``).

::

    mentions:
      - outlet: Financial Times
        title: "The CFO who wants fewer meetings"
        date: 2026-05-04
        url: https://www.ft.com/content/...
        kind: interview            # interview, mention, podcast, video, op-ed, profile, award
        quote: "Short, approved pull quote."
        lang: en
    kit:
      contact: press@example.com
      bios:                        # approved bios, any of short / medium / long (Markdown)
        short: "..."
      photos:
        - file: images/press/portrait.jpg   # docs-relative
          alt: "Jane Doe on stage"
          credit: "Photo: A. Photographer"
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from podium.core.errors import Problem
from podium.core.fields import FieldError, relative_path
from podium.core.safety import clean_strings
from podium.core.yaml_reader import Located, YamlError, load_located
from podium.meta.profile_links import is_absolute_url

KINDS = ("interview", "mention", "podcast", "video", "op-ed", "profile", "award", "article")
BIO_LENGTHS = ("short", "medium", "long")
_MENTION_FIELDS = ("outlet", "title", "date", "url", "kind", "quote", "lang", "author")
_PHOTO_FIELDS = ("file", "alt", "credit", "caption")


@dataclass(frozen=True)
class Mention:
    outlet: str
    title: str
    date: dt.date
    url: str
    kind: str = "mention"
    quote: str = ""
    lang: str = ""
    author: str = ""


@dataclass(frozen=True)
class Photo:
    file: str  # docs-relative
    alt: str
    credit: str = ""
    caption: str = ""


@dataclass(frozen=True)
class PressKit:
    bios: tuple[tuple[str, str], ...] = ()  # (length, markdown) in short→long order
    photos: tuple[Photo, ...] = ()
    contact: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.bios or self.photos or self.contact)


@dataclass(frozen=True)
class Press:
    mentions: tuple[Mention, ...] = ()  # newest first
    kit: PressKit = PressKit()

    @property
    def by_year(self) -> tuple[tuple[int, tuple[Mention, ...]], ...]:
        years: dict[int, list[Mention]] = {}
        for mention in self.mentions:
            years.setdefault(mention.date.year, []).append(mention)
        return tuple((year, tuple(items)) for year, items in years.items())


def parse_press(
    source: str, text: str, *, file_exists: Callable[[str], bool] | None = None
) -> tuple[Press, list[Problem]]:
    """Validate ``press.yml``; bad entries are left out and reported, the rest is kept."""
    try:
        located = load_located(text)
    except YamlError as err:
        return Press(), [Problem(source, err.line, "press", err.message)]
    data = clean_strings(located.data or {})  # YAML escapes ("\a", "\e") make controls
    problems: list[Problem] = []
    if not isinstance(data, Mapping):
        return Press(), [
            Problem(source, 1, "press", "expected a mapping with `mentions` and `kit`")
        ]
    for key in data:
        if key not in ("mentions", "kit"):
            problems.append(
                Problem(
                    source,
                    located.line(key),
                    str(key),
                    _unknown(key, ("mentions", "kit")),
                    "warning",
                )
            )
    mentions = _mentions(source, located, data.get("mentions") or [], problems)
    kit = _kit(source, located, data.get("kit") or {}, problems, file_exists)
    ordered = tuple(sorted(mentions, key=lambda m: (m.date, m.outlet, m.title), reverse=True))
    return Press(ordered, kit), problems


def _unknown(key: object, known: tuple[str, ...]) -> str:
    hint = difflib.get_close_matches(str(key), known, n=1)
    return "unknown field" + (f" (did you mean {hint[0]!r}?)" if hint else "")


def _mentions(source: str, located: Located, items: Any, problems: list[Problem]) -> list[Mention]:
    if not isinstance(items, list):
        problems.append(Problem(source, located.line("mentions"), "mentions", "expected a list"))
        return []
    mentions: list[Mention] = []
    for index, item in enumerate(items):
        where = ("mentions", index)
        name = f"mentions[{index}]"

        def report(field: str, message: str, *, where=where, name=name) -> None:
            problems.append(
                Problem(source, located.line(*where, field), f"{name}.{field}", message)
            )

        if not isinstance(item, Mapping):
            problems.append(Problem(source, located.line(*where), name, "expected a mapping"))
            continue
        before = len(problems)
        for key in item:
            if key not in _MENTION_FIELDS:
                problems.append(
                    Problem(
                        source,
                        located.line(*where, key),
                        f"{name}.{key}",
                        _unknown(key, _MENTION_FIELDS),
                        "warning",
                    )
                )
        warnings = len(problems) - before
        for field in ("outlet", "title"):
            if not isinstance(item.get(field), str) or not item[field].strip():
                report(field, "required text is missing")
        url = item.get("url")
        if not is_absolute_url(url):
            report("url", f"expected an absolute URL (https://...), got {url!r}")
        when = _date(item.get("date"))
        if isinstance(when, str):
            report("date", when)
        kind = item.get("kind", "mention")
        if kind not in KINDS:
            report("kind", f"expected one of {', '.join(KINDS)}, got {kind!r}")
        if len(problems) - before > warnings:
            continue
        mentions.append(
            Mention(
                outlet=item["outlet"].strip(),
                title=item["title"].strip(),
                date=when,  # type: ignore[arg-type]
                url=url,
                kind=kind,
                quote=str(item.get("quote") or "").strip(),
                lang=str(item.get("lang") or ""),
                author=str(item.get("author") or ""),
            )
        )
    return mentions


def _date(value: object) -> dt.date | str:
    """A date, or the error message (``YYYY-MM-DD`` is the only accepted spelling)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if value is None:
        return "required date is missing (YYYY-MM-DD)"
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    return f"bad date format {value!r}: expected YYYY-MM-DD, e.g. 2026-05-04"


def _kit(
    source: str,
    located: Located,
    kit: Any,
    problems: list[Problem],
    file_exists: Callable[[str], bool] | None,
) -> PressKit:
    if not isinstance(kit, Mapping):
        problems.append(Problem(source, located.line("kit"), "kit", "expected a mapping"))
        return PressKit()
    for key in kit:
        if key not in ("bios", "photos", "contact"):
            problems.append(
                Problem(
                    source,
                    located.line("kit", key),
                    f"kit.{key}",
                    _unknown(key, ("bios", "photos", "contact")),
                    "warning",
                )
            )
    bios_in = kit.get("bios") or {}
    bios: list[tuple[str, str]] = []
    if not isinstance(bios_in, Mapping):
        problems.append(
            Problem(source, located.line("kit", "bios"), "kit.bios", "expected a mapping")
        )
        bios_in = {}
    for length, text in bios_in.items():
        field = f"kit.bios.{length}"
        if length not in BIO_LENGTHS:
            problems.append(
                Problem(
                    source,
                    located.line("kit", "bios", length),
                    field,
                    f"expected one of {', '.join(BIO_LENGTHS)}",
                )
            )
        elif not isinstance(text, str) or not text.strip():
            problems.append(
                Problem(source, located.line("kit", "bios", length), field, "expected text")
            )
        else:
            bios.append((length, text.strip()))
    bios.sort(key=lambda pair: BIO_LENGTHS.index(pair[0]))
    photos: list[Photo] = []
    photos_in = kit.get("photos") or []
    if not isinstance(photos_in, list):
        problems.append(
            Problem(source, located.line("kit", "photos"), "kit.photos", "expected a list")
        )
        photos_in = []
    for index, photo in enumerate(photos_in):
        name = f"kit.photos[{index}]"
        where = ("kit", "photos", index)
        if not isinstance(photo, Mapping):
            problems.append(Problem(source, located.line(*where), name, "expected a mapping"))
            continue
        file = photo.get("file")
        alt = photo.get("alt")
        bad = False
        if not isinstance(file, str) or not file.strip():
            problems.append(
                Problem(
                    source,
                    located.line(*where, "file"),
                    f"{name}.file",
                    "required docs-relative image path is missing",
                )
            )
            bad = True
        elif (link_problem := _not_a_path(file)) is not None:
            line = located.line(*where, "file")
            problems.append(Problem(source, line, f"{name}.file", link_problem))
            bad = True
        elif file_exists is not None and not file_exists(file.strip().lstrip("/")):
            problems.append(
                Problem(
                    source,
                    located.line(*where, "file"),
                    f"{name}.file",
                    f"no such file in docs/: {file!r}",
                )
            )
            bad = True
        if not isinstance(alt, str) or not alt.strip():
            problems.append(
                Problem(
                    source,
                    located.line(*where, "alt"),
                    f"{name}.alt",
                    "required alt text is missing (describe the photo)",
                )
            )
            bad = True
        if bad:
            continue
        photos.append(
            Photo(
                file=file.strip().lstrip("/"),
                alt=alt.strip(),
                credit=str(photo.get("credit") or ""),
                caption=str(photo.get("caption") or ""),
            )
        )
    contact = str(kit.get("contact") or "").strip()
    return PressKit(tuple(bios), tuple(photos), contact)


def _not_a_path(value: str) -> str | None:
    """Why ``value`` is not a docs-relative path (the one URL check), or None."""
    try:
        relative_path(value)
    except FieldError as error:
        return str(error)
    return None
