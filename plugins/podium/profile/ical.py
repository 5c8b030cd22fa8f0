"""iCalendar (RFC 5545) feed of upcoming events, built with the ``icalendar`` package.

Deterministic on purpose: UIDs come from the event's slug and the site's host (stable across
edits), DTSTAMP from the event's own data (``updated``, else its start) — never "now" — and
events are sorted. Times are written in UTC (``...Z``): valid everywhere and shown in each
reader's local time, whereas TZID parameters would need VTIMEZONE blocks that icalendar
generates with a build-date-dependent range and cannot generate for fixed offsets.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC
from urllib.parse import urljoin, urlsplit

from icalendar import Calendar
from icalendar import Event as VEvent

from podium.profile.events import Event

PRODID = "-//Podium//Podium events//EN"


def event_uid(event: Event, site_url: str) -> str:
    host = urlsplit(site_url).hostname or "podium.invalid"
    return f"{event.slug.replace('/', '-')}@{host}"


def calendar_bytes(
    events: Iterable[Event],
    *,
    site_url: str,
    name: str,
    description: str = "",
    role_labels: dict[str, str] | None = None,
) -> bytes:
    """The ``events.ics`` body for ``events`` (pass the upcoming ones)."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    if description:
        calendar.add("x-wr-caldesc", description)
    for event in sorted(events, key=lambda e: (e.start, e.slug)):
        calendar.add_component(_vevent(event, site_url, role_labels or {}))
    return calendar.to_ical()


def _vevent(event: Event, site_url: str, role_labels: dict[str, str]) -> VEvent:
    page = urljoin(site_url, event.url)
    item = VEvent()
    item.add("uid", event_uid(event, site_url))
    item.add("dtstamp", (event.updated or event.start).astimezone(UTC))
    if event.updated:
        item.add("last-modified", event.updated.astimezone(UTC))
    item.add("dtstart", event.start.astimezone(UTC))
    if event.end:
        item.add("dtend", event.end.astimezone(UTC))
    summary = f"{event.title} ({event.event})" if event.event else event.title
    item.add("summary", summary)
    location = event.place or event.online
    if location:
        item.add("location", location)
    item.add("url", page)
    lines = [event.description] if event.description else []
    role = role_labels.get(event.role, event.role.capitalize())
    lines.append(f"{role}")
    if event.online:
        lines.append(f"Online: {event.online}")
    if event.event_url:
        lines.append(event.event_url)
    lines.append(page)
    item.add("description", "\n".join(lines))
    item.add("status", "CONFIRMED")
    item.add("transp", "OPAQUE")
    return item
