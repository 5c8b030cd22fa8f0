"""Speaking & events: one Markdown file per talk, panel or appearance under ``docs/events/``.

Front matter::

    title: "Leading through the AI transition"      # required: the talk / session title
    event: "Web Summit 2026"                        # the conference or programme
    event_url: https://websummit.com/
    start: 2026-12-03 09:30:00+00:00                # required, WITH a time zone (offset or
    end: 2026-12-03 10:15:00+00:00                  #   the `timezone` field)
    timezone: Europe/Lisbon                         # IANA name: how times are displayed
    place: "Altice Arena, Lisbon"                   # place and/or online (a URL)
    online: https://example.com/live
    role: keynote                                   # speaker, keynote, panelist, ...
    slides: https://…   video: https://…   description: "…"   lang: en   draft: false
    updated: 2026-11-01 12:00:00+00:00              # last change (iCalendar DTSTAMP)

A time without a zone is an error, not a guess: an event shown at the wrong hour is worse
than one not shown at all.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from pathlib import PurePosixPath
from typing import Any

from podium.core.errors import Problem
from podium.core.fields import FieldError, web_link
from podium.core.i18n import is_known_language
from podium.core.safety import clean_strings
from podium.core.settings import parse_zone
from podium.core.yaml_reader import Located, YamlError, split_front_matter
from podium.meta.profile_links import is_absolute_url

ROLES: tuple[str, ...] = (
    "speaker",
    "keynote",
    "panelist",
    "moderator",
    "host",
    "organizer",
    "guest",
    "interviewee",
    "workshop",
    "judge",
    "attendee",
)

FIELDS: tuple[str, ...] = (
    "title",
    "event",
    "event_url",
    "start",
    "end",
    "timezone",
    "place",
    "online",
    "role",
    "slides",
    "video",
    "description",
    "lang",
    "draft",
    "updated",
    "image",
)

DATETIME_EXAMPLE = "2026-12-03 09:30:00+01:00"


@dataclass(frozen=True)
class Event:
    source: str  # docs-relative posix path
    slug: str
    url: str  # site-relative page URL
    title: str
    start: datetime  # tz-aware, in the display zone
    end: datetime | None
    zone_name: str  # IANA name or "" (a fixed offset from `start`)
    role: str
    event: str = ""
    event_url: str = ""
    place: str = ""
    online: str = ""
    slides: str = ""
    video: str = ""
    description: str = ""
    lang: str = ""
    updated: datetime | None = None
    image: str = ""
    body: str = ""

    @property
    def finishes(self) -> datetime:
        return self.end or self.start

    def is_upcoming(self, now: datetime) -> bool:
        """Upcoming until it has ended (a talk in progress is still worth showing)."""
        return self.finishes >= now

    @property
    def year(self) -> int:
        return self.start.year


@dataclass(frozen=True)
class Agenda:
    upcoming: tuple[Event, ...]  # soonest first
    past_by_year: tuple[tuple[int, tuple[Event, ...]], ...]  # newest year first, newest first


def agenda(events: Iterable[Event], now: datetime) -> Agenda:
    ordered = sorted(events, key=lambda e: (e.start, e.slug))
    upcoming = tuple(e for e in ordered if e.is_upcoming(now))
    past = [e for e in reversed(ordered) if not e.is_upcoming(now)]
    years: dict[int, list[Event]] = {}
    for event in past:
        years.setdefault(event.year, []).append(event)
    return Agenda(upcoming, tuple((year, tuple(items)) for year, items in years.items()))


def slug_for(source: str) -> str:
    """``events/2026/web-summit.md`` → ``2026/web-summit`` (``index.md`` → its folder)."""
    path = PurePosixPath(source)
    parts = list(path.parts)
    if parts and parts[0] == "events":
        parts = parts[1:]
    if parts and parts[-1] in ("index.md", "README.md"):
        parts = parts[:-1]
    elif parts:
        parts[-1] = PurePosixPath(parts[-1]).stem
    return "/".join(parts)


def parse_event(source: str, text: str, *, url: str) -> tuple[Event | None, list[Problem]]:
    """Validate one event file; ``None`` plus problems when it cannot be published."""
    try:
        doc = split_front_matter(text)
    except YamlError as err:
        return None, [Problem(source, err.line, "front matter", err.message)]
    data = clean_strings(doc.meta.data) if isinstance(doc.meta.data, Mapping) else doc.meta.data
    if not isinstance(data, Mapping):
        return None, [Problem(source, 1, "front matter", "expected a mapping of fields")]
    if data.get("draft") is True:
        return None, []
    checker = _Checker(source, doc.meta)
    for key in data:
        if key not in FIELDS:
            hint = difflib.get_close_matches(str(key), FIELDS, n=1)
            extra = f" (did you mean {hint[0]!r}?)" if hint else ""
            checker.warn(str(key), f"unknown field{extra}")
    title = checker.text(data, "title", required=True)
    zone = checker.zone(data)
    start = checker.moment(data, "start", zone, required=True)
    end = checker.moment(data, "end", zone)
    updated = checker.moment(data, "updated", zone)
    if start and end and end < start:
        checker.error("end", f"ends ({end.isoformat()}) before it starts ({start.isoformat()})")
    role = checker.text(data, "role") or "speaker"
    if role not in ROLES:
        hint = difflib.get_close_matches(role, ROLES, n=1)
        extra = f"; did you mean {hint[0]!r}?" if hint else ""
        checker.error("role", f"expected one of {', '.join(ROLES)}, got {role!r}{extra}")
    place = checker.text(data, "place")
    online = checker.url(data, "online")
    if not place and not online and "online" not in data:
        checker.error("place", "an event needs a place, an online URL (`online`), or both")
    lang = checker.text(data, "lang")
    if lang and not is_known_language(lang):
        checker.error("lang", f"unknown language tag {lang!r} (expected BCP 47, e.g. 'en', 'fr')")
    if "draft" in data and not isinstance(data["draft"], bool):
        checker.error("draft", f"expected true or false, got {data['draft']!r}")
    fields = {
        "event": checker.text(data, "event"),
        "event_url": checker.url(data, "event_url"),
        "slides": checker.url(data, "slides"),
        "video": checker.url(data, "video"),
        "description": checker.text(data, "description"),
        "image": checker.web_link(data, "image"),
    }
    if checker.has_errors or title is None or start is None:
        return None, checker.problems
    event = Event(
        source=source,
        slug=slug_for(source),
        url=url,
        title=title,
        start=start,
        end=end,
        zone_name=getattr(zone, "key", "") if zone else "",
        role=role,
        place=place or "",
        online=online or "",
        lang=lang or "",
        updated=updated,
        body=doc.body,
        **{k: v or "" for k, v in fields.items()},
    )
    return event, checker.problems


class _Checker:
    """Collects problems for one file while reading its fields."""

    def __init__(self, source: str, located: Located) -> None:
        self.source = source
        self.located = located
        self.problems: list[Problem] = []

    @property
    def has_errors(self) -> bool:
        return any(p.severity == "error" for p in self.problems)

    def error(self, field: str, message: str) -> None:
        self.problems.append(Problem(self.source, self.located.line(field), field, message))

    def warn(self, field: str, message: str) -> None:
        self.problems.append(
            Problem(self.source, self.located.line(field), field, message, "warning")
        )

    def text(self, data: Mapping[str, Any], field: str, *, required: bool = False) -> str | None:
        value = data.get(field)
        if value is None or value == "":
            if required:
                self.error(field, "required field is missing")
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.error(field, f"expected text, got {type(value).__name__}")
            return None
        return str(value).strip()

    def url(self, data: Mapping[str, Any], field: str) -> str | None:
        value = data.get(field)
        if value is None or value == "":
            return None
        if not is_absolute_url(value):
            self.error(field, f"expected an absolute URL (https://...), got {value!r}")
            return None
        return str(value)

    def web_link(self, data: Mapping[str, Any], field: str) -> str | None:
        """An http(s) URL or a docs path (the one URL check, ``core.fields.link``)."""
        value = self.text(data, field)
        if value is None:
            return None
        try:
            return web_link(value)
        except FieldError as error:
            self.error(field, str(error))
            return None

    def zone(self, data: Mapping[str, Any]) -> tzinfo | None:
        value = data.get("timezone")
        if value is None:
            return None
        if not isinstance(value, str):
            self.error("timezone", f"expected an IANA time zone name, got {value!r}")
            return None
        try:
            return parse_zone(value)
        except ValueError as error:
            self.error("timezone", str(error))
            return None

    def moment(
        self, data: Mapping[str, Any], field: str, zone: tzinfo | None, *, required: bool = False
    ) -> datetime | None:
        """A tz-aware datetime shown in ``zone``: an offset in the value, or ``timezone``."""
        value = data.get(field)
        if value is None:
            if required:
                self.error(field, f"required field is missing (e.g. {DATETIME_EXAMPLE})")
            return None
        if isinstance(value, str):
            try:
                value = datetime.fromisoformat(value.strip())
            except ValueError:
                self.error(
                    field,
                    f"bad date format {value!r}: expected ISO 8601 date, time and time zone, "
                    f"e.g. {DATETIME_EXAMPLE}",
                )
                return None
        if isinstance(value, date) and not isinstance(value, datetime):
            self.error(field, f"{value.isoformat()} has no time: write e.g. {DATETIME_EXAMPLE}")
            return None
        if not isinstance(value, datetime):
            self.error(field, f"expected a date and time like {DATETIME_EXAMPLE}, got {value!r}")
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            if zone is None:
                self.error(
                    field,
                    f"{value.isoformat(sep=' ')} has no time zone: add an offset "
                    f"(e.g. {DATETIME_EXAMPLE}) or a `timezone:` field (e.g. Europe/Paris)",
                )
                return None
            return value.replace(tzinfo=zone)
        if zone is None:
            return value
        shown = value.astimezone(zone)
        if shown.utcoffset() != value.utcoffset():
            self.warn(
                field,
                f"offset {_offset(value.utcoffset())} differs from {getattr(zone, 'key', zone)} "
                f"({_offset(shown.utcoffset())}) on that date; showing "
                f"{shown.strftime('%H:%M')} local time",
            )
        return shown


def _offset(delta: timedelta | None) -> str:
    minutes = int((delta or timedelta()).total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"
