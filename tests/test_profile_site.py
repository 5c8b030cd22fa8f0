"""podium/profile end to end: about page, speaking & events with events.ics, press & media."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import mf2py
import pytest
from helpers import build_site
from icalendar import Calendar

SITE = "https://hub.example.com/"
PLUGINS = ["podium/articles", "podium/profile", "podium/meta"]
AUTHORS = """\
authors:
  ada:
    name: Ada Example
    description: Chief Executive
    avatar: ada.png
    job_title: Chief Executive Officer
    organization: Example Corp
    email: ada@example.com
    bio: Ada runs Example Corp and writes about doing it in the open.
    profiles:
      linkedin: https://www.linkedin.com/in/ada-example
      mastodon: "@ada@example.social"
      github: https://github.com/ada-example
"""
HOME = "---\ntemplate: podium/home.html\ntitle: Ada Example\n---\nI run Example Corp.\n"


def _event(title: str, start: str, *extra: str) -> str:
    return "\n".join(["---", f"title: {title}", f"start: {start}", *extra, "---", "Notes.", ""])


EVENTS = {
    # "now" is 2026-11-22T12:00Z (tests/conftest.py sets PODIUM_NOW)
    "events/oslo.md": _event(
        "Software the grid can trust",
        "2026-12-03 09:30:00",
        "end: 2026-12-03 10:15:00",
        "timezone: Europe/Oslo",
        "place: Oslo Kongressenter",
        "role: keynote",
        "event: Nordic Energy Forum",
    ),
    "events/webinar.md": _event(
        "AI Act, first hundred days",
        "2027-01-20 16:00:00+01:00",
        "online: https://live.example.com/ai-act",
        "role: panelist",
    ),
    "events/london.md": _event(
        "Boring software",
        "2026-05-05 09:00:00+01:00",
        "place: QEII Centre, London",
        "slides: https://slides.example.com/boring",
        "video: https://video.example.com/boring",
    ),
    "events/helsinki.md": _event(
        "Hiring for judgment", "2025-11-19 15:30:00+02:00", "place: Helsinki", "role: guest"
    ),
}
PRESS = """\
mentions:
  - outlet: Energy Weekly
    title: The CEO who publishes her scorecard
    date: 2026-06-14
    url: https://energy-weekly.example.com/ada
    kind: interview
    quote: Numbers good enough for the board are good enough for everyone.
  - outlet: Kraftteknikk
    title: Lederen som viser usikkerheten
    date: 2025-04-02
    url: https://kraftteknikk.example.com/ada
    lang: nb
kit:
  contact: press@example.com
  bios:
    long: Long bio with **Markdown**.
    short: Short bio.
  photos:
    - file: images/ada.jpg
      alt: Ada on stage
      credit: "Photo: A. Photographer"
"""


def _files() -> dict[str, str | bytes]:
    return {
        "index.md": HOME,
        "ada.png": b"png",
        "images/ada.jpg": b"jpeg",
        "about.md": "---\ntitle: About\n---\n\n## Working with me\n\nI answer within two days.\n",
        "press.yml": PRESS,
        **EVENTS,
    }


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    result = build_site(
        tmp_path_factory.mktemp("profile"),
        _files(),
        {"plugins": PLUGINS},
        authors=AUTHORS,
        strict=True,
    )
    assert result.error is None, result.warnings()
    return result


def _jsonld(soup) -> list[dict]:
    return [json.loads(s.string) for s in soup.find_all("script", type="application/ld+json")]


def _og(soup, name: str) -> list[str]:
    return [m["content"] for m in soup.find_all("meta") if m.get("property") == name]


def test_about_page_h_card_and_rel_me(site) -> None:
    html = (site.site / "about/index.html").read_text(encoding="utf-8")
    parsed = mf2py.parse(doc=html, url=SITE + "about/")
    (card,) = [item for item in parsed["items"] if "h-card" in item["type"]]
    props = card["properties"]
    assert props["name"] == ["Ada Example"]
    assert props["job-title"] == ["Chief Executive Officer"]
    assert props["org"] == ["Example Corp"]
    assert props["note"] == ["Ada runs Example Corp and writes about doing it in the open."]
    photo = props["photo"][0]
    assert (photo["value"] if isinstance(photo, dict) else photo) == SITE + "ada.png"
    assert props["email"] == ["mailto:ada@example.com"]
    for url in (
        "https://example.social/@ada",
        "https://www.linkedin.com/in/ada-example",
        "https://github.com/ada-example",
    ):
        assert url in parsed["rels"]["me"]
        assert url in props["url"]
    soup = site.html("about/")
    assert "I answer within two days." in soup.get_text()  # the author's Markdown body


def test_about_page_profile_jsonld(site) -> None:
    soup = site.html("about/")
    assert _og(soup, "og:type") == ["profile"]
    page = next(o for o in _jsonld(soup) if o["@type"] == "ProfilePage")
    person = page["mainEntity"]
    assert person["@type"] == "Person"
    assert person["name"] == "Ada Example"
    assert person["jobTitle"] == "Chief Executive Officer"
    assert person["worksFor"] == {"@type": "Organization", "name": "Example Corp"}
    assert person["image"] == SITE + "ada.png"
    assert sorted(person["sameAs"]) == [
        "https://example.social/@ada",
        "https://github.com/ada-example",
        "https://www.linkedin.com/in/ada-example",
    ]


def test_events_page_upcoming_first_then_past_by_year(site) -> None:
    soup = site.html("events/")
    sections = soup.select(".podium-events h2, .podium-events h3, .podium-event .p-name")
    outline = [el.get_text(strip=True) for el in sections]
    assert outline == [
        "Upcoming",
        "Software the grid can trust",
        "AI Act, first hundred days",
        "Past events",
        "2026",
        "Boring software",
        "2025",
        "Hiring for judgment",
    ]
    first = soup.select_one(".podium-event .dt-start")
    assert first["datetime"] == "2026-12-03T09:30:00+01:00"
    assert "December 3, 2026" in first.get_text()
    upcoming_ld = [o for o in _jsonld(soup) if o["@type"] == "Event"]
    assert [o["name"] for o in upcoming_ld] == [
        "Software the grid can trust",
        "AI Act, first hundred days",
    ]
    ics = soup.select_one('a[type="text/calendar"]')
    assert ics["href"] == "../events.ics"


def test_event_page_jsonld_and_h_event(site) -> None:
    soup = site.html("events/oslo/")
    (event,) = [o for o in _jsonld(soup) if o["@type"] == "Event"]
    assert event["name"] == "Software the grid can trust"
    assert event["startDate"] == "2026-12-03T09:30:00+01:00"
    assert event["endDate"] == "2026-12-03T10:15:00+01:00"
    assert event["location"] == {
        "@type": "Place",
        "name": "Oslo Kongressenter",
        "address": "Oslo Kongressenter",
    }
    assert event["eventAttendanceMode"].endswith("OfflineEventAttendanceMode")
    assert event["performer"]["name"] == "Ada Example"
    assert event["organizer"]["name"] == "Nordic Energy Forum"
    online = next(o for o in _jsonld(site.html("events/webinar/")) if o["@type"] == "Event")
    assert online["location"] == {
        "@type": "VirtualLocation",
        "url": "https://live.example.com/ai-act",
    }
    html = (site.site / "events/oslo/index.html").read_text(encoding="utf-8")
    (h_event,) = [i for i in mf2py.parse(doc=html)["items"] if "h-event" in i["type"]]
    assert h_event["properties"]["name"] == ["Software the grid can trust"]
    assert h_event["properties"]["location"] == ["Oslo Kongressenter"]


def test_events_ics_holds_upcoming_events(site) -> None:
    calendar = Calendar.from_ical((site.site / "events.ics").read_bytes())
    events = calendar.walk("VEVENT")
    assert [str(e["SUMMARY"]) for e in events] == [
        "Software the grid can trust (Nordic Energy Forum)",
        "AI Act, first hundred days",
    ]
    oslo = events[0]
    assert oslo.decoded("DTSTART") == datetime(2026, 12, 3, 8, 30, tzinfo=UTC)
    assert oslo.decoded("DTEND") == datetime(2026, 12, 3, 9, 15, tzinfo=UTC)
    assert str(oslo["UID"]) == "oslo@hub.example.com"
    assert str(oslo["URL"]) == SITE + "events/oslo/"
    assert str(oslo["LOCATION"]) == "Oslo Kongressenter"
    assert oslo.decoded("DTSTAMP") == oslo.decoded("DTSTART")  # from the event, not the clock
    # each upcoming event also has its own file, with the same UID (no duplicates in apps)
    link = site.html("events/oslo/").select_one('a[type="text/calendar"][download]')
    assert link["href"] == "../oslo.ics"
    (single,) = Calendar.from_ical((site.site / "events/oslo.ics").read_bytes()).walk("VEVENT")
    assert str(single["UID"]) == "oslo@hub.example.com"
    assert not (site.site / "events/london.ics").exists()  # past events get none


def test_press_page(site) -> None:
    soup = site.html("press/")
    titles = [a.get_text(strip=True) for a in soup.select(".podium-press__item .p-name")]
    assert titles == ["The CEO who publishes her scorecard", "Lederen som viser usikkerheten"]
    nb = soup.select(".podium-press__item")[1]
    assert nb["lang"] == "nb"
    assert "Numbers good enough" in soup.select_one(".podium-press__item blockquote").get_text()
    assert [h.get_text() for h in soup.select(".podium-press__bio h3")] == ["Short bio", "Long bio"]
    assert soup.select_one("#bio-long strong").get_text() == "Markdown"
    download = soup.select_one(".podium-press__photo a[download]")
    assert download["href"] == "../images/ada.jpg"
    assert (site.site / "images/ada.jpg").exists()
    assert not (site.site / "press.yml").exists()  # data, not a download


def test_home_page_shows_upcoming_events(site) -> None:
    soup = site.html("")
    block = soup.select_one(".podium-upcoming")
    assert block is not None
    names = [a.get_text(strip=True) for a in block.select(".p-name")]
    assert names == ["Software the grid can trust", "AI Act, first hundred days"]
    assert block.select_one('a[type="text/calendar"]')["href"] == "events.ics"


def test_same_input_same_bytes(site, tmp_path) -> None:
    again = build_site(tmp_path, _files(), {"plugins": PLUGINS}, authors=AUTHORS, strict=True)
    for name in ("events.ics", "events/index.html", "about/index.html", "press/index.html"):
        assert (again.site / name).read_bytes() == (site.site / name).read_bytes(), name


def test_bad_events_and_press_are_reported_and_left_out(tmp_path) -> None:
    files = _files()
    files["events/no-zone.md"] = _event("No zone", "2026-12-24 18:00:00", "place: Oslo")
    files["events/bad-date.md"] = _event("Bad date", "'24/12/2026 18:00'", "place: Oslo")
    files["events/bad-role.md"] = _event(
        "Bad role", "2026-12-24 18:00:00+01:00", "place: Oslo", "role: panellist"
    )
    files["press.yml"] = PRESS.replace("date: 2026-06-14", "date: June 2026").replace(
        "https://kraftteknikk.example.com/ada", "kraftteknikk.example.com/ada"
    )
    result = build_site(tmp_path, files, {"plugins": PLUGINS}, authors=AUTHORS)
    assert result.error is None
    messages = result.warnings()
    assert "docs/events/no-zone.md:3: start: 2026-12-24 18:00:00 has no time zone" in " ".join(
        messages
    )
    assert any(m.startswith("docs/events/bad-date.md:3: start: bad date format") for m in messages)
    assert any(
        m.startswith("docs/events/bad-role.md:5: role:") and "did you mean 'panelist'?" in m
        for m in messages
    )
    assert any(
        m.startswith("docs/press.yml:4: mentions[0].date: bad date format") for m in messages
    )
    assert any(
        m.startswith("docs/press.yml:11: mentions[1].url: expected an absolute http(s) URL")
        for m in messages
    )
    for bad in ("no-zone", "bad-date", "bad-role"):
        assert not result.exists(f"events/{bad}/")
    assert result.exists("events/oslo/")
    assert result.html("press/").select(".podium-press__item") == []


def test_strict_build_fails_on_a_bad_event(tmp_path) -> None:
    files = _files()
    files["events/no-zone.md"] = _event("No zone", "2026-12-24 18:00:00", "place: Oslo")
    result = build_site(tmp_path, files, {"plugins": PLUGINS}, authors=AUTHORS, strict=True)
    assert result.error is not None


def test_profile_jsonld_without_podium_meta(tmp_path) -> None:
    plugins = ["podium/articles", "podium/profile"]
    result = build_site(tmp_path, _files(), {"plugins": plugins}, authors=AUTHORS, strict=True)
    assert result.error is None, result.warnings()
    about = _jsonld(result.html("about/"))
    assert [o["@type"] for o in about] == ["ProfilePage"]
    assert about[0]["mainEntity"]["jobTitle"] == "Chief Executive Officer"
    oslo = _jsonld(result.html("events/oslo/"))
    assert [o["@type"] for o in oslo] == ["Event"]
    assert result.html("about/").find("meta", property="og:type") is None
