"""An author entry becomes the Person that JSON-LD and Open Graph describe."""

from __future__ import annotations

from dataclasses import dataclass, field

from podium.profile.person import resolve_person


@dataclass
class _Author:
    name: str
    avatar: str = ""
    url: str = ""
    job_title: str = ""
    organization: str = ""
    description: str = ""
    bio: str = ""
    email: str = ""
    profiles: dict[str, str] = field(default_factory=dict)


def test_person_from_author() -> None:
    author = _Author(
        name="Jane Doe",
        avatar="images/jane.jpg",
        url="https://acme.example/leadership/jane",
        job_title="CEO",
        organization="Acme",
        profiles={"x": "@janedoe", "mastodon": "@jane@mastodon.example"},
    )
    person = resolve_person(
        author, site_url="https://jane.example/", profile_url="https://jane.example/about/"
    )
    assert person.problems == ()
    info = person.info
    assert info.image == "https://jane.example/images/jane.jpg"
    assert info.url == "https://jane.example/about/"
    assert info.x_handle == "@janedoe"
    assert info.fediverse_handle == "@jane@mastodon.example"
    assert set(info.same_as) == {
        "https://x.com/janedoe",
        "https://mastodon.example/@jane",
        "https://acme.example/leadership/jane",
    }


def test_bad_url_and_profile_are_reported_with_lines() -> None:
    author = _Author(name="Jane", url="acme.example/jane", profiles={"linkedin": "Jane Doe"})
    person = resolve_person(
        author,
        site_url="https://jane.example/",
        profile_url="https://jane.example/about/",
        path="docs/.authors.yml",
        line_of={"url": 4, "profiles.linkedin": 7},
        field_prefix="authors.jane.profiles",
        url_field="authors.jane.url",
    )
    assert [str(p).split(": ")[0:2] for p in person.problems] == [
        ["docs/.authors.yml:7", "authors.jane.profiles.linkedin"],
        ["docs/.authors.yml:4", "authors.jane.url"],
    ]
    assert person.info.same_as == ()
    assert person.info.x_handle == ""


def test_own_site_is_not_another_profile() -> None:
    author = _Author(
        name="Jane",
        url="https://jane.example/",
        profiles={"website": "https://jane.example/", "github": "janedoe"},
    )
    person = resolve_person(
        author, site_url="https://jane.example/", profile_url="https://jane.example/about/"
    )
    assert person.info.same_as == ("https://github.com/janedoe",)
