"""schema.org JSON-LD objects and their safe serialisation inside ``<script>``.

Builders return plain dicts (easy to test, easy to extend); ``script_json`` is the only way
they should reach HTML, because it escapes ``<``, ``>`` and ``&`` so that no text (a title
containing ``</script>`` for instance) can end the script element early.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

CONTEXT = "https://schema.org"

_SCRIPT_ESCAPES = {
    ord("<"): "\\u003c",
    ord(">"): "\\u003e",
    ord("&"): "\\u0026",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}


def script_json(data: Any) -> str:
    """Deterministic JSON safe to place between ``<script type="application/ld+json">`` tags."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=None, separators=(",", ":"))
    return text.translate(_SCRIPT_ESCAPES)


def iso(value: datetime) -> str:
    """ISO 8601 with offset, seconds precision (what Google and Open Graph expect)."""
    return value.isoformat(timespec="seconds")


def _clean(data: dict[str, Any]) -> dict[str, Any]:
    """Drop empty values so the output carries only what we know."""
    return {k: v for k, v in data.items() if v not in (None, "", [], (), {})}


@dataclass(frozen=True)
class PersonInfo:
    """A person as pages present them: the owner on the about page, an article's author."""

    name: str
    url: str = ""  # their profile page on this site (og:type=profile), absolute
    image: str = ""  # absolute
    job_title: str = ""
    organization: str = ""
    description: str = ""
    email: str = ""
    same_as: tuple[str, ...] = ()  # absolute profile URLs elsewhere
    x_handle: str = ""  # "@handle" or ""
    fediverse_handle: str = ""  # "@user@instance" or ""
    identifier: str = ""


def person(
    info: PersonInfo, *, with_context: bool = False, compact: bool = False
) -> dict[str, Any]:
    """``Person``; ``compact`` (for bylines) drops the bio and e-mail, kept for ProfilePage."""
    data = _clean(
        {
            "@type": "Person",
            "name": info.name,
            "url": info.url,
            "image": info.image,
            "jobTitle": info.job_title,
            "worksFor": _clean({"@type": "Organization", "name": info.organization})
            if info.organization
            else None,
            "description": "" if compact else info.description,
            "email": f"mailto:{info.email}" if info.email and not compact else "",
            "sameAs": sorted(set(info.same_as)),
        }
    )
    return {"@context": CONTEXT, **data} if with_context else data


def blog_posting(
    *,
    url: str,
    headline: str,
    description: str = "",
    published: datetime | None = None,
    modified: datetime | None = None,
    authors: Sequence[PersonInfo] = (),
    images: Sequence[str] = (),
    lang: str = "",
    keywords: Sequence[str] = (),
    section: str = "",
    publisher: PersonInfo | None = None,
    site_name: str = "",
    schema_type: str = "BlogPosting",
) -> dict[str, Any]:
    """``BlogPosting`` (or ``SocialMediaPosting`` for highlights); keep ``headline`` equal
    to ``og:title`` (Mastodon reads either)."""
    return _clean(
        {
            "@context": CONTEXT,
            "@type": schema_type,
            "@id": url,
            "url": url,
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            "headline": headline,
            "name": headline,
            "description": description,
            "datePublished": iso(published) if published else "",
            "dateModified": iso(modified or published) if (modified or published) else "",
            "author": [person(a, compact=True) for a in authors],
            "publisher": person(publisher, compact=True) if publisher else None,
            "image": list(images),
            "inLanguage": lang,
            "keywords": list(keywords),
            "articleSection": section,
            "isPartOf": _clean({"@type": "WebSite", "name": site_name}) if site_name else None,
        }
    )


def profile_page(
    *,
    url: str,
    person_info: PersonInfo,
    name: str = "",
    lang: str = "",
    modified: datetime | None = None,
) -> dict[str, Any]:
    """``ProfilePage`` whose ``mainEntity`` is the ``Person`` (Google's profile-page type)."""
    main = person(person_info)
    main.setdefault("url", url)
    return _clean(
        {
            "@context": CONTEXT,
            "@type": "ProfilePage",
            "@id": url,
            "url": url,
            "name": name or person_info.name,
            "inLanguage": lang,
            "dateModified": iso(modified) if modified else "",
            "mainEntity": main,
        }
    )


def website(
    *, url: str, name: str, description: str = "", lang: str = "", owner: PersonInfo | None = None
) -> dict[str, Any]:
    """``WebSite`` for the home page."""
    return _clean(
        {
            "@context": CONTEXT,
            "@type": "WebSite",
            "@id": url,
            "url": url,
            "name": name,
            "description": description,
            "inLanguage": lang,
            "publisher": person(owner, compact=True) if owner else None,
        }
    )


def breadcrumb_list(crumbs: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """``BreadcrumbList`` from ``(name, absolute url)`` pairs, home first."""
    return {
        "@context": CONTEXT,
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": index, "name": name, "item": url}
            for index, (name, url) in enumerate(crumbs, start=1)
        ],
    }


@dataclass(frozen=True)
class EventPlace:
    name: str = ""
    address: str = ""
    online_url: str = ""


@dataclass(frozen=True)
class EventInfo:
    """What JSON-LD needs of an event (see ``podium.profile.events.Event`` for the full model)."""

    url: str
    name: str
    start: datetime
    end: datetime | None = None
    description: str = ""
    place: EventPlace = field(default_factory=EventPlace)
    performer: PersonInfo | None = None
    organizer: str = ""
    organizer_url: str = ""
    image: str = ""
    lang: str = ""
    links: tuple[str, ...] = ()  # slides, video


def event(info: EventInfo) -> dict[str, Any]:
    """``Event`` with the right ``eventAttendanceMode`` for online, offline and mixed events."""
    locations: list[dict[str, Any]] = []
    if info.place.name or info.place.address:
        locations.append(
            _clean(
                {
                    "@type": "Place",
                    "name": info.place.name or info.place.address,
                    "address": info.place.address or info.place.name,
                }
            )
        )
    if info.place.online_url:
        locations.append({"@type": "VirtualLocation", "url": info.place.online_url})
    if locations and info.place.online_url and len(locations) == 2:
        mode = "https://schema.org/MixedEventAttendanceMode"
    elif info.place.online_url:
        mode = "https://schema.org/OnlineEventAttendanceMode"
    else:
        mode = "https://schema.org/OfflineEventAttendanceMode"
    return _clean(
        {
            "@context": CONTEXT,
            "@type": "Event",
            "@id": info.url,
            "url": info.url,
            "name": info.name,
            "description": info.description,
            "startDate": iso(info.start),
            "endDate": iso(info.end) if info.end else "",
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": mode,
            "location": locations[0] if len(locations) == 1 else locations,
            "performer": person(info.performer, compact=True) if info.performer else None,
            "organizer": _clean(
                {"@type": "Organization", "name": info.organizer, "url": info.organizer_url}
            )
            if info.organizer
            else None,
            "image": info.image,
            "inLanguage": info.lang,
            "subjectOf": [{"@type": "CreativeWork", "url": link} for link in info.links],
        }
    )
