"""The site owner or an author as ``PersonInfo``, with their profile links checked.

Takes any object with the planned ``podium.core.model.Author`` attributes (``name``,
``description``, ``avatar``, ``url``, ``job_title``, ``organization``, ``bio``, ``email``,
``profiles``) so this module stays independent of how authors are loaded.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import urljoin

from podium.core.errors import Problem
from podium.meta.jsonld import PersonInfo
from podium.meta.profile_links import (
    ProfileLink,
    fediverse_handle,
    is_absolute_url,
    resolve_profiles,
    x_handle,
)


class AuthorLike(Protocol):
    name: str
    profiles: Mapping[str, str]


@dataclass(frozen=True)
class ResolvedPerson:
    info: PersonInfo
    links: tuple[ProfileLink, ...]  # elsewhere (not this site), in the order written
    problems: tuple[Problem, ...]


def resolve_person(
    author: Any,
    *,
    site_url: str,
    profile_url: str,
    path: str = ".authors.yml",
    line_of: Mapping[str, int] | None = None,
    field_prefix: str = "profiles",
    url_field: str = "url",
) -> ResolvedPerson:
    """``PersonInfo`` for JSON-LD/Open Graph; relative avatars become absolute URLs.

    ``line_of`` maps field names (``url``, ``profiles.x``...) to source lines for messages.
    """
    lines = line_of or {}
    links, problems = resolve_profiles(
        getattr(author, "profiles", None) or {},
        path=path,
        line_of={k.split(".", 1)[1]: v for k, v in lines.items() if k.startswith("profiles.")},
        field_prefix=field_prefix,
    )
    problems = list(problems)
    url = getattr(author, "url", "") or ""
    if url and not is_absolute_url(url):
        problems.append(
            Problem(
                path,
                lines.get("url"),
                url_field,
                f"expected an absolute URL (https://...), got {url!r}",
            )
        )
        url = ""
    # sameAs and rel="me" point elsewhere: the site itself is not "another profile".
    own = site_url.rstrip("/")
    elsewhere = [u for u in (*(link.url for link in links), url) if u and not _under(u, own)]
    same_as = list(dict.fromkeys(elsewhere))
    avatar = getattr(author, "avatar", "") or ""
    image = urljoin(site_url, avatar.lstrip("/")) if avatar else ""
    info = PersonInfo(
        name=getattr(author, "name", "") or "",
        url=profile_url,
        image=image,
        job_title=getattr(author, "job_title", "") or getattr(author, "description", "") or "",
        organization=getattr(author, "organization", "") or "",
        description=getattr(author, "bio", "") or getattr(author, "description", "") or "",
        email=getattr(author, "email", "") or "",
        same_as=tuple(same_as),
        x_handle=x_handle(links),
        fediverse_handle=fediverse_handle(links),
    )
    return ResolvedPerson(
        info, tuple(link for link in links if not _under(link.url, own)), tuple(problems)
    )


def _under(url: str, site: str) -> bool:
    return bool(site) and (url.rstrip("/") == site or url.startswith(site + "/"))
