"""The demo site's events and press data are valid (they are what new users copy)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from podium.profile.events import agenda, parse_event
from podium.profile.press import parse_press

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_demo_events_are_valid_and_span_past_and_future() -> None:
    events = []
    for path in sorted((DOCS / "events").glob("*.md")):
        source = path.relative_to(DOCS).as_posix()
        event, problems = parse_event(source, path.read_text(encoding="utf-8"), url="x/")
        assert problems == [], [str(p) for p in problems]
        events.append(event)
    plan = agenda(events, datetime(2026, 11, 22, tzinfo=UTC))
    assert len(plan.upcoming) >= 2
    assert len(plan.past_by_year) >= 2


def test_demo_press_file_is_valid() -> None:
    text = (DOCS / "press.yml").read_text(encoding="utf-8")
    press, problems = parse_press("press.yml", text, file_exists=lambda p: (DOCS / p).is_file())
    assert problems == [], [str(p) for p in problems]
    assert len(press.mentions) >= 3
    assert [length for length, _ in press.kit.bios] == ["short", "medium", "long"]
    assert len(press.kit.photos) == 2
