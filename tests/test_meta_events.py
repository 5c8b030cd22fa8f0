"""Event files: what is accepted, and the `path:line: field: message` errors for the rest."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from podium.profile.events import Event, agenda, parse_event, slug_for

GOOD = """\
---
title: Leading through the AI transition
event: Web Summit 2026
event_url: https://websummit.com/
start: 2026-12-03 09:30:00+00:00
end: 2026-12-03 10:15:00+00:00
timezone: Europe/Lisbon
place: Altice Arena, Lisbon
role: keynote
slides: https://slides.example/ai-transition
description: Forty minutes on what changes for leaders.
---
Some notes about the talk.
"""


def _parse(text: str, source: str = "events/web-summit.md"):
    return parse_event(source, text, url="events/web-summit/")


def _errors(text: str) -> list[str]:
    event, problems = _parse(text)
    assert event is None
    return [str(p) for p in problems if p.severity == "error"]


def _with(**fields: str) -> str:
    lines = {"title": "A talk", "start": "2026-12-03 09:30:00+01:00", "place": "Oslo"}
    lines.update(fields)
    body = "\n".join(f"{k}: {v}" for k, v in lines.items() if v is not None)
    return f"---\n{body}\n---\nBody\n"


def test_good_event() -> None:
    event, problems = _parse(GOOD)
    assert problems == []
    assert isinstance(event, Event)
    assert event.slug == "web-summit"
    assert event.start == datetime(2026, 12, 3, 9, 30, tzinfo=UTC)
    assert event.start.tzinfo == ZoneInfo("Europe/Lisbon")
    assert event.end - event.start == timedelta(minutes=45)
    assert event.role == "keynote"
    assert event.zone_name == "Europe/Lisbon"
    assert event.body.strip() == "Some notes about the talk."


def test_naive_time_with_timezone_field_is_localised() -> None:
    event, problems = _parse(_with(start="2026-07-01 18:00:00", timezone="Europe/Oslo"))
    assert problems == []
    assert event.start.utcoffset() == timedelta(hours=2)  # CEST in July


def test_iso_string_with_T_and_offset_is_accepted() -> None:
    event, problems = _parse(_with(start="'2026-12-03T09:30+01:00'"))
    assert problems == []
    assert event.start.utcoffset() == timedelta(hours=1)


def test_event_without_time_zone_is_an_error() -> None:
    (error,) = _errors(_with(start="2026-12-03 09:30:00"))
    assert error.startswith("events/web-summit.md:3: start: ")
    assert "no time zone" in error


def test_date_without_time_is_an_error() -> None:
    (error,) = _errors(_with(start="2026-12-03"))
    assert error.startswith("events/web-summit.md:3: start: ")
    assert "has no time" in error


def test_bad_date_format_is_an_error() -> None:
    (error,) = _errors(_with(start="3 December 2026, 9:30"))
    assert error.startswith("events/web-summit.md:3: start: bad date format")


def test_unknown_time_zone() -> None:
    (error,) = _errors(_with(timezone="Europe/Atlantis"))
    assert error.startswith("events/web-summit.md:5: timezone: unknown time zone")


def test_end_before_start() -> None:
    (error,) = _errors(_with(end="2026-12-03 08:00:00+01:00"))
    assert ": end: ends (" in error


def test_unknown_role_suggests_one() -> None:
    (error,) = _errors(_with(role="panellist"))
    assert "role: expected one of" in error
    assert "did you mean 'panelist'?" in error


def test_place_or_online_required() -> None:
    (error,) = _errors(_with(place=None))
    assert ": place: an event needs a place" in error


def test_online_only_event() -> None:
    event, problems = _parse(_with(place=None, online="https://live.example/stream"))
    assert problems == []
    assert event.online == "https://live.example/stream"


def test_bad_urls() -> None:
    errors = _errors(_with(slides="slides.pdf", video="youtube"))
    assert [e.split(": ")[1] for e in errors] == ["slides", "video"]


def test_missing_title_and_start() -> None:
    errors = _errors("---\nplace: Oslo\n---\n")
    assert any(": title: required field is missing" in e for e in errors)
    assert any(": start: required field is missing" in e for e in errors)


def test_unknown_field_warns_with_suggestion() -> None:
    event, problems = _parse(_with(slide="https://slides.example/x"))
    assert event is not None
    (warning,) = problems
    assert warning.severity == "warning"
    assert str(warning) == "events/web-summit.md:5: slide: unknown field (did you mean 'slides'?)"


def test_offset_that_disagrees_with_zone_warns() -> None:
    event, problems = _parse(_with(start="2026-12-03 09:30:00+01:00", timezone="Europe/Lisbon"))
    (warning,) = problems
    assert warning.severity == "warning"
    assert "differs from Europe/Lisbon" in warning.message
    assert event.start.hour == 8


def test_broken_yaml() -> None:
    (error,) = _errors("---\ntitle: [unclosed\n---\n")
    assert error.startswith("events/web-summit.md:")
    assert "front matter: invalid YAML" in error


def test_draft_is_skipped_silently() -> None:
    assert _parse(_with(draft="true")) == (None, [])


def test_slugs() -> None:
    assert slug_for("events/2026/web-summit.md") == "2026/web-summit"
    assert slug_for("events/oslo/index.md") == "oslo"


def _event(slug: str, start: datetime, end: datetime | None = None) -> Event:
    return Event(
        source=f"events/{slug}.md",
        slug=slug,
        url=f"events/{slug}/",
        title=slug,
        start=start,
        end=end,
        zone_name="",
        role="speaker",
        place="x",
    )


@pytest.mark.parametrize("now_hour", [12])
def test_agenda_upcoming_first_then_past_by_year(now_hour: int) -> None:
    cet = timezone(timedelta(hours=1))
    now = datetime(2026, 11, 22, now_hour, tzinfo=UTC)
    events = [
        _event("later", datetime(2027, 3, 1, 9, tzinfo=cet)),
        _event("soon", datetime(2026, 12, 3, 9, tzinfo=cet)),
        _event(
            "running", datetime(2026, 11, 22, 9, tzinfo=UTC), datetime(2026, 11, 22, 17, tzinfo=UTC)
        ),
        _event("spring", datetime(2026, 4, 2, 9, tzinfo=cet)),
        _event("autumn", datetime(2026, 10, 2, 9, tzinfo=cet)),
        _event("old", datetime(2025, 6, 1, 9, tzinfo=cet)),
    ]
    plan = agenda(events, now)
    assert [e.slug for e in plan.upcoming] == ["running", "soon", "later"]
    assert [(y, [e.slug for e in items]) for y, items in plan.past_by_year] == [
        (2026, ["autumn", "spring"]),
        (2025, ["old"]),
    ]
