"""events.ics parsed back with the icalendar package."""

from __future__ import annotations

from datetime import UTC, datetime

from icalendar import Calendar
from podium.profile.events import agenda, parse_event
from podium.profile.ical import calendar_bytes

SITE = "https://jane.example/"
NOW = datetime(2026, 11, 22, tzinfo=UTC)


def _event(slug: str, start: str, *extra: str):
    text = "\n".join(
        ["---", f"title: Talk {slug}", f"start: {start}", "place: Oslo", *extra, "---", ""]
    )
    event, problems = parse_event(f"events/{slug}.md", text, url=f"events/{slug}/")
    assert problems == []
    return event


def _events():
    return [
        _event(
            "b-future",
            "2027-02-01 10:00:00+01:00",
            "end: 2027-02-01 11:00:00+01:00",
            "event: NDC Oslo",
            "timezone: Europe/Oslo",
            "description: 'Semi; colon, comma'",
        ),
        _event(
            "a-future",
            "2026-12-03 09:30:00+00:00",
            "online: https://live.example/x",
            "updated: 2026-11-01 08:00:00+00:00",
        ),
        _event("past", "2026-03-01 09:30:00+00:00"),
    ]


def _ics() -> bytes:
    upcoming = agenda(_events(), NOW).upcoming
    return calendar_bytes(upcoming, site_url=SITE, name="Jane Doe — speaking")


def test_calendar_parses_and_holds_upcoming_events_in_order() -> None:
    calendar = Calendar.from_ical(_ics())
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"])
    events = calendar.walk("VEVENT")
    assert [str(e["UID"]) for e in events] == ["a-future@jane.example", "b-future@jane.example"]
    first, second = events
    assert first.decoded("DTSTART") == datetime(2026, 12, 3, 9, 30, tzinfo=UTC)
    assert second.decoded("DTSTART") == datetime(2027, 2, 1, 9, 0, tzinfo=UTC)
    assert second.decoded("DTEND") == datetime(2027, 2, 1, 10, 0, tzinfo=UTC)
    assert str(second["SUMMARY"]) == "Talk b-future (NDC Oslo)"
    assert "Semi; colon, comma" in str(second["DESCRIPTION"])
    assert str(second["URL"]) == SITE + "events/b-future/"
    assert str(first["LOCATION"]) == "Oslo"


def test_dtstamp_comes_from_the_event_not_the_clock() -> None:
    first, second = Calendar.from_ical(_ics()).walk("VEVENT")
    assert first.decoded("DTSTAMP") == datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
    assert second.decoded("DTSTAMP") == second.decoded("DTSTART")


def test_same_input_same_bytes_and_crlf_lines() -> None:
    data = _ics()
    assert data == _ics()
    assert b"\r\n" in data
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    assert b"BEGIN:VTIMEZONE" not in data  # times are UTC, so no VTIMEZONE is needed
